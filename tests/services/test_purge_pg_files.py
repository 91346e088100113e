"""PostgreSQL: after a purge or an erasure, the purged text and file bytes are in none of
the database's files (the issue's canary test). Every relation of the test's schema is
read from disk, as PostgreSQL wrote it: tables, their indexes (the full-text GIN index
included), TOAST tables and TOAST indexes, every segment, and the files they had before
the purge. The tests run as root on the machine that runs PostgreSQL.

The same scene with a plain VACUUM in place of VACUUM FULL still finds the canary: the
scan is able to see what it looks for."""

from __future__ import annotations

import logging
import os
import re
import threading
import time
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest

from deskclient.domain.messages import InboundEdit
from deskclient.domain.tickets import Role
from deskclient.logs import log_dir
from deskclient.store import pg_compaction
from deskclient.store.database import open_database
from deskclient.store.pg_compaction import PgCompaction
from deskclient.store.repository import TicketStore
from tests.services.lead_helpers import LeadDesk, citizen, closed_ticket, inbound, run, stored_file


def until(condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "not within the time allowed"
        time.sleep(0.05)

pytestmark = pytest.mark.postgres

CANARY = "zqxpgcanary5520"  # one lower-case token: the full-text index stores it verbatim
CANARY_BYTES = CANARY.encode()


@pytest.fixture
def pg_config(pg_url, config):
    return config.with_values({"database.url": pg_url})


@pytest.fixture
def pg_store(pg_config, clock):
    store = TicketStore(open_database(pg_config.database_url), clock, workstation="ws-canary")
    yield store
    store.close()


@pytest.fixture
def lead_desk(pg_store, rules, clock, pg_config):
    desk = LeadDesk(pg_store, rules, clock, pg_config, log_dir())
    yield desk
    desk.close()


def noise(rng_bytes: int) -> str:
    """Words of random hex: neither compressible (so TOAST keeps them as written) nor
    one over-long word (which the full-text index would leave out)."""
    raw = os.urandom(rng_bytes).hex()
    return " ".join(raw[i:i + 8] for i in range(0, len(raw), 8))


def canary_scene(desk: LeadDesk, store, rules, clock) -> int:
    """A conversation with the canary everywhere a purge must reach, closed seven months
    ago; then a newer one that stays (its rows come after, so no table merely shrinks)."""
    who = citizen(501, name=f"Marta {CANARY}")
    pdf = stored_file(desk.files_dir, f"{CANARY}.pdf", b"%PDF-1.4 " + CANARY_BYTES)
    first = closed_ticket(store, rules, clock, who, texts=(f"El meu codi és {CANARY}, gràcies",), file=pdf)
    second = store.ingest(inbound(who, clock.now(), f"Nou {CANARY} altre", channel_message_id=9101), rules)
    store.apply_edit(InboundEdit("acct", 501, 9101, clock.now(), "text canviat", None))
    store.ingest(inbound(who, clock.now(), "resposta", reply_to_channel_message_id=9101,
                         reply_quote=f"Nou {CANARY} altre"), rules)
    store.ingest(inbound(who, clock.now(), f"{noise(1900)} {CANARY} {noise(400)}"), rules)  # TOASTed
    chunk = os.urandom(100_000) + CANARY_BYTES + os.urandom(100_000)  # a file's bytes, TOASTed
    [attachment_id] = [r[0] for r in store.db.execute_sql(
        "SELECT a.id FROM attachment a JOIN message m ON m.id = a.message_id WHERE m.ticket_id = %s", (first,))]
    store.db.execute_sql("INSERT INTO file_chunk (attachment_id, seq, data) VALUES (%s, 0, %s)",
                         (attachment_id, chunk))
    agent = store.ensure_agent("anna", "Anna", Role.AGENT)
    store.add_reply(second.ticket_id, "D'acord", agent)
    store.close_ticket(second.ticket_id, agent, rules)
    clock.advance(timedelta(minutes=31))
    store.finalize_expired(rules)
    clock.advance(timedelta(days=30))
    kept = closed_ticket(store, rules, clock, citizen(777, name="Retained citizen"),
                         texts=(f"Una altra consulta {noise(1900)}",))
    clock.advance(timedelta(days=6 * 30))
    return kept


# -- reading PostgreSQL's files ----------------------------------------------------------

def relation_files(db) -> dict[str, str]:
    """Every relation of this schema (the search_path's first), with the TOAST tables
    and TOAST indexes of its tables: name -> file path relative to the data directory."""
    rows = db.execute_sql("""
        WITH mine AS (SELECT oid, reltoastrelid FROM pg_class
                      WHERE relnamespace = current_schema()::regnamespace)
        SELECT c.oid::regclass::text, pg_relation_filepath(c.oid) FROM pg_class c
        WHERE c.oid IN (SELECT oid FROM mine) OR c.oid IN (SELECT reltoastrelid FROM mine)
           OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid IN (SELECT reltoastrelid FROM mine))
        """).fetchall()
    return {name: path for name, path in rows if path}


def data_directory(db) -> Path:
    return Path(db.execute_sql("SHOW data_directory").fetchone()[0])


def segments(data_dir: Path, relative: str) -> list[Path]:
    """A relation's files: the main fork and its segments (.1, .2 …), and the other forks."""
    path = data_dir / relative
    if not path.parent.is_dir():
        return []
    pattern = re.compile(rf"^{re.escape(path.name)}(_[a-z]+)?(\.\d+)?$")
    return sorted(p for p in path.parent.iterdir() if pattern.match(p.name))


def canary_hits(db, paths: dict[str, str]) -> dict[str, int]:
    """After a CHECKPOINT (every page written to its file): relation -> canary count."""
    db.execute_sql("CHECKPOINT")
    data_dir = data_directory(db)
    hits: dict[str, int] = {}
    for name, relative in paths.items():
        found = sum(p.read_bytes().count(CANARY_BYTES) for p in segments(data_dir, relative))
        if found:
            hits[name] = found
    return hits


def toast_of(db, table: str) -> str:
    return db.execute_sql("SELECT reltoastrelid::regclass::text FROM pg_class WHERE oid = to_regclass(%s)",
                          (table,)).fetchone()[0]


def relations_of(db, table: str) -> set[str]:
    """A table, its indexes, its TOAST table and that one's index."""
    toast = toast_of(db, table)
    rows = db.execute_sql("SELECT indexrelid::regclass::text FROM pg_index WHERE indrelid IN "
                          "(to_regclass(%s), to_regclass(%s))", (table, toast)).fetchall()
    return {table, toast} | {r[0] for r in rows}


def planted(db) -> set[str]:
    """Where the scene must have put the canary, if the scan is to mean anything."""
    return {"message", "message_search_vector", toast_of(db, "message"), toast_of(db, "file_chunk"),
            "message_edit", "attachment", "citizen", "ticket"}


# -- the tests --------------------------------------------------------------------------

def test_a_purge_leaves_no_canary_in_any_relation_file(pg_store, lead_desk, rules, clock):
    store, db = pg_store, pg_store.db
    kept = canary_scene(lead_desk, store, rules, clock)
    before = relation_files(db)
    assert planted(db) <= set(canary_hits(db, before))

    report = run(lead_desk.lead.purge())

    assert report.counts.tickets == 2 and report.counts.citizens == 1 and report.compacted
    assert report.problems == []
    after = relation_files(db)
    assert after["message"] != before["message"]  # rewritten into a new file
    assert canary_hits(db, after) == {}
    assert canary_hits(db, before) == {}  # the old files: gone, or truncated to nothing
    assert store.ticket(kept).status == "closed"  # what is kept is still readable
    assert not PgCompaction(db).owed()


def test_plain_vacuum_would_leave_the_canary_readable(pg_store, lead_desk, rules, clock, monkeypatch):
    """The control: the same purge with the old compaction (a plain VACUUM) leaves the
    canary in the files; so the test above would fail without VACUUM FULL."""
    def plain_vacuum(self, horizon=None):
        for table in pg_compaction.PURGED_TABLES:
            self.db.execute_sql(f"VACUUM {table}")
        return pg_compaction.CompactionOutcome(rewritten=[])

    monkeypatch.setattr(PgCompaction, "run", plain_vacuum)
    store, db = pg_store, pg_store.db
    canary_scene(lead_desk, store, rules, clock)
    run(lead_desk.lead.purge())
    hits = canary_hits(db, relation_files(db))
    assert "message_search_vector" in hits  # GIN keeps a deleted word as an entry key


def test_an_erasure_is_followed_by_the_same_compaction(pg_store, lead_desk, rules, clock):
    store, db = pg_store, pg_store.db
    canary_scene(lead_desk, store, rules, clock)
    before = relation_files(db)
    marta = store.m.Citizen.get(store.m.Citizen.address == 501).id

    report = run(lead_desk.citizens.erase(marta))

    assert report.counts.tickets == 2 and report.compacted and report.problems == []
    assert canary_hits(db, relation_files(db)) == {} and canary_hits(db, before) == {}


@pytest.fixture
def plain_role(pg_url, pg_store):
    """A login that may read and write the rows but owns no table (a lead in team
    mode); dropped afterwards."""
    name = f"{pg_store.opened.schema}_lead"
    with psycopg.connect(os.environ["DESKCLIENT_TEST_PG_URL"], autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {name} LOGIN")
        conn.execute(f"GRANT USAGE ON SCHEMA {pg_store.opened.schema} TO {name}")
        conn.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {pg_store.opened.schema} "
                     f"TO {name}")
        conn.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {pg_store.opened.schema} TO {name}")
    url = re.sub(r"//postgres@", f"//{name}@", pg_url)
    yield url
    with psycopg.connect(os.environ["DESKCLIENT_TEST_PG_URL"], autocommit=True) as conn:
        conn.execute(f"DROP OWNED BY {name}")
        conn.execute(f"DROP ROLE {name}")


def test_an_erasure_by_a_role_that_owns_no_table_is_compacted_by_the_next_purge(
        pg_store, lead_desk, plain_role, rules, clock, pg_config, tmp_path, caplog):
    """Team mode: a lead erases, but VACUUM FULL needs the tables' owner. The erasure
    still deletes, says so in its report, and leaves the compaction owed in the database;
    the service's next purge (the owner), with nothing due, does it."""
    store, db = pg_store, pg_store.db
    canary_scene(lead_desk, store, rules, clock)
    marta = store.m.Citizen.get(store.m.Citizen.address == 501).id
    lead_store = TicketStore(open_database(plain_role), clock, workstation="ws-lead")
    try:
        lead_config = pg_config.with_values({"database.url": plain_role,
                                             "paths.data_dir": str(tmp_path / "lead-data")})
        desk = LeadDesk(lead_store, rules, clock, lead_config, log_dir())
        try:
            report = run(desk.citizens.erase(marta))
        finally:
            desk.close()
    finally:
        lead_store.close()
    assert report.counts.tickets == 2 and not report.compacted
    assert any("VACUUM FULL needs their owner" in p for p in report.problems)
    assert [r.getMessage() for r in caplog.records if "VACUUM FULL not run" in r.getMessage()] == [
        "VACUUM FULL not run: this role does not own message_edit, file_chunk, attachment, ticket, citizen, "
        "message"]
    # PostgreSQL counts the lead's deletes (as the lead's session ends, at the latest).
    until(lambda: PgCompaction(db).owed() == set(pg_compaction.PURGED_TABLES))
    assert canary_hits(db, relation_files(db))  # deleted, not yet rewritten

    report = run(lead_desk.lead.purge())  # the owner's daily run: nothing due, but owed

    assert report.counts.tickets == 0 and report.compacted and report.problems == []
    assert canary_hits(db, relation_files(db)) == {}
    assert not PgCompaction(db).owed()


def test_a_table_in_use_is_left_owed_and_filing_is_not_held_up(pg_store, lead_desk, rules, clock, monkeypatch):
    """Another session holds a lock on message through every try: that table is left
    for the next run (owed), the others are rewritten, and the purge does not fail."""
    monkeypatch.setattr(pg_compaction, "LOCK_TIMEOUT_MS", 200)
    monkeypatch.setattr(pg_compaction, "LOCK_ATTEMPTS", 2)
    store, db = pg_store, pg_store.db
    canary_scene(lead_desk, store, rules, clock)
    with psycopg.connect(os.environ["DESKCLIENT_TEST_PG_URL"]) as other:
        # No snapshot is kept by LOCK TABLE: only the lock stands in the way.
        other.execute(f"LOCK TABLE {store.opened.schema}.message IN ACCESS SHARE MODE")
        report = run(lead_desk.lead.purge())
        other.rollback()
    assert report.counts.tickets == 2 and not report.compacted
    assert any("in use" in p for p in report.problems)
    assert PgCompaction(db).owed() == {"message"}
    assert set(canary_hits(db, relation_files(db))) <= relations_of(db, "message")

    report = run(lead_desk.lead.purge())  # next run: nothing due, the owed table done
    assert report.compacted and canary_hits(db, relation_files(db)) == {}


def test_a_transaction_older_than_the_purge_postpones_the_rewrite(pg_store, lead_desk, rules, clock,
                                                                 monkeypatch):
    """A snapshot taken before the deletes still sees the purged rows: VACUUM FULL
    would copy them into the new files. The compaction waits for it, then gives up and
    leaves it owed; once that transaction ends, the next run rewrites."""
    monkeypatch.setattr(pg_compaction, "SNAPSHOT_PATIENCE", 0.3)
    store, db = pg_store, pg_store.db
    canary_scene(lead_desk, store, rules, clock)
    with psycopg.connect(os.environ["DESKCLIENT_TEST_PG_URL"]) as other:
        other.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
        other.execute("SELECT 1").fetchone()
        report = run(lead_desk.lead.purge())
        other.rollback()
    assert report.counts.tickets == 2 and not report.compacted
    assert any("long transaction" in p for p in report.problems)
    assert PgCompaction(db).owed() == set(pg_compaction.PURGED_TABLES)

    report = run(lead_desk.lead.purge())
    assert report.compacted and canary_hits(db, relation_files(db)) == {}


def test_vacuum_full_keeps_rows_a_running_transaction_can_see(pg_store):
    """Why the wait above: with an old snapshot open, VACUUM FULL copies the deleted
    rows into the new file, and its VERBOSE count says so; the compaction reads it."""
    db = pg_store.db
    db.execute_sql("INSERT INTO counter (name, value) VALUES ('canary-a', 1), ('canary-b', 2)")
    with psycopg.connect(os.environ["DESKCLIENT_TEST_PG_URL"]) as other:
        other.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
        other.execute("SELECT 1").fetchone()
        db.execute_sql("DELETE FROM counter WHERE name IN ('canary-a', 'canary-b')")
        compaction = PgCompaction(db, snapshot_patience=0)
        outcome = pg_compaction.CompactionOutcome()
        compaction._rewrite("counter", outcome, pg_compaction.FilingLull(db), insist=False)
        other.rollback()
    assert outcome.kept_dead_rows == {"counter": 2} and not outcome.complete


def test_only_the_tables_rows_went_from_are_rewritten(pg_store, lead_desk, rules, clock):
    """file_chunk holds every kept file: a purge of conversations without files leaves
    it alone (rewriting it costs about a second per 100 MB kept)."""
    store, db = pg_store, pg_store.db
    closed_ticket(store, rules, clock, citizen(601, name="Pere"), texts=(f"Sense fitxer {CANARY}",))
    clock.advance(timedelta(days=30))
    pdf = stored_file(lead_desk.files_dir, "kept.pdf", b"%PDF-1.4 kept")
    kept = closed_ticket(store, rules, clock, citizen(602, name="Rosa"), file=pdf)
    [attachment_id] = [r[0] for r in db.execute_sql(
        "SELECT a.id FROM attachment a JOIN message m ON m.id = a.message_id WHERE m.ticket_id = %s", (kept,))]
    db.execute_sql("INSERT INTO file_chunk (attachment_id, seq, data) VALUES (%s, 0, %s)",
                   (attachment_id, b"%PDF-1.4 kept"))
    clock.advance(timedelta(days=160))
    before = relation_files(db)

    report = run(lead_desk.lead.purge())

    assert report.counts.tickets == 1 and report.compacted
    after = relation_files(db)
    assert after["file_chunk"] == before["file_chunk"] and after["attachment"] == before["attachment"]
    assert after["message"] != before["message"] and after["ticket"] != before["ticket"]
    assert canary_hits(db, after) == {}


@pytest.fixture
def team_scene(team_db, pg_url, pg_config, rules, clock):
    """The canary scene on a team database (real roles), filed by the superuser (IT);
    yields IT's store, to read the files with."""
    it_store = TicketStore(open_database(pg_url), clock, workstation="it")
    desk = LeadDesk(it_store, rules, clock, pg_config, log_dir())
    try:
        canary_scene(desk, it_store, rules, clock)
    finally:
        desk.close()
    yield it_store
    it_store.close()


@pytest.fixture
def service_purge(team_db, rules, clock, tmp_path):
    """The retention purge as the service's login runs it (a member of the service group)."""
    from deskclient.domain.retention import RetentionPolicy
    from deskclient.services.purge import RetentionPurge

    store = TicketStore(open_database(team_db.add("server", service=True)), clock, workstation="server")
    yield RetentionPurge(store, rules, RetentionPolicy(6), clock, tmp_path / "server")
    store.close()


def test_with_team_roles_a_leads_erasure_is_rewritten_by_the_services_next_purge(
        team_db, team_scene, service_purge, clock, tmp_path):
    """Real roles (`team init`): the lead's login erases, which deletes but may not
    rewrite the service's tables; the service's login, at its next purge with nothing
    due, rewrites them from PostgreSQL's count of deleted rows alone."""
    import asyncio

    from deskclient.app import build_desk
    from deskclient.config import load_config
    from deskclient.net.no_session import NullGateway

    db = team_scene.db
    marta = team_scene.m.Citizen.get(team_scene.m.Citizen.address == 501).id
    config = load_config(overrides={"paths.data_dir": str(tmp_path / "lia"), "retention.purge_in_app": False,
                                    "database.url": team_db.add("lia", lead=True)})

    async def erase():
        lead = build_desk(config, lambda c: NullGateway(), clock=clock, mode="window")
        try:
            return await lead.citizens.erase(marta)
        finally:
            await lead.stop()

    report = asyncio.run(erase())
    assert report.counts.tickets == 2 and not report.compacted
    assert any("VACUUM FULL needs their owner" in p for p in report.problems)
    until(lambda: PgCompaction(db).owed() == set(pg_compaction.PURGED_TABLES))
    assert canary_hits(db, relation_files(db))

    report = service_purge.run("the service, daily")

    assert report.counts.tickets == 0 and report.compacted and report.problems == []
    assert canary_hits(db, relation_files(db)) == {}


def test_the_services_login_sees_another_logins_old_snapshot_and_waits_for_it(team_scene, service_purge,
                                                                              monkeypatch):
    """The service's login (no pg_read_all_stats: it sees no other login's query) still
    sees the superuser's old snapshot, waits for it, and leaves the rewrite owed: said,
    done next time."""
    monkeypatch.setattr(pg_compaction, "SNAPSHOT_PATIENCE", 0.3)
    db = team_scene.db
    with psycopg.connect(os.environ["DESKCLIENT_TEST_PG_URL"]) as other:  # the superuser's session
        other.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
        other.execute("SELECT 1").fetchone()
        report = service_purge.run("the service, daily")
        other.rollback()
    assert report.counts.tickets == 2 and not report.compacted
    assert any("long transaction" in p for p in report.problems)
    assert canary_hits(db, relation_files(db))

    report = service_purge.run("the service, daily")

    assert report.counts.tickets == 0 and report.compacted and report.problems == []
    assert canary_hits(db, relation_files(db)) == {}


# -- beside filing (issue 17 item 6) ------------------------------------------------------

@pytest.fixture
def filing(pg_config, rules, clock):
    """Citizens filing on a connection of their own: `one()` files a new message."""
    store = TicketStore(open_database(pg_config.database_url), clock, workstation="ws-filing")

    class Filing:
        def __init__(self) -> None:
            self.filed: list[int] = []

        def one(self) -> None:
            n = len(self.filed)
            self.filed.append(store.ingest(inbound(citizen(3000 + n % 7, name="Writing now"), clock.now(),
                                                   f"Missatge {n}"), rules).message_id)

        def sleep(self, seconds: float) -> None:
            """The purge's pause, with a message filed in it: filing never pauses."""
            self.one()
            time.sleep(seconds)

    yield Filing()
    store.close()


@pytest.fixture
def short_lull(monkeypatch):
    monkeypatch.setattr(pg_compaction, "LULL", 0.3)
    monkeypatch.setattr(pg_compaction, "LULL_PATIENCE", 1.0)
    monkeypatch.setattr(pg_compaction, "LULL_LOOK", 0.05)


def test_the_rewrite_waits_for_a_lull_in_filing_and_is_done_in_the_next_one(pg_store, lead_desk, rules, clock,
                                                                              filing, short_lull):
    """Messages keep arriving between every two looks the purge takes: it deletes, but
    rewrites nothing (filing would wait for the rewrite), leaves every table owed and
    says so; once filing pauses, the retry rewrites them and no canary is left."""
    store, db = pg_store, pg_store.db
    canary_scene(lead_desk, store, rules, clock)
    lead_desk.purge.sleep = filing.sleep
    report = run(lead_desk.lead.purge())

    assert report.counts.tickets == 2 and report.compaction_deferred and not report.compacted
    assert report.compaction_seconds == {}
    assert any("Messages kept arriving" in p for p in report.problems)
    assert PgCompaction(db).owed() >= {"message", "ticket", "citizen"}
    assert canary_hits(db, relation_files(db))  # deleted, not yet rewritten
    assert len(filing.filed) > 10  # every look saw a new message

    lead_desk.purge.sleep = time.sleep  # filing pauses
    report = lead_desk.purge.compact_owed("the schedule's retry")

    assert report.compacted and not report.compaction_deferred and report.problems == []
    assert "message" in report.compaction_seconds
    assert canary_hits(db, relation_files(db)) == {}
    assert not PgCompaction(db).owed()
    assert store.m.Message.select().where(store.m.Message.id.in_(filing.filed)).count() == len(filing.filed)
    assert lead_desk.purge.compact_owed("again").compaction_seconds == {}  # nothing owed any more


def test_a_rewrite_deferred_for_a_day_goes_while_filing_goes_on(pg_store, lead_desk, rules, clock, filing,
                                                                short_lull):
    """No lull for a day (OVERDUE since the first deferral, by the database's clock):
    the next compaction waits its patience for a lull, then rewrites all the same, so
    the purged text does not stay in the files for ever."""
    store, db = pg_store, pg_store.db
    canary_scene(lead_desk, store, rules, clock)
    db.execute_sql("INSERT INTO counter (name, value) VALUES (%s, extract(epoch FROM now())::bigint - %s)",
                   (pg_compaction.DEFERRED_SINCE, int(pg_compaction.OVERDUE) + 60))
    lead_desk.purge.sleep = filing.sleep
    report = run(lead_desk.lead.purge())

    assert report.compacted and not report.compaction_deferred
    assert canary_hits(db, relation_files(db)) == {}
    assert db.execute_sql("SELECT count(*) FROM counter WHERE name = %s",
                          (pg_compaction.DEFERRED_SINCE,)).fetchone()[0] == 0


def test_a_filing_behind_the_rewrite_cancels_it_and_the_rewrite_goes_in_the_next_lull(
        pg_store, lead_desk, rules, clock, filing, short_lull, monkeypatch, caplog):
    """While VACUUM FULL queues for message's lock (another session reads it, and the
    lock timeout is longer than the test), a filing queues behind it: the rewrite's
    watch sees it waiting and cancels the rewrite, so the filing is done while the
    reader still holds the table and the purge is still at it; once the reader ends, the
    rewrite goes in the next lull and leaves no canary."""
    caplog.set_level(logging.INFO, logger="deskclient.store")
    monkeypatch.setattr(pg_compaction, "LOCK_TIMEOUT_MS", 600_000)  # only the watch ends a wait
    monkeypatch.setattr(pg_compaction, "LULL_PATIENCE", 600.0)
    store, db = pg_store, pg_store.db
    canary_scene(lead_desk, store, rules, clock)
    waiting_vacuum = ("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                      "AND query = 'VACUUM (FULL, VERBOSE) message'")
    with psycopg.connect(os.environ["DESKCLIENT_TEST_PG_URL"], autocommit=True) as watcher, \
            psycopg.connect(os.environ["DESKCLIENT_TEST_PG_URL"]) as reader:
        reader.execute(f"LOCK TABLE {store.opened.schema}.message IN ACCESS SHARE MODE")
        reports: list = []
        purge = threading.Thread(target=lambda: reports.append(lead_desk.purge.run("test")))
        purge.start()
        until(lambda: watcher.execute(waiting_vacuum).fetchone()[0] == 1, timeout=60)
        filer = threading.Thread(target=filing.one)
        filer.start()
        filer.join(timeout=60)
        assert not filer.is_alive() and len(filing.filed) == 1  # filed, the reader still there
        assert purge.is_alive()  # the rewrite is still to do
        until(lambda: watcher.execute(waiting_vacuum).fetchone()[0] == 1, timeout=60)  # tried again
        reader.rollback()
        purge.join(timeout=120)
    [report] = reports
    assert report.compacted and "message" in report.compaction_seconds
    assert "VACUUM FULL message yielded to a session waiting for it" in caplog.messages
    assert canary_hits(db, relation_files(db)) == {}
