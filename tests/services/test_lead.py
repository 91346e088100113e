"""The team lead's service: refused to agents at the service layer, every action
audited without message text, transcripts exported to PDF and CSV, figures, audit log."""

from __future__ import annotations

import csv
from datetime import date, timedelta

import pytest

from deskclient.domain.tickets import Role
from deskclient.errors import NotAllowed
from deskclient.store.lead_records import AuditFilter, ReviewFilter
from deskclient.logs import log_dir
from tests.services.lead_helpers import sqlite_only, LeadDesk, citizen, closed_ticket, inbound, run, stored_file

SECRET_TEXT = "Tinc un deute de 300 euros amb Hisenda"


@pytest.fixture
def lead_desk(store, rules, clock, config):
    desk = LeadDesk(store, rules, clock, config, log_dir())
    yield desk
    desk.close()


@pytest.fixture
def agent_desk(store, rules, clock, config):
    desk = LeadDesk(store, rules, clock, config, log_dir(), login="anna", role=Role.AGENT)
    yield desk
    desk.close()


def lead_actions(ticket_id: int, citizen_id: int):
    """Every lead action, as (what, call) with a LeadDesk."""
    return [
        ("search messages", lambda d: d.lead.search_messages(ReviewFilter(text="deute"))),
        ("search tickets", lambda d: d.lead.search_tickets(ReviewFilter())),
        ("transcript", lambda d: d.lead.transcript(ticket_id)),
        ("export pdf", lambda d: d.lead.export_transcripts([ticket_id], "pdf")),
        ("export csv", lambda d: d.lead.export_transcripts([ticket_id], "csv")),
        ("statistics", lambda d: d.lead.statistics()),
        ("statistics csv", lambda d: d.lead.export_statistics_csv()),
        ("audit log", lambda d: d.lead.audit_log(AuditFilter())),
        ("audit actions", lambda d: d.lead.audit_actions()),
        ("audit csv", lambda d: d.lead.export_audit_csv(AuditFilter())),
        ("hold", lambda d: d.lead.hold(ticket_id, "court order")),
        ("release", lambda d: d.lead.release(ticket_id)),
        ("purge", lambda d: d.lead.purge()),
        ("purge dry run", lambda d: d.lead.purge(dry_run=True)),
        ("find citizens", lambda d: d.citizens.find("Marta")),
        ("citizen export", lambda d: d.citizens.export(citizen_id)),
        ("citizen correct", lambda d: d.citizens.correct(citizen_id, name="M. Puig")),
        ("citizen erase", lambda d: d.citizens.erase(citizen_id)),
    ]


@sqlite_only
def test_an_agent_is_refused_every_lead_action(store, rules, clock, agent_desk):
    ticket_id = closed_ticket(store, rules, clock, citizen(1), texts=(SECRET_TEXT,))
    clock.advance(timedelta(days=400))  # everything would be purgeable
    citizen_id = store.ticket(ticket_id).citizen_id
    actions = lead_actions(ticket_id, citizen_id)
    for what, call in actions:
        with pytest.raises(NotAllowed, match="Only a team lead can"):
            run(call(agent_desk))
    m = store.m
    events = list(m.AuditEvent.select().where(m.AuditEvent.agent == agent_desk.agent.id))
    assert [e.action for e in events if e.action != "claim" and e.action != "close"] == ["refused"] * len(actions)
    # Nothing happened: the ticket, its citizen, and no file under exports.
    assert store.ticket(ticket_id).citizen_name == "Marta Puig"
    assert not (agent_desk.data_dir / "exports").exists() or not any((agent_desk.data_dir / "exports").iterdir())


@sqlite_only
def test_a_lead_demoted_meanwhile_is_refused(store, lead_desk):
    run(lead_desk.lead.statistics())
    store.m.Agent.update(role="agent").where(store.m.Agent.id == lead_desk.agent.id).execute()
    with pytest.raises(NotAllowed):
        run(lead_desk.lead.statistics())


def test_lead_actions_are_audited_without_message_text(qapp, store, rules, clock, lead_desk):
    ticket_id = closed_ticket(store, rules, clock, citizen(1), texts=(SECRET_TEXT,), category="Payment problems")
    citizen_id = store.ticket(ticket_id).citizen_id
    clock.advance(timedelta(days=1))
    actions = lead_actions(ticket_id, citizen_id)
    for what, call in actions:
        if what != "citizen erase":
            run(call(lead_desk))
    run(lead_desk.lead.search_messages(ReviewFilter(text="deute Hisenda", citizen="Marta")))
    rows, total = run(lead_desk.lead.audit_log(AuditFilter(agent_id=lead_desk.agent.id)))
    actions_seen = {r.action for r in rows}
    assert {"log_search", "view_transcript", "export_transcript", "view_statistics", "export_statistics",
            "view_audit", "export_audit", "legal_hold", "legal_hold_released", "purge", "purge_preview",
            "find_citizen", "citizen_export", "citizen_corrected"} <= actions_seen
    details = " ".join(r.detail for r in store.m.AuditEvent.select())
    for fragment in ("deute", "Hisenda", "300 euros", "Marta", "M. Puig"):
        assert fragment not in details
    transcript_views = [r for r in rows if r.action == "view_transcript"]
    assert transcript_views[0].ticket_number == "2026-000001" and transcript_views[0].agent_login == "lia"


