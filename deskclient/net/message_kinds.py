"""Which Telegram messages carry a citizen's file, and what the others hold.

A citizen's file is a photo or a document they sent, and nothing else: Telethon's
`message.file` (and `.photo`, `.document`) also answer for a link preview's picture or
document (MessageMediaWebPage) and for a game's, which the citizen never sent. A
sticker is a document too, but it stands for an emoji: it is filed as that emoji and
never offered to the file policy; a static one's WebP image is fetched besides, to be
drawn (an animated .tgs or video .webm one stays its emoji). Everything else maps to
domain.message_content: a place, a contact, a poll, a dice, a game, or a short notice
for a service message and for any kind of media this code does not know (never an
empty row, never an error).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from telethon import events, utils
from telethon.tl import types

from ..domain.message_content import (
    Dice, Game, MessageContent, Place, Poll, SharedContact, Sticker, TelegramNotice,
)


def _attribute(document, kind):
    return next((a for a in getattr(document, "attributes", None) or [] if isinstance(a, kind)), None)


def _is_sticker(document) -> bool:
    return (_attribute(document, (types.DocumentAttributeSticker, types.DocumentAttributeCustomEmoji))
            is not None or document.mime_type == "application/x-tgsticker")


def citizens_file(message) -> bool:
    """Whether the message carries a file the citizen sent (a photo or a document that
    is not a sticker), to be offered to the file policy."""
    media = getattr(message, "media", None)
    if isinstance(media, types.MessageMediaPhoto):
        return isinstance(media.photo, types.Photo)
    if isinstance(media, types.MessageMediaDocument):
        return isinstance(media.document, types.Document) and not _is_sticker(media.document)
    return False


def drawn_sticker(message) -> bool:
    """Whether the message is a static sticker, whose WebP image the thread can draw."""
    media = getattr(message, "media", None)
    return (isinstance(media, types.MessageMediaDocument) and isinstance(media.document, types.Document)
            and _is_sticker(media.document) and media.document.mime_type == "image/webp")


def file_name(message) -> str:
    """The name the file is offered under. Telegram turns a GIF sent as an animation, and
    records a round video note, into MP4 video whatever name came with it ("hola.gif"):
    those are named by what their bytes are, so the policy sees a video."""
    file = message.file
    name = file.name
    media = message.media
    if isinstance(media, types.MessageMediaPhoto):
        return name or f"photo_{message.id}.jpg"
    document = media.document
    if _is_sticker(document):
        return f"sticker_{message.id}.webp"
    video = _attribute(document, types.DocumentAttributeVideo)
    if media.round or (video is not None and video.round_message):
        return f"video_note_{message.id}{utils.get_extension(document) or '.mp4'}"
    if _attribute(document, types.DocumentAttributeAnimated) is not None:
        extension = utils.get_extension(document)  # ".mp4" for what Telegram converted
        if not name:
            return f"animation_{message.id}{extension}"
        if extension and not name.lower().endswith(extension):
            return f"{PurePosixPath(name).stem or 'animation'}{extension}"
        return name
    if not name:
        if message.voice:
            return f"voice_{message.id}.oga"
        return f"file_{message.id}{file.ext or ''}"
    return name


def content_of(message) -> MessageContent | None:
    """What the message holds besides its text and a citizen's file, if anything."""
    action = getattr(message, "action", None)
    if action is not None:
        return _notice_for_action(action)
    media = getattr(message, "media", None)
    if media is None or isinstance(media, (types.MessageMediaEmpty, types.MessageMediaWebPage)):
        return None  # a link preview: the text is what the citizen sent
    if isinstance(media, types.MessageMediaPhoto):
        return None if isinstance(media.photo, types.Photo) else TelegramNotice("🖼️", "photo no longer available")
    if isinstance(media, types.MessageMediaDocument):
        document = media.document
        if not isinstance(document, types.Document):
            return TelegramNotice("📄", "file no longer available")
        if _is_sticker(document):
            alt = _attribute(document, (types.DocumentAttributeSticker, types.DocumentAttributeCustomEmoji))
            return Sticker(emoji=getattr(alt, "alt", "") or "", animated=document.mime_type == "application/x-tgsticker",
                           video=document.mime_type == "video/webm")
        return None
    return _content_of_media(media)


