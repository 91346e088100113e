"""What an agent does to tickets: claim, reply, note, categorise, close, reopen."""

from __future__ import annotations

import asyncio
import logging

from pathlib import Path
from typing import Callable, TypeVar

from ..domain.canned import CannedReply, canned_reply
from ..domain.channels import TELEGRAM, WHATSAPP
from ..domain.clock import Clock
from ..domain.limits import CAPTION_LIMIT, TEXT_LIMIT, telegram_length
from ..domain.rules import DeskRules
from ..domain.tickets import TicketStatus
from ..errors import NotAllowed, Reason, TicketConflict, TicketGone, UserFacingError, sentence
from ..net.gateway import Gateway, Offline, RateLimited, Undeliverable
from ..store.file_chunks import KeptFile
from ..store.records import AgentRecord, CitizenCard, CitizenNote, MessageRow, TicketRow
from ..store.queue_reads import QueueView
from ..store.repository import TicketStore
from .customer_windows import CustomerWindows
from .file_intake import FileIntake
from .file_store import FileStore, Progress
from .outbox import OutboxSender
from .runner import StoreRunner

log = logging.getLogger("deskclient.services")

T = TypeVar("T")

# A gateway's refusal of an edit or a deletion, by the ticket's network: offline, a wait
# asked, refused (with its reason).
_GATEWAY_SENTENCES = {
    TELEGRAM: (sentence("Not connected to Telegram: try again once online."),
               sentence("Telegram asks to wait {seconds} s: try again then."),
               sentence("Telegram refused it ({reason}).")),
    WHATSAPP: (sentence("Not connected to WhatsApp: try again once online."),
               sentence("WhatsApp asks to wait {seconds} s: try again then."),
               sentence("WhatsApp refused it ({reason}).")),
}


