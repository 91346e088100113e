"""How each language writes days, times and durations in a citizen's notice, via Babel.

CLDR (through Babel) knows that Catalan writes `dilluns, 23 de novembre, 8:00`, Basque
`azaroaren 23(a), astelehena (08:00)` and English `8:00 AM`; hand-written tables of
weekday names would get some of it wrong and none of it for a seventh language.
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_time, match_skeleton
from babel.dates import format_interval as babel_interval
from babel.lists import format_list
from babel.units import format_unit

from .service_hours import Interval, ServiceHours

_QUOTED = re.compile(r"('[^']*')")


@lru_cache(maxsize=32)
def locale_for(language: str | None) -> Locale:
    try:
        return Locale.parse(language or "en")
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse("en")


def weekday_name(weekday: int, language: str | None) -> str:
    """`dilluns` for 0 in Catalan: the full stand-alone name."""
    return locale_for(language).days["format"]["wide"][weekday]


def _skeleton(locale: Locale) -> str:
    """`hm` where the language writes a 12-hour clock (`8:00 AM`), else `Hm`."""
    letters = _outside_quotes(locale.time_formats["short"].pattern, lambda part: part).replace("'", "")
    return "hm" if "h" in letters or "K" in letters else "Hm"


def format_clock(minute: int, language: str | None) -> str:
    """A time of day as the language writes it (`8:00`, `08:00`, `8:00 AM`)."""
    locale = locale_for(language)
    pattern = locale.datetime_skeletons[_skeleton(locale)].pattern
    return format_time(time(minute // 60 % 24, minute % 60), pattern, locale=locale)


def format_interval(interval: Interval, language: str | None) -> str:
    """`8:00–20:00` (Catalan), `08:00 – 20:00` (French), `8:00 AM – 8:00 PM`: CLDR's
    interval format. A desk open until midnight says `24:00`, on a 24-hour clock."""
    locale = locale_for(language)
    if interval.end < 24 * 60:
        return babel_interval(interval.opens, interval.closes, _skeleton(locale), locale=locale)
    pattern = locale.datetime_skeletons["Hm"].pattern
    start = format_time(interval.opens, pattern, locale=locale)
    end = format_time(time(0), _outside_quotes(pattern, lambda part: part.replace("H", "k")), locale=locale)
    one, two = format_time(time(1), pattern, locale=locale), format_time(time(2), pattern, locale=locale)
    sample = babel_interval(time(1), time(2), "Hm", locale=locale)
    separator = sample[len(one):-len(two)] if sample.startswith(one) and sample.endswith(two) else "–"
    return f"{start}{separator}{end}"


def format_week(hours: ServiceHours, language: str | None) -> str:
    """The week's hours: `dilluns–divendres 8:00–20:00; dissabte 9:00–14:00`. Days in a
    row with the same intervals are one range; a lunch break lists two intervals."""
    groups: list[tuple[int, int, tuple[Interval, ...]]] = []
    for day, intervals in enumerate(hours.week):
        if not intervals:
            continue
        if groups and groups[-1][1] == day - 1 and groups[-1][2] == intervals:
            groups[-1] = (groups[-1][0], day, intervals)
        else:
            groups.append((day, day, intervals))
    locale = locale_for(language)
    parts = []
    for first, last, intervals in groups:
        if last - first >= 2:
            days = f"{weekday_name(first, language)}–{weekday_name(last, language)}"
        elif last > first:
            days = format_list([weekday_name(first, language), weekday_name(last, language)], locale=locale)
        else:
            days = weekday_name(first, language)
        times = format_list([format_interval(i, language) for i in intervals], locale=locale)
        parts.append(f"{days} {times}")
    return "; ".join(parts)


def format_moment(moment: datetime, language: str | None) -> str:
    """A local moment with its weekday: `dilluns, 23 de novembre, 8:00` (no year: a
    notice's next opening is within days)."""
    locale = locale_for(language)
    skeleton = match_skeleton("MMMMEd", locale.datetime_skeletons) or "MMMMEd"
    pattern = locale.datetime_skeletons[skeleton].pattern
    pattern = _outside_quotes(pattern, lambda part: re.sub(r"E+", "EEEE", part))
    day = format_date(moment.date(), pattern, locale=locale)
    clock = format_clock(moment.hour * 60 + moment.minute, language)
    combined = str(locale.datetime_formats.get("medium", "{1} {0}"))
    return combined.replace("{1}", day).replace("{0}", clock)


def format_duration(amount: timedelta, language: str | None) -> str:
    """`10 minuts`, `2 hores`, `90 minutes`: whole hours in hours, anything else in
    minutes, so the number said is the number configured."""
    minutes = round(amount.total_seconds() / 60)
    locale = locale_for(language)
    if minutes and minutes % 60 == 0:
        return format_unit(minutes // 60, "duration-hour", length="long", locale=locale)
    return format_unit(minutes, "duration-minute", length="long", locale=locale)


def format_megabytes(amount: int, language: str | None) -> str:
    """`20 MB`, `7,5 MB`, `20 Mo`: a file size limit (bytes) as the language writes it."""
    megabytes = round(amount / (1024 * 1024), 1)
    return format_unit(int(megabytes) if megabytes.is_integer() else megabytes, "digital-megabyte",
                       length="short", locale=locale_for(language))


def format_alternatives(items: list[str], language: str | None) -> str:
    """`A o B`: places a citizen may go to, any one of them."""
    items = [item for item in items if item]
    if not items:
        return ""
    return format_list(items, style="or", locale=locale_for(language))


def _outside_quotes(pattern: str, change) -> str:
    """A CLDR pattern changed only outside its quoted literal text (`'de'`)."""
    return "".join(part if part.startswith("'") else change(part) for part in _QUOTED.split(pattern))
