"""Which public-holiday calendar a deployment means: `hours.holidays` to a `holidays` call.

IT writes a region as its office writes it: the code `holidays` documents (ES-CT,
IT-AO), one of its names for it (ES-Catalunya), or an ISO 3166-2 code of another level
than the one `holidays` keys the regional holidays by: a Spanish province (ES-B lies in
ES-CT), an Italian region (IT-23, Valle d'Aosta, whose one province ISO withdrew in 2019
and `holidays` still calls IT-AO). A region that holds several of `holidays`'
subdivisions (IT-21, Piemonte) is refused with their list: the holidays differ among
them. The ISO table is generated (packaging/gen_holiday_regions.py); abbreviations in
common use that no standard writes are added here by hand.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import holidays
from holidays.registry import EntityLoader

from .iso_subdivisions import ISO_TO_HOLIDAYS

# ISO 3166-2 codes whose only subdivision ISO withdrew while `holidays` keeps it.
_WITHDRAWN = {"IT-23": "AO"}  # Valle d'Aosta: the province of Aosta (IT-AO until 2019)
# Abbreviations in common use, to the ISO code they stand for.
_COMMON = {"IT-VDA": "IT-23"}  # Valle d'Aosta, as Italian administrations write it


@dataclass(frozen=True)
class HolidayCalendar:
    """A resolved calendar: `holidays`' own country and subdivision codes (or none)."""

    country: str = ""
    subdivision: str | None = None

    @property
    def code(self) -> str:
        return f"{self.country}-{self.subdivision}" if self.subdivision else self.country

    @lru_cache(maxsize=None)
    def holidays_of(self, year: int) -> holidays.HolidayBase | dict:
        """Worked out once per calendar and year in a process (the SLA of every row of the
        queue asks, day by day); read only."""
        if not self.country:
            return {}
        return holidays.country_holidays(self.country, subdiv=self.subdivision, years=[year])


def resolve_holiday_calendar(text: str) -> HolidayCalendar:
    """The calendar `text` names, or ValueError with one line saying what is known."""
    text = text.strip()
    if not text:
        return HolidayCalendar()
    country, _, region = text.partition("-")
    country = country.strip().upper()
    if country not in _countries():
        raise ValueError(f"unknown holiday calendar '{text}': no country '{country}' in the holidays package")
    region = region.strip()
    if not region:
        return HolidayCalendar(country)
    known = _subdivisions(country)
    found = _by_holidays_name(country, region, known)
    if found is None:
        code = _COMMON.get(f"{country}-{region.upper()}", f"{country}-{region.upper()}")
        target = _WITHDRAWN.get(code) or ISO_TO_HOLIDAYS.get(code)
        if isinstance(target, tuple):
            choices = ", ".join(f"{country}-{t}" for t in target if t in known)
            raise ValueError(f"'{text}' covers several holiday calendars: name one of {choices}")
        if target in known:
            found = target
    if found is None:
        sample = ", ".join(f"{country}-{s}" for s in sorted(known)[:12])
        more = ", …" if len(known) > 12 else ""
        raise ValueError(f"unknown region '{text}' for the holiday calendar: known {sample}{more} "
                         "(or their ISO 3166-2 codes)" if known else
                         f"unknown region '{text}': the holidays package has no regions for {country}")
    return HolidayCalendar(country, found)


def _fold(text: str) -> str:
    """Case and accents aside: 'catalunya' is 'Catalunya', 'Forli' is 'Forlì'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def _by_holidays_name(country: str, region: str, known: frozenset[str]) -> str | None:
    """`holidays`' own code or one of its names for it, ignoring case and accents."""
    folded = _fold(region)
    for code in known:
        if _fold(code) == folded:
            return code
    aliases = getattr(_country_class(country), "subdivisions_aliases", {}) or {}
    for name, code in aliases.items():
        if _fold(name) == folded and code in known:
            return code
    return None


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """The codes `holidays` registers, read from its registry: its own listing,
    list_supported_countries(), imports all its 250 country modules (0.3-0.9 s of every
    start)."""
    return frozenset(EntityLoader.get_country_codes())


@lru_cache(maxsize=None)
def _country_class(country: str) -> type:
    return type(holidays.country_holidays(country, years=[2026]))


@lru_cache(maxsize=None)
def _subdivisions(country: str) -> frozenset[str]:
    return frozenset(_country_class(country).subdivisions)
