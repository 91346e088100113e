"""Citizen traffic from the gateway into the store, then automatic replies out."""

from __future__ import annotations

import logging
from dataclasses import replace

from ..domain.clock import Clock
from ..domain.messages import AddedToGroup, InboundDeletion, InboundEdit, InboundMessage
from ..domain.rules import DeskRules
from ..net.gateway import ConnectionState, Gateway, GatewayError
from ..store.records import IngestResult, StoredFile
from ..store.repository import TicketStore
from .events import ConnectionChanged, EventBus, Problem
from .file_intake import FileIntake
from .group_commit import GroupCommit
from .outbox import OutboxSender
from .runner import StoreRunner

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
        self._writer: GroupCommit = GroupCommit(
            runner, lambda items: store.ingest_many(items, rules))

    async def on_message(self, message: InboundMessage) -> IngestResult:
        if message.reply_to_telegram_id is not None and message.reply_quote is None:
            message = replace(message, reply_quote=await self._quote(message))
        file = None
        if message.file is not None:
            if await self.runner.run(self.store.is_known_message, message.account,
                                     message.citizen.user_id, message.telegram_id):
                return IngestResult(duplicate=True)  # do not download it again
            try:
                file = await self.intake.receive(message.file, f"{self.clock.now():%Y-%m}")
            except GatewayError as exc:
                # Stored without the file: the agent sees it failed and can ask again.
                log.warning("download failed: %s", type(exc).__name__)
                self.bus.publish(Problem("A citizen's file could not be downloaded; "
                                         "the message was kept without it."))
        result = await self._writer.submit((message, file))
        if result.duplicate and isinstance(file, StoredFile):
            self.intake.discard(file)
        if result.queued:
            self.outbox.kick()
        if result.opened_ticket:
            log.info("ticket %s opened", result.ticket_number)
        return result

    async def _quote(self, message: InboundMessage) -> str | None:
        """The replied-to text: from the store, else fetched from Telegram (then kept)."""
        quoted = await self.runner.run(self.store.message_text, message.account,
                                       message.citizen.user_id, message.reply_to_telegram_id)
        if quoted is None:
            quoted = await self.gateway.fetch_message_text(message.citizen.user_id,
                                                           message.reply_to_telegram_id)
        return quoted

    async def on_edit(self, edit: InboundEdit) -> None:
        await self.runner.run(self.store.apply_edit, edit)

    async def on_deletion(self, deletion: InboundDeletion) -> None:
        await self.runner.run(self.store.apply_deletion, deletion)

    async def on_added_to_group(self, event: AddedToGroup) -> None:
        """The service account is no group member (PRODUCT.md rule 5): leave, record it."""
        await self.gateway.leave_group(event.chat_id)
        await self.runner.run(self.store.record_group_left, event)
        log.info("left a group the account was added to")

    def on_state(self, state: ConnectionState) -> None:
        self.bus.publish(ConnectionChanged(state))
        if state is ConnectionState.ONLINE:
            self.outbox.kick()
