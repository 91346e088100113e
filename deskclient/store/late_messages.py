"""A citizen's message filed late still lands where its own time puts it.

A message can be filed hours after the citizen wrote it: the desk was offline, the
database refused writes, a catch-up after the night. The Telegram date decides:

- Written inside a closing ticket's grace, it joins that ticket and flags it, as it
  would have had it been filed at once. If the grace has run out by the time it is
  filed, the agents never had the chance the grace exists for (to see the citizen's
  last words and reopen): so the ticket goes back to *closing* with a fresh grace from
  the moment of filing. A ticket the closing sweep (`finalize_expired`) already closed for
  good is revived the same way, provided the citizen has no other active ticket; if
  they do, the message joins that one (where the conversation now goes on). The sweep
  itself does not wait: it cannot know of messages Telegram has not handed over yet,
  and a ticket left *closing* for ever would be worse than one revived when needed.
- Written after the grace, it opens a new ticket dated with the message, so the
  response deadline runs from when the citizen wrote (a message sent at 10:00 and
  filed at 13:00, with a 2-hour SLA, is due at 12:00), and the out-of-hours notice
  follows the hour it was written at.
"""

from __future__ import annotations

from datetime import datetime

from peewee import IntegrityError

from ..domain.rules import DeskRules
from ..domain.tickets import TicketStatus


class LateMessages:
    """TicketStore mixin, used inside the ingest transaction."""

    def _grace_again(self, ticket_id: int) -> None:
        """A fresh grace from now for a closing ticket a late message joins."""
        m = self.m
        m.Ticket.update(closing_at=self.clock.now()).where(m.Ticket.id == ticket_id).execute()

    def _revive_for_late_message(self, citizen_id: int, written_at: datetime, rules: DeskRules):
        """The closed ticket whose grace covered `written_at`, back to closing with a fresh
        grace; None when there is none (the caller opens a new ticket)."""
        m = self.m
        p = self.db.param
        # Plain SQL: this runs for every ticket opened, on the ingest's hot path.
        row = self.db.execute_sql(
            "SELECT id, number, language, out_of_hours_notified, closing_at FROM ticket "
            f"WHERE citizen_id = {p} AND status = 'closed' AND closing_at IS NOT NULL "
            f"AND closing_at <= {p} ORDER BY closing_at DESC LIMIT 1",
            (citizen_id, m.Ticket.closing_at.db_value(written_at))).fetchone()
        if row is None or rules.closing.is_final(m.Ticket.closing_at.python_value(row[4]), written_at):
            return None
        ticket_id, number, language, out_of_hours_notified = row[:4]
        try:
            with self.db.atomic():
                m.Ticket.update(status=TicketStatus.CLOSING.value, active=True, closed_at=None,
                                closing_at=self.clock.now()).where(m.Ticket.id == ticket_id).execute()
                # Its figures are written again when it closes for good this time.
                m.TicketStat.delete().where(m.TicketStat.ticket_id == ticket_id).execute()
        except IntegrityError:
            return None  # another workstation opened a ticket for this citizen meanwhile
        self._announce("ticket_changed", ticket_id)
        return ticket_id, number, TicketStatus.CLOSING.value, language, bool(out_of_hours_notified)
