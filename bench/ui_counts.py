"""bench/ui's tab counts: the queue's counts (every view's tickets and unread ones) on a
store of N tickets, SQLite and PostgreSQL, against the in-run baseline of counting them
over the tickets (the query the app ran before schema v9's maintained counts).

The stores hold tickets only (one citizen each; no messages: counts never read them),
filled by one INSERT … SELECT through the app's own triggers: the tally is built as the
app would build it, ticket by ticket. 4% open, 1% closing, the rest closed; a third
unassigned, the rest spread over four agents; a third of the active ones unread."""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

from figures import spread

from deskclient.domain.clock import FrozenClock
from deskclient.domain.tickets import Role
from deskclient.store.database import open_database
from deskclient.store.migration_v9 import v9_queue_counts
from deskclient.store.queue_reads import QueueView
from deskclient.store.repository import TicketStore

AGENTS = ("bench", "anna", "marc", "laia")
_VIEWS = (QueueView.MINE, QueueView.UNASSIGNED, QueueView.CLOSING, QueueView.CLOSED, QueueView.ALL)

_TICKET_COLUMNS = ("id, number, citizen_id, status, active, language, assignee_id, opened_at, first_response_due,"
                   " last_message_at, last_preview, out_of_hours_notified, citizen_wrote_while_closing, unread")


def _fill_sql(is_postgres: bool) -> list[str]:
    """Citizens then tickets, k = 1..N, as INSERT … SELECT over a series of N."""
    if is_postgres:
        series, active, false, stamp = "generate_series(1, %s) AS n(k)", "k % 100 < 5", "FALSE", "TIMESTAMP "
    else:
        series = "(WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < ?) SELECT k FROM n)"
        active, false, stamp = "k % 100 < 5", "0", ""
    statements = [
        "INSERT INTO citizen (id, account, address, name, search_name, language, created_at)"
        f" SELECT k, 'bench', 5000000 + k, 'Citizen ' || k, 'citizen ' || k, 'ca', {stamp}'2026-01-01 09:00:00'"
        f" FROM {series}",
        f"INSERT INTO ticket ({_TICKET_COLUMNS}) SELECT k, 'B-' || k, k,"
        " CASE WHEN k % 100 < 4 THEN 'open' WHEN k % 100 = 4 THEN 'closing' ELSE 'closed' END,"
        f" {active}, 'ca', CASE WHEN k % 3 = 0 THEN NULL ELSE 1 + k % 4 END, {stamp}'2026-01-01 09:00:00',"
        f" {stamp}'2026-01-01 11:00:00', {stamp}'2026-01-01 09:00:00', 'hola', {false}, {false},"
        f" CASE WHEN {active} AND k % 3 = 1 THEN 2 ELSE 0 END FROM {series}",
    ]
    if is_postgres:  # psycopg: a literal % is written %%
        statements = [s.replace("%", "%%").replace("%%s", "%s") for s in statements]
    return statements


def scan_counts(store: TicketStore, agent_id: int) -> dict[str, tuple[int, int]]:
    """The baseline: every view counted over the tickets, in one pass (the app's query
    before schema v9)."""
    columns, params = [], []
    for view in _VIEWS:
        condition, values = store._view_condition(view, agent_id)
        columns.append(f"SUM(CASE WHEN {condition} THEN 1 ELSE 0 END)")
        columns.append(f"SUM(CASE WHEN {condition} AND t.unread > 0 THEN 1 ELSE 0 END)")
        params += values * 2
    row = store.db.execute_sql(f"SELECT {', '.join(columns)} FROM ticket t", params).fetchone()
    return {view: (int(row[2 * n] or 0), int(row[2 * n + 1] or 0)) for n, view in enumerate(_VIEWS)}


