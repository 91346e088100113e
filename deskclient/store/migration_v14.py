"""Schema version 14: what fetching a file left arriving needs (issue 16).

Frozen once released, like every migration. Version 1 builds its tables from the
*current* models, so a database created fresh already has the column; the step checks
before it adds.
"""

from __future__ import annotations

from types import SimpleNamespace

from .migration_v2 import columns


def v14_arriving_refs(m: SimpleNamespace) -> None:
    """`attachment.fetch_ref`: the offer's `IncomingFile.ref`, kept while the file is
    arriving. A Telegram file's ref can be rebuilt from the message ("<user id>:<message
    id>"), a WhatsApp one cannot ("<wa_id>:<media id>", the media id only in the
    webhook): without it a download cut short by a crash was never fetched again.
    NULL on rows filed before v14 (rebuilt the Telegram way)."""
    if "fetch_ref" not in columns(m.db, "attachment"):
        m.db.execute_sql("ALTER TABLE attachment ADD COLUMN fetch_ref VARCHAR(200)")
