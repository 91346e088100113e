from datetime import datetime, time, timedelta, timezone

import pytest

from deskclient.domain.service_hours import ServiceCalendar, ServiceHours
from tests.conftest import MADRID, local


def calendar(region="ES-CT") -> ServiceCalendar:
    return ServiceCalendar(ServiceHours.same_hours(time(8), time(22), range(5), "Europe/Madrid", region))


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


def night_and_day_calendar() -> ServiceCalendar:
    """A desk open through the night, every day (00:00–23:59), no holidays."""
    return ServiceCalendar(ServiceHours.same_hours(time(0), time(23, 59), range(7), "Europe/Madrid", ""))


def test_sla_counts_elapsed_time_on_the_october_change_night():
    # 25 October 2026: at 03:00 CEST the clocks go back to 02:00 CET. Opened at 01:30
    # CEST, two hours later it is 02:30 CET (the second 02:30 on the wall clock).
    cal = night_and_day_calendar()
    opened = local(2026, 10, 25, 1, 30)
    due = cal.add_service_time(opened, timedelta(hours=2))
    assert due == datetime(2026, 10, 25, 1, 30, tzinfo=timezone.utc)
    assert due.astimezone(MADRID).strftime("%H:%M %Z") == "02:30 CET"
    assert cal.service_time_between(opened, due) == timedelta(hours=2)
    assert cal.service_time_between(opened, local(2026, 10, 25, 3, 30)) == timedelta(hours=3)
    assert cal.is_open(datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=MADRID))


def test_sla_counts_elapsed_time_on_the_march_change_night():
    # 29 March 2026: at 02:00 CET the clocks jump to 03:00 CEST. Opened at 01:30 CET,
    # two hours later it is 04:30 CEST.
    cal = night_and_day_calendar()
    opened = local(2026, 3, 29, 1, 30)
    due = cal.add_service_time(opened, timedelta(hours=2))
    assert due == datetime(2026, 3, 29, 2, 30, tzinfo=timezone.utc)
    assert due.astimezone(MADRID).strftime("%H:%M %Z") == "04:30 CEST"
    assert cal.service_time_between(opened, due) == timedelta(hours=2)


def test_a_change_night_day_holds_its_real_length_of_service_time():
    cal = night_and_day_calendar()
    october = cal.service_time_between(local(2026, 10, 25, 0, 0), local(2026, 10, 25, 23, 59))
    march = cal.service_time_between(local(2026, 3, 29, 0, 0), local(2026, 3, 29, 23, 59))
    assert (october, march) == (timedelta(hours=24, minutes=59), timedelta(hours=22, minutes=59))
