"""Service hours and the SLA clock, which runs only while the desk is open.

The desk is open on the configured weekdays between two local times, except on the
public holidays of the configured country and region. Which days and hours is decided
in the deployment's time zone (opening at 08:00 is 08:00 on the wall clock, summer or
winter); how much time passed is counted in UTC: on a daylight-saving night a desk open
through it has one hour more (October) or less (March), and the SLA counts elapsed
time, not clock time. (Python subtracts and compares two datetimes of the same zone on
the wall clock, so every window is turned into UTC before any arithmetic.)
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
        """The day's opening and closing, local times turned into UTC. A time that does
        not exist that night (02:30 in March) is read with the offset before the change."""
        start = datetime.combine(day, self.hours.opens, self.tz).astimezone(UTC)
        end = datetime.combine(day, self.hours.closes, self.tz).astimezone(UTC)
        return start, end

    def is_open(self, moment: datetime) -> bool:
        day = moment.astimezone(self.tz).date()
        if not self.is_service_day(day):
            return False
        start, end = self._window(day)
        return start <= moment.astimezone(UTC) < end

    def _windows_from(self, moment: datetime):
        """Service windows (start, end) in UTC, from the one holding moment on."""
        now = moment.astimezone(UTC)
        day = moment.astimezone(self.tz).date()
        for _ in range(_MAX_DAYS_SEARCHED):
            if self.is_service_day(day):
                start, end = self._window(day)
                if end > now:
                    yield max(start, now), end
            day += timedelta(days=1)
        raise ValueError("no service day within two years: check the service-hours config")

    def next_opening(self, moment: datetime) -> datetime:
        """The moment itself if the desk is open, else the start of the next window (UTC)."""
        start, _ = next(self._windows_from(moment))
        return start

    def add_service_time(self, moment: datetime, amount: timedelta) -> datetime:
        """The moment when `amount` of service time has passed after `moment` (UTC)."""
        remaining = amount
        for start, end in self._windows_from(moment):
            span = end - start
            if remaining <= span:
                return start + remaining
            remaining -= span
        raise AssertionError("unreachable")

    def service_time_between(self, start: datetime, end: datetime) -> timedelta:
        """Service time from start to end; negative when end is before start."""
        if end < start:
            return -self.service_time_between(end, start)
        total = timedelta()
        end_utc = end.astimezone(UTC)
        for w_start, w_end in self._windows_from(start):
            if w_start >= end_utc:
                break
            total += min(w_end, end_utc) - w_start
        return total
