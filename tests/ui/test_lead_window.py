"""The team lead's window: its models pass qtmodeltester, and a lead searches, opens a
transcript, previews the purge and reads the audit log without blocking the loop."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from deskclient.store.lead_records import AuditRow, HitPage, MessageHit, ReviewTicket, TicketPage
from deskclient.ui.lead_models import ACTION_CODE_ROLE, AuditLogModel, MessageHitsModel, ReviewTicketsModel
from tests.waiting import until

NOW = datetime(2026, 11, 23, 9, tzinfo=timezone.utc)


def hit(n: int) -> MessageHit:
    return MessageHit(n, 1, "2026-000001", "closed", "Payment problems", "anna", "Marta", "in", None, NOW,
                      "no puc [pagar]")


def review_ticket(n: int) -> ReviewTicket:
    return ReviewTicket(n, f"2026-{n:06d}", 1, "Marta", "closed", None, None, None, NOW, NOW, None, NOW,
                        False, "court order" if n % 2 else None, None)


def test_models_pass_the_model_tester(qtmodeltester):
    fetched = []
    hits = MessageHitsModel(timezone.utc)
    hits.fetchRequested.connect(lambda: fetched.append("hits"))
    hits.reset(HitPage([hit(3), hit(2)], next_before=2))
    qtmodeltester.check(hits)  # it scrolls to the end: the model asks for the next page once
    assert fetched == ["hits"] and hits.loading and not hits.canFetchMore()
    hits.append(HitPage([hit(1)], None))
    assert hits.rowCount() == 3 and not hits.canFetchMore()
    qtmodeltester.check(hits)

    tickets = ReviewTicketsModel(timezone.utc)
    tickets.reset(TicketPage([review_ticket(1), review_ticket(2)], 2, 0))
    qtmodeltester.check(tickets)
    assert tickets.index(0, 8).data() == "on hold"

    audit = AuditLogModel(timezone.utc)
    audit.reset([AuditRow(1, NOW, "purge", None, None, None, "purged tickets=0")], 3)
    qtmodeltester.check(audit)
    assert audit.index(0, 2).data() == "system" and audit.loading  # two more to fetch


def test_a_lead_searches_reads_a_transcript_and_previews_the_purge(qloop, qtbot, lead_scene):
    from deskclient.ui.lead_window import LeadWindow

    window = LeadWindow(lead_scene.lead, lead_scene.citizens, lead_scene.store.agents(), ["Payment problems"])
    qtbot.addWidget(window)
    window.search_text.setText("pagar")
    qloop.run_until_complete(window.start_search())
    assert window.hits_model.rowCount() == 1 and "[pagar]" in window.hits_model.index(0, 5).data()
    window.hits_view.selectRow(0)
    window.open_transcript()
    qloop.run_until_complete(window._tasks["transcript"])
    assert "No puc pagar la taxa" in window.transcript_view.toPlainText()

    window.search_text.setText("")
    window.category_box.setCurrentIndex(1)
    qloop.run_until_complete(window.start_search())
    assert window.tickets_model.rowCount() == 1 and window.results.currentWidget() is window.tickets_view

    report = qloop.run_until_complete(window._purge(dry_run=True))
    assert report.dry_run and report.counts.tickets == 1
    assert window.purge_result.text().startswith("Preview: the purge would delete what closed before ")
    assert "tickets: 1 · messages: " in window.purge_result.text()

    qloop.run_until_complete(window._audit())
    actions = {window.audit_model.index(r, 1).data(ACTION_CODE_ROLE) for r in range(window.audit_model.rowCount())}
    assert {"log_search", "view_transcript", "purge_preview"} <= actions
    labels = {window.audit_model.index(r, 1).data() for r in range(window.audit_model.rowCount())}
    assert "opened a transcript" in labels
    # The filter lists every audited action by its label, whether it happened yet or not.
    window.audit_action.setCurrentIndex(window.audit_action.findText("read a closed ticket"))
    assert window.audit_filter().action == "view_closed_ticket"
    window.audit_action.setCurrentIndex(window.audit_action.findText("opened a transcript"))
    qloop.run_until_complete(window._audit())
    assert window.audit_filter().action == "view_transcript"  # the choice stays
    assert {window.audit_model.index(r, 1).data(ACTION_CODE_ROLE)
            for r in range(window.audit_model.rowCount())} == {"view_transcript"}


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform
def test_the_lead_menu_is_there_for_leads_only(qtbot, lead_scene, config):
    from types import SimpleNamespace

    from PySide6.QtWidgets import QApplication, QMainWindow

    from deskclient.ui.lead_window import LeadWindow, install_lead_menu

    window = QMainWindow()
    qtbot.addWidget(window)
    desk = SimpleNamespace(lead=lead_scene.lead, citizens=lead_scene.citizens, store=lead_scene.store,
                           config=config)
    action = install_lead_menu(window, desk)
    assert action is not None and action.text() == "&Team lead…"
    action.trigger()
    [shown] = [w for w in QApplication.topLevelWidgets() if isinstance(w, LeadWindow) and w.isVisible()]
    qtbot.addWidget(shown)
    shown.close()
    agent = SimpleNamespace(lead=SimpleNamespace(agent=SimpleNamespace(role="agent")))
    assert install_lead_menu(window, agent) is None


def test_a_purged_ticket_leaves_the_leads_window(qloop, qtbot, lead_scene):
    """The daily purge (or an erasure, or another workstation) takes a ticket the lead is
    reading: its transcript and its row go from the window."""
    import asyncio

    from deskclient.services.events import EventBus, StoreChanged
    from deskclient.ui.bridge import EventBridge
    from deskclient.ui.lead_window import LeadWindow

    async def scenario():
        bus = EventBus(asyncio.get_running_loop())
        lead_scene.store.subscribe(lambda changes: bus.publish(*(StoreChanged(c) for c in changes)))
        window = LeadWindow(lead_scene.lead, lead_scene.citizens, lead_scene.store.agents(),
                            ["Payment problems"], bridge=EventBridge(bus))
        qtbot.addWidget(window)
        window.search_text.setText("pagar")
        await window.start_search()
        window.hits_view.selectRow(0)
        window.open_transcript()
        await window._tasks["transcript"]
        assert "No puc pagar la taxa" in window.transcript_view.toPlainText()
        await asyncio.to_thread(lead_scene.purge.run, "the app")
        await until(lambda: window.transcript_view.toPlainText() == "")
        await until(lambda: window.hits_model.rowCount() == 0, timeout=3)

    qloop.run_until_complete(scenario())
