"""The automatic messages a citizen receives, per language, from configured templates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .messages import SystemNotice

_WEEKDAYS = {
    "ca": "dilluns dimarts dimecres dijous divendres dissabte diumenge",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "eu": "astelehena asteartea asteazkena osteguna ostirala larunbata igandea",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
}


def format_local_moment(moment: datetime, language: str) -> str:
    """`dilluns 23/11 08:00`: the weekday named in the citizen's language."""
    names = _WEEKDAYS.get(language, _WEEKDAYS["en"]).split()
    return f"{names[moment.weekday()]} {moment:%d/%m %H:%M}"


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
    """`{name}` placeholders filled; unknown ones stay visible instead of failing on a typo."""
    return template.format_map(_Lenient(values))


class _Lenient(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