def _store_with_tickets(url: str, tickets: int, clock) -> tuple[TicketStore, int, float]:
    """A store of `tickets` tickets whose tally was built as an upgrade to v9 builds it
    (one grouped row each): filled with the counting triggers off, then v9's own step."""
    started = time.perf_counter()
    store = TicketStore(open_database(url), clock)
    agent_id = [store.ensure_agent(login, login.title(), Role.AGENT).id for login in AGENTS][0]
    is_postgres = store.opened.is_postgres
    off = ("queue_tally_ai",) if is_postgres else ("queue_tally_ai", "ticket_search_ai")  # search: 5x the build
    with store.db.atomic():
        if is_postgres:
            store.db.execute_sql("ALTER TABLE ticket DISABLE TRIGGER queue_tally_ai")
        else:
            kept = [store.db.execute_sql("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
                    for name in off]
            for name in off:
                store.db.execute_sql(f"DROP TRIGGER {name}")
        for statement in _fill_sql(is_postgres):
            store.db.execute_sql(statement, (tickets,))
        if is_postgres:
            store.db.execute_sql("ALTER TABLE ticket ENABLE TRIGGER queue_tally_ai")
        else:
            for sql in kept:
                store.db.execute_sql(sql)
        v9_queue_counts(store.m)
    store.db.execute_sql("ANALYZE")
    return store, agent_id, time.perf_counter() - started


def _churn(store: TicketStore, agent_id: int, changes: int) -> list[float]:
    """An agent's morning: open tickets claimed and read, the counts read after every
    25 (as the window does while things change), folding the tally on the way; the
    reads' timings (s)."""
    agent = next(a for a in store.agents() if a.id == agent_id)
    open_ids = [r[0] for r in store.db.execute_sql(
        "SELECT id FROM ticket WHERE status = 'open' AND assignee_id IS NULL ORDER BY id").fetchall()]
    reads = []
    for n, ticket_id in enumerate(open_ids[:changes]):
        store.claim(ticket_id, agent)
        store.mark_read(ticket_id)
        if n % 25 == 24:
            started = time.perf_counter()
            store.queue_counts(agent_id)
            reads.append(time.perf_counter() - started)
    return reads


def _timed(work, runs: int) -> tuple[list[float], object]:
    timings, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        timings.append(time.perf_counter() - started)
    return timings, result


def measure_counts(url: str, tickets: int, runs: int, clock: FrozenClock, churn: int = 2_000) -> dict:
    """Maintained counts and the scan on one store: timings (s) of `runs` reads each,
    after `churn` claims (reads during them apart: they include the folds)."""
    store, agent_id, build = _store_with_tickets(url, tickets, clock)
    try:
        during = _churn(store, agent_id, churn)
        kept, counts = _timed(lambda: store.queue_counts(agent_id), runs)
        scanned, truth = _timed(lambda: scan_counts(store, agent_id), runs)
        assert counts == truth, (counts, truth)
        assert counts[QueueView.ALL][0] == tickets
    finally:
        store.close()
    return {"kept": kept, "scan": scanned, "during": during, "build": build, "tickets": tickets,
            "churn": churn}


def pg_schema_url(name: str) -> tuple[str, str] | None:
    """A fresh PostgreSQL schema on DESKCLIENT_TEST_PG_URL: (schema, URL), or None."""
    base = os.environ.get("DESKCLIENT_TEST_PG_URL")
    if not base:
        return None
    import psycopg
    schema = f"{name}_{os.getpid()}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        conn.execute(f"CREATE SCHEMA {schema}")
    return schema, f"{base}{'&' if '?' in base else '?'}schema={schema}"


def drop_pg_schema(schema: str) -> None:
    import psycopg
    with psycopg.connect(os.environ["DESKCLIENT_TEST_PG_URL"], autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


def count_rows(tmp: Path, tickets: int, runs: int, clock) -> tuple[list, list]:
    """bench/ui's table rows and notes for the counts, SQLite then PostgreSQL."""
    rows, notes = [], []
    places = [("SQLite", f"sqlite:///{tmp / 'counts.sqlite3'}", None)]
    pg = pg_schema_url("bench_counts")
    if pg:
        places.append(("PostgreSQL", pg[1], pg[0]))
    else:
        notes.append("counts on PostgreSQL: skipped (DESKCLIENT_TEST_PG_URL unset)")
    for engine, url, schema in places:
        try:
            r = measure_counts(url, tickets, runs, clock)
        finally:
            if schema:
                drop_pg_schema(schema)
        kept, scan = r["kept"], r["scan"]
        rows.append((f"tab counts, {tickets:,} tickets, {engine} (median)",
                     f"{statistics.median(kept) * 1000:.2f} ms", "< 5 ms", statistics.median(kept) < 0.005))
        notes.append(f"counts ({engine}): maintained min/median/max {_ms(kept)}; in-run baseline, counted over "
                     f"the tickets: {_ms(scan)} ({statistics.median(scan) / statistics.median(kept):,.0f}x); "
                     f"reads while {r['churn']:,} tickets were claimed and read (folds included): "
                     f"{_ms(r['during'])}; store built in {r['build']:.1f} s")
    return rows, notes


def _ms(timings: list[float]) -> str:
    return spread(timings, ".2f", "ms", 1000)
