"""One duty holder: exactly one lease holds the duty; when its holder dies or loses the
database, another takes it over within 10 s. Real PostgreSQL, real files, real processes."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from deskclient.services.duty import DutyLease
from deskclient.services.events import DutyChanged, EventBus
from deskclient.store.database import open_database
from deskclient.store.duty_lock import FileDutyLock, PostgresDutyLock, duty_lock_for
from tests.waiting import until

ROOT = Path(__file__).resolve().parents[2]
TAKEOVER = 10.0


def lease(lock, events=None, bus=None) -> DutyLease:
    return DutyLease(lock, bus=bus, on_change=(events.append if events is not None else None),
                     try_every=0.5, check_every=0.5)


def holder_process(code: str) -> subprocess.Popen:
    """Another desk process that takes the duty and prints 'held' once it has it."""
    script = textwrap.dedent(f"""
        import asyncio, sys
        sys.path.insert(0, {str(ROOT)!r})
        from deskclient.services.duty import DutyLease
        from deskclient.store.duty_lock import *
        async def main():
            lease = DutyLease({code}, try_every=0.2, check_every=0.5)
            await lease.start()
            while not lease.held:
                await asyncio.sleep(0.05)
            print("held", flush=True)
            await asyncio.sleep(3600)
        asyncio.run(main())
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_exactly_one_sqlite_desk_holds_the_duty_and_another_takes_over_after_kill_9(tmp_path):
    path = tmp_path / "store.sqlite3.duty"
    proc = holder_process(f"FileDutyLock(__import__('pathlib').Path({str(path)!r}), 'node-a')")

    async def scenario():
        events: list[bool] = []
        mine = lease(FileDutyLock(path, "node-b"), events)
        await mine.start()
        try:
            await asyncio.sleep(1.0)
            assert not mine.held
            assert mine.holder() == f"{proc.pid} node-a"
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            started = time.monotonic()
            await until(lambda: mine.held, timeout=TAKEOVER)
            assert time.monotonic() - started < TAKEOVER
            assert events == [True]
            assert mine.holder().endswith("node-b")
        finally:
            await mine.stop()
        assert events == [True, False]
        assert FileDutyLock(path, "status").holder() is None

    try:
        asyncio.run(scenario())
    finally:
        proc.kill()


def test_the_sqlite_lock_file_lies_beside_the_database(tmp_path):
    opened = open_database(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    try:
        lock = duty_lock_for(opened, "node-a")
        assert isinstance(lock, FileDutyLock) and lock.path == tmp_path / "store.sqlite3.duty"
    finally:
        opened.db.close()


@pytest.mark.postgres
def test_two_leases_on_postgresql_one_holds_and_the_other_takes_over_when_its_backend_dies(pg_url):
    import psycopg

    async def scenario():
        loop = asyncio.get_running_loop()
        bus = EventBus(loop)
        seen = []
        bus.subscribe(lambda e: isinstance(e, DutyChanged) and seen.append(e.held))
        first, second = [], []
        a = lease(PostgresDutyLock(pg_url, pg_url.rsplit("=", 1)[1], "node-a"), first, bus)
        b = lease(PostgresDutyLock(pg_url, pg_url.rsplit("=", 1)[1], "node-b"), second)
        await a.start()
        await b.start()
        try:
            assert a.held and not b.held
            await asyncio.sleep(1.2)
            assert a.held and not b.held
            assert await asyncio.to_thread(b.holder) == "node-a"
            # The holder's backend is terminated (a restarted server, a lost link).
            with psycopg.connect(pg_url.split("?")[0], autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE application_name = 'node-a'")
            started = time.monotonic()
            await until(lambda: b.held, timeout=TAKEOVER)
            assert time.monotonic() - started < TAKEOVER
            await until(lambda: not a.held, timeout=TAKEOVER)
            assert first == [True, False] and second == [True]
            assert seen == [True, False]
            assert await asyncio.to_thread(a.holder) == "node-b"
            await asyncio.sleep(1.5)  # a reconnects but does not get the duty back
            assert b.held and not a.held
        finally:
            await a.stop()
            await b.stop()
        assert await asyncio.to_thread(a.holder) is None

    asyncio.run(scenario())


@pytest.mark.postgres
def test_a_postgresql_holder_killed_with_sigkill_is_replaced_within_10_s(pg_url):
    schema = pg_url.rsplit("=", 1)[1]
    proc = holder_process(f"PostgresDutyLock({pg_url!r}, {schema!r}, 'node-a')")

    async def scenario():
        mine = lease(PostgresDutyLock(pg_url, schema, "node-b"))
        await mine.start()
        try:
            await asyncio.sleep(1.0)
            assert not mine.held
            assert await asyncio.to_thread(mine.holder) == "node-a"
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            started = time.monotonic()
            await until(lambda: mine.held, timeout=TAKEOVER)
            assert time.monotonic() - started < TAKEOVER
        finally:
            await mine.stop()

    try:
        asyncio.run(scenario())
    finally:
        proc.kill()


@pytest.mark.postgres
def test_test_schemas_do_not_share_the_duty(pg_url):
    other = pg_url.rsplit("=", 1)[0] + "=t_elsewhere"

    async def scenario():
        a = lease(PostgresDutyLock(pg_url, pg_url.rsplit("=", 1)[1], "node-a"))
        b = lease(PostgresDutyLock(other, "t_elsewhere", "node-b"))
        await a.start()
        await b.start()
        try:
            assert a.held and b.held
        finally:
            await a.stop()
            await b.stop()

    asyncio.run(scenario())
