"""Dates, times, numbers, percentages and file sizes as the window shows them: in the
desk's time zone and the way the window's language writes them (30/11 10:05,
2026/11/30 (10:05), 30/11/2026 10:05; 20,000 / 20.000 / 20 000; 95,2 %), from the CLDR
data through Babel.

Times are stored in UTC; every caller passes the desk's zone (`rules.calendar.tz`), so a
moment is never shown in UTC. The language is the locale ui/i18n.py made Qt's default
when it installed the window's language; Qt's "C" locale (no language installed, as in
most tests) writes British English.

Why Babel rather than strftime or QLocale: strftime writes the C locale's English
(weekday names) and one fixed order for every language; QLocale has only whole
short/long formats, not "day and month" or "date with weekday" as each language orders
them (Basque writes month before day), which CLDR's skeletons give.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from functools import lru_cache

from babel import Locale
from babel.dates import format_skeleton, format_time
from babel.numbers import format_decimal, format_percent
from babel.units import format_unit
from PySide6.QtCore import QLocale


@lru_cache(maxsize=16)
def _babel_locale(name: str) -> Locale:
    try:
        return Locale.parse(name)
    except (ValueError, LookupError):  # "C", or a locale CLDR does not know
        return Locale.parse("en_GB")


def window_locale() -> Locale:
    """The locale of the window's language (Qt's default locale)."""
    name = QLocale().name()
    return _babel_locale("en_GB" if name in ("C", "") else name)


def _with_time(day_text: str, moment: datetime, locale: Locale) -> str:
    """A date and its time, joined as the language joins them ("{1}, {0}", "{1} ({0})")."""
    joiner = locale.datetime_formats.get("short", "{1} {0}")
    return str(joiner).format(format_time(moment, "HH:mm", locale=locale), day_text)


def short_moment(moment: datetime, tz: tzinfo) -> str:
    """Day, month and time, no year: beside a message in the thread."""
    local, locale = moment.astimezone(tz), window_locale()
    return _with_time(format_skeleton("MMdd", local, locale=locale), local, locale)


def full_moment(moment: datetime | None, tz: tzinfo) -> str:
    """Date with the year, and time: the lead's tables, the purge's dates; "" for None."""
    if moment is None:
        return ""
    local, locale = moment.astimezone(tz), window_locale()
    return _with_time(format_skeleton("yMMdd", local, locale=locale), local, locale)


def day(value: date | datetime, tz: tzinfo | None = None) -> str:
    """A date with the year (a forward's original date, the purge's range)."""
    if isinstance(value, datetime) and tz is not None:
        value = value.astimezone(tz)
    return format_skeleton("yMMdd", value, locale=window_locale())


def short_day(value: date) -> str:
    """Day and month: a chart's bar."""
    return format_skeleton("MMdd", value, locale=window_locale())


def day_with_weekday(value: date) -> str:
    """A date with its weekday: the statistics' days."""
    return format_skeleton("yMMddE", value, locale=window_locale())


def number(value: int | float) -> str:
    """20,000 / 20.000 / 20\u202f000: a count of lines, bytes, tickets."""
    return format_decimal(value, locale=window_locale())


def file_size(size: int) -> str:
    """`812 bytes`, `10.2 KB`, `5,3 MB`, `812 octets`, `5,3 Mo` (powers of 1024, as file
    managers show them)."""
    locale = window_locale()
    if size < 1024:
        return format_unit(size, "digital-byte", length="long", locale=locale).replace("\u00a0", " ")
    value = float(size)
    for unit in ("KB", "MB", "GB", "TB"):
        value /= 1024
        if value < 1024 or unit == "TB":
            break
    if locale.language == "fr":
        unit = unit.replace("B", "o")
    return f"{format_decimal(round(value, 1), format='#,##0.0', locale=locale)} {unit}"


def percent(share: float) -> str:
    """0.952 → 95.2% / 95,2 % / % 95,2, as the language writes it."""
    return format_percent(round(share, 3), locale=window_locale(), decimal_quantization=False)
