"""Full-text search of the retained conversations (SQLite FTS5, PostgreSQL tsvector):
accents and case folded, filters, keyset paging, the index following edits and deletes."""

from __future__ import annotations

from datetime import timedelta

import pytest

from deskclient.domain.messages import InboundEdit
from deskclient.domain.tickets import Role
from deskclient.store.database import open_database
from deskclient.store.migrations import LATEST
from deskclient.store.lead_records import ReviewFilter
from deskclient.store.repository import TicketStore
from deskclient.store.search import LogSearch, fold_text, parse_query, pg_tsquery, fts5_query
from tests.factories import citizen, inbound


def ids(page):
    return [h.message_id for h in page.hits]


def test_query_parsing_and_folding():
    assert fold_text("CAFÉ l'Àrea sol·licitud") == "cafe l area sol licitud"
    terms = parse_query('Café  certific* "tràmit de pagament" 2026-000123 -- ')
    assert fts5_query(terms) == '"cafe" AND "certific"* AND "tramit de pagament" AND "2026 000123"'
    assert pg_tsquery(terms) == "'cafe' & 'certific':* & ('tramit' <-> 'de' <-> 'pagament') & ('2026' <-> '000123')"
    assert parse_query('" " * --') == []


@pytest.fixture
def desk(store, rules, clock):
    """Three tickets: two answered by Anna (one breached), one unassigned by Joan."""
    anna = store.ensure_agent("anna", "Anna", Role.AGENT)
    store.ensure_agent("joan", "Joan", Role.AGENT)
    first = store.ingest(inbound(citizen(1, "Marta Puig"), clock.now(), "No puc pagar al Café del tràmit"), rules)
    store.claim(first.ticket_id, anna)
    store.set_category(first.ticket_id, "Payment problems", anna)
    store.add_reply(first.ticket_id, "Provi amb el certificat digital", anna)
    clock.advance(timedelta(hours=1))
    second = store.ingest(inbound(citizen(2, "Jordi Vila"), clock.now(), "El certificat ha caducat"), rules)
    store.claim(second.ticket_id, anna)
    clock.advance(timedelta(hours=3))  # past the 2-hour SLA before the reply
    store.add_reply(second.ticket_id, "Cal renovar-lo a la seu", anna)
    third = store.ingest(inbound(citizen(3, "Nerea Etxeberria"), clock.now(), "Kaixo, ordainketa CAFE"), rules)
    return first.ticket_id, second.ticket_id, third.ticket_id, anna


def test_accents_and_case_fold_both_ways(store, clock, desk):
    search = LogSearch(store)
    now = clock.now()
    hits = search.messages(ReviewFilter(text="cafe"), now).hits
    assert {h.ticket_id for h in hits} == {desk[0], desk[2]}
    assert hits[0].ticket_id == desk[2]  # newest first
    assert "[CAFE]" in hits[0].snippet and hits[1].snippet.startswith("No puc pagar al [Café]")
    assert ids(search.messages(ReviewFilter(text="CAFÈ"), now)) == ids(search.messages(ReviewFilter(text="café"), now))
    assert len(search.messages(ReviewFilter(text="tramit"), now).hits) == 1
    assert len(search.messages(ReviewFilter(text="certific*"), now).hits) == 2
    assert len(search.messages(ReviewFilter(text="certificat caducat"), now).hits) == 1
    assert len(search.messages(ReviewFilter(text='"caducat el"'), now).hits) == 0
    assert len(search.messages(ReviewFilter(text='"ha caducat"'), now).hits) == 1


