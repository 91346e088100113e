"""Schema version 10: what became of a message sent on WhatsApp (issue 16).

Frozen once released, like every migration. Version 1 builds its tables from the
*current* models, so a database created fresh already has what is added here; each step
checks before it adds.
"""

from __future__ import annotations

from types import SimpleNamespace

import peewee as pw

from .migration_v2 import columns


def v10_delivery_receipts(m: SimpleNamespace) -> None:
    """`message.in_flight_since`: a send handed to a channel whose sends are not
    idempotent (WhatsApp) and not yet answered; such a message is not sent again until
    its status says what became of it or the wait runs out (domain/customer_window.py).
    `message.receipt`: "delivered" or "read", as the channel reported it for this
    message (WhatsApp's status webhooks; Telegram's read receipt is per chat, on
    `citizen.seen_up_to`)."""
    have = columns(m.db, "message")
    stamp = "TIMESTAMP" if isinstance(m.db, pw.PostgresqlDatabase) else "DATETIME"  # naive UTC, as v6
    if "in_flight_since" not in have:
        m.db.execute_sql(f"ALTER TABLE message ADD COLUMN in_flight_since {stamp}")
    if "receipt" not in have:
        m.db.execute_sql("ALTER TABLE message ADD COLUMN receipt VARCHAR(10)")