class DeskService:
    def __init__(self, store: TicketStore, runner: StoreRunner, rules: DeskRules, clock: Clock,
                 agent: AgentRecord, outbox: OutboxSender, categories: list[str],
                 gateway: Gateway, intake: FileIntake, files: FileStore | None = None) -> None:
        self.gateway = gateway
        self.intake = intake
        self.files = files or FileStore(store, runner, intake.files_dir, intake.in_flight)
        self.store = store
        self.runner = runner
        self.rules = rules
        self.clock = clock
        self.agent = agent
        self.outbox = outbox
        self.categories = categories
        self.windows = CustomerWindows(store, runner, clock, outbox)  # WhatsApp's 24-hour window
        self._sweeper: asyncio.Task | None = None

    # reading (short, indexed queries; safe on the GUI thread)
    async def off_gui(self, read: Callable[..., T], *args) -> T:
        """`read(*args)`, made of the reads below, on the store's thread: a window showing
        a burst's changes reads there (a few of them add up to 10-20 ms on a big store)
        and only shows the result, so the loop goes on meanwhile."""
        return await self.runner.run(read, *args)

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

    def canned_replies(self) -> list[CannedReply]:
        """Titles, shortcuts and texts by language (a handful of rows: fine on the GUI thread)."""
        return self.store.canned_replies()

    async def save_canned(self, title: str, language: str, body: str, shortcut: str | None = None) -> None:
        """A lead writes or changes one language of a canned reply (audited; an agent is refused)."""
        await self.runner.run(self.store.save_canned, title, language, body, self.agent, shortcut)

    async def rename_canned(self, title: str, new_title: str) -> None:
        await self.runner.run(self.store.rename_canned, title, new_title, self.agent)

    async def delete_canned(self, title: str, language: str | None = None) -> int:
        """One language of a canned reply, or all of them (`language` None)."""
        return await self.runner.run(self.store.delete_canned, title, language, self.agent)

    def ticket(self, ticket_id: int) -> TicketRow:
        return self.store.ticket(ticket_id)

    def thread(self, ticket_id: int, before_id: int | None = None, limit: int = 200) -> list[MessageRow]:
        return self.store.thread(ticket_id, before_id, limit)

    def messages_back_to(self, ticket_id: int, channel_message_id: int, before_id: int) -> int:
        return self.store.messages_back_to(ticket_id, channel_message_id, before_id)

    def messages(self, message_ids) -> list[MessageRow]:
        return self.store.messages(message_ids)

    def message(self, message_id: int) -> MessageRow:
        return self.store.message(message_id)

    @property
    def files_dir(self) -> Path:
        return self.files.files_dir

    def cached_file(self, attachment) -> Path | None:
        """The local copy of a kept attachment (an AttachmentRow) if this workstation has
        it whole; None: ask `attachment_file` (a stat, fine on the GUI thread)."""
        return self.files.cached_path(attachment) if attachment.kept else None

    def attachment_at_hand(self, attachment_id: int) -> tuple[KeptFile, Path | None]:
        """A kept attachment and its local copy, or None when it must be fetched first
        (`attachment_file`). Not kept, or gone: FileUnavailable with the reason."""
        kept = self.store.kept_file(attachment_id)
        self.files.check_kept(kept)
        return kept, self.files.cached_path(kept)

    async def attachment_file(self, attachment_id: int, progress: Progress | None = None) -> Path:
        """A kept attachment's local path, for a preview or a save; in team mode fetched
        from the shared store if this workstation has no copy (`progress` is told (bytes
        done, bytes in all) meanwhile). A file it cannot have: FileUnavailable."""
        return await self.files.local_path(attachment_id, progress)

    def message_history(self, message_id: int):
        return self.store.message_history(message_id)

    # the citizen panel beside the thread (ui/citizen_panel.py): short indexed reads
    def citizen_card(self, citizen_id: int) -> CitizenCard:
        return self.store.citizen_card(citizen_id)

    def citizen_tickets(self, citizen_id: int, offset: int = 0, limit: int = 50) -> list[TicketRow]:
        """The citizen's tickets, newest first (reading a closed one's thread is audited:
        `thread_opened`)."""
        return self.store.citizen_tickets(citizen_id, offset, limit)

    def citizen_notes(self, citizen_id: int, limit: int = 50) -> list[CitizenNote]:
        """Internal notes on any of the citizen's tickets, newest first."""
        return self.store.citizen_notes(citizen_id, limit)

    def sla_left(self, ticket: TicketRow):
        return self.rules.sla(ticket.first_response_due, ticket.first_response_at, self.clock.now())

    # actions
    async def reply(self, ticket_id: int, text: str, quoting: MessageRow | None = None) -> int:
        """An agent's reply, queued for Telegram; `quoting`: a message of the thread it
        answers (the citizen sees it quoted, as in Telegram). An unassigned ticket becomes
        the replying agent's (`claim_on_reply`)."""
        text = _checked_text(text)
        await self.windows.check_reply(ticket_id)
        message_id = await self.runner.run(self.store.add_reply, ticket_id, text, self.agent,
                                           **_quoted(quoting))
        self.outbox.kick()
        await self.claim_on_reply(ticket_id)
        return message_id

    async def reply_with_file(self, ticket_id: int, text: str, path: Path,
                              quoting: MessageRow | None = None) -> int:
        """Send a file (with an optional caption) under the same policy as citizens' files.
        In team mode the file goes into the shared store with the reply: whichever process
        holds the duty sends it."""
        text = _checked_text(text, caption=True)
        await self.windows.check_reply(ticket_id)
        stored = await self.runner.run(self.intake.keep_outgoing, path, f"{self.clock.now():%Y-%m}")
        try:
            message_id = await self.files.add_file_reply(ticket_id, text, self.agent, stored,
                                                         **_quoted(quoting))
        except (TicketConflict, TicketGone, NotAllowed):
            self.files.discard(stored)  # not queued: the ticket closed or went meanwhile
            raise
        self.outbox.kick()
        await self.claim_on_reply(ticket_id)
        return message_id

    async def claim_on_reply(self, ticket_id: int) -> None:
        """Whoever answers an unassigned ticket takes it, so that a colleague does not
        answer too and the statistics credit them. A colleague who claimed it a moment
        earlier keeps it: the reply is sent all the same."""
        if self.store.ticket(ticket_id).assignee_id is not None:
            return
        try:
            await self.runner.run(self.store.claim, ticket_id, self.agent)
        except TicketConflict as exc:
            log.info("not claimed on reply: %s", type(exc).__name__)

    async def edit_sent(self, message_id: int, text: str) -> None:
        """Change an agent's message the citizen already has (Telegram keeps it in place)."""
        text = text.strip()
        if not text:
            raise UserFacingError("The new text is empty.")
        if not self.gateway.has_session:  # the service makes it on Telegram (services/sent_changes.py)
            await self.runner.run(self.store.queue_own_edit, message_id, text, self.agent)
            return
        message, citizen_address, access_hash = await self.runner.run(self.store.own_sent_message, message_id)
        await self._online(self.gateway.edit_sent(citizen_address, message.channel_message_id, text, access_hash),
                           await self._channel(message))
        await self.runner.run(self.store.record_own_edit, message_id, text, self.agent)

    async def delete_sent(self, message_id: int) -> None:
        """Delete an agent's message for the citizen too; the record keeps it, marked."""
        if not self.gateway.has_session:
            await self.runner.run(self.store.queue_own_deletion, message_id, self.agent)
            return
        message, citizen_address, _ = await self.runner.run(self.store.own_sent_message, message_id)
        await self._online(self.gateway.delete_sent(citizen_address, [message.channel_message_id]),
                           await self._channel(message))
        await self.runner.run(self.store.record_own_deletion, message_id, self.agent)

    async def _channel(self, message: MessageRow) -> str:
        return (await self.runner.run(self.store.ticket, message.ticket_id)).channel

    async def _online(self, call, channel: str) -> None:
        """`call` to the citizen's network; its refusal said in a sentence naming that
        network (`channel`: domain/channels.py)."""
        offline, wait, refused = _GATEWAY_SENTENCES[WHATSAPP if channel == WHATSAPP else TELEGRAM]
        try:
            await call
        except Offline:
            raise UserFacingError(offline) from None
        except RateLimited as exc:
            raise UserFacingError(wait, seconds=exc.seconds) from None
        except Undeliverable as exc:
            raise UserFacingError(refused, reason=Reason(str(exc))) from None

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
                await self.runner.run(self.store.audit, "assign_refused", self.agent, f"{what}: {exc.english}",
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
            raise UserFacingError("Unknown category '{category}'.", category=category)
        await self.runner.run(self.store.set_category, ticket_id, category, self.agent)

    def category_chosen_by_citizen(self, ticket_id: int) -> bool:
        """Whether the citizen chose the ticket's category (the opening message's question)."""
        return self.store.category_chosen_by_citizen(ticket_id)

    async def set_language(self, ticket_id: int, language: str) -> None:
        """Correct the citizen's language the desk guessed: the automatic messages from
        now on (closing, out of hours, a refused file, the citizen's next tickets) are in it."""
        if language not in self.rules.languages:
            raise UserFacingError("The desk has no automatic messages in '{language}'.", language=language)
        await self.runner.run(self.store.set_ticket_language, ticket_id, language, self.agent)

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


def _quoted(message: MessageRow | None) -> dict:
    """What a reply quoting `message` stores: its channel message id (the citizen's app shows the
    quote) and the start of its text (the thread shows it without another read)."""
    if message is None or message.channel_message_id is None:
        return {}
    quote = message.text or ", ".join(a.file_name for a in message.attachments)
    return {"reply_to_channel_message_id": message.channel_message_id, "reply_quote": quote[:200] or None}


def _checked_text(text: str, caption: bool = False) -> str:
    """The text stripped, within Telegram's limit (a caption may be empty)."""
    text = text.strip()
    length = telegram_length(text)
    if caption:
        if length > CAPTION_LIMIT:
            raise UserFacingError("The text under the file is {length} characters long; Telegram takes at most "
                                  "{limit}. Send the text as a reply of its own.", length=length, limit=CAPTION_LIMIT)
        return text
    if not text:
        raise UserFacingError("The reply is empty.")
    if length > TEXT_LIMIT:
        raise UserFacingError("The reply is {length} characters long; Telegram takes at most {limit}. "
                              "Split it in two.", length=length, limit=TEXT_LIMIT)
    return text
