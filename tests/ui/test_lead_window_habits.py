"""The lead's window as a lead uses it (issue 15 items 13 and 14): the transcript is always
the selected ticket's (and is read again after an export), Return in the citizen box
searches, a phone number is corrected from its current value, the audit filter names
every action in words, and what cannot be undone asks first with No as the default."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from deskclient.ui.labels import AUDIT_ACTION
from tests.services.lead_helpers import citizen, closed_ticket
from tests.waiting import until


@pytest.fixture
def window(qtbot, lead_scene):
    from deskclient.ui.lead_window import LeadWindow

    window = LeadWindow(lead_scene.lead, lead_scene.citizens, lead_scene.store.agents(), ["Payment problems"])
    qtbot.addWidget(window)
    return window


@pytest.fixture
def two_tickets(lead_scene, rules, clock):
    """Marta's ticket (the scene's) and Pere's, both closed."""
    closed_ticket(lead_scene.store, rules, clock, citizen(2, "Pere Roca"), texts=("Vull canviar l'adreça",))
    clock.advance(timedelta(days=1))
    return lead_scene


def _row_of(window, name: str) -> int:
    model = window.tickets_model
    return next(r for r in range(model.rowCount()) if name in model.index(r, 3).data())


def test_the_transcript_follows_the_selected_row(qloop, window, two_tickets):
    async def scenario():
        await window.start_search()
        assert window.tickets_model.rowCount() == 2
        window.tickets_view.selectRow(_row_of(window, "Marta"))
        await until(lambda: "No puc pagar la taxa" in window.transcript_view.toPlainText())

        # Another row: its transcript, never the one before, and actions apply to what is shown.
        window.tickets_view.selectRow(_row_of(window, "Pere"))
        await until(lambda: "Vull canviar l'adreça" in window.transcript_view.toPlainText())
        assert "No puc pagar" not in window.transcript_view.toPlainText()
        assert window.selected_ticket_ids() == [window._transcript_id]

        # A new search keeps the same ticket selected and shown.
        await window.start_search()
        assert window.selected_ticket_ids() == [window._transcript_id]
        assert "Vull canviar l'adreça" in window.transcript_view.toPlainText()

        # Nothing selected: nothing shown.
        window.tickets_view.clearSelection()
        assert window.transcript_view.toPlainText() == "" and window._transcript_id is None

    qloop.run_until_complete(scenario())


def test_arrowing_through_the_rows_opens_only_the_one_the_lead_stops_on(qloop, window, two_tickets):
    async def scenario():
        await window.start_search()
        window.tickets_view.selectRow(0)
        window.tickets_view.selectRow(1)
        window.tickets_view.selectRow(0)
        await until(lambda: window._transcript_id is not None)
        await asyncio.sleep(0.4)
        return [a for _, a, _, _ in two_tickets.store.audit_trail() if a == "view_transcript"]

    assert len(qloop.run_until_complete(scenario())) == 1


def test_the_transcript_is_read_again_after_an_export(qloop, window, two_tickets):
    store = two_tickets.store

    async def scenario():
        await window.start_search()
        window.tickets_view.selectRow(_row_of(window, "Marta"))
        await until(lambda: "Marta Puig" in window.transcript_view.toPlainText())
        marta = store.ticket(window._transcript_id).citizen_id
        two_tickets.lead.review.correct_citizen(marta, two_tickets.agent, name="Marta Puig i Soler")  # elsewhere
        window.export_selected("csv")
        await window._tasks["export"]
        await until(lambda: "Marta Puig i Soler" in window.transcript_view.toPlainText())

    qloop.run_until_complete(scenario())


def test_return_in_the_citizen_box_searches(qloop, qtbot, window, two_tickets):
    window.citizen_text.setText("pere")
    qtbot.keyClick(window.citizen_text, Qt.Key.Key_Return)
    qloop.run_until_complete(window._tasks["review"])
    assert window.tickets_model.rowCount() == 1
    assert "Pere Roca" in window.tickets_model.index(0, 3).data()


