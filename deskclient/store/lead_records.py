"""Plain rows for the team lead's tools: log review, figures, audit, purge, citizens.

Like `records.py`: services and screens see these, never Peewee objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from .records import AttachmentRow


@dataclass(frozen=True)
class ReviewFilter:
    """What the lead narrows the retained conversations to. Empty fields do not filter.

    `text` is a full-text query: words (all must appear, accents and case ignored),
    `word*` for a prefix, `"two words"` for a phrase. Dates bound the ticket's opening
    (`opened_from` inclusive, `opened_to` exclusive). `citizen` matches name, username
    or phone; `citizen_id` one citizen.
    """

    text: str = ""
    opened_from: datetime | None = None
    opened_to: datetime | None = None
    agent_id: int | None = None
    category: str | None = None
    status: str | None = None
    sla_breached: bool | None = None
    citizen_id: int | None = None
    citizen: str = ""
    on_hold: bool | None = None

    def describe(self) -> str:
        """For the audit log: which filters were used, never the words searched for
        (they may be message text or a citizen's name)."""
        parts = []
        if self.text:
            parts.append(f"text ({len(self.text.split())} words)")
        for name in ("opened_from", "opened_to"):
            value = getattr(self, name)
            if value is not None:
                parts.append(f"{name}={value:%Y-%m-%d}")
        for name in ("agent_id", "category", "status", "sla_breached", "citizen_id", "on_hold"):
            value = getattr(self, name)
            if value is not None:
                parts.append(f"{name}={value}")
        if self.citizen:
            parts.append("citizen (name)")
        return ", ".join(parts) or "no filter"


@dataclass(frozen=True)
class ReviewTicket:
    id: int
    number: str
    citizen_id: int
    citizen_name: str
    status: str
    category: str | None
    assignee_id: int | None
    assignee_login: str | None
    opened_at: datetime
    first_response_due: datetime
    first_response_at: datetime | None
    closed_at: datetime | None
    breached: bool
    hold_reason: str | None
    held_at: datetime | None


@dataclass(frozen=True)
class TicketPage:
    tickets: list[ReviewTicket]
    total: int | None  # None: not counted (a text found in very many messages)
    offset: int
    more: bool = False  # another page follows


@dataclass(frozen=True)
class MessageHit:
    """One message matching a full-text query, with its ticket's header fields."""

    message_id: int
    ticket_id: int
    ticket_number: str
    ticket_status: str
    category: str | None
    assignee_login: str | None
    citizen_name: str
    kind: str
    author_login: str | None
    created_at: datetime
    snippet: str  # a few words around the first match, matches in [brackets]


@dataclass(frozen=True)
class HitPage:
    hits: list[MessageHit]
    next_before: int | None  # pass as `before_id` for the next (older) page; None at the end


@dataclass(frozen=True)
class TranscriptMessage:
    id: int
    kind: str
    notice: str | None
    author: str  # the citizen's name, the agent's name ("" if removed since), or "automatic"
    text: str
    created_at: datetime
    edited_at: datetime | None
    deleted_at: datetime | None
    reply_quote: str | None
    forward_from: str | None
    earlier_texts: tuple[tuple[datetime, str], ...] = ()
    attachments: tuple[AttachmentRow, ...] = ()
    author_login: str | None = None  # an agent's reply or note


@dataclass(frozen=True)
class Transcript:
    ticket: ReviewTicket
    citizen_address: int
    language: str
    purge_date: datetime | None  # None while open, or on legal hold
    messages: tuple[TranscriptMessage, ...] = field(default_factory=tuple)
    assignee_name: str | None = None  # the assigned agent's name, as IT gave it


@dataclass(frozen=True)
class AuditFilter:
    date_from: datetime | None = None  # inclusive
    date_to: datetime | None = None  # exclusive
    agent_id: int | None = None
    action: str | None = None
    ticket_id: int | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    action: str
    agent_login: str | None
    ticket_id: int | None
    ticket_number: str | None
    detail: str


@dataclass(frozen=True)
class TicketFigure:
    """One ticket as the figures see it: anonymous."""

    opened_on: date
    category: str | None
    agent_id: int | None
    first_response_seconds: int | None
    first_response_service_seconds: int | None
    breached: bool


@dataclass(frozen=True)
class CitizenRecord:
    id: int
    account: str
    address: int
    name: str
    username: str | None
    phone: str | None
    language: str | None
    created_at: datetime


@dataclass
class PurgeCounts:
    """What one purge removed (or, in a dry run, would remove)."""

    tickets: int = 0
    messages: int = 0
    edits: int = 0
    attachments: int = 0
    citizens: int = 0
    files: int = 0
    thumbnails: int = 0
    exports: int = 0
    logs: int = 0
    session_entities: int = 0
    # Chats whose history the service account deletes on Telegram (queued in the purge's
    # transaction, done by the duty holder: store/history_deletes.py).
    telegram_chats: int = 0
    # Copies of the SQLite file made before a schema upgrade (store/migrations.py).
    copies: int = 0
    closed_from: datetime | None = None
    closed_to: datetime | None = None

    def add(self, other: "PurgeCounts") -> None:
        for name in ("tickets", "messages", "edits", "attachments", "citizens", "files",
                     "thumbnails", "exports", "logs", "session_entities", "telegram_chats", "copies"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for moment in (other.closed_from, other.closed_to):
            if moment is None:
                continue
            self.closed_from = moment if self.closed_from is None else min(self.closed_from, moment)
            self.closed_to = moment if self.closed_to is None else max(self.closed_to, moment)

    def describe(self) -> str:
        """For the audit log and the command line: counts and dates, nothing else."""
        text = (f"tickets={self.tickets} messages={self.messages} edits={self.edits} "
                f"attachments={self.attachments} citizens={self.citizens} files={self.files} "
                f"thumbnails={self.thumbnails} exports={self.exports} logs={self.logs} "
                f"session_entities={self.session_entities} telegram_chats={self.telegram_chats} "
                f"copies={self.copies}")
        if self.closed_from is not None:
            text += f" closed={self.closed_from:%Y-%m-%d}..{self.closed_to:%Y-%m-%d}"
        return text


@dataclass(frozen=True)
class PurgedChunk:
    """One committed chunk of a purge: its counts, and what lives outside the database
    that must go with it (deleted by the service once the transaction committed)."""

    counts: PurgeCounts
    stored_paths: tuple[str, ...]
    sha256s: tuple[str, ...]
    export_names: tuple[str, ...]
    citizen_addresses: tuple[int, ...]
