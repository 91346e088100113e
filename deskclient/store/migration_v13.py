"""Schema version 13: citizens a lead linked as one person (issue 16).

Frozen once released, like every migration. Version 1 builds its tables from the
*current* models, so a database created fresh already has the column; the step checks
before it adds.
"""

from __future__ import annotations

from types import SimpleNamespace

from .migration_v2 import columns


def v13_linked_citizens(m: SimpleNamespace) -> None:
    """`citizen.person_id`: citizens a lead linked as one person (the same person on two
    channels) share it, the lowest of their ids; NULL for a citizen linked to nobody.
    Their panels then show each other's tickets and notes (store/citizen_reads.py)."""
    if "person_id" not in columns(m.db, "citizen"):
        m.db.execute_sql("ALTER TABLE citizen ADD COLUMN person_id BIGINT")
    m.db.execute_sql("CREATE INDEX IF NOT EXISTS citizen_person ON citizen (person_id) WHERE person_id IS NOT NULL")
