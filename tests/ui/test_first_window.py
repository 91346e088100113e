"""The first window on the demo network: queue, thread, reply, close, live updates."""

import os
import sqlite3
import subprocess
import sys
from datetime import timedelta

import pytest

from deskclient.app import build_desk
from deskclient.net.demo import DemoNetwork
from deskclient.ui.bridge import EventBridge
from deskclient.ui.main_window import MainWindow
from deskclient.ui.queue_model import Column
from tests.waiting import until

pytestmark = pytest.mark.gui




def test_agent_loop_in_the_window(qtbot, qloop, config, clock, qtmodeltester):
    async def scenario():
        demo = DemoNetwork(pace=0, answer_delay=0, templates=config["templates"], clock=clock)
        desk = build_desk(config, lambda c: demo.gateway(config, c), clock=clock)
        bridge = EventBridge(desk.bus)
        window = MainWindow(desk.desk, bridge, desk.gateway.label)
        qtbot.addWidget(window)
        window.show()
        await desk.start()
        try:
            await until(lambda: window.connection_label.text() == "online")
            demo.says(1002, "Hola, tengo un problema con el pago de la tasa")
            await until(lambda: window.queue_model.rowCount() == 1)
            model = window.queue_model
            assert model.index(0, Column.NUMBER).data() == "2026-000001"
            assert model.index(0, Column.CITIZEN).data() == "Javier López (1)"
            assert model.index(0, Column.SLA).data() == "2h 00m"
            qtmodeltester.check(model)

            window.select_ticket(model.ticket_at(0).id)
            await until(lambda: window.thread_model.rowCount() == 2)
            qtmodeltester.check(window.thread_model)
            assert "¡Hola! Hemos abierto la consulta número 2026-000001" in window.thread_model.index(1).data()

            clock.advance(timedelta(minutes=20))
            window.composer.edit.setPlainText("Buenos días, ¿qué error le aparece?")
            window.composer.send_button.click()
            await until(lambda: demo.received(1002)[-1:] == ["Buenos días, ¿qué error le aparece?"])
            await until(lambda: window.thread_model.rowCount() == 4)  # his thanks came in
            assert window.composer.text() == ""
            assert model.index(0, Column.SLA).data() == "answered"

            window.ticket.close_button.click()
            await until(lambda: window.ticket._confirm.isVisible())
            window.ticket._confirm.accept()
            await until(lambda: "Hemos cerrado la consulta 2026-000001" in demo.received(1002)[-1])
            await until(lambda: model.index(0, Column.STATUS).data() == "closing")
            await until(lambda: window.ticket.reopen_button.isEnabled() and not window.ticket.close_button.isEnabled())
            clock.advance(timedelta(minutes=31))
            demo.says(1002, "Perdone, otra pregunta sobre el certificado")
            await until(lambda: window.queue_model.rowCount() == 2)
            numbers = {window.queue_model.ticket_at(r).number: window.queue_model.ticket_at(r).status
                       for r in range(2)}
            assert numbers == {"2026-000001": "closed", "2026-000002": "open"}
            await until(lambda: "2026-000002" in demo.received(1002)[-1])  # a new opening message
        finally:
            window.shutdown()  # the window lets go first, as when the app closes
            await desk.stop()
            window.close()

    qloop.run_until_complete(scenario())


