"""Config: declared options, layered sources, plain errors."""

import os
import subprocess
import sys
from datetime import time

import pytest

from deskclient.config import OPTIONS, load_config
from deskclient.errors import ConfigError


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_every_option_has_a_default_type_and_description():
    config = load_config()
    for option in OPTIONS:
        assert option.description and option.type_name
        config[option.key]  # has an effective value


def test_precedence_system_user_env_flag(tmp_path, monkeypatch):
    write(tmp_path / "xdg-system/deskclient/config.toml", '[tickets]\ngrace_minutes = 10\nnumber_prefix = "SYS"\n'
          '[hours]\nholidays = "ES-PV"\n[service]\nname = "Zuzenean"\n')
    write(tmp_path / "xdg-config/deskclient/config.toml", '[tickets]\ngrace_minutes = 20\nnumber_prefix = "USR"\n'
          '[hours]\nholidays = "ES-AR"\n')
    monkeypatch.setenv("DESKCLIENT_TICKETS_GRACE_MINUTES", "25")
    config = load_config(overrides={"tickets.grace_minutes": "40"})
    assert config["service.name"] == "Zuzenean"  # only the system file sets it
    assert config["hours.holidays"] == "ES-AR"  # the user file wins over the system file
    assert config["tickets.number_prefix"] == "USR"
    assert config["tickets.grace_minutes"] == 40  # the flag wins over the environment
    assert config.origin("tickets.grace_minutes") == "command line"
    assert config.origin("service.name").endswith("xdg-system/deskclient/config.toml")
    assert load_config()["tickets.grace_minutes"] == 25
    assert load_config().origin("tickets.grace_minutes") == "environment DESKCLIENT_TICKETS_GRACE_MINUTES"


def test_wrong_type_names_the_key_and_expected_type(tmp_path):
    path = tmp_path / "bad.toml"
    write(path, '[sla]\nfirst_response_hours = "two"\n')
    with pytest.raises(ConfigError, match=r"'sla.first_response_hours' must be number, got 'two'"):
        load_config(path)


@pytest.mark.parametrize("line, kind", [("verify_token = 839201938475", "a number"),
                                         ('access_token = ["EAAGm0PX4ZCps"]', "a list")])
def test_a_secret_of_the_wrong_type_is_named_never_shown(tmp_path, line, kind):
    """A verify token typed without quotes is a likely slip: the error says what was
    found, never the secret itself (it ends up in the journal and on screens)."""
    path = tmp_path / "secret.toml"
    write(path, f'[whatsapp]\nphone_number_id = "1"\n{line}\n')
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    assert f"must be string, got {kind} (not shown: a secret)" in str(raised.value)
    assert "839201938475" not in str(raised.value) and "EAAGm0PX4ZCps" not in str(raised.value)


def test_unknown_option_and_broken_toml_are_reported(tmp_path):
    write(tmp_path / "a.toml", "[tickets]\ngrace = 3\n")
    with pytest.raises(ConfigError, match="unknown option 'tickets.grace'"):
        load_config(tmp_path / "a.toml")
    write(tmp_path / "b.toml", "[tickets\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(tmp_path / "b.toml")


def test_times_lists_and_templates_parse(tmp_path):
    write(tmp_path / "c.toml", '[hours]\nopens = "09:00"\nweekdays = [1, 2, 3]\n'
          '[templates.ca]\nopening = "Consulta {number} oberta."\n')
    config = load_config(tmp_path / "c.toml", {"files.accepted": "pdf, xml"})
    assert config["hours.opens"] == time(9, 0)
    assert config["hours.weekdays"] == [1, 2, 3]
    assert config["files.accepted"] == ["pdf", "xml"]
    assert config["templates"]["ca"]["opening"] == "Consulta {number} oberta."
    assert "{number}" in config["templates"]["ca"]["closing"]  # untouched texts keep their default
    assert config["templates"]["es"]["opening"].startswith("¡Hola!")


def run_cli(*args, env_extra=None, tmp_path=None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "deskclient", *args], capture_output=True, text=True,
                          env=env, timeout=60)


def test_cli_wrong_type_exits_non_zero_without_traceback(tmp_path):
    result = run_cli("--demo", "--data-dir", str(tmp_path), "--set", "tickets.grace_minutes=half an hour")
    assert result.returncode == 2
    assert "'tickets.grace_minutes' must be integer" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_config_show_prints_origin_and_masks_secrets(tmp_path):
    result = run_cli("--data-dir", str(tmp_path), "--set", "telegram.api_hash=0123456789abcdef",
                     "config", "show")
    assert result.returncode == 0
    assert '# api_hash = "…"  # set (command line), not shown' in result.stdout
    assert "0123456789abcdef" not in result.stdout
    assert '# holidays = "ES-CT"  # default' in result.stdout  # a default: a comment


def test_a_config_file_that_is_not_utf8_is_a_one_line_error(tmp_path):
    (tmp_path / "latin1.toml").write_bytes('[service]\nname = "Atenció"\n'.encode("latin-1"))
    with pytest.raises(ConfigError, match=r"latin1.toml: not valid TOML \(not UTF-8 text"):
        load_config(tmp_path / "latin1.toml")


@pytest.mark.parametrize("text", ["Consulta {number} oberta {", "Consulta {0}", "Hola {number.x}"])
def test_a_template_that_cannot_be_filled_is_refused_at_load(tmp_path, text):
    """Found by a newcomer: a stray brace passed every check, then every first message in
    that language failed to be filed."""
    write(tmp_path / "t.toml", f'[templates.ca]\nopening = "{text}"\n')
    with pytest.raises(ConfigError, match=r"option 'templates': \[templates.ca\] opening: "):
        load_config(tmp_path / "t.toml")
