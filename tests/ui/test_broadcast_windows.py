"""The broadcasts' windows (issue 12 items 3, 5 and 6), offscreen, on the simulated Telegram
under the real gateway: the composer's counts per language, a refused file type and a
scheduled time; the list and the report following the sending live (progress bar,
failures with their reason, unsubscribed along the way), the CSV export; a channel post's
link in the report, its edit and its deletion from the window."""

from __future__ import annotations

import asyncio
import csv
from datetime import timedelta, timezone
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QMainWindow

from deskclient.app import build_desk
from deskclient.errors import UserFacingError
from deskclient.net.demo import DemoNetwork
from deskclient.resources import sample_file
from deskclient.store.broadcast_records import SCHEDULED
from deskclient.ui.bridge import EventBridge
from deskclient.ui.broadcast_composer import (
    BroadcastComposer,
    formatted_html,
    markup_of,
)
from deskclient.ui.broadcast_models import BroadcastListModel, Column
from deskclient.ui.broadcast_report import BroadcastsWindow, install_broadcasts_menu
from tests.services.test_broadcast_lists import make_config
from tests.waiting import until

pytestmark = pytest.mark.gui

SUBSCRIPTIONS = [("Giulia", "MI ISCRIVO"), ("Marco", "MI ISCRIVO EMERGENZE"), ("Pau", "M'APUNTO"),
                 ("Ane", "HARPIDETZEN NAIZ"), ("Claire", "JE M'INSCRIS"), ("John", "SUBSCRIBE EVENTS")]


class Scene:
    def __init__(self, desk, network, bridge) -> None:
        self.desk, self.network, self.bridge = desk, network, bridge
        self.server = network.server
        self.users = {}

    async def subscribe(self, name: str, keyword: str):
        user = self.users[name] = self.server.add_user(name)
        self.server.user_sends(user, self.network.account, keyword)
        account = str(self.network.account.id)
        await until(lambda: self.desk.store.subscriber(account, user.id) is not None)
        return user


@pytest.fixture(autouse=True)
def a_closed_dialog_ends_nothing(qapp):
    """As the app runs (ui/run.py): the composer closing is not the application's end."""
    qapp.setQuitOnLastWindowClosed(False)
    yield
    qapp.setQuitOnLastWindowClosed(True)


def on_the_desk(config, clock, body, qloop):
    async def scenario():
        network = DemoNetwork(pace=0, answer_delay=0, templates=config["templates"], clock=clock)
        desk = build_desk(config, lambda c: network.gateway(config, c), clock=clock)
        bridge = EventBridge(desk.bus)
        await desk.start()
        await desk.gateway.wait_online()
        try:
            return await body(Scene(desk, network, bridge))
        finally:
            await network.stop()
            await desk.stop()
            bridge.deleteLater()

    return qloop.run_until_complete(scenario())


def test_the_composer_counts_per_language_refuses_a_file_and_schedules(qtbot, qloop, tmp_path, clock):
    refused = tmp_path / "programa.exe"
    refused.write_bytes(b"MZ\x90\x00 not for citizens")
    disguised = tmp_path / "foto.jpg"
    disguised.write_bytes(b"%PDF-1.4 a PDF under a picture's name")

    async def body(scene: Scene):
        for name, keyword in SUBSCRIPTIONS:
            await scene.subscribe(name, keyword)
        broadcasts = scene.desk.broadcasts
        composer = BroadcastComposer(broadcasts, scene.desk.rules.calendar.tz)
        qtbot.addWidget(composer)
        composer.show()
        composer.topic_boxes["Emergencies"].setChecked(True)
        await composer.refresh_preview()
        # Nobody but the five who chose emergencies (John chose events only); with the
        # Italian text alone every one of them gets it in Italian, the default.
        composer.set_text("it", "**Allerta** meteo: vento forte")
        composer.default_box.setCurrentIndex(composer.default_box.findData("it"))  # the desk's is Catalan
        assert composer.counts_by_language() == {"it": (2, "it"), "ca": (1, "it"), "eu": (1, "it"), "fr": (1, "it")}
        assert composer.summary.text() == ("Subscribers who will get it: 5. "
                                           "Urgent: it goes before the rest of any broadcast being sent.")
        composer.set_text("ca", "Alerta: vent fort")
        composer.set_text("fr", "Alerte : vent fort")
        assert composer.counts_by_language() == {"it": (2, "it"), "ca": (1, "ca"), "eu": (1, "it"), "fr": (1, "fr")}
        table = {composer.counts.item(r, 0).text(): (composer.counts.item(r, 1).text(), composer.counts.item(r, 2).text())
                 for r in range(composer.counts.rowCount())}
        assert table == {"italiano": ("2", "italiano"), "català": ("1", "català"),
                         "euskara": ("1", "italiano, the default"), "français": ("1", "français")}
        composer.topic_boxes["Events"].setChecked(True)
        await composer.refresh_preview()
        assert composer.counts_by_language()["en"] == (1, "it") and "get it: 6." in composer.summary.text()
        composer.texts.setCurrentIndex(list(broadcasts.languages).index("it"))
        assert "<b>Allerta</b> meteo" in composer.formatted.text()  # as subscribers will see it

        # A refused type is never attached, with the reason, before anything is sent.
        assert not composer.set_file(refused)
        assert "programa.exe cannot be broadcast: files of type .exe are not accepted" in composer.error_label.text()
        assert not composer.set_file(disguised)  # by its content too
        assert "the content is" in composer.error_label.text() and composer.file is None
        assert composer.set_file(sample_file("certificat.pdf")) and "certificat.pdf" in composer.file_label.text()

        # A time that has passed is refused; a later one schedules it.
        now = broadcasts.clock.now()
        composer.schedule(now - timedelta(hours=1))
        with pytest.raises(UserFacingError, match="That time has passed"):
            await composer.submit()
        when = (now + timedelta(hours=3)).replace(second=0, microsecond=0)
        composer.schedule(when)
        assert composer.send_button.text() == "Schedule"
        composed = []
        composer.composed.connect(composed.append)
        broadcast_id = await composer.submit()
        assert composed == [broadcast_id]
        stored = broadcasts.broadcast(broadcast_id)
        assert stored.state == SCHEDULED and stored.send_at == when and stored.file_name == "certificat.pdf"
        assert stored.languages == ("it", "ca", "fr") and stored.topics == ("Emergencies", "Events")
        assert broadcasts.report(broadcast_id).texts["it"] == (
            "Allerta meteo: vento forte", [{"_": "MessageEntityBold", "offset": 0, "length": 7}])
        await asyncio.sleep(0.3)
        assert all(len(scene.server.received_by(scene.network.account, u)) == 1 for u in scene.users.values())

    on_the_desk(make_config(tmp_path), clock, body, qloop)


