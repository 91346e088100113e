"""What the duty holder's two senders share (the outbox, services/outbox.py; the lists'
sender, services/broadcast_sender.py): their lifecycle and the shape of their loop.

A `DutySender` is a duty job (services/node.py `DutyJobs`): `start()` when this process
takes the duty, `await stop()` when it loses it, both idempotent; `kick()` when there is
something to look at (queued, cancelled, the connection back). Its loop runs the
subclass's `_pump()` until stopped; a failure is logged and the loop starts again after
a short pause, with what it held of the queue forgotten (the store is the truth: it is
read again). A stop lets the sends on the wire finish (services/send_stop.py).

A subclass gives `what` (its name in log lines), `_pump()` (sends until stopped, waiting
with `_idle()`, which `kick()` ends), and may give `_resume()` (once, before the first
pump: sends in flight when sending last stopped) and `_forget()` (at a stop: what it
holds besides the window). It keeps `_sends` (its sends on the wire), `_recorder` (the
task writing their receipts, or None) and `_window` (the part of the queue in hand).
"""

from __future__ import annotations

import asyncio
import logging

from .send_stop import stop_sending
from .wakeup import woken

log = logging.getLogger("deskclient.services")

STOP_GRACE = 5.0  # s: sends on the wire when the sender stops are let finish this long
FAILED_PAUSE = 2.0  # s before the loop starts again after a failure


class DutySender:
    what = "a sender"

    def __init__(self) -> None:
        self._wake = asyncio.Event()
        self._task: asyncio.Task | None = None
        self._sends: set[asyncio.Task] = set()
        self._recorder: asyncio.Task | None = None
        self._window: list = []
        self._dirty = True

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self) -> None:
        if self.running:
            return
        self._dirty = True
        self._task = asyncio.ensure_future(self._run())
        self.kick()

    async def stop(self) -> None:
        """Starts no more sends; those already on the wire get `STOP_GRACE` seconds to be
        answered, and their receipts are recorded if the store lets us within 2 s more.
        Whatever is cut short the next holder sends again under the same random_id
        (on WhatsApp: waits for its status), harmlessly."""
        task, self._task = self._task, None
        await stop_sending(task, self._sends, lambda: self._recorder, self.what, STOP_GRACE)
        self._sends.clear()
        self._window = []
        self._forget()

    def kick(self) -> None:
        """Look at the queue again, now."""
        self._dirty = True
        self._wake.set()

    # -- for the subclass's loop ----------------------------------------------------------

    def _stopped(self) -> bool:
        # Checked as well as cancellation: Python 3.11's wait_for may swallow a cancel.
        return self._task is not asyncio.current_task()

    async def _idle(self, timeout: float) -> None:
        """Until kicked, or `timeout` seconds (then the queue is read again anyway: a
        NOTIFY may have been lost)."""
        if not await woken(self._wake, timeout):
            self._dirty = True
        self._wake.clear()

    async def _run(self) -> None:
        await self._resume()
        while not self._stopped():
            try:
                await self._pump()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("%s failed; trying again shortly", self.what)
                self._window, self._dirty = [], True
                await self._idle(FAILED_PAUSE)

    async def _resume(self) -> None:
        """Before the first pump (nothing by default)."""

    def _forget(self) -> None:
        """At a stop, besides the window (nothing by default)."""

    async def _pump(self) -> None:
        raise NotImplementedError
