"""What the citizen panel beside a thread reads: who the citizen is, their tickets, and
the agents' notes on them. Short indexed reads (the citizen's row, `ticket.citizen_id`,
`message`'s (citizen, …) index), fine on the GUI thread."""

from __future__ import annotations

import peewee as pw

from ..domain.messages import MessageKind
from ..errors import TicketGone
from .records import CitizenCard, CitizenNote, TicketRow


class CitizenReads:
    """TicketStore mixin (uses `self.db`, `self.m`, `_ticket_rows`)."""

    def citizen_card(self, citizen_id: int) -> CitizenCard:
        m = self.m
        citizen = m.Citizen.get_or_none(m.Citizen.id == citizen_id)
        if citizen is None:
            raise TicketGone("That citizen is no longer in the records (erased).")
        count = m.Ticket.select().where(m.Ticket.citizen == citizen_id).count()
        return CitizenCard(id=citizen.id, name=citizen.name, username=citizen.username,
                           language=citizen.language, telegram_user_id=citizen.telegram_user_id,
                           tickets=count)

    def citizen_tickets(self, citizen_id: int, offset: int = 0, limit: int = 50) -> list[TicketRow]:
        """The citizen's tickets, newest first."""
        p = self.db.param
        return self._ticket_rows(f"t.citizen_id = {p}", [citizen_id, limit, offset],
                                 f"ORDER BY t.opened_at DESC, t.id DESC LIMIT {p} OFFSET {p}")

    def citizen_notes(self, citizen_id: int, limit: int = 50) -> list[CitizenNote]:
        """The agents' internal notes on any of the citizen's tickets, newest first: what
        one agent noted about them reaches whoever answers them next (and goes with its
        ticket when the retention purge or an erasure takes it)."""
        m = self.m
        rows = (m.Message.select(m.Message.id, m.Message.ticket, m.Ticket.number, m.Agent.login,
                                 m.Message.created_at, m.Message.text)
                .join(m.Ticket).switch(m.Message).join(m.Agent, pw.JOIN.LEFT_OUTER)
                .where(m.Message.citizen == citizen_id, m.Message.kind == MessageKind.NOTE.value)
                .order_by(m.Message.created_at.desc(), m.Message.id.desc()).limit(limit).tuples())
        convert = m.Message.created_at.python_value
        return [CitizenNote(message_id=r[0], ticket_id=r[1], ticket_number=r[2], author_login=r[3],
                            created_at=convert(r[4]), text=r[5]) for r in rows]

    def citizen_accounts(self, user_id: int) -> list[str]:
        """The service accounts a conversation address was filed under (a desk with
        several channels routes a call about a citizen by it: net/gateway_router.py)."""
        m = self.m
        return [a for (a,) in m.Citizen.select(m.Citizen.account)
                .where(m.Citizen.telegram_user_id == user_id).tuples()]