def _content_of_media(media) -> MessageContent:
    if isinstance(media, types.MessageMediaVenue):
        lat, lon = _point(media.geo)
        return Place(lat, lon, title=media.title or "", address=media.address or "")
    if isinstance(media, (types.MessageMediaGeo, types.MessageMediaGeoLive)):
        if not isinstance(media.geo, types.GeoPoint):
            return TelegramNotice("📍", "location not available")
        lat, lon = _point(media.geo)
        return Place(lat, lon, live=isinstance(media, types.MessageMediaGeoLive))
    if isinstance(media, types.MessageMediaContact):
        name = f"{media.first_name or ''} {media.last_name or ''}".strip()
        return SharedContact(name=name or "?", phone=_phone(media.phone_number))
    if isinstance(media, types.MessageMediaPoll):
        poll = media.poll
        return Poll(question=_text(poll.question), options=tuple(_text(a.text) for a in poll.answers),
                    quiz=bool(poll.quiz))
    if isinstance(media, types.MessageMediaDice):
        return Dice(emoji=media.emoticon or "🎲", value=media.value)
    if isinstance(media, types.MessageMediaGame):
        return Game(title=media.game.title or media.game.short_name or "")
    if isinstance(media, types.MessageMediaToDo):
        items = "; ".join(_text(item.title) for item in media.todo.list)
        return TelegramNotice("☑️", f"checklist: {_text(media.todo.title)}" + (f": {items}" if items else ""))
    if isinstance(media, types.MessageMediaInvoice):
        return TelegramNotice("🧾", f"invoice: {media.title}")
    if isinstance(media, types.MessageMediaStory):
        return TelegramNotice("📖", "story")
    if isinstance(media, types.MessageMediaUnsupported):
        return TelegramNotice("❓", "a kind of message this version cannot show")
    return TelegramNotice("❓", _humane(type(media).__name__.removeprefix("MessageMedia")))


def _point(geo) -> tuple[float, float]:
    return float(geo.lat), float(geo.long)


def _phone(number: str | None) -> str:
    number = (number or "").strip()
    return f"+{number}" if number.isdigit() else number


def _text(value) -> str:
    """A poll's question or answer: a plain string in older layers, TextWithEntities now."""
    return value if isinstance(value, str) else getattr(value, "text", "") or ""


def _humane(name: str) -> str:
    """`SetChatTheme` → "set chat theme"."""
    return re.sub(r"(?<!^)(?=[A-Z])", " ", name).lower() or "unknown"


_ACTIONS: dict[type, tuple[str, str]] = {
    types.MessageActionPinMessage: ("📌", "pinned"),
    types.MessageActionScreenshotTaken: ("📸", "screenshot"),
    types.MessageActionHistoryClear: ("🧹", "history cleared"),
    types.MessageActionContactSignUp: ("👋", "joined Telegram"),
    types.MessageActionSetChatTheme: ("🎨", "chat theme changed"),
    types.MessageActionSetChatWallPaper: ("🖼️", "chat wallpaper changed"),
    types.MessageActionBotAllowed: ("🤖", "allowed the bot to write"),
}


def _notice_for_action(action) -> TelegramNotice:
    known = _ACTIONS.get(type(action))
    if known is not None:
        return TelegramNotice(*known)
    if isinstance(action, types.MessageActionPhoneCall):
        kind = "video call" if action.video else "call"
        if isinstance(action.reason, types.PhoneCallDiscardReasonMissed):
            return TelegramNotice("📞", f"missed {kind}")
        if isinstance(action.reason, types.PhoneCallDiscardReasonBusy):
            return TelegramNotice("📞", f"{kind}, busy")
        if action.duration:
            return TelegramNotice("📞", f"{kind}, {action.duration // 60}:{action.duration % 60:02d}")
        return TelegramNotice("📞", kind)
    if isinstance(action, types.MessageActionSetMessagesTTL):
        if not action.period:
            return TelegramNotice("⏱️", "auto-delete off")
        return TelegramNotice("⏱️", f"auto-delete after {_period(action.period)}")
    if isinstance(action, types.MessageActionGameScore):
        return TelegramNotice("🎮", f"score {action.score}")
    if isinstance(action, types.MessageActionCustomAction) and action.message:
        return TelegramNotice("ℹ️", action.message)
    return TelegramNotice("ℹ️", _humane(type(action).__name__.removeprefix("MessageAction")))


def _period(seconds: int) -> str:
    for unit, size in (("month", 30 * 86400), ("week", 7 * 86400), ("day", 86400), ("hour", 3600),
                       ("minute", 60)):
        if seconds >= size and seconds % size == 0:
            count = seconds // size
            return f"{count} {unit}{'s' if count != 1 else ''}"
    return f"{seconds} s"


class PrivateServiceMessages(events.NewMessage):
    """Telethon's NewMessage leaves service messages out (and its ChatAction knows only
    group actions and pins): this one gives the private chats' service messages (a pin,
    a screenshot notice, a call) as NewMessage events, so the desk can file a short
    notice for them. `incoming=True` as for NewMessage."""

    @classmethod
    def build(cls, update, others=None, self_id=None):
        if (isinstance(update, types.UpdateNewMessage) and isinstance(update.message, types.MessageService)
                and isinstance(update.message.peer_id, types.PeerUser)):
            return cls.Event(update.message)
        return None
