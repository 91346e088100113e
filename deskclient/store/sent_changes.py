"""Edits and deletions of sent messages that the duty holder makes on Telegram.

A workstation without a session (`telegram.session = none`) cannot reach Telegram: an
agent's edit or deletion of their own sent message is recorded at once (the thread
shows it, the audit log has it) and marked `pending_change`; the duty holder's
`SentChanges` job (services/sent_changes.py) makes it on Telegram, with the citizen's
stored access hash, and clears the mark. An edit made again before the first one went
replaces it: what goes is always the record's current text.

A TicketStore mixin (uses `self.m`, `self.clock`, `self._retrying`, `self._audit`,
`self._announce`, `self.own_sent_message`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import peewee as pw

from .records import AgentRecord

EDIT, DELETE = "edit", "delete"


@dataclass(frozen=True)
class SentChange:
    message_id: int
    ticket_id: int
    action: str  # EDIT or DELETE
    channel_message_id: int
    text: str  # for an edit: the text the citizen should now see
    citizen_address: int
    access_hash: int | None
    attempts: int


class SentChanges:
    def queue_own_edit(self, message_id: int, text: str, by: AgentRecord) -> None:
        """Record the new text now; the duty holder puts it on Telegram."""
        self.own_sent_message(message_id)  # an agent's sent message, not deleted
        m = self.m
        now = self.clock.now()

        def work():
            message = m.Message.get_by_id(message_id)
            m.MessageEdit.create(message=message_id, previous_text=message.text, replaced_at=now)
            m.Message.update(text=text, edited_at=now, pending_change=EDIT, attempts=0, next_try_at=None,
                             failure=None).where(m.Message.id == message_id).execute()
            self._audit("edit_sent", by.id, message.ticket_id, "queued for the service")
            self._announce("message_changed", message.ticket_id, message_id)

        self._retrying(work)

    def queue_own_deletion(self, message_id: int, by: AgentRecord) -> None:
        """Mark the message deleted now (the record keeps it); the duty holder deletes it
        for the citizen too."""
        self.own_sent_message(message_id)
        m = self.m
        now = self.clock.now()

        def work():
            message = m.Message.get_by_id(message_id)
            m.Message.update(deleted_at=now, pending_change=DELETE, attempts=0, next_try_at=None,
                             failure=None).where(m.Message.id == message_id).execute()
            self._audit("delete_sent", by.id, message.ticket_id, "queued for the service")
            self._announce("message_changed", message.ticket_id, message_id)

        self._retrying(work)

    def pending_sent_changes(self, now: datetime, limit: int = 50) -> list[SentChange]:
        """The changes due now, oldest message first."""
        m = self.m
        rows = (m.Message.select(m.Message.id, m.Message.ticket, m.Message.pending_change,
                                 m.Message.channel_message_id, m.Message.text, m.Message.attempts,
                                 m.Citizen.address, m.Citizen.access_hash)
                .join(m.Citizen)
                .where(m.Message.pending_change.is_null(False),
                       m.Message.next_try_at.is_null() | (m.Message.next_try_at <= now))
                .order_by(m.Message.id).limit(limit))
        return [SentChange(r.id, r.ticket_id, r.pending_change, r.channel_message_id, r.text,
                           r.citizen.address, r.citizen.access_hash, r.attempts or 0)
                for r in rows]

    def next_sent_change_at(self) -> datetime | None:
        """When the earliest change waiting for a retry becomes due (None: none waits)."""
        m = self.m
        later = (m.Message.select(pw.fn.MIN(m.Message.next_try_at))
                 .where(m.Message.pending_change.is_null(False), m.Message.next_try_at.is_null(False))
                 .scalar())
        if later is not None and later.tzinfo is None:
            later = m.Message.next_try_at.python_value(later)
        return later

    def sent_change_done(self, change: SentChange) -> None:
        """Telegram has it. An edit made again meanwhile (other text) stays pending."""
        m = self.m

        def work():
            query = m.Message.update(pending_change=None, attempts=0, next_try_at=None, failure=None) \
                .where(m.Message.id == change.message_id, m.Message.pending_change == change.action)
            if change.action == EDIT:
                query = query.where(m.Message.text == change.text)
            if query.execute():
                self._announce("message_changed", change.ticket_id, change.message_id)

        self._retrying(work)

    def sent_change_refused(self, change: SentChange, reason: str, retry_at: datetime | None) -> None:
        """Tried again at `retry_at`, or (None) given up: the mark goes and `failure`
        says why the citizen still sees the message as it was."""
        m = self.m

        def work():
            where = (m.Message.id == change.message_id) & (m.Message.pending_change == change.action)
            if retry_at is not None:
                m.Message.update(attempts=change.attempts + 1, next_try_at=retry_at).where(where).execute()
                return
            what = "edit" if change.action == EDIT else "deletion"
            failure = f"The {what} did not reach the citizen: {reason}"
            if m.Message.update(pending_change=None, next_try_at=None, failure=failure[:300]).where(where).execute():
                self._announce("message_changed", change.ticket_id, change.message_id)

        self._retrying(work)
