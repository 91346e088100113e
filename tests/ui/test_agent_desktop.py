"""The agent desktop as an agent uses it: clicks in bubbles, files, canned replies,
notifications, keyboard, long threads and, in team mode, other workstations' changes."""

import asyncio
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from deskclient.app import build_desk
from deskclient.domain.tickets import Role
from deskclient.net.demo import DemoNetwork
from deskclient.resources import sample_file
from deskclient.ui.bridge import EventBridge
from deskclient.ui.main_window import MainWindow
from deskclient.ui.thread_model import MessageRole
from tests.waiting import until

pytestmark = pytest.mark.gui

MARTA, JAVIER = 1001, 1002




async def open_desk(config, clock, qtbot, role=Role.AGENT):
    network = DemoNetwork(pace=0, answer_delay=0, templates=config["templates"], clock=clock)
    config = config.with_values({"agent.role": role.value})
    desk = build_desk(config, lambda c: network.gateway(config, c), clock=clock)
    window = MainWindow(desk.desk, EventBridge(desk.bus), desk.gateway.label, desk.account)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    await desk.start()
    await desk.gateway.wait_online()
    return network, desk, window


async def ticket_shown(window, network, user_id):
    account = str(network.account.id)
    await until(lambda: window.desk.store.active_ticket_for(account, user_id) is not None)
    ticket = window.desk.store.active_ticket_for(account, user_id)
    await until(lambda: window.select_ticket(ticket.id))
    await until(lambda: window.ticket.ticket_id == ticket.id)
    return ticket


def anchor_point(view, row, prefix):
    """Where in the bubble at `row` a link starting with `prefix` can be clicked."""
    index = view.model().index(row)
    rect = view.visualRect(index)
    option = QStyleOptionViewItem()
    option.rect = rect
    message = index.data(MessageRole.ROW)
    for y in range(rect.top(), rect.bottom(), 3):
        for x in range(rect.left(), rect.right(), 4):
            if view.bubbles.anchor_at(option, message, QPoint(x, y)).startswith(prefix):
                return QPoint(x, y)
    raise AssertionError(f"no {prefix} link in row {row}")


def test_click_on_a_reply_quote_jumps_to_the_quoted_message(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            network.says(JAVIER, "El rebut de la taxa no arriba")
            for n in range(30):  # enough to push the quoted one out of sight
                network.says(JAVIER, f"Missatge {n}")
            network.says(JAVIER, "Alguna novetat?", reply_to_own=0)
            await ticket_shown(window, network, JAVIER)
            view, model = window.ticket.view, window.thread_model
            await until(lambda: model.rowCount() >= 33 and model.index(model.rowCount() - 1).data(
                MessageRole.ROW).text == "Alguna novetat?")
            view.scrollToBottom()
            await asyncio.sleep(0.05)
            last = model.rowCount() - 1
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=anchor_point(view, last, "quote:"))
            await until(lambda: any(model.index(r).data(MessageRole.HIGHLIGHT) for r in range(model.rowCount())))
            [row] = [r for r in range(model.rowCount()) if model.index(r).data(MessageRole.HIGHLIGHT)]
            assert model.index(row).data(MessageRole.ROW).text == "El rebut de la taxa no arriba"
            assert view.viewport().rect().intersects(view.visualRect(model.index(row)))  # scrolled into view
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_click_on_a_pdf_in_the_thread_opens_its_preview(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            network.says(MARTA, "Us adjunto el certificat", file="certificat.pdf")
            await ticket_shown(window, network, MARTA)
            model, view = window.thread_model, window.ticket.view
            # Filed at once, shown arriving; the link comes once the file is fetched.
            await until(lambda: model.rowCount() >= 1 and [
                a.state for a in model.index(0).data(MessageRole.ROW).attachments] == ["done"])
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=anchor_point(view, 0, "file:"))
            await until(lambda: window.ticket.previews)
            preview = window.ticket.previews[-1].preview
            assert preview.page_count == 2 and "Sol·licitud de certificat digital" in preview.page_text(0)
            # Headed by the name the citizen sent, not the one on disk (it has a unique prefix).
            assert preview.path.name != "certificat.pdf" and preview.path.name.endswith("certificat.pdf")
            assert preview.name_label.text() == "certificat.pdf" == preview.file_name
            assert window.ticket.previews[-1].windowTitle() == "certificat.pdf"
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


async def failed_reply_shown(network, desk, window, text: str = "Resposta que falla") -> int:
    """Marta writes, an agent's reply to her is refused; its row in the thread."""
    network.says(MARTA, "Hola")
    ticket = await ticket_shown(window, network, MARTA)
    await desk.outbox.stop()
    message_id = await desk.desk.reply(ticket.id, text)
    desk.store.mark_failed(message_id, "Telegram refused it")
    model = window.thread_model
    await until(lambda: model.index(model.rowCount() - 1).data(MessageRole.ROW).delivery == "failed")
    desk.outbox.start()
    return model.rowCount() - 1


