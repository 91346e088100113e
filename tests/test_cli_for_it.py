"""The command line as IT uses it (issue 15 item 15): `config show` is a config file that
reads back to the same settings; a value that cannot be meant stops every command with
the same line; the doctor gives a fix for each failure, warns about a readable file that
holds a secret and calls a demo-only computer healthy; `--help` speaks to users."""

from __future__ import annotations

import pytest

from deskclient import doctor
from deskclient.cli import main
from deskclient.config import SYSTEM_ONLY, load_config
from deskclient.doctor import Severity
from tests.conftest import it_sets

API_HASH = "0123456789abcdef0123456789abcdef"

CUSTOM = r'''
[database]
url = "postgresql://lia:s3cret@db.example.org/desk"

[hours]
closed_days = ["12-24", "2026-09-07"]
timezone = "Europe/Rome"
holidays = "IT-VDA"

[hours.week]
mon-fri = ["08:00-14:00", "15:00-20:00"]
sat = ["09:00-14:00"]

[retention]
months = 12
purge_hour = "02:30"

[files]
max_mb = 12.5
accepted = ["pdf", "png"]

[telegram]
api_id = 4242
api_hash = "0123456789abcdef0123456789abcdef"

[tickets]
categories = ["Pagamenti", "Dubbi"]
category_choice = true

[tickets.category_labels.it]
"Pagamenti" = "Problemi di pagamento"

[languages.keywords]
it = ["MI ISCRIVO"]

[lists.keywords.it]
subscribe = ["MI ISCRIVO", "ISCRIVIMI"]

[templates.it]
closing = """
Abbiamo chiuso la richiesta "{number}".
Grazie!	A presto \\ ciao."""
'''


def show(capsys, *args) -> str:
    assert main([*args, "config", "show"]) == 0
    return capsys.readouterr().out


def comparable(config) -> dict:
    """Every value but those `config show` leaves out on purpose."""
    return {option.key: setting.value for option, setting in config.items()
            if not option.secret and option.key not in (*SYSTEM_ONLY, "database.url")}


@pytest.fixture
def custom_file(tmp_path):
    path = tmp_path / "custom.toml"
    path.write_text(CUSTOM)
    path.chmod(0o600)
    return path


def test_config_show_of_the_defaults_reads_back_the_same(tmp_path, capsys):
    it_sets(tmp_path, name="anna")
    printed = tmp_path / "printed.toml"
    printed.write_text(show(capsys, "--data-dir", str(tmp_path / "data")))
    assert comparable(load_config(printed, {"paths.data_dir": str(tmp_path / "data")})) == \
        comparable(load_config(overrides={"paths.data_dir": str(tmp_path / "data")}))


def test_config_show_reads_back_the_same_settings(tmp_path, capsys, custom_file):
    it_sets(tmp_path, name="anna")
    text = show(capsys, "--config", str(custom_file), "--set", "demo.pace=0.5")
    printed = tmp_path / "printed.toml"
    printed.write_text(text)
    again = load_config(printed)
    original = load_config(custom_file, {"demo.pace": "0.5"})
    assert comparable(again) == comparable(original)
    assert again["templates"]["it"]["closing"] == 'Abbiamo chiuso la richiesta "{number}".\nGrazie!\tA presto \\ ciao.'
    assert again["hours.week"] == {"mon-fri": ["08:00-14:00", "15:00-20:00"], "sat": ["09:00-14:00"]}
    # The URL without its password still names the server; the secret is left for IT to add.
    assert again["database.url"] == "postgresql://lia@db.example.org/desk"
    assert again["telegram.api_hash"] == ""
    assert API_HASH not in text and "s3cret" not in text
    assert '# api_hash = "…"  # set (' in text
    assert "demo.pace" not in text and "pace = 0.5  # command line" in text
    assert '# opens = "08:00"  # default' in text  # hours.week sets the hours: the default stays a comment


def test_config_show_keeps_what_only_it_sets_out_of_a_users_file(tmp_path, capsys):
    it_sets(tmp_path, name="anna", role="lead")
    text = show(capsys)
    assert '# name = "anna"' in text and '# role = "lead"' in text and "only IT's system file" in text
    printed = tmp_path / "printed.toml"
    printed.write_text(text)
    assert load_config(printed)["agent.role"] == "lead"  # pasted into a user's file: no refusal


