"""What an agent does to tickets: claim, reply, note, categorise, close, reopen."""

from __future__ import annotations

import asyncio
import logging

from pathlib import Path

from ..domain.canned import canned_reply
from ..domain.clock import Clock
from ..domain.limits import CAPTION_LIMIT, TEXT_LIMIT, telegram_length
from ..domain.rules import DeskRules
from ..domain.tickets import TicketStatus
from ..errors import NotAllowed, TicketConflict, TicketGone, UserFacingError
from ..net.gateway import Gateway, Offline, RateLimited, Undeliverable
from ..store.records import AgentRecord, MessageRow, TicketRow
from ..store.queue_reads import QueueView
from ..store.repository import TicketStore
from .file_intake import FileIntake
from .outbox import OutboxSender
from .runner import StoreRunner

log = logging.getLogger("deskclient.services")



class DeskService:
    def __init__(self, store: TicketStore, runner: StoreRunner, rules: DeskRules, clock: Clock,
                 agent: AgentRecord, outbox: OutboxSender, categories: list[str],
                 gateway: Gateway, intake: FileIntake) -> None:
        self.gateway = gateway
        self.intake = intake
        self.store = store
        self.runner = runner
        self.rules = rules
        self.clock = clock
        self.agent = agent
        self.outbox = outbox
        self.categories = categories
        self._sweeper: asyncio.Task | None = None

    # reading (short, indexed queries; safe on the GUI thread)
    def queue(self, view: str = QueueView.ALL, search: str = "", offset: int = 0,
              limit: int = 200) -> list[TicketRow]:
        return self.store.queue(view, self.agent.id, search, offset, limit)


    def tickets(self, ticket_ids) -> dict[int, TicketRow]:
        return self.store.tickets(ticket_ids)

    def incoming(self, message_ids) -> set[int]:
        """Which of these messages came from citizens."""
        return self.store.incoming(message_ids)

    async def queue_counts(self) -> dict[str, tuple[int, int]]:
        """view -> (tickets, unread): a pass over every ticket, so on the store's thread."""
        return await self.runner.run(self.store.queue_counts, self.agent.id)

    def agents(self) -> list[AgentRecord]:
        return self.store.agents()

    def canned(self) -> dict[str, dict[str, str]]:
        return self.store.canned()

    def ticket(self, ticket_id: int) -> TicketRow:
        return self.store.ticket(ticket_id)

    def thread(self, ticket_id: int, before_id: int | None = None, limit: int = 200) -> list[MessageRow]:
        return self.store.thread(ticket_id, before_id, limit)

    def messages_back_to(self, ticket_id: int, telegram_id: int, before_id: int) -> int:
        return self.store.messages_back_to(ticket_id, telegram_id, before_id)

    def messages(self, message_ids) -> list[MessageRow]:
        return self.store.messages(message_ids)

    def message(self, message_id: int) -> MessageRow:
        return self.store.message(message_id)

    @property
    def files_dir(self) -> Path:
        return self.intake.files_dir

    def attachment_path(self, attachment_id: int) -> tuple[Path, str, str]:
        """(path, kind, name) of a kept attachment, for a preview."""
        attachment = self.store.attachment(attachment_id)
        if not attachment.kept or not attachment.stored_path:
            raise UserFacingError(f"{attachment.file_name} was not kept: {attachment.refusal}.")
        return self.files_dir / attachment.stored_path, attachment.kind, attachment.file_name

    def message_history(self, message_id: int):
        return self.store.message_history(message_id)

    def sla_left(self, ticket: TicketRow):
        return self.rules.sla(ticket.first_response_due, ticket.first_response_at, self.clock.now())

    # actions
    async def reply(self, ticket_id: int, text: str) -> int:
        text = _checked_text(text)
        message_id = await self.runner.run(self.store.add_reply, ticket_id, text, self.agent)
        self.outbox.kick()
        return message_id

    async def reply_with_file(self, ticket_id: int, text: str, path: Path) -> int:
        """Send a file (with an optional caption) under the same policy as citizens' files."""
        text = _checked_text(text, caption=True)
        stored = await self.runner.run(self.intake.keep_outgoing, path, f"{self.clock.now():%Y-%m}")
        message_id = await self.runner.run(self.store.add_reply, ticket_id, text, self.agent, stored)
        self.outbox.kick()
        return message_id

    async def edit_sent(self, message_id: int, text: str) -> None:
        """Change an agent's message the citizen already has (Telegram keeps it in place)."""
        text = text.strip()
        if not text:
            raise UserFacingError("The new text is empty.")
        message, citizen_user_id, access_hash = await self.runner.run(self.store.own_sent_message, message_id)
        await self._online(self.gateway.edit_sent(citizen_user_id, message.telegram_id, text, access_hash))
        await self.runner.run(self.store.record_own_edit, message_id, text, self.agent)

    async def delete_sent(self, message_id: int) -> None:
        """Delete an agent's message for the citizen too; the record keeps it, marked."""
        message, citizen_user_id, _ = await self.runner.run(self.store.own_sent_message, message_id)
        await self._online(self.gateway.delete_sent(citizen_user_id, [message.telegram_id]))
        await self.runner.run(self.store.record_own_deletion, message_id, self.agent)

    async def _online(self, call) -> None:
        try:
            await call
        except Offline:
            raise UserFacingError("Not connected to Telegram: try again once online.") from None
        except RateLimited as exc:
            raise UserFacingError(f"Telegram asks to wait {exc.seconds} s: try again then.") from None
        except Undeliverable as exc:
            raise UserFacingError(f"Telegram refused it ({exc}).") from None

    async def note(self, ticket_id: int, text: str) -> int:
        if not text.strip():
            raise UserFacingError("The note is empty.")
        return await self.runner.run(self.store.add_note, ticket_id, text.strip(), self.agent)

    async def claim(self, ticket_id: int) -> None:
        await self._refusal_audited("claim", ticket_id, self.store.claim, ticket_id, self.agent)

    async def assign(self, ticket_id: int, agent_id: int | None) -> None:
        await self._refusal_audited(f"assign to agent {agent_id}", ticket_id,
                                    self.store.assign, ticket_id, agent_id, self.agent)

    async def _refusal_audited(self, what: str, ticket_id: int, work, *args) -> None:
        """A claim or an assignment the store refuses (not a lead, someone else's ticket,
        a closed one) is audited as "assign_refused" before the agent is told why."""
        try:
            await self.runner.run(work, *args)
        except (NotAllowed, TicketConflict) as exc:
            if not isinstance(exc, TicketGone):
                await self.runner.run(self.store.audit, "assign_refused", self.agent, f"{what}: {exc}",
                                      ticket_id)
            raise

    async def thread_opened(self, ticket_id: int) -> None:
        """The agent opened this ticket's thread: reading a conversation closed for good
        is audited, once per opening (the window calls this on selection, not on repaint)."""
        ticket = self.store.ticket(ticket_id)
        if ticket.status == TicketStatus.CLOSED.value:
            await self.runner.run(self.store.audit, "view_closed_ticket", self.agent,
                                  f"ticket {ticket.number}", ticket_id)

    def canned_text(self, title: str, ticket: TicketRow) -> str:
        variants = self.store.canned().get(title, {})
        return canned_reply(variants, ticket.language, self.rules.notices.default_language,
                            ticket.number, ticket.citizen_name, self.agent.display_name)

    async def set_category(self, ticket_id: int, category: str | None) -> None:
        if category is not None and category not in self.categories:
            raise UserFacingError(f"Unknown category '{category}'.")
        await self.runner.run(self.store.set_category, ticket_id, category, self.agent)

    async def close(self, ticket_id: int) -> None:
        await self.runner.run(self.store.close_ticket, ticket_id, self.agent, self.rules)
        self.outbox.kick()

    async def reopen(self, ticket_id: int) -> None:
        await self.runner.run(self.store.reopen_ticket, ticket_id, self.agent, self.rules)

    async def mark_read(self, ticket_id: int) -> None:
        await self.runner.run(self.store.mark_read, ticket_id)

    async def retry(self, message_id: int) -> None:
        await self.runner.run(self.store.retry, message_id)
        self.outbox.kick()

    async def edit_failed(self, message_id: int, text: str) -> None:
        """Change the text of a message Telegram refused, and send it again."""
        message = self.store.message(message_id)
        text = _checked_text(text, caption=bool(message.attachments))
        await self.runner.run(self.store.edit_failed, message_id, text, self.agent)
        self.outbox.kick()

    # housekeeping
    def start(self, every: float = 30.0) -> None:
        self._sweeper = asyncio.ensure_future(self._sweep(every))

    async def stop(self) -> None:
        if self._sweeper:
            self._sweeper.cancel()
            await asyncio.gather(self._sweeper, return_exceptions=True)

    async def _sweep(self, every: float) -> None:
        while True:
            try:
                await self.runner.run(self.store.finalize_expired, self.rules)
            except Exception:
                log.exception("closing sweep failed")
            await asyncio.sleep(every)


def _checked_text(text: str, caption: bool = False) -> str:
    """The text stripped, within Telegram's limit (a caption may be empty)."""
    text = text.strip()
    length = telegram_length(text)
    if caption:
        if length > CAPTION_LIMIT:
            raise UserFacingError(f"The text under the file is {length} characters long; Telegram "
                                  f"takes at most {CAPTION_LIMIT}. Send the text as a reply of its own.")
        return text
    if not text:
        raise UserFacingError("The reply is empty.")
    if length > TEXT_LIMIT:
        raise UserFacingError(f"The reply is {length} characters long; Telegram takes "
                              f"at most {TEXT_LIMIT}. Split it in two.")
    return text