def test_failed_reply_shows_retry_and_a_click_sends_it(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            row = await failed_reply_shown(network, desk, window)
            model, view = window.thread_model, window.ticket.view
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=anchor_point(view, row, "retry:"))
            await until(lambda: "Resposta que falla" in network.received(MARTA))
            await until(lambda: model.index(row).data(MessageRole.ROW).delivery == "sent")
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_edited_message_shows_its_earlier_text_on_demand(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            channel_message_id = network.says(MARTA, "Tinc un problema amb el pagamet")
            await ticket_shown(window, network, MARTA)
            network.server.user_edits(network.citizens[MARTA].user, network.account, channel_message_id,
                                      "Tinc un problema amb el pagament")
            model, view = window.thread_model, window.ticket.view
            await until(lambda: model.index(0).data(MessageRole.ROW).edited_at is not None)
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=anchor_point(view, 0, "history:"))
            await until(lambda: getattr(window.ticket, "_history", None) is not None)
            assert "Tinc un problema amb el pagamet" in window.ticket._history.text()
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_files_are_checked_before_sending_and_reach_the_citizen(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            network.says(MARTA, "Em podeu enviar el certificat?")
            await ticket_shown(window, network, MARTA)
            composer = window.composer
            composer.attach([sample_file("formulari.docx")])
            assert "formulari.docx" in composer.error_label.text() and composer.files == []
            composer.attach([sample_file("certificat.pdf")])
            assert composer.files == [sample_file("certificat.pdf")] and "certificat.pdf" in composer.files_label.text()
            composer.edit.setPlainText("Aquí el teniu")
            composer.send_button.click()
            user = network.citizens[MARTA].user
            await until(lambda: network.server.files_received_by(network.account, user))
            [(name, data)] = network.server.files_received_by(network.account, user)
            assert name == "certificat.pdf" and data == sample_file("certificat.pdf").read_bytes()
            assert composer.files == []
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_canned_reply_in_the_citizens_language_with_placeholders(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot, role=Role.LEAD)
        try:
            lead = desk.desk.agent
            desk.store.save_canned("Greeting", "ca", "Bon dia {citizen}, sóc {agent} ({ticket}).", lead)
            desk.store.save_canned("Greeting", "es", "Buenos días {citizen}, soy {agent} ({ticket}).", lead)
            network.says(JAVIER, "Hola, tengo un problema con el pago")
            ticket = await ticket_shown(window, network, JAVIER)
            action, _separator, manage = window.composer.canned_menu.actions()  # a lead's: Manage… too
            assert action.text() == "Greeting\t/greeting" and manage.text() == "&Manage canned replies…"
            action.trigger()
            assert window.composer.text() == f"Buenos días Javier López, soy anna ({ticket.number})."
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_notifications_for_new_tickets_and_my_tickets_open_the_ticket(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            network.says(MARTA, "Bon dia")
            await until(lambda: window.notifier.shown)
            assert window.notifier.shown[0][0] == "New ticket" and "Marta Puig" in window.notifier.shown[0][1]
            marta = desk.store.active_ticket_for(str(network.account.id), MARTA)
            await desk.desk.claim(marta.id)
            network.says(JAVIER, "Hola")
            await until(lambda: len(window.notifier.shown) == 2)
            window.select_ticket(desk.store.active_ticket_for(str(network.account.id), JAVIER).id)
            network.says(MARTA, "Hi sou?")  # on my ticket, while I look at another one
            await until(lambda: window.notifier.shown[-1][0] == "New message")
            assert window.notifier.shown[-1][1] == f"Marta Puig wrote on {marta.number}"
            assert "Hi sou" not in str(window.notifier.shown)  # names and numbers, never the text
            window.notifier.tray.messageClicked.emit()
            await until(lambda: window.ticket.ticket_id == marta.id)
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_keyboard_next_ticket_views_and_counts(qtbot, qloop, config, clock, qtmodeltester):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            for user in (MARTA, JAVIER, 1003):
                network.says(user, "Bon dia")
            await until(lambda: window.queue_model.rowCount() == 3)
            qtmodeltester.check(window.queue.proxy)
            window.actions_by_name["next"].trigger()
            first = window.ticket.ticket_id
            window.actions_by_name["next"].trigger()
            assert window.ticket.ticket_id not in (None, first)
            await desk.desk.claim(window.ticket.ticket_id)
            await until(lambda: window.queue.tabs.tabText(0).startswith("Mine 1"))
            window.actions_by_name["mine"].trigger()
            assert window.queue_model.rowCount() == 1
            window.actions_by_name["unassigned"].trigger()
            assert window.queue_model.rowCount() == 2
            await until(lambda: window.queue.tabs.tabText(1) == "Unassigned 2 (1)")  # the one opened is read
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_a_new_message_on_a_read_ticket_shows_in_the_tab_counts(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        tabs = window.queue.tabs
        all_tab = tabs.count() - 1
        try:
            network.says(MARTA, "Primer")
            marta = await ticket_shown(window, network, MARTA)  # opened: read
            network.says(JAVIER, "Hola")
            await ticket_shown(window, network, JAVIER)  # the agent moves on to Javier's
            await until(lambda: tabs.tabText(all_tab).endswith(" 2"))  # nothing unread
            network.says(MARTA, "Segon")  # on her existing ticket, which is not open
            await until(lambda: desk.store.ticket(marta.id).unread == 1)
            await until(lambda: tabs.tabText(all_tab).endswith(" 2 (1)"), timeout=2)
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_long_thread_opens_on_its_newest_messages_and_loads_older_on_scroll(qtbot, qloop, config, clock,
                                                                           qtmodeltester):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            network.says(MARTA, "primer")
            ticket = await ticket_shown(window, network, MARTA)
            agent = desk.desk.agent
            for n in range(450):
                clock.advance(timedelta(seconds=1))
                desk.store.add_note(ticket.id, f"nota {n}", agent)
            window.ticket.show_ticket(ticket.id)
            model = window.thread_model
            assert model.rowCount() == 50  # opens at once on its newest messages
            assert model.index(49).data(MessageRole.ROW).text == "nota 449"
            bar = window.ticket.view.verticalScrollBar()
            bar.setValue(0)
            await until(lambda: model.rowCount() == 250)
            assert model.index(0).data(MessageRole.ROW).text == "nota 200"
            assert bar.value() > 0  # still looking at the same message, not at the oldest
            bar.setValue(0)
            await until(lambda: model.rowCount() == 450)
            qtmodeltester.check(model)
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


async def quote_after_notes(window, network, desk, clock, notes: int):
    """Marta's first message, `notes` internal notes, then her reply quoting the first;
    the ticket opened afresh (its newest messages only). Returns (model, view)."""
    network.says(MARTA, "El meu primer missatge")
    ticket = await ticket_shown(window, network, MARTA)
    with desk.store.db.atomic():  # a long conversation since, filed at once
        for n in range(notes):
            clock.advance(timedelta(seconds=1))
            desk.store.add_note(ticket.id, f"nota {n}", desk.desk.agent)
    network.says(MARTA, "Ho deia al principi", reply_to_own=0)
    model, view = window.thread_model, window.ticket.view
    await until(lambda: model.rowCount() and model.index(model.rowCount() - 1).data(
        MessageRole.ROW).text == "Ho deia al principi")
    window.ticket.show_ticket(ticket.id)
    assert model.rowCount() == 50
    return model, view


async def click_the_last_quote(qtbot, view, model) -> None:
    view.scrollToBottom()
    await asyncio.sleep(0.05)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=anchor_point(view, model.rowCount() - 1, "quote:"))


def test_a_quote_thousands_of_messages_back_jumps_there_in_one_load(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            model, view = await quote_after_notes(window, network, desk, clock, 2_500)
            await click_the_last_quote(qtbot, view, model)
            await until(lambda: any(model.index(r).data(MessageRole.HIGHLIGHT) for r in range(model.rowCount())))
            [row] = [r for r in range(model.rowCount()) if model.index(r).data(MessageRole.HIGHLIGHT)]
            assert model.index(row).data(MessageRole.ROW).text == "El meu primer missatge"
            assert window.ticket.composer.error_label.text() == ""
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_a_quote_too_far_back_says_so_instead_of_freezing(qtbot, qloop, config, clock, monkeypatch):
    from deskclient.ui import thread_model
    monkeypatch.setattr(thread_model, "QUOTE_REACH", 100)  # 5,000 in the app: same path, smaller

    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            model, view = await quote_after_notes(window, network, desk, clock, 300)
            await click_the_last_quote(qtbot, view, model)
            await until(lambda: window.ticket.composer.error_label.text() != "")
            assert window.ticket.composer.error_label.text() == (
                "The quoted message is 253 messages back, too far to jump to: its text is in the quote.")
            assert model.rowCount() == 50  # nothing more was loaded
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


@pytest.mark.postgres
def test_team_mode_another_workstations_ticket_appears_within_a_second(qtbot, qloop, team_db, config, clock):
    """Two agents on their own database logins (real roles), the service filing."""
    import time

    from deskclient.net.no_session import NullGateway
    from deskclient.store.database import open_database
    from deskclient.store.repository import TicketStore

    async def scenario():
        def workstation(name):
            return build_desk(config.with_values({"database.url": team_db.add(name)}),
                              lambda c: NullGateway(), clock=clock, mode="window")

        here = workstation("anna")
        window = MainWindow(here.desk, EventBridge(here.bus), here.gateway.label)
        qtbot.addWidget(window)
        await asyncio.to_thread(here.team_listener.start)
        there = workstation("pau")
        service = TicketStore(open_database(team_db.add("server", service=True)), clock)
        try:
            from tests.factories import citizen, inbound
            started = time.monotonic()
            await there.runner.run(service.ingest, inbound(citizen(77), clock.now(), "Hola"), there.rules)
            await until(lambda: window.queue_model.rowCount() == 1, timeout=1.0)
            assert time.monotonic() - started < 1.0
            ticket_id = window.queue_model.ticket_at(0).id
            await there.desk.claim(ticket_id)
            await until(lambda: window.queue_model.ticket_at(0).assignee_login == team_db.login("pau"),
                        timeout=1.0)
        finally:
            window.shutdown()
            service.close()
            await there.stop()
            await here.stop()

    qloop.run_until_complete(scenario())
