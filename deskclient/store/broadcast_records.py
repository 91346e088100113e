"""Plain rows of broadcast lists, as the store hands them to services and windows.

Like `records.py`: nobody outside the store sees a Peewee object. Shapes are part of the
API in services/broadcasts.py (the composer, progress and report windows read these).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

# Broadcast.state
SCHEDULED = "scheduled"  # waiting for its time (send now: its time is now)
SENDING = "sending"  # its recipients are listed; the duty holder is sending
DONE = "done"  # every recipient settled (sent, failed, left)
CANCELLED = "cancelled"  # stopped by a lead; recipients not yet sent were not

# BroadcastRecipient.state (and ListNotice's first three)
QUEUED = "queued"
SENT = "sent"
FAILED = "failed"
LEFT = "left"  # unsubscribed before their turn: not sent
SKIPPED = "cancelled"  # the broadcast was cancelled before their turn


@dataclass(frozen=True)
class BroadcastFigures:
    """Where a broadcast's recipients are. `unsubscribed`: failures that took the
    subscriber off the list (blocked the account, deleted their own), among `failed`."""

    total: int = 0
    queued: int = 0
    sent: int = 0
    failed: int = 0
    left: int = 0
    cancelled: int = 0
    unsubscribed: int = 0

    @property
    def settled(self) -> int:
        return self.total - self.queued


@dataclass(frozen=True)
class BroadcastRow:
    id: int
    created_at: datetime
    created_by: str | None  # the agent's display name
    topics: tuple[str, ...]
    languages: tuple[str, ...]  # of its texts, the default first
    default_language: str
    send_at: datetime
    state: str
    started_at: datetime | None
    finished_at: datetime | None
    preview: str  # the default text's start, for a list
    file_name: str | None
    figures: BroadcastFigures = field(default_factory=BroadcastFigures)
    recipients_purged: bool = False  # past retention: figures kept, rows gone
    waits_for: tuple[str, ...] = ()  # channels whose account is not known yet: their subscribers come later


@dataclass(frozen=True)
class FailureCount:
    reason: str
    count: int
    unsubscribed: int  # of them, taken off the list for it


@dataclass(frozen=True)
class RecipientRow:
    """One line of a broadcast's CSV export: no address, no name."""

    id: int
    language: str
    state: str
    reason: str | None
    unsubscribed: bool
    sent_at: datetime | None
    attempts: int


@dataclass(frozen=True)
class BroadcastFile:
    """A broadcast's file as composed: checked by the file policy, copied under
    `<data dir>/broadcasts/<path>`."""

    name: str
    kind: str
    size: int
    sha256: str
    path: str  # relative to <data dir>/broadcasts


@dataclass(frozen=True)
class ListSend:
    """One message the duty holder sends for the lists: a subscriber's copy of a
    broadcast (`broadcast_id` set) or a confirmation / notice (`broadcast_id` None)."""

    id: int
    broadcast_id: int | None
    address: int
    access_hash: int | None
    language: str
    random_id: int
    attempts: int
    text: str = ""  # a notice's own text; a broadcast's comes from its texts
    account: str | None = None  # the service account it goes out on (None: the desk's first)
    written_at: datetime | None = None  # a notice: when the message it answers came (WhatsApp's window)
    urgent: bool = False  # a copy of an urgent broadcast (`lists.urgent_topics`): before other copies

    @property
    def key(self) -> tuple[str, int]:
        return ("notice" if self.broadcast_id is None else "recipient", self.id)

    @property
    def outbox_id(self) -> int:
        """Its tag on WhatsApp (biz_opaque_callback_data): negative, so a status never
        names an outbox message (those ids are positive); list_send_of() reads it back."""
        return -(2 * self.id + (0 if self.broadcast_id is None else 1)) - 1


def list_send_of(outbox_id: int) -> tuple[str, int]:
    """("notice" or "recipient", row id) from ListSend.outbox_id."""
    n = -outbox_id - 1
    return ("recipient" if n % 2 else "notice"), n // 2


@dataclass(frozen=True)
class ListOutcome:
    """What a keyword message did. `kind`: the text sent back (subscribed, changed,
    unsubscribed); `duplicate`: this message was handled before (another process)."""

    duplicate: bool
    kind: str | None = None
    topics: tuple[str, ...] = ()
    notice_id: int | None = None


@dataclass(frozen=True)
class SubscriberCounts:
    total: int
    by_language: dict[str, int]
    by_topic: dict[str, int]
