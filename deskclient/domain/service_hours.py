"""Service hours and the SLA clock, which runs only while the desk is open.

The desk opens on each weekday in its own intervals (Monday to Friday 08:00–20:00,
Saturday 09:00–14:00; a lunch break is two intervals), except on the public holidays of
the configured country and region and on the deployment's own closure days (24 and 31
December, a patron saint's day); extra opening days open it anyway (a Saturday before a
deadline), with their own hours if given. One calendar answers the SLA clock, the queue
and the notices, so what a citizen is told is what the clock counts.

Which days and hours is decided in the deployment's time zone (opening at 08:00 is 08:00
on the wall clock, summer or winter); how much time passed is counted in UTC: on a
daylight-saving night a desk open through it has one hour more (October) or less
(March), and the SLA counts elapsed time, not clock time. (Python subtracts and compares
two datetimes of the same zone on the wall clock, so every window is turned into UTC
before any arithmetic.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Iterable, Iterator, Mapping
from zoneinfo import ZoneInfo

from .clock import UTC
from .holiday_regions import HolidayCalendar, resolve_holiday_calendar

_MAX_DAYS_SEARCHED = 366 * 2
WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_MINUTES = 24 * 60
_TIME = r"(\d{1,2})(?::(\d{2}))?"
_INTERVAL = re.compile(rf"\s*{_TIME}\s*[-–]\s*{_TIME}\s*")
_DAY = re.compile(r"\s*(?:(\d{4})-)?(\d{1,2})-(\d{1,2})\s*(.*)")


@dataclass(frozen=True, order=True)
class Interval:
    """Open from `start` to `end`, in minutes after local midnight; an `end` of 24:00
    keeps the desk open until midnight."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start < _DAY_MINUTES or not 0 < self.end <= _DAY_MINUTES:
            raise ValueError(f"{self} is not a time of day")
        if self.start >= self.end:
            raise ValueError(f"{self} opens after it closes")

    @classmethod
    def parse(cls, text: str) -> Interval:
        """`08:00-14:00` (or `8-14`, `08:00–14:00`); ValueError naming the text."""
        match = _INTERVAL.fullmatch(text)
        if not match:
            raise ValueError(f"'{text}' is not an interval such as 08:00-14:00")
        h1, m1, h2, m2 = match.groups()
        start, end = int(h1) * 60 + int(m1 or 0), int(h2) * 60 + int(m2 or 0)
        if int(m1 or 0) >= 60 or int(m2 or 0) >= 60 or start >= _DAY_MINUTES or end > _DAY_MINUTES:
            raise ValueError(f"'{text.strip()}' is not a time of day")
        return cls(start, end)

    @classmethod
    def between(cls, opens: time, closes: time) -> Interval:
        return cls(opens.hour * 60 + opens.minute, closes.hour * 60 + closes.minute)

    @property
    def opens(self) -> time:
        return time(self.start // 60, self.start % 60)

    @property
    def closes(self) -> time:
        """The closing time; midnight for a desk open until 24:00."""
        return time(self.end // 60 % 24, self.end % 60)

    def __str__(self) -> str:
        return f"{self.start // 60:02d}:{self.start % 60:02d}-{self.end // 60:02d}:{self.end % 60:02d}"


def day_intervals(texts: Iterable[str] | str, where: str) -> tuple[Interval, ...]:
    """One day's intervals from `["08:00-14:00", "16:00-19:00"]` (or one comma-separated
    string), sorted; ValueError `where: …` when one is malformed or two overlap."""
    if isinstance(texts, str):
        texts = [part for part in texts.split(",") if part.strip()]
    try:
        intervals = sorted(Interval.parse(text) for text in texts)
    except ValueError as exc:
        raise ValueError(f"{where}: {exc}") from None
    for before, after in zip(intervals, intervals[1:]):
        if after.start < before.end:
            raise ValueError(f"{where}: {before} and {after} overlap")
    return tuple(intervals)


def parse_week(table: Mapping[str, Iterable[str] | str]) -> tuple[tuple[Interval, ...], ...]:
    """Seven days of intervals (Monday first) from `{"mon-fri": [...], "sat": [...]}`:
    a key is a weekday (mon … sun) or a range of them (mon-fri); a day not named is
    closed. ValueError with one line when a key is unknown, a day is named twice or its
    intervals are wrong."""
    week: list[tuple[Interval, ...] | None] = [None] * 7
    for key, texts in table.items():
        for day in _weekday_range(key):
            if week[day] is not None:
                raise ValueError(f"{WEEKDAY_KEYS[day]} is given twice")
            week[day] = day_intervals(texts, key)
    return tuple(day or () for day in week)


_WEEKDAY_NAMES = {name: day for day, key in enumerate(WEEKDAY_KEYS)
                  for name in (key, ("monday", "tuesday", "wednesday", "thursday", "friday",
                                     "saturday", "sunday")[day])}


def _weekday_range(key: str) -> range:
    first, _, last = key.strip().lower().partition("-")
    start = _WEEKDAY_NAMES.get(first.strip(), -1)
    end = _WEEKDAY_NAMES.get(last.strip(), -1) if last else start
    if start < 0 or end < start:
        raise ValueError(f"'{key}' is not a weekday (mon, tue, wed, thu, fri, sat, sun) or a range such as mon-fri")
    return range(start, end + 1)


@dataclass(frozen=True)
class DayRule:
    """A day of closure or of extra opening: every year (`12-24`) or one date
    (`2026-09-07`); an opening day may bring its own hours (`2026-12-05 09:00-13:00`)."""

    month: int
    day: int
    year: int | None = None
    hours: tuple[Interval, ...] = ()

    def __post_init__(self) -> None:
        date(self.year or 2024, self.month, self.day)  # ValueError on 02-30 (2024: 02-29 exists)

    @classmethod
    def parse(cls, text: str) -> DayRule:
        match = _DAY.fullmatch(text)
        if not match:
            raise ValueError(f"'{text}' is not a day such as 12-24 or 2026-09-07")
        year, month, day, rest = match.groups()
        hours = day_intervals(rest, text.strip()) if rest.strip() else ()
        try:
            return cls(int(month), int(day), int(year) if year else None, hours)
        except ValueError:
            raise ValueError(f"'{text.strip()}' is not a day of the calendar") from None

    def matches(self, day: date) -> bool:
        return (day.month, day.day) == (self.month, self.day) and self.year in (None, day.year)

    def __str__(self) -> str:
        when = f"{self.year}-{self.month:02d}-{self.day:02d}" if self.year else f"{self.month:02d}-{self.day:02d}"
        return " ".join([when] + [str(i) for i in self.hours])


@dataclass(frozen=True)
class ServiceHours:
    """When the desk is open: per weekday (Monday first), on top of a public-holiday
    calendar (see holiday_regions), with the deployment's own closure and opening days.
    An opening day wins over a closure day and a holiday; a closure day over the week."""

    week: tuple[tuple[Interval, ...], ...]
    timezone: str
    holiday_calendar: str = ""  # "ES-CT", "IT-VDA", "ES" or "" for none
    closed_days: tuple[DayRule, ...] = ()
    open_days: tuple[DayRule, ...] = ()

    def __post_init__(self) -> None:
        if len(self.week) != 7:
            raise ValueError("service hours need seven days, Monday first")
        for key, intervals in zip(WEEKDAY_KEYS, self.week):
            day_intervals([str(i) for i in intervals], key)  # sorted, without overlaps
        if not any(self.week):
            raise ValueError("service hours need at least one weekday")

    @classmethod
    def same_hours(cls, opens: time, closes: time, weekdays: Iterable[int], timezone: str,
                   holiday_calendar: str = "", **days: tuple[DayRule, ...]) -> ServiceHours:
        """The older form: one interval on each listed weekday (0 = Monday)."""
        if opens >= closes:
            raise ValueError("service hours must open before they close")
        interval = (Interval.between(opens, closes),)
        chosen = set(weekdays)
        return cls(tuple(interval if d in chosen else () for d in range(7)), timezone, holiday_calendar, **days)

    def describe(self) -> str:
        """The week as the config writes it: `mon-fri 08:00-20:00; sat 09:00-14:00`."""
        groups: list[list] = []
        for day, intervals in enumerate(self.week):
            if intervals and groups and groups[-1][1] == day - 1 and groups[-1][2] == intervals:
                groups[-1][1] = day
            elif intervals:
                groups.append([day, day, intervals])
        return "; ".join((WEEKDAY_KEYS[a] if a == b else f"{WEEKDAY_KEYS[a]}-{WEEKDAY_KEYS[b]}") + " "
                         + ", ".join(str(i) for i in intervals) for a, b, intervals in groups)

    def fallback_hours(self) -> tuple[Interval, ...]:
        """An opening day's hours when it gives none and its weekday has none: the first
        open weekday's (usually Monday's)."""
        return next(day for day in self.week if day)


class ServiceCalendar:
    """Answers: is the desk open now, when does it open next, when is a response due."""

    def __init__(self, hours: ServiceHours) -> None:
        self.hours = hours
        self.tz = ZoneInfo(hours.timezone)
        # Fails early, with one line saying what is known, on an unknown calendar.
        self.holiday_calendar: HolidayCalendar = resolve_holiday_calendar(hours.holiday_calendar)
        self.holiday_calendar.holidays_of(2026)

    @lru_cache(maxsize=64)
    def _holidays(self, year: int):
        return self.holiday_calendar.holidays_of(year)

    def intervals_on(self, day: date) -> tuple[Interval, ...]:
        """The day's opening intervals (local times); empty on a day the desk is closed."""
        for rule in self.hours.open_days:
            if rule.matches(day):
                return rule.hours or self.hours.week[day.weekday()] or self.hours.fallback_hours()
        if any(rule.matches(day) for rule in self.hours.closed_days) or day in self._holidays(day.year):
            return ()
        return self.hours.week[day.weekday()]

    def is_service_day(self, day: date) -> bool:
        return bool(self.intervals_on(day))

    def holiday_name(self, day: date) -> str | None:
        return self._holidays(day.year).get(day)

    def _local(self, day: date, minute: int) -> datetime:
        """A local time of `day` turned into UTC (24:00 is the next day's midnight). A time
        that does not exist that night (02:30 in March) is read with the offset before
        the change."""
        if minute == _DAY_MINUTES:
            return datetime.combine(day + timedelta(days=1), time(0), self.tz).astimezone(UTC)
        return datetime.combine(day, time(minute // 60, minute % 60), self.tz).astimezone(UTC)

    def _windows(self, day: date) -> list[tuple[datetime, datetime]]:
        return [(self._local(day, i.start), self._local(day, i.end)) for i in self.intervals_on(day)]

    def is_open(self, moment: datetime) -> bool:
        now = moment.astimezone(UTC)
        day = moment.astimezone(self.tz).date()
        return any(start <= now < end for start, end in self._windows(day))

    def _windows_from(self, moment: datetime) -> Iterator[tuple[datetime, datetime]]:
        """Service windows (start, end) in UTC, from the one holding moment on."""
        now = moment.astimezone(UTC)
        day = moment.astimezone(self.tz).date()
        for _ in range(_MAX_DAYS_SEARCHED):
            for start, end in self._windows(day):
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
