"""Schema version 16: the approved template a WhatsApp message went as (issue 16).

Frozen once released, like every migration. Version 1 builds its tables from the
*current* models, so a database created fresh already has the column; the step checks
before it adds.
"""

from __future__ import annotations

from types import SimpleNamespace

from .migration_v2 import columns


def v16_sent_as_template(m: SimpleNamespace) -> None:
    """`message.sent_as_template`: "<name> (<language code>)" of the approved template
    a message was handed to WhatsApp as (outside the citizen's 24-hour window, its text
    is not what reached the citizen); NULL when it went as written."""
    if "sent_as_template" not in columns(m.db, "message"):
        m.db.execute_sql("ALTER TABLE message ADD COLUMN sent_as_template VARCHAR(600)")
