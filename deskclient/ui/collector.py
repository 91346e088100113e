"""Python's cyclic garbage collected on the GUI thread only.

Left alone, the collector runs in whichever thread happens to allocate — the store's
worker, say — and destroys Qt objects there ("Timers cannot be stopped from another
thread", or worse). As qutebrowser does, automatic collection is switched off and a
timer on the GUI thread collects instead.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, interval=INTERVAL_MS)
        self._timer.timeout.connect(self.collect)

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
        """The oldest generation whose count passed its threshold, as gc itself would."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return
