"""Service hours and the SLA clock, which runs only while the desk is open.

The desk is open on the configured weekdays between two local times, except on the
public holidays of the configured country and region. All arithmetic happens in the
deployment's time zone so that daylight-saving changes fall where a citizen expects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

from .clock import UTC

_MAX_DAYS_SEARCHED = 366 * 2


@dataclass(frozen=True)
class ServiceHours:
    opens: time
    closes: time
    weekdays: frozenset[int]  # 0 = Monday
    timezone: str
    holiday_calendar: str  # "ES-CT", "IT-AO", "ES" or "" for none

    def __post_init__(self) -> None:
        if self.opens >= self.closes:
            raise ValueError("service hours must open before they close")
        if not self.weekdays:
            raise ValueError("service hours need at least one weekday")


class ServiceCalendar:
    """Answers: is the desk open now, when does it open next, when is a response due."""

    def __init__(self, hours: ServiceHours) -> None:
        self.hours = hours
        self.tz = ZoneInfo(hours.timezone)
        country, _, region = hours.holiday_calendar.partition("-")
        self._country = country
        self._region = region or None
        if country:
            # Fails early, with the holidays package's own message, on an unknown calendar.
            holidays.country_holidays(country, subdiv=self._region, years=[2026])

    @lru_cache(maxsize=64)
    def _holidays(self, year: int) -> holidays.HolidayBase | dict:
        if not self._country:
            return {}
        return holidays.country_holidays(self._country, subdiv=self._region, years=[year])

    def is_service_day(self, day: date) -> bool:
        return day.weekday() in self.hours.weekdays and day not in self._holidays(day.year)

    def holiday_name(self, day: date) -> str | None:
        return self._holidays(day.year).get(day)

    def _window(self, day: date) -> tuple[datetime, datetime]:
        start = datetime.combine(day, self.hours.opens, self.tz)
        end = datetime.combine(day, self.hours.closes, self.tz)
        return start, end

    def is_open(self, moment: datetime) -> bool:
        local = moment.astimezone(self.tz)
        if not self.is_service_day(local.date()):
            return False
        start, end = self._window(local.date())
        return start <= local < end

    def _windows_from(self, moment: datetime):
        """Service windows (start, end) in local time, from the one holding moment on."""
        local = moment.astimezone(self.tz)
        day = local.date()
        for _ in range(_MAX_DAYS_SEARCHED):
            if self.is_service_day(day):
                start, end = self._window(day)
                if end > local:
                    yield max(start, local), end
            day += timedelta(days=1)
        raise ValueError("no service day within two years: check the service-hours config")

    def next_opening(self, moment: datetime) -> datetime:
        """The moment itself if the desk is open, else the start of the next window (UTC)."""
        start, _ = next(self._windows_from(moment))
        return start.astimezone(UTC)

    def add_service_time(self, moment: datetime, amount: timedelta) -> datetime:
        """The moment when `amount` of service time has passed after `moment` (UTC)."""
        remaining = amount
        for start, end in self._windows_from(moment):
            span = end - start
            if remaining <= span:
                return (start + remaining).astimezone(UTC)
            remaining -= span
        raise AssertionError("unreachable")

    def service_time_between(self, start: datetime, end: datetime) -> timedelta:
        """Service time from start to end; negative when end is before start."""
        if end < start:
            return -self.service_time_between(end, start)
        total = timedelta()
        end_local = end.astimezone(self.tz)
        for w_start, w_end in self._windows_from(start):
            if w_start >= end_local:
                break
            total += min(w_end, end_local) - w_start
        return total
