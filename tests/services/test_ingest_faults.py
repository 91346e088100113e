"""Ingest never drops a citizen's message (issue 10, items 4 and 5): a database that
refuses writes for a while (SQLite's lock held by another program, PostgreSQL backends
terminated) is waited out and every message is filed once; the agents see one plain
problem in the status bar, then see it clear. Files are fetched after filing: the
attachment is 'arriving' meanwhile, and an edit that comes then lands."""

from __future__ import annotations

import asyncio
import secrets
import sqlite3
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest

from deskclient.domain.messages import InboundEdit
from deskclient.resources import sample_file
from deskclient.services.arriving_files import ArrivingFiles
from deskclient.services.events import EventBus, Problem, ProblemCleared
from deskclient.services.file_intake import FileIntake
from deskclient.services.ingest import IngestService
from deskclient.services.runner import StoreRunner
from deskclient.store.database import open_database
from deskclient.store.repository import TicketStore
from tests.factories import IncomingFile, citizen, inbound


class QuietOutbox:
    def kick(self) -> None:
        pass


class HeldFiles:
    """The gateway as ingest and intake use it; downloads wait until `release` is set."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.release = asyncio.Event()
        self.fetched: list[IncomingFile] = []

    async def download(self, file: IncomingFile, destination: Path, max_bytes: int) -> int:
        self.fetched.append(file)
        await self.release.wait()
        destination.write_bytes(self.data)
        return len(self.data)

    async def fetch_message_text(self, citizen_address: int, channel_message_id: int, access_hash=None):
        return None


def make_ingest(store, rules, clock, tmp_path, gateway=None):
    runner = StoreRunner()
    bus = EventBus(asyncio.get_running_loop())
    events: list = []
    bus.subscribe(events.append)
    gateway = gateway or HeldFiles(b"")
    intake = FileIntake(rules.files, tmp_path / "files", gateway)
    ingest = IngestService(store, runner, rules, clock, gateway, intake, QuietOutbox(), bus)
    return ingest, runner, events


def twenty_messages(clock):
    people = [citizen(700 + n, f"Citizen {n}") for n in range(4)]
    return [inbound(people[n % 4], clock.now() + timedelta(seconds=n), f"Missatge {n}",
                    channel_message_id=9000 + n) for n in range(20)]


def assert_filed_once(store, messages):
    for message in messages:
        assert store.is_known_message("acct", message.citizen.address, message.channel_message_id)
    rows = store.db.execute_sql("SELECT COUNT(*), COUNT(DISTINCT channel_message_id) FROM message "
                                "WHERE kind = 'in'").fetchone()
    assert tuple(rows) == (20, 20)
    assert store.ticket_count() == 4
    openings = store.db.execute_sql("SELECT COUNT(*) FROM message WHERE notice = 'opening'").fetchone()
    assert openings[0] == 4


def test_sqlite_write_lock_held_while_20_messages_arrive(tmp_path, rules, clock):
    path = tmp_path / "store.sqlite3"
    store = TicketStore(open_database(f"sqlite:///{path}"), clock)
    messages = twenty_messages(clock)
    held = threading.Event()

    def other_program(seconds: float) -> None:
        con = sqlite3.connect(path, isolation_level=None)
        con.execute("BEGIN IMMEDIATE")
        held.set()
        time.sleep(seconds)
        con.execute("COMMIT")
        con.close()

    async def scenario():
        ingest, runner, events = make_ingest(store, rules, clock, tmp_path)
        locker = threading.Thread(target=other_program, args=(8.0,))
        locker.start()
        held.wait()
        started = time.monotonic()
        results = await asyncio.gather(*(ingest.on_message(m) for m in messages))
        waited = time.monotonic() - started
        locker.join()
        await asyncio.sleep(0.1)
        runner.shutdown()
        return results, events, waited

    try:
        results, events, waited = asyncio.run(scenario())
        assert waited >= 7.5  # nothing was filed (or reported filed) while the lock was held
        assert not any(r.duplicate for r in results)
        assert_filed_once(store, messages)
        problems = [e for e in events if isinstance(e, (Problem, ProblemCleared))]
        assert [type(e) for e in problems] == [Problem, ProblemCleared]
        assert problems[0].lasting and problems[0].text == (
            "The database refuses writes (locked). Citizens' messages waiting to be filed when it is back: 20.")
        assert "database is locked" not in problems[0].text
    finally:
        store.close()


@pytest.mark.postgres
def test_postgresql_backends_terminated_while_20_messages_arrive(pg_url, rules, clock, tmp_path):
    import psycopg

    from tests.conftest import PG_URL
    name = f"h3fault_{secrets.token_hex(4)}"
    store = TicketStore(open_database(f"{pg_url}&application_name={name}"), clock)
    messages = twenty_messages(clock)
    stop = threading.Event()
    killed = []

    def administrator() -> None:
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            while not stop.is_set():
                rows = conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                    "WHERE application_name = %s", (name,)).fetchall()
                killed.extend(r for (r,) in rows if r)
                time.sleep(0.05)

    async def scenario():
        ingest, runner, events = make_ingest(store, rules, clock, tmp_path)
        killer = threading.Thread(target=administrator)
        killer.start()

        async def arrives(n, message):
            await asyncio.sleep(0.1 * n)
            return await ingest.on_message(message)

        try:
            pending = asyncio.gather(*(arrives(n, m) for n, m in enumerate(messages)))
            await asyncio.sleep(2.5)
        finally:
            stop.set()
            killer.join()
        results = await pending
        runner.shutdown()
        return results, events

    try:
        results, events = asyncio.run(scenario())
        assert killed, "the test terminated no backend"
        assert not any(r.duplicate for r in results)
        assert_filed_once(store, messages)  # read on a connection that was terminated too
    finally:
        store.close()


def test_file_is_arriving_until_fetched_and_an_edit_meanwhile_lands(store, rules, clock, tmp_path):
    data = sample_file("certificat.pdf").read_bytes()
    who = citizen()
    offer = IncomingFile(ref=f"{who.address}:77", name="certificat.pdf", mime="application/pdf",
                         size=len(data))
    message = inbound(who, clock.now(), "Adjunto el certificat", channel_message_id=77, file=offer)

    async def scenario():
        gateway = HeldFiles(data)
        ingest, runner, _ = make_ingest(store, rules, clock, tmp_path, gateway)
        result = await ingest.on_message(message)  # returns once filed, the download waits
        [row] = store.messages([result.message_id])
        [attachment] = row.attachments
        assert attachment.state == "arriving" and not attachment.kept and attachment.stored_path is None
        assert attachment.file_name == "certificat.pdf"
        await ingest.on_edit(InboundEdit("acct", who.address, 77, clock.now(), "Adjunto el certificat signat"))
        again = await ingest.on_message(message)  # redelivered: filed once, fetched once
        assert again.duplicate
        gateway.release.set()
        await ingest.fetcher.wait_idle()
        runner.shutdown()
        return result, gateway

    result, gateway = asyncio.run(scenario())
    assert len(gateway.fetched) == 1
    [row] = store.messages([result.message_id])
    assert row.text == "Adjunto el certificat signat" and row.edited_at is not None
    assert store.message_history(row.id)[0][1] == "Adjunto el certificat"
    [attachment] = row.attachments
    assert attachment.state == "done" and attachment.kept and attachment.size == len(data)
    assert (tmp_path / "files" / attachment.stored_path).read_bytes() == data


@pytest.mark.parametrize("filed", ["with its ref", "before schema v14"])
def test_a_file_left_arriving_is_fetched_by_the_duty_job_from_its_ref(store, rules, clock, tmp_path, filed):
    """The offer's ref is kept with the arriving row (a WhatsApp media id is nowhere
    else); a row filed before it was kept gets Telegram's, rebuilt from its message."""
    data = sample_file("foto.jpg").read_bytes()
    who = citizen(812, "Pau Soler")
    who = type(who)(**{**who.__dict__, "access_hash": 4242})
    offer = IncomingFile(ref="cached-handle", name="foto.jpg", mime="image/jpeg", size=len(data))

    async def scenario():
        gateway = HeldFiles(data)
        ingest, runner, _ = make_ingest(store, rules, clock, tmp_path, gateway)
        result = await ingest.on_message(inbound(who, clock.now(), "", channel_message_id=31, file=offer))
        await ingest.stop()  # the process dies while fetching: the file stays arriving
        assert store.messages([result.message_id])[0].attachments[0].state == "arriving"
        if filed == "before schema v14":
            store.m.Attachment.update(fetch_ref=None).execute()
        after_restart, runner2, _ = make_ingest(store, rules, clock, tmp_path, gateway)
        job = ArrivingFiles(store, runner2, after_restart.fetcher)
        gateway.release.set()
        fetched = await job.scan()
        runner.shutdown()
        runner2.shutdown()
        return result, gateway, fetched

    result, gateway, fetched = asyncio.run(scenario())
    assert fetched == 1
    refetch = gateway.fetched[-1]
    assert refetch.ref == ("cached-handle" if filed == "with its ref" else f"{who.address}:31")
    assert refetch.access_hash == 4242
    [attachment] = store.messages([result.message_id])[0].attachments
    assert attachment.state == "done" and attachment.kept and attachment.kind == "image"
