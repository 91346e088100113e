"""Leaving the groups the service account was put in, until Telegram confirms it.

PRODUCT.md rule 5: the account is no group member. Ingest only queues the leave (a
`GroupLeave` row); this job, run by the duty holder alone (`start()` / `async stop()`,
both idempotent), tries each pending leave, records it as done only when Telegram
confirmed it, and otherwise tries again later with a growing pause (a flood wait is
obeyed as told). `kick()` makes it look at once (a new leave was queued, the connection
came back); it also looks every `POLL` seconds, for leaves another process queued.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from ..domain.clock import Clock
from ..net.gateway import ConnectionState, Gateway, GatewayError, RateLimited
from ..store.repository import TicketStore
from .runner import StoreRunner
from .wakeup import woken

log = logging.getLogger("deskclient.services")

POLL = 30.0
FIRST_PAUSE = 5.0
MAX_PAUSE = 600.0


class GroupLeaveRetries:
    def __init__(self, store: TicketStore, runner: StoreRunner, gateway: Gateway, clock: Clock) -> None:
        self.store = store
        self.runner = runner
        self.gateway = gateway
        self.clock = clock
        self.first_pause = FIRST_PAUSE
        self.poll = POLL
        self._task: asyncio.Task | None = None
        self._wake = asyncio.Event()

    def start(self) -> None:
        if self._task is None or self._task.done():
            self._wake.set()
            self._task = asyncio.ensure_future(self._loop())

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    def kick(self) -> None:
        self._wake.set()

    def pause_after(self, attempts: int) -> float:
        """Seconds before the next try of a leave that failed `attempts` times."""
        return min(self.first_pause * 2 ** max(attempts - 1, 0), MAX_PAUSE)

    async def _loop(self) -> None:
        while True:
            timeout = await self._wait_time()
            await woken(self._wake, timeout)
            self._wake.clear()
            try:
                await self.run_once()
            except asyncio.CancelledError:
                raise
            except Exception:  # the store is away: the next round tries again
                log.warning("group leaves: a round failed; trying again later", exc_info=True)

    async def _wait_time(self) -> float:
        try:
            due = await self.runner.run(self.store.next_group_leave_at)
        except Exception:  # noqa: BLE001 (the store is away: poll)
            return self.poll
        if due is None:
            return self.poll
        # At least a moment, so that a leave due "now" on a clock that stands still
        # (tests) cannot spin the loop.
        return max(0.05, min(self.poll, (due - self.clock.now()).total_seconds()))

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
