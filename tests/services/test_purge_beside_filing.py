"""The daily purge beside filing (issue 17 item 6): started in the middle of a burst of
citizens' messages it yields to them and finishes, and every message filed meanwhile
is in the records afterwards, on SQLite and on PostgreSQL. Not timed: bench/retention
measures how long filing waits."""

from __future__ import annotations

import asyncio
import threading
import time
from datetime import timedelta

import pytest

from deskclient.app import build_desk
from deskclient.domain.retention import RetentionPolicy
from deskclient.domain.messages import CitizenIdentity, InboundMessage
from deskclient.net.demo import DemoNetwork
from deskclient.services.purge import RetentionPurge
from deskclient.store.database import open_database
from deskclient.store.repository import TicketStore
from tests.services.lead_helpers import closed_ticket

OLD_TICKETS = 40
BURST = 240


@pytest.fixture
def desk_config(database_url, config):
    if database_url.startswith("sqlite"):
        return config  # the SQLite file in the data dir
    return config.with_values({"database.url": database_url})


def old_conversations(config, rules, clock) -> list[int]:
    """Tickets closed seven months before the clock's now: all due for the purge."""
    store = TicketStore(open_database(config.database_url), clock, workstation="ws-setup")
    try:
        return [closed_ticket(store, rules, clock, CitizenIdentity(500 + n, f"Old citizen {n}"),
                              texts=(f"Bon dia, consulta antiga {n}", "Gràcies"))
                for n in range(OLD_TICKETS)]
    finally:
        store.close()


def test_a_purge_started_during_a_burst_of_filings_finishes_and_loses_none(desk_config, rules, clock):
    old = old_conversations(desk_config, rules, clock)
    clock.advance(timedelta(days=215))
    network = DemoNetwork()
    # New citizens, and citizens of the purged tickets writing again while theirs go.
    people = [CitizenIdentity(9000 + n, f"Citizen {n}") for n in range(60)] + \
             [CitizenIdentity(500 + n, f"Old citizen {n}") for n in range(0, OLD_TICKETS, 4)]
    burst = [InboundMessage(account="bench", citizen=people[n % len(people)], channel_message_id=70_000 + n,
                            date=clock.now(), text=f"Missatge {n} del meu tràmit")
             for n in range(BURST)]

    async def scenario():
        desk = build_desk(desk_config, lambda c: network.gateway(desk_config, c), clock=clock)
        try:
            first = [asyncio.ensure_future(desk.ingest.on_message(m)) for m in burst[:BURST // 2]]
            await asyncio.sleep(0)  # the burst is under way
            purge = asyncio.ensure_future(asyncio.to_thread(desk.lead.purge_job.run, "test", None))
            rest = [asyncio.ensure_future(desk.ingest.on_message(m)) for m in burst[BURST // 2:]]
            results = await asyncio.gather(*first, *rest)
            return results, await purge
        finally:
            await desk.stop()

    results, report = asyncio.run(scenario())

    assert not any(r.duplicate for r in results)
    assert report.counts.tickets == OLD_TICKETS and not report.stopped
    assert report.compacted and report.problems == []
    store = TicketStore(open_database(desk_config.database_url), clock, workstation="ws-check")
    try:
        p = store.db.param
        filed = store.db.execute_sql(
            f"SELECT COUNT(*) FROM message WHERE kind = 'in' AND channel_message_id >= {p}", (70_000,)).fetchone()[0]
        assert filed == BURST
        left = store.db.execute_sql(
            f"SELECT COUNT(*) FROM ticket WHERE id IN ({', '.join([p] * len(old))})", old).fetchone()[0]
        assert left == 0
        # The old citizens who wrote again have a new conversation with their messages.
        came_back = {m.citizen.address for m in burst if m.citizen.address < 9000}
        tickets = store.db.execute_sql(
            "SELECT COUNT(DISTINCT t.id) FROM ticket t JOIN citizen c ON c.id = t.citizen_id "
            f"WHERE c.address IN ({', '.join([p] * len(came_back))})", list(came_back)).fetchone()[0]
        assert tickets == len(came_back)
    finally:
        store.close()


def test_a_citizen_filing_while_their_last_ticket_is_purged_keeps_the_new_one(pg_url, config, rules, clock):
    """PostgreSQL: the citizen writes again while the chunk holding their last old ticket
    is being purged. The filing's transaction has opened a new ticket (not committed
    yet) when the purge asks whether the citizen has any ticket left: the purge waits
    for it and keeps the citizen; deleting them would cascade to what was just filed."""
    store = TicketStore(open_database(pg_url), clock, workstation="ws-purge")
    marta = CitizenIdentity(501, "Marta")
    old = closed_ticket(store, rules, clock, marta)
    clock.advance(timedelta(days=215))
    purge = RetentionPurge(store, rules, RetentionPolicy(6), clock, config.data_dir)
    filing_open, filed = threading.Event(), threading.Event()

    def write_again():  # the filing, on its own connection, held open until the purge waits
        with store.db.atomic():
            store.ingest(InboundMessage(account="acct", citizen=marta, channel_message_id=900, date=clock.now(),
                                        text="Torno a escriure"), rules)
            filing_open.set()
            waiting_purge(store.db)
        store.db.close()
        filed.set()

    writer = threading.Thread(target=write_again)
    writer.start()
    assert filing_open.wait(10)
    report = purge.run("test")
    writer.join(10)
    try:
        assert filed.is_set() and report.counts.tickets == 1 and report.counts.citizens == 0
        assert store.m.Ticket.get_or_none(id=old) is None
        [ticket] = store.m.Ticket.select().where(store.m.Ticket.citizen == store.m.Citizen.get(
            store.m.Citizen.address == 501).id)
        assert [m.text for m in store.m.Message.select().where(store.m.Message.ticket == ticket.id)
                if m.kind == "in"] == ["Torno a escriure"]
    finally:
        store.close()


def waiting_purge(db, patience: float = 5.0) -> None:
    """Until another session waits for a lock this one holds (the purge, at the
    citizen's row), or `patience` runs out (the purge did not wait: the test fails)."""
    deadline = time.monotonic() + patience
    while time.monotonic() < deadline:
        if db.execute_sql("SELECT count(*) FROM pg_locks WHERE NOT granted AND pid <> pg_backend_pid()"
                          ).fetchone()[0]:
            return
        time.sleep(0.05)
