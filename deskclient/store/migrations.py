"""Schema versions, applied in order at start, each in its own transaction.

Version 1 is the first release's schema. A later change adds a function to MIGRATIONS
(using `playhouse.migrate` for ALTERs) and never edits an earlier one.
"""

from __future__ import annotations

import logging
from datetime import datetime
from types import SimpleNamespace
from typing import Callable

from ..domain.clock import UTC
from ..errors import StoreUnavailable
from .migration_v2 import v2_lead_tools

log = logging.getLogger("deskclient.store")


def _v1_initial(m: SimpleNamespace) -> None:
    m.db.create_tables([t for t in m.tables if t is not m.SchemaVersion])
    # One active (open or closing) ticket per citizen, enforced by the database itself.
    m.db.execute_sql(
        "CREATE UNIQUE INDEX ticket_one_active_per_citizen ON ticket (citizen_id) WHERE active"
    )
    m.db.execute_sql(
        "CREATE INDEX message_outbox ON message (id) WHERE delivery = 'queued'"
    )
    m.db.execute_sql("CREATE INDEX ticket_active_due ON ticket (first_response_due) WHERE active")


MIGRATIONS: list[Callable[[SimpleNamespace], None]] = [_v1_initial, v2_lead_tools]
LATEST = len(MIGRATIONS)


def current_version(m: SimpleNamespace) -> int:
    if not m.SchemaVersion.table_exists():
        return 0
    row = m.SchemaVersion.select(m.SchemaVersion.version).order_by(
        m.SchemaVersion.version.desc()).first()
    return row.version if row else 0


def migrate(m: SimpleNamespace, is_postgres: bool) -> int:
    """Bring the schema to LATEST; returns the version found before.

    An up-to-date database is only read: a least-privilege team role (no CREATE on the
    schema) can start the app.
    """
    found = current_version(m)
    if found == LATEST:
        return found
    m.SchemaVersion.create_table(safe=True)
    if found > LATEST:
        raise StoreUnavailable(
            f"The database has schema version {found}, newer than this deskclient knows "
            f"({LATEST}): upgrade deskclient on this workstation."
        )
    for version in range(found + 1, LATEST + 1):
        with m.db.atomic():
            if is_postgres:  # workstations starting together migrate one at a time
                m.db.execute_sql("SELECT pg_advisory_xact_lock(424242)")
            if current_version(m) >= version:
                continue
            log.info("applying schema migration %d", version)
            MIGRATIONS[version - 1](m)
            m.SchemaVersion.create(version=version, applied_at=datetime.now(UTC))
    return found
