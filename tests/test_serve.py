"""`deskclient serve` as IT runs it: a real subprocess that tells systemd it is ready, logs
for the journal, reports itself to `deskclient status`, and stops cleanly on SIGTERM.
And the systemd unit that ships in packaging/."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from deskclient.store.team_roles import init_team

ROOT = Path(__file__).resolve().parents[1]
UNIT = ROOT / "packaging" / "deskclient.service"
SYSUSERS = ROOT / "packaging" / "deskclient.sysusers"


def deskclient(*args: str, env=None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "deskclient", *args], capture_output=True, text=True,
                          env=env, timeout=60, **kwargs)


class Notifications:
    """The datagram socket systemd would listen on ($NOTIFY_SOCKET)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(str(path))
        self.sock.settimeout(30)
        self.seen: list[str] = []

    def wait_for(self, field: str) -> list[str]:
        """Every notification up to the one that holds `field` (e.g. "READY=1")."""
        while not any(field in message.split("\n") for message in self.seen):
            self.seen.append(self.sock.recv(4096).decode())
        return self.seen

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def offline_telegram_args(tmp_path):
    """A Telegram server that refuses connections: serve must start (and report it) anyway.
    (The shared simulated Telegram replaces it once it runs as its own process.)"""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return ["--data-dir", str(tmp_path / "data"), "--set", "telegram.api_id=1",
            "--set", "telegram.api_hash=0123456789abcdef", "--set", "telegram.server=127.0.0.1",
            "--set", f"telegram.port={port}", "--set", "service.node=server-1"]


def test_serve_tells_systemd_reports_itself_and_stops_cleanly_on_sigterm(tmp_path, offline_telegram_args):
    notifications = Notifications(tmp_path / "notify.sock")
    env = dict(os.environ, NOTIFY_SOCKET=str(notifications.path))
    process = subprocess.Popen([sys.executable, "-m", "deskclient", *offline_telegram_args, "serve"],
                               env=env, stderr=subprocess.PIPE, text=True)
    try:
        seen = notifications.wait_for("READY=1")
        assert any(line.startswith("STATUS=duty held") for m in seen for line in m.split("\n"))

        status = deskclient(*offline_telegram_args, "status")
        assert status.returncode == 0, status.stdout + status.stderr
        lines = status.stdout.splitlines()
        assert lines[0].startswith("duty: held by server-1 (serve on ")
        assert lines[1] == f"duty lock: held by {process.pid} server-1"
        assert any(line.startswith("node server-1: serve, Telegram ") and ", duty, last seen" in line
                   for line in lines)
        assert "outbox: 0 queued, 0 failed" in lines
        assert "last citizen message filed: none yet" in lines

        process.send_signal(signal.SIGTERM)
        notifications.wait_for("STOPPING=1")
        assert process.wait(30) == 0
    finally:
        if process.poll() is None:
            process.kill()
        notifications.close()
    stderr = process.stderr.read()
    # The journal's form: a syslog priority on every line, no time stamp.
    assert stderr and all(re.match(r"<[0-7]>", line) for line in stderr.splitlines()), stderr
    assert "<6>deskclient.serve: stopped" in stderr.splitlines()

    after = deskclient(*offline_telegram_args, "status")
    assert after.returncode == 1
    assert after.stdout.splitlines()[:3] == [
        "duty: nobody holds it (no node with the duty seen in the last minute)", "duty lock: free",
        "nodes: none running"]


