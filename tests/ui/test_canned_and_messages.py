"""Issue 15 items 7 and 8: canned replies a lead writes in the app and an agent inserts
by typing `/shortcut`; messages as text an agent can use (select, copy, links, the
context menu's reply with a quote, edit and delete of the agent's own sent message)."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from deskclient.domain.tickets import Role
from deskclient.ui.canned_manager import CannedManager
from deskclient.ui.thread_model import MessageRole
from tests.ui.test_agent_desktop import JAVIER, MARTA, anchor_point, open_desk, ticket_shown
from tests.waiting import until

# The completion's list is a popup: the offscreen platform cannot raise it nor give it the keyboard.
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")]


def row_of(model, predicate) -> int:
    return next(r for r in range(model.rowCount()) if predicate(model.index(r).data(MessageRole.ROW)))


async def type_into(qtbot, widget, text: str) -> None:
    qtbot.keyClicks(widget, text)
    await asyncio.sleep(0)


def test_a_lead_writes_a_canned_reply_and_it_is_typed_as_a_shortcut(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot, role=Role.LEAD)
        try:
            network.says(JAVIER, "Hola, ¿a qué hora abren?")
            ticket = await ticket_shown(window, network, JAVIER)
            composer = window.composer
            assert composer.canned_button.isEnabled()  # a lead may always write the first one
            [manage] = composer.canned_menu.actions()
            manage.trigger()
            manager = window.findChild(CannedManager)
            assert manager is not None and manager.isVisible()

            manager.title_edit.setText("Horario de atención")
            manager.shortcut_edit.setText("/horario")
            manager.language_combo.setCurrentIndex(manager.language_combo.findData("es"))
            manager.body_edit.setPlainText("Hola {citizen_name}: atendemos de 8 a 22 h. {agent_name}, {ticket_number}.")
            manager.language_combo.setCurrentIndex(manager.language_combo.findData("ca"))  # the Spanish kept
            manager.body_edit.setPlainText("Hola {citizen_name}: atenem de 8 a 22 h.")
            manager.save_button.click()
            await until(lambda: manager.error_label.text() == "Saved.")
            [reply] = desk.desk.canned_replies()
            assert (reply.title, reply.shortcut, sorted(reply.bodies)) == ("Horario de atención", "horario", ["ca", "es"])
            # A second reply may not take the same shortcut: said in the window, nothing saved.
            manager.new_reply()
            manager.title_edit.setText("Otro")
            manager.shortcut_edit.setText("horario")
            manager.body_edit.setPlainText("x")
            manager.save_button.click()
            await until(lambda: manager.error_label.text() == "/horario is already the shortcut of “Horario de atención”.")
            assert len(desk.desk.canned_replies()) == 1
            manager.close()

            await until(lambda: composer.canned_menu.actions()[0].text() == "Horario de atención\t/horario")
            edit = composer.edit
            edit.setFocus()
            edit.insertPlainText("Buenos días. ")
            await type_into(qtbot, edit, "/hor")  # QTest types ASCII only
            popup = composer.completer.popup()
            await until(popup.isVisible)
            assert popup.model().index(0, 0).data() == "/horario   Horario de atención"
            qtbot.keyClick(popup, Qt.Key.Key_Return)  # as the keyboard does: to the open list
            await until(lambda: not popup.isVisible())
            assert composer.text() == (f"Buenos días. Hola Javier López: atendemos de 8 a 22 h. "
                                       f"anna, {ticket.number}.")  # the citizen's language
            # Esc closes the list and leaves what was typed; a "/" inside a word opens nothing.
            edit.clear()
            await type_into(qtbot, edit, "/h")
            await until(popup.isVisible)
            qtbot.keyClick(popup, Qt.Key.Key_Escape)
            await until(lambda: not popup.isVisible())
            assert composer.text() == "/h"
            edit.clear()
            await type_into(qtbot, edit, "https://x/h")
            await asyncio.sleep(0.05)
            assert not popup.isVisible()
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_an_agent_inserts_but_does_not_manage_canned_replies(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            lead = desk.store.ensure_agent("lia", "Lia", Role.LEAD)
            desk.store.save_canned("Greeting", "ca", "Bon dia {citizen}", lead, shortcut="bon")
            network.says(MARTA, "Hola")
            await ticket_shown(window, network, MARTA)
            labels = [a.text() for a in window.composer.canned_menu.actions()]
            assert labels == ["Greeting\t/bon"]  # no Manage…
            with pytest.raises(Exception, match="Only a team lead"):
                await desk.desk.save_canned("Greeting", "ca", "Hola")
            window.composer.edit.setFocus()
            await type_into(qtbot, window.composer.edit, "/bo")
            popup = window.composer.completer.popup()
            await until(popup.isVisible)
            qtbot.keyClick(popup, Qt.Key.Key_Tab)
            assert window.composer.text() == "Bon dia Marta Puig"
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_copy_a_selection_or_a_whole_message_and_open_its_link(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            network.says(MARTA, "El tràmit és a https://seu.example.cat/tramit?id=7. Gràcies")
            await ticket_shown(window, network, MARTA)
            view, model = window.ticket.view, window.thread_model
            await until(lambda: model.rowCount() >= 1)
            row = row_of(model, lambda m: m.kind == "in")
            message = model.index(row).data(MessageRole.ROW)
            opened = []
            view.open_url = opened.append
            link = anchor_point(view, row, "https:")
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=link)
            assert [u.toString() for u in opened] == ["https://seu.example.cat/tramit?id=7"]  # the dot ends the sentence

            actions = window.ticket.message_actions
            menu = actions.build_menu(message, view.bubbles.anchor_at(_option(view, row), message, link))
            names = [a.objectName() for a in menu.actions() if a.objectName()]
            assert names == ["copy", "copyLink", "quote"]  # a citizen's message: not the agent's to change
            _trigger(menu, "copy")
            assert QGuiApplication.clipboard().text() == message.text

            # A drag over the bubble's words selects them; Ctrl+C copies just those.
            rect = view.visualRect(model.index(row))
            start = QPoint(link.x(), link.y())
            qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
            for dx in (10, 40, 80):
                qtbot.mouseMove(view.viewport(), QPoint(start.x() + dx, start.y()))
            qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(start.x() + 80, start.y()))
            selected = actions.selection.selected_text()
            assert selected and selected in message.text and len(selected) < len(message.text)
            assert len(opened) == 1  # a drag is not a click on the link
            view.setFocus()
            qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
            assert QGuiApplication.clipboard().text() == selected
            assert rect.contains(start)
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def _option(view, row):
    from PySide6.QtWidgets import QStyleOptionViewItem
    option = QStyleOptionViewItem()
    option.rect = view.visualRect(view.model().index(row))
    return option


def _trigger(menu, name: str) -> None:
    next(a for a in menu.actions() if a.objectName() == name).trigger()


def test_reply_quoting_a_message_then_edit_and_delete_my_sent_reply(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            asked = network.says(JAVIER, "¿Dónde está el formulario?")
            ticket = await ticket_shown(window, network, JAVIER)
            model, actions = window.thread_model, window.ticket.message_actions
            await until(lambda: model.rowCount() >= 1)
            question = model.index(row_of(model, lambda m: m.kind == "in")).data(MessageRole.ROW)
            _trigger(actions.build_menu(question), "quote")
            composer = window.composer
            assert composer.quote_strip.isVisible()
            assert composer.quote_strip.label.text().endswith("¿Dónde está el formulario?")
            composer.edit.setPlainText("Aquí tiene el formulario")
            composer.send_button.click()
            await until(lambda: any(m.kind == "out" for m in desk.store.thread(ticket.id)))
            [mine] = [m for m in desk.store.thread(ticket.id) if m.kind == "out"]
            assert (mine.reply_to_channel_message_id, mine.reply_quote) == (asked, "¿Dónde está el formulario?")
            await until(lambda: not composer.quote_strip.isVisible())  # sent: the quote goes with the text
            assert desk.store.ticket(ticket.id).assignee_login == "anna"  # replying claimed it (item 11)

            await until(lambda: desk.store.message(mine.id).delivery == "sent")
            await until(lambda: model.index(row_of(model, lambda m: m.id == mine.id)).data(
                MessageRole.ROW).delivery == "sent")
            sent = model.index(row_of(model, lambda m: m.id == mine.id)).data(MessageRole.ROW)
            menu = actions.build_menu(sent)
            assert [a.objectName() for a in menu.actions() if a.objectName()] == ["copy", "quote", "edit", "delete"]
            dialog = actions.edit(sent)
            assert dialog.textValue() == "Aquí tiene el formulario"
            dialog.setTextValue("Aquí tiene el formulario, en la sede electrónica")
            dialog.accept()
            await until(lambda: desk.store.message(mine.id).edited_at is not None)
            assert network.received(JAVIER)[-1] == "Aquí tiene el formulario, en la sede electrónica"
            await until(lambda: "edited" in window.ticket.view.bubbles.document(
                model.index(row_of(model, lambda m: m.id == mine.id)).data(MessageRole.ROW), 400).toPlainText())

            edited = model.index(row_of(model, lambda m: m.id == mine.id)).data(MessageRole.ROW)
            box = actions.confirm_delete(edited)
            assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)  # cannot be undone
            box.button(QMessageBox.StandardButton.No).click()
            await asyncio.sleep(0.05)
            assert desk.store.message(mine.id).deleted_at is None
            box = actions.confirm_delete(edited)
            box.button(QMessageBox.StandardButton.Yes).click()
            await until(lambda: desk.store.message(mine.id).deleted_at is not None)
            assert "Aquí tiene el formulario, en la sede electrónica" not in network.received(JAVIER)
            await until(lambda: model.index(row_of(model, lambda m: m.id == mine.id)).data(
                MessageRole.ROW).deleted_at is not None)
            deleted = model.index(row_of(model, lambda m: m.id == mine.id)).data(MessageRole.ROW)
            names = [a.objectName() for a in actions.build_menu(deleted).actions() if a.objectName()]
            assert names == ["copy", "history"]  # nothing left to change on Telegram
            assert "deleted" in window.ticket.view.bubbles.document(deleted, 400).toPlainText()
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_a_colleagues_reply_cannot_be_changed_from_my_menu(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            network.says(MARTA, "Bon dia")
            ticket = await ticket_shown(window, network, MARTA)
            from dataclasses import replace
            colleague = desk.store.ensure_agent("pau", "Pau")
            reply_id = desk.store.add_reply(ticket.id, "Bon dia, sóc en Pau", colleague)
            await until(lambda: desk.store.message(reply_id).delivery == "sent")
            theirs = desk.store.message(reply_id)
            names = [a.objectName() for a in window.ticket.message_actions.build_menu(theirs).actions()
                     if a.objectName()]
            assert names == ["copy", "quote"]
            mine = replace(theirs, author_login="anna")
            assert window.ticket.message_actions.can_change(mine)
            # The keyboard's menu key (Shift+F10) opens the current bubble's menu.
            model, view = window.thread_model, window.ticket.view
            await until(lambda: any(model.index(r).data(MessageRole.ID) == reply_id for r in range(model.rowCount())))
            view.setCurrentIndex(model.index(row_of(model, lambda m: m.id == reply_id)))
            view.setFocus()
            QApplication.sendEvent(view, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(4, 4), view.mapToGlobal(QPoint(4, 4))))
            await until(lambda: window.ticket.message_actions.menu is not None
                        and window.ticket.message_actions.menu.isVisible())
            window.ticket.message_actions.menu.close()
            await asyncio.sleep(0.05)
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())
