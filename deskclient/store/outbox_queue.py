"""The outbox as a queue: what is due, per conversation, and what became of each try.

Order is kept per conversation (one citizen), not across the desk: only the oldest
queued message of each citizen is offered (`outbox_due`), so a message Telegram keeps
refusing holds back its own citizen's later messages while it waits for a retry, and
nobody else's. Agents' replies are offered before automatic notices. Like Procrastinate's
queue with one lock per conversation, except that a single duty holder sends, so no row
locks are needed (services/duty.py).

A mixin of TicketStore: it uses `self.m`, `self._retrying`, `self._announce`,
`self._audit` and `self.clock`.
"""

from __future__ import annotations

import secrets
from datetime import datetime

import peewee as pw

from ..domain.messages import Delivery, MessageKind, OutboundMessage
from ..domain.pacing import retry_delay
from ..errors import GAVE_UP_AFTER, TicketConflict

QUEUED = Delivery.QUEUED.value
FAILED = Delivery.FAILED.value


class OutboxQueue:
    def _outbound(self, rows) -> list[OutboundMessage]:
        """Rows of Message (with their citizen) as the gateway takes them; one query for files."""
        m = self.m
        rows = list(rows)
        files, quoted = {}, {}
        if rows:
            for a in m.Attachment.select().where(m.Attachment.message.in_([r.id for r in rows])):
                files.setdefault(a.message_id, a)
            quoted = self._quoted_external_ids(rows)
        out = []
        for row in rows:
            attachment = files.get(row.id)
            out.append(OutboundMessage(
                message_id=row.id, citizen_address=row.citizen.address,
                text=row.text, random_id=row.random_id,
                file_path=attachment.stored_path if attachment else None,
                file_name=attachment.file_name if attachment else None,
                reply_to_channel_message_id=row.reply_to_channel_message_id,
                automatic=row.kind == MessageKind.SYSTEM.value,
                access_hash=row.citizen.access_hash,
                attempts=row.attempts or 0,
                notice=row.notice, ticket_id=row.ticket_id,
                reply_to_external_id=quoted.get((row.citizen.id, row.reply_to_channel_message_id)),
                account=row.citizen.account,
            ))
        return out

    def _quoted_external_ids(self, rows) -> dict[tuple[int, int], str]:
        """(citizen id, channel message id) → the quoted message's own id, for replies quoting a
        message whose channel id is not an int (WhatsApp's `context.message_id`)."""
        m = self.m
        wanted = {(r.citizen.id, r.reply_to_channel_message_id) for r in rows if r.reply_to_channel_message_id is not None}
        if not wanted:
            return {}
        found = (m.Message.select(m.Message.citizen, m.Message.channel_message_id, m.Message.external_id)
                 .where(m.Message.citizen.in_([c for c, _ in wanted]),
                        m.Message.channel_message_id.in_([t for _, t in wanted]),
                        m.Message.external_id.is_null(False)).tuples())
        return {(c, t): e for c, t, e in found if (c, t) in wanted}

    def _queued_rows(self):
        m = self.m
        return (m.Message.select(m.Message, m.Citizen.id, m.Citizen.address, m.Citizen.access_hash,
                                 m.Citizen.account)
                .join(m.Citizen).where(m.Message.delivery == QUEUED))

    def outbox(self, limit: int = 50) -> list[OutboundMessage]:
        """Queued outgoing messages, oldest first (whatever their conversation)."""
        return self._outbound(self._queued_rows().order_by(self.m.Message.id).limit(limit))

    def outbox_length(self) -> int:
        return self.m.Message.select().where(self.m.Message.delivery == QUEUED).count()

    def outbox_due(self, now: datetime, limit: int = 200) -> tuple[list[OutboundMessage], datetime | None]:
        """The head of each conversation's queue that may be tried now, replies before
        notices, then oldest first; and the earliest moment a waiting head becomes due."""
        m = self.m
        heads = (m.Message.select(pw.fn.MIN(m.Message.id))
                 .where(m.Message.delivery == QUEUED).group_by(m.Message.citizen))
        rows = (self._queued_rows()
                .where(m.Message.id.in_(heads),
                       m.Message.next_try_at.is_null() | (m.Message.next_try_at <= now))
                .order_by(m.Message.kind == MessageKind.SYSTEM.value, m.Message.id).limit(limit))
        later = (m.Message.select(pw.fn.MIN(m.Message.next_try_at))
                 .where(m.Message.delivery == QUEUED, m.Message.next_try_at > now).scalar())
        if later is not None and later.tzinfo is None:
            later = m.Message.next_try_at.python_value(later)
        return self._outbound(rows), later

    def mark_sent(self, message_id: int, channel_message_id: int | None, sent_at: datetime,
                  external_id: str | None = None) -> None:
        self.mark_sent_many([(message_id, channel_message_id, sent_at, external_id)])

    def mark_sent_many(self, receipts: list[tuple]) -> None:
        """Several sends recorded in one transaction: (message id, channel message id, sent at),
        and the channel's own id (SentReceipt.external_id) as a fourth if not None."""
        m = self.m

        def work():
            tickets = dict(m.Message.select(m.Message.id, m.Message.ticket)
                           .where(m.Message.id.in_([r[0] for r in receipts])).tuples())
            for message_id, channel_message_id, sent_at, *external in receipts:
                if message_id not in tickets:
                    continue  # purged meanwhile
                # A failed status webhook (WhatsApp) may come before the send's answer is recorded.
                m.Message.update(delivery=Delivery.SENT.value, channel_message_id=channel_message_id, sent_at=sent_at,
                                 external_id=external[0] if external else None, in_flight_since=None,
                                 failure=None, next_try_at=None).where(m.Message.id == message_id,
                                                                       m.Message.delivery != FAILED).execute()
                self._announce("message_changed", tickets[message_id], message_id)

        self._retrying(work)

    def mark_failed(self, message_id: int, reason: str) -> None:
        """Given up: the agent sees the reason and may retry or edit it."""
        m = self.m

        def work():
            message = m.Message.get_or_none(m.Message.id == message_id)
            if message is None:
                return
            m.Message.update(delivery=FAILED, failure=reason[:300], next_try_at=None, in_flight_since=None) \
                .where(m.Message.id == message_id).execute()
            self._announce("message_changed", message.ticket_id, message_id)

        self._retrying(work)

    def note_refusal(self, message_id: int, reason: str, max_attempts: int) -> bool:
        """One more try refused: tried again later with backoff, or failed (True) once
        `max_attempts` tries were refused."""
        m = self.m
        now = self.clock.now()

        def work():
            message = m.Message.get_or_none(m.Message.id == message_id)
            if message is None:
                return True
            attempts = (message.attempts or 0) + 1
            if attempts >= max_attempts:
                failure = GAVE_UP_AFTER.format(reason=reason, tries=attempts)
                m.Message.update(delivery=FAILED, failure=failure[:300], attempts=attempts, next_try_at=None) \
                    .where(m.Message.id == message_id).execute()
                self._announce("message_changed", message.ticket_id, message_id)
                return True
            m.Message.update(attempts=attempts, next_try_at=now + retry_delay(attempts)) \
                .where(m.Message.id == message_id).execute()
            return False

        return self._retrying(work)

    def retry(self, message_id: int) -> None:
        """Put a failed message back in the outbox, with the same random_id and fresh tries."""
        m = self.m

        def work():
            message = m.Message.get_by_id(message_id)
            m.Message.update(delivery=QUEUED, failure=None, attempts=0, next_try_at=None) \
                .where(m.Message.id == message_id, m.Message.delivery == FAILED).execute()
            self._announce("message_changed", message.ticket_id, message_id)

        self._retrying(work)

    def edit_failed(self, message_id: int, text: str, by) -> None:
        """A failed message with new text, queued again. It gets a new random_id: what the
        citizen will get is a different message, never mistaken for the refused one."""
        m = self.m
        now = self.clock.now()

        def work():
            message = m.Message.get_or_none(m.Message.id == message_id)
            if message is None or message.delivery != FAILED:
                raise TicketConflict("Only a message that was not sent can be changed and sent again.")
            m.MessageEdit.create(message=message_id, previous_text=message.text, replaced_at=now)
            m.Message.update(text=text, edited_at=now, delivery=QUEUED, failure=None, attempts=0,
                             next_try_at=None, random_id=new_random_id()) \
                .where(m.Message.id == message_id).execute()
            self._audit("edit_failed", by.id, message.ticket_id)
            self._announce("message_changed", message.ticket_id, message_id)

        self._retrying(work)


def new_random_id() -> int:
    """Telegram's random_id: a signed 64-bit number chosen once, before the first send
    (a second send with it is RANDOM_ID_DUPLICATE, never a second message)."""
    return int.from_bytes(secrets.token_bytes(8), "big", signed=True)
