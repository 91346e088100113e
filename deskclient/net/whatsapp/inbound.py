"""A webhook's `value` (entry[].changes[].value) → the desk's plain values.

Messages become InboundMessage: text and captions as typed; images, documents, audio,
video and stickers as an IncomingFile whose `ref` is "<wa_id>:<media id>" (any process
holding the token can fetch it, domain/messages.py); locations, contacts, reactions and
kinds the desk does not know as the readable forms of domain/message_content.py. A
reaction is a small message quoting the one reacted to, joining an open ticket but never
opening one. A citizen's edit or deletion of an earlier message (where WhatsApp sends
them) becomes InboundEdit or InboundDeletion. `context.forwarded` marks a forward (WhatsApp never names the origin);
`context.id` alone is a reply. Statuses become DeliveryStatus.

Numbers are the digits of E.164 (ids.wa_id_digits), however the webhook writes them.
What cannot be a message (no sender, a number that is none, a text that is no string)
raises (KeyError, TypeError, ValueError, …): the gateway skips and counts it.
"""

from __future__ import annotations

import mimetypes
from datetime import UTC, datetime

from ...domain.message_content import (
    MessageContent,
    Place,
    SharedContact,
    Sticker,
    TelegramNotice,
    filed_text,
    marker,
)
from ...domain.messages import (
    CitizenIdentity,
    DeliveryStatus,
    ForwardOrigin,
    InboundDeletion,
    InboundEdit,
    InboundMessage,
    IncomingFile,
)
from ...errors import sentence
from .errors import reason_for
from .ids import address_of, message_key, wa_id_digits
from .interactive import picked_words

MEDIA_KINDS = ("image", "document", "audio", "video", "sticker")
# Named by WhatsApp only for documents: the rest by kind and the type of their bytes.
_EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp", "audio/ogg": ".oga",
               "audio/mpeg": ".mp3", "audio/mp4": ".m4a", "audio/aac": ".aac", "audio/amr": ".amr",
               "video/mp4": ".mp4", "video/3gpp": ".3gp", "application/pdf": ".pdf"}
# WhatsApp never names where a forward came from: these stand for its name, English in
# the records and said in the window's language where shown (ui/sentences.reason_text).
FORWARDED = ForwardOrigin(name=sentence("another chat"))
FREQUENTLY_FORWARDED = ForwardOrigin(name=sentence("another chat (forwarded many times)"))


def moment(timestamp: object) -> datetime:
    """WhatsApp's Unix seconds (a string) as an aware UTC datetime."""
    return datetime.fromtimestamp(int(str(timestamp)), UTC)


