"""Citizen traffic from the gateway into the store, then automatic replies out.

A message is filed first and its file (and a reply's quote, when the store lacks it)
fetched afterwards: an edit or deletion that comes meanwhile finds the message. Filing
waits out database faults (services/steady.py): `on_message`, `on_edit` and
`on_deletion` return only once the update is stored, or raise when the desk stops.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace

from ..domain.clock import Clock
from ..domain.messages import (
    AddedToGroup, ButtonPress, CitizenTyping, DeliveryStatus, InboundDeletion, InboundEdit, InboundMessage,
    IncomingFile, OutboxRead,
)
from ..errors import StoreUnavailable
from ..domain.files import sanitize_file_name
from ..domain.rules import DeskRules
from ..net.gateway import ConnectionState, Gateway, GatewayError
from ..store.arriving import ArrivingFile
from ..store.records import IngestResult, RefusedFile
from ..store.repository import TicketStore
from .arriving_files import FileFetcher
from .category_choice import answer_button
from .events import ConnectionChanged, EventBus
from .file_intake import FileIntake
from .group_commit import GroupCommit
from .outbox import OutboxSender
from .runner import StoreRunner
from .steady import SteadyFiling

log = logging.getLogger("deskclient.services")


class IngestService:
    """The gateway's listener: every inbound event goes through here exactly once."""

    def __init__(self, store: TicketStore, runner: StoreRunner, rules: DeskRules, clock: Clock,
                 gateway: Gateway, intake: FileIntake, outbox: OutboxSender, bus: EventBus) -> None:
        self.store = store
        self.runner = runner
        self.rules = rules
        self.clock = clock
        self.gateway = gateway
        self.intake = intake
        self.outbox = outbox
        self.bus = bus
        self.steady = SteadyFiling(bus)
        self.fetcher = FileFetcher(store, runner, rules, clock, intake, bus, self.steady, outbox.kick)
        self._writer: GroupCommit = GroupCommit(
            runner, lambda items: store.ingest_many(items, rules))
        self.group_leaves = None  # GroupLeaveRetries, set by the composition root
        self.lists = None  # ListIntake (services/subscriptions.py), set by the composition root
        self._quotes: set[asyncio.Task] = set()

    async def on_button(self, press: ButtonPress) -> str | None:
        """A button under a bot's message: the category the citizen chose (services/
        category_choice.py); returns the short answer they see."""
        return await answer_button(self.store, self.runner, self.rules, press)

    async def stop(self) -> None:
        """Waiting filings raise CancelledError; fetches stop (files stay 'arriving')."""
        self.steady.stopping = True
        for task in list(self._quotes):
            task.cancel()
        await asyncio.gather(*self._quotes, return_exceptions=True)
        await self.fetcher.stop()

    async def on_message(self, message: InboundMessage) -> IngestResult:
        if self.lists is not None:  # a list keyword, or any message to a broadcast-only account
            handled = await self.lists.on_message(message)
            if handled is not None:
                return handled  # no ticket: an open one is left as it was
        if not message.opens_ticket and not await self._has_open_ticket(message):
            log.info("a service message without an open ticket: not filed")
            return IngestResult(duplicate=True)
        quote_missing = message.reply_to_channel_message_id is not None and message.reply_quote is None
        if quote_missing:
            stored = await self.steady.run(lambda: self.runner.run(
                self.store.message_text, message.account, message.citizen.address,
                message.reply_to_channel_message_id))
            if stored is not None:
                message, quote_missing = replace(message, reply_quote=stored), False
        offer = self._offer(message.file)
        result = await self.steady.run(lambda: self._writer.submit((message, offer)))
        if result.duplicate:
            if message.edited_at is not None:  # given again as edited since: the edit is kept
                await self.on_edit(InboundEdit(
                    account=message.account, citizen_address=message.citizen.address,
                    channel_message_id=message.channel_message_id, date=message.edited_at,
                    text=message.text, entities=message.entities))
            return result  # filed before: its file was (or is being) fetched then
        if result.queued:
            self.outbox.kick()
        if result.opened_ticket:
            log.info("ticket %s opened", result.ticket_number)
        if isinstance(offer, ArrivingFile):
            self.fetcher.start_fetch(result.message_id, message.file)
        if quote_missing:
            task = asyncio.ensure_future(self._fetch_quote(message))
            self._quotes.add(task)
            task.add_done_callback(self._quotes.discard)
        return result

    async def _has_open_ticket(self, message: InboundMessage) -> bool:
        """A pin or a screenshot notice is shown in an open conversation; it neither opens
        a ticket (with an opening message to the citizen) nor wakes a closing one."""
        ticket = await self.steady.run(lambda: self.runner.run(
            self.store.active_ticket_for, message.account, message.citizen.address))
        return ticket is not None and ticket.status == "open"

    def _offer(self, offered: IncomingFile | None) -> ArrivingFile | RefusedFile | None:
        """What is filed with the message: a file refused by its name or declared size is
        refused at once (never downloaded); an accepted one is filed as arriving. A
        sticker's image too large to be one is let go: its emoji stands alone."""
        if offered is None:
            return None
        verdict = self.rules.files.check_offer(offered.name, offered.mime, offered.size, offered.sticker)
        safe_name = sanitize_file_name(offered.name, verdict.extension or "bin")
        if not verdict.accepted and offered.sticker:
            return None
        if not verdict.accepted:
            log.info("file refused before download: %s", verdict.reason)
            return RefusedFile(verdict.kind.value, safe_name, offered.mime, offered.size, verdict.reason)
        return ArrivingFile(verdict.kind.value, safe_name, offered.mime, offered.size, offered.duration,
                            offered.ref)

    async def _fetch_quote(self, message: InboundMessage) -> None:
        """The replied-to text, from Telegram, kept with the already filed message."""
        try:
            quoted = await self.gateway.fetch_message_text(message.citizen.address,
                                                           message.reply_to_channel_message_id,
                                                           message.citizen.access_hash)
        except GatewayError as exc:
            log.info("quote not fetched: %s", type(exc).__name__)
            return
        if quoted is not None:
            await self.steady.run(lambda: self.runner.run(
                self.store.set_reply_quote, message.account, message.citizen.address,
                message.channel_message_id, quoted))

    async def on_edit(self, edit: InboundEdit) -> None:
        await self.steady.run(lambda: self.runner.run(self.store.apply_edit, edit))

    async def on_deletion(self, deletion: InboundDeletion) -> None:
        await self.steady.run(lambda: self.runner.run(self.store.apply_deletion, deletion))

    async def on_delivery_status(self, status: DeliveryStatus) -> None:
        """What became of a message sent on WhatsApp (sent, delivered, read, failed):
        kept on the message before the webhook is answered (store/delivery_status.py)."""
        await self.steady.run(lambda: self.runner.run(self.store.record_delivery_status, status))

    async def on_outbox_read(self, read: OutboxRead) -> None:
        """The citizen read the account's messages: kept like a message (faults waited
        out; the update position passes it only once stored), and every window's thread
        marks what became seen (store/presence.py)."""
        await self.steady.run(lambda: self.runner.run(
            self.store.record_outbox_read, read.account, read.citizen_address, read.max_id))

    async def on_typing(self, typing: CitizenTyping) -> None:
        """Told to every window through the store's announcements (NOTIFY in team mode),
        never stored: with the database away it is lost, as it is over in seconds."""
        try:
            await self.runner.run(self.store.announce_typing, typing.account, typing.citizen_address,
                                  typing.typing)
        except StoreUnavailable as exc:
            log.info("typing not announced: %s", type(exc).__name__)

    async def on_added_to_group(self, event: AddedToGroup) -> None:
        """The service account is no group member (PRODUCT.md rule 5): the leave is queued
        (once, however many processes saw the event) and the duty holder's
        GroupLeaveRetries (services/group_leaves.py) leaves, records it once Telegram
        confirmed, retries otherwise; a process without the duty only queues it."""
        await self.steady.run(lambda: self.runner.run(self.store.queue_group_leave, event))
        if self.group_leaves is not None:
            self.group_leaves.kick()

    def on_state(self, state: ConnectionState) -> None:
        self.bus.publish(ConnectionChanged(state))
        if state is ConnectionState.ONLINE:
            self.outbox.kick()
