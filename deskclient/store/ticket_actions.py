"""What agents do to tickets: claim, assign, categorise, reply, note, close, reopen,
and the sweep that closes tickets for good once their grace is over (PRODUCT.md
"Tickets"). Each is one transaction, audited without message text."""

from __future__ import annotations

from pathlib import Path

from ..domain.messages import Delivery, MessageKind, SystemNotice
from ..domain.rules import DeskRules
from ..domain.tickets import Role, TicketStatus
from ..errors import NotAllowed, TicketConflict
from .outbox_queue import new_random_id
from .records import PREVIEW_CHARS, AgentRecord, MessageRow, StoredFile


class TicketActions:
    """TicketStore mixin (uses `self.m`, `self.db`, `self.clock`, `self._retrying`,
    `self._announce`, `self._audit`)."""

    def claim(self, ticket_id: int, agent: AgentRecord) -> None:
        """Atomic: of two agents claiming at once, exactly one wins."""
        m = self.m

        def work():
            won = (m.Ticket.update(assignee=agent.id)
                   .where(m.Ticket.id == ticket_id, m.Ticket.assignee.is_null(),
                          m.Ticket.active == True).execute())  # noqa: E712
            if not won:
                holder = m.Ticket.get_by_id(ticket_id)
                if holder.assignee_id == agent.id:
                    return
                if holder.assignee_id is None:
                    raise TicketConflict("This ticket is closed and cannot be claimed.")
                raise TicketConflict("Ticket {number} was already claimed by {agent}.", number=holder.number,
                                     agent=holder.assignee.display_name)
            self._audit("claim", agent.id, ticket_id)
            self._announce("ticket_changed", ticket_id)

        self._retrying(work)

    def assign(self, ticket_id: int, assignee_id: int | None, by: AgentRecord) -> None:
        m = self.m
        if by.role != Role.LEAD.value and assignee_id != by.id:
            raise NotAllowed("Only a team lead can assign a ticket to someone else.")

        def work():
            m.Ticket.update(assignee=assignee_id).where(m.Ticket.id == ticket_id).execute()
            self._audit("assign", by.id, ticket_id, f"to agent {assignee_id}")
            self._announce("ticket_changed", ticket_id)

        self._retrying(work)

    def set_category(self, ticket_id: int, category: str | None, by: AgentRecord) -> None:
        m = self.m

        def work():
            m.Ticket.update(category=category, category_choice=None).where(m.Ticket.id == ticket_id).execute()
            self._audit("categorise", by.id, ticket_id, category or "")
            self._announce("ticket_changed", ticket_id)

        self._retrying(work)

    def add_reply(self, ticket_id: int, text: str, by: AgentRecord,
                  file: StoredFile | None = None, reply_to_channel_message_id: int | None = None,
                  file_source: Path | None = None, reply_quote: str | None = None,
                  notice: str | None = None) -> int:
        """Queue an agent's reply in the outbox; the first one stops the SLA clock. With
        `file_source` (team mode) the file's bytes go into the shared store with it.
        `notice`: the approved template it goes as outside WhatsApp's window (its use)."""
        m = self.m
        now = self.clock.now()

        def work():
            ticket = m.Ticket.get_by_id(ticket_id)
            if not ticket.active:
                raise TicketConflict("Ticket {number} is closed: the citizen's next message will open a new one.",
                                     number=ticket.number)
            message = m.Message.create(
                ticket=ticket.id, citizen=ticket.citizen_id, kind=MessageKind.OUT.value,
                author=by.id, text=text, created_at=now, delivery=Delivery.QUEUED.value,
                random_id=new_random_id(), reply_to_channel_message_id=reply_to_channel_message_id,
                reply_quote=reply_quote, notice=notice,
            )
            if file is not None:
                attachment_id = self._attach(message.id, file)
                if file_source is not None:
                    self._put_chunks(attachment_id, file_source)
            changes = dict(last_message_at=now, last_preview=(text or f"[file] {file.file_name}")[:PREVIEW_CHARS],
                           unread=0)
            if ticket.first_response_at is None:
                changes["first_response_at"] = now
            m.Ticket.update(**changes).where(m.Ticket.id == ticket.id).execute()
            self._announce("message_added", ticket.id, message.id)
            return message.id

        return self._retrying(work)

    def own_sent_message(self, message_id: int) -> tuple[MessageRow, int, int | None]:
        """An agent's message that reached Telegram, its citizen's address and access
        hash (so that any session of the account can address them)."""
        message = self.message(message_id)
        if message.kind != MessageKind.OUT.value or message.delivery != Delivery.SENT.value \
                or message.channel_message_id is None or message.deleted_at is not None:
            raise TicketConflict("Only an agent's message that was sent can be changed.")
        citizen = self.m.Citizen.select().join(self.m.Message).where(self.m.Message.id == message_id).get()
        return message, citizen.address, citizen.access_hash

    def record_own_edit(self, message_id: int, text: str, by: AgentRecord) -> None:
        m = self.m

        def work():
            message = m.Message.get_by_id(message_id)
            m.MessageEdit.create(message=message_id, previous_text=message.text, replaced_at=self.clock.now())
            m.Message.update(text=text, edited_at=self.clock.now()).where(m.Message.id == message_id).execute()
            self._audit("edit_sent", by.id, message.ticket_id)
            self._announce("message_changed", message.ticket_id, message_id)

        self._retrying(work)

    def record_own_deletion(self, message_id: int, by: AgentRecord) -> None:
        m = self.m

        def work():
            message = m.Message.get_by_id(message_id)
            m.Message.update(deleted_at=self.clock.now()).where(m.Message.id == message_id).execute()
            self._audit("delete_sent", by.id, message.ticket_id)
            self._announce("message_changed", message.ticket_id, message_id)

        self._retrying(work)

    def add_note(self, ticket_id: int, text: str, by: AgentRecord) -> int:
        """An internal note: kept with the thread, never sent to the citizen."""
        m = self.m

        def work():
            ticket = m.Ticket.get_by_id(ticket_id)
            message = m.Message.create(ticket=ticket.id, citizen=ticket.citizen_id,
                                       kind=MessageKind.NOTE.value, author=by.id, text=text,
                                       created_at=self.clock.now())
            self._announce("message_added", ticket.id, message.id)
            return message.id

        return self._retrying(work)

    def close_ticket(self, ticket_id: int, by: AgentRecord, rules: DeskRules) -> int:
        """Queue the closing message; the ticket is *closing* for the grace period."""
        m = self.m
        now = self.clock.now()

        def work():
            ticket = m.Ticket.get_by_id(ticket_id)
            if ticket.status != TicketStatus.OPEN.value:
                if ticket.status == TicketStatus.CLOSING.value:
                    raise TicketConflict("Ticket {number} is already closing.", number=ticket.number)
                raise TicketConflict("Ticket {number} is already closed.", number=ticket.number)
            m.Ticket.update(status=TicketStatus.CLOSING.value, closing_at=now,
                            citizen_wrote_while_closing=False) \
                .where(m.Ticket.id == ticket.id).execute()
            message_id = self._queue_notice(ticket.id, ticket.citizen_id, SystemNotice.CLOSING,
                                            rules.closing_notice(ticket.number, ticket.language), now)
            self._audit("close", by.id, ticket.id)
            self._announce("ticket_changed", ticket.id, message_id)
            return message_id

        return self._retrying(work)

    def reopen_ticket(self, ticket_id: int, by: AgentRecord, rules: DeskRules) -> None:
        """Back to open, allowed only during the closing grace."""
        m = self.m
        now = self.clock.now()

        def work():
            ticket = m.Ticket.get_by_id(ticket_id)
            if ticket.status != TicketStatus.CLOSING.value or rules.closing.is_final(ticket.closing_at, now):
                raise TicketConflict("Ticket {number} can only be reopened within the grace period after closing.",
                                     number=ticket.number)
            m.Ticket.update(status=TicketStatus.OPEN.value, closing_at=None,
                            citizen_wrote_while_closing=False).where(m.Ticket.id == ticket.id).execute()
            self._audit("reopen", by.id, ticket.id)
            self._announce("ticket_changed", ticket.id)

        self._retrying(work)

    def finalize_expired(self, rules: DeskRules) -> int:
        """Close for good every ticket whose grace has run out (run periodically).

        It does not wait for messages not filed yet: one written inside the grace and
        filed later revives the ticket into closing with a fresh grace (late_messages.py)."""
        m = self.m
        cutoff = self.clock.now() - rules.closing.grace

        def work():
            expired = list(m.Ticket.select().where(m.Ticket.status == TicketStatus.CLOSING.value,
                                                   m.Ticket.closing_at <= cutoff))
            for ticket in expired:
                self._finalize(ticket.id, ticket.closing_at, rules)
            return len(expired)

        return self._retrying(work)

    def mark_read(self, ticket_id: int) -> None:
        m = self.m

        def work():
            if m.Ticket.update(unread=0).where(m.Ticket.id == ticket_id, m.Ticket.unread > 0).execute():
                self._announce("ticket_changed", ticket_id)

        self._retrying(work)
