"""The automatic messages a citizen receives, per language, from configured templates.

Every number a notice states (hours, next opening, grace, deadline) is filled in from
the config through placeholders (default_notices.py lists them), written the citizen's
language's way (local_formats.py). A deployment's own text may still write a number
out; `stated_contradictions` finds the ones the config contradicts, for `config show`
and `doctor` to warn about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from string import Formatter
from datetime import datetime, timedelta

from .local_formats import format_moment
from .messages import SystemNotice
from .service_hours import ServiceHours


def format_local_moment(moment: datetime, language: str) -> str:
    """`dilluns, 23 de novembre, 8:00`: a local moment as the citizen's language writes it."""
    return format_moment(moment, language)


@dataclass(frozen=True)
class NoticeTemplates:
    """templates[language][notice] -> text with `{placeholders}`."""

    templates: dict[str, dict[str, str]]
    default_language: str

    def language_for(self, language: str | None) -> str:
        return language if language in self.templates else self.default_language

    def render(self, notice: SystemNotice, language: str | None, **values: str) -> str:
        lang = self.language_for(language)
        template = self.templates[lang].get(notice.value)
        if template is None:
            template = self.templates[self.default_language][notice.value]
        return fill(template, **values)


def fill(template: str, **values: str) -> str:
    """`{name}` placeholders filled; unknown ones stay visible instead of failing on a typo.
    A text a person wrote (a config template, a canned reply) with a stray brace is never
    a failure: its known placeholders are filled and the rest kept as typed (a stray `{`
    in a template failed the filing of every first message in its language)."""
    try:
        return template.format_map(_Lenient(values))
    except (ValueError, IndexError, AttributeError, KeyError):
        return _PLACEHOLDER.sub(lambda m: str(values.get(m.group(1), m.group(0))), template)


def template_problem(template: str) -> str | None:
    """Why `template` is not a plain text with `{name}` placeholders, or None: for the
    config's one-line error before any citizen is written to."""
    try:
        names = [name for _, name, _, _ in Formatter().parse(template) if name is not None]
    except ValueError as exc:
        return f"{exc} (write {{{{ for a brace)"
    if not all(name.isidentifier() for name in names):
        return "a placeholder must be a name, such as {number}"
    return None


_PLACEHOLDER = re.compile(r"\{(\w+)\}")


