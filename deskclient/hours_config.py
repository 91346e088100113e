"""The `hours.*` options: how IT writes the service hours, and the calendar they make.

In TOML, per weekday, several intervals a day (a lunch break), closure and opening days:

    [hours.week]
    mon-fri = ["08:00-20:00"]
    sat = ["09:00-14:00"]
    [hours]
    closed_days = ["12-24", "12-31", "2026-09-07"]
    open_days = ["2026-12-05 09:00-13:00"]

In the environment or `--set`, the same week on one line: `mon-fri 08:00-20:00; sat
09:00-14:00`. The older `hours.opens`/`closes`/`weekdays` keep working (the same hours
on every listed weekday) when `hours.week` is not set.
"""

from __future__ import annotations

from typing import Any

from .domain.service_hours import DayRule, ServiceHours, day_intervals, parse_week


class OptionValueError(ValueError):
    """A value of the right type that says something impossible; its message is the
    one line the user reads after the option's name."""


def parse_week_option(value: Any) -> dict[str, list[str]]:
    """`{"mon-fri": ["08:00-20:00"], "sat": ["09:00-14:00"]}` (TOML) or the one-line form;
    kept as written, each interval normalised, once checked whole."""
    if isinstance(value, str):
        table: dict[str, Any] = {}
        for part in value.split(";"):
            if part.strip():
                days, _, intervals = part.strip().partition(" ")
                table[days] = intervals
        value = table
    if not isinstance(value, dict) or not all(isinstance(v, (str, list)) for v in value.values()):
        raise TypeError
    week: dict[str, list[str]] = {}
    try:
        for key, texts in value.items():
            if isinstance(texts, list) and not all(isinstance(t, str) for t in texts):
                raise TypeError
            week[str(key).strip().lower()] = [str(i) for i in day_intervals(texts, str(key))]
        parse_week(week)
    except ValueError as exc:
        raise OptionValueError(str(exc)) from None
    return week


def parse_days_option(value: Any) -> list[str]:
    """`["12-24", "2026-09-07", "2026-12-05 09:00-13:00"]` (or comma-free one-line form
    separated by `;`), each day checked and normalised."""
    if isinstance(value, str):
        value = [part for part in value.split(";") if part.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError
    try:
        return [str(DayRule.parse(text)) for text in value]
    except ValueError as exc:
        raise OptionValueError(str(exc)) from None


def service_hours(config) -> ServiceHours:
    """The ServiceHours a config describes (ValueError with one line when impossible)."""
    closed = tuple(DayRule.parse(text) for text in config["hours.closed_days"])
    opened = tuple(DayRule.parse(text) for text in config["hours.open_days"])
    common = dict(timezone=config["hours.timezone"], holiday_calendar=config["hours.holidays"],
                  closed_days=closed, open_days=opened)
    if config["hours.week"]:
        return ServiceHours(week=parse_week(config["hours.week"]), **common)
    return ServiceHours.same_hours(config["hours.opens"], config["hours.closes"],
                                   frozenset(d - 1 for d in config["hours.weekdays"]), **common)


def hours_problem(config) -> str | None:
    """The one line that says why the hours config cannot be, or None."""
    older = [key for key in ("hours.opens", "hours.closes", "hours.weekdays") if config.origin(key) != "default"]
    if config["hours.week"] and older:
        return (f"option 'hours.week' and option '{older[0]}' both set the hours: keep hours.week "
                "(per weekday) and remove hours.opens, hours.closes and hours.weekdays")
    if not all(1 <= d <= 7 for d in config["hours.weekdays"]):
        return "option 'hours.weekdays' must hold numbers from 1 (Monday) to 7 (Sunday)"
    if not config["hours.week"] and config["hours.opens"] >= config["hours.closes"]:
        return (f"option 'hours.opens' ({config['hours.opens']:%H:%M}) must be before "
                f"option 'hours.closes' ({config['hours.closes']:%H:%M})")
    try:
        service_hours(config)
    except ValueError as exc:
        return f"option 'hours.week': {exc}"
    return None
