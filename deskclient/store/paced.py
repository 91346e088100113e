"""The purge's work in short steps that leave room for filing (issue 17 item 6).

Citizens keep writing while the daily purge runs. Every step of the purge (a chunk of
tickets deleted, a piece of the full-text index merged, some free pages given back) is
its own transaction, and after each the purge pauses (SQLite: `MIN_PAUSE`), so a
filing waiting for SQLite's write lock (its busy handler retries every 25 ms by then)
or a PostgreSQL row lock gets it between two steps: a filing waits for one step at
most. (On PostgreSQL a step holds only the purged rows' locks: a short pause.)
A step's size follows the time the last one took, to last `BUSY_STEP` while others
are writing (SQLite tells: another connection committed since the last step) and
`QUIET_STEP` otherwise, so a purge with nobody filing (the nightly run, `deskclient
purge`) is not slowed down much.

A step refused for a lock another writer holds (a burst of filings, a long import) is
tried again after a pause, for as long as `PATIENCE`, instead of failing the purge: the
purge yields and resumes where it was.
"""

from __future__ import annotations

import logging
import time
from typing import Callable, TypeVar

from .faults import CONFLICT, LOCKED, classify

log = logging.getLogger("deskclient.store")

BUSY_STEP = 0.015  # seconds of one step's transaction while others write: what a filing waits
QUIET_STEP = 0.08  # the same while nobody else writes (or cannot tell: PostgreSQL)
MIN_PAUSE = 0.03  # after each step: longer than SQLite's busy handler's retry interval
ROW_LOCK_PAUSE = 0.005  # PostgreSQL's: a step there holds the purged rows' locks only
PATIENCE = 600.0  # seconds a step keeps being retried while others hold the lock

T = TypeVar("T")


class Pace:
    """Sizes steps to last about a step's time and pauses between them.

    `size` is how much work the next step takes (tickets, index pages, free pages).
    `others_wrote()`, when given, tells whether another connection wrote since it was
    last asked; `after_step()` runs after each step, before the `pause` (SQLite: a
    passive checkpoint of what the step wrote, see RetentionStore.after_step). `sleep`
    is injectable for tests; `should_stop` cuts a retry short (the app closing)."""

    def __init__(self, first: int, most: int, least: int = 1,
                 others_wrote: Callable[[], bool | None] | None = None,
                 after_step: Callable[[], None] | None = None, pause: float = MIN_PAUSE,
                 sleep: Callable[[float], None] = time.sleep,
                 should_stop: Callable[[], bool] = lambda: False) -> None:
        self.size = max(least, min(first, most))
        self.most = most
        self.least = least
        self.others_wrote = others_wrote
        self.after_step = after_step
        self.pause = pause
        self.sleep = sleep
        self.should_stop = should_stop

    def ran(self, size: int, seconds: float) -> None:
        if self.after_step is not None:
            self.after_step()
        busy = self.others_wrote is not None and self.others_wrote()
        budget = BUSY_STEP if busy else QUIET_STEP
        if size > 0 and seconds > 0:
            wanted = int(size * budget / seconds)
            # Grows by half at most (one fast step on a busy machine is no promise).
            self.size = max(self.least, min(self.most, wanted, size + size // 2 + 1))
        self.sleep(self.pause)

    def step(self, work: Callable[[int], T], db) -> T:
        """Run `work(self.size)` (one transaction), again while the lock stays taken;
        then pace. Raises what `work` raised once `PATIENCE` has passed."""
        deadline = time.monotonic() + PATIENCE
        delay = 0.1
        while True:
            size = self.size
            started = time.perf_counter()
            try:
                result = work(size)
            except Exception as exc:
                if classify(exc, db) not in (LOCKED, CONFLICT) or time.monotonic() > deadline \
                        or self.should_stop():
                    raise
                log.info("purge step waits for the database's lock")
                self.size = max(self.least, size // 2)
                self.sleep(delay)
                delay = min(delay * 2, 2.0)
                continue
            self.ran(size, time.perf_counter() - started)
            return result