@sqlite_only
def test_transcripts_export_to_a_pdf_that_reads_back(qapp, store, rules, clock, lead_desk):
    from PySide6.QtPdf import QPdfDocument

    anna = store.ensure_agent("anna", "Anna", Role.AGENT)
    first = closed_ticket(store, rules, clock, citizen(1, "Marta Puig"), agent=anna, category="Payment problems",
                          texts=("Bon dia, no puc pagar la taxa del tràmit", "És urgent, ¿pueden ayudarme?"),
                          file=stored_file(lead_desk.files_dir, "rebut.pdf", b"%PDF-1.4 x"))
    second = closed_ticket(store, rules, clock, citizen(2, "Jordi Vila"), agent=anna,
                           texts=("Le certificat est expiré",), reply="Cal renovar-lo.")
    path = run(lead_desk.lead.export_transcripts([first, second], "pdf"))
    assert path.parent == lead_desk.data_dir / "exports" and path.stat().st_mode & 0o777 == 0o600

    document = QPdfDocument(None)
    assert document.load(str(path)) == QPdfDocument.Error.None_
    assert document.pageCount() == 2  # each transcript starts a page
    first_page = document.getAllText(0).text()
    for expected in ("Ticket 2026-000001", "Marta Puig", "Payment problems", "anna",
                     "Opened", "2026-11-23 10:00", "Record purged on", "2027-05-23",
                     "no puc pagar la taxa del tràmit", "¿pueden ayudarme?", "Attachment: rebut.pdf"):
        assert expected in first_page, expected
    second_page = document.getAllText(1).text()
    assert "Ticket 2026-000002" in second_page and "Le certificat est expiré" in second_page
    document.close()
    events = store.m.AuditEvent.select().where(store.m.AuditEvent.action == "export_transcript")
    assert sorted(e.ticket_id for e in events) == [first, second]


@sqlite_only
def test_transcripts_export_to_csv_safe_for_spreadsheets(store, rules, clock, lead_desk):
    ticket_id = closed_ticket(store, rules, clock, citizen(1), texts=("=HYPERLINK(\"http://x\")", "Adéu"))
    path = run(lead_desk.lead.export_transcripts([ticket_id], "csv"))
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["text"] for r in rows if r["kind"] == "in"] == ["'=HYPERLINK(\"http://x\")", "Adéu"]
    assert {r["ticket"] for r in rows} == {"2026-000001"} and rows[0]["purge_date"] == "2027-05-23"


def test_statistics_by_day_week_category_and_agent(store, rules, clock, lead_desk):
    anna = store.ensure_agent("anna", "Anna", Role.AGENT)
    joan = store.ensure_agent("joan", "Joan", Role.AGENT)
    # Monday 23 November: three tickets answered after 10, 20 and 180 minutes (the last breached).
    for n, minutes in enumerate((10, 20, 180)):
        closed_ticket(store, rules, clock, citizen(n), agent=anna if n < 2 else joan,
                      category="Payment problems" if n else None, reply_after=timedelta(minutes=minutes))
    clock.advance(timedelta(days=1))  # Tuesday: one unanswered, still open
    store.ingest(inbound(citizen(9), clock.now(), "Hola?"), rules)
    stats = run(lead_desk.lead.statistics())
    assert stats.per_day == [(date(2026, 11, 23), 3), (date(2026, 11, 24), 1)]
    assert stats.per_week == [("2026-W48", 4)]
    overall = stats.overall
    assert (overall.tickets, overall.responded, overall.breached) == (4, 3, 1)
    assert overall.median_first_response == 20 * 60 and overall.p90_first_response == 180 * 60
    assert overall.sla_compliance == 0.75
    assert stats.by_category["Payment problems"].tickets == 2
    assert stats.by_category["(no category)"].tickets == 2
    assert stats.by_agent["anna"].median_first_response == 15 * 60
    assert stats.by_agent["joan"].breached == 1 and stats.by_agent["(unassigned)"].tickets == 1
    only_monday = run(lead_desk.lead.statistics(date(2026, 11, 23), date(2026, 11, 23)))
    assert only_monday.overall.tickets == 3
    path = run(lead_desk.lead.export_statistics_csv())
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[1][:4] == ["overall", "all", "4", "3"] and ["week", "2026-W48", "4"] == rows[-1][:3]


@sqlite_only
def test_audit_log_filters_and_csv(store, rules, clock, lead_desk):
    anna = store.ensure_agent("anna", "Anna", Role.AGENT)
    closed_ticket(store, rules, clock, citizen(1), agent=anna)
    clock.advance(timedelta(days=2))
    run(lead_desk.lead.statistics())
    rows, total = run(lead_desk.lead.audit_log(AuditFilter(action="claim")))
    assert total == 1 and rows[0].agent_login == "anna" and rows[0].ticket_number == "2026-000001"
    rows, _ = run(lead_desk.lead.audit_log(AuditFilter(date_from=clock.now() - timedelta(hours=1))))
    assert {r.action for r in rows} == {"view_statistics", "view_audit"}
    assert "claim" in run(lead_desk.lead.audit_actions())
    path = run(lead_desk.lead.export_audit_csv(AuditFilter(agent_id=anna.id)))
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["action"] for r in rows] == ["claim", "close"] and rows[0]["agent"] == "anna"
