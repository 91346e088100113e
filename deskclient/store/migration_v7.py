"""Schema version 7: a team that shares one desk (issue 11).

Frozen once released, like every migration. Version 1 builds its tables from the
*current* models, so a database created fresh already has what is added here; each step
checks before it adds. Several parts of issue 11 add to this version: each adds a step
function below and calls it from `v7_team`, saying what it is for.
"""

from __future__ import annotations

import logging
from types import SimpleNamespace

import peewee as pw

from .folded_names import fold_name
from .migration_v2 import columns

log = logging.getLogger("deskclient.store")


def _shared_files(m: SimpleNamespace) -> None:
    """Files in the shared store: a kept file's bytes in `file_chunk` (256 KiB a row,
    going with their attachment), and `attachment.in_store` saying they are complete.

    The table exists on SQLite too (one schema), but a single desk keeps its files in
    `<data dir>/files` as before and never writes it."""
    is_postgres = isinstance(m.db, pw.PostgresqlDatabase)
    if "in_store" not in columns(m.db, "attachment"):
        kind = "BOOLEAN" if is_postgres else "INTEGER"
        m.db.execute_sql(f"ALTER TABLE attachment ADD COLUMN in_store {kind} NOT NULL DEFAULT FALSE")
    m.db.create_tables([m.FileChunk], safe=True)
    if is_postgres:
        # PDFs, JPEGs and MP4s are compressed already: TOAST stores them out of line
        # without trying to compress them again.
        m.db.execute_sql("ALTER TABLE file_chunk ALTER COLUMN data SET STORAGE EXTERNAL")


def _sent_changes(m: SimpleNamespace) -> None:
    """An edit or deletion of a sent message asked for on a workstation without a
    session: `message.pending_change` until the duty holder made it on Telegram (store/
    sent_changes.py), found through a partial index of the few rows that have one."""
    if "pending_change" not in columns(m.db, "message"):
        m.db.execute_sql("ALTER TABLE message ADD COLUMN pending_change VARCHAR(8)")
    m.db.execute_sql("CREATE INDEX IF NOT EXISTS message_pending_change ON message (id) "
                     "WHERE pending_change IS NOT NULL")


def _broadcast_lists(m: SimpleNamespace) -> None:
    """Broadcast lists (issue 12): subscribers, broadcasts with their texts and file, one
    row per recipient with its random_id, and the confirmations the service sends
    (store/broadcasts.py). The sender finds queued rows through partial indexes."""
    m.db.create_tables([m.Subscriber, m.Broadcast, m.BroadcastText, m.BroadcastChunk,
                        m.BroadcastRecipient, m.ListNotice], safe=True)
    m.db.execute_sql("CREATE INDEX IF NOT EXISTS broadcast_recipient_queued ON broadcast_recipient (id) "
                     "WHERE state = 'queued'")
    m.db.execute_sql("CREATE INDEX IF NOT EXISTS list_notice_queued ON list_notice (id) "
                     "WHERE state = 'queued'")
    # The column's name is v17's when the table was just built from the current models.
    user = "address" if "address" in columns(m.db, "broadcast_recipient") else "telegram_user_id"
    m.db.execute_sql("CREATE INDEX IF NOT EXISTS broadcast_recipient_user ON broadcast_recipient "
                     f"({user}) WHERE {user} IS NOT NULL")


# SQLite: the queue's trigram index reads the folded name (v5's triggers read the name).
_QUEUE_SEARCH_FOLDED = [
    "DROP TRIGGER IF EXISTS ticket_search_ai",
    "DROP TRIGGER IF EXISTS ticket_search_au",
    """CREATE TRIGGER ticket_search_ai AFTER INSERT ON ticket BEGIN
           INSERT INTO ticket_search(rowid, number, name)
           VALUES (new.id, new.number, (SELECT search_name FROM citizen WHERE id = new.citizen_id));
       END""",
    """CREATE TRIGGER ticket_search_au AFTER UPDATE OF search_name ON citizen BEGIN
           UPDATE ticket_search SET name = new.search_name
           WHERE rowid IN (SELECT id FROM ticket WHERE citizen_id = new.id);
       END""",
    "DELETE FROM ticket_search",
    "INSERT INTO ticket_search(rowid, number, name) "
    "SELECT t.id, t.number, c.search_name FROM ticket t JOIN citizen c ON c.id = t.citizen_id",
]


