"""What a citizen's message holds besides its text and a file, and the readable form
the desk files for it.

A location, a venue, a shared contact, a poll, a dice, a game, a sticker, or one of
Telegram's notices (a pinned message, a screenshot, a call) has no file to keep. The
desk files its readable form as the message's text, after the text the citizen typed
with it: so the thread, the queue preview, search, exports, the lead's transcript and
the retention purge treat it as any text, with no column of its own. A shared contact's
name and number are personal data the citizen gave, kept and purged as their words.

The forms are neutral: an emoji, the data, and for the few kinds that need a word, a
short English noun in brackets ("(sticker)", "(screenshot)"); a map is an
OpenStreetMap link built from the coordinates alone. `marker()` gives the structured
twin, filed with the message's formatting entities (kind and span of the form).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .limits import telegram_length

MAP_ZOOM = 17
MARKER = "DeskContent"  # the "_" of the marker filed among the message's entities


@dataclass(frozen=True)
class Place:
    """A location (`title` empty) or a venue; `live` for a location shared live."""

    latitude: float
    longitude: float
    title: str = ""
    address: str = ""
    live: bool = False


@dataclass(frozen=True)
class SharedContact:
    name: str
    phone: str = ""


@dataclass(frozen=True)
class Poll:
    question: str
    options: tuple[str, ...]
    quiz: bool = False


@dataclass(frozen=True)
class Dice:
    emoji: str
    value: int


@dataclass(frozen=True)
class Game:
    title: str


@dataclass(frozen=True)
class Sticker:
    """A sticker, as the emoji it stands for; `animated` (.tgs) or `video` (.webm)."""

    emoji: str
    animated: bool = False
    video: bool = False


@dataclass(frozen=True)
class TelegramNotice:
    """A service message (a pin, a screenshot, a call, …) or a kind of message the desk
    does not know: `icon` and a short description, e.g. ("📌", "pinned")."""

    icon: str
    description: str


MessageContent = Place | SharedContact | Poll | Dice | Game | Sticker | TelegramNotice


def map_link(latitude: float, longitude: float) -> str:
    """An OpenStreetMap page centred on the point, with a marker on it."""
    lat, lon = f"{latitude:.5f}", f"{longitude:.5f}"
    return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map={MAP_ZOOM}/{lat}/{lon}"


# A map link as map_link() writes it: what a bubble may turn into a link (only ours).
MAP_LINK = re.compile(r"https://www\.openstreetmap\.org/\?mlat=(-?\d{1,2}\.\d+)&mlon=(-?\d{1,3}\.\d+)"
                      r"#map=\d+/-?\d{1,2}\.\d+/-?\d{1,3}\.\d+")


def readable(content: MessageContent) -> str:
    """The content as the text the desk files (one or a few lines)."""
    if isinstance(content, Place):
        where = f"{content.latitude:.5f}, {content.longitude:.5f}"
        lines = [f"📍 {content.title or where}" + (" (live)" if content.live else "")]
        if content.address:
            lines.append(content.address)
        if content.title:
            lines.append(where)
        lines.append(map_link(content.latitude, content.longitude))
        return "\n".join(lines)
    if isinstance(content, SharedContact):
        return f"👤 {content.name}" + (f" · {content.phone}" if content.phone else "")
    if isinstance(content, Poll):
        question = f"📊 {content.question}" + (" (quiz)" if content.quiz else "")
        return "\n".join([question, *(f"• {option}" for option in content.options)])
    if isinstance(content, Dice):
        return f"{content.emoji or '🎲'} {content.value}"
    if isinstance(content, Game):
        return f"🎮 {content.title}"
    if isinstance(content, Sticker):
        kind = "animated sticker" if content.animated else "video sticker" if content.video else "sticker"
        return f"{content.emoji or '🏷️'} ({kind})"
    return f"{content.icon} ({content.description})"


def kind_of(content: MessageContent) -> str:
    """A short name of the content's kind, for the marker: "location", "venue", …"""
    if isinstance(content, Place):
        return "venue" if content.title else "location"
    return {SharedContact: "contact", Poll: "poll", Dice: "dice", Game: "game", Sticker: "sticker",
            TelegramNotice: "notice"}[type(content)]


def filed_text(typed: str, content: MessageContent | None) -> str:
    """What the desk files as the message's text: what the citizen typed, then the
    content's readable form (after it, so Telegram's entity offsets stay right)."""
    if content is None:
        return typed
    form = readable(content)
    return f"{typed}\n{form}" if typed else form


def marker(typed: str, content: MessageContent) -> dict:
    """The structured twin of the readable form, filed among the message's formatting
    entities: where the form starts and how long it is (UTF-16 units, as Telegram counts
    entities), its kind, and a place's coordinates."""
    offset = telegram_length(typed) + 1 if typed else 0
    entry = {"_": MARKER, "kind": kind_of(content), "offset": offset,
             "length": telegram_length(readable(content))}
    if isinstance(content, Place):
        entry.update(latitude=content.latitude, longitude=content.longitude)
    return entry