def test_the_report_follows_the_sending_live_and_exports_csv(qtbot, qloop, tmp_path, clock):
    async def body(scene: Scene):
        for n in range(24):
            await scene.subscribe(f"Citizen {n}", "MI ISCRIVO" if n % 3 else "M'APUNTO")
        await until(lambda: all(scene.server.received_by(scene.network.account, u) for u in scene.users.values()))
        scene.server.user_blocks(scene.users["Citizen 5"], scene.network.account)  # after the confirmation
        window = BroadcastsWindow(scene.desk.broadcasts, scene.desk.rules.calendar.tz, scene.bridge)
        qtbot.addWidget(window)
        window.show()
        assert window.subscribers.text().startswith("Subscribers: 24 — italiano 16 · català 8")
        values = []
        window.bar.valueChanged.connect(values.append)
        broadcast_id = await scene.desk.broadcasts.compose({"it": "Avviso", "ca": "Avís"}, ["Emergencies"])
        await until(lambda: window.model.row_of(broadcast_id) is not None)  # the event brought it
        window.select(broadcast_id)
        await until(lambda: window.model.broadcast_at(0).state == "done", timeout=15)
        figures = window.model.broadcast_at(0).figures
        assert (figures.total, figures.sent, figures.failed, figures.unsubscribed) == (24, 23, 1, 1)
        assert window.bar.value() == window.bar.maximum() == 24
        assert any(0 < v < 24 for v in values)  # it moved while sending, not just at the end
        assert window.model.index(0, Column.PROGRESS).data() == "24/24"
        assert window.figure_labels["failed"].text() == "1" and window.figure_labels["unsubscribed"].text() == "1"
        assert window.failures.item(0, 0).text() == "blocked the service account"
        assert "Broadcast 1 · done" in window.title.text()
        assert window.subscribers.text().startswith("Subscribers: 23")  # the one who blocked it left

        path = tmp_path / "report.csv"
        await window.export_to(broadcast_id, path)
        rows = list(csv.reader(path.open(encoding="utf-8")))
        assert rows[0] == ["recipient", "language", "state", "reason", "unsubscribed", "sent_at", "tries"]
        assert len(rows) == 25 and sum(r[2] == "failed" for r in rows) == 1
        assert window.statusBar().currentMessage() == f"Exported to {path}"

    on_the_desk(make_config(tmp_path, **{"lists.rate": 12}), clock, body, qloop)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: the menu raises the window
