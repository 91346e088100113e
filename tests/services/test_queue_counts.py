"""The queue's tab counts (schema v9's queue_tally, kept by triggers) stay equal to the
tickets each view shows, on SQLite and PostgreSQL, whatever writes: filing, claims, an
assignment, closing and its expiry, a reopening, read marks, the retention purge, an
erasure, and several workstations filing at once."""

from __future__ import annotations

import threading
from datetime import timedelta

from deskclient.domain.tickets import Role
from deskclient.logs import log_dir
from deskclient.store.database import open_database
from deskclient.store.migration_v9 import v9_queue_counts
from deskclient.store.queue_reads import TALLY_FOLD_AT
from deskclient.store.repository import TicketStore
from tests.services.lead_helpers import LeadDesk, citizen, closed_ticket, inbound
from tests.store.test_concurrency import _first_messages, _ingest_concurrently


def shown(store, agent_id) -> dict[str, tuple[int, int]]:
    """What each tab lists, counted over the tickets themselves: (tickets, with unread)."""
    p = store.db.param
    views = {"mine": (f"assignee_id = {p} AND active", [agent_id]),
             "unassigned": ("assignee_id IS NULL AND status = 'open'", []),
             "closing": ("status = 'closing'", []), "closed": ("status = 'closed'", []), "all": ("1 = 1", [])}
    return {view: tuple(store.db.execute_sql(
        f"SELECT COUNT(*), COUNT(CASE WHEN unread > 0 THEN 1 END) FROM ticket WHERE {where}", params).fetchone())
        for view, (where, params) in views.items()}


def test_counts_follow_a_ticket_through_its_life_purge_and_erasure(store, rules, clock, config):
    anna = store.ensure_agent("anna", "Anna", Role.AGENT)
    marc = store.ensure_agent("marc", "Marc", Role.AGENT)
    desk = LeadDesk(store, rules, clock, config, log_dir())
    try:
        assert store.queue_counts(anna.id) == shown(store, anna.id) == {
            "mine": (0, 0), "unassigned": (0, 0), "closing": (0, 0), "closed": (0, 0), "all": (0, 0)}
        old = [closed_ticket(store, rules, clock, citizen(100 + i), texts=(f"vella {i}",), agent=anna)
               for i in range(3)]
        assert store.queue_counts(anna.id)["closed"] == (3, 0)
        clock.advance(timedelta(days=190))

        ids = [store.ingest(inbound(citizen(200 + i), clock.now(), f"hola {i}"), rules).ticket_id
               for i in range(4)]
        store.ingest(inbound(citizen(200), clock.now(), "encara hi sóc"), rules)
        assert store.queue_counts(anna.id) == shown(store, anna.id)
        assert store.queue_counts(anna.id)["unassigned"] == (4, 4)

        store.claim(ids[0], anna)
        store.assign(ids[1], marc.id, desk.agent)  # the lead's
        store.mark_read(ids[0])
        assert store.queue_counts(anna.id) == shown(store, anna.id)
        assert store.queue_counts(anna.id)["mine"] == (1, 0)
        assert store.queue_counts(marc.id)["mine"] == (1, 1)
        assert store.queue_counts(anna.id)["unassigned"] == (2, 2)

        store.close_ticket(ids[0], anna, rules)
        store.ingest(inbound(citizen(200), clock.now(), "una cosa més"), rules)  # wrote while closing
        assert store.queue_counts(anna.id) == shown(store, anna.id)
        assert store.queue_counts(anna.id)["closing"] == (1, 1)
        store.close_ticket(ids[3], anna, rules)
        store.reopen_ticket(ids[3], anna, rules)
        assert store.queue_counts(anna.id) == shown(store, anna.id)
        clock.advance(timedelta(hours=2))
        assert store.finalize_expired(rules) == 1
        assert store.queue_counts(anna.id) == shown(store, anna.id)
        assert store.queue_counts(anna.id)["closed"] == (4, 1)

        # The retention purge's deletions (not its run(): its lock is the whole server's,
        # and other tests' purges may hold it).
        records, cutoff = desk.purge.records, desk.policy.cutoff(clock.now())
        with records.deleting():
            assert records.purge_tickets(records.due_ticket_ids(cutoff), clock.now(), cutoff).counts.tickets == 3
        assert store.queue_counts(anna.id) == shown(store, anna.id)
        assert store.queue_counts(anna.id)["closed"] == (1, 1)  # the one closed today stays

        erased = store.ticket(ids[2])
        desk.purge.erase_citizen(erased.citizen_id, [erased.id], "lia", desk.agent)
        assert store.queue_counts(anna.id) == shown(store, anna.id)
        assert store.queue_counts(anna.id)["all"] == (3, 3)
    finally:
        desk.close()


