"""A ticket's language and category beyond what its thread says: an agent's correction
of the language the desk guessed, and the category a citizen chose in answer to the
opening message (issue 14 items 4 and 5). A mixin of `TicketStore`.

The language is the citizen's as well as the ticket's: a correction also holds for the
citizen's later tickets, and every automatic message after it (closing, out of hours, a
refused file) reads it from the ticket.
"""

from __future__ import annotations

from dataclasses import replace

from ..domain.category_choice import CategoryQuestion
from ..domain.messages import OutboundMessage
from ..errors import TicketGone
from .records import AgentRecord

ASKED, BY_CITIZEN = "asked", "citizen"  # ticket.category_choice


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

    # -- the category the citizen chooses (tickets.category_choice) ----------------------

    def _category_step(self, ticket_id: int, opened: bool, text: str, rules) -> None:
        """Inside `_ingest`'s transaction, when the deployment asks citizens to choose: a
        ticket just opened is marked as asked (its opening message lists the categories);
        a later message that answers (a number, a label) files the ticket under it, once."""
        m = self.m
        if opened:
            m.Ticket.update(category_choice=ASKED).where(m.Ticket.id == ticket_id).execute()
            return
        category = rules.category_question.answer(text)
        if category is not None:
            self._citizen_chose(ticket_id, category)

    def _citizen_chose(self, ticket_id: int, category: str) -> bool:
        m = self.m
        chosen = (m.Ticket.update(category=category, category_choice=BY_CITIZEN)
                  .where((m.Ticket.id == ticket_id) & (m.Ticket.category_choice == ASKED)).execute())
        if chosen:
            self._audit("category_chosen", None, ticket_id, f"by the citizen: {category}")
            self._announce("ticket_changed", ticket_id)
        return bool(chosen)

    def citizen_pressed_category(self, account: str, citizen_address: int, channel_message_id: int,
                                 category: str) -> tuple[str | None, bool]:
        """A button under an opening message was pressed: (the ticket's language, whether
        the ticket is now filed under `category`). Only the button of the citizen's
        active ticket counts, and only while the question is open; (None, False) when
        the message is no active ticket's."""
        m = self.m

        def work():
            row = (m.Ticket.select(m.Ticket.id, m.Ticket.language)
                   .join(m.Message, on=(m.Message.ticket == m.Ticket.id))
                   .join(m.Citizen, on=(m.Message.citizen == m.Citizen.id))
                   .where((m.Citizen.account == account) & (m.Citizen.address == citizen_address)
                          & (m.Message.channel_message_id == channel_message_id) & m.Ticket.active)
                   .first())
            if row is None:
                return None, False
            return row.language, self._citizen_chose(row.id, category)

        return self._retrying(work)

    def category_chosen_by_citizen(self, ticket_id: int) -> bool:
        """Whether the ticket's category is the citizen's own choice (no agent changed it)."""
        m = self.m
        row = m.Ticket.select(m.Ticket.category_choice).where(m.Ticket.id == ticket_id).first()
        return row is not None and row.category_choice == BY_CITIZEN

    def with_category_buttons(self, message: OutboundMessage, question: CategoryQuestion) -> OutboundMessage:
        """An opening message with a button per category (a bot's; WhatsApp's list), in
        the ticket's language, while its question is open (the outbox asks just before
        sending it)."""
        m = self.m
        row = (m.Ticket.select(m.Ticket.language, m.Ticket.category_choice)
               .where(m.Ticket.id == message.ticket_id).first())
        if row is None or row.category_choice != ASKED:
            return message
        return replace(message, buttons=question.buttons(row.language),
                       buttons_label=question.list_button(row.language))
