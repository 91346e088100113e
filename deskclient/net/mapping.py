"""Telethon messages → the desk's plain values (domain.messages)."""

from __future__ import annotations

from telethon import utils
from telethon.tl import types

from ..domain.message_content import filed_text, marker
from ..domain.messages import CitizenIdentity, ForwardOrigin, InboundMessage, IncomingFile
from .message_kinds import citizens_file, content_of, drawn_sticker, file_name


def citizen_of(user: types.User) -> CitizenIdentity:
    return CitizenIdentity(address=user.id, name=utils.get_display_name(user) or f"user {user.id}",
                           username=user.username, phone=user.phone,
                           language=getattr(user, "lang_code", None),
                           access_hash=getattr(user, "access_hash", None))


def text_of(message) -> str:
    """The text the desk files: what the citizen typed (a custom emoji is its fallback
    character, already in the text), then the readable form of a location, contact,
    poll, sticker, service message… (domain.message_content)."""
    return filed_text(getattr(message, "message", None) or "", content_of(message))


def entities_of(message) -> list[dict]:
    """Formatting entities as JSON-able dicts (`{"_": "MessageEntityBold", "offset": 0, …}`),
    plus the marker of a readable form (domain.message_content.marker)."""
    entities = [{k: v for k, v in e.to_dict().items() if isinstance(v, (str, int, bool)) or v is None}
                for e in (getattr(message, "entities", None) or [])]
    content = content_of(message)
    if content is not None:
        entities.append(marker(getattr(message, "message", None) or "", content))
    return entities


def forward_origin(message) -> ForwardOrigin | None:
    header = message.fwd_from
    if header is None:
        return None
    name = header.from_name or header.post_author
    forward = message.forward
    if not name and forward is not None:
        entity = forward.sender or forward.chat
        if entity is not None:
            name = utils.get_display_name(entity)
    if not name and header.from_id is not None:
        name = f"id {utils.get_peer_id(header.from_id)}"
    return ForwardOrigin(name=name or "hidden sender", date=header.date)


def incoming_file(message, ref: str, access_hash: int | None = None) -> IncomingFile | None:
    """What the document or photo says of itself, before any byte is downloaded (a
    static sticker's image too, flagged as such)."""
    sticker = drawn_sticker(message)
    if not (sticker or citizens_file(message)):
        return None
    file = message.file
    mime = file.mime_type or "application/octet-stream"
    duration = getattr(file, "duration", None)  # a voice note's or a video's attribute
    return IncomingFile(ref=ref, name=file_name(message), mime=mime, size=file.size or 0,
                        access_hash=access_hash,
                        duration=max(0, round(duration)) if isinstance(duration, (int, float)) else None,
                        sticker=sticker)


def inbound_message(account: str, message, sender: types.User, file_ref: str | None) -> InboundMessage:
    reply = message.reply_to
    return InboundMessage(
        account=account, citizen=citizen_of(sender), channel_message_id=message.id, date=message.date,
        text=text_of(message), entities=entities_of(message), forward=forward_origin(message),
        reply_to_channel_message_id=getattr(reply, "reply_to_msg_id", None),
        reply_quote=getattr(reply, "quote_text", None),
        file=incoming_file(message, file_ref, getattr(sender, "access_hash", None)) if file_ref else None,
        # A service message (a pin, a screenshot, a call) joins an open ticket, never opens one.
        opens_ticket=getattr(message, "action", None) is None,
        edited_at=getattr(message, "edit_date", None),
    )
