"""Schema version 11: the full-text index's pending list kept short (PostgreSQL).

Frozen once released, like every migration. Version 2 makes the GIN index on
`message.search_vector` (migration_v2.py) with PostgreSQL's default fast update: new
messages' words go to a pending list of up to `gin_pending_list_limit` (4 MB), which
every search scans whole and the insert that fills it merges into the index, in a
filing's transaction. Measured at 1,000,000 messages: a full list cost each search's
index lookup 2–6 ms more (a rare word: 0.04 ms with the list merged), and the filing
that merges it pays for all of it at once. 256 kB keeps both small: the list is merged
more often, a little at a time. SQLite: nothing to do (FTS5 merges by its own rule).
"""

from __future__ import annotations

from types import SimpleNamespace

import peewee as pw

PENDING_LIST_KB = 256


def v11_short_pending_list(m: SimpleNamespace) -> None:
    if isinstance(m.db, pw.PostgresqlDatabase):
        m.db.execute_sql(f"ALTER INDEX message_search_vector SET (gin_pending_list_limit = {PENDING_LIST_KB})")
