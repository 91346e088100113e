"""A ticket's language and category beyond what its thread says: an agent's correction
of the language the desk guessed, and the category a citizen chose in answer to the
opening message (issue 14 items 4 and 5). A mixin of `TicketStore`.

The language is the citizen's as well as the ticket's: a correction also holds for the
citizen's later tickets, and every automatic message after it (closing, out of hours, a
refused file) reads it from the ticket.
"""

from __future__ import annotations

from ..errors import TicketGone
from .records import AgentRecord


class CitizenChoices:
    def set_ticket_language(self, ticket_id: int, language: str, by: AgentRecord) -> str:
        """Correct a ticket's (and its citizen's) language; audited. Returns the old one."""
        m = self.m

        def work():
            ticket = m.Ticket.get_or_none(m.Ticket.id == ticket_id)
            if ticket is None:
                raise TicketGone("That ticket no longer exists (it may have been purged).")
            old = ticket.language
            if old != language:
                m.Ticket.update(language=language).where(m.Ticket.id == ticket_id).execute()
                m.Citizen.update(language=language).where(m.Citizen.id == ticket.citizen_id).execute()
                self._audit("language_corrected", by.id, ticket_id, f"{old} -> {language}")
                self._announce("ticket_changed", ticket_id)
            return old

        return self._retrying(work)