def _choose_marta(qloop, qtbot, window) -> None:
    """Find her as a lead does (Return in the box) and select her row."""
    window.citizen_query.setText("Marta")
    qtbot.keyClick(window.citizen_query, Qt.Key.Key_Return)
    qloop.run_until_complete(window._tasks["citizens"])
    window.citizen_list.setCurrentRow(0)


def test_a_phone_is_corrected_from_its_current_value(qloop, qtbot, window, lead_scene):
    from deskclient.ui.lead_dialogs import CitizenCorrectionDialog

    _choose_marta(qloop, qtbot, window)
    window.correct_citizen()
    dialog = window.correction
    assert isinstance(dialog, CitizenCorrectionDialog) and dialog.isVisible()
    assert dialog.name_edit.text() == "Marta Puig"
    assert dialog.phone_edit.text() == "+34600111222"  # the current value, to correct a digit of
    dialog.phone_edit.setText("+34600111223")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    qloop.run_until_complete(window._tasks["citizen"])
    [found] = qloop.run_until_complete(lead_scene.citizens.find("Marta"))
    assert (found.name, found.phone) == ("Marta Puig", "+34600111223")
    trail = [(a, d) for _, a, _, d in lead_scene.store.audit_trail() if a == "citizen_corrected"]
    assert trail == [("citizen_corrected", f"citizen {found.id}: phone")]  # the field, never the value
    assert "+34600111223" in window.citizen_list.item(0).text()


def test_the_audit_filter_names_every_action_in_words(qloop, window):
    box = window.audit_action
    offered = {box.itemData(i): box.itemText(i) for i in range(1, box.count())}
    assert set(offered) == set(AUDIT_ACTION)
    assert all(text and "_" not in text for text in offered.values())  # words, not codes
    assert offered["telegram_history_deleted"] == "deleted a chat on Telegram"
    assert offered["broadcast_created"] == "created a broadcast"
    texts = [box.itemText(i) for i in range(1, box.count())]
    assert texts == sorted(texts, key=str.casefold)  # an alphabetical list to read down


def test_the_audit_filter_in_catalan(qloop, qtbot, lead_scene):
    from deskclient.ui.i18n import install_translators, uninstall_translators
    from deskclient.ui.lead_window import LeadWindow

    app = QApplication.instance()
    translators = install_translators(app, "ca")
    try:
        window = LeadWindow(lead_scene.lead, lead_scene.citizens, lead_scene.store.agents(), [])
        qtbot.addWidget(window)
        box = window.audit_action
        assert box.itemText(0) == "qualsevol acció"
        index = box.findData("language_corrected")
        assert box.itemText(index) == "ha corregit la llengua d'un ciutadà"
        texts = [box.itemText(i) for i in range(1, box.count())]
        assert texts.index("ha exportat les estadístiques") < texts.index("ha obert una transcripció")
    finally:
        uninstall_translators(app, translators)


def _confirmation(window) -> QMessageBox:
    box = window.confirmation
    assert box.isVisible() and box.objectName() == "confirmIrreversible"
    return box


def test_erase_now_defaults_to_no(qloop, qtbot, window, lead_scene):
    _choose_marta(qloop, qtbot, window)
    window.confirm_erase()
    box = _confirmation(window)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "Erase now"
    qtbot.keyClick(box, Qt.Key.Key_Return)  # a stray Return answers No
    assert not box.isVisible() and "citizen" not in window._tasks
    assert qloop.run_until_complete(lead_scene.citizens.find("Marta"))  # still there


def test_purge_now_defaults_to_no(qloop, qtbot, window, lead_scene):
    if window.lead.purge_is_the_services:
        pytest.skip("team mode: the service purges, the window offers no Purge now")
    window.confirm_purge()
    box = _confirmation(window)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    assert box.escapeButton() is box.button(QMessageBox.StandardButton.No)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert not box.isVisible() and "purge" not in window._tasks
    window.confirm_purge()
    _confirmation(window).button(QMessageBox.StandardButton.Yes).click()  # only Yes purges
    report = qloop.run_until_complete(window._tasks["purge"])
    assert not report.dry_run and report.counts.tickets == 1
