"""Canned replies: one text per language, with the ticket's details filled in, and the
`/shortcut` an agent types in the composer to insert one."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .notices import fill

# What a lead writes in a canned reply; the short spellings of the first version
# ({ticket}, {citizen}, {agent}) are still filled, so older replies keep working.
PLACEHOLDERS = ("{citizen_name}", "{ticket_number}", "{agent_name}")
SHORTCUT_MAX = 40
_SHORTCUT = re.compile(r"[a-z0-9][a-z0-9_-]*")


@dataclass(frozen=True)
class CannedReply:
    """One canned reply: its title (what the menu lists), the shortcut typed after "/",
    and its text per language."""

    title: str
    shortcut: str
    bodies: dict[str, str] = field(default_factory=dict)


def canned_reply(variants: dict[str, str], language: str, default_language: str,
                 ticket: str, citizen: str, agent: str) -> str:
    """The variant in the citizen's language (else the default, else any), filled in."""
    body = variants.get(language) or variants.get(default_language) or next(iter(variants.values()), "")
    return fill(body, ticket_number=ticket, citizen_name=citizen, agent_name=agent,
                ticket=ticket, citizen=citizen, agent=agent)


def shortcut_from_title(title: str) -> str:
    """A shortcut for a reply whose lead set none: the title without accents, in lower
    case, words joined by "-" ("Horari d'atenció" → "horari-d-atencio")."""
    plain = "".join(c for c in unicodedata.normalize("NFD", title.casefold())
                    if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:SHORTCUT_MAX]


def normal_shortcut(typed: str) -> str:
    """What a lead typed as a shortcut, as it is stored: no leading "/", no spaces
    around, lower case. Empty when the typed text cannot be one (see `is_shortcut`)."""
    shortcut = typed.strip().removeprefix("/").strip().casefold()
    return shortcut if is_shortcut(shortcut) else ""


def is_shortcut(text: str) -> bool:
    """Letters a–z, digits, "-" and "_", at most SHORTCUT_MAX, starting with a letter or
    digit: what can follow "/" in a composer without ambiguity."""
    return len(text) <= SHORTCUT_MAX and _SHORTCUT.fullmatch(text) is not None
