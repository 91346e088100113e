"""Plain rows the store hands out: services and models never see Peewee objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

# Characters of a ticket's or broadcast's last text shown in a list.
PREVIEW_CHARS = 140


@dataclass(frozen=True)
class AgentRecord:
    id: int
    login: str
    display_name: str
    role: str


@dataclass(frozen=True)
class TicketRow:
    id: int
    number: str
    citizen_id: int
    citizen_name: str
    citizen_address: int
    language: str
    status: str
    category: str | None
    assignee_id: int | None
    assignee_login: str | None
    opened_at: datetime
    first_response_due: datetime
    first_response_at: datetime | None
    closing_at: datetime | None
    closed_at: datetime | None
    last_message_at: datetime
    last_preview: str
    unread: int
    citizen_wrote_while_closing: bool
    channel: str = "telegram"  # the citizen's network (domain/channels.py), schema v8


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    kind: str
    file_name: str
    mime: str
    size: int
    sha256: str | None
    stored_path: str | None
    kept: bool
    refusal: str | None
    state: str = "done"  # 'arriving' while the file is fetched after filing, or 'failed'
    duration: int | None = None  # seconds: a voice note's or a video's, as Telegram said (schema v7)


@dataclass(frozen=True)
class MessageRow:
    id: int
    ticket_id: int
    kind: str
    notice: str | None
    text: str
    created_at: datetime
    author_login: str | None
    channel_message_id: int | None
    reply_to_channel_message_id: int | None
    reply_quote: str | None
    forward_from: str | None
    forward_date: datetime | None
    edited_at: datetime | None
    deleted_at: datetime | None
    delivery: str | None
    failure: str | None
    attachments: tuple[AttachmentRow, ...] = field(default_factory=tuple)
    pending_change: str | None = None  # "edit"/"delete": queued for the duty holder (store/sent_changes.py)
    seen: bool = False  # sent, and the citizen has read it (Telegram's read receipt; store/presence.py)
    delivered: bool = False  # on the citizen's phone, not yet read (WhatsApp's status; store/delivery_status.py)
    sent_as_template: str | None = None  # "<name> (<language>)": went as that approved template (WhatsApp)


@dataclass(frozen=True)
class StoredFile:
    """An accepted file already checked and moved into the files dir."""

    kind: str
    file_name: str
    mime: str
    size: int
    sha256: str
    stored_path: str  # relative to the files dir


@dataclass(frozen=True)
class RefusedFile:
    kind: str
    file_name: str
    mime: str
    size: int
    reason: str


@dataclass(frozen=True)
class IngestResult:
    duplicate: bool
    ticket_id: int | None = None
    ticket_number: str | None = None
    message_id: int | None = None
    opened_ticket: bool = False
    joined_while_closing: bool = False
    queued: tuple[int, ...] = ()  # automatic messages queued for sending


# Change.kind from the team listener after it lost its connection: changes may have been
# missed (NOTIFYs are not kept for a listener that is away), so read everything again.
RESYNC = "resync"
# The citizen read the account's messages: the ticket's sent messages may show "seen" now.
SEEN = "messages_seen"
# The citizen of the ticket types, or stopped (store/presence.py): shown, never stored.
TYPING = "citizen_typing"
TYPING_STOPPED = "citizen_stopped_typing"


@dataclass(frozen=True)
class CitizenCard:
    """What the citizen panel shows of a citizen (ui/citizen_panel.py)."""

    id: int
    name: str
    username: str | None
    language: str | None
    address: int
    tickets: int  # how many of their tickets the records hold (with those of citizens linked to them)
    channel: str = "telegram"
    phone: str | None = None  # as the channel gave it (WhatsApp: "+" and the wa_id) or a lead rectified it;
    # replies go to `address` whatever it says (ui/citizen_panel.py shows both)
    linked: tuple[tuple[str, str], ...] = ()  # (name, channel) of the citizens a lead linked to them


@dataclass(frozen=True)
class CitizenNote:
    """An agent's internal note on one of the citizen's tickets."""

    message_id: int
    ticket_id: int
    ticket_number: str
    author_login: str | None
    created_at: datetime
    text: str


@dataclass(frozen=True)
class Change:
    """Something other screens should follow. Crosses workstations in team mode."""

    # ticket_opened, ticket_changed, ticket_purged, message_added, message_changed, resync,
    # messages_seen, citizen_typing, citizen_stopped_typing
    kind: str
    ticket_id: int
    message_id: int | None = None
    remote: bool = False  # True when it came from another workstation
