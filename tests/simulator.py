"""The simulated Telegram as its own process, for tests that need several desk
processes (or clients) on one account. Use the fixture from any conftest or test module:
`from tests.simulator import sim_process  # noqa: F401`.
"""

from __future__ import annotations

import shutil
import signal
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from deskclient.net.simulated import SimulatorOperator, prepare_session, start_simulator


@dataclass
class SimProcess:
    """A running simulator: its socket, its operator, an account and a citizen."""

    socket_path: str
    log_path: Path
    process: object
    operator: SimulatorOperator
    account: int
    citizen: int

    def session_for(self, data_dir: Path, account: int | None = None) -> int:
        """An authorised session file in `data_dir` for a new desk process; its key id."""
        return prepare_session(data_dir, self.operator, account or self.account)

    def config_for(self, config, data_dir: Path):
        """`config` for a desk process with its own data dir, on this simulator."""
        return config.with_values({"paths.data_dir": str(data_dir), "telegram.simulator": self.socket_path})

    def stop(self) -> None:
        self.operator.close()
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)


@pytest.fixture
def sim_process(tmp_path):
    """A simulated Telegram process (strict flood limits) with account "012 Gencat" and
    citizen Marta; killed at teardown. The socket lives under /tmp (unix socket paths
    are short)."""
    socket_dir = tempfile.mkdtemp(prefix="desksim", dir="/tmp")
    socket_path = f"{socket_dir}/telegram.sock"
    log_path = tmp_path / "simulator.log"
    process = start_simulator(socket_path, log_path)
    operator = SimulatorOperator(socket_path)
    sim = SimProcess(socket_path, log_path, process, operator,
                     operator.add_account("+34600000000", "012 Gencat"),
                     operator.add_user("Marta", "Puig", phone="+34611111111"))
    try:
        yield sim
    finally:
        sim.stop()
        shutil.rmtree(socket_dir, ignore_errors=True)
