"""The lists' sends on WhatsApp, whose sends are not idempotent: in flight before each
goes (a crash leaves it waiting for its status webhook, as an outbox message does:
store/delivery_status.py), what the status webhooks say of them, and how many copies
went out in a day (the number's messaging tier).

A status names a list send by its tag (ListSend.outbox_id, negative). "sent",
"delivered" and "read" settle a copy in flight as sent; "failed" fails it with the
reason (the report counts it). A notice keeps no text once sent, as on Telegram.

A mixin of TicketStore: it uses `self.m`, `self._retrying`, `self._announce`.
"""

from __future__ import annotations

from datetime import datetime

from ..domain.messages import DeliveryStatus
from .broadcast_records import FAILED, QUEUED, SENT, ListSend, list_send_of


class ListStatuses:
    def _list_table(self, kind: str):
        return self.m.ListNotice if kind == "notice" else self.m.BroadcastRecipient

    def mark_list_in_flight(self, send: ListSend, until: datetime) -> None:
        """About to be handed to WhatsApp: not offered again before `until` unless its
        status settles it first (durable before the send)."""
        table = self._list_table(send.key[0])
        self._retrying(lambda: table.update(in_flight_since=self.clock.now(), next_try_at=until)
                       .where(table.id == send.id, table.state == QUEUED).execute())

    def clear_list_in_flight(self, send: ListSend) -> None:
        """WhatsApp refused it (it did not go): due again at once."""
        table = self._list_table(send.key[0])
        self._retrying(lambda: table.update(in_flight_since=None, next_try_at=None)
                       .where(table.id == send.id, table.state == QUEUED).execute())

    def extend_list_in_flight(self, until: datetime) -> int:
        """Sends in flight when sending last stopped wait until `until` at least (the
        wait counts from when the desk listens again); how many are waiting."""
        def work():
            waiting = 0
            for table in (self.m.ListNotice, self.m.BroadcastRecipient):
                flying = (table.state == QUEUED) & table.in_flight_since.is_null(False)
                table.update(next_try_at=until).where(
                    flying, table.next_try_at.is_null() | (table.next_try_at < until)).execute()
                waiting += table.select().where(flying).count()
            return waiting

        return self._retrying(work)

    def record_list_status(self, status: DeliveryStatus) -> bool:
        """The status of a list send (its tag is negative); False when it is not one."""
        if status.outbox_id is None or status.outbox_id >= 0:
            return False
        kind, row_id = list_send_of(status.outbox_id)
        table = self._list_table(kind)

        def work():
            row = table.get_or_none(table.id == row_id, table.account == status.account) if kind == "notice" else \
                table.get_or_none(table.id == row_id)
            if row is None or not _its_status(row, status):
                return
            if status.state == FAILED and row.state in (QUEUED, SENT):
                changes = {"state": FAILED, "next_try_at": None, "in_flight_since": None}
                if kind == "notice":
                    changes.update(address=None, access_hash=None, text="")
                else:
                    changes["reason"] = (status.reason or "")[:300] or None
            elif status.state != FAILED and row.state == QUEUED:  # went: settles a send in flight
                changes = {"state": SENT, "next_try_at": None, "in_flight_since": None}
                if kind == "notice":
                    changes.update(address=None, access_hash=None, text="")
                else:
                    changes.update(channel_message_id=status.channel_message_id, sent_at=status.date, reason=None)
            else:
                return
            table.update(**changes).where(table.id == row_id).execute()
            if kind == "recipient":
                self._announce("broadcast_changed", 0, row.broadcast_id)

        self._retrying(work)
        return True

    def list_copies_sent_since(self, account: str, since: datetime) -> int:
        """Broadcast copies sent on `account` since then: WhatsApp's messaging tier
        bounds how many citizens a number may start conversations with in 24 hours."""
        r = self.m.BroadcastRecipient
        return r.select().where(r.account == account, r.state == SENT, r.sent_at > since).count()


def _its_status(row, status: DeliveryStatus) -> bool:
    """The status is this send's: it is in flight (tagged, no id of its own yet), or a
    copy recorded under the status's own id. Not another desk's tag, a store restored
    from a backup reusing ids, a resend's twin."""
    if getattr(row, "account", None) not in (None, status.account):
        return False
    sent_as = getattr(row, "channel_message_id", None)  # a copy's id once recorded (a notice keeps none)
    if sent_as is not None:
        return sent_as == status.channel_message_id
    return row.state == QUEUED and row.in_flight_since is not None
