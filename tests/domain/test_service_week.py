"""Service hours per weekday (seed 003's phone line), breaks, closure and opening days,
and the holiday calendars IT writes (issue 14 item 1)."""

from datetime import date, timedelta

import pytest

from deskclient.domain.holiday_regions import resolve_holiday_calendar
from deskclient.domain.service_hours import DayRule, ServiceCalendar, ServiceHours, parse_week
from tests.conftest import local

TWO_HOURS = timedelta(hours=2)


def calendar(week: dict, region: str = "ES-IB", closed=(), opened=()) -> ServiceCalendar:
    return ServiceCalendar(ServiceHours(parse_week(week), "Europe/Madrid", region,
                                        tuple(DayRule.parse(d) for d in closed),
                                        tuple(DayRule.parse(d) for d in opened)))


SEED_003 = {"mon-fri": ["08:00-20:00"], "sat": ["09:00-14:00"]}  # Mon–Fri 8–20, Sat 9–14


def test_seed_003_week_saturday_afternoon_ticket_is_due_monday_morning():
    cal = calendar(SEED_003)
    # Saturday 21 November 2026, 13:30: half an hour left that day, then Monday from 08:00.
    assert cal.add_service_time(local(2026, 11, 21, 13, 30), TWO_HOURS) == local(2026, 11, 23, 9, 30)
    assert cal.is_open(local(2026, 11, 21, 13, 59)) and not cal.is_open(local(2026, 11, 21, 14, 0))
    assert cal.is_open(local(2026, 11, 20, 19, 59)) and not cal.is_open(local(2026, 11, 20, 20, 0))
    assert cal.next_opening(local(2026, 11, 20, 21, 0)) == local(2026, 11, 21, 9, 0)
    assert not cal.is_service_day(date(2026, 11, 22))  # Sunday
    assert cal.service_time_between(local(2026, 11, 21, 13, 30), local(2026, 11, 23, 9, 30)) == TWO_HOURS


def test_a_lunch_break_stops_the_clock_and_the_desk():
    cal = calendar({"mon-fri": ["09:00-14:00", "16:00-19:00"]})
    monday_one_pm = local(2026, 11, 23, 13, 0)
    assert cal.add_service_time(monday_one_pm, TWO_HOURS) == local(2026, 11, 23, 17, 0)
    assert not cal.is_open(local(2026, 11, 23, 15, 0))
    assert cal.next_opening(local(2026, 11, 23, 14, 30)) == local(2026, 11, 23, 16, 0)
    assert cal.service_time_between(monday_one_pm, local(2026, 11, 23, 17, 0)) == TWO_HOURS
    # Friday 18:30 → half an hour, then Monday 09:00 + 1:30.
    assert cal.add_service_time(local(2026, 11, 27, 18, 30), TWO_HOURS) == local(2026, 11, 30, 10, 30)


def test_closure_days_every_year_and_once():
    cal = calendar({"mon-fri": ["08:00-22:00"]}, "ES-CT", closed=["12-24", "12-31", "2026-09-07"])
    # Wednesday 23 December 21:30: 24 closed (closure day), 25 and 26 holidays, then the
    # weekend; Monday 28 from 08:00.
    assert cal.add_service_time(local(2026, 12, 23, 21, 30), TWO_HOURS) == local(2026, 12, 28, 9, 30)
    assert not cal.is_service_day(date(2027, 12, 24))  # every year
    assert not cal.is_service_day(date(2026, 9, 7))  # a patron saint's day, this year
    assert cal.is_service_day(date(2027, 9, 7))  # only that year
    assert cal.next_opening(local(2026, 12, 30, 23, 0)) == local(2027, 1, 4, 8, 0)  # 31, 1 Jan, weekend


