"""Schema version 9: the queue's tab counts kept by the database (issue 17 item 5).

Counting the views scanned every ticket (70 ms per 100,000, again every half second
while messages flow). `queue_tally` holds signed deltas instead: triggers on `ticket`
append (status, active, assignee, ±1 ticket, ±1 unread) rows in the writing
transaction, whichever path writes (filing, an agent's claim, the closing sweep, the
purge, an erasure's cascade). Appended, never updated: concurrent transactions on
PostgreSQL take no lock on a shared counter row, so no deadlock and no queueing behind a
group commit. The reader sums the few rows per (status, active, assignee) and folds them
back into one row each when they pile up (store/queue_reads.py).

Frozen once released, like every migration. It reads only `ticket` columns that exist
since version 1, so it applies whether version 8 landed before or after it was written.
"""

from __future__ import annotations

from types import SimpleNamespace

import peewee as pw

# The columns a delta row carries, in the order the triggers write them.
_COLUMNS = "status, active, assignee_id, tickets, unread"
# A row changes its counts when one of these changed; unread only when it crossed zero.
_CHANGED = ("OLD.status IS DISTINCT FROM NEW.status OR OLD.active IS DISTINCT FROM NEW.active"
            " OR OLD.assignee_id IS DISTINCT FROM NEW.assignee_id"
            " OR (OLD.unread > 0) IS DISTINCT FROM (NEW.unread > 0)")

_POSTGRES = [
    "CREATE TABLE IF NOT EXISTS queue_tally (id BIGSERIAL PRIMARY KEY, status VARCHAR(10) NOT NULL,"
    " active BOOLEAN NOT NULL, assignee_id INTEGER, tickets INTEGER NOT NULL, unread INTEGER NOT NULL)",
    f"""CREATE OR REPLACE FUNCTION queue_tally_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP <> 'INSERT' THEN
            INSERT INTO queue_tally ({_COLUMNS})
            VALUES (OLD.status, OLD.active, OLD.assignee_id, -1, -(OLD.unread > 0)::int);
        END IF;
        IF TG_OP <> 'DELETE' THEN
            INSERT INTO queue_tally ({_COLUMNS})
            VALUES (NEW.status, NEW.active, NEW.assignee_id, 1, (NEW.unread > 0)::int);
        END IF;
        RETURN NULL;
    END $$""",
    "DROP TRIGGER IF EXISTS queue_tally_ai ON ticket",
    "DROP TRIGGER IF EXISTS queue_tally_ad ON ticket",
    "DROP TRIGGER IF EXISTS queue_tally_au ON ticket",
    "CREATE TRIGGER queue_tally_ai AFTER INSERT ON ticket FOR EACH ROW EXECUTE FUNCTION queue_tally_change()",
    "CREATE TRIGGER queue_tally_ad AFTER DELETE ON ticket FOR EACH ROW EXECUTE FUNCTION queue_tally_change()",
    "CREATE TRIGGER queue_tally_au AFTER UPDATE OF status, active, assignee_id, unread ON ticket"
    f" FOR EACH ROW WHEN ({_CHANGED}) EXECUTE FUNCTION queue_tally_change()",
]

_SQLITE = [
    "CREATE TABLE IF NOT EXISTS queue_tally (id INTEGER PRIMARY KEY, status VARCHAR(10) NOT NULL,"
    " active INTEGER NOT NULL, assignee_id INTEGER, tickets INTEGER NOT NULL, unread INTEGER NOT NULL)",
    f"""CREATE TRIGGER IF NOT EXISTS queue_tally_ai AFTER INSERT ON ticket BEGIN
           INSERT INTO queue_tally ({_COLUMNS}) VALUES (new.status, new.active, new.assignee_id, 1, new.unread > 0);
       END""",
    f"""CREATE TRIGGER IF NOT EXISTS queue_tally_ad AFTER DELETE ON ticket BEGIN
           INSERT INTO queue_tally ({_COLUMNS}) VALUES (old.status, old.active, old.assignee_id, -1, -(old.unread > 0));
       END""",
    f"""CREATE TRIGGER IF NOT EXISTS queue_tally_au AFTER UPDATE OF status, active, assignee_id, unread ON ticket
       WHEN {_CHANGED.replace("IS DISTINCT FROM", "IS NOT")} BEGIN
           INSERT INTO queue_tally ({_COLUMNS})
           VALUES (old.status, old.active, old.assignee_id, -1, -(old.unread > 0)),
                  (new.status, new.active, new.assignee_id, 1, new.unread > 0);
       END""",
]


def v9_queue_counts(m: SimpleNamespace) -> None:
    """The tally table, its triggers, and one row per (status, active, assignee) counted
    from the tickets there are now."""
    is_postgres = isinstance(m.db, pw.PostgresqlDatabase)
    for statement in _POSTGRES if is_postgres else _SQLITE:
        m.db.execute_sql(statement)
    unread = "(unread > 0)::int" if is_postgres else "unread > 0"
    m.db.execute_sql("DELETE FROM queue_tally")
    m.db.execute_sql(f"INSERT INTO queue_tally ({_COLUMNS}) SELECT status, active, assignee_id, COUNT(*),"
                     f" SUM({unread}) FROM ticket GROUP BY status, active, assignee_id")
