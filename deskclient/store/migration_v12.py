"""Schema version 12: the lists on WhatsApp (issue 16 item 4).

Frozen once released, like every migration. Version 1 builds its tables from the
*current* models, so a database created fresh already has what is added here; each step
checks before it adds.
"""

from __future__ import annotations

from types import SimpleNamespace

import peewee as pw

from .migration_v2 import columns


def v12_list_channels(m: SimpleNamespace) -> None:
    """`broadcast_recipient.account`: the service account the copy goes out on (a desk
    on Telegram and WhatsApp broadcasts to the subscribers of both; NULL for copies made
    before, which are the broadcast's account's). `in_flight_since` on a copy and on a
    list notice: handed to a channel whose sends are not idempotent (WhatsApp) and not
    yet answered, as `message.in_flight_since` (v10)."""
    stamp = "TIMESTAMP" if isinstance(m.db, pw.PostgresqlDatabase) else "DATETIME"  # naive UTC, as v6
    have = columns(m.db, "broadcast_recipient")
    if "account" not in have:
        m.db.execute_sql("ALTER TABLE broadcast_recipient ADD COLUMN account VARCHAR(64)")
    if "in_flight_since" not in have:
        m.db.execute_sql(f"ALTER TABLE broadcast_recipient ADD COLUMN in_flight_since {stamp}")
    if "in_flight_since" not in columns(m.db, "list_notice"):
        m.db.execute_sql(f"ALTER TABLE list_notice ADD COLUMN in_flight_since {stamp}")