def test_extra_opening_days_with_their_own_hours_or_the_week_s():
    cal = calendar({"mon-fri": ["08:00-15:00"]}, "ES-CT",
                   closed=["12-24"], opened=["2026-12-05 09:00-13:00", "2026-12-24", "2026-12-25 10:00-12:00"])
    assert cal.is_open(local(2026, 12, 5, 12, 0)) and not cal.is_open(local(2026, 12, 5, 14, 0))  # a Saturday
    assert cal.is_open(local(2026, 12, 24, 14, 0))  # opened over its closure: Thursday's hours
    assert cal.is_open(local(2026, 12, 25, 11, 0)) and not cal.is_open(local(2026, 12, 25, 9, 0))  # Christmas
    sunday = calendar({"tue-fri": ["08:00-15:00"]}, "", opened=["2026-12-06"])
    assert sunday.intervals_on(date(2026, 12, 6)) == sunday.hours.week[1]  # a closed weekday: the first open one's


@pytest.mark.parametrize("region", ["IT-VDA", "it-vda", "IT-AO", "IT-23", "IT-Aosta"])
def test_valle_d_aosta_is_known_by_its_common_names(region):
    assert resolve_holiday_calendar(region).code == "IT-AO"
    cal = calendar({"mon-fri": ["09:00-15:00"]}, region)
    assert not cal.is_service_day(date(2026, 9, 7))  # Saint Grat, Aosta's patron: Monday
    assert calendar({"mon-fri": ["09:00-15:00"]}, "IT").is_service_day(date(2026, 9, 7))


def test_iso_codes_of_another_level_map_to_the_holidays_calendar():
    assert resolve_holiday_calendar("ES-B").code == "ES-CT"  # the province of Barcelona
    assert resolve_holiday_calendar("ES-Catalunya").code == "ES-CT"  # holidays' own name
    assert resolve_holiday_calendar("ES-ss").code == "ES-PV"  # Gipuzkoa, any case
    diada = calendar({"mon-fri": ["08:00-22:00"]}, "ES-GI")
    assert not diada.is_service_day(date(2026, 9, 11))


def test_a_region_of_several_calendars_and_an_unknown_one_are_refused_in_one_line():
    with pytest.raises(ValueError, match=r"'IT-21' covers several holiday calendars: name one of IT-AL, .*IT-TO"):
        resolve_holiday_calendar("IT-21")
    for wrong in ("ES-XX", "XX-CT"):
        with pytest.raises(ValueError) as raised:
            calendar({"mon": ["08:00-09:00"]}, wrong)
        assert "\n" not in str(raised.value) and wrong in str(raised.value)


@pytest.mark.parametrize("week, message", [
    ({"mon": ["20:00-08:00"]}, "mon: 20:00-08:00 opens after it closes"),
    ({"mon-fri": ["08:00-14:00", "13:00-19:00"]}, "mon-fri: 08:00-14:00 and 13:00-19:00 overlap"),
    ({"mon-fri": ["08:00-14:00"], "fri": ["16:00-19:00"]}, "fri is given twice"),
    ({"lunes": ["08:00-14:00"]}, "'lunes' is not a weekday"),
    ({"mon": ["8 to 14"]}, "'8 to 14' is not an interval"),
    ({"mon": ["08:00-25:00"]}, "is not a time of day"),
])
def test_impossible_weeks_are_refused_with_one_line(week, message):
    with pytest.raises(ValueError, match=message):
        parse_week(week)


def test_a_desk_open_until_midnight_and_back_to_back_intervals():
    cal = calendar({"sat-sun": ["00:00-24:00"], "mon": ["08:00-14:00", "14:00-20:00"]}, "")
    assert cal.add_service_time(local(2026, 11, 21, 23, 0), TWO_HOURS) == local(2026, 11, 22, 1, 0)
    assert cal.add_service_time(local(2026, 11, 23, 13, 0), TWO_HOURS) == local(2026, 11, 23, 15, 0)
    assert str(DayRule.parse(" 2026-12-05  9-13 ")) == "2026-12-05 09:00-13:00"
