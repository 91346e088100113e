"""Issue 15 items 11 and 12: what agents expect of the window (a reply claims, the note
mode and attached files, Esc in the search, an overdue SLA in words, a live queue that
re-sorts, a remembered layout, columns that fit at 1280 px, the shortcut list) and of
previews (Esc and Ctrl+W, closed on another citizen's ticket, a small voice player,
"Open with…" that says when nothing opens the file)."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
import shiboken6
from PySide6.QtCore import Qt

from deskclient.resources import sample_file
from deskclient.ui.bridge import EventBridge
from deskclient.ui.main_window import MainWindow
from deskclient.ui.queue_model import Column, format_left
from deskclient.ui.thread_model import MessageRole
from tests.ui.test_agent_desktop import JAVIER, MARTA, open_desk, ticket_shown
from tests.waiting import until

pytestmark = pytest.mark.gui

NURIA = 1003


def test_an_overdue_sla_reads_in_words():
    assert format_left(timedelta(minutes=95)) == "1h 35m"
    assert format_left(timedelta(seconds=-20)) == "overdue 1 min"
    assert format_left(timedelta(minutes=-2)) == "overdue 2 min"
    assert format_left(timedelta(minutes=-65)) == "overdue 1 h 05 min"
    assert format_left(timedelta(hours=-30, minutes=-10)) == "overdue 1 d 6 h"



def test_a_slow_send_does_not_wipe_the_draft_written_meanwhile(qtbot, qloop, config, clock):
    """A reply still going out when the agent moves on (a slow database, a colleague's
    lock) used to clear the composer when it ended: the next ticket's draft was lost."""
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            network.says(MARTA, "Bon dia")
            network.says(JAVIER, "Hola")
            javier = await ticket_shown(window, network, JAVIER)
            marta = desk.store.active_ticket_for(str(network.account.id), MARTA)
            service = window.ticket.desk
            started, held, reply = asyncio.Event(), asyncio.Event(), service.reply

            async def slow_reply(*args, **kwargs):
                started.set()
                await held.wait()
                return await reply(*args, **kwargs)

            service.reply = slow_reply
            window.select_ticket(marta.id)
            await until(lambda: window.ticket.ticket_id == marta.id)
            window.composer.edit.setPlainText("Ara ho miro")
            window.composer.send_button.click()
            await asyncio.wait_for(started.wait(), 5)
            window.select_ticket(javier.id)
            await until(lambda: window.ticket.ticket_id == javier.id)
            window.composer.edit.setPlainText("Le escribo enseguida")
            held.set()
            await until(lambda: any(m.kind == "out" for m in desk.store.thread(marta.id)))
            await asyncio.sleep(0.1)
            assert window.composer.edit.toPlainText() == "Le escribo enseguida"
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())

