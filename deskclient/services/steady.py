"""Filing that waits a database fault out instead of dropping the citizen's message.

The store itself waits a few seconds (reconnecting, waiting for a lock); when a fault
lasts longer, every call of the ingest keeps trying here with backoff (0.2 s doubling to
10 s) and returns only once the work is done. The agents see one plain sentence in the
status bar while messages wait, and see it go when filing works again. When the desk is
stopping, a waiting call raises CancelledError: the caller (the gateway) must not save
its position in Telegram's update stream past a message that was not filed.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Awaitable, Callable, TypeVar

import peewee as pw

from ..errors import StoreUnavailable, sentence
from ..store.faults import StoreFault
from .events import EventBus, Problem, ProblemCleared

log = logging.getLogger("deskclient.services")

T = TypeVar("T")

FIRST_DELAY = 0.2
MAX_DELAY = 10.0
REPORT_AGAIN_AFTER = 15.0  # seconds: the waiting count in the status bar is refreshed no oftener

_SHORT = {"locked": sentence("The database refuses writes (locked)."),
          "connection lost": sentence("The database cannot be reached."),
          "disk full": sentence("The database refuses writes (disk full)."),
          "disk error": sentence("The database reports disk errors.")}
UNAVAILABLE = sentence("The database is unavailable.")
# The status bar's line while filing waits (the window says it by this shape, ui/sentences.py).
WAITING = sentence("{problem} Citizens' messages waiting to be filed when it is back: {count}.")

# Faults of the database, not of the message: waiting may cure them.
STORE_FAULTS = (StoreUnavailable, pw.OperationalError, pw.InterfaceError, OSError)


class SteadyFiling:
    def __init__(self, bus: EventBus, first_delay: float = FIRST_DELAY, max_delay: float = MAX_DELAY) -> None:
        self.bus = bus
        self.first_delay = first_delay
        self.max_delay = max_delay
        self.waiting = 0  # calls currently waiting for the database
        self.stopping = False
        self._reported_at: float | None = None  # when the current fault was last reported
        self._reported_waiting = 0
        self._shown = False  # a Problem is in the status bar

    async def run(self, call: Callable[[], Awaitable[T]]) -> T:
        """`await call()` until it succeeds; store faults are waited out, others raise."""
        delay = self.first_delay
        counted = False
        try:
            while True:
                try:
                    result = await call()
                except STORE_FAULTS as exc:
                    if self.stopping:
                        raise asyncio.CancelledError("the desk is stopping") from exc
                    if not counted:
                        counted = True
                        self.waiting += 1
                    self._report(exc)
                    log.warning("filing waits for the database (%s); next try in %.1f s",
                                _reason(exc), delay)
                    await asyncio.sleep(delay)
                    delay = min(delay * 2, self.max_delay)
                    continue
                if counted:
                    counted = False
                    self.waiting -= 1
                self._recovered()
                return result
        finally:
            if counted:
                self.waiting -= 1

    def _report(self, exc: BaseException) -> None:
        """Once per fault (refreshed only when the count changed, a while later). Said a
        moment after the failure, so that a whole failed batch is counted, not its first."""
        now = time.monotonic()
        if self._reported_at is not None and (now - self._reported_at < REPORT_AGAIN_AFTER
                                              or self.waiting == self._reported_waiting):
            return
        self._reported_at, self._reported_waiting = now, -1
        asyncio.get_running_loop().call_later(0.05, self._publish, _reason(exc))

    def _publish(self, reason: str) -> None:
        if self._reported_at is None or self.waiting == 0:
            return  # it passed meanwhile: nothing to say
        count = self._reported_waiting = self.waiting
        self._shown = True
        self.bus.publish(Problem(WAITING.format(problem=_SHORT.get(reason, UNAVAILABLE), count=count), lasting=True))

    def _recovered(self) -> None:
        if self._reported_at is not None and self.waiting == 0:
            self._reported_at = None
            log.info("filing works again")
            if self._shown:
                self._shown = False
                self.bus.publish(ProblemCleared(sentence("The database is back: waiting messages were filed.")))


def _reason(exc: BaseException) -> str:
    if isinstance(exc, StoreFault):
        return exc.reason
    return type(exc).__name__
