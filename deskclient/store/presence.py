"""The citizen's read receipts and typing, as every workstation sees them.

A read receipt is kept: `citizen.seen_up_to`, the Telegram id up to which the citizen
has read what the account sent them (ids of a private chat only grow). Thread reads
mark each sent message at or below it `seen` (thread_reads.py); a receipt that moves it
announces `SEEN` for each ticket that has messages newly read, so the open thread
reads them again, here and (NOTIFY) on every other workstation.

Typing is not kept: `announce_typing` tells the citizen's active ticket `TYPING` (or
`TYPING_STOPPED`) through the same announcements, so a team workstation without a
Telegram session hears it from the service that has one. A citizen without an active
ticket types to nobody.
"""

from __future__ import annotations

from .records import SEEN, TYPING, TYPING_STOPPED


class ReadReceipts:
    """TicketStore mixin (uses `self.m`, `_retrying`, `_announce`)."""

    def record_outbox_read(self, account: str, citizen_address: int, max_id: int) -> tuple[int, ...]:
        """The citizen read the account's messages up to `max_id`; returns the tickets
        whose sent messages became seen (none for an older or repeated receipt, or a
        person the desk never filed)."""
        m = self.m

        def work():
            citizen = (m.Citizen.select(m.Citizen.id, m.Citizen.seen_up_to)
                       .where(m.Citizen.account == account, m.Citizen.address == citizen_address)
                       .first())
            if citizen is None or max_id <= (citizen.seen_up_to or 0):
                return ()
            before = citizen.seen_up_to or 0
            moved = (m.Citizen.update(seen_up_to=max_id)
                     .where(m.Citizen.id == citizen.id,
                            m.Citizen.seen_up_to.is_null(True) | (m.Citizen.seen_up_to < max_id))
                     .execute())
            if not moved:  # another process filed a later receipt meanwhile
                return ()
            tickets = tuple(t for (t,) in (
                m.Message.select(m.Message.ticket).distinct()
                .where(m.Message.citizen == citizen.id, m.Message.kind.in_(("out", "system")),
                       m.Message.channel_message_id > before, m.Message.channel_message_id <= max_id)
                .tuples()))
            for ticket_id in tickets:
                self._announce(SEEN, ticket_id)
            return tickets

        return self._retrying(work)

    def announce_typing(self, account: str, citizen_address: int, typing: bool = True) -> int | None:
        """Tell every window that the citizen types (or stopped); returns their active
        ticket, or None when they have none (then nobody is told)."""
        m = self.m

        def work():
            row = (m.Ticket.select(m.Ticket.id).join(m.Citizen)
                   .where(m.Citizen.account == account, m.Citizen.address == citizen_address,
                          m.Ticket.active == True)  # noqa: E712 (SQL, not Python)
                   .tuples().first())
            if row is None:
                return None
            self._announce(TYPING if typing else TYPING_STOPPED, row[0])
            return row[0]

        return self._retrying(work)
