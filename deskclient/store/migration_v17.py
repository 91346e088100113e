"""Schema version 17: the store names a citizen by their conversation address on their
channel, not by a Telegram user id (issue 16, channel-neutral core).

`telegram_user_id` becomes `address` (a Telegram user id, a WhatsApp wa_id's digits:
`citizen.channel` says which), `telegram_id` becomes `channel_message_id` and
`reply_to_telegram_id` becomes `reply_to_channel_message_id`. ALTER TABLE … RENAME
COLUMN is a catalogue change on both engines (no table rewrite: instant at 1M messages);
SQLite (3.25+) and PostgreSQL carry indexes, triggers and PostgreSQL's column grants
over to the new name. Index names made from the old column names are left as they are:
nothing reads them.

Frozen once released, like every migration. Version 1 (and v7's tables) are built from
the *current* models, so a fresh database already has the new names; the step renames
only what still has the old one.
"""

from __future__ import annotations

from types import SimpleNamespace

from .migration_v2 import columns

RENAMED = {
    "citizen": (("telegram_user_id", "address"),),
    "message": (("telegram_id", "channel_message_id"),
                ("reply_to_telegram_id", "reply_to_channel_message_id")),
    "history_delete": (("telegram_user_id", "address"),),
    "subscriber": (("telegram_user_id", "address"),),
    "broadcast_recipient": (("telegram_user_id", "address"), ("telegram_id", "channel_message_id")),
    "list_notice": (("telegram_user_id", "address"),),
}


def v17_conversation_addresses(m: SimpleNamespace) -> None:
    for table, renames in RENAMED.items():
        have = columns(m.db, table)
        for old, new in renames:
            if old in have and new not in have:
                m.db.execute_sql(f"ALTER TABLE {table} RENAME COLUMN {old} TO {new}")
