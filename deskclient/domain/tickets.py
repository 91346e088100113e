"""Ticket states, numbers and the closing-grace rule (PRODUCT.md, "Tickets")."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta


class TicketStatus(str, enum.Enum):
    OPEN = "open"
    CLOSING = "closing"  # closing message sent; the citizen may still write into it
    CLOSED = "closed"

    @property
    def is_active(self) -> bool:
        """Active tickets are the ones a citizen's next message joins."""
        return self is not TicketStatus.CLOSED


class Role(str, enum.Enum):
    AGENT = "agent"
    LEAD = "lead"


def format_ticket_number(prefix: str, year: int, sequence: int) -> str:
    """`2026-000123`, or `CAU-2026-000123` with a prefix: readable over the phone."""
    core = f"{year}-{sequence:06d}"
    return f"{prefix}-{core}" if prefix else core


@dataclass(frozen=True)
class ClosingPolicy:
    grace: timedelta

    def grace_ends(self, closing_at: datetime) -> datetime:
        return closing_at + self.grace

    def is_final(self, closing_at: datetime, now: datetime) -> bool:
        """After the grace the ticket is closed for good; the next message opens a new one."""
        return now >= self.grace_ends(closing_at)


@dataclass(frozen=True)
class SlaState:
    due: datetime
    responded_at: datetime | None
    left: timedelta  # service time left; negative once breached

    @property
    def breached(self) -> bool:
        if self.responded_at is not None:
            return self.responded_at > self.due
        return self.left <= timedelta()
