"""Running desk processes, for `deskclient status` and for windows without a session.

Each process (`serve`, a window, or a single desk that is both) keeps one `ServiceNode`
row up to date: at start, when its connection or duty changes, and every few seconds
(`seen_at`), and deletes it when it stops cleanly. A row whose `seen_at` is old belongs
to a process that died: readers judge freshness by `seen_at`, nothing cleans it up but
the next start of a node with the same name.

These rows are a report, not the duty itself: the duty is the advisory lock (or the
file lock) that `services/duty.py` holds. A mixin of `TicketStore`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from ..domain.messages import Delivery, MessageKind


@dataclass(frozen=True)
class NodeRow:
    node: str
    host: str
    pid: int
    mode: str  # serve / window / both
    started_at: datetime
    seen_at: datetime
    connection: str  # the desk's combined state (its best channel's)
    duty: bool
    channels: str | None = None  # "telegram:online,whatsapp:offline"; None before v15


@dataclass(frozen=True)
class OutboxFigures:
    """What `deskclient status` says about the outbox: counts only, never content."""

    queued: int
    failed: int
    last_filed_at: datetime | None  # the last citizen message filed


class ServiceNodes:
    """Mixin of TicketStore: uses `self.m`, `self.db`, `self.clock`."""

    def upsert_service_node(self, node: str, host: str, pid: int, mode: str,
                            started_at: datetime, connection: str, duty: bool, channels: str | None = None,
                            templates: dict[str, str] | None = None) -> None:
        """Insert or refresh this process's row; `seen_at` is now. `templates`: its
        WhatsApp template uses, {use: template name} (None: no WhatsApp here)."""
        m = self.m
        now = self.clock.now()
        published = json.dumps(templates, sort_keys=True) if templates else None
        with self.db.atomic():
            (m.ServiceNode.insert(node=node, host=host, pid=pid, mode=mode, started_at=started_at,
                                  seen_at=now, connection=connection, duty=duty, channels=channels,
                                  templates=published)
             .on_conflict(conflict_target=[m.ServiceNode.node],
                          update={m.ServiceNode.host: host, m.ServiceNode.pid: pid,
                                  m.ServiceNode.mode: mode, m.ServiceNode.started_at: started_at,
                                  m.ServiceNode.seen_at: now, m.ServiceNode.connection: connection,
                                  m.ServiceNode.duty: duty, m.ServiceNode.channels: channels,
                                  m.ServiceNode.templates: published})
             .execute())

    def service_templates(self) -> dict[str, str]:
        """The WhatsApp template uses the service sends with, {use: template name}: the
        duty holder's row first, else the most recently seen node that has any (a node
        that died keeps its row: its templates still stand). {} while no service with
        WhatsApp has a row: one that stopped cleanly removed it."""
        m = self.m
        row = (m.ServiceNode.select(m.ServiceNode.templates).where(m.ServiceNode.templates.is_null(False))
               .order_by(m.ServiceNode.duty.desc(), m.ServiceNode.seen_at.desc()).first())
        try:
            published = json.loads(row.templates) if row else {}
        except ValueError:
            return {}
        return {str(use): str(name) for use, name in published.items()} if isinstance(published, dict) else {}

    def delete_service_node(self, node: str) -> None:
        with self.db.atomic():
            self.m.ServiceNode.delete().where(self.m.ServiceNode.node == node).execute()

    def service_nodes(self) -> list[NodeRow]:
        """Every node row, the duty holder first, then the most recently seen."""
        m = self.m
        rows = m.ServiceNode.select().order_by(m.ServiceNode.duty.desc(), m.ServiceNode.seen_at.desc())
        return [NodeRow(r.node, r.host, r.pid, r.mode, r.started_at, r.seen_at, r.connection, bool(r.duty),
                        r.channels)
                for r in rows]

    def outbox_figures(self) -> OutboxFigures:
        """Messages waiting to be sent, messages marked failed, and when the last citizen's
        message was filed (its time only)."""
        m = self.m
        queued = m.Message.select().where(m.Message.delivery == Delivery.QUEUED.value).count()
        failed = m.Message.select().where(m.Message.delivery == Delivery.FAILED.value).count()
        last = (m.Message.select(m.Message.created_at).where(m.Message.kind == MessageKind.IN.value)
                .order_by(m.Message.id.desc()).limit(1).first())
        return OutboxFigures(queued, failed, last.created_at if last else None)
