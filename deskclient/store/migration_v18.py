"""Schema version 18: a broadcast expanded while one of the desk's channels did not know
its account yet (Telegram still connecting after a restart, while WhatsApp's is known
from its settings) remembers that channel, so that its subscribers are added once it
does (store/broadcasts.py), instead of the broadcast ending without them.

Frozen once released, like every migration. Version 1 builds its tables from the
*current* models, so a database created fresh already has the column; the step checks
before it adds.
"""

from __future__ import annotations

from types import SimpleNamespace

from .migration_v2 import columns


def v18_broadcast_waits_for(m: SimpleNamespace) -> None:
    """`broadcast.waits_for`: "|telegram|" (topics_text of channel names) for a
    broadcast being sent whose subscribers on those channels are still to be added;
    NULL otherwise."""
    if "waits_for" not in columns(m.db, "broadcast"):
        m.db.execute_sql("ALTER TABLE broadcast ADD COLUMN waits_for VARCHAR(40)")
