"""The window's asyncio loop: qasync's, with the callbacks made ready run a slice at a time.

qasync runs each `call_soon` callback as a Qt zero-timer of its own, and Qt fires every
timer due in one pass of its event loop before it paints or fires the next timer. A
group commit of a few hundred messages wakes as many tasks at once (and Telethon starts
one per update): their steps ran in one pass, 30-40 ms of the loop's own time with no
paint, key press nor timer between (bench/ui arrive). Here the callbacks made ready wait
in one queue, in order, and one zero-timer runs them for at most SLICE_S a pass; Qt's
own events come between slices. What a callback makes ready runs in a later pass, as
asyncio's own loop does (`_run_once` runs only what was ready when it began).
Delayed callbacks (`call_later`, `call_at`) are qasync's, unchanged; as with qasync, a
callback scheduled once the loop is closed never runs (not even under the next loop).
"""

from __future__ import annotations

import asyncio
import time
from collections import deque

from PySide6.QtCore import QTimer  # before qasync, which takes the first Qt binding it finds

import qasync

SLICE_S = 0.004


class DeskEventLoop(qasync.QEventLoop):
    def __init__(self, app=None, **kwargs) -> None:
        self._soon: deque[asyncio.Handle] = deque()
        self._armed = False
        self._slicer = QTimer(singleShot=True, interval=0)
        self._slicer.timeout.connect(self._run_slice)
        super().__init__(app, **kwargs)

    def call_soon(self, callback, *args, context=None) -> asyncio.Handle:
        if self.get_debug() and asyncio.iscoroutinefunction(callback):  # as asyncio checks
            raise TypeError("coroutines cannot be used with call_soon()")
        handle = asyncio.Handle(callback, args, self, context=context)
        if self.is_closed():
            return handle  # never run, as qasync drops what comes after its close
        self._soon.append(handle)
        if not self._armed:
            self._armed = True
            self._slicer.start()
        return handle

    def run_forever(self):
        if self._soon and not self._armed:  # what was made ready while it did not run
            self._armed = True
            self._slicer.start()
        return super().run_forever()

    def _run_slice(self) -> None:
        self._armed = False
        if not self.is_running():
            # Qt's events processed while the loop does not run (processEvents between
            # two run_until_complete calls): a coroutine step there has no running loop
            # (asyncio.get_running_loop() fails). Nothing runs, as with asyncio's own
            # loop; run_forever takes them up again.
            return
        soon = self._soon
        deadline = time.perf_counter() + SLICE_S
        try:
            for _ in range(len(soon)):  # those ready now; what they make ready waits its turn
                handle = soon.popleft()
                if not handle._cancelled:
                    handle._run()  # reports its own exception to the loop's handler
                if time.perf_counter() >= deadline:
                    break
        finally:
            if soon and not self._armed and not self.is_closed():
                self._armed = True
                self._slicer.start()

    def close(self) -> None:
        super().close()
        self._slicer.stop()
        self._soon.clear()
