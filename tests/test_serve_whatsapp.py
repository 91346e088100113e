"""`deskclient serve` with `[whatsapp]` configured (issue 16): the real subprocess answers
Meta's verification handshake on its listen address and files a citizen's WhatsApp
message, signed and posted by the simulated Cloud API (run here, in a thread of its own),
even while Telegram is unreachable; SIGTERM still stops it cleanly."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.request
from contextlib import contextmanager

import pytest

from deskclient.domain.clock import SystemClock
from deskclient.net.whatsapp_sim import SimulatedCloudAPI
from tests.test_serve import Notifications, deskclient, offline_telegram_args  # noqa: F401 (fixture)

LAURA = "34976112233"


class SimulatorThread:
    """The simulated Cloud API on its own asyncio loop, beside the test."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.sim = self.run(self._make())

    async def _make(self) -> SimulatedCloudAPI:
        sim = SimulatedCloudAPI(SystemClock())
        await sim.start()
        return sim

    def run(self, coro):
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(30)

    def stop(self) -> None:
        self.run(self.sim.stop())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)


@contextmanager
def serving(args: list[str], tmp_path, simulator: SimulatorThread):
    """`deskclient serve` as systemd starts it (its notifications in the test's socket);
    afterwards killed if the test did not stop it, and the simulator stopped."""
    notifications = Notifications(tmp_path / "notify.sock")
    env = dict(os.environ, NOTIFY_SOCKET=str(notifications.path))
    process = subprocess.Popen([sys.executable, "-m", "deskclient", *args, "serve"],
                               env=env, stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    try:
        yield process, notifications
    finally:
        if process.poll() is None:
            process.kill()
        notifications.close()
        simulator.stop()


def stop_cleanly(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGTERM)
    assert process.wait(30) == 0


def wait_until(predicate, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "condition not reached in time"
        time.sleep(0.05)


def free_port() -> int:
    import socket
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize("telegram", ["unreachable", "none"])
def test_serve_answers_the_webhook_and_files_whatsapp_messages(tmp_path, offline_telegram_args,  # noqa: F811
                                                               telegram):
    """Beside an unreachable Telegram, or alone (seed 002's desk: no [telegram] at all)."""
    simulator = SimulatorThread()
    sim = simulator.sim
    port = free_port()
    whatsapp = ["--set", f"whatsapp.phone_number_id={sim.phone_number_id}",
                "--set", f"whatsapp.business_account_id={sim.business_account_id}",
                "--set", f"whatsapp.access_token={sim.access_token}",
                "--set", "whatsapp.verify_token=serve-verify", "--set", f"whatsapp.api_base_url={sim.base_url}",
                "--set", "whatsapp.webhook_url=https://desk.example.org/meta/whatsapp",
                "--set", f"whatsapp.listen=127.0.0.1:{port}"]
    if telegram == "none":  # and the app secret in a file others can read: the journal says so
        readable = tmp_path / "config.toml"
        readable.write_text(f'[whatsapp]\napp_secret = "{sim.app_secret}"\n')
        readable.chmod(0o644)
        offline_telegram_args = ["--config", "config.toml", "--data-dir", str(tmp_path / "data"),
                                 "--set", "service.node=server-1"]  # relative, as typed in tmp_path
    else:
        whatsapp += ["--set", f"whatsapp.app_secret={sim.app_secret}"]
    with serving([*offline_telegram_args, *whatsapp], tmp_path, simulator) as (process, notifications):
        notifications.wait_for("READY=1")
        # systemctl status says how each channel is: WhatsApp online, Telegram unreachable.
        def statuses() -> list[str]:
            return [line for m in notifications.seen for line in m.split("\n") if line.startswith("STATUS=")]
        while not any(line.endswith("; WhatsApp online") for line in statuses()):
            notifications.seen.append(notifications.sock.recv(4096).decode())
        if telegram == "none":
            assert "STATUS=duty held; WhatsApp online" in statuses()
        else:
            assert any(line.startswith("STATUS=duty held; Telegram ") for line in statuses())
        # `deskclient status` names each channel's connection too, not the combined one as Telegram's.
        expected = ("node server-1: serve, WhatsApp online, duty, last seen" if telegram == "none" else
                    r"node server-1: serve, Telegram (offline|connecting), WhatsApp online, duty, last seen")

        def node_line() -> str:
            report = deskclient(*offline_telegram_args, *whatsapp, "status", cwd=tmp_path)
            assert report.returncode == 0, report.stdout + report.stderr
            return next(line for line in report.stdout.splitlines() if line.startswith("node server-1"))
        deadline = time.monotonic() + 20
        while not re.match(expected, line := node_line()) and time.monotonic() < deadline:
            time.sleep(0.5)  # the node's row follows its connections within a heartbeat
        assert re.match(expected, line), line
        base = f"http://127.0.0.1:{port}/meta/whatsapp"  # the public URL's path, served locally
        query = "?hub.mode=subscribe&hub.verify_token=serve-verify&hub.challenge=1158201444"
        with urllib.request.urlopen(base + query, timeout=10) as answer:
            assert answer.read() == b"1158201444"

        sim.webhooks.url = base
        simulator.run(sim.citizen_sends_text(LAURA, "Bon dia, no puc signar la sol·licitud"))
        database = tmp_path / "data" / "deskclient.sqlite3"

        def filed() -> list[tuple]:
            with sqlite3.connect(database) as con:
                return con.execute("SELECT c.channel, t.number FROM ticket t "
                                   "JOIN citizen c ON c.id = t.citizen_id").fetchall()
        wait_until(lambda: filed(), timeout=20)
        [(channel, number)] = filed()
        assert channel == "whatsapp"
        # The opening message goes out on WhatsApp although Telegram is unreachable.
        wait_until(lambda: sim.received(LAURA), timeout=20)
        assert number in sim.received(LAURA)[0].text
        stop_cleanly(process)
    stderr = process.stderr.read()
    assert LAURA not in stderr and "signar" not in stderr  # no number, no words in the journal
    if telegram == "none":
        assert f"{readable} holds whatsapp.app_secret and other users can read it (mode 644)" in stderr


def test_a_refused_token_is_said_as_such_and_login_says_there_is_no_telegram(tmp_path):
    """A WhatsApp-only desk whose access token Meta refuses: systemd's status names the
    token and the doctor, not `deskclient login` (Telegram's phone login), and `deskclient
    login` there says in one line that there is nothing to log in to."""
    simulator = SimulatorThread()
    sim = simulator.sim
    config = tmp_path / "config.toml"
    config.write_text(f'[whatsapp]\nphone_number_id = "{sim.phone_number_id}"\n'
                      f'business_account_id = "{sim.business_account_id}"\naccess_token = "REVOKED"\n'
                      f'app_secret = "{sim.app_secret}"\nverify_token = "v"\napi_base_url = "{sim.base_url}"\n'
                      f'webhook_url = "https://desk.example.org/hook"\nlisten = "127.0.0.1:{free_port()}"\n')
    config.chmod(0o600)
    args = ["--config", str(config), "--data-dir", str(tmp_path / "data"), "--set", "service.node=server-1"]
    with serving(args, tmp_path, simulator) as (process, notifications):
        notifications.wait_for("STATUS=duty held; WhatsApp logged out "
                               "(access token refused: see deskclient doctor)")
        assert not any("deskclient login" in message for message in notifications.seen)
        stop_cleanly(process)
    assert "deskclient login" not in process.stderr.read()

    login = deskclient(*args, "login", stdin=subprocess.DEVNULL)
    assert login.returncode != 0 and login.stdout == ""
    assert login.stderr == ("deskclient: Telegram is not configured: nothing to log in to "
                            "(WhatsApp uses whatsapp.access_token; `deskclient doctor` checks it)\n")


def test_a_webhook_url_of_a_host_of_its_own_is_served_and_checked_at_its_root(tmp_path):
    """https://wa.example.org, proxied whole: Meta calls "/", so serve answers there, and
    the doctor checks there (it said ok for /webhooks/whatsapp while Meta got 404)."""
    simulator = SimulatorThread()
    sim = simulator.sim
    port = free_port()
    args = ["--data-dir", str(tmp_path / "data"), "--set", "service.node=server-1",
            "--set", f"whatsapp.phone_number_id={sim.phone_number_id}",
            "--set", f"whatsapp.business_account_id={sim.business_account_id}",
            "--set", f"whatsapp.access_token={sim.access_token}", "--set", f"whatsapp.app_secret={sim.app_secret}",
            "--set", "whatsapp.verify_token=root-verify", "--set", f"whatsapp.api_base_url={sim.base_url}",
            "--set", "whatsapp.webhook_url=https://wa.example.org", "--set", f"whatsapp.listen=127.0.0.1:{port}"]
    with serving(args, tmp_path, simulator) as (process, notifications):
        notifications.wait_for("READY=1")
        query = "?hub.mode=subscribe&hub.verify_token=root-verify&hub.challenge=4242"
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/{query}", timeout=10) as answer:
            assert answer.read() == b"4242"
        doctor = deskclient(*args, "doctor", "--offline", cwd=tmp_path)
        assert f"the webhook at 127.0.0.1:{port}/ answers the verification handshake" in doctor.stdout
        stop_cleanly(process)
