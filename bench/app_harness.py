"""The app's window under measurement, shared by bench/ui and bench/retention: the real
MainWindow over build_desk on a qasync loop, offscreen, a paint probe and a loop-stall
meter. Imported by the bench scripts (their folder is first on sys.path)."""

from __future__ import annotations

import asyncio
import os
import sys
import threading
import time
from pathlib import Path

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


class StallSampler:
    """What the loop's thread was running during its longest stalls (--arrive-stalls): a
    thread samples the loop thread's Python stack every `every` s; a stall's samples are
    summed by their stack (the frames under the loop's own dispatch), so a stall names
    the callback and the call in it that held the loop. Diagnostic only: sampling needs
    the GIL, so the switch interval is lowered while it runs, which costs the loop a
    little."""

    def __init__(self, every: float = 0.001) -> None:
        self.every = every
        self.samples: list[tuple[float, tuple]] = []
        self._target = threading.get_ident()
        self._running = False
        self._thread = threading.Thread(target=self._sample, name="stall-sampler", daemon=True)
        self._interval = sys.getswitchinterval()

    def start(self) -> None:
        self._running = True
        sys.setswitchinterval(self.every / 2)
        self._thread.start()

    def stop(self) -> None:
        self._running = False
        self._thread.join()
        sys.setswitchinterval(self._interval)

    def _sample(self) -> None:
        while self._running:
            frame = sys._current_frames().get(self._target)
            stack = []
            while frame is not None:
                code = frame.f_code
                stack.append((code.co_filename, frame.f_lineno, code.co_name))
                frame = frame.f_back
            self.samples.append((time.perf_counter(), tuple(reversed(stack))))
            time.sleep(self.every)

    def report(self, ticks: list[float], top: int = 8, frames: int = 6) -> list[str]:
        """The `top` longest gaps between `ticks`, each with its most sampled stacks."""
        gaps = sorted(((b - a, a, b) for a, b in zip(ticks, ticks[1:])), reverse=True)[:top]
        lines = []
        for gap, a, b in gaps:
            inside = [stack for t, stack in self.samples if a <= t <= b]
            counts: dict[tuple, int] = {}
            for stack in inside:
                kept = tuple(f"{Path(f).name}:{line} {name}" for f, line, name in _callback_frames(stack))
                key = kept[:frames // 2] + (("…",) if len(kept) > frames else ()) + kept[-(frames // 2):] \
                    if len(kept) > frames else kept
                counts[key] = counts.get(key, 0) + 1
            lines.append(f"stall {gap * 1000:.1f} ms, {len(inside)} samples:")
            for key, n in sorted(counts.items(), key=lambda kv: -kv[1])[:3]:
                lines.append(f"    {n:3} x " + " > ".join(key or ("(in Qt, or idle)",)))
        return lines


def _callback_frames(stack: tuple) -> tuple:
    """The frames of the callback the loop was running: below asyncio's Handle._run (a
    task step, a call_soon), else below qasync's loop (a Qt signal or timer's slot)."""
    cut = 0
    for k, (file, _line, name) in enumerate(stack):
        if (name == "_run" and file.endswith("asyncio/events.py")) or \
                (name.startswith("run_") and "qasync" in file):
            cut = k + 1
    return tuple(frame for frame in stack[cut:]
                 if not (frame[2] in ("__step", "__wakeup") and frame[0].endswith("asyncio/tasks.py")))
