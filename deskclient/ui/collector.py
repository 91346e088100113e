"""Python's cyclic garbage collected on the GUI thread only.

Left alone, the collector runs in whichever thread happens to allocate — the store's
worker, say — and destroys Qt objects there ("Timers cannot be stopped from another
thread", or worse). As qutebrowser does, automatic collection is switched off and a
timer on the GUI thread collects instead.

A full collection walks every object created since start-up (40-70 ms with a big queue
and thread loaded): while objects are being made fast (messages arriving, a burst being
shown) it waits, for at most FULL_POSTPONED_AT_MOST_S, and the middle generation is
collected at every interval instead, so that each collection walks one interval's
survivors (issue 17 item 3: these collections were a burst's longest stalls).
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

# Often enough that the youngest generation stays small: at a burst's 15,000-60,000
# new objects a second, collected once a second it took 20-50 ms a time.
INTERVAL_MS = 100
# Allocations in one interval, in multiples of the youngest generation's threshold, that
# say the window is busy: a full collection then waits.
BUSY_ALLOCATIONS = 1
FULL_POSTPONED_AT_MOST_S = 60.0
# Middle-generation collections before a full one: CPython's default, kept here (a running
# desk raises the process's own threshold for automatic collection, deskclient/heap.py).
FULL_AFTER = 10
QUIET_BEFORE_FULL_S = 2.0  # busy until this long after the last busy interval


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, interval=INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._last_full = self._busy_until = time.monotonic()

    def start(self) -> None:
        """Call once the window is up: what exists by then (modules, Qt wrappers) is
        frozen out of every later collection, which keeps full collections short."""
        gc.collect()
        gc.freeze()
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.unfreeze()
        gc.enable()

    def collect(self) -> None:
        """The oldest generation whose count passed its threshold, as gc itself would,
        except a full collection while busy (see above)."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        now = time.monotonic()
        if counts[0] > BUSY_ALLOCATIONS * thresholds[0]:
            self._busy_until = now + QUIET_BEFORE_FULL_S
        busy = now < self._busy_until
        if counts[2] > FULL_AFTER and (not busy or now - self._last_full > FULL_POSTPONED_AT_MOST_S):
            gc.collect(2)
            self._last_full = now
            return
        if busy:  # the survivors of one interval at a time, not of ten at once (75-90 ms)
            gc.collect(1)
            return
        for generation in (1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return
