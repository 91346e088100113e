"""Keyword messages in the ingest: subscribing and unsubscribing open no ticket.

`ListIntake.on_message` runs before the ticket rules (services/ingest.py). A message
that is a list keyword in any configured language ("MI ISCRIVO", "mi cancello!",
"ME SUSCRIBO EVENTOS") changes the subscription and queues the confirmation, in the
keyword's language, in one transaction (store/subscriptions.py); it is not filed, so a
citizen's open ticket is not touched (no unread mark, no opening message). On a
broadcast-only account (`lists.broadcast_only`) any other message gets one fixed notice a
day and nothing else; a mixed desk (the default) files it as usual.

Like the rest of the ingest, it returns only once what it did is stored (waiting out
database faults), and it is idempotent: the same message filed by two processes, or
delivered again after a restart, is answered once.
"""

from __future__ import annotations

import logging
from typing import Callable

from ..domain.messages import InboundMessage
from ..domain.rules import DeskRules
from ..domain.subscriptions import ListRules
from ..store.records import IngestResult
from .runner import StoreRunner
from .steady import SteadyFiling

log = logging.getLogger("deskclient.services")


class ListIntake:
    def __init__(self, store, runner: StoreRunner, rules: ListRules, desk_rules: DeskRules,
                 steady: SteadyFiling, queued: Callable[[], None] = lambda: None) -> None:
        self.store = store
        self.runner = runner
        self.rules = rules
        self.desk_rules = desk_rules
        self.steady = steady
        self.queued = queued  # wakes this process's broadcast sender, if it has the duty

    async def on_message(self, message: InboundMessage) -> IngestResult | None:
        """What the lists did with the message, or None: file it as any message."""
        keyword = self.rules.parse(message.text, message.citizen.language) \
            if message.opens_ticket and message.text else None
        if keyword is not None:
            return await self._keyword(message, keyword)
        if not self.rules.broadcast_only:
            return None
        if not message.opens_ticket:  # a pin, a screenshot notice: nothing to say
            return IngestResult(duplicate=True)
        return await self._broadcast_only(message)

    async def _keyword(self, message: InboundMessage, keyword) -> IngestResult:
        who = message.citizen
        language = keyword.language

        def render(kind: str, topics: tuple[str, ...]) -> str:
            return self.rules.text(kind, language, topics)

        outcome = await self.steady.run(lambda: self.runner.run(
            self.store.apply_list_keyword, message.account, who.address, who.access_hash, keyword,
            self.rules.topics, message.text, message.channel_message_id, render))
        if not outcome.duplicate:
            log.info("list keyword (%s, %s): %s", keyword.action.value, language, outcome.kind)
            self.queued()
        return IngestResult(duplicate=outcome.duplicate)

    async def _broadcast_only(self, message: InboundMessage) -> IngestResult:
        who = message.citizen
        language = await self.steady.run(lambda: self.runner.run(
            self.store.subscriber_language, message.account, who.address))
        if language is None:  # not on the list: the language the message is in
            language = self.desk_rules.citizen_language(who.language, message.text)
        language = self.rules.language_for(language)
        day = message.date.astimezone(self.desk_rules.calendar.tz).date().isoformat()
        text = self.rules.text("broadcast_only", language)
        queued = await self.steady.run(lambda: self.runner.run(
            self.store.queue_daily_notice, message.account, who.address, who.access_hash, day, text))
        if queued:
            log.info("broadcast-only account: a message answered with the notice")
            self.queued()
        return IngestResult(duplicate=not queued)
