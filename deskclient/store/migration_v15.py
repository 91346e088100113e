"""Schema version 15: each channel's connection in a node's row (issue 16).

Frozen once released, like every migration. Version 1 builds its tables from the
*current* models, so a database created fresh already has the column; the step checks
before it adds.
"""

from __future__ import annotations

from types import SimpleNamespace

from .migration_v2 import columns


def v15_node_channels(m: SimpleNamespace) -> None:
    """`service_node.channels`: "telegram:online,whatsapp:offline", each channel's own
    connection, for `deskclient status` (`connection` keeps the desk's combined state,
    which a window without a session shows). NULL from a node older than v15."""
    if "channels" not in columns(m.db, "service_node"):
        m.db.execute_sql("ALTER TABLE service_node ADD COLUMN channels VARCHAR(100)")
