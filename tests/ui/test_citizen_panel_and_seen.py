"""Issue 15 items 9 and 10 in the agent's window, on the simulated Telegram under the real
gateway: the citizen panel beside the thread (who, language, username, earlier tickets
to read, notes), "seen" on what the citizen read, "typing…" while they type, a voice
note played inside its bubble with its length, a video's frame with its length."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from deskclient.domain.bidi import isolate
from deskclient.ui.citizen_panel import TICKET_ID
from deskclient.ui.thread_model import MessageRole
from tests.ui.test_agent_desktop import MARTA, anchor_point, open_desk, ticket_shown
from tests.waiting import until

pytestmark = pytest.mark.gui

IKER = 1005


def rows(model):
    return [model.index(r).data(MessageRole.ROW) for r in range(model.rowCount())]


def last_reply(window):
    """The thread's last reply; the thread shows a change a moment after the store made
    it (its reads are on the store's thread), so right after a reply: maybe none yet."""
    replies = [m for m in rows(window.thread_model) if m.kind == "out"]
    return replies[-1] if replies else None


def test_seen_and_typing_from_the_citizens_app(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        server, account = network.server, network.account
        marta = network.citizens[MARTA].user
        network.citizens[MARTA].thanks.clear()  # the test plays her app, not the demo's script
        try:
            network.says(MARTA, "Bon dia, no puc signar")
            ticket = await ticket_shown(window, network, MARTA)
            await desk.desk.reply(ticket.id, "Bon dia Marta, ara ho mirem.")
            await until(lambda: last_reply(window) is not None and last_reply(window).delivery == "sent")
            assert last_reply(window).seen is False
            typing = window.ticket.typing

            server.user_types(marta, account)
            await until(lambda: typing.typing)
            assert typing.text() == f"{isolate('Marta Puig')} is typing…"
            server.user_types(marta, account, typing=False)  # stopped without sending
            await until(lambda: not typing.typing)

            server.user_reads(marta, account)
            await until(lambda: last_reply(window).seen)
            model = window.thread_model
            index = model.index(model.rowCount() - 1)
            assert "✓✓ seen" in index.data(Qt.ItemDataRole.DisplayRole)
            assert "seen" in index.data(Qt.ItemDataRole.AccessibleDescriptionRole)
            doc = window.ticket.view.bubbles.document(index.data(MessageRole.ROW), 400)
            assert "✓✓ seen" in doc.toPlainText()

            typing._expiry.setInterval(150)  # Telegram's ~6 s, shortened: no repeat, it runs out
            server.user_types(marta, account)
            await until(lambda: typing.typing)
            await until(lambda: not typing.typing, timeout=3)

            server.user_types(marta, account)
            await until(lambda: typing.typing)
            network.says(MARTA, "Gràcies")  # the message ends the typing
            await until(lambda: not typing.typing)

            await desk.desk.reply(ticket.id, "Una cosa més")  # sent after the receipt: not seen yet
            await until(lambda: last_reply(window).text == "Una cosa més" and last_reply(window).delivery == "sent")
            assert last_reply(window).seen is False
            server.user_reads(marta, account)
            await until(lambda: last_reply(window).seen)
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_typing_of_another_ticket_is_not_shown(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            network.says(MARTA, "Bon dia")
            network.says(IKER, "Kaixo")
            await ticket_shown(window, network, MARTA)
            await until(lambda: desk.store.active_ticket_for(str(network.account.id), IKER) is not None)
            network.server.user_types(network.citizens[IKER].user, network.account)
            await asyncio.sleep(0.3)
            assert not window.ticket.typing.typing
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_the_citizen_panel_beside_the_thread(qtbot, qloop, qtmodeltester, config, rules, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        server, account = network.server, network.account
        pau = server.add_user("Pau", "Serra", username="pauserra")
        try:
            server.user_sends(pau, account, "Bon dia, vull el certificat d'empadronament")
            first = await ticket_shown(window, network, pau.id)
            await desk.desk.note(first.id, "Viu a Girona des de l'octubre")
            await desk.desk.close(first.id)
            clock.advance(rules.closing.grace + timedelta(minutes=1))
            desk.store.finalize_expired(rules)
            clock.advance(timedelta(days=2))
            server.user_sends(pau, account, "Torno a ser jo: el certificat no m'ha arribat")
            await until(lambda: (t := desk.store.active_ticket_for(str(account.id), pau.id)) is not None
                        and t.id != first.id)
            second = desk.store.active_ticket_for(str(account.id), pau.id)
            window.open_ticket(second.id)
            await until(lambda: window.ticket.ticket_id == second.id)

            panel = window.ticket.citizen_panel
            assert panel.isVisible() and panel.name.text() == isolate("Pau Serra")
            assert panel.username.text() == "@pauserra"
            assert panel.language is window.ticket.language_combo and panel.isAncestorOf(panel.language)
            assert panel.tickets_heading.text() == "Earlier tickets (1)"
            qtmodeltester.check(panel.tickets)
            qtmodeltester.check(panel.notes)
            [earlier] = [panel.tickets.index(r).data(TICKET_ID) for r in range(panel.tickets.rowCount())]
            assert earlier == first.id
            assert first.number in panel.tickets.index(0).data() and "closed" in panel.tickets.index(0).data()
            assert [panel.notes.index(r).data().splitlines()[1] for r in range(panel.notes.rowCount())] == [
                "Viu a Girona des de l'octubre"]

            # A click reads the earlier ticket in a window of its own; reading a closed one is audited.
            view = panel.tickets_view
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(0, 0)).center())
            await until(lambda: first.id in panel.windows)
            reading = panel.windows[first.id]
            assert [m.text for m in rows(reading.model)][0] == "Bon dia, vull el certificat d'empadronament"
            await until(lambda: any(action == "view_closed_ticket" for _, action, _, _ in desk.store.audit_trail(first.id)))
            assert window.ticket.ticket_id == second.id  # the open ticket stays as it was

            # "Add a note…" turns the composer to a note; the note joins the panel's list.
            panel.add_note.click()
            assert window.composer.note_toggle.isChecked()
            window.composer.edit.setPlainText("Li hem tornat a enviar el certificat")
            window.ticket.send()
            await until(lambda: panel.notes.rowCount() == 2)
            assert panel.notes.index(0).data().endswith("Li hem tornat a enviar el certificat")

            # The language, corrected in the panel, is the ticket's and the citizen's.
            combo = panel.language
            combo.setCurrentIndex(combo.findData("es"))
            combo.activated.emit(combo.currentIndex())
            await until(lambda: desk.store.ticket(second.id).language == "es")

            # Another citizen's ticket: the panel follows, the earlier window closes.
            network.says(MARTA, "Bon dia")
            await ticket_shown(window, network, MARTA)
            await until(lambda: not panel.windows)
            assert panel.name.text() == isolate("Marta Puig") and panel.username.text() == "no public username"
            assert panel.tickets_heading.text() == "Earlier tickets (0)" and panel.no_tickets.isVisible()
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_a_voice_note_plays_in_its_bubble_and_a_video_shows_a_frame(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            network.says(IKER, "", file="nota-veu.oga")
            network.says(IKER, "Bideoan ikusten da arazoa.", file="video.mp4")
            await ticket_shown(window, network, IKER)
            model, view, media = window.thread_model, window.ticket.view, window.ticket.media

            def with_file(kind):
                return next((n, m) for n, m in enumerate(rows(model))
                            if m.attachments and m.attachments[0].kind == kind)

            await until(lambda: sum(1 for m in rows(model) if m.attachments and m.attachments[0].state == "done") == 2,
                        timeout=10)
            row, voice = with_file("audio")
            assert voice.attachments[0].duration == 3  # Telegram's attribute, filed with it
            assert "0:03" in view.bubbles.document(voice, 400).toPlainText()

            view.scrollTo(model.index(row))
            await asyncio.sleep(0.05)
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=anchor_point(view, row, "play:"))
            await until(lambda: media.is_playing, timeout=5)
            assert media.current == voice.attachments[0].id
            await until(lambda: "/ 0:03" in view.bubbles.document(voice, 400).toPlainText(), timeout=5)
            await until(lambda: media.current is None, timeout=10)  # played to the end, ready again
            assert not media.is_playing
            assert "/ 0:03" not in view.bubbles.document(voice, 400).toPlainText()
            assert not window.ticket.previews  # no window: it played in the thread

            _, video = with_file("video")
            clip = video.attachments[0]
            assert clip.duration == 2
            await until(lambda: clip.id in media._frames, timeout=10)
            assert media._poster(clip).width() == media._frames[clip.id].width()

            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=anchor_point(view, row, "play:"))
            await until(lambda: media.is_playing, timeout=5)
            window.ticket.show_ticket(None)  # another ticket: the note stops
            assert media.current is None and not media.is_playing
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


@pytest.mark.postgres
def test_team_mode_a_workstation_without_a_session_sees_seen_and_typing(qtbot, qloop, team_db, config, clock):
    """The service (its own login) files the citizen's receipt and announces their typing;
    a workstation without a Telegram session hears both through NOTIFY."""
    from deskclient.app import build_desk
    from deskclient.net.no_session import NullGateway
    from deskclient.store.database import open_database
    from deskclient.store.repository import TicketStore
    from deskclient.ui.bridge import EventBridge
    from deskclient.ui.main_window import MainWindow
    from tests.factories import citizen, inbound

    async def scenario():
        here = build_desk(config.with_values({"database.url": team_db.add("anna")}),
                          lambda c: NullGateway(), clock=clock, mode="window")
        window = MainWindow(here.desk, EventBridge(here.bus), here.gateway.label)
        qtbot.addWidget(window)
        window.show()
        await asyncio.to_thread(here.team_listener.start)
        service = TicketStore(open_database(team_db.add("server", service=True)), clock)
        try:
            ticket_id = service.ingest(inbound(citizen(88, "Marta Puig"), clock.now(), "Hola", channel_message_id=500),
                                       here.rules).ticket_id
            await until(lambda: window.select_ticket(ticket_id))
            await until(lambda: window.ticket.ticket_id == ticket_id)
            reply = service.add_reply(ticket_id, "Bon dia", here.desk.agent)
            service.mark_sent(reply, 501, clock.now())
            await until(lambda: any(m.id == reply and m.delivery == "sent" for m in rows(window.thread_model)))

            await asyncio.to_thread(service.announce_typing, "acct", 88)
            await until(lambda: window.ticket.typing.typing)
            await asyncio.to_thread(service.record_outbox_read, "acct", 88, 501)
            await until(lambda: any(m.id == reply and m.seen for m in rows(window.thread_model)))
        finally:
            window.shutdown()
            service.close()
            await here.stop()

    qloop.run_until_complete(scenario())