BAD_VALUES = [
    ("retention.months=-1",
     "command line: option 'retention.months' must be a whole number of months, 1 or more (got -1)"),
    ("files.max_mb=-5", "command line: option 'files.max_mb' must be a size in megabytes above 0 (got -5)"),
    ("hours.timezone=Mars/Olympus_Mons",
     "command line: option 'hours.timezone': 'Mars/Olympus_Mons' is not a known time zone "
     "(an IANA name such as Europe/Madrid)"),
    ("hours.holidays=ES-XX", "command line: option 'hours.holidays': unknown region 'ES-XX' for the holiday"),
    ("hours.opens=23:00", "option 'hours.opens' (23:00) must be before option 'hours.closes' (22:00)"),
    ("sla.first_response_hours=0",
     "command line: option 'sla.first_response_hours' must be a number of service hours above 0 (got 0)"),
]
COMMANDS = [["config", "show"], ["purge", "--dry-run"], ["status"], ["serve"], ["team", "list"], ["login"], []]


@pytest.mark.parametrize("setting, line", BAD_VALUES, ids=[b[0].split("=")[0] for b in BAD_VALUES])
def test_a_value_that_cannot_be_meant_stops_every_command_with_the_same_line(tmp_path, capsys, setting, line):
    it_sets(tmp_path, name="anna")
    seen = set()
    for command in COMMANDS:
        assert main(["--data-dir", str(tmp_path / "data"), "--set", setting, *command]) == 2, command
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith(f"deskclient: {line}"), (command, err)
        seen.add(err)
    assert len(seen) == 1  # the very same line whatever the command
    assert not (tmp_path / "data").exists()  # refused before anything was made
    # The doctor reports the same line as a failure, with where to correct it.
    assert main(["--data-dir", str(tmp_path / "data"), "--set", setting, "doctor", "--offline"]) == 1
    out = capsys.readouterr().out
    assert f"FAIL  Config       {line}" in out
    assert "Fix: correct --set " in out or "Fix: correct option" in out or "Fix: correct the value" in out


def test_a_value_in_a_file_names_the_file(tmp_path, capsys):
    it_sets(tmp_path, name="anna")
    path = tmp_path / "wrong.toml"
    path.write_text("[retention]\nmonths = -6\n")
    assert main(["--config", str(path), "status"]) == 2
    assert capsys.readouterr().err == (f"deskclient: {path}: option 'retention.months' must be a whole number "
                                       "of months, 1 or more (got -6)\n")
    assert main(["--config", str(path), "doctor", "--offline"]) == 1
    assert f"Fix: correct option retention.months in {path}" in capsys.readouterr().out


def test_the_window_languages_are_the_ones_checked():
    from deskclient.config_checks import WINDOW_LANGUAGES
    from deskclient.ui.i18n import LANGUAGES

    assert set(WINDOW_LANGUAGES) == set(LANGUAGES)


# --- the doctor --------------------------------------------------------------------------


def config_from(tmp_path, body: str, mode: int):
    it_sets(tmp_path, name="anna")
    path = tmp_path / "user.toml"
    path.write_text(body)
    path.chmod(mode)
    return path, load_config(path, {"paths.data_dir": str(tmp_path / "data")})


def test_a_readable_file_holding_a_secret_is_a_warning_with_a_fix(tmp_path):
    path, config = config_from(tmp_path, f'[telegram]\napi_id = 1\napi_hash = "{API_HASH}"\n', 0o644)
    [finding] = [f for f in doctor._check_config_files(config)]
    assert finding.severity is Severity.WARNING and "telegram.api_hash" in finding.summary
    assert "mode 644" in finding.summary and finding.fix == f"chmod 600 {path}"
    path.chmod(0o600)
    assert [f.severity for f in doctor._check_config_files(config)] == [Severity.OK]


def test_a_database_password_in_a_file_counts_as_a_secret(tmp_path):
    _, config = config_from(tmp_path, '[database]\nurl = "postgresql://lia:pw@db/desk"\n', 0o640)
    [finding] = doctor._check_config_files(config)
    assert finding.severity is Severity.WARNING and "database.url" in finding.summary