def _folded_names(m: SimpleNamespace) -> None:
    """Searches ignore accents and case (issue 13 item 5): `citizen.search_name`, the
    name folded by the app (folded_names.py), filled here for the citizens already
    stored; SQLite's queue index is rebuilt from it."""
    db = m.db
    if "search_name" not in columns(db, "citizen"):
        db.execute_sql("ALTER TABLE citizen ADD COLUMN search_name TEXT NOT NULL DEFAULT ''")
    rows = db.execute_sql("SELECT id, name FROM citizen").fetchall()
    changed = [(fold_name(name), cid) for cid, name in rows if name]
    p = db.param
    for start in range(0, len(changed), 1000):
        db.cursor().executemany(f"UPDATE citizen SET search_name = {p} WHERE id = {p}",
                                changed[start:start + 1000])
    if not isinstance(db, pw.PostgresqlDatabase) and db.table_exists("ticket_search"):
        for statement in _QUEUE_SEARCH_FOLDED:
            db.execute_sql(statement)


def _history_deletes(m: SimpleNamespace) -> None:
    """Chats whose history the duty holder deletes on Telegram after a purge or an
    erasure (issue 14 item 6, store/history_deletes.py): pending rows that survive a
    restart."""
    m.db.create_tables([m.HistoryDelete], safe=True)


def _category_choice(m: SimpleNamespace) -> None:
    """The citizen chooses the category (issue 14 item 5): `ticket.category_choice` says
    the question was asked, or that the citizen answered it (store/citizen_choices.py)."""
    if "category_choice" not in columns(m.db, "ticket"):
        m.db.execute_sql("ALTER TABLE ticket ADD COLUMN category_choice VARCHAR(10)")


def _canned_shortcuts(m: SimpleNamespace) -> None:
    """Canned replies an agent inserts by typing `/shortcut` in the composer (issue 15
    item 7): `canned_response.shortcut`, empty for the replies written before (the
    window derives one from the title until a lead sets it)."""
    if "shortcut" not in columns(m.db, "canned_response"):
        m.db.execute_sql("ALTER TABLE canned_response ADD COLUMN shortcut VARCHAR(40) NOT NULL DEFAULT ''")


def _channel_posts(m: SimpleNamespace) -> None:
    """Broadcasts posted to a Telegram channel (issue 12 item 6, store/channel_posts.py):
    the post, its link's id, and a lead's edit or deletion until the duty holder made it."""
    m.db.create_tables([m.ChannelPost], safe=True)


def _seen_and_durations(m: SimpleNamespace) -> None:
    """Seen and voice notes (issue 15 item 10): `citizen.seen_up_to`, the id up to which
    the citizen has read the account's messages (Telegram's read receipt), and
    `attachment.duration`, a voice note's or a video's length as Telegram gave it."""
    if "seen_up_to" not in columns(m.db, "citizen"):
        m.db.execute_sql("ALTER TABLE citizen ADD COLUMN seen_up_to BIGINT")
    if "duration" not in columns(m.db, "attachment"):
        m.db.execute_sql("ALTER TABLE attachment ADD COLUMN duration INTEGER")


def v7_team(m: SimpleNamespace) -> None:
    _shared_files(m)
    _sent_changes(m)
    _broadcast_lists(m)
    _folded_names(m)
    _history_deletes(m)
    _category_choice(m)
    _canned_shortcuts(m)
    _channel_posts(m)
    _seen_and_durations(m)
    log.info("schema v7: files in the shared store, changes of sent messages queued for the service")
