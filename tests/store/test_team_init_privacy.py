"""What `deskclient team init` and `add-agent` keep out of PostgreSQL's own catalogs and
logs (issue 11): no sample of conversation text in pg_statistic, no password in clear
in a statement; and the one view of other sessions the service's purge needs."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

import psycopg
import pytest

from deskclient.domain.messages import InboundEdit
from deskclient.store import pg_compaction
from deskclient.store.database import open_database
from deskclient.store.duty_lock import pg_connect_args
from deskclient.store.repository import TicketStore
from deskclient.store.team_roles import UNSAMPLED, add_agent, init_team
from tests.factories import citizen, inbound

pytestmark = pytest.mark.postgres

CANARY = "Qzvkwpx"
CANARY_BYTES = b"QZVKWPX-file-bytes"


def conversation_with_canary(store: TicketStore, rules, clock) -> None:
    """The canary in every column UNSAMPLED names, a few rows each (so ANALYZE samples all)."""
    for n in range(3):
        who = citizen(800 + n, name=f"Marta {CANARY}{n}")
        filed = store.ingest(inbound(who, clock.now(), f"El meu codi és {CANARY}{n}", channel_message_id=9000 + n,
                                     reply_to_channel_message_id=1, reply_quote=f"cita {CANARY}{n}"), rules)
        store.apply_edit(InboundEdit("acct", 800 + n, 9000 + n, clock.now(), f"canviat {CANARY}{n}"))
        message_id = store.db.execute_sql("SELECT max(id) FROM message WHERE ticket_id = %s",
                                          (filed.ticket_id,)).fetchone()[0]
        attachment_id = store.db.execute_sql(
            "INSERT INTO attachment (message_id, kind, file_name, mime, size, sha256, stored_path, kept) "
            "VALUES (%s, 'document', %s, 'application/pdf', 10, %s, %s, TRUE) RETURNING id",
            (message_id, f"{CANARY}{n}.pdf", f"{CANARY.lower()}{n}" * 4, f"2026/{CANARY}{n}.pdf")).fetchone()[0]
        store.db.execute_sql("INSERT INTO file_chunk (attachment_id, seq, data) VALUES (%s, 0, %s)",
                             (attachment_id, CANARY_BYTES + bytes([n])))
        store.db.execute_sql("UPDATE citizen SET username = %s WHERE address = %s",
                             (f"{CANARY}{n}", 800 + n))
        store.db.execute_sql("UPDATE ticket SET hold_reason = %s WHERE id = %s", (f"jutjat {CANARY}{n}",
                                                                                    filed.ticket_id))


def analyze(db) -> None:
    for table in UNSAMPLED:
        db.execute_sql(f"ANALYZE {table}")


def sampled_canaries(db) -> set[str]:
    """Columns of the desk's tables whose statistics hold the canary (text or bytes)."""
    rows = db.execute_sql(
        "SELECT tablename || '.' || attname, concat_ws(' ', most_common_vals::text, histogram_bounds::text, "
        "most_common_elems::text) FROM pg_stats WHERE schemaname = current_schema()").fetchall()
    needles = (CANARY.lower(), CANARY_BYTES.hex())
    return {column for column, values in rows if any(n in values.lower() for n in needles)}


def test_team_init_keeps_conversation_text_out_of_pg_statistic(pg_url, rules, clock):
    """Samples ANALYZE took before `team init` are deleted by it, and none is taken after."""
    from tests.conftest import TeamDatabase

    store = TicketStore(open_database(pg_url), clock, workstation="it")
    team = TeamDatabase(pg_url, f"t{os.urandom(4).hex()}", clock)
    try:
        conversation_with_canary(store, rules, clock)
        analyze(store.db)
        before = sampled_canaries(store.db)
        assert {"message.text", "citizen.name", "file_chunk.data", "message_edit.previous_text"} <= before

        init_team(store.db, team.prefix)
        assert sampled_canaries(store.db) == set()
        analyze(store.db)  # as autovacuum does, later
        assert sampled_canaries(store.db) == set()
        # Columns without conversation data keep their statistics (the planner uses them).
        kept = {r[0] for r in store.db.execute_sql(
            "SELECT tablename || '.' || attname FROM pg_stats WHERE schemaname = current_schema()")}
        assert {"message.ticket_id", "ticket.status"} <= kept
        targets = dict(store.db.execute_sql(
            "SELECT c.relname || '.' || a.attname, a.attstattarget FROM pg_attribute a "
            "JOIN pg_class c ON c.oid = a.attrelid WHERE c.relnamespace = current_schema()::regnamespace "
            "AND a.attnum > 0").fetchall())
        assert all(targets[f"{t}.{c}"] == 0 for t, columns in UNSAMPLED.items() for c in columns
                   if f"{t}.{c}" in targets)
    finally:
        store.close()
        team.drop()


