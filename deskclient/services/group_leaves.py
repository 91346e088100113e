"""Leaving the groups the service account was put in, until Telegram confirms it.

PRODUCT.md rule 5: the account is no group member. Ingest only queues the leave (a
`GroupLeave` row); this job, run by the duty holder alone (`start()` / `async stop()`,
both idempotent), tries each pending leave, records it as done only when Telegram
confirmed it, and otherwise tries again later with a growing pause (a flood wait is
obeyed as told). `kick()` makes it look at once (a new leave was queued, the connection
came back); it also looks every `poll` seconds, for leaves another process queued
(services/duty_rounds.py).
"""

from __future__ import annotations

import logging
from datetime import timedelta

from ..domain.clock import Clock
from ..net.gateway import ConnectionState, Gateway, GatewayError, RateLimited
from ..store.repository import TicketStore
from .duty_rounds import DutyRounds
from .runner import StoreRunner

log = logging.getLogger("deskclient.services")


class GroupLeaveRetries(DutyRounds):
    what = "group leaves"

    def __init__(self, store: TicketStore, runner: StoreRunner, gateway: Gateway, clock: Clock) -> None:
        super().__init__(runner, clock)
        self.store = store
        self.gateway = gateway

    def next_due(self):
        return self.store.next_group_leave_at()

    async def run_once(self) -> int:
        """Try every leave that is due; returns how many were recorded as done."""
        if self.gateway.state is not ConnectionState.ONLINE:
            return 0
        done = 0
        for leave in await self.runner.run(self.store.pending_group_leaves, self.clock.now(),
                                           self.gateway.account):
            try:
                await self.gateway.leave_group(leave.chat_id)
            except GatewayError as exc:
                attempts = leave.attempts + 1
                pause = max(exc.seconds, 1) if isinstance(exc, RateLimited) else self.pause_after(attempts)
                log.warning("could not leave a group (try %d, %s); next try in %.0f s",
                            attempts, type(exc).__name__, pause)
                await self.runner.run(self.store.record_leave_failed, leave.id, str(exc),
                                      self.clock.now() + timedelta(seconds=pause))
                if isinstance(exc, RateLimited):
                    break  # the whole account waits
                continue
            if await self.runner.run(self.store.record_group_left, leave.id):
                done += 1
                log.info("left a group the account was put in")
        return done
