"""Schema version 8: channels (issue 16) — a citizen's channel, a message's own id.

Frozen once released, like every migration. Version 1 builds its tables from the
*current* models, so a database created fresh already has what is added here; each step
checks before it adds.
"""

from __future__ import annotations

from types import SimpleNamespace

from .migration_v2 import columns


def v8_channels(m: SimpleNamespace) -> None:
    """`citizen.channel`: which network the citizen writes from ("telegram", "whatsapp");
    a ticket and its messages know theirs through the citizen. Every citizen filed before
    is a Telegram one. `message.external_id`: the channel's own message id when it is not
    an int (WhatsApp's "wamid.…", kept to quote it in a reply; `telegram_id` holds its
    hash, made by net/whatsapp)."""
    if "channel" not in columns(m.db, "citizen"):
        m.db.execute_sql("ALTER TABLE citizen ADD COLUMN channel VARCHAR(16) NOT NULL DEFAULT 'telegram'")
    if "external_id" not in columns(m.db, "message"):
        m.db.execute_sql("ALTER TABLE message ADD COLUMN external_id TEXT")
