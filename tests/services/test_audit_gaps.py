"""Issue 11 item 4, audit without gaps: reading a closed ticket, a refused claim or
assignment, a canned-reply change (and an agent's attempt at one) are audit events, with
no message text; every action the desk audits has a label in the lead's audit log."""

from __future__ import annotations

import asyncio
import re
from datetime import timedelta
from pathlib import Path

import pytest

from deskclient.domain.tickets import Role
from deskclient.errors import NotAllowed, TicketConflict
from deskclient.net.no_session import NullGateway
from deskclient.services.desk import DeskService
from deskclient.services.file_intake import FileIntake
from deskclient.services.runner import StoreRunner
from tests.factories import citizen, inbound

SECRET = "El meu DNI és 12345678Z"  # message text: must never reach the audit log


def _desk(store, rules, clock, agent) -> DeskService:
    gateway = NullGateway()
    intake = FileIntake(rules.files, Path("/nonexistent/files"), gateway)  # no file is touched
    return DeskService(store, StoreRunner(), rules, clock, agent, outbox=None, categories=[],
                       gateway=gateway, intake=intake)


def _events(store, action: str) -> list[tuple[str | None, str]]:
    return [(who, detail) for _, done, who, detail in store.audit_trail() if done == action]


def _closed_ticket(store, rules, clock, agent) -> int:
    ticket_id = store.ingest(inbound(citizen(), clock.now(), SECRET), rules).ticket_id
    store.close_ticket(ticket_id, agent, rules)
    clock.advance(timedelta(hours=1))
    store.finalize_expired(rules)
    assert store.ticket(ticket_id).status == "closed"
    return ticket_id


def test_reading_a_closed_ticket_is_audited_once_per_opening(store, rules, clock):
    anna = store.ensure_agent("anna", "Anna")
    desk = _desk(store, rules, clock, anna)
    closed = _closed_ticket(store, rules, clock, anna)
    still_open = store.ingest(inbound(citizen(502, "Pere"), clock.now(), "Hola"), rules).ticket_id

    async def scenario():
        await desk.thread_opened(still_open)
        assert _events(store, "view_closed_ticket") == []  # an open ticket is daily work
        await desk.thread_opened(closed)
        number = store.ticket(closed).number
        assert _events(store, "view_closed_ticket") == [("anna", f"ticket {number}")]
        desk.thread(closed)  # reading it (a repaint, older messages) is not another opening
        assert len(_events(store, "view_closed_ticket")) == 1

    asyncio.run(scenario())
    assert all(SECRET not in detail for _, _, _, detail in store.audit_trail())


def test_a_refused_claim_or_assignment_is_audited(store, rules, clock):
    anna = store.ensure_agent("anna", "Anna")
    pau = store.ensure_agent("pau", "Pau")
    ticket_id = store.ingest(inbound(citizen(), clock.now(), SECRET), rules).ticket_id
    store.claim(ticket_id, pau)

    async def scenario():
        desk = _desk(store, rules, clock, anna)
        with pytest.raises(TicketConflict):
            await desk.claim(ticket_id)  # someone else's ticket
        with pytest.raises(NotAllowed):
            await desk.assign(ticket_id, pau.id)  # only leads assign to others
        await desk.assign(ticket_id, anna.id)  # to herself is allowed, and not a refusal

    asyncio.run(scenario())
    refused = _events(store, "assign_refused")
    assert [who for who, _ in refused] == ["anna", "anna"]
    assert refused[0][1] == f"claim: Ticket {store.ticket(ticket_id).number} was already claimed by Pau."
    assert refused[1][1] == f"assign to agent {pau.id}: Only a team lead can assign a ticket to someone else."
    assert {e[1] for e in store.audit_trail(ticket_id)} >= {"assign_refused", "assign"}


def test_canned_reply_changes_are_audited_without_their_text(store):
    lead = store.ensure_agent("lia", "Lia", Role.LEAD)
    anna = store.ensure_agent("anna", "Anna")
    store.save_canned("Greeting", "ca", "Bon dia, {citizen}!", lead)
    store.save_canned("Greeting", "ca", "Bon dia de nou, {citizen}!", lead)
    store.save_canned("Greeting", "es", "Buenos días, {citizen}.", lead)
    with pytest.raises(NotAllowed):
        store.save_canned("Greeting", "ca", "Hola", anna)
    with pytest.raises(NotAllowed):
        store.delete_canned("Greeting", None, anna)
    assert store.delete_canned("Greeting", "es", lead) == 1
    assert store.delete_canned("Greeting", "es", lead) == 0  # nothing went: nothing to audit
    assert store.delete_canned("Greeting", None, lead) == 1
    assert store.canned() == {}

    trail = [(action, who, detail) for _, action, who, detail in store.audit_trail()]
    assert trail == [
        ("canned_created", "lia", "'Greeting' (ca)"),
        ("canned_edited", "lia", "'Greeting' (ca)"),
        ("canned_created", "lia", "'Greeting' (es)"),
        ("refused", "anna", "edit canned replies: not a team lead"),
        ("refused", "anna", "edit canned replies: not a team lead"),
        ("canned_deleted", "lia", "'Greeting' (es)"),
        ("canned_deleted", "lia", "'Greeting' (every language)"),
    ]


_AUDIT_CALLS = (  # how the sources name an audited action
    re.compile(r'audit\w*\(\s*"([a-z_]+)"'),  # store._audit("close", ...), lead._audit("log_search", ...)
    re.compile(r'\.audit,\s*"([a-z_]+)"'),  # runner.run(self.store.audit, "telegram_login", ...)
    re.compile(r'audit\(\s*"[a-z_]+"\s+if\s+\w+\s+else\s+"([a-z_]+)"'),  # "edited" if existed else "created"
    re.compile(r'_register\([^()]*?"([a-z_]+)",\s*f?"', re.S),  # exports: the action after the ids
    re.compile(r'_audit\(db,\s*\w+,\s*"([a-z_]+)"'),  # team_roles: on IT's own connection
)


def test_every_audited_action_has_a_label_in_the_audit_log():
    """A new audit event shows in the lead's filter by a readable, translated name."""
    from deskclient.ui.labels import AUDIT_ACTION

    package = Path(__file__).resolve().parents[2] / "deskclient"
    found = set()
    for path in package.rglob("*.py"):
        source = path.read_text()
        for pattern in _AUDIT_CALLS:
            found.update(pattern.findall(source))
    assert {"claim", "view_closed_ticket", "assign_refused", "canned_created", "purge",
            "export_transcript", "login", "role_changed"} <= found  # the scan sees each kind of call
    assert found - set(AUDIT_ACTION) == set()  # every action has a label...
    assert set(AUDIT_ACTION) - found == set()  # ...and the filter offers none that never happens