def _string(value: object) -> str:
    """A text field: a string, or absent ("")."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise TypeError("a WhatsApp text field is not a string")
    return value


def _same_number(number: object, wa_id: str) -> bool:
    try:
        return wa_id_digits(number) == wa_id
    except (TypeError, ValueError):
        return False


def _citizen(value: dict, wa_id: str) -> CitizenIdentity:
    """wa_id: digits already (wa_id_digits); the profile name from `contacts`, if any
    (optional: an odd one is passed over, the message still filed)."""
    name = ""
    for contact in value.get("contacts") if isinstance(value.get("contacts"), list) else ():
        profile = contact.get("profile") if isinstance(contact, dict) else None
        if isinstance(profile, dict) and isinstance(profile.get("name"), str) \
                and _same_number(contact.get("wa_id"), wa_id):
            name = profile["name"]
    return CitizenIdentity(address=address_of(wa_id), name=name or f"+{wa_id}", phone=f"+{wa_id}")


def _file(kind: str, wa_id: str, media: dict, wamid: str) -> IncomingFile:
    mime = (_string(media.get("mime_type")) or "application/octet-stream").split(";")[0].strip()
    name = _string(media.get("filename"))
    if not name:
        stem = "voice" if kind == "audio" and media.get("voice") else {"image": "photo"}.get(kind, kind)
        extension = _EXTENSIONS.get(mime) or mimetypes.guess_extension(mime) or ""
        name = f"{stem}_{message_key(wamid) % 100_000_000}{extension}"
    size = media.get("file_size")
    return IncomingFile(ref=f"{wa_id}:{_string(media['id'])}", name=name, mime=mime,
                        size=int(size) if str(size or "").isdigit() else 0, sticker=kind == "sticker")


def _contact(card: dict) -> SharedContact:
    name = card.get("name") or {}
    phones = card.get("phones") or [{}]
    full = name.get("formatted_name") or " ".join(
        part for part in (name.get("first_name"), name.get("last_name")) if part)
    return SharedContact(name=full or "?", phone=phones[0].get("phone") or "")


def _contents(kind: str, message: dict) -> list[MessageContent]:
    """The readable parts of a message with no text of its own to file."""
    if kind == "location":
        place = message["location"]
        return [Place(latitude=float(place["latitude"]), longitude=float(place["longitude"]),
                      title=place.get("name") or "", address=place.get("address") or "")]
    if kind == "contacts":
        return [_contact(card) for card in message.get("contacts") or ()]
    if kind == "sticker":
        return [Sticker(emoji="", animated=bool(message["sticker"].get("animated")))]
    if kind == "reaction":
        emoji = message["reaction"].get("emoji")
        return [TelegramNotice(emoji, "reaction") if emoji else TelegramNotice("↩", "reaction removed")]
    if kind in ("text", "button", "interactive", *MEDIA_KINDS):
        return []
    if kind == "system":
        return [TelegramNotice("ℹ️", (message.get("system") or {}).get("body") or "system notice")]
    return [TelegramNotice("❔", "message of a kind the desk cannot show")]


def _typed(kind: str, message: dict) -> str:
    if kind == "text":
        return _string((message.get("text") or {}).get("body"))
    if kind in MEDIA_KINDS:
        return _string(message[kind].get("caption"))
    if kind == "button":  # a template's quick-reply button
        return _string((message.get("button") or {}).get("text"))
    if kind == "interactive":  # a reply button or a list row
        reply = message.get("interactive") or {}
        return picked_words(reply.get(reply.get("type") or "") or {})
    return ""


def _filed(kind: str, message: dict) -> tuple[str, list[dict]]:
    """The text the desk files for a message and the markers of its readable parts."""
    text, entities = _typed(kind, message), []
    for content in _contents(kind, message):
        entities.append(marker(text, content))
        text = filed_text(text, content)
    return text, entities


def inbound_event(account: str, value: dict, message: dict) -> InboundMessage | InboundEdit | InboundDeletion:
    """One entry of value.messages[] (KeyError/ValueError when it is malformed): a new
    message, or a citizen's edit or deletion ("edit", "revoke": of an earlier message,
    by its id, as Telegram's are)."""
    kind = _string(message.get("type"))
    if kind == "revoke":
        return InboundDeletion(account=account, channel_message_ids=(message_key(message["revoke"]["original_message_id"]),),
                               date=moment(message["timestamp"]))
    if kind == "edit":
        edited = message["edit"]["message"]
        text, entities = _filed(edited.get("type") or "", edited)
        return InboundEdit(account=account, citizen_address=address_of(message["from"]),
                           channel_message_id=message_key(message["edit"]["original_message_id"]),
                           date=moment(message["timestamp"]), text=text, entities=entities)
    return inbound_message(account, value, message)


def inbound_message(account: str, value: dict, message: dict) -> InboundMessage:
    wamid, wa_id, kind = message["id"], wa_id_digits(message["from"]), _string(message.get("type"))
    text, entities = _filed(kind, message)
    context = message.get("context") or {}
    forward = (FREQUENTLY_FORWARDED if context.get("frequently_forwarded")
               else FORWARDED if context.get("forwarded") else None)
    quoted = message["reaction"].get("message_id") if kind == "reaction" else context.get("id")
    return InboundMessage(
        account=account, citizen=_citizen(value, wa_id), channel_message_id=message_key(wamid),
        date=moment(message["timestamp"]), text=text, entities=entities, forward=forward,
        reply_to_channel_message_id=message_key(quoted) if quoted and forward is None else None,
        file=_file(kind, wa_id, message[kind], wamid) if kind in MEDIA_KINDS else None,
        opens_ticket=kind not in ("reaction", "system"), external_id=wamid)


def delivery_status(account: str, status: dict) -> DeliveryStatus:
    """One entry of value.statuses[]: sent, delivered, read or failed with errors[]."""
    errors = status.get("errors") or [{}]
    code = errors[0].get("code")
    tag = str(status.get("biz_opaque_callback_data") or "")
    # A BIGINT's; negative for a broadcast's copy (store/broadcast_records.ListSend.outbox_id).
    digits = tag.removeprefix("-")
    outbox_id = int(tag) if digits.isascii() and digits.isdigit() and len(digits) < 19 else None
    if not isinstance(status["id"], str) or not isinstance(status["status"], str):
        raise TypeError("a WhatsApp status names its message and state as strings")
    return DeliveryStatus(
        account=account, citizen_address=address_of(status["recipient_id"]),
        channel_message_id=message_key(status["id"]), external_id=status["id"], state=status["status"],
        date=moment(status["timestamp"]), outbox_id=outbox_id,
        error_code=code if isinstance(code, int) else None,
        reason=reason_for(code) if status["status"] == "failed" else None)


__all__ = ["delivery_status", "inbound_event", "moment"]
