"""The app's window under measurement, shared by bench/ui and bench/retention: the real
MainWindow over build_desk on a qasync loop, offscreen, a paint probe and a loop-stall
meter. Imported by the bench scripts (their folder is first on sys.path)."""

from __future__ import annotations

import asyncio
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_API"] = "pyside6"  # qasync must pick PySide6 (STACK.md)

from PySide6.QtCore import QEvent, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import qasync  # noqa: E402

from deskclient.app import build_desk  # noqa: E402
from deskclient.net.demo import DemoNetwork  # noqa: E402


class PaintProbe(QObject):
    """Counts Paint events on a widget; `next_paint()` resolves once the loop is free
    again after the next one (the paint itself runs between the filter and then)."""

    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.paints = 0
        self._waiters: list[asyncio.Future] = []
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
            waiters, self._waiters = self._waiters, []
            for future in waiters:
                asyncio.get_running_loop().call_soon(_stamp, future)
        return False

    def next_paint(self) -> asyncio.Future:
        future = asyncio.get_running_loop().create_future()
        self._waiters.append(future)
        return future


def _stamp(future: asyncio.Future) -> None:
    if not future.done():
        future.set_result(time.perf_counter())


async def painted(probe: PaintProbe, timeout: float = 5.0) -> float:
    return await asyncio.wait_for(probe.next_paint(), timeout)


class StallMeter:
    """A 5 ms precise timer; a gap between ticks beyond 5 ms is time the loop was busy."""

    def __init__(self, interval_ms: int = 5) -> None:
        self.interval = interval_ms / 1000
        self.ticks: list[float] = []
        self.timer = QTimer(interval=interval_ms)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def start(self) -> None:
        self.ticks = [time.perf_counter()]
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        self.ticks.append(time.perf_counter())
        return [max(0.0, b - a - self.interval) for a, b in zip(self.ticks, self.ticks[1:])]


async def open_window(config, clock, gateway_factory=None):
    """(desk, bridge, window): the window shown and painted, the desk not started.
    `gateway_factory(clock)`: the desk's gateway (default: the demo network's)."""
    from deskclient.ui.bridge import EventBridge
    from deskclient.ui.collector import GuiThreadCollector
    from deskclient.ui.main_window import MainWindow
    if gateway_factory is None:
        network = DemoNetwork(templates=config["templates"], clock=clock)
        gateway_factory = lambda c: network.gateway(config, c)  # noqa: E731
    desk = build_desk(config, gateway_factory, clock=clock)
    bridge = EventBridge(desk.bus)
    window = MainWindow(desk.desk, bridge, desk.gateway.label)
    probe = PaintProbe(window.ticket.view.viewport())
    window.show()
    await painted(probe)
    window.collector = GuiThreadCollector(window)  # as ui/run.py runs the app: once the window is up
    window.collector.start()
    return desk, bridge, window


async def close_window(desk, bridge, window) -> None:
    await asyncio.sleep(0.05)  # let asyncSlots (mark_read) finish
    window.collector.stop()
    window.shutdown()  # as the app closes: the window lets go, the desk stops, then Qt
    await desk.stop()
    window.close()
    window.deleteLater()
    bridge.deleteLater()
    await asyncio.sleep(0)


def run_gui(coro_factory):
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)  # as ui/run.py: closing the window ends nothing
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        return loop.run_until_complete(coro_factory())
    finally:
        loop.close()
        # qasync's stop() set Qt's quit flag: clear it before the next loop (STACK.md).
        QTimer.singleShot(0, app.quit)
        app.exec()
        asyncio.set_event_loop(None)
