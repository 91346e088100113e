from datetime import time, timedelta

import pytest

from deskclient.domain.service_hours import ServiceCalendar, ServiceHours
from tests.conftest import local


def calendar(region="ES-CT") -> ServiceCalendar:
    return ServiceCalendar(ServiceHours(time(8), time(22), frozenset(range(5)), "Europe/Madrid", region))


def test_friday_evening_ticket_is_due_monday_morning():
    due = calendar().add_service_time(local(2026, 11, 20, 21, 30), timedelta(hours=2))
    assert due == local(2026, 11, 23, 9, 30)


def test_regional_holiday_stops_the_clock_only_in_that_region():
    thursday_evening = local(2026, 9, 10, 21, 30)  # 11 September: Diada, in Catalonia only
    assert calendar("ES-CT").add_service_time(thursday_evening, timedelta(hours=2)) == local(2026, 9, 14, 9, 30)
    assert calendar("ES-MD").add_service_time(thursday_evening, timedelta(hours=2)) == local(2026, 9, 11, 9, 30)


def test_desk_is_closed_nights_weekends_and_holidays():
    cal = calendar()
    assert cal.is_open(local(2026, 11, 23, 8, 0))
    assert not cal.is_open(local(2026, 11, 23, 22, 0))
    assert not cal.is_open(local(2026, 11, 21, 12, 0))  # Saturday
    assert not cal.is_open(local(2026, 12, 25, 12, 0))  # Christmas
    assert not cal.is_open(local(2026, 12, 26, 12, 0))  # Sant Esteve (a Saturday anyway)
    assert not cal.is_open(local(2026, 6, 24, 12, 0))  # Sant Joan, Wednesday, ES-CT


def test_next_opening_skips_the_weekend_and_a_holiday():
    cal = calendar()
    assert cal.next_opening(local(2026, 12, 24, 23, 0)) == local(2026, 12, 28, 8, 0)
    assert cal.next_opening(local(2026, 11, 23, 9, 0)) == local(2026, 11, 23, 9, 0)


def test_service_time_left_counts_only_open_hours():
    cal = calendar()
    assert cal.service_time_between(local(2026, 11, 20, 21, 0), local(2026, 11, 23, 9, 0)) == timedelta(hours=2)
    assert cal.service_time_between(local(2026, 11, 23, 9, 0), local(2026, 11, 20, 21, 0)) == -timedelta(hours=2)


def test_sla_across_daylight_saving_change():
    # 25 October 2026: clocks go back at 03:00; Friday 21:00 + 2 h lands Monday 09:00.
    assert calendar().add_service_time(local(2026, 10, 23, 21, 0), timedelta(hours=2)) == local(2026, 10, 26, 9, 0)


def test_unknown_region_is_refused():
    with pytest.raises(Exception):
        calendar("ES-XX")
