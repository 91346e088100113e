"""How long a closed ticket is kept (PRODUCT.md, "Records, retention and privacy").

A ticket's conversation is kept `months` after it closed for good, then purged. A ticket
on legal hold is kept until the hold is released. The rule is stated once, here: the
purge asks `cutoff(now)` (every ticket closed at or before it is due) and screens and
PDF headers ask `purge_date(closed_at)`; the two agree to the microsecond, also at the
ends of months: a day the target month lacks (31 August + 6 months) rolls over to the
first moment of the next month (1 March, 00:00), so the later a ticket closed, the
later it is purged.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import datetime, timedelta


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _shift(year: int, month: int, months: int) -> tuple[int, int]:
    year, index = divmod(year * 12 + (month - 1) + months, 12)
    return year, index + 1


def add_months(moment: datetime, months: int) -> datetime:
    """`moment` moved by whole calendar months. A day the target month lacks rolls over
    to the first moment of the month after it (monotonic: a later moment never lands
    earlier)."""
    year, month = _shift(moment.year, moment.month, months)
    if moment.day <= _last_day(year, month):
        return moment.replace(year=year, month=month)
    year, month = _shift(year, month, 1)
    return moment.replace(year=year, month=month, day=1, hour=0, minute=0, second=0, microsecond=0)


@dataclass(frozen=True)
class RetentionPolicy:
    months: int = 6

    def __post_init__(self) -> None:
        if self.months < 1:
            raise ValueError("retention.months must be at least 1")

    def purge_date(self, closed_at: datetime) -> datetime:
        """When a ticket closed at `closed_at` becomes due for purging."""
        return add_months(closed_at, self.months)

    def cutoff(self, now: datetime) -> datetime:
        """The latest closing moment already due at `now`: closed_at <= cutoff is purged.

        Exactly the tickets whose `purge_date` is at or before `now`.
        """
        year, month = _shift(now.year, now.month, -self.months)
        if now.day <= _last_day(year, month):
            return now.replace(year=year, month=month)
        # Every moment of that shorter month is already due: up to its very end.
        year, month = _shift(year, month, 1)
        return now.replace(year=year, month=month, day=1, hour=0, minute=0, second=0,
                           microsecond=0) - timedelta(microseconds=1)

    def is_due(self, closed_at: datetime | None, now: datetime, on_hold: bool = False) -> bool:
        if closed_at is None or on_hold:
            return False
        return self.purge_date(closed_at) <= now
