"""The crashes and dead ends a newcomer hit (issue 15, items 1–3), on the real window:
Ctrl+Return sends, a preview opens again after one was closed, and an open ticket whose
citizen is erased leaves the screen (a reply to it gets a plain sentence, not a crash)."""

from __future__ import annotations

import asyncio

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from deskclient.app import build_desk
from deskclient.domain.tickets import Role
from deskclient.ui.bridge import EventBridge
from deskclient.ui.main_window import MainWindow
from deskclient.ui.thread_model import MessageRole
from tests.ui.test_agent_desktop import MARTA, open_desk, ticket_shown
from tests.waiting import until

pytestmark = pytest.mark.gui

async def file_kept(window, desk, ticket):
    """The citizen's one file, once fetched and kept (its link shows in the bubble)."""
    model = window.thread_model
    await until(lambda: model.rowCount() >= 1 and [
        a.state for a in model.index(0).data(MessageRole.ROW).attachments] == ["done"])
    [attachment] = [a for m in desk.store.thread(ticket.id) for a in m.attachments]
    return attachment


def queued_replies(desk, ticket_id: int) -> list[str]:
    return [m.text for m in desk.store.thread(ticket_id) if m.kind == "out"]


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_ctrl_return_in_the_composer_sends_the_reply(qtbot, qloop, config, clock, key):
    """Typed into the real window (offscreen), as the agent does: the main keyboard's
    Return and the keypad's Enter, both with Ctrl, queue the reply, once."""
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            network.says(MARTA, "Hola, necessito ajuda")
            ticket = await ticket_shown(window, network, MARTA)
            window.activateWindow()
            edit = window.composer.edit
            edit.setFocus()
            QTest.keyClicks(edit, "Ara us ajudo")
            modifiers = Qt.KeyboardModifier.ControlModifier
            if key == Qt.Key.Key_Enter:
                modifiers |= Qt.KeyboardModifier.KeypadModifier
            QTest.keyClick(edit, key, modifiers)
            await until(lambda: queued_replies(desk, ticket.id) == ["Ara us ajudo"])
            await until(lambda: window.composer.text() == "")
            await asyncio.sleep(0.05)
            assert queued_replies(desk, ticket.id) == ["Ara us ajudo"]  # sent once, not twice
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_the_send_shortcut_has_one_owner(qtbot, qloop, config, clock):
    """Qt's "Ambiguous shortcut overload" came from two owners of Ctrl+Return: the menu's
    Send is the one, with the keypad's Enter too; no other shortcut in the window claims them."""
    from PySide6.QtGui import QAction, QKeySequence, QShortcut

    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            send = window.actions_by_name["send"]
            wanted = {QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")}
            assert set(send.shortcuts()) == wanted
            claims = [a for a in window.findChildren(QAction) if a is not send and set(a.shortcuts()) & wanted]
            claims += [s for s in window.findChildren(QShortcut) if s.key() in wanted]
            assert claims == []
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_a_preview_opens_again_after_one_was_closed(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            network.says(MARTA, "Us adjunto el certificat", file="certificat.pdf")
            ticket = await ticket_shown(window, network, MARTA)
            attachment = await file_kept(window, desk, ticket)
            for _ in range(3):
                preview = window.ticket.open_attachment(attachment.id)
                assert preview is not None and preview.isVisible()
                await until(lambda: preview.preview is not None)
                preview.close()  # deleted on close
                await until(lambda: not shiboken6.isValid(preview))
            # Two open at once, one closed: the other still closes with the ticket.
            first = window.ticket.open_attachment(attachment.id)
            second = window.ticket.open_attachment(attachment.id)
            first.close()
            await until(lambda: not shiboken6.isValid(first))
            assert window.ticket.previews == [second]  # the closed one let go of
            window.ticket.ticket_gone()
            await until(lambda: not shiboken6.isValid(second))
            assert window.ticket.previews == []
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_erasing_the_citizen_of_the_open_ticket_clears_it(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot, role=Role.LEAD)
        try:
            network.says(MARTA, "Us envio la captura", file="captura.png")
            ticket = await ticket_shown(window, network, MARTA)
            attachment = await file_kept(window, desk, ticket)
            preview = window.ticket.open_attachment(attachment.id)
            window.composer.edit.setPlainText("Una resposta a mig escriure")
            assert window.composer.send_button.isEnabled()

            await desk.citizens.erase(ticket.citizen_id)
            await until(lambda: window.ticket.ticket_id is None)
            assert window.thread_model.rowCount() == 0
            assert not window.composer.send_button.isEnabled()
            assert not window.composer.edit.isEnabled()
            await until(lambda: not shiboken6.isValid(preview))
            assert window.ticket.header.text() == "Select a ticket"
            assert window.error_label.text() == "That ticket is no longer in the records (purged or erased)."
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_a_reply_to_a_ticket_gone_meanwhile_says_so_in_a_sentence(qtbot, qloop, config, clock):
    """The agent pressed Send just as the ticket went (another workstation's erasure, whose
    news has not arrived yet): a plain sentence under the composer, no crash dialog."""
    from deskclient.ui.crash import CrashHandler

    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot, role=Role.LEAD)
        crashes = CrashHandler(window)
        crashes.install(qloop)
        try:
            network.says(MARTA, "Hola")
            ticket = await ticket_shown(window, network, MARTA)
            window.shutdown()  # the window hears of nothing more: as if the news were late
            await desk.citizens.erase(ticket.citizen_id)
            window.composer.edit.setPlainText("Ja està resolt")
            window.composer.send_button.click()
            await until(lambda: window.error_label.text() != "")
            assert window.error_label.text() == "That ticket is no longer in the records (purged or erased)."
            assert window.ticket.ticket_id is None and not window.composer.send_button.isEnabled()
            await asyncio.sleep(0.05)
            assert crashes.dialogs == []
        finally:
            crashes.uninstall()
            await desk.stop()

    qloop.run_until_complete(scenario())


@pytest.mark.postgres
def test_an_erasure_on_another_workstation_clears_the_open_ticket(qtbot, qloop, team_db, config, clock):
    """Team mode: a lead on another workstation erases the citizen whose ticket this agent
    has open; the news comes through the database (NOTIFY) and the ticket leaves the screen."""
    from deskclient.net.no_session import NullGateway
    from deskclient.store.database import open_database
    from deskclient.store.repository import TicketStore
    from tests.factories import citizen, inbound

    async def scenario():
        def workstation(name, lead=False):
            return build_desk(config.with_values({"database.url": team_db.add(name, lead=lead)}),
                              lambda c: NullGateway(), clock=clock, mode="window")

        here = workstation("anna")
        window = MainWindow(here.desk, EventBridge(here.bus), here.gateway.label)
        qtbot.addWidget(window)
        window.show()
        await asyncio.to_thread(here.team_listener.start)
        there = workstation("pau", lead=True)
        service = TicketStore(open_database(team_db.add("server", service=True)), clock)
        try:
            await there.runner.run(service.ingest, inbound(citizen(77), clock.now(), "Hola"), there.rules)
            await until(lambda: window.queue_model.rowCount() == 1)
            ticket = window.queue_model.ticket_at(0)
            await until(lambda: window.select_ticket(ticket.id))
            await until(lambda: window.ticket.ticket_id == ticket.id and window.thread_model.rowCount() >= 1)
            assert window.composer.send_button.isEnabled()
            await there.citizens.erase(ticket.citizen_id)
            await until(lambda: window.ticket.ticket_id is None)
            assert window.thread_model.rowCount() == 0 and not window.composer.send_button.isEnabled()
            assert window.queue_model.rowCount() == 0
        finally:
            window.shutdown()
            service.close()
            await there.stop()
            await here.stop()

    qloop.run_until_complete(scenario())
