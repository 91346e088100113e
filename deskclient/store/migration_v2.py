"""Schema version 2: the team lead's tools (legal hold, anonymous figures, exports
register, full-text index of the conversations).

Frozen like every migration: a later change adds version 3, it never edits this one.
Version 1 builds its tables from the *current* models, so a database created fresh
already has the columns and tables added here; each step checks before it adds.
"""

from __future__ import annotations

import logging
from types import SimpleNamespace

import peewee as pw
from playhouse.migrate import SchemaMigrator, migrate as run_operations

from .models import UtcDateTimeField

log = logging.getLogger("deskclient.store")

# SQLite: an external-content FTS5 index over message.text (the text is not stored twice),
# accents folded by the tokenizer, kept in step by triggers on every write path,
# including the hand-written ingest SQL and bulk inserts.
_SQLITE_FTS = [
    """CREATE VIRTUAL TABLE IF NOT EXISTS message_fts USING fts5(
           text, content='message', content_rowid='id',
           tokenize="unicode61 remove_diacritics 2")""",
    """CREATE TRIGGER IF NOT EXISTS message_fts_ai AFTER INSERT ON message BEGIN
           INSERT INTO message_fts(rowid, text) VALUES (new.id, new.text);
       END""",
    """CREATE TRIGGER IF NOT EXISTS message_fts_ad AFTER DELETE ON message BEGIN
           INSERT INTO message_fts(message_fts, rowid, text) VALUES ('delete', old.id, old.text);
       END""",
    """CREATE TRIGGER IF NOT EXISTS message_fts_au AFTER UPDATE OF text ON message BEGIN
           INSERT INTO message_fts(message_fts, rowid, text) VALUES ('delete', old.id, old.text);
           INSERT INTO message_fts(rowid, text) VALUES (new.id, new.text);
       END""",
    "INSERT INTO message_fts(message_fts) VALUES ('rebuild')",
]

# PostgreSQL: a stored tsvector of the text folded without any extension (unaccent may
# not be installed): NFD, combining marks removed, ASCII and common typographic
# punctuation made spaces (so both engines split words alike), lower case, then the
# 'simple' configuration (no stemming, no stop words: any language). `search.fold_text`
# folds queries the same way in Python.
PG_FOLDED_TEXT = (
    "lower(regexp_replace(regexp_replace(normalize(text, NFD), '[\\u0300-\\u036f]', '', 'g'), "
    "'[!-/:-@\\[-`{-~\\u00a1\\u00ab\\u00b7\\u00bb\\u00bf\\u2010-\\u2015\\u2018-\\u201f\\u2026]', ' ', 'g'))"
)
_PG_FTS = [
    "ALTER TABLE message ADD COLUMN IF NOT EXISTS search_vector tsvector "
    f"GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, {PG_FOLDED_TEXT})) STORED",
    "CREATE INDEX IF NOT EXISTS message_search_vector ON message USING GIN (search_vector)",
]


def columns(db: pw.Database, table: str) -> set[str]:
    """Column names as the connection sees them (honours PostgreSQL's search_path)."""
    cursor = db.execute_sql(f"SELECT * FROM {table} WHERE 1 = 0")
    return {d[0] for d in cursor.description}


def v2_lead_tools(m: SimpleNamespace) -> None:
    db = m.db
    is_postgres = isinstance(db, pw.PostgresqlDatabase)
    have = columns(db, "ticket")
    migrator = SchemaMigrator.from_database(db)
    hold_reason = pw.CharField(max_length=300, null=True)
    held_at = UtcDateTimeField(null=True)
    held_by = pw.IntegerField(null=True)
    steps = [(name, field) for name, field in
             (("hold_reason", hold_reason), ("held_at", held_at), ("held_by", held_by))
             if name not in have]
    if steps:
        run_operations(*(migrator.add_column("ticket", name, field) for name, field in steps))
    db.create_tables([m.TicketStat, m.ExportFile, m.ExportTicket], safe=True)
    for statement in (_PG_FTS if is_postgres else _SQLITE_FTS):
        db.execute_sql(statement)
    log.info("schema v2: legal hold, ticket figures, exports register, full-text index")