def test_serve_imports_no_qt(offline_telegram_args):
    """The server has no display and may not even have Qt's libraries."""
    code = ("import sys, deskclient.serve, deskclient.status, deskclient.app; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'qasync'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "[]", result.stderr


def test_status_without_a_database_says_so_in_one_line(tmp_path):
    result = deskclient("--data-dir", str(tmp_path / "nowhere"), "status")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("deskclient: no database at ")
    result = deskclient("--database-url", "postgresql://nobody@127.0.0.1:1/none", "status")
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr


def test_serve_with_a_data_dir_it_cannot_create_says_so_in_one_line(tmp_path):
    (tmp_path / "a-file").write_text("")
    result = deskclient("--data-dir", str(tmp_path / "a-file"), "--set", "telegram.api_id=1",
                        "--set", "telegram.api_hash=0123456789abcdef", "serve")
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("deskclient: Cannot create the data folder ")


def test_login_with_a_data_dir_it_cannot_create_says_so_in_one_line(tmp_path):
    (tmp_path / "a-file").write_text("")
    result = deskclient("--data-dir", str(tmp_path / "a-file"), "--set", "telegram.api_id=1",
                        "--set", "telegram.api_hash=0123456789abcdef", "login", stdin=subprocess.DEVNULL)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("deskclient: Cannot create the data folder ")


def test_serve_refuses_a_config_without_session(tmp_path):
    result = deskclient("--data-dir", str(tmp_path), "--database-url", "postgresql://x@127.0.0.1:1/x",
                        "--set", "telegram.session=none", "serve")
    assert result.returncode == 2
    assert "holds the account's Telegram session" in result.stderr


@pytest.mark.skipif(shutil.which("systemd-analyze") is None,
                    reason="systemd-analyze is not installed: the unit file cannot be verified here")
def test_unit_file_passes_systemd_analyze_verify(tmp_path):
    """The shipped unit, with ExecStart pointed at this environment's deskclient (verify
    checks that the program exists)."""
    program = shutil.which("deskclient", path=str(Path(sys.executable).parent)) or shutil.which("deskclient")
    if program is None:
        pytest.skip("no deskclient executable installed in this environment")
    unit = tmp_path / "deskclient.service"
    text = UNIT.read_text()
    assert "ExecStart=/usr/bin/deskclient " in text
    unit.write_text(text.replace("ExecStart=/usr/bin/deskclient ", f"ExecStart={program} "))
    result = subprocess.run(["systemd-analyze", "verify", "--man=no", str(unit)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr
    for option in ("Type=notify", "User=deskclient", "NoNewPrivileges=yes", "PrivateTmp=yes",
                   "ProtectSystem=strict", "ProtectHome=yes", "StateDirectory=deskclient",
                   "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6", "Restart=on-failure"):
        assert option in text.splitlines()
    assert re.search(r"^u deskclient - .* /var/lib/deskclient ", SYSUSERS.read_text(), re.M)


@pytest.mark.postgres
def test_status_on_postgresql_names_the_lock_holder_from_pg_locks(pg_url, tmp_path):
    from deskclient.domain.clock import SystemClock
    from deskclient.store.database import open_database
    from deskclient.store.duty_lock import duty_lock_for
    from deskclient.store.repository import TicketStore

    store = TicketStore(open_database(pg_url), SystemClock())
    lock = duty_lock_for(store.opened, "srv-a")
    try:
        args = ("--data-dir", str(tmp_path), "--database-url", pg_url, "status")
        free = deskclient(*args)
        assert free.returncode == 1 and "duty lock: free" in free.stdout.splitlines()
        assert lock.try_acquire()
        held = deskclient(*args)
        assert held.returncode == 0, held.stdout + held.stderr
        assert "duty lock: held by srv-a" in held.stdout.splitlines()
    finally:
        lock.release()
        store.close()


def test_status_believes_the_free_duty_lock_over_a_dead_holders_last_row(store, clock):
    """A holder killed with SIGKILL leaves its row saying "duty" for up to a minute; the
    lock itself is free at once, and status says nobody holds the duty (exit 1)."""
    from zoneinfo import ZoneInfo

    from deskclient.status import status_lines

    store.upsert_service_node("server-1", "host-a", 4242, "serve", clock.now(), "online", True)
    lines, held = status_lines(store, clock, ZoneInfo("Europe/Madrid"), holder=None)
    assert lines[0] == ("duty: nobody holds it (server-1 reported it 0 s ago, but the duty lock "
                        "is free: it stopped or died)") and not held
    lines, held = status_lines(store, clock, ZoneInfo("Europe/Madrid"), holder="server-1")
    assert lines[0].startswith("duty: held by server-1 (serve on host-a, pid 4242)") and held


@pytest.mark.postgres
def test_serve_says_when_an_upgraded_team_needs_team_init_again(team_db, tmp_path, offline_telegram_args):
    """A team set up by a version whose `team init` left subscriber.address sampled (the
    WhatsApp number): the service's journal says to run `team init` again, each start,
    until IT has; then says nothing."""
    service = team_db.add("server", service=True)
    args = [*offline_telegram_args, "--database-url", service]

    def journal_of_one_start(tag: str) -> str:
        notifications = Notifications(tmp_path / f"notify-{tag}.sock")
        process = subprocess.Popen([sys.executable, "-m", "deskclient", *args, "serve"], stderr=subprocess.PIPE,
                                   text=True, env=dict(os.environ, NOTIFY_SOCKET=str(notifications.path)))
        try:
            notifications.wait_for("READY=1")
            process.send_signal(signal.SIGTERM)
            assert process.wait(30) == 0
        finally:
            if process.poll() is None:
                process.kill()
            notifications.close()
        return process.stderr.read()

    team_db.run(lambda db: db.execute_sql("ALTER TABLE subscriber ALTER COLUMN address SET STATISTICS -1"))
    assert ("<4>deskclient.serve: ANALYZE still copies samples of 1 columns holding what people wrote or their "
            "numbers into pg_statistic (subscriber.address): run `deskclient team init` again as the database's "
            "administrator (docs/deploy.md, Upgrading)") in journal_of_one_start("before").splitlines()
    team_db.run(lambda db: init_team(db, team_db.prefix))
    assert "pg_statistic" not in journal_of_one_start("after")
