"""Values of the right type that cannot be meant: checked once, when the config is loaded.

`load_config` is the one place every command reads its settings from, so a negative
retention, a file size of zero, an unknown time zone or holiday region fails there, with
the same line in `config show`, `doctor`, `purge`, `serve`, `status`, `team` and the
window, instead of later (or never, or as a traceback) where the value is used. Each
line names where the value came from and the option, as a type error does:

    command line: option 'retention.months' must be a whole number of months, 1 or more (got -1)

The hours' own rules (opening before closing, the week's intervals) are hours_config's.
"""

from __future__ import annotations

from typing import Any, Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import ConfigError

# The window's languages (ui/i18n.py LANGUAGES, which imports Qt; a test keeps them equal).
WINDOW_LANGUAGES = ("en", "es", "ca", "eu", "fr", "it")

# option: (holds when, what it must be)
_RANGES: dict[str, tuple[Callable[[Any], bool], str]] = {
    "retention.months": (lambda v: v >= 1, "a whole number of months, 1 or more"),
    "files.max_mb": (lambda v: v > 0, "a size in megabytes above 0"),
    "sla.first_response_hours": (lambda v: v > 0, "a number of service hours above 0"),
    "tickets.grace_minutes": (lambda v: v >= 0, "a number of minutes, 0 or more"),
    "telegram.api_id": (lambda v: v >= 0, "the number my.telegram.org gave (0: not set)"),
    "telegram.port": (lambda v: 1 <= v <= 65535, "a TCP port from 1 to 65535"),
    "telegram.dc_id": (lambda v: v >= 1, "a data-centre number, 1 or more"),
    "demo.pace": (lambda v: v >= 0, "a number of seconds, 0 or more"),
}


def check_values(config) -> None:
    """ConfigError with one line for the first value that cannot be meant."""
    for key, (holds, wanted) in _RANGES.items():
        value = config[key]
        if not holds(value):
            raise ConfigError(f"{config.origin(key)}: option '{key}' must be {wanted} (got {value:g})")
    language = config["ui.language"]
    if language not in ("", *WINDOW_LANGUAGES):
        raise ConfigError(f"{config.origin('ui.language')}: option 'ui.language' must be one of "
                          f"{', '.join(WINDOW_LANGUAGES)}, or empty for the system's (got {language!r})")
    zone = config["hours.timezone"]
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"{config.origin('hours.timezone')}: option 'hours.timezone': '{zone}' is not a "
                          "known time zone (an IANA name such as Europe/Madrid)") from None
    from .domain.holiday_regions import resolve_holiday_calendar  # loads the holidays package
    try:
        resolve_holiday_calendar(config["hours.holidays"])
    except ValueError as exc:
        raise ConfigError(f"{config.origin('hours.holidays')}: option 'hours.holidays': {exc}") from None
