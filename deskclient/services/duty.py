"""The duty: exactly one process of a desk sends the outbox, the automatic messages and
later broadcasts, and runs the purge. Every process may file incoming messages.

`DutyLease` keeps trying to take the duty lock (store/duty_lock.py) while it does not
hold it, and checks it still does while it holds it; a check that fails or hangs gives
the duty up at once, before anyone else can be granted it (the database frees a lost
holder's lock only once it notices the session is gone). Nothing is sent twice across a
takeover: the outbox's random_id guards each message.

Signals: `DutyChanged(held)` on the EventBus, and the `on_change(held)` callback, which
is awaited before the lease tries again, so duty jobs have stopped before this process
could take the duty back.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

from ..store.duty_lock import DutyLock
from .events import DutyChanged, EventBus

log = logging.getLogger("deskclient.services")

TRY_EVERY = 1.5  # s between tries while another holds the duty
CHECK_EVERY = 1.5  # s between checks while holding it
CALL_TIMEOUT = 2.0  # s a check may take before the duty is given up anyway
ACQUIRE_TIMEOUT = 6.0  # s a try (connect included) may take


class DutyLease:
    def __init__(self, lock: DutyLock, bus: EventBus | None = None,
                 on_change: Callable[[bool], Any] | None = None,
                 try_every: float = TRY_EVERY, check_every: float = CHECK_EVERY) -> None:
        self.lock = lock
        self.bus = bus
        self.on_change = on_change
        self.try_every = try_every
        self.check_every = check_every
        self.held = False
        self._task: asyncio.Task | None = None
        self._executor = self._new_executor()

    @staticmethod
    def _new_executor() -> ThreadPoolExecutor:
        return ThreadPoolExecutor(max_workers=1, thread_name_prefix="deskclient-duty")

    async def start(self) -> None:
        """Try once now (a single desk holds its duty from the start), then keep at it."""
        if self._task is not None and not self._task.done():
            return
        await self._step()
        self._task = asyncio.ensure_future(self._run())

    async def stop(self) -> None:
        """Give the duty up for the next holder (idempotent)."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        if self.held:
            await self._changed(False)
        try:
            await self._call(self.lock.release, CALL_TIMEOUT)
        except Exception:
            log.warning("duty lock not released cleanly; the database frees it with the session")
        self._executor.shutdown(wait=False)
        self._executor = self._new_executor()

    def holder(self) -> str | None:
        """Who holds the duty, for `deskclient status` (blocking: a short query or a file read)."""
        return self.lock.holder()

    async def _call(self, fn, timeout: float):
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(self._executor, fn)
        try:
            return await asyncio.wait_for(future, timeout)
        except asyncio.TimeoutError:
            # The thread is stuck on a dead connection: leave it there (keepalives end it)
            # and carry on with a fresh thread and connection.
            log.warning("duty lock: the database does not answer")
            self._executor.shutdown(wait=False)
            self._executor = self._new_executor()
            self.lock.abandon()
            return False

    async def _step(self) -> None:
        if self.held:
            if not await self._call(self.lock.check, CALL_TIMEOUT):
                log.warning("duty lost: this process stops sending")
                await self._changed(False)
        elif await self._call(self.lock.try_acquire, ACQUIRE_TIMEOUT):
            log.info("duty taken: this process sends the outbox")
            await self._changed(True)

    async def _run(self) -> None:
        while self._task is asyncio.current_task():
            await asyncio.sleep(self.check_every if self.held else self.try_every)
            try:
                await self._step()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("duty lease step failed")

    async def _changed(self, held: bool) -> None:
        self.held = held
        if self.on_change is not None:
            try:
                result = self.on_change(held)
                if inspect.isawaitable(result):
                    await result
            except Exception:
                log.exception("duty change handler failed")
        if self.bus is not None:
            self.bus.publish(DutyChanged(held))
