"""Several workstations on one database: one ticket and one opening message per citizen."""

import random
import threading
import time

from deskclient.store.database import open_database
from deskclient.store.repository import TicketStore
from deskclient.store.team import TeamListener
from tests.factories import citizen, inbound

WORKERS = 4


def _first_messages(clock, citizens=100, each=5):
    people = [citizen(7000 + n, f"Citizen {n}") for n in range(citizens)]
    return [inbound(who, clock.now(), f"Missatge {k} de {who.name}", channel_message_id=who.address * 10 + k)
            for who in people for k in range(each)]


def _ingest_concurrently(database_url, clock, rules, messages):
    stores = [TicketStore(open_database(database_url), clock, workstation=f"ws{n}") for n in range(WORKERS)]
    start = threading.Barrier(WORKERS)
    errors = []

    def work(store, seed):
        batch = list(messages)
        random.Random(seed).shuffle(batch)
        start.wait()
        try:
            for message in batch:
                store.ingest(message, rules)
        except Exception as exc:  # surfaced below with its type
            errors.append(exc)
        finally:
            store.close()

    threads = [threading.Thread(target=work, args=(s, n)) for n, s in enumerate(stores)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors


def test_four_workstations_ingesting_the_same_messages(database_url, clock, rules):
    messages = _first_messages(clock)
    _ingest_concurrently(database_url, clock, rules, messages)
    store = TicketStore(open_database(database_url), clock)
    m = store.m
    assert m.Ticket.select().count() == 100
    assert m.Message.select().where(m.Message.kind == "in").count() == 500
    assert m.Message.select().where(m.Message.notice == "opening").count() == 100
    numbers = sorted(t.number for t in m.Ticket.select())
    assert numbers == [f"2026-{n:06d}" for n in range(1, 101)]  # no gaps, no repeats
    store.close()


def test_other_workstation_sees_a_new_ticket_within_a_second(pg_url, clock, rules):
    mine = TicketStore(open_database(pg_url), clock, workstation="mine")
    theirs = TicketStore(open_database(pg_url), clock, workstation="theirs")
    seen, arrived = [], threading.Event()

    def follow(changes):
        seen.extend(changes)
        arrived.set()

    mine.subscribe(follow)
    listener = TeamListener(mine)
    listener.start()
    try:
        sent_at = time.monotonic()
        result = theirs.ingest(inbound(citizen(), clock.now()), rules)
        assert arrived.wait(1.0), "no change announced within a second"
        latency = time.monotonic() - sent_at
        assert seen[0].kind == "ticket_opened" and seen[0].ticket_id == result.ticket_id
        assert seen[0].remote and latency < 1.0
        # ...and its own changes do not come back as remote ones.
        arrived.clear()
        mine.claim(result.ticket_id, mine.ensure_agent("anna", "Anna"))
        time.sleep(0.3)
        assert [c.remote for c in seen] == [True, False]
    finally:
        listener.stop()
        mine.close()
        theirs.close()


def test_the_team_listener_reaches_a_database_named_without_a_host():
    """`postgresql:///test` (the local socket) stays a URL libpq reads, schema dropped."""
    from deskclient.store.team import _conninfo
    assert _conninfo("postgresql:///test?schema=t_1") == "postgresql:///test"
    assert _conninfo("postgresql://anna:pw@db.local:5433/desk?schema=s&sslmode=require") == \
        "postgresql://anna:pw@db.local:5433/desk?sslmode=require"
