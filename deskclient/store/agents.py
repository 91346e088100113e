"""The desk's people and the audit log: agent rows, and the append-only trail of who
did what (no message text in it, PRODUCT.md "Records, retention and privacy")."""

from __future__ import annotations

from datetime import datetime

import peewee as pw

from ..domain.tickets import Role
from .records import AgentRecord


class AgentsAndAudit:
    """TicketStore mixin (uses `self.m`, `self.clock`, `self._retrying`)."""

    def ensure_agent(self, login: str, display_name: str, role: Role = Role.AGENT) -> AgentRecord:
        m = self.m

        def work():
            m.Agent.insert(login=login, display_name=display_name, role=role.value,
                           created_at=self.clock.now()).on_conflict_ignore().execute()
            return m.Agent.get(m.Agent.login == login)

        agent = self._retrying(work)
        return AgentRecord(agent.id, agent.login, agent.display_name, agent.role)

    def agents(self) -> list[AgentRecord]:
        m = self.m
        return [AgentRecord(a.id, a.login, a.display_name, a.role)
                for a in m.Agent.select().where(m.Agent.active).order_by(m.Agent.display_name)]

    def _audit(self, action: str, agent_id: int | None, ticket_id: int | None, detail: str = "") -> None:
        self.m.AuditEvent.create(at=self.clock.now(), agent=agent_id, action=action,
                                 ticket=ticket_id, detail=detail)

    def audit(self, action: str, agent: AgentRecord | None, detail: str = "",
              ticket_id: int | None = None) -> None:
        """Record an action that changes no ticket (a login, a log-out). No message text."""
        self._retrying(lambda: self._audit(action, agent.id if agent else None, ticket_id, detail))

    def audit_trail(self, ticket_id: int | None = None) -> list[tuple[datetime, str, str | None, str]]:
        m = self.m
        query = (m.AuditEvent.select(m.AuditEvent, m.Agent.id, m.Agent.login)
                 .join(m.Agent, pw.JOIN.LEFT_OUTER).order_by(m.AuditEvent.id))
        if ticket_id is not None:
            query = query.where(m.AuditEvent.ticket == ticket_id)
        return [(e.at, e.action, e.agent.login if e.agent_id else None, e.detail) for e in query]
