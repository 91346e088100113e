"""bench/ui's start: process start to the queue's first page painted, the real command
(`deskclient`, no subcommand: the window) in a fresh process, on the simulated Telegram
in its own process (a prepared session; the real TelegramClient connects to it), on a
store of N tickets / M messages and, in the same run, on an empty store (the baseline:
what every start pays whatever the store holds).

Timed from just before the parent starts the process to the first Paint of the queue's
table viewport having run (the child's only addition: an event filter on that viewport,
installed when MainWindow is built, which then prints the time and ends the process;
hooked in as the app imports the window's module, so nothing is imported earlier or in
another order than at a real start).
The store's file is in the page cache (it was just built): a warm start, as after the
first of the day. Bytecode is written and used (PYTHONDONTWRITEBYTECODE is dropped for
the child, and one start runs untimed first), as in an installed package."""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from figures import spread

from deskclient.net.simulated import SimulatorOperator, prepare_session, start_simulator

_CHILD = """
import importlib.abc, importlib.util, os, sys, time

def watch(module):  # the queue's viewport: its first paint ends the process
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, self.report)  # after this paint has run
            return False

        def report(self):
            print(f"painted {time.time():.6f} rows {self.parent().model().rowCount()}", flush=True)
            os._exit(0)

    built = module.MainWindow.__init__
    def init(self, *args, **kwargs):
        built(self, *args, **kwargs)
        self.queue.table.viewport().installEventFilter(FirstPaint(self.queue.table))
    module.MainWindow.__init__ = init

class Finder(importlib.abc.MetaPathFinder):  # patches MainWindow when the app imports it,
    def find_spec(self, name, path, target=None):  # not before: the import order is the app's
        if name != "deskclient.ui.main_window":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        run = spec.loader.exec_module
        def exec_module(module):
            run(module)
            watch(module)
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, Finder())
from deskclient.cli import main
sys.exit(main(sys.argv[1:]))
"""


class StartBench:
    """A simulator process and an account; `start(db)` times one start on that store."""

    def __init__(self, tmp: Path, agent: str) -> None:
        self.tmp = tmp
        self.agent = agent
        self.socket_dir = tempfile.mkdtemp(prefix="benchsim", dir="/tmp")  # unix socket paths are short
        self.socket = f"{self.socket_dir}/telegram.sock"
        self.process = start_simulator(self.socket, tmp / "simulator.log")
        self.operator = SimulatorOperator(self.socket)
        self.account = self.operator.add_account("+34600000000", "012 Gencat")
        self.runs = 0

    def start(self, db: Path, env: dict) -> tuple[float, int]:
        """(seconds to the first page painted, rows on it), in a fresh data dir."""
        self.runs += 1
        data = self.tmp / f"start-{self.runs}"
        prepare_session(data, self.operator, self.account)
        args = [sys.executable, "-c", _CHILD, "--data-dir", str(data), "--database-url", f"sqlite:///{db}",
                "--set", f"telegram.simulator={self.socket}", "--set", "telegram.api_id=1",
                "--set", "telegram.api_hash=0123456789abcdef", "--quit-after", "60"]
        started = time.time()
        out = subprocess.run(args, capture_output=True, text=True, timeout=120, env=env)
        lines = [line for line in out.stdout.splitlines() if line.startswith("painted ")]
        if not lines:
            raise RuntimeError(f"the window did not paint (exit {out.returncode}):\n{out.stderr[-3000:]}")
        _, when, _, rows = lines[-1].split()
        shutil.rmtree(data, ignore_errors=True)
        return float(when) - started, int(rows)

    def stop(self) -> None:
        self.operator.close()
        self.process.kill()
        self.process.wait(10)
        shutil.rmtree(self.socket_dir, ignore_errors=True)


def start_rows(tmp: Path, big: Path, empty: Path, runs: int, env: dict, agent: str, label: str) -> tuple[list, list]:
    """Table rows and notes: the big store's start (target < 1.0 s) and the empty one's,
    runs alternated so that the machine's noise falls on both."""
    bench = StartBench(tmp, agent)
    times: dict[str, list[float]] = {"big": [], "empty": []}
    rows_shown = {}
    try:
        bench.start(empty, env)  # compiles what changed since the last start (as an install has)
        for _ in range(runs):
            for name, db in (("empty", empty), ("big", big)):
                took, shown = bench.start(db, env)
                times[name].append(took)
                rows_shown[name] = shown
    finally:
        bench.stop()
    big_t, empty_t = times["big"], times["empty"]
    rows = [(f"start to first page, {label} (median)", f"{statistics.median(big_t):.2f} s", "< 1.0 s",
             statistics.median(big_t) < 1.0)]
    notes = [f"start: {label}, {rows_shown['big']} rows on the first page: min/median/max "
             f"{_s(big_t)}; in-run baseline, an empty store: {_s(empty_t)}; the real `deskclient` in a fresh "
             f"process on the simulated Telegram, {runs} runs each, alternated"]
    return rows, notes


def _s(timings: list[float]) -> str:
    return spread(timings, ".2f", "s")
