"""What the duty holder's retrying jobs share (group leaves, changes of sent messages):
rounds over the work that is due, woken by `kick()`, by the earliest retry coming due,
or every `poll` seconds (work another process queued), with a growing pause per failure.

A subclass gives `run_once()` (one round; its failures are logged and the next round
tries again), `next_due()` (blocking: when the earliest retry is due, or None) and, if
it follows the bus, `wakes_on(change)` (which store changes are work for it); every job
wakes when the connection is back.
`start()` and `async stop()` are idempotent (the DutyJobs contract).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime

from ..domain.clock import Clock
from ..net.gateway import ConnectionState
from ..store.records import Change
from .events import ConnectionChanged, StoreChanged
from .runner import StoreRunner
from .wakeup import woken

log = logging.getLogger("deskclient.services")


class DutyRounds:
    what = "a duty job"  # in log lines
    poll = 30.0
    first_pause = 5.0
    max_pause = 600.0

    def __init__(self, runner: StoreRunner, clock: Clock) -> None:
        self.runner = runner
        self.clock = clock
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

    def wakes_on(self, change: Change) -> bool:
        """A store change that may be work for this job (none by default)."""
        return False

    def on_event(self, event) -> None:
        """Subscribed to the bus: work queued (`wakes_on`), or the connection is back."""
        if isinstance(event, StoreChanged) and self.wakes_on(event.change):
            self.kick()
        elif isinstance(event, ConnectionChanged) and event.state is ConnectionState.ONLINE:
            self.kick()

    def pause_after(self, attempts: int) -> float:
        """Seconds before the next try of work that failed `attempts` times."""
        return min(self.first_pause * 2 ** max(attempts - 1, 0), self.max_pause)

    async def run_once(self) -> int:
        raise NotImplementedError

    def next_due(self) -> datetime | None:
        raise NotImplementedError

    async def _loop(self) -> None:
        while True:
            await woken(self._wake, await self._wait_time())
            self._wake.clear()
            try:
                await self.run_once()
            except asyncio.CancelledError:
                raise
            except Exception:  # the store is away: the next round tries again
                log.warning("%s: a round failed; trying again later", self.what, exc_info=True)

    async def _wait_time(self) -> float:
        try:
            due = await self.runner.run(self.next_due)
        except Exception:  # noqa: BLE001 (the store is away: poll)
            return self.poll
        if due is None:
            return self.poll
        # At least a moment, so that work due "now" on a clock that stands still (tests)
        # cannot spin the loop.
        return max(0.05, min(self.poll, (due - self.clock.now()).total_seconds()))
