"""What became of messages sent on a channel that reports it per message (WhatsApp), and
what the outbox needs to know before sending there.

- In flight: a send handed to WhatsApp is recorded first (`mark_in_flight`: the row
  stays queued with `next_try_at` at the end of the wait, so `outbox_due` does not offer
  it), and the record is cleared when the send is recorded as sent or failed. After a
  crash, its status webhook (carrying the outbox id) settles it; if none comes, the
  wait runs out and it is offered again (domain/customer_window.py says why).
- Statuses (`record_delivery_status`): sent, delivered, read, failed with a reason, on
  the message the status names (its outbox id, else the citizen and the mapped id).
- The window: when each citizen last wrote, their language and ticket number.

A mixin of TicketStore: it uses `self.m`, `self._retrying`, `self._announce`.
"""

from __future__ import annotations

from datetime import datetime

import peewee as pw

from ..domain.messages import Delivery, DeliveryStatus, MessageKind
from ..errors import TicketGone
from .list_statuses import ListStatuses

QUEUED = Delivery.QUEUED.value
SENT = Delivery.SENT.value
FAILED = Delivery.FAILED.value
RECEIPTS = ("delivered", "read")  # in the order a message reaches them


class DeliveryStatuses(ListStatuses):
    """The outbox's messages' statuses; the lists' sends' come from ListStatuses."""

    def mark_in_flight(self, message_id: int, until: datetime, template: str | None = None) -> None:
        """About to be handed to a channel that may post it twice if sent again: not
        offered again before `until` unless its status comes first. Durable before the
        send (the transaction commits before this returns). `template`: "<name>
        (<language>)" when it goes as an approved template (its bubble says so), None
        when as written (a retry inside the window again)."""
        m = self.m
        self._retrying(lambda: m.Message.update(in_flight_since=self.clock.now(), next_try_at=until,
                                                sent_as_template=template)
                       .where(m.Message.id == message_id, m.Message.delivery == QUEUED).execute())

    def clear_in_flight(self, message_id: int) -> None:
        """The channel refused the send (it did not go): due again at once, unless a
        refusal recorded next says when."""
        m = self.m
        self._retrying(lambda: m.Message.update(in_flight_since=None, next_try_at=None)
                       .where(m.Message.id == message_id, m.Message.delivery == QUEUED).execute())

    def extend_in_flight(self, until: datetime) -> int:
        """Sends in flight when a previous holder of the duty stopped wait until `until`
        at least: the wait counts from when the desk listens again (the status webhooks
        Meta retries reach it only then). Returns how many are waiting."""
        m = self.m

        def work():
            waiting = (m.Message.delivery == QUEUED) & m.Message.in_flight_since.is_null(False)
            m.Message.update(next_try_at=until).where(
                waiting, m.Message.next_try_at.is_null() | (m.Message.next_try_at < until)).execute()
            return m.Message.select().where(waiting).count()

        return self._retrying(work)

    def record_delivery_status(self, status: DeliveryStatus) -> int | None:
        """The channel's word on one message; returns the message's id (None: not one of
        ours, or purged). "sent" settles a send in flight as sent with its ids; "failed"
        fails the message with the reason; "delivered" and "read" are kept as its
        receipt (never going back: a late "delivered" after "read" changes nothing)."""
        m = self.m
        if self.record_list_status(status):  # a list's send (store/list_statuses.py)
            return None

        def work():
            row = self._status_row(status)
            if row is None:
                return None
            changes: dict = {}
            if status.state == FAILED:
                if row.delivery != FAILED and row.receipt is None:  # never after delivered or read
                    changes = {"delivery": FAILED, "failure": (status.reason or "")[:300] or None,
                               "in_flight_since": None, "next_try_at": None}
            elif row.delivery == QUEUED:  # a send in flight at a crash: it went
                changes = {"delivery": SENT, "channel_message_id": status.channel_message_id, "external_id": status.external_id,
                           "sent_at": status.date, "failure": None, "next_try_at": None, "in_flight_since": None}
            if status.state in RECEIPTS and RECEIPTS.index(status.state) > _rank(row.receipt):
                changes["receipt"] = status.state
            if changes:
                m.Message.update(**changes).where(m.Message.id == row.id).execute()
                self._announce("message_changed", row.ticket_id, row.id)
            return row.id

        return self._retrying(work)

    def _status_row(self, status: DeliveryStatus):
        """The message the status is about: by its own id once the send was recorded;
        by the outbox id it was tagged with only while it is in flight and has no id yet.
        A tag on a message recorded under another wamid, or on one never handed to the
        channel, is not that message's status (another desk's tag, a store restored from
        a backup reusing ids while Meta retries for days): nothing."""
        m = self.m
        outgoing = m.Message.kind.in_((MessageKind.OUT.value, MessageKind.SYSTEM.value))
        query = (m.Message.select(m.Message.id, m.Message.ticket, m.Message.delivery, m.Message.receipt,
                                  m.Message.external_id)
                 .join(m.Citizen).where(outgoing, m.Citizen.account == status.account,
                                        m.Citizen.address == status.citizen_address))
        row = query.where(m.Message.channel_message_id == status.channel_message_id).first()
        if row is None and status.outbox_id is not None:
            row = query.where(m.Message.id == status.outbox_id, m.Message.external_id.is_null(),
                              m.Message.in_flight_since.is_null(False)).first()
        return row

    def send_context(self, message_ids: list[int]) -> dict[int, tuple[datetime | None, str | None, str]]:
        """message id → (when its citizen last wrote, their language, the ticket's
        number): what the outbox needs to send on a channel with a window."""
        m = self.m
        if not message_ids:
            return {}
        rows = list(m.Message.select(m.Message.id, m.Message.citizen, m.Citizen.language, m.Ticket.number)
                    .join(m.Citizen).switch(m.Message).join(m.Ticket)
                    .where(m.Message.id.in_(message_ids)).tuples())
        last = self.last_inbound({citizen for _, citizen, _, _ in rows})
        return {mid: (last.get(citizen), language, number) for mid, citizen, language, number in rows}

    def last_inbound(self, citizen_ids: set[int]) -> dict[int, datetime]:
        """citizen id → when they last wrote to the desk (any message of theirs)."""
        m = self.m
        if not citizen_ids:
            return {}
        rows = (m.Message.select(m.Message.citizen, pw.fn.MAX(m.Message.created_at))
                .where(m.Message.citizen.in_(list(citizen_ids)), m.Message.kind == MessageKind.IN.value)
                .group_by(m.Message.citizen).tuples())
        convert = m.Message.created_at.python_value
        return {citizen: convert(at) for citizen, at in rows}

    def ticket_channel(self, ticket_id: int) -> tuple[str, datetime | None]:
        """The ticket's service account and when its citizen last wrote; TicketGone when
        it was purged or erased meanwhile (a sentence for the agent, not a crash)."""
        m = self.m
        row = (m.Ticket.select(m.Citizen.id, m.Citizen.account).join(m.Citizen)
               .where(m.Ticket.id == ticket_id).tuples().first())
        if row is None:
            raise TicketGone("That ticket is no longer in the records (purged or erased).")
        citizen_id, account = row
        return account, self.last_inbound({citizen_id}).get(citizen_id)


def _rank(receipt: str | None) -> int:
    return RECEIPTS.index(receipt) if receipt in RECEIPTS else -1