def test_replying_claims_and_the_composer_starts_afresh_on_another_ticket(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            network.says(MARTA, "Bon dia")
            network.says(JAVIER, "Hola")
            javier = await ticket_shown(window, network, JAVIER)
            marta = desk.store.active_ticket_for(str(network.account.id), MARTA)
            composer = window.composer
            composer.note_toggle.setChecked(True)
            window.select_ticket(marta.id)
            await until(lambda: window.ticket.ticket_id == marta.id)
            assert not composer.note_toggle.isChecked()  # a note mode does not follow to another ticket
            assert composer.send_button.text() == "Send"

            # Two files attached, one taken off again: only the other goes.
            pdf, png = sample_file("certificat.pdf"), sample_file("captura.png")
            composer.attach([pdf, png])
            assert composer.files == [pdf, png] and composer.files_label.isVisible()
            first, _ = composer.files_label.remove_buttons()
            assert first.accessibleName() == "Remove certificat.pdf"
            first.click()
            assert composer.files == [png] and composer.files_label.text() == "Attached: captura.png"
            composer.send_button.click()
            await until(lambda: any(m.kind == "out" for m in desk.store.thread(marta.id)))
            [sent] = [m for m in desk.store.thread(marta.id) if m.kind == "out"]
            assert [a.file_name for a in sent.attachments] == ["captura.png"]
            # The reply claimed the unassigned ticket; a colleague's ticket stays theirs.
            await until(lambda: desk.store.ticket(marta.id).assignee_login == "anna")
            pau = desk.store.ensure_agent("pau", "Pau")
            desk.store.claim(javier.id, pau)
            window.select_ticket(javier.id)
            await until(lambda: window.ticket.ticket_id == javier.id)
            composer.edit.setPlainText("Le ayudo yo también")
            composer.send_button.click()
            await until(lambda: any(m.kind == "out" for m in desk.store.thread(javier.id)))
            assert desk.store.ticket(javier.id).assignee_login == "pau"
            assert [a for _, a, who, _ in desk.store.audit_trail(marta.id) if a == "claim"] == ["claim"]
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_esc_clears_the_search_and_the_queue_resorts_on_its_own(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            for user in (MARTA, JAVIER, NURIA):
                network.says(user, "Bon dia")
                clock.advance(timedelta(minutes=1))
            await until(lambda: window.queue_model.rowCount() == 3)
            queue = window.queue
            queue.search.setFocus()
            qtbot.keyClicks(queue.search, "Marta")
            await until(lambda: window.queue_model.rowCount() == 1)
            qtbot.keyClick(queue.search, Qt.Key.Key_Escape)
            assert queue.search.text() == ""
            assert window.queue_model.rowCount() == 3  # at once, not after the typing delay
            qtbot.keyClick(queue.search, Qt.Key.Key_Escape)  # a second Esc: back to the queue
            assert queue.table.hasFocus()

            # Unassigned: a colleague's claim takes the ticket out of the view. Closing: the
            # ticket closed comes in. All: closed for good, it goes after the open ones.
            queue.tabs.setCurrentIndex(1)
            await until(lambda: window.queue_model.rowCount() == 3)
            marta = desk.store.active_ticket_for(str(network.account.id), MARTA)
            desk.store.claim(marta.id, desk.store.ensure_agent("pau", "Pau"))
            await until(lambda: window.queue_model.rowCount() == 2)
            queue.tabs.setCurrentIndex(2)
            await until(lambda: window.queue_model.rowCount() == 0)
            await desk.desk.close(marta.id)
            await until(lambda: window.queue_model.rowCount() == 1)
            queue.tabs.setCurrentIndex(4)
            await until(lambda: window.queue_model.rowCount() == 3)
            assert window.queue_model.ticket_at(0).id == marta.id  # still active: by its due time
            clock.advance(timedelta(minutes=31))
            await desk.desk.runner.run(desk.store.finalize_expired, desk.desk.rules)
            await until(lambda: window.queue_model.ticket_at(2).id == marta.id)
            # An open ticket whose first answer is overdue says by how much.
            clock.advance(timedelta(hours=3))
            window.queue_model.tick()
            assert window.queue_model.index(0, Column.SLA).data().startswith("overdue ")
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_the_layout_is_remembered_and_the_columns_fit_at_1280(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            network.says(MARTA, "Bon dia")
            await until(lambda: window.queue_model.rowCount() == 1)
            window.resize(1280, 800)
            await asyncio.sleep(0.05)
            table = window.queue.table
            header = table.horizontalHeader()
            for column in (Column.SLA, Column.STATUS, Column.ASSIGNEE):
                right = header.sectionViewportPosition(column) + header.sectionSize(column)
                assert 0 <= header.sectionViewportPosition(column) and right <= table.viewport().width(), column
            assert header.visualIndex(Column.LAST_MESSAGE) == len(Column) - 1  # the wide one, last

            window.resize(780, 560)  # within the offscreen screen's 800×600: restoreGeometry keeps it on screen
            window.splitter.setSizes([330, 450])
            table.setColumnWidth(Column.CITIZEN, 222)
            await asyncio.sleep(0.05)
            sizes, size = window.splitter.sizes(), (window.width(), window.height())
            assert size != (1280, 800)
            window.close()
            again = MainWindow(desk.desk, EventBridge(desk.bus), desk.gateway.label, desk.account)
            qtbot.addWidget(again)
            again.show()
            await asyncio.sleep(0.05)
            assert (again.width(), again.height()) == size
            assert again.splitter.sizes() == sizes
            assert again.queue.table.columnWidth(Column.CITIZEN) == 222
            again.shutdown()
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_f1_lists_the_shortcuts(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            action = window.actions_by_name["shortcuts"]
            assert [k.toString() for k in action.shortcuts()] == ["F1", "Ctrl+/"]
            action.trigger()
            await until(lambda: getattr(window, "shortcut_list", None) is not None)
            rows = dict(window.shortcut_list.rows())
            keys = {what: key for key, what in rows.items()}
            assert keys["Ticket ▸ Next ticket"] == "Ctrl+J"
            assert keys["Ticket ▸ Send"].startswith("Ctrl+Return")
            assert keys["Help ▸ Keyboard shortcuts"] == "F1, Ctrl+/"
            assert "canned reply" in rows["/"] and "clear the search" in rows["Esc"]
            window.shortcut_list.close()
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_previews_close_by_keyboard_and_with_another_citizens_ticket(qtbot, qloop, config, clock, tmp_path,
                                                                     monkeypatch):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            network.says(JAVIER, "Hola")
            network.says(MARTA, "Us adjunto el certificat", file="certificat.pdf")
            network.says(MARTA, "", file="nota-veu.oga")
            marta = await ticket_shown(window, network, MARTA)
            model = window.thread_model
            await until(lambda: model.rowCount() >= 2 and all(
                a.state == "done" for r in range(model.rowCount()) for a in model.index(r).data(MessageRole.ROW).attachments))
            pdf, voice = [a for m in desk.store.thread(marta.id) for a in m.attachments]

            for keys in ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                         (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)):
                preview = window.ticket.open_attachment(pdf.id)
                await until(lambda: preview.preview is not None)
                preview.activateWindow()
                await until(preview.isActiveWindow)
                qtbot.keyClick(preview, *keys)
                await until(lambda: not shiboken6.isValid(preview))

            player = window.ticket.open_attachment(voice.id)
            assert player.width() <= 480 and player.height() <= 160  # a small player
            document = window.ticket.open_attachment(pdf.id)
            assert (document.width(), document.height()) == (820, 640)

            # No program for the file: Open with… says so (here: an opener that finds none).
            await until(lambda: document.preview is not None)
            opener = tmp_path / "bin" / "xdg-open"
            opener.parent.mkdir()
            opener.write_text("#!/bin/sh\necho \"no method available for opening '$1'\" >&2\nexit 3\n")
            opener.chmod(0o755)
            monkeypatch.setenv("PATH", str(opener.parent))
            document.preview.open_with_action.trigger()
            await until(lambda: "No program on this computer opens" in document.preview.notice)
            monkeypatch.setenv("PATH", str(tmp_path / "empty"))
            await until(lambda: player.preview is not None)
            player.preview.open_with_action.trigger()
            assert "No program on this computer opens" in player.preview.notice  # no opener at all: at once

            # Another citizen's ticket: Marta's files close; the previews do not outlive her.
            javier = desk.store.active_ticket_for(str(network.account.id), JAVIER)
            window.select_ticket(javier.id)
            await until(lambda: not shiboken6.isValid(player) and not shiboken6.isValid(document))
            assert window.ticket.previews == []
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_a_new_ticket_beyond_the_loaded_page_leaves_the_long_queue_as_it_is(qtbot, qloop, config, clock,
                                                                           monkeypatch):
    """A long queue: a ticket that sorts after every loaded row does not reset the table
    (the agent's place and selection stay, no page read again); scrolling on finds it."""
    from deskclient.net.demo import DemoCitizen
    from deskclient.ui import queue_model
    monkeypatch.setattr(queue_model, "PAGE", 30)  # more than the table shows: nothing fetched on its own

    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            window.queue.tabs.setCurrentIndex(4)  # All
            for user_id in [*range(2000, 2031), 3000]:
                user = network.server.add_user("Veí", str(user_id), phone=f"+3462{user_id:07d}", user_id=user_id)
                network.citizens[user_id] = DemoCitizen(user, [], [])
            for k in range(31):
                network.says(2000 + k, "Bon dia")
                clock.advance(timedelta(minutes=1))
            await until(lambda: window.queue_model.rowCount() == 30 and window.queue_model.canFetchMore())
            await until(lambda: window.desk.store.active_ticket_for(str(network.account.id), 2030) is not None)
            await until(lambda: not window._pending_changes and (window._applying is None
                                                                 or window._applying.done()))  # all shown
            chosen = window.queue_model.ticket_at(5).id
            assert window.select_ticket(chosen)
            resets = []
            window.queue_model.modelReset.connect(lambda: resets.append(1))
            network.says(3000, "Hola")
            await until(lambda: window.desk.store.active_ticket_for(str(network.account.id), 3000) is not None)
            newest = window.desk.store.active_ticket_for(str(network.account.id), 3000).id
            await until(lambda: any(shown[2] == newest for shown in window.notifier.shown))
            assert resets == [] and window.queue_model.rowCount() == 30
            assert window.queue.current_ticket_id() == chosen
            window.queue_model.fetchMore()
            ids = [window.queue_model.ticket_at(n).id for n in range(window.queue_model.rowCount())]
            assert len(ids) == 32 and len(set(ids)) == 32 and ids[-1] == newest
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())