def scram_matches(verifier: str, password: str) -> bool:
    """RFC 5802/7677: SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>."""
    method, params, keys = verifier.split("$")
    iterations, salt = params.split(":")
    stored_key = keys.split(":")[0]
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), base64.b64decode(salt), int(iterations))
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    return method == "SCRAM-SHA-256" and base64.b64encode(hashlib.sha256(client_key).digest()).decode() == stored_key


def test_a_password_reaches_the_server_only_as_a_scram_verifier(team_db, clock):
    login = team_db.login("anna")
    team_db.logins.append(login)
    password = "Bon dia, s3cret Ω 'quoted'"
    sent: list[str] = []

    def add(db, secret: str) -> None:
        real = db.execute_sql
        db.execute_sql = lambda sql, params=None, *a, **k: sent.append(sql) or real(sql, params, *a, **k)
        try:
            add_agent(db, clock.now(), login, password=secret)
        finally:
            del db.execute_sql

    team_db.run(lambda db: add(db, password))  # CREATE ROLE … PASSWORD
    team_db.run(lambda db: add(db, password + "2"))  # ALTER ROLE … PASSWORD, a role that exists
    assert any(s.startswith("CREATE ROLE") and "PASSWORD 'SCRAM-SHA-256$" in s for s in sent)
    assert any(s.startswith("ALTER ROLE") and "PASSWORD 'SCRAM-SHA-256$" in s for s in sent)
    assert not any("s3cret" in s for s in sent)
    [verifier] = team_db.run(lambda db: db.execute_sql(
        "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (login,)).fetchone())
    assert verifier.startswith("SCRAM-SHA-256$")
    assert scram_matches(verifier, password + "2") and not scram_matches(verifier, password)


def connect(url: str):
    return psycopg.connect(**pg_connect_args(url, "test"), options=f"-c search_path={url.rpartition('schema=')[2]}")


def test_the_service_sees_other_logins_old_snapshots_without_pg_read_all_stats(team_db, clock):
    """What the purge waits on (store/pg_compaction.py) every role sees: another login's
    snapshot and user; not its query, which pg_read_all_stats would show (every
    session's on the server), so team init does not grant it."""
    service = team_db.add("server", service=True)
    it_login = team_db.run(lambda db: db.execute_sql("SELECT current_user").fetchone()[0])
    with connect(service) as conn:
        assert conn.execute("SELECT pg_has_role('pg_read_all_stats', 'USAGE')").fetchone()[0] is False
        with connect(team_db.url) as other:  # IT's session, its snapshot older than the horizon
            other.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
            other.execute("SELECT 'a secret query'")
            conn.execute("SELECT txid_current()")  # a transaction after that snapshot
            horizon = conn.execute("SELECT txid_snapshot_xmax(txid_current_snapshot()) % 4294967296").fetchone()[0]
            older = conn.execute(pg_compaction._OLDER_SNAPSHOTS, {"h": str(horizon)}).fetchone()[0]
            seen = conn.execute("SELECT query, backend_type FROM pg_stat_activity WHERE backend_xmin IS NOT NULL "
                                "AND usename = %s", (it_login,)).fetchall()
            other.execute("ROLLBACK")
    assert older >= 1
    assert seen and all(row == ("<insufficient privilege>", None) for row in seen)


def test_the_services_purge_waits_for_an_older_snapshot_it_sees(team_db, clock, monkeypatch):
    """The compaction as the service's login: another login's transaction older than the
    deletes postpones the rewrite (owed, said), instead of VACUUM FULL copying the rows."""
    monkeypatch.setattr(pg_compaction, "SNAPSHOT_PATIENCE", 0.3)
    opened = open_database(team_db.add("server", service=True))
    try:
        compaction = pg_compaction.PgCompaction(opened.db)
        with connect(team_db.url) as other:
            other.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
            other.execute("SELECT 1")
            opened.db.execute_sql("SELECT txid_current()")
            outcome = compaction.run(["message"])
            other.execute("ROLLBACK")
        assert outcome.old_snapshots >= 1 and outcome.rewritten == [] and not outcome.complete
        assert compaction.run(["message"]).rewritten == ["message"]
    finally:
        opened.db.close()


# Columns of the kinds that hold what people wrote or who they are (text, bytes, an
# address or access hash) that keep their statistics, each for a reason.
SAMPLED_ON_PURPOSE = {
    "audit_event.detail",  # never message content; kept beyond any purge anyway
    "broadcast.summary",  # figures and failure reasons summed up
    # The administration's own publications, its channel and files.
    "broadcast_text.text", "broadcast_text.entities", "broadcast.file_name", "broadcast_chunk.data",
    "channel_post.text", "channel_post.entities", "channel_post.pending_text", "channel_post.pending_entities",
    "channel_post.username", "channel_post.access_hash",
    "canned_response.title", "canned_response.body",  # agents' ready answers
    "export_file.name",  # transcripts-<time>-<random>.pdf: no ticket or citizen in it
    "counter.name", "agent.login",  # the desk's counters; its staff
    "service_node.templates",  # the service's [whatsapp.templates] uses and names: configuration
}


def test_every_column_with_peoples_words_or_numbers_is_unsampled(team_db):
    """A new column of text or bytes, or a new address, must be named in UNSAMPLED or
    above: WhatsApp's numbers sat in subscriber, list_notice, broadcast_recipient and
    history_delete, sampled, after v17."""
    columns = team_db.run(lambda db: db.execute_sql(
        "SELECT c.relname || '.' || a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
        "WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND a.attnum > 0 "
        "AND NOT a.attisdropped AND (a.atttypid IN ('text'::regtype, 'bytea'::regtype) "
        "OR a.attname IN ('address', 'access_hash', 'phone', 'username', 'name', 'title', 'file_name'))"
    ).fetchall())
    unsampled = {f"{t}.{c}" for t, names in UNSAMPLED.items() for c in names}
    assert {c for (c,) in columns} - unsampled - SAMPLED_ON_PURPOSE == set()


WHATSAPP_NUMBERS = [34633000003 + n for n in range(5)]


def test_team_init_again_after_an_upgrade_unsamples_whatsapps_numbers(team_db, clock):
    """A team set up by a version whose UNSAMPLED lacked the lists' columns: running
    `team init` again (docs/deploy.md section 10, step 3) sets them and deletes the
    samples ANALYZE took of the numbers and the keyword."""
    lists_columns = {t: UNSAMPLED[t] for t in ("subscriber", "broadcast_recipient", "list_notice",
                                                "history_delete")}

    def as_before_the_fix(db):
        for table, columns in lists_columns.items():
            db.execute_sql(f"ALTER TABLE {table} " + ", ".join(f"ALTER COLUMN {c} SET STATISTICS -1"
                                                               for c in columns))
        db.execute_sql("ALTER TABLE message ALTER COLUMN external_id SET STATISTICS -1")
        now = clock.now().replace(tzinfo=None)
        broadcast = db.execute_sql(
            "INSERT INTO broadcast (created_at, topics, default_language, send_at, state, recipients_purged, "
            "file_in_store) VALUES (%s, '|Events|', 'es', %s, 'done', FALSE, FALSE) RETURNING id", (now, now)).fetchone()[0]
        for n, number in enumerate(WHATSAPP_NUMBERS):
            db.execute_sql("INSERT INTO subscriber (account, address, language, topics, consented_at, "
                           "consent_keyword, consent_note) VALUES ('whatsapp:1', %s, 'es', '|Events|', %s, "
                           "'ME SUSCRIBO', 'Le avisaremos. Para salir: ME DOY DE BAJA')", (number, now))
            db.execute_sql("INSERT INTO broadcast_recipient (broadcast_id, address, language, random_id, state, "
                           "unsubscribed, attempts) VALUES (%s, %s, 'es', %s, 'sent', FALSE, 0)", (broadcast, number, n))
            db.execute_sql("INSERT INTO list_notice (key, account, address, text, random_id, state, created_at, "
                           "attempts) VALUES (%s, 'whatsapp:1', %s, 'ME SUSCRIBO', %s, 'queued', %s, 0)",
                           (f"k{n}", number, n, now))
            db.execute_sql("INSERT INTO history_delete (account, address, max_id, reason, queued_at, attempts) "
                           "VALUES ('whatsapp:1', %s, 1, 'purge', %s, 0)", (number, now))
        for table in (*lists_columns, "message"):
            db.execute_sql(f"ANALYZE {table}")

    def numbers_sampled(db) -> set[str]:
        rows = db.execute_sql(
            "SELECT tablename || '.' || attname, concat_ws(' ', most_common_vals::text, histogram_bounds::text) "
            "FROM pg_stats WHERE schemaname = current_schema()").fetchall()
        return {column for column, values in rows
                if str(WHATSAPP_NUMBERS[2]) in values or "SUSCRIBO" in values}

    team_db.run(as_before_the_fix)
    assert team_db.run(numbers_sampled) == {"subscriber.address", "subscriber.consent_keyword",
                                            "broadcast_recipient.address", "list_notice.address",
                                            "list_notice.text", "history_delete.address"}
    team_db.run(lambda db: init_team(db, team_db.prefix))  # the upgrade's step
    assert team_db.run(numbers_sampled) == set()
    team_db.run(lambda db: [db.execute_sql(f"ANALYZE {t}") for t in lists_columns])  # autovacuum, later
    assert team_db.run(numbers_sampled) == set()
