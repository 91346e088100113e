"""What the citizen panel beside a thread reads: who the citizen is, their tickets, and
the agents' notes on them. Short indexed reads (the citizen's row, `ticket.citizen_id`,
`message`'s (citizen, …) index), fine on the GUI thread.

The same person on two channels is two citizens until a lead links them (PRODUCT.md,
Channels): linked citizens share `person_id`, and each one's panel reads the tickets and
notes of all of them. A lead's link and unlink (the only writes here) set it."""

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
        person = self.person_of(citizen_id)
        count = m.Ticket.select().where(m.Ticket.citizen.in_(person)).count()
        linked = tuple((c.name, c.channel) for c in m.Citizen.select(m.Citizen.name, m.Citizen.channel)
                       .where(m.Citizen.id.in_(person), m.Citizen.id != citizen_id).order_by(m.Citizen.id))
        return CitizenCard(id=citizen.id, name=citizen.name, username=citizen.username,
                           language=citizen.language, address=citizen.address,
                           tickets=count, channel=citizen.channel, phone=citizen.phone, linked=linked)

    def person_of(self, citizen_id: int) -> list[int]:
        """The ids of the citizens that are one person with this one (itself included)."""
        m = self.m
        person = (m.Citizen.select(m.Citizen.person_id).where(m.Citizen.id == citizen_id).scalar())
        if person is None:
            return [citizen_id]
        return [i for (i,) in m.Citizen.select(m.Citizen.id).where(m.Citizen.person_id == person).tuples()]

    def citizen_tickets(self, citizen_id: int, offset: int = 0, limit: int = 50) -> list[TicketRow]:
        """The citizen's tickets (and those of citizens linked to them), newest first."""
        p = self.db.param
        person = self.person_of(citizen_id)
        return self._ticket_rows(f"t.citizen_id IN ({', '.join([p] * len(person))})", [*person, limit, offset],
                                 f"ORDER BY t.opened_at DESC, t.id DESC LIMIT {p} OFFSET {p}")

    def ticket_numbered(self, number: str) -> TicketRow | None:
        found = self._ticket_rows(f"t.number = {self.db.param}", [number])
        return found[0] if found else None

    def link_citizens(self, first_id: int, second_id: int) -> list[int]:
        """A lead's link: the two citizens, and whoever either was linked with, become one
        person (`person_id` = the lowest of their ids). Returns the person's citizen ids."""
        m = self.m

        def work() -> list[int]:
            rows = list(m.Citizen.select(m.Citizen.id, m.Citizen.person_id)
                        .where(m.Citizen.id.in_([first_id, second_id])).tuples())
            if len(rows) != 2:
                raise TicketGone("That citizen is no longer in the records (erased).")
            persons = [p for _, p in rows if p is not None]
            ids = {i for i, _ in rows} | {i for (i,) in m.Citizen.select(m.Citizen.id)
                                          .where(m.Citizen.person_id.in_(persons)).tuples()}
            m.Citizen.update(person_id=min(ids)).where(m.Citizen.id.in_(sorted(ids))).execute()
            return sorted(ids)

        return self._retrying(work)

    def unlink_citizen(self, citizen_id: int) -> list[int]:
        """A lead's unlink: the citizen is a person of their own again; those they were
        linked with stay one person if two or more remain (`person_id` = the lowest of
        theirs). Returns the ids they were linked with ([] when nobody)."""
        m = self.m

        def work() -> list[int]:
            others = [i for i in self.person_of(citizen_id) if i != citizen_id]
            if not others:
                return []
            m.Citizen.update(person_id=None).where(m.Citizen.id == citizen_id).execute()
            m.Citizen.update(person_id=min(others) if len(others) > 1 else None) \
                .where(m.Citizen.id.in_(others)).execute()
            return others

        return self._retrying(work)

    def citizen_notes(self, citizen_id: int, limit: int = 50) -> list[CitizenNote]:
        """The agents' internal notes on any of the citizen's (or linked citizens') tickets, newest first: what
        one agent noted about them reaches whoever answers them next (and goes with its
        ticket when the retention purge or an erasure takes it)."""
        m = self.m
        rows = (m.Message.select(m.Message.id, m.Message.ticket, m.Ticket.number, m.Agent.login,
                                 m.Message.created_at, m.Message.text)
                .join(m.Ticket).switch(m.Message).join(m.Agent, pw.JOIN.LEFT_OUTER)
                .where(m.Message.citizen.in_(self.person_of(citizen_id)), m.Message.kind == MessageKind.NOTE.value)
                .order_by(m.Message.created_at.desc(), m.Message.id.desc()).limit(limit).tuples())
        convert = m.Message.created_at.python_value
        return [CitizenNote(message_id=r[0], ticket_id=r[1], ticket_number=r[2], author_login=r[3],
                            created_at=convert(r[4]), text=r[5]) for r in rows]

    def citizen_accounts(self, address: int) -> list[str]:
        """The service accounts a conversation address was filed under (a desk with
        several channels routes a call about a citizen by it: net/gateway_router.py)."""
        m = self.m
        return [a for (a,) in m.Citizen.select(m.Citizen.account)
                .where(m.Citizen.address == address).tuples()]
