"""`deskclient serve` processes on one simulated Telegram and one store, for tests that
kill them: each node is a real subprocess with its own data dir and its own
authorisation of the service account, as two servers (or a server and a single desk)
would have."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from deskclient.domain.clock import SystemClock
from deskclient.store.database import open_database
from deskclient.store.repository import TicketStore

# Always open, so that no out-of-hours notice depends on the day the test runs.
ALWAYS_OPEN = ["--set", "hours.weekdays=1,2,3,4,5,6,7", "--set", "hours.opens=00:00",
               "--set", "hours.closes=23:59", "--set", "hours.holidays="]


@dataclass
class ServeNode:
    """One `deskclient serve` subprocess; stderr goes to a file (never a full pipe)."""

    name: str
    data_dir: Path
    args: list[str]
    log_path: Path
    process: subprocess.Popen | None = None
    runs: int = field(default=0)

    def start(self) -> "ServeNode":
        self.runs += 1
        with open(self.log_path, "ab") as log:
            log.write(f"--- run {self.runs}\n".encode())
            log.flush()
            self.process = subprocess.Popen(
                [sys.executable, "-m", "deskclient", *self.args, "serve"],
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                env={k: v for k, v in os.environ.items() if k != "NOTIFY_SOCKET"})
        return self

    def kill(self) -> None:
        """kill -9: no chance to save anything."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(30)

    def terminate(self, timeout: float = 60) -> int:
        """SIGTERM, as systemd stops it; returns the exit code."""
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout)

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


def serve_node(name: str, tmp_path: Path, sim, database_url: str, *extra: str) -> ServeNode:
    """A node with its own prepared session on `sim` (tests.simulator.SimProcess)."""
    data_dir = tmp_path / name
    sim.session_for(data_dir)
    args = ["--data-dir", str(data_dir), "--database-url", database_url,
            "--set", f"telegram.simulator={sim.socket_path}", "--set", "telegram.api_id=1",
            "--set", "telegram.api_hash=0123456789abcdef", "--set", f"service.node={name}",
            *ALWAYS_OPEN, *extra]
    return ServeNode(name, data_dir, args, tmp_path / f"{name}.log")


def open_store(database_url: str) -> TicketStore:
    return TicketStore(open_database(database_url), SystemClock(), workstation="test-observer")


def duty_holder(store: TicketStore) -> str | None:
    """The node whose row says it holds the duty, seen in the last few seconds."""
    rows = [r for r in store.service_nodes() if r.duty]
    rows.sort(key=lambda r: r.seen_at, reverse=True)
    return rows[0].node if rows else None


def wait_for(condition, timeout: float, what: str, every: float = 0.1, nodes=()):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(every)
    logs = "\n".join(f"== {n.name}\n{n.log()[-3000:]}" for n in nodes)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}\n{logs}")
