"""The `hours.*` options as IT writes them, and the warnings about texts that state
numbers the config contradicts (issue 14 items 1 and 2)."""

from datetime import date, time

import pytest

from deskclient.app import build_rules
from deskclient.config import load_config, save_user_values
from deskclient.doctor import Severity, check_templates, template_warnings
from deskclient.errors import ConfigError
from tests.conftest import local
from tests.test_config import run_cli, write

SEED_003 = """
[hours]
holidays = "ES-IB"
closed_days = ["12-24", "12-31", "2026-09-07"]
open_days = ["2026-12-05 09:00-13:00"]

[hours.week]
mon-fri = ["08:00-20:00"]
sat = ["09:00-14:00"]
"""


def test_per_weekday_hours_in_toml_drive_the_sla(tmp_path):
    write(tmp_path / "c.toml", SEED_003)
    config = load_config(tmp_path / "c.toml")
    assert config["hours.week"] == {"mon-fri": ["08:00-20:00"], "sat": ["09:00-14:00"]}
    assert config["hours.closed_days"] == ["12-24", "12-31", "2026-09-07"]
    rules = build_rules(config)
    assert rules.first_response_due(local(2026, 11, 21, 13, 30)) == local(2026, 11, 23, 9, 30)
    assert not rules.calendar.is_service_day(date(2026, 9, 7))
    assert rules.calendar.is_open(local(2026, 12, 5, 12, 0))  # the extra Saturday, longer than usual


def test_the_one_line_form_from_the_environment_or_a_flag(tmp_path):
    config = load_config(overrides={"hours.week": "mon-fri 09:00-14:00, 16:00-19:00; sat 10:00-13:00",
                                    "hours.closed_days": "12-24; 12-31"})
    assert config["hours.week"] == {"mon-fri": ["09:00-14:00", "16:00-19:00"], "sat": ["10:00-13:00"]}
    assert config["hours.closed_days"] == ["12-24", "12-31"]
    assert not build_rules(config).calendar.is_open(local(2026, 11, 23, 15, 0))


def test_the_older_keys_mean_the_same_hours_every_listed_weekday(tmp_path):
    write(tmp_path / "c.toml", '[hours]\nopens = "09:00"\ncloses = "15:00"\nweekdays = [1, 2, 3, 4, 5, 6]\n')
    rules = build_rules(load_config(tmp_path / "c.toml"))
    assert rules.calendar.hours.describe() == "mon-sat 09:00-15:00"
    assert rules.first_response_due(local(2026, 11, 21, 14, 30)) == local(2026, 11, 23, 10, 30)


@pytest.mark.parametrize("toml, message", [
    ('[hours.week]\nmon = ["20:00-08:00"]\n', "option 'hours.week': mon: 20:00-08:00 opens after it closes"),
    ('[hours.week]\nmon-fri = ["08:00-14:00", "13:30-19:00"]\n',
     "option 'hours.week': mon-fri: 08:00-14:00 and 13:30-19:00 overlap"),
    ('[hours]\nopens = "20:00"\ncloses = "08:00"\n', "option 'hours.opens' (20:00) must be before option 'hours.closes'"),
    ('[hours]\nclosed_days = ["02-30"]\n', "option 'hours.closed_days': '02-30' is not a day of the calendar"),
    ('[hours]\nopens = "09:00"\n[hours.week]\nmon = ["08:00-14:00"]\n', "'hours.week' and option 'hours.opens' both set"),
])
def test_impossible_hours_are_one_line_errors(tmp_path, toml, message):
    write(tmp_path / "c.toml", toml)
    with pytest.raises(ConfigError) as raised:
        load_config(tmp_path / "c.toml")
    assert message in str(raised.value) and "\n" not in str(raised.value)


def test_an_unknown_region_is_one_line_and_it_vda_is_known():
    with pytest.raises(ConfigError, match=r"option 'hours.holidays': unknown region 'ES-XX'") as raised:
        build_rules(load_config(overrides={"hours.holidays": "ES-XX"}))
    assert "\n" not in str(raised.value)
    assert build_rules(load_config(overrides={"hours.holidays": "IT-VDA"})).calendar.holiday_calendar.code == "IT-AO"


def test_a_saved_week_reads_back(tmp_path):
    path = save_user_values({"hours.week": {"mon-fri": ["08:00-20:00"], "sat": ["09:00-14:00"]}},
                            tmp_path / "user.toml")
    assert load_config(path)["hours.week"] == {"mon-fri": ["08:00-20:00"], "sat": ["09:00-14:00"]}


OLD_TEXTS = """
[hours]
opens = "09:00"
closes = "15:00"
[tickets]
grace_minutes = 10
[templates.es]
out_of_hours = "Ahora estamos fuera del horario de atención (de lunes a viernes laborables, de 8 a 22 h)."
closing = "Hemos cerrado la consulta {number}. Si escribe en los próximos 30 minutos, se añadirá."
"""


def test_doctor_and_config_show_warn_of_a_text_the_config_contradicts(tmp_path):
    write(tmp_path / "c.toml", OLD_TEXTS)
    config = load_config(tmp_path / "c.toml")
    warnings = template_warnings(config)
    assert warnings == [
        "templates.es.closing says 30 minutes, but tickets.grace_minutes is 10 minutes: write {grace} instead",
        "templates.es.out_of_hours says 8 h, 22 h, but the hours are mon-fri 09:00-15:00: "
        "write {hours} or {next_opening} instead",
    ]
    assert [f.severity for f in check_templates(config)] == [Severity.WARNING] * 2
    assert [f.severity for f in check_templates(load_config())] == [Severity.OK]  # the built-in texts
    result = run_cli("--config", str(tmp_path / "c.toml"), "config", "show")
    assert result.returncode == 0
    assert "deskclient: warning: templates.es.out_of_hours says 8 h, 22 h" in result.stderr
    assert 'opens = "09:00"  # ' in result.stdout


def test_a_custom_text_that_agrees_with_the_config_is_not_warned_about(tmp_path):
    write(tmp_path / "c.toml", OLD_TEXTS.replace("de 8 a 22 h", "de 9 a 15 h").replace("30 minutos", "10 minutos"))
    config = load_config(tmp_path / "c.toml")
    assert (config["hours.opens"], config["tickets.grace_minutes"]) == (time(9), 10)
    assert template_warnings(config) == []