def test_filters(store, clock, desk):
    first, second, third, anna = desk
    search = LogSearch(store)
    now = clock.now()

    def tickets(**kw):
        return [t.id for t in search.tickets(ReviewFilter(**kw), now).tickets]

    assert tickets() == [third, second, first]
    assert tickets(agent_id=anna.id) == [second, first]
    assert tickets(category="Payment problems") == [first]
    assert tickets(sla_breached=True) == [second]
    assert tickets(sla_breached=False) == [third, first]  # third is not yet due
    assert tickets(citizen="jordi") == [second] and tickets(citizen_id=1) == [first]
    assert tickets(status="open", text="certificat") == [second, first]  # latest match first
    assert tickets(text="cafe") == [third, first]
    assert tickets(opened_from=clock.now() - timedelta(hours=2)) == [third]
    assert tickets(opened_to=clock.now() - timedelta(hours=2)) == [second, first]
    assert tickets(text="certificat", agent_id=anna.id, opened_from=clock.now() - timedelta(hours=5)) == [second, first]
    hits = search.messages(ReviewFilter(text="certificat", sla_breached=True), now).hits
    assert [(h.ticket_id, h.kind, h.author_login) for h in hits] == [(second, "in", None)]
    page = search.tickets(ReviewFilter(), now, offset=1, limit=1)
    assert page.total == 3 and [t.id for t in page.tickets] == [second]


def test_keyset_paging_walks_every_hit_once(store, rules, clock):
    for n in range(7):
        store.ingest(inbound(citizen(n), clock.now(), f"missatge {n} sobre el pagament"), rules)
    search = LogSearch(store)
    seen, before = [], None
    while True:
        page = search.messages(ReviewFilter(text="pagament"), clock.now(), before_id=before, limit=3)
        seen += ids(page)
        if page.next_before is None:
            break
        before = page.next_before
    assert len(seen) == 7 and seen == sorted(seen, reverse=True)


def test_index_follows_edits_and_deletions(store, rules, clock):
    result = store.ingest(inbound(citizen(1), clock.now(), "paraula original", channel_message_id=55), rules)
    search = LogSearch(store)
    store.apply_edit(InboundEdit("acct", 1, 55, clock.now(), "text nou corregit", None))
    assert search.messages(ReviewFilter(text="original"), clock.now()).hits == []
    assert ids(search.messages(ReviewFilter(text="corregit"), clock.now())) == [result.message_id]
    store.m.Message.delete().where(store.m.Message.id == result.message_id).execute()
    assert search.messages(ReviewFilter(text="corregit"), clock.now()).hits == []
    assert search.raw_fts_ids("corregit") == []


def test_python_folding_matches_the_postgresql_column(pg_url, clock):
    """The query side (Python) and the stored tsvector (SQL) must fold alike."""
    store = TicketStore(open_database(pg_url), clock)
    try:
        sample = "Ça VA? L'Àrea—sol·licitud «Crème» brûlée Ñandú 2026-000123 a@b.cat Ĳssel"
        expected = sorted(set(fold_text(sample).split()))
        row = store.db.execute_sql(
            f"SELECT array(SELECT lexeme FROM unnest(to_tsvector('simple'::regconfig, "
            f"{_folded('%s')})) ORDER BY lexeme)", (sample,)).fetchone()
        assert sorted(row[0]) == expected
    finally:
        store.close()


def _folded(placeholder: str) -> str:
    from deskclient.store.migration_v2 import PG_FOLDED_TEXT
    return PG_FOLDED_TEXT.replace("normalize(text, NFD)", f"normalize({placeholder}, NFD)")


def test_upgrade_from_version_1_indexes_existing_conversations(database_url, clock, rules):
    """A database made by the first release gets the v2 columns, tables and index."""
    store = TicketStore(open_database(database_url), clock)
    store.ingest(inbound(citizen(1), clock.now(), "Un missatge d'abans de la versió dos"), rules)
    _downgrade_to_v1(store)
    store.close()
    again = TicketStore(open_database(database_url), clock)
    try:
        assert [v.version for v in again.m.SchemaVersion.select()] == list(range(1, LATEST + 1))
        assert len(LogSearch(again).messages(ReviewFilter(text="versio"), clock.now()).hits) == 1
        assert again.ticket(1).number and again.m.Ticket.get_by_id(1).hold_reason is None
        assert again.m.TicketStat.select().count() == 0
        # Version 5: the queue's search index holds the tickets from before it.
        assert [t.id for t in again.queue(search="000001")] == [1]
        assert [t.id for t in again.queue(search=citizen(1).name[2:9])] == [1]
    finally:
        again.close()


