"""The daily retention purge (PRODUCT.md, "Records, retention and privacy"), run by the
duty holder (the service, or a single desk) at a quiet hour: `retention.purge_hour`,
local time in `hours.timezone`. On PostgreSQL its rewrite of the purged tables locks
each for a while (docs/deploy.md, "Purge on PostgreSQL"), so it waits for that hour
instead of running whenever the process happened to start. A run missed because
nothing held the duty at that hour (the service was down, the PC was off) runs at
start. The last run is kept in the database (a `counter` row), so a restart or another
node taking the duty over knows whether today's has happened. (`deskclient purge` is
for a timer where `retention.purge_in_app` is off.)

The purge itself runs on a thread of its own, chunk by chunk; its progress and outcome
reach the window as events. The schedule follows the wall clock, looked at again at
least every `check_every` seconds, not one long sleep: a laptop that slept through the
hour purges when it wakes, and a failed run is tried again at the next look.

On PostgreSQL a run whose rewrite found no lull in filing leaves it owed
(store/pg_compaction.py): it is tried again every `COMPACTION_RETRY` seconds, alone
(nothing deleted, nothing said in the window again), until it is done.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, time, timedelta, tzinfo

from ..domain.clock import UTC, Clock
from ..errors import sentence
from .events import EventBus, Problem, PurgeProgressed
from .purge import PurgeProgress, PurgeReport, RetentionPurge

log = logging.getLogger("deskclient.services")

DEFAULT_HOUR = time(3, 0)
COMPACTION_RETRY = 300.0  # seconds between two tries of a compaction deferred for a lull
LAST_RUN = "purge_last_run"  # a `counter` row: the last scheduled run, seconds since 1970


def last_slot(now: datetime, at: time, tz: tzinfo) -> datetime:
    """The latest moment at `at` local time that is not after `now` (in UTC)."""
    local = now.astimezone(tz)
    day = local.date() if local.time() >= at else local.date() - timedelta(days=1)
    return datetime.combine(day, at, tzinfo=tz).astimezone(UTC)


def next_slot(now: datetime, at: time, tz: tzinfo) -> datetime:
    day = last_slot(now, at, tz).astimezone(tz).date() + timedelta(days=1)
    return datetime.combine(day, at, tzinfo=tz).astimezone(UTC)


def read_last_run(store) -> datetime | None:
    """Blocking: when the last scheduled purge ran, as the database remembers it."""
    row = store.m.Counter.get_or_none(store.m.Counter.name == LAST_RUN)
    return None if row is None else datetime.fromtimestamp(row.value, UTC)


def record_run(store, moment: datetime) -> None:
    counter = store.m.Counter
    (counter.insert(name=LAST_RUN, value=int(moment.timestamp()))
     .on_conflict(conflict_target=[counter.name], update={counter.value: int(moment.timestamp())})
     .execute())


class PurgeSchedule:
    """`store` and `runner` keep the last run in the database (None: in this process only)."""

    def __init__(self, job: RetentionPurge, bus: EventBus, clock: Clock, ran_by: str,
                 at: time = DEFAULT_HOUR, tz: tzinfo = UTC, store=None, runner=None,
                 check_every: float = 3600.0, first_delay: float = 5.0) -> None:
        self.job = job
        self.bus = bus
        self.clock = clock
        self.ran_by = ran_by
        self.at = at
        self.tz = tz
        self.store = store
        self.runner = runner
        self.check_every = check_every
        self.first_delay = first_delay  # the window paints and the network connects first
        self.last_run: datetime | None = None
        self._task: asyncio.Task | None = None
        self._running: asyncio.Future | None = None
        self.compaction_retry_at: datetime | None = None  # a deferred compaction's next try

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
        """No run since the last time the clock passed the purge hour."""
        return self.last_run is None or self.last_run < last_slot(self.clock.now(), self.at, self.tz)

    def seconds_to_next(self) -> float:
        now = self.clock.now()
        return (next_slot(now, self.at, self.tz) - now).total_seconds()

    async def _schedule(self) -> None:
        await asyncio.sleep(self.first_delay)
        await self._remember()
        while True:
            if self.due():
                await self.run_now()
            elif self.compaction_retry_at is not None and self.clock.now() >= self.compaction_retry_at:
                await self.retry_compaction()
            # A second past the hour: the wall clock and the loop's may differ a little.
            wait = self.check_every if self.due() else min(self.check_every, self.seconds_to_next() + 1)
            if self.compaction_retry_at is not None:
                wait = min(wait, max(0.0, (self.compaction_retry_at - self.clock.now()).total_seconds()))
            await asyncio.sleep(wait)

    async def _remember(self) -> None:
        if self.store is None:
            return
        try:
            stored = await self.runner.run(read_last_run, self.store)
        except Exception as exc:  # the database away: a run at start is the safe side
            log.warning("the last purge's time could not be read: %s", type(exc).__name__)
            return
        if stored is not None and (self.last_run is None or stored > self.last_run):
            self.last_run = stored

    async def run_now(self) -> PurgeReport | None:
        """One purge on its own thread; None when it failed (said in the window, tried
        again at the next check). A run the app's closing stopped is not counted: the
        next start finishes it."""
        started = self.clock.now()
        self._running = asyncio.ensure_future(asyncio.to_thread(
            self.job.run, self.ran_by, None, False, self._progress))
        try:
            report = await asyncio.shield(self._running)
        except Exception as exc:  # a locked or full disk, the team database gone: not fatal
            log.warning("scheduled retention purge failed: %s", type(exc).__name__)
            self.bus.publish(PurgeProgressed("failed", 0, 0),
                             Problem(sentence("The retention purge could not run now; it will try again within "
                                              "the hour.")))
            return None
        finally:
            self._running = None
        if not report.stopped:
            self.last_run = started
            await self._record(started)
        self._retry_if_deferred(report)
        for problem in report.problems:
            self.bus.publish(Problem(problem))
        self.bus.publish(PurgeProgressed("done", report.counts.tickets, report.counts.tickets))
        return report

    async def retry_compaction(self) -> PurgeReport | None:
        """The compaction a run deferred for a lull in filing, alone, on its own thread."""
        self._running = asyncio.ensure_future(asyncio.to_thread(self.job.compact_owed, self.ran_by))
        try:
            report = await asyncio.shield(self._running)
        except Exception as exc:  # the database away: the next try, or the next daily run
            log.warning("deferred compaction failed: %s", type(exc).__name__)
            self._retry_if_deferred(None)
            return None
        finally:
            self._running = None
        self._retry_if_deferred(report)
        if not report.compaction_deferred:  # the deferral was said once, by the run
            for problem in report.problems:
                self.bus.publish(Problem(problem))
        return report

    def _retry_if_deferred(self, report: PurgeReport | None) -> None:
        deferred = report is None or report.compaction_deferred
        self.compaction_retry_at = self.clock.now() + timedelta(seconds=COMPACTION_RETRY) if deferred else None

    async def _record(self, moment: datetime) -> None:
        if self.store is None:
            return
        try:
            await self.runner.run(record_run, self.store, moment)
        except Exception as exc:  # kept in this process: a restart purges once more, no harm
            log.warning("the purge's time could not be recorded: %s", type(exc).__name__)

    def _progress(self, progress: PurgeProgress) -> None:
        if progress.stage != "done":  # the outcome is published with the report
            self.bus.publish(PurgeProgressed(progress.stage, progress.done, progress.total))