def test_counts_stay_right_when_their_rows_are_folded(store, rules, clock):
    anna = store.ensure_agent("anna", "Anna", Role.AGENT)
    lia = store.ensure_agent("lia", "Lia", Role.LEAD)
    ids = [store.ingest(inbound(citizen(300 + i), clock.now(), "hola"), rules).ticket_id for i in range(20)]
    for _ in range(TALLY_FOLD_AT // 40 + 1):  # each claim-and-read of a ticket adds deltas
        for ticket_id in ids:
            store.claim(ticket_id, anna)
            store.mark_read(ticket_id)
            store.assign(ticket_id, None, lia)
            store.ingest(inbound(citizen(300 + ids.index(ticket_id)), clock.now(), "i ara?"), rules)
    (deltas,) = store.db.execute_sql("SELECT COUNT(*) FROM queue_tally").fetchone()
    assert deltas > TALLY_FOLD_AT
    assert store.queue_counts(anna.id) == shown(store, anna.id)
    (deltas,) = store.db.execute_sql("SELECT COUNT(*) FROM queue_tally").fetchone()
    assert deltas <= 5  # one row per (status, active, assignee) that has tickets
    assert store.queue_counts(anna.id) == shown(store, anna.id) == {
        "mine": (0, 0), "unassigned": (20, 20), "closing": (0, 0), "closed": (0, 0), "all": (20, 20)}


def test_counts_stay_right_while_workstations_file_and_claim_at_once(database_url, clock, rules):
    _ingest_concurrently(database_url, clock, rules, _first_messages(clock))
    store = TicketStore(open_database(database_url), clock)
    agents = [store.ensure_agent(login, login.title(), Role.AGENT) for login in ("anna", "marc", "laia")]
    ids = [t.id for t in store.m.Ticket.select()]
    stores = [TicketStore(open_database(database_url), clock, workstation=f"ws{n}") for n in range(3)]
    start = threading.Barrier(len(stores) + 1)
    errors = []

    def claims(n, own):  # each agent claims a third of the queue while more messages are filed
        start.wait()
        try:
            for ticket_id in ids[n::3]:
                own.claim(ticket_id, agents[n])
                if ticket_id % 2:
                    own.mark_read(ticket_id)
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=claims, args=(n, own)) for n, own in enumerate(stores)]
    for thread in threads:
        thread.start()
    start.wait()
    for k, message in enumerate(_first_messages(clock, citizens=150, each=1)):
        store.ingest(inbound(message.citizen, clock.now(), "de nou", channel_message_id=900_000 + k), rules)
    for thread in threads:
        thread.join()
    for own in stores:
        own.close()
    assert not errors, errors
    try:
        assert store.queue_counts(agents[0].id) == shown(store, agents[0].id)
        assert store.queue_counts(agents[0].id)["all"][0] == 150
        for agent in agents:
            assert store.queue_counts(agent.id)["mine"][0] == len(ids[agents.index(agent)::3])
    finally:
        store.close()


def test_an_upgraded_database_counts_the_tickets_it_already_has(database_url, rules, clock):
    """Version 9's step on a store from before it (no tally, no triggers, tickets changed
    meanwhile), as `migrate` runs it on an upgrade."""
    store = TicketStore(open_database(database_url), clock)
    try:
        anna = store.ensure_agent("anna", "Anna", Role.AGENT)
        ids = [store.ingest(inbound(citizen(400 + i), clock.now(), "hola"), rules).ticket_id for i in range(5)]
        store.claim(ids[0], anna)
        for trigger in ("queue_tally_ai", "queue_tally_ad", "queue_tally_au"):
            store.db.execute_sql(f"DROP TRIGGER {trigger}" + (" ON ticket" if store.opened.is_postgres else ""))
        store.db.execute_sql("DROP TABLE queue_tally")
        store.claim(ids[1], anna)
        with store.db.atomic():
            v9_queue_counts(store.m)
        assert store.queue_counts(anna.id) == shown(store, anna.id)
        assert store.queue_counts(anna.id)["mine"] == (2, 2)
        store.claim(ids[2], anna)
        assert store.queue_counts(anna.id)["mine"] == (3, 3)
    finally:
        store.close()


def test_a_team_agent_moves_and_folds_the_counts_with_an_agents_rights(team_db, rules, clock, monkeypatch):
    from deskclient.services.identity import desk_agent
    from deskclient.store import queue_reads
    service = TicketStore(open_database(team_db.url), clock)
    ids = [service.ingest(inbound(citizen(500 + i), clock.now(), "hola"), rules).ticket_id for i in range(3)]
    service.close()
    store = TicketStore(open_database(team_db.add("anna")), clock)
    try:
        anna = desk_agent(store, None, "window")
        store.claim(ids[0], anna)
        store.mark_read(ids[0])
        monkeypatch.setattr(queue_reads, "TALLY_FOLD_AT", 0)  # fold at every read
        assert store.queue_counts(anna.id) == shown(store, anna.id)
        assert store.queue_counts(anna.id)["mine"] == (1, 0)
        (deltas,) = store.db.execute_sql("SELECT COUNT(*) FROM queue_tally").fetchone()
        assert deltas == 2  # folded: (open, anna) and (open, nobody)
    finally:
        store.close()