def test_the_system_file_may_be_read_by_a_group_but_not_by_everyone(tmp_path):
    system = it_sets(tmp_path, name="anna")
    system.write_text(system.read_text() + f'[telegram]\napi_id = 1\napi_hash = "{API_HASH}"\n')
    system.chmod(0o644)
    config = load_config(overrides={"paths.data_dir": str(tmp_path / "data")})
    [finding] = doctor._check_config_files(config)
    assert finding.severity is Severity.WARNING and "every user of this computer" in finding.summary
    assert finding.fix.startswith(f"sudo chmod 640 {system}")
    system.chmod(0o640)
    assert [f.severity for f in doctor._check_config_files(config)] == [Severity.OK]


def test_a_file_without_secrets_may_be_read_by_all(tmp_path):
    _, config = config_from(tmp_path, "[retention]\nmonths = 12\n", 0o644)
    assert doctor._check_config_files(config) == []


def test_a_demo_only_computer_is_not_an_error(tmp_path, monkeypatch, capsys):
    it_sets(tmp_path, name="anna")
    monkeypatch.setattr(doctor, "_ntp_synchronised", lambda: None)  # the host's NTP is not ours
    config = load_config(overrides={"paths.data_dir": str(tmp_path / "data")})
    telegram = doctor.check_telegram_server(config, timeout=0.2)  # nothing is contacted either
    assert [f.severity for f in telegram] == [Severity.INFO] and "demo only" in telegram[0].summary


def test_a_team_workstation_needs_no_telegram(tmp_path):
    it_sets(tmp_path, name="anna")
    config = load_config(overrides={"paths.data_dir": str(tmp_path / "data"), "telegram.session": "none",
                                    "database.url": "postgresql://anna@db.example.org/desk"})
    [finding] = doctor.check_telegram_server(config, timeout=0.2)
    assert finding.severity is Severity.INFO and "deskclient serve" in finding.summary


def test_every_failure_the_doctor_finds_has_a_fix(tmp_path, monkeypatch):
    """A workstation with many things wrong: each problem line has its Fix line."""
    it_sets(tmp_path, name="anna")
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    data.chmod(0o755)  # open to others
    (data / "deskclient.sqlite3").write_bytes(b"not a database at all, just bytes" * 200)
    path, config = config_from(tmp_path, f'[telegram]\napi_id = 1\napi_hash = "{API_HASH}"\n'
                                         'server = "127.0.0.1"\nport = 9\n', 0o644)
    monkeypatch.setattr(doctor, "_ntp_synchronised", lambda: False)
    findings = doctor.run_doctor(config, connect_timeout=0.5, min_free_bytes=1 << 60,
                                 environ={"QT_QPA_PLATFORM": "no-such-platform"})
    problems = [f for f in findings if f.is_problem]
    assert {f.check for f in problems} >= {"Config", "Qt platform", "Data folder", "Database", "Disk space",
                                           "Telegram", "Clock"}
    assert all(f.fix and len(f.fix) > 10 for f in problems), [f for f in problems if not f.fix]
    text = doctor.format_findings(findings)
    assert text.count("Fix: ") == len(problems)


def test_help_speaks_to_users(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    text = capsys.readouterr().out
    assert "answers citizens who write to your service on Telegram" in text
    assert "With no command, deskclient opens the window." in text
    assert "deskclient doctor" in text and "~/.config/deskclient/config.toml" in text
    for developer_word in ("smoke test", "traceback", "argparse", "stderr"):
        assert developer_word not in text.lower()
    with pytest.raises(SystemExit):
        main(["doctor", "--help"])
    assert "Fix line" in capsys.readouterr().out



def test_a_relative_data_dir_keeps_the_database_beside_the_files(tmp_path, monkeypatch, capsys):
    """`--data-dir relrun` put the files in ./relrun but the database at /relrun."""
    monkeypatch.chdir(tmp_path)
    assert main(["--data-dir", "relrun", "status"]) == 2
    assert f"no database at {tmp_path / 'relrun' / 'deskclient.sqlite3'}" in capsys.readouterr().err