class _Lenient(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


# --- numbers a custom text states --------------------------------------------------------

_MINUTE_WORDS = r"min|mins|minut|minuts|minuto|minutos|minute|minutes|minuti|minutu\w*"
_HOUR_WORDS = r"hora|hores|horas|heure|heures|ora|ore|hour|hours|ordu\w*"
_CLOCK = re.compile(r"(?<![\d/.:])(\d{1,2})[:.h](\d{2})(?![\d/])")
_AM_PM = re.compile(r"(?<![\d:])(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?", re.IGNORECASE)
_RANGE = re.compile(
    r"(?<![\d/.:])(\d{1,2})(?::\d{2})?\s*(?:h\b\s*)?"
    r"(?:-|–|—|\ba\b|\bà\b|\bal\b|\balle\b|\bto\b|\buntil\b|\bfins a\b|\bhasta\b|\bjusqu'à\b)"
    r"\s*(?:les\s+|las\s+|la\s+|the\s+)?(\d{1,2})(?![\d/])", re.IGNORECASE)
_BASQUE_RANGE = re.compile(r"(?<![\d/.:])(\d{1,2})(?::\d{2})?\s*(?:etatik|tatik|etik)\s+(\d{1,2})", re.IGNORECASE)
_HOUR_MARK = re.compile(r"(?<![\d/.:])(\d{1,2})\s*h\b", re.IGNORECASE)
_DURATION = re.compile(rf"(?<![\d/.:])(\d+)\s*({_MINUTE_WORDS}|{_HOUR_WORDS})\b", re.IGNORECASE)


def _clock_times(text: str) -> list[tuple[int, int | None]]:
    """Times of day a text writes out: `8:00`, `8h30`, `de 8 a 22 h`, `8etatik 22etara`,
    `8 AM`, each as (hour, minute or None when only the hour is said)."""
    found: list[tuple[int, int | None]] = []
    for match in _AM_PM.finditer(text):
        hour = int(match[1]) % 12 + (12 if match[3].lower() == "p" else 0)
        found.append((hour, int(match[2]) if match[2] else None))
    text = _AM_PM.sub(" ", text)
    for match in _CLOCK.finditer(text):
        found.append((int(match[1]), int(match[2])))
    for pattern in (_RANGE, _BASQUE_RANGE):
        for match in pattern.finditer(text):
            found += [(int(match[1]), None), (int(match[2]), None)]
    for match in _HOUR_MARK.finditer(text):
        found.append((int(match[1]), None))
    return [(h, m) for h, m in found if h <= 24 and (m is None or m < 60)]


def _durations(text: str) -> list[timedelta]:
    """Durations a text writes out (`30 minutos`, `2 hores`), but not the hours of a
    range (`de 8 a 22 hores`), which are times of day."""
    ranges = [m.span() for p in (_RANGE, _BASQUE_RANGE) for m in p.finditer(text)]
    found = []
    for match in _DURATION.finditer(text):
        if any(start <= match.start() < end for start, end in ranges):
            continue
        amount = int(match[1])
        is_minutes = re.fullmatch(_MINUTE_WORDS, match[2], re.IGNORECASE) is not None
        found.append(timedelta(minutes=amount) if is_minutes else timedelta(hours=amount))
    return found


def _minutes_text(amount: timedelta) -> str:
    minutes = int(amount.total_seconds() // 60)
    return f"{minutes // 60} hours" if minutes % 60 == 0 and minutes else f"{minutes} minutes"


def stated_contradictions(templates: dict[str, dict[str, str]], hours: ServiceHours,
                          grace: timedelta, first_response: timedelta) -> list[str]:
    """One line per template that writes out a number the config contradicts: a time of
    day that opens or closes no interval of the week (or of an extra opening day), a
    closing message's duration other than the grace, an opening message's other than
    the first-response time. Placeholders are never numbers, so the built-in texts pass."""
    boundaries = {(i.start, i.end) for day in hours.week for i in day}
    boundaries |= {(i.start, i.end) for rule in hours.open_days for i in rule.hours}
    minutes_said = {m for pair in boundaries for m in pair} | {m % (24 * 60) for pair in boundaries for m in pair}
    allowed = {SystemNotice.CLOSING.value: {grace}, SystemNotice.OPENING.value: {first_response}}
    lines = []
    for lang, texts in sorted(templates.items()):
        for kind, text in sorted(texts.items()):
            where = f"templates.{lang}.{kind}"
            wrong_times = _wrong_times(text, minutes_said)
            if wrong_times:
                lines.append(f"{where} says {', '.join(wrong_times)}, but the hours are {hours.describe()}: "
                             "write {hours} or {next_opening} instead")
            expected = allowed.get(kind, {grace, first_response})
            wrong = sorted({d for d in _durations(text) if d not in expected})
            if wrong:
                said = ", ".join(_minutes_text(d) for d in wrong)
                config = (f"tickets.grace_minutes is {_minutes_text(grace)}" if kind == SystemNotice.CLOSING.value
                          else f"sla.first_response_hours is {_minutes_text(first_response)}"
                          if kind == SystemNotice.OPENING.value
                          else f"the grace is {_minutes_text(grace)} and the first response "
                               f"{_minutes_text(first_response)}")
                placeholder = "{deadline}" if kind == SystemNotice.OPENING.value else "{grace}"
                lines.append(f"{where} says {said}, but {config}: write {placeholder} instead")
    return lines


def _wrong_times(text: str, minutes_said: set[int]) -> list[str]:
    said = set(_clock_times(text))
    said -= {(h, None) for h, m in said if m is not None}  # `8:00 to 22:00`: once each
    wrong = sorted((h, -1 if m is None else m) for h, m in said if not _said_time_fits(h, m, minutes_said))
    return [f"{h} h" if m < 0 else f"{h}:{m:02d}" for h, m in wrong]


def _said_time_fits(hour: int, minute: int | None, minutes_said: set[int]) -> bool:
    if minute is not None:
        return hour * 60 + minute in minutes_said
    return any(m // 60 == hour or (hour == 24 and m == 24 * 60) for m in minutes_said)
