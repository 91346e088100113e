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


from deskclient.app import build_desk  # noqa: E402
from deskclient.ui.event_loop import DeskEventLoop  # noqa: E402
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
    """A 5 ms precise timer; a gap between ticks beyond 5 ms is time the loop was busy.
    `cpu` (after stop): per gap, the CPU time the loop's thread used in it. On a shared
    machine a gap may be long while the thread was not running at all (other processes
    had the cores): its CPU time is the loop's own work, whatever the machine's load."""

    def __init__(self, interval_ms: int = 5) -> None:
        self.interval = interval_ms / 1000
        self.ticks: list[float] = []
        self.cpu_ticks: list[float] = []
        self.cpu: list[float] = []
        self.timer = QTimer(interval=interval_ms)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.ticks.append(time.perf_counter())
        self.cpu_ticks.append(time.thread_time())

    def start(self) -> None:
        self.ticks, self.cpu_ticks = [], []
        self._tick()
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        self._tick()
        self.cpu = [b - a for a, b in zip(self.cpu_ticks, self.cpu_ticks[1:])]
        return [max(0.0, b - a - self.interval) for a, b in zip(self.ticks, self.ticks[1:])]


class MachineNoise:
    """The machine's own stalls over the same seconds, as an in-run baseline for a
    shared machine: a separate process (no Qt, no GIL shared with the window) sleeps
    5 ms at a time and records how late it wakes; its longest lateness is what other
    processes' load alone does to a thread that is ready to run."""

    _PROBE = ("import select, sys, time\n"
              "late = 0.0\n"
              "while not select.select([sys.stdin], [], [], 0)[0]:\n"
              "    t = time.perf_counter()\n"
              "    time.sleep(0.005)\n"
              "    late = max(late, time.perf_counter() - t - 0.005)\n"
              "print(late)\n")

    def start(self) -> None:
        import subprocess
        self._process = subprocess.Popen([sys.executable, "-c", self._PROBE], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, text=True)

    def stop(self) -> float:
        """The longest lateness, seconds."""
        out, _ = self._process.communicate("stop\n", timeout=10)
        return float(out.strip())


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
    loop = DeskEventLoop(app)  # the app's loop (ui/run.py)
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
        names = {}
        me = threading.get_ident()
        while self._running:
            frames = sys._current_frames()
            frame = frames.get(self._target)
            stack = []
            while frame is not None:
                code = frame.f_code
                stack.append((code.co_filename, frame.f_lineno, code.co_name))
                frame = frame.f_back
            others = []  # what the other threads run, to tell a wait for the GIL from Qt's work
            for ident, other in frames.items():
                if ident in (me, self._target):
                    continue
                if ident not in names:
                    names[ident] = next((t.name for t in threading.enumerate() if t.ident == ident), "?")
                where = f"{Path(other.f_code.co_filename).name}:{other.f_code.co_name}"
                if where not in _IDLE:
                    others.append(f"{names[ident]}: {where}")
            self.samples.append((time.perf_counter(), tuple(reversed(stack)), tuple(others)))
            time.sleep(self.every)

    def report(self, ticks: list[float], cpu: list[float], top: int = 8, frames: int = 6) -> list[str]:
        """The `top` gaps between `ticks` in which the loop's thread used the most CPU
        time (`cpu`, per gap: its own work), each with its most sampled stacks."""
        gaps = sorted(zip(cpu, ticks, ticks[1:]), reverse=True)[:top]
        lines = []
        for used, a, b in gaps:
            inside = [stack for t, stack, _ in self.samples if a <= t <= b]
            beside: dict[str, int] = {}
            for t, _, others in self.samples:
                if a <= t <= b:
                    for other in others:
                        beside[other] = beside.get(other, 0) + 1
            counts: dict[tuple, int] = {}
            for stack in inside:
                kept = tuple(f"{Path(f).name}:{line} {name}" for f, line, name in _callback_frames(stack))
                key = kept[:frames // 2] + (("…",) if len(kept) > frames else ()) + kept[-(frames // 2):] \
                    if len(kept) > frames else kept
                counts[key] = counts.get(key, 0) + 1
            lines.append(f"stall {(b - a) * 1000:.1f} ms, the loop's CPU {used * 1000:.1f} ms, {len(inside)} samples:")
            for key, n in sorted(counts.items(), key=lambda kv: -kv[1])[:3]:
                lines.append(f"    {n:3} x " + " > ".join(key or ("(in Qt, or idle)",)))
            busiest = sorted(beside.items(), key=lambda kv: -kv[1])[:3]
            lines.append("      beside: " + "; ".join(f"{n} x {where}" for where, n in busiest))
        return lines


_IDLE = {"threading.py:wait", "thread.py:_worker", "queue.py:get", "selectors.py:select", "connection.py:_recv"}


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
