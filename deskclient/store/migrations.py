"""Schema versions, applied in order at start, all pending ones in one transaction.

Version 1 is the first release's schema. A later change adds a function to MIGRATIONS
(using `playhouse.migrate` for ALTERs) and never edits an earlier one.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Callable

import peewee as pw

from ..domain.clock import UTC
from ..errors import StoreUnavailable
from .migration_v2 import columns, v2_lead_tools
from .migration_v7 import v7_team
from .migration_v8 import v8_channels
from .migration_v9 import v9_queue_counts
from .migration_v10 import v10_delivery_receipts
from .migration_v11 import v11_short_pending_list
from .migration_v12 import v12_list_channels
from .migration_v13 import v13_linked_citizens
from .migration_v14 import v14_arriving_refs
from .migration_v15 import v15_node_channels
from .migration_v16 import v16_sent_as_template
from .migration_v17 import v17_conversation_addresses
from .migration_v18 import v18_broadcast_waits_for
from .migration_v19 import v19_node_templates

log = logging.getLogger("deskclient.store")


def _v1_initial(m: SimpleNamespace) -> None:
    m.db.create_tables([t for t in m.tables if t is not m.SchemaVersion])
    # One active (open or closing) ticket per citizen, enforced by the database itself.
    m.db.execute_sql(
        "CREATE UNIQUE INDEX ticket_one_active_per_citizen ON ticket (citizen_id) WHERE active"
    )
    m.db.execute_sql(
        "CREATE INDEX message_outbox ON message (id) WHERE delivery = 'queued'"
    )
    m.db.execute_sql("CREATE INDEX ticket_active_due ON ticket (first_response_due) WHERE active")


def _v3_queue_order(m: SimpleNamespace) -> None:
    """The queue's order (active first, most urgent first) as an index: a page of 200 out
    of 100,000 tickets is read, not sorted."""
    m.db.execute_sql("CREATE INDEX ticket_queue_order ON ticket (active DESC, first_response_due, id)")


def _v4_rectified_names(m: SimpleNamespace) -> None:
    """A lead's rectification of a citizen's name outlives the next message from Telegram."""
    if "name_rectified" not in columns(m.db, "citizen"):
        # Plain SQL: a NOT NULL column with a default is one ALTER on both engines
        # (playhouse.migrate would rebuild the SQLite table, which a live cursor blocks).
        kind = "BOOLEAN" if isinstance(m.db, pw.PostgresqlDatabase) else "INTEGER"
        m.db.execute_sql(f"ALTER TABLE citizen ADD COLUMN name_rectified {kind} NOT NULL DEFAULT FALSE")


# SQLite: the queue's search box finds any part of a ticket number or a citizen's name
# (case folded) in a trigram index instead of testing every ticket with LIKE '%…%';
# kept by triggers, whichever path writes. PostgreSQL keeps the LIKE scan.
QUEUE_SEARCH_SQLITE = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS ticket_search USING fts5(number, name, tokenize='trigram')",
    """CREATE TRIGGER IF NOT EXISTS ticket_search_ai AFTER INSERT ON ticket BEGIN
           INSERT INTO ticket_search(rowid, number, name)
           VALUES (new.id, new.number, (SELECT name FROM citizen WHERE id = new.citizen_id));
       END""",
    """CREATE TRIGGER IF NOT EXISTS ticket_search_ad AFTER DELETE ON ticket BEGIN
           DELETE FROM ticket_search WHERE rowid = old.id;
       END""",
    """CREATE TRIGGER IF NOT EXISTS ticket_search_au AFTER UPDATE OF name ON citizen BEGIN
           UPDATE ticket_search SET name = new.name
           WHERE rowid IN (SELECT id FROM ticket WHERE citizen_id = new.id);
       END""",
    "DELETE FROM ticket_search",
    "INSERT INTO ticket_search(rowid, number, name) "
    "SELECT t.id, t.number, c.name FROM ticket t JOIN citizen c ON c.id = t.citizen_id",
]


def _v5_queue_search(m: SimpleNamespace) -> None:
    """The queue's search and its views by status and by agent, read from indexes: a
    search or a tab over 100,000 tickets no longer scans them all (30 ms to under 1 ms)."""
    m.db.execute_sql("CREATE INDEX IF NOT EXISTS ticket_status_order "
                     "ON ticket (status, active DESC, first_response_due, id)")
    m.db.execute_sql("CREATE INDEX IF NOT EXISTS ticket_assignee_order "
                     "ON ticket (assignee_id, active DESC, first_response_due, id)")
    if not isinstance(m.db, pw.PostgresqlDatabase):
        if sqlite3.sqlite_version_info < (3, 34):  # no trigram tokenizer (RHEL 8 has 3.26)
            log.warning("SQLite %s has no trigram tokenizer: the queue search scans the tickets",
                        sqlite3.sqlite_version)
            return
        for statement in QUEUE_SEARCH_SQLITE:
            m.db.execute_sql(statement)


def _v6_always_on(m: SimpleNamespace) -> None:
    """The desk as a service (issue 10): citizens' access hashes, the outbox's tries,
    files fetched after their message is filed, group leaves retried until done, and
    the running processes for `deskclient status`."""
    big = "BIGINT"
    stamp = "TIMESTAMP" if isinstance(m.db, pw.PostgresqlDatabase) else "DATETIME"
    added = {
        "citizen": [("access_hash", f"{big}")],
        "message": [("attempts", "INTEGER NOT NULL DEFAULT 0"), ("next_try_at", stamp)],
        "attachment": [("state", "VARCHAR(10) NOT NULL DEFAULT 'done'")],
    }
    for table, new_columns in added.items():
        have = columns(m.db, table)
        for name, kind in new_columns:
            if name not in have:  # a fresh v1 schema already has it (built from the models)
                m.db.execute_sql(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")
    m.db.create_tables([m.GroupLeave, m.ServiceNode], safe=True)
    m.db.execute_sql("CREATE INDEX IF NOT EXISTS attachment_arriving ON attachment (id) "
                     "WHERE state = 'arriving'")


MIGRATIONS: list[Callable[[SimpleNamespace], None]] = [
    _v1_initial, v2_lead_tools, _v3_queue_order, _v4_rectified_names, _v5_queue_search,
    _v6_always_on, v7_team, v8_channels, v9_queue_counts, v10_delivery_receipts,
    v11_short_pending_list, v12_list_channels, v13_linked_citizens, v14_arriving_refs,
    v15_node_channels, v16_sent_as_template, v17_conversation_addresses, v18_broadcast_waits_for,
    v19_node_templates,
]
LATEST = len(MIGRATIONS)


def current_version(m: SimpleNamespace) -> int:
    if not m.SchemaVersion.table_exists():
        return 0
    row = m.SchemaVersion.select(m.SchemaVersion.version).order_by(
        m.SchemaVersion.version.desc()).first()
    return row.version if row else 0


def migrate(m: SimpleNamespace, is_postgres: bool) -> int:
    """Bring the schema to LATEST; returns the version found before.

    An up-to-date database is only read: a least-privilege team role (no CREATE on the
    schema) can start the app. An upgrade copies the SQLite file aside first and runs
    every pending step in one transaction: if a step fails, the database stays exactly as
    it was and the user is told where the copy is.
    """
    found = current_version(m)
    if found == LATEST:
        return found
    if found > LATEST:
        raise StoreUnavailable(
            f"The database has schema version {found}, newer than this deskclient knows "
            f"({LATEST}): upgrade deskclient on this workstation."
        )
    backup = None
    if found > 0:
        if is_postgres:
            log.warning("upgrading the team database from schema %d to %d: keep a pg_dump of it "
                        "from before this start (docs/deploy.md, Upgrading)", found, LATEST)
        else:
            backup = backup_sqlite(m.db, found)
    try:
        with m.db.atomic():
            if is_postgres:  # workstations starting together migrate one at a time
                m.db.execute_sql("SELECT pg_advisory_xact_lock(424242)")
            m.SchemaVersion.create_table(safe=True)
            for version in range(current_version(m) + 1, LATEST + 1):
                log.info("applying schema migration %d", version)
                MIGRATIONS[version - 1](m)
                m.SchemaVersion.create(version=version, applied_at=datetime.now(UTC))
    except Exception as exc:
        kept = f" A copy from before the upgrade is at {backup}." if backup else ""
        cause = (str(exc).strip().splitlines() or [""])[0]  # one line: not PostgreSQL's "LINE 1: …" and caret
        raise StoreUnavailable(
            f"Upgrading the database from schema version {found} failed ({type(exc).__name__}: {cause}). "
            f"The database was left as it was.{kept}"
        ) from exc
    return found


def upgrade_copies(database: Path) -> list[Path]:
    """The copies `backup_sqlite` made of this SQLite file before its upgrades."""
    return sorted(database.parent.glob(f"{database.name}.schema-v*.bak"))


def backup_sqlite(db, version: int) -> Path:
    """A consistent copy of the SQLite database, beside it, readable by its owner only."""
    source = Path(db.database)
    target = source.with_name(f"{source.name}.schema-v{version}.bak")
    target.unlink(missing_ok=True)
    fd = os.open(target, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    destination = sqlite3.connect(target)
    try:
        db.connection().backup(destination)
    finally:
        destination.close()
    log.info("database copied to %s before the upgrade", target)
    return target
