"""Schema version 19: the WhatsApp templates a service node sends with, in its row
(issue 16, team mode).

Frozen once released, like every migration. Version 1 builds its tables from the
*current* models, so a database created fresh already has the column; the step checks
before it adds.
"""

from __future__ import annotations

from types import SimpleNamespace

from .migration_v2 import columns


def v19_node_templates(m: SimpleNamespace) -> None:
    """`service_node.templates`: JSON {use: approved template's name} of the node's
    `[whatsapp.templates]`. A team's workstations have no WhatsApp config of their own
    (docs/deploy.md 8): their composer offers the service's templates from here. NULL
    from a node without WhatsApp or older than v19."""
    if "templates" not in columns(m.db, "service_node"):
        m.db.execute_sql("ALTER TABLE service_node ADD COLUMN templates TEXT")
