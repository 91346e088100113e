"""Group commit: messages that arrive while a write is under way share the next one.

Telethon hands each update to its own task, so a burst (a catch-up after a night
offline, a busy morning) arrives as many concurrent `submit` calls. Each caller still
gets its own result, in arrival order, and a failing batch is retried one by one so
that one bad message cannot fail its neighbours. When the batch failed because of the
database (locked, unreachable: `STORE_FAULTS`), not of one message, every caller gets
that fault at once instead of each waiting it out again alone; the callers retry
(services/steady.py), and their retries batch together again.

Before each write the loop gets a turn, so that the window shows the last write's
changes while the store thread is idle: painting calls into Python thousands of times,
and each call waits for the interpreter lock while a write holds it (a queue repaint
went from 5 to 37 ms). That turn also lets more concurrent messages join the batch; and
while the turns bring more (a burst coming through Telegram, an update every few
turns), the loop gets more turns, up to MAX_BATCH or COLLECT_FOR, before the write is
handed over.
Every write is a hand-over between the threads and a few statements, each of which
gives the interpreter lock up and waits to get it back from the busy loop thread: a
burst filed ten messages a write, and those hand-overs cost more CPU than the filing.
"""

from __future__ import annotations

import asyncio
from typing import Callable, Generic, TypeVar

from .runner import StoreRunner
from .steady import STORE_FAULTS

Item = TypeVar("Item")
Result = TypeVar("Result")

MAX_BATCH = 500
COLLECT_FOR = 0.05  # seconds: the longest a write waits for a burst's next messages
# An update takes a few turns from Telegram's queue to `submit` (Telethon's update loop
# awaits the queue through wait_for): this many turns without a new message end a burst.
IDLE_TURNS = 3


class GroupCommit(Generic[Item, Result]):
    def __init__(self, runner: StoreRunner, write_many: Callable[[list[Item]], list[Result]],
                 max_batch: int = MAX_BATCH) -> None:
        self._runner = runner
        self._write_many = write_many
        self._max_batch = max_batch
        self._pending: list[tuple[Item, asyncio.Future]] = []
        self._flusher: asyncio.Task | None = None

    async def submit(self, item: Item) -> Result:
        future = asyncio.get_running_loop().create_future()
        self._pending.append((item, future))
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.ensure_future(self._flush())
        return await future

    async def _flush(self) -> None:
        loop = asyncio.get_running_loop()
        while self._pending:
            until = loop.time() + COLLECT_FOR
            idle = 0  # turns in a row that brought nothing
            while True:
                waiting = len(self._pending)
                await asyncio.sleep(0)
                idle = idle + 1 if len(self._pending) == waiting else 0
                if idle >= IDLE_TURNS or len(self._pending) >= self._max_batch or loop.time() >= until:
                    break
            batch = self._pending[:self._max_batch]
            del self._pending[:self._max_batch]
            if len(batch) > 1:
                try:
                    results = await self._runner.run(self._write_many, [item for item, _ in batch])
                except STORE_FAULTS as exc:
                    for _, future in batch:
                        if not future.done():
                            future.set_exception(exc)
                    continue
                except Exception:
                    pass  # retried one by one below, so the culprit fails alone
                else:
                    for (_, future), result in zip(batch, results):
                        if not future.done():
                            future.set_result(result)
                    continue
            for item, future in batch:
                try:
                    [result] = await self._runner.run(self._write_many, [item])
                except Exception as exc:  # handed to that message's caller only
                    if not future.done():
                        future.set_exception(exc)
                else:
                    if not future.done():
                        future.set_result(result)