def test_empty_reply_is_refused_in_plain_words(qtbot, qloop, config, clock):
    async def scenario():
        demo = DemoNetwork(pace=0, answer_delay=0, templates=config["templates"], clock=clock)
        desk = build_desk(config, lambda c: demo.gateway(config, c), clock=clock)
        window = MainWindow(desk.desk, EventBridge(desk.bus), desk.gateway.label)
        qtbot.addWidget(window)
        await desk.start()
        try:
            await desk.gateway.wait_online()
            demo.says(1001, "Bon dia")
            await until(lambda: window.queue_model.rowCount() == 1)
            window.select_ticket(window.queue_model.ticket_at(0).id)
            window.composer.edit.setPlainText("   ")
            window.composer.send_button.click()
            await until(lambda: window.error_label.text() == "The reply is empty.")
        finally:
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_deskclient_demo_turns_demo_messages_into_tickets(tmp_path):
    """The real `deskclient --demo`, offscreen, as a newcomer would launch it."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "deskclient", "--demo", "--data-dir", str(tmp_path),
         "--set", "demo.pace=0.05", "--quit-after", "8"],
        capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    con = sqlite3.connect(tmp_path / "demo" / "deskclient.sqlite3")

    def on(channel: str, sql: str, *params) -> tuple:  # one row, over one channel's citizens
        return con.execute(sql, (channel, *params)).fetchone()

    tickets = con.execute("SELECT t.number, t.language FROM ticket t JOIN citizen c ON c.id = t.citizen_id "
                          "WHERE c.channel = 'telegram' ORDER BY t.id").fetchall()
    openings = ("SELECT COUNT(*) FROM message m JOIN citizen c ON c.id = m.citizen_id "
                "WHERE c.channel = ? AND m.notice = 'opening' AND m.delivery = 'sent'")
    files = ("SELECT COUNT(*) FROM attachment a JOIN message m ON m.id = a.message_id "
             "JOIN citizen c ON c.id = m.citizen_id WHERE c.channel = ? AND a.kept = ?")
    assert [lang for _, lang in tickets] == ["ca", "es", "fr", "it", "eu", "ca"]
    first = con.execute("SELECT number FROM ticket ORDER BY id").fetchone()[0]
    assert first == f"{first[:4]}-000001"
    assert on("telegram", openings) == (6,)
    assert con.execute("SELECT COUNT(*) FROM group_left").fetchone() == (1,)
    assert on("telegram", files, True)[0] >= 6
    assert on("telegram", files, False) == (1,)  # the DOCX
    # And WhatsApp's citizens (issue 16): a ticket each, its opening sent, the PDFs kept, the DOCX refused.
    assert on("whatsapp", "SELECT COUNT(*) FROM ticket t JOIN citizen c ON c.id = t.citizen_id "
                          "WHERE c.channel = ?") == (4,)
    assert on("whatsapp", openings) == (4,)
    assert on("whatsapp", files, True)[0] >= 2 and on("whatsapp", files, False) == (1,)


def test_garbage_is_collected_on_the_gui_thread_only(qapp):
    import gc

    from deskclient.ui.collector import GuiThreadCollector

    collector = GuiThreadCollector()
    collector.start()
    try:
        assert not gc.isenabled()
        for _ in range(gc.get_threshold()[0] + 10):
            cycle = []
            cycle.append(cycle)
        assert gc.get_count()[0] > gc.get_threshold()[0]
        collector.collect()
        assert gc.get_count()[0] < gc.get_threshold()[0]
    finally:
        collector.stop()
    assert gc.isenabled()


def test_a_full_collection_waits_while_objects_are_made_fast(qapp, monkeypatch):
    """A burst of messages makes objects fast: the full collection (40-90 ms with a big
    queue loaded) waits until the window is quiet, or at most a minute; garbage that only
    it finds (an old reference cycle) is still freed."""
    import gc
    import weakref
    from types import SimpleNamespace

    from deskclient.ui import collector as module

    now = [1000.0]
    monkeypatch.setattr(module, "time", SimpleNamespace(monotonic=lambda: now[0]))

    class Node:
        pass

    def burst() -> list:
        return [[] for _ in range(gc.get_threshold()[0] * (module.BUSY_ALLOCATIONS + 1))]

    def tick(seconds: float, made: list | None = None) -> None:  # made: kept alive meanwhile
        now[0] += seconds
        collector.collect()

    collector = module.GuiThreadCollector()
    collector.start()
    try:
        old = Node()
        old.itself = old
        gc.collect(1)
        gc.collect(1)  # survived twice: in the oldest generation
        gone = weakref.ref(old)
        del old
        for _ in range(gc.get_threshold()[2] + 1):
            gc.collect(1)  # a full collection is due
        for _ in range(5):
            kept = burst()
            tick(0.1, kept)
            assert gone() is not None  # busy: no full collection
        tick(module.QUIET_BEFORE_FULL_S + 0.1)
        assert gone() is None  # quiet: the full collection ran

        again = Node()
        again.itself = again
        gc.collect(1)
        gc.collect(1)
        gone = weakref.ref(again)
        del again
        for _ in range(gc.get_threshold()[2] + 1):
            gc.collect(1)
        for _ in range(int(module.FULL_POSTPONED_AT_MOST_S) + 2):  # busy for over a minute
            kept = burst()
            tick(1.0, kept)
        assert gone() is None
    finally:
        collector.stop()


def test_the_windows_full_collections_keep_their_own_rule_beside_a_running_desk(qapp, monkeypatch):
    """A running desk raises the process's threshold for full collections (heap.py); the
    window collects on its own timer and still does a full one after FULL_AFTER middle
    ones, not ten times fewer."""
    import gc

    from deskclient import heap
    from deskclient.ui import collector as module

    collector = module.GuiThreadCollector()
    collector.start()
    heap.settle()
    try:
        assert gc.get_threshold()[2] > module.FULL_AFTER
        for _ in range(module.FULL_AFTER + 1):
            gc.collect(1)
        assert gc.get_count()[2] > module.FULL_AFTER
        monkeypatch.setattr(module.time, "monotonic", lambda: collector._busy_until + 10)  # quiet
        collector.collect()
        assert gc.get_count()[2] == 0  # the full collection ran
    finally:
        heap.release()
        collector.stop()
