"""Reading for the team lead: transcripts, the audit log, one citizen's records; and the
register of exports the app wrote. Role checks and auditing are the service's job
(services/lead.py); everything here is plain reads and small writes.
"""

from __future__ import annotations

from datetime import datetime
from typing import Iterable

import peewee as pw

from ..domain.retention import RetentionPolicy
from ..errors import TicketConflict
from .folded_names import fold_name, name_columns
from .lead_records import (
    AuditFilter, AuditRow, CitizenRecord, Transcript, TranscriptMessage,
)
from .records import AgentRecord, AttachmentRow
from .search import LogSearch


class ReviewStore:
    def __init__(self, store, retention: RetentionPolicy) -> None:
        self.store = store
        self.m = store.m
        self.db = store.db
        self.retention = retention
        self.search = LogSearch(store)

    # -- who may --------------------------------------------------------------------

    def role_of(self, agent_id: int) -> str | None:
        """The agent's role as stored now (a lead demoted since start is an agent)."""
        m = self.m
        row = m.Agent.select(m.Agent.role, m.Agent.active).where(m.Agent.id == agent_id).first()
        return row.role if row is not None and row.active else None

    # -- transcripts ----------------------------------------------------------------

    def transcript(self, ticket_id: int, now: datetime) -> Transcript:
        m = self.m
        try:
            header = self.search.ticket(ticket_id, now)
        except LookupError:
            raise TicketConflict("That ticket no longer exists (it may have been purged).") from None
        ticket = m.Ticket.select(m.Ticket, m.Citizen).join(m.Citizen).where(m.Ticket.id == ticket_id).get()
        # The agent's id is selected too: without it Peewee resets the foreign key (the
        # transcript then said "agent (agent)" for every reply).
        rows = list(m.Message.select(m.Message, m.Agent.id, m.Agent.login, m.Agent.display_name)
                    .join(m.Agent, pw.JOIN.LEFT_OUTER)
                    .where(m.Message.ticket == ticket_id)
                    .order_by(m.Message.created_at, m.Message.id))
        ids = [r.id for r in rows]
        attachments: dict[int, list] = {}
        edits: dict[int, list] = {}
        for start in range(0, len(ids), 500):
            part = ids[start:start + 500]
            for a in m.Attachment.select().where(m.Attachment.message.in_(part)).order_by(m.Attachment.id):
                attachments.setdefault(a.message_id, []).append(AttachmentRow(
                    a.id, a.kind, a.file_name, a.mime, a.size, a.sha256, a.stored_path, a.kept, a.refusal))
            for e in m.MessageEdit.select().where(m.MessageEdit.message.in_(part)).order_by(m.MessageEdit.id):
                edits.setdefault(e.message_id, []).append((e.replaced_at, e.previous_text))
        citizen_name = ticket.citizen.name or f"citizen {ticket.citizen.address}"
        messages = []
        for r in rows:
            if r.kind == "in":
                author = citizen_name
            elif r.kind == "system":
                author = "automatic"
            else:  # the agent's name as IT gave it (an agent removed since: no name)
                author = (r.author.display_name or r.author.login) if r.author_id else ""
            messages.append(TranscriptMessage(
                r.id, r.kind, r.notice, author, r.text or "", r.created_at, r.edited_at, r.deleted_at,
                r.reply_quote, r.forward_from, tuple(edits.get(r.id, ())), tuple(attachments.get(r.id, ())),
                r.author.login if r.author_id else None))
        purge_date = None
        if header.closed_at is not None and header.hold_reason is None:
            purge_date = self.retention.purge_date(header.closed_at)
        assignee = (m.Agent.select(m.Agent.display_name).where(m.Agent.id == header.assignee_id).first()
                    if header.assignee_id is not None else None)
        return Transcript(header, ticket.citizen.address, ticket.language, purge_date,
                          tuple(messages), assignee.display_name if assignee is not None else None)

    # -- the audit log --------------------------------------------------------------

    def _audit_query(self, f: AuditFilter):
        m = self.m
        # The joined rows' ids are selected too: without them Peewee resets the foreign keys.
        query = (m.AuditEvent.select(m.AuditEvent, m.Agent.id, m.Agent.login, m.Ticket.id, m.Ticket.number)
                 .join(m.Agent, pw.JOIN.LEFT_OUTER).switch(m.AuditEvent)
                 .join(m.Ticket, pw.JOIN.LEFT_OUTER))
        if f.date_from is not None:
            query = query.where(m.AuditEvent.at >= f.date_from)
        if f.date_to is not None:
            query = query.where(m.AuditEvent.at < f.date_to)
        if f.agent_id is not None:
            query = query.where(m.AuditEvent.agent == f.agent_id)
        if f.action:
            query = query.where(m.AuditEvent.action == f.action)
        if f.ticket_id is not None:
            query = query.where(m.AuditEvent.ticket == f.ticket_id)
        return query

    def audit_events(self, f: AuditFilter, offset: int = 0, limit: int = 200) -> tuple[list[AuditRow], int]:
        """A page of the audit log, newest first, and how many events match."""
        m = self.m
        query = self._audit_query(f)
        total = query.count()
        rows = query.order_by(m.AuditEvent.id.desc()).offset(offset).limit(limit)
        return [_audit_row(e) for e in rows], total

    def iter_audit_events(self, f: AuditFilter, batch: int = 2000) -> Iterable[AuditRow]:
        """Every matching event, oldest first, in batches (for CSV exports)."""
        m = self.m
        last = 0
        while True:
            rows = list(self._audit_query(f).where(m.AuditEvent.id > last)
                        .order_by(m.AuditEvent.id).limit(batch))
            if not rows:
                return
            yield from (_audit_row(e) for e in rows)
            last = rows[-1].id

    def audit_actions(self) -> list[str]:
        m = self.m
        return [r.action for r in m.AuditEvent.select(m.AuditEvent.action).distinct()
                .order_by(m.AuditEvent.action)]

    # -- citizens -------------------------------------------------------------------

    def citizen(self, citizen_id: int) -> CitizenRecord:
        c = self.m.Citizen.get_or_none(self.m.Citizen.id == citizen_id)
        if c is None:
            raise TicketConflict("That citizen is not in the records (erased or purged).")
        return CitizenRecord(c.id, c.account, c.address, c.name, c.username, c.phone,
                             c.language, c.created_at)

    def find_citizens(self, text: str, limit: int = 50) -> list[CitizenRecord]:
        """By name, username, phone or address."""
        m = self.m
        query = m.Citizen.select()
        text = text.strip()
        if text:  # contains(): % and _ escaped (found as typed); names with accents and case folded
            condition = (m.Citizen.search_name.contains(fold_name(text)) | m.Citizen.username.contains(text)
                         | m.Citizen.phone.contains(text))
            if text.lstrip("-").isdigit():
                condition |= m.Citizen.address == int(text)
            query = query.where(condition)
        return [CitizenRecord(c.id, c.account, c.address, c.name, c.username, c.phone,
                              c.language, c.created_at)
                for c in query.order_by(m.Citizen.name, m.Citizen.id).limit(limit)]

    def correct_citizen(self, citizen_id: int, by: AgentRecord, name: str | None = None,
                        phone: str | None = None) -> list[str]:
        """Rectify a citizen's stored name or phone; audited by field, without values."""
        m = self.m
        store = self.store
        changes = {}
        if name is not None:
            changes["name"] = name
        if phone is not None:
            changes["phone"] = phone or None

        def work():
            citizen = m.Citizen.get_or_none(m.Citizen.id == citizen_id)
            if citizen is None:
                raise TicketConflict("That citizen is not in the records (erased or purged).")
            changed = [k for k, v in changes.items() if getattr(citizen, k) != v]
            if changed:
                fields = {k: changes[k] for k in changed}
                if "name" in changed:
                    fields.update(name_columns(changes["name"]), name_rectified=True)
                m.Citizen.update(**fields).where(m.Citizen.id == citizen_id).execute()
                if "name" in changed and store.has_queue_index:  # the old name's trigrams go now
                    store.merge_index("ticket_search")
                store._audit("citizen_corrected", by.id, None,
                             f"citizen {citizen_id}: {', '.join(changed)}")
                for t in m.Ticket.select(m.Ticket.id).where(m.Ticket.citizen == citizen_id):
                    store._announce("ticket_changed", t.id)
            return changed

        return store._retrying(work)

    def citizen_tickets(self, citizen_id: int) -> list[int]:
        """The citizen's tickets and those of the citizens a lead linked to them (one
        person on several channels: a request covers them all), oldest first."""
        m = self.m
        return [t.id for t in m.Ticket.select(m.Ticket.id).where(m.Ticket.citizen.in_(self.store.person_of(citizen_id)))
                .order_by(m.Ticket.opened_at, m.Ticket.id)]

    def linked_citizens(self, citizen_id: int) -> list[CitizenRecord]:
        """The records of the citizens a lead linked to this one (not itself)."""
        return [self.citizen(i) for i in self.store.person_of(citizen_id) if i != citizen_id]

    # -- exports register -----------------------------------------------------------

    def register_export(self, name: str, kind: str, by: AgentRecord, ticket_ids: Iterable[int],
                        action: str, detail: str, audit_each_ticket: bool = True) -> None:
        """Record a file written under the exports dir (so the purge finds it) and audit
        the export: one event per ticket it holds, so each ticket's trail shows it."""
        m = self.m
        store = self.store
        ids = list(dict.fromkeys(ticket_ids))

        def work():
            export = m.ExportFile.create(name=name, kind=kind, workstation=store.workstation,
                                         agent=by.id, created_at=store.clock.now())
            for start in range(0, len(ids), 500):
                m.ExportTicket.insert_many([{"export": export.id, "ticket_id": t}
                                            for t in ids[start:start + 500]]).execute()
            now = store.clock.now()
            if audit_each_ticket and ids:
                for start in range(0, len(ids), 500):
                    m.AuditEvent.insert_many([dict(at=now, agent=by.id, action=action, ticket=t, detail=detail)
                                              for t in ids[start:start + 500]]).execute()
            else:
                store._audit(action, by.id, None, detail)

        store._retrying(work)

    def audit_many(self, action: str, by: AgentRecord, ticket_ids: Iterable[int], detail: str) -> None:
        m = self.m
        store = self.store
        ids = list(dict.fromkeys(ticket_ids))

        def work():
            now = store.clock.now()
            for start in range(0, len(ids), 500):
                m.AuditEvent.insert_many([dict(at=now, agent=by.id, action=action, ticket=t, detail=detail)
                                          for t in ids[start:start + 500]]).execute()

        store._retrying(work)


def _audit_row(e) -> AuditRow:
    return AuditRow(e.id, e.at, e.action, e.agent.login if e.agent_id else None, e.ticket_id,
                    e.ticket.number if e.ticket_id else None, e.detail)
