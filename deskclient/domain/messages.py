"""What flows between the desk and citizens, as plain values.

The gateway turns network objects into these; services store and answer them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime


class MessageKind(str, enum.Enum):
    IN = "in"  # from the citizen
    OUT = "out"  # an agent's reply
    SYSTEM = "system"  # automatic: opening, closing, out-of-hours, refusal
    NOTE = "note"  # internal note, never sent


class Delivery(str, enum.Enum):
    QUEUED = "queued"
    SENT = "sent"
    FAILED = "failed"


class SystemNotice(str, enum.Enum):
    OPENING = "opening"
    CLOSING = "closing"
    OUT_OF_HOURS = "out_of_hours"
    FILE_REFUSED = "file_refused"


@dataclass(frozen=True)
class CitizenIdentity:
    """Who wrote, as the channel tells it. `address` is the conversation address on that channel
    (a Telegram user id, a WhatsApp wa_id as digits) and is stable; the rest may change."""

    address: int
    name: str
    username: str | None = None
    phone: str | None = None
    language: str | None = None  # Telegram's lang_code when known
    # Telegram's access hash of this user as the service account sees it (the same in
    # every session of that account): whoever holds the duty can send to the citizen
    # without having met them in its own session's entity cache.
    access_hash: int | None = None


@dataclass(frozen=True)
class ForwardOrigin:
    name: str
    date: datetime | None = None


@dataclass(frozen=True)
class IncomingFile:
    """A file offered by the network: metadata first, bytes only when fetched."""

    # "<citizen user id>:<telegram message id>", "<wa_id>:<media id>" on WhatsApp: any
    # gateway of the account can fetch it; kept with a file still arriving (schema v14).
    ref: str
    name: str
    mime: str
    size: int
    # The citizen's access hash (as in CitizenIdentity): lets a gateway that never met
    # the citizen read the message again to fetch the file (after a restart, another node).
    access_hash: int | None = None
    # Seconds, from Telegram's audio or video attribute (a voice note's length, shown in
    # its bubble before anything is played); None when Telegram did not say.
    duration: int | None = None
    # A static sticker's image, not the citizen's file: kept to be drawn, never refused
    # (domain/files.py).
    sticker: bool = False


@dataclass(frozen=True)
class InboundMessage:
    account: str
    citizen: CitizenIdentity
    channel_message_id: int
    date: datetime
    text: str = ""
    entities: list[dict] = field(default_factory=list)
    forward: ForwardOrigin | None = None
    reply_to_channel_message_id: int | None = None
    reply_quote: str | None = None
    file: IncomingFile | None = None
    # False for Telegram's service messages (a pin, a screenshot notice, a call): they
    # join the citizen's open ticket, but never open one (nor send an opening message).
    opens_ticket: bool = True
    # The channel's own message id when it is not an int (WhatsApp's "wamid.…"; then
    # `channel_message_id` is its hash): kept to reply to the message. None on Telegram.
    external_id: str | None = None
    # When the citizen last edited it, if the channel gives the message already edited (a
    # getDifference after a crash hands the current text, no separate edit): then a
    # message filed before takes this text as an edit.
    edited_at: datetime | None = None


@dataclass(frozen=True)
class InboundEdit:
    account: str
    citizen_address: int
    channel_message_id: int
    date: datetime
    text: str
    entities: list[dict] = field(default_factory=list)


@dataclass(frozen=True)
class InboundDeletion:
    account: str
    channel_message_ids: tuple[int, ...]
    date: datetime


@dataclass(frozen=True)
class AddedToGroup:
    """The service account was put in a group: added to it, or among the members it was
    created with (Telegram's MessageActionChatCreate)."""

    account: str
    chat_id: int
    title: str
    date: datetime


@dataclass(frozen=True)
class TemplateRef:
    """A message template the channel approved (WhatsApp): its name and language code as
    registered, and the body's {{1}}, {{2}}… values in order."""

    name: str
    language: str
    parameters: tuple[str, ...] = ()


@dataclass(frozen=True)
class OutboundMessage:
    """A queued outgoing message handed to the gateway. `random_id` makes resends safe."""

    message_id: int
    citizen_address: int
    text: str
    random_id: int
    file_path: str | None = None
    file_name: str | None = None
    reply_to_channel_message_id: int | None = None
    automatic: bool = False  # opening, closing, out-of-hours or refusal notice
    access_hash: int | None = None  # the citizen's, as filed (CitizenIdentity.access_hash)
    attempts: int = 0  # tries so far that Telegram refused (outbox.max_attempts bounds them)
    # Formatting of `text`: Telegram's entities as dicts (domain/formatting.py), a broadcast's.
    entities: tuple[dict, ...] = ()
    notice: str | None = None  # which automatic message (SystemNotice value), if one
    ticket_id: int | None = None
    # Buttons under the message, (label, data) each, one a row: a bot account's opening
    # message offering the categories (domain/category_choice.py).
    buttons: tuple[tuple[str, str], ...] = ()
    # What opens `buttons` where a channel shows them as a list (WhatsApp's list message:
    # its button's words, in the citizen's language, at most 20 characters).
    buttons_label: str = ""
    # The quoted message's channel id when not an int (WhatsApp's wamid, for `context`).
    reply_to_external_id: str | None = None
    # The service account sending it (Gateway.account), filled by the outbox from the
    # store: a desk with several gateways routes the send by it. None: the only one.
    account: str | None = None
    # An approved template to send instead of free text (WhatsApp outside the 24-hour
    # customer-service window); the gateway then ignores `text`.
    template: TemplateRef | None = None


@dataclass(frozen=True)
class ButtonPress:
    """A citizen pressed a button under one of a bot account's messages."""

    account: str
    citizen_address: int
    channel_message_id: int  # the message the button is under
    data: bytes


@dataclass(frozen=True)
class OutboxRead:
    """The citizen read the account's messages in their chat up to `max_id` (Telegram's
    read receipt: every message the account sent them with an id up to it is seen)."""

    account: str
    citizen_address: int
    max_id: int


@dataclass(frozen=True)
class CitizenTyping:
    """The citizen is typing in their chat with the account (`typing` False: stopped).
    Telegram repeats it every few seconds while they type; it is shown, never stored."""

    account: str
    citizen_address: int
    typing: bool = True


@dataclass(frozen=True)
class SentReceipt:
    channel_message_id: int | None  # None when Telegram had it already (a resend) and did not say
    date: datetime
    external_id: str | None = None  # the channel's own id when not an int (WhatsApp's wamid)


@dataclass(frozen=True)
class DeliveryStatus:
    """What became of a message the account sent, as the channel reports it later
    (WhatsApp's status webhook): `state` "sent", "delivered", "read" or "failed".
    `outbox_id` is the OutboundMessage.message_id the send was tagged with, when the
    channel gave it back; a failure carries the channel's `error_code` and `reason`
    (131047: the 24-hour window had closed)."""

    account: str
    citizen_address: int
    channel_message_id: int  # the sent message's id as filed (SentReceipt.channel_message_id)
    external_id: str
    state: str
    date: datetime
    outbox_id: int | None = None
    error_code: int | None = None
    reason: str | None = None