def _downgrade_to_v1(store) -> None:
    db = store.db
    for table in ("export_ticket", "export_file", "ticket_stat"):
        db.execute_sql(f"DROP TABLE {table}")
    if store.opened.is_postgres:
        db.execute_sql("ALTER TABLE message DROP COLUMN search_vector")
    else:
        for trigger in ("message_fts_ai", "message_fts_ad", "message_fts_au"):
            db.execute_sql(f"DROP TRIGGER {trigger}")
        db.execute_sql("DROP TABLE message_fts")
    for column in ("hold_reason", "held_at", "held_by"):
        db.execute_sql(f"ALTER TABLE ticket DROP COLUMN {column}")
    db.execute_sql("DROP INDEX ticket_queue_order")  # version 3
    db.execute_sql("ALTER TABLE citizen DROP COLUMN name_rectified")  # version 4
    db.execute_sql("DROP INDEX ticket_status_order")  # version 5
    db.execute_sql("DROP INDEX ticket_assignee_order")
    if not store.opened.is_postgres:
        for trigger in ("ticket_search_ai", "ticket_search_ad", "ticket_search_au"):
            db.execute_sql(f"DROP TRIGGER {trigger}")
        db.execute_sql("DROP TABLE ticket_search")
    db.execute_sql("DELETE FROM schema_version WHERE version >= 2")


@pytest.mark.parametrize("plan", ["walk", "bounded walk", "tickets", "rare"])
def test_every_plan_finds_the_same(store, rules, clock, plan, monkeypatch, desk):
    """The planner's thresholds moved so that each plan answers the same questions."""
    import deskclient.store.search as search_module

    for n in range(6):
        store.ingest(inbound(citizen(10 + n), clock.now(), f"Consulta {n} sobre el certificat"), rules)
    baseline = LogSearch(store)
    queries = [ReviewFilter(text="certificat", citizen="a"), ReviewFilter(text="certific*", agent_id=desk[3].id),
               ReviewFilter(text="consulta", opened_from=clock.now() - timedelta(minutes=1)),
               ReviewFilter(text="certificat", sla_breached=False), ReviewFilter(text="nothing", citizen_id=1),
               ReviewFilter(text="certificat")]
    expected = [[ids(baseline.messages(q, clock.now(), before_id=b, limit=2)) for b in (None, 1000)]
                for q in queries]
    monkeypatch.setattr(search_module, "COMMON_HITS", 10_000 if plan == "rare" else 0)
    monkeypatch.setattr(search_module, "PG_WINDOW", {"rare": 3, "walk": 5}.get(plan, 10_000))
    monkeypatch.setattr(search_module, "FEW_TICKETS", 10_000 if plan == "tickets" else 0)
    monkeypatch.setattr(search_module, "FEW_TICKETS_MAX", 10_000 if plan == "bounded walk" else 0)
    planned = LogSearch(store)
    assert [[ids(planned.messages(q, clock.now(), before_id=b, limit=2)) for b in (None, 1000)]
            for q in queries] == expected
    assert any(expected[0])
    first = planned.tickets(ReviewFilter(text="certificat"), clock.now(), limit=2)
    assert first.more and len(first.tickets) == 2
    second = planned.tickets(ReviewFilter(text="certificat"), clock.now(), offset=2, limit=20)
    assert second.total == 8 and not second.more  # every hit seen: counted
    assert [t.id for t in first.tickets + second.tickets] == \
        [t.id for t in planned.tickets(ReviewFilter(text="certificat"), clock.now(), limit=20).tickets]
    monkeypatch.setattr(search_module, "TICKET_SCAN_HITS", 3)
    monkeypatch.setattr(search_module, "TICKET_SCAN_BATCH", 2)
    assert LogSearch(store).tickets(ReviewFilter(text="certificat"), clock.now(), limit=20).total is None
