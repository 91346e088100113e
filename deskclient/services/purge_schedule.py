"""The retention purge at start and once a day while the app runs (PRODUCT.md, "Records,
retention and privacy"): a workstation left on for weeks still purges on time, with no
cron job. (`deskclient purge` is for machines that are off when it is due.)

The purge itself runs on a thread of its own, chunk by chunk; its progress and outcome
reach the window as events. The schedule follows the wall clock, checked every
`check_every` seconds, not one long sleep: a laptop that slept through the night purges
when it wakes.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

from ..domain.clock import Clock
from .events import EventBus, Problem, PurgeProgressed
from .purge import PurgeProgress, PurgeReport, RetentionPurge

log = logging.getLogger("deskclient.services")

EVERY = timedelta(days=1)


class PurgeSchedule:
    def __init__(self, job: RetentionPurge, bus: EventBus, clock: Clock, ran_by: str,
                 every: timedelta = EVERY, check_every: float = 3600.0, first_delay: float = 5.0) -> None:
        self.job = job
        self.bus = bus
        self.clock = clock
        self.ran_by = ran_by
        self.every = every
        self.check_every = check_every
        self.first_delay = first_delay  # the window paints and the network connects first
        self.last_run: datetime | None = None
        self._task: asyncio.Task | None = None
        self._running: asyncio.Future | None = None

    def start(self) -> None:
        self.job.stopping.clear()
        self._task = asyncio.get_running_loop().create_task(self._schedule())

    async def stop(self) -> None:
        """Stop the schedule; a purge in progress stops after its current chunk."""
        self.job.stopping.set()
        if self._task is not None:
            self._task.cancel()
            self._task = None
        if self._running is not None:
            await asyncio.gather(self._running, return_exceptions=True)

    def due(self) -> bool:
        return self.last_run is None or self.clock.now() - self.last_run >= self.every

    async def _schedule(self) -> None:
        await asyncio.sleep(self.first_delay)
        while True:
            if self.due():
                await self.run_now()
            await asyncio.sleep(self.check_every)

    async def run_now(self) -> PurgeReport | None:
        """One purge on its own thread; None when it failed (said in the window, tried
        again at the next check)."""
        self.last_run = self.clock.now()
        self._running = asyncio.ensure_future(asyncio.to_thread(
            self.job.run, self.ran_by, None, False, self._progress))
        try:
            report = await asyncio.shield(self._running)
        except Exception as exc:  # a locked or full disk, the team database gone: not fatal
            log.warning("scheduled retention purge failed: %s", type(exc).__name__)
            self.last_run = None
            self.bus.publish(PurgeProgressed("failed", 0, 0),
                             Problem("The retention purge could not run now; it will try again within the hour."))
            return None
        finally:
            self._running = None
        for problem in report.problems:
            self.bus.publish(Problem(problem))
        self.bus.publish(PurgeProgressed("done", report.counts.tickets, report.counts.tickets))
        return report

    def _progress(self, progress: PurgeProgress) -> None:
        if progress.stage != "done":  # the outcome is published with the report
            self.bus.publish(PurgeProgressed(progress.stage, progress.done, progress.total))
