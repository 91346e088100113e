"""The team listener after its connection is lost: what other workstations did meanwhile
came as NOTIFYs nobody heard, so once it listens again it tells every subscriber to read
everything again (one `Change(RESYNC)`)."""

from __future__ import annotations

import secrets
import threading
import time

import psycopg
import pytest

from deskclient.store.database import open_database
from deskclient.store.records import RESYNC
from deskclient.store.repository import TicketStore
from deskclient.store.team import TeamListener, listener_name
from tests.conftest import PG_URL
from tests.factories import citizen, inbound

pytestmark = pytest.mark.postgres


def backends(name: str) -> int:
    with psycopg.connect(PG_URL, autocommit=True) as admin:
        return admin.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name = %s",
                             (name,)).fetchone()[0]


def cut_listener(name: str, timeout: float = 5.0) -> None:
    """pg_terminate_backend on the listener's connection (found by its own name, so no
    other program's is touched), and wait until it is gone: whatever is committed from
    now until it listens again is announced to nobody."""
    with psycopg.connect(PG_URL, autocommit=True) as admin:
        killed = admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                               "WHERE application_name = %s", (name,)).fetchall()
    assert killed == [(True,)], "the listener's backend was not there to terminate"
    deadline = time.monotonic() + timeout
    while backends(name):
        assert time.monotonic() < deadline, "the terminated backend stayed"
        time.sleep(0.02)


def test_listener_name_tells_it_from_the_stores_connections():
    assert listener_name("postgresql://db/desk?schema=s&application_name=ws-anna") == "ws-anna listener"
    assert listener_name("postgresql:///desk") == "deskclient listener"
    assert len(listener_name("postgresql:///d?application_name=" + "x" * 80)) == 63


def test_after_its_backend_is_terminated_the_listener_asks_for_a_full_reread(pg_url, clock, rules):
    name = f"ws-{secrets.token_hex(4)}"
    mine = TicketStore(open_database(f"{pg_url}&application_name={name}"), clock, workstation="mine")
    theirs = TicketStore(open_database(pg_url), clock, workstation="theirs")
    seen, arrived = [], threading.Event()

    def follow(changes):
        seen.extend(changes)
        arrived.set()

    mine.subscribe(follow)
    listener = TeamListener(mine)
    listener.retry_after = 2.0  # a window wide enough to change things while it is away
    listener.start()
    try:
        assert backends(f"{name} listener") == 1 and backends(name) >= 1
        ticket_id = theirs.ingest(inbound(citizen(), clock.now()), rules).ticket_id
        assert arrived.wait(2.0) and seen[-1].kind == "ticket_opened"

        cut_listener(f"{name} listener")
        assert backends(name) >= 1  # the store's own connection was left alone
        seen.clear()
        theirs.claim(ticket_id, theirs.ensure_agent("pau", "Pau"))  # nobody hears this one

        deadline = time.monotonic() + 10
        while not any(c.kind == RESYNC for c in seen):
            assert time.monotonic() < deadline, "no re-read asked for after the reconnect"
            time.sleep(0.05)
        assert [(c.kind, c.ticket_id, c.remote) for c in seen] == [(RESYNC, 0, True)]
        assert listener.reconnects == 1
        assert mine.ticket(ticket_id).assignee_login == "pau"  # what a re-read shows

        # Listening again: the next change comes through as usual.
        seen.clear()
        theirs.set_category(ticket_id, "Payment problems", theirs.ensure_agent("pau", "Pau"))
        deadline = time.monotonic() + 2
        while not seen:
            assert time.monotonic() < deadline
            time.sleep(0.02)
        assert [(c.kind, c.ticket_id) for c in seen] == [("ticket_changed", ticket_id)]
    finally:
        listener.stop()
        mine.close()
        theirs.close()