def test_a_channel_post_its_link_edit_and_deletion_from_the_window(qtbot, qloop, tmp_path, clock):
    async def body(scene: Scene):
        channel = scene.server.add_channel("Generalitat de Catalunya", "gencat", admins=(scene.network.account,))
        main = QMainWindow()  # the main window's Broadcasts menu, a lead's
        qtbot.addWidget(main)
        menu_action = install_broadcasts_menu(main, scene.desk, scene.bridge)
        assert menu_action.text() == "Broadcasts and &channel posts…"
        menu_action.trigger()
        window = main.broadcasts_window()
        qtbot.addWidget(window)
        assert window.isVisible() and window.new_button.isEnabled()
        assert install_broadcasts_menu(QMainWindow(), SimpleNamespace(broadcasts=SimpleNamespace(
            may_compose=False))) is None  # an agent has no such menu
        composer = window.open_composer()
        composer.set_text("ca", "Nou **tràmit** en línia")
        composer.channel_box.setChecked(True)
        composer.channel_name.setText("@gencat")
        assert "No topic chosen" in composer.summary.text() and "posted to @gencat too" in composer.summary.text()
        composer.set_text("es", "Nuevo trámite en línea")  # every language's text goes into the one post
        assert composer.summary.text().endswith("posted to @gencat too, in català, español.")
        composer.set_text("es", "")
        assert composer.summary.text().endswith("posted to @gencat too, in català.")
        broadcast_id = await composer.submit()
        await until(lambda: "https://t.me/gencat/1" in window.channel_line.text())
        assert window.shown_id == broadcast_id and window.channel_box.isVisible()
        assert "posted" in window.channel_line.text()
        window.edit_post(broadcast_id, "Nou **tràmit** en línia: la sol·licitud d'ajuts")
        await until(lambda: scene.server.channel_posts(channel.id)[0].message
                    == "Nou tràmit en línia: la sol·licitud d'ajuts")
        await until(lambda: "edited" in window.channel_line.text())
        post = scene.desk.broadcasts.channels.channel_post(broadcast_id)
        assert markup_of(post.text, post.entities) == "Nou **tràmit** en línia: la sol·licitud d'ajuts"
        window.delete_post(broadcast_id)
        await until(lambda: "deleted from the channel" in window.channel_line.text())
        assert scene.server.channel_posts(channel.id) == []
        assert not window.edit_post_button.isEnabled() and "t.me" not in window.channel_line.text()

    on_the_desk(make_config(tmp_path), clock, body, qloop)


def test_the_list_model_passes_the_model_tester(qtmodeltester, clock):
    from deskclient.store.broadcast_records import BroadcastFigures, BroadcastRow
    rows = [BroadcastRow(n, clock.now(), "anna", ("Emergencies",), ("it", "ca"), "it", clock.now(), "sending",
                         clock.now(), None, f"Avviso {n}", None, BroadcastFigures(10, 4, 5, 1, 0, 0, 1))
            for n in (3, 2, 1)]
    model = BroadcastListModel(timezone.utc, page=3)
    fetched = []
    model.fetchRequested.connect(lambda: fetched.append(True))
    model.reset(rows)
    qtmodeltester.check(model)
    assert model.index(0, Column.PROGRESS).data() == "6/10"
    assert model.update(2, "done", BroadcastFigures(10, 0, 9, 1, 0, 0, 1))
    assert model.index(1, Column.STATE).data() == "done" and not model.update(99, "done", BroadcastFigures())
    assert formatted_html("a <b>", [{"_": "MessageEntityItalic", "offset": 0, "length": 1}]) == "<i>a</i> &lt;b&gt;"


def test_the_lead_sees_an_emergency_go_first(qtbot, qloop, tmp_path, clock):
    """Composing to Emergencies says it goes first; the report of a 'Town information'
    broadcast being sent says it waits while the emergency goes, and stops saying so
    once the emergency is out; one whose channel is not connected yet says so."""
    async def body(scene: Scene):
        for n in range(4):
            await scene.subscribe(f"Citizen {n}", "MI ISCRIVO")
        await until(lambda: all(scene.server.received_by(scene.network.account, u) for u in scene.users.values()))
        broadcasts, store = scene.desk.broadcasts, scene.desk.store
        composer = BroadcastComposer(broadcasts, scene.desk.rules.calendar.tz)
        qtbot.addWidget(composer)
        composer.topic_boxes["Town information"].setChecked(True)
        await composer.refresh_preview()
        assert "Urgent" not in composer.summary.text()
        composer.topic_boxes["Emergencies"].setChecked(True)
        await composer.refresh_preview()
        assert composer.summary.text().endswith("Urgent: it goes before the rest of any broadcast being sent.")

        scene.desk.outbox.pause(3600)  # a flood wait: nothing goes while both are being sent
        news = await broadcasts.compose({"it": "Mercato sabato"}, ["Town information"])
        alert = await broadcasts.compose({"it": "Allerta meteo"}, ["Emergencies"])
        store.expand_due_broadcasts(clock.now(), [str(scene.network.account.id)])
        window = BroadcastsWindow(broadcasts, scene.desk.rules.calendar.tz, scene.bridge)
        qtbot.addWidget(window)
        window.select(news)
        assert "sending · waiting while an urgent broadcast goes first ·" in window.title.text()
        window.select(alert)
        assert "waiting" not in window.title.text()
        # A desk of two channels, WhatsApp's not connected yet: its subscribers come later.
        market = await broadcasts.compose({"it": "Mercatino"}, ["Events"])
        store.expand_due_broadcasts(clock.now(), [str(scene.network.account.id)], ["whatsapp"])
        await until(lambda: window.model.row_of(market) is not None)  # the event brought it
        window.select(market)
        assert "· waiting for WhatsApp to connect ·" in window.title.text()  # (and held back too)
        scene.desk.outbox._paused_until = 0.0  # the hour is over
        scene.desk.broadcasts.sender.kick()
        await until(lambda: broadcasts.broadcast(news).state == "done", 10)
        window.select(news)
        assert "waiting" not in window.title.text() and "done" in window.title.text()

    on_the_desk(make_config(tmp_path), clock, body, qloop)
