"""Upgrades: a copy first, every step in one transaction, nothing changed on failure."""

import hashlib
import sqlite3

import pytest

from deskclient.errors import StoreUnavailable
from deskclient.store import migrations
from deskclient.store.database import open_database
from deskclient.store.repository import TicketStore
from tests.factories import citizen, inbound


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump(path):
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def test_failed_migration_leaves_the_sqlite_file_unchanged(tmp_path, clock, rules, monkeypatch):
    path = tmp_path / "deskclient.sqlite3"
    store = TicketStore(open_database(f"sqlite:///{path}"), clock)
    store.ingest(inbound(citizen(), clock.now(), "Bon dia"), rules)
    store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    before_bytes, before_rows = digest(path), dump(path)

    def broken_step(m):
        m.db.execute_sql("ALTER TABLE ticket ADD COLUMN priority INTEGER DEFAULT 0")
        m.db.execute_sql("UPDATE ticket SET priority = 1")
        raise RuntimeError("step 3 has a bug")

    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + [broken_step])
    monkeypatch.setattr(migrations, "LATEST", migrations.LATEST + 1)
    with pytest.raises(StoreUnavailable, match="left as it was. A copy from before the upgrade is at"):
        TicketStore(open_database(f"sqlite:///{path}"), clock)
    assert digest(path) == before_bytes
    assert dump(path) == before_rows
    backup = path.with_name(f"deskclient.sqlite3.schema-v{migrations.LATEST - 1}.bak")
    assert dump(backup) == before_rows
    assert oct(backup.stat().st_mode)[-3:] == "600"


def test_a_failed_migration_is_told_in_one_line(tmp_path, clock, monkeypatch):
    """PostgreSQL's errors run over several lines (e.g. a `schema=` that does not exist:
    "no schema has been selected to create in", then "LINE 1: CREATE TABLE …" and a caret)."""
    def broken_step(m):
        raise RuntimeError("no schema has been selected to create in\nLINE 1: CREATE TABLE x\n      ^")

    monkeypatch.setattr(migrations, "MIGRATIONS", [broken_step])
    monkeypatch.setattr(migrations, "LATEST", 1)
    with pytest.raises(StoreUnavailable) as raised:
        TicketStore(open_database(f"sqlite:///{tmp_path / 'deskclient.sqlite3'}"), clock)
    assert "\n" not in str(raised.value)
    assert "(RuntimeError: no schema has been selected to create in)" in str(raised.value)


def test_successful_upgrade_keeps_data_and_a_copy(tmp_path, clock, rules, monkeypatch):
    path = tmp_path / "deskclient.sqlite3"
    store = TicketStore(open_database(f"sqlite:///{path}"), clock)
    store.ingest(inbound(citizen(), clock.now(), "Bon dia"), rules)
    store.close()
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + [
        lambda m: m.db.execute_sql("ALTER TABLE ticket ADD COLUMN priority INTEGER DEFAULT 0")])
    monkeypatch.setattr(migrations, "LATEST", migrations.LATEST + 1)
    upgraded = TicketStore(open_database(f"sqlite:///{path}"), clock)
    assert upgraded.ticket_count() == 1
    assert upgraded.db.execute_sql("SELECT priority FROM ticket").fetchone() == (0,)
    upgraded.close()
    assert path.with_name(f"deskclient.sqlite3.schema-v{migrations.LATEST - 1}.bak").exists()


def test_a_v16_store_names_citizens_by_their_address_after_the_upgrade(database_url, clock, rules):
    """Issue 16: v17 renames the Telegram-named columns (telegram_user_id, telegram_id…)
    to the channel's conversation address and message id, keeping every row. The v16
    database is the current one with its columns renamed back and its version set to 16."""
    from deskclient.store.migration_v17 import RENAMED

    store = TicketStore(open_database(database_url), clock)
    who = citizen(34600111222, "Laura Gil")
    first = inbound(who, clock.now(), "El rebut no arriba", channel_message_id=41)
    opened = store.ingest(first, rules)
    store.m.Subscriber.create(account="acct", address=who.address, language="ca",
                              topics="|Emergencies|", consented_at=clock.now(),
                              consent_keyword="M'APUNTO", consent_note="")
    for table, renames in RENAMED.items():
        for old, new in renames:
            store.db.execute_sql(f"ALTER TABLE {table} RENAME COLUMN {new} TO {old}")
    store.db.execute_sql("DELETE FROM schema_version WHERE version > 16")
    store.close()

    upgraded = TicketStore(open_database(database_url), clock)
    try:
        assert migrations.current_version(upgraded.m) == migrations.LATEST
        assert upgraded.active_ticket_for("acct", who.address).id == opened.ticket_id
        assert upgraded.message_text("acct", who.address, 41) == "El rebut no arriba"
        assert upgraded.subscriber("acct", who.address).language == "ca"
        again = upgraded.ingest(inbound(who, clock.now(), "Encara res", channel_message_id=42), rules)
        assert again.ticket_id == opened.ticket_id and not again.opened_ticket
        assert upgraded.ingest(first, rules).duplicate  # (citizen, message id) still unique
    finally:
        upgraded.close()
