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
        """The people tickets can be assigned to (not the service's own login)."""
        m = self.m
        return [AgentRecord(a.id, a.login, a.display_name, a.role)
                for a in m.Agent.select().where(m.Agent.active & (m.Agent.role != "service"))
                .order_by(m.Agent.display_name)]

    def agent_named(self, login: str) -> tuple[AgentRecord, bool] | None:
        """The agent row of `login` and whether it is active; None if there is none."""
        m = self.m
        a = m.Agent.select().where(m.Agent.login == login).first()
        return None if a is None else (AgentRecord(a.id, a.login, a.display_name, a.role), a.active)

    def set_agent_role(self, login: str, role: str, why: str) -> AgentRecord:
        """The agent row of `login`, made active with `role` (who has the say: the system
        config on a single desk, the database login's groups for a superuser); a change
        of role is audited. Needs the right to write the agent table."""
        m = self.m

        def work():
            added = m.Agent.insert(login=login, display_name=login, role=role,
                                   created_at=self.clock.now()).on_conflict_ignore().as_rowcount().execute()
            row = m.Agent.get(m.Agent.login == login)
            if added:  # a new plain agent is no change of rights; a new lead is
                was = "none" if role != "agent" else None
            else:
                was = "none" if not row.active else row.role if row.role != role else None
            if was is not None:
                m.Agent.update(role=role, active=True).where(m.Agent.id == row.id).execute()
                self._audit("role_changed", row.id, None, f"{login}: {was} → {role} ({why})")
            return AgentRecord(row.id, row.login, row.display_name, role)

        return self._retrying(work)

    def _audit(self, action: str, agent_id: int | None, ticket_id: int | None, detail: str = "") -> None:
        # No RETURNING: in team mode agents may append to the audit log, not read it.
        self.m.AuditEvent.insert(at=self.clock.now(), agent=agent_id, action=action,
                                 ticket=ticket_id, detail=detail).as_rowcount().execute()

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
