"""The app purges by itself at start: the agent sees its progress in the status bar and
keeps working; the purged tickets leave the queue."""

from datetime import timedelta

import pytest
import shiboken6

from deskclient.app import build_desk
from deskclient.net.demo import DemoNetwork
from deskclient.ui.bridge import EventBridge
from deskclient.ui.main_window import MainWindow
from deskclient.resources import sample_file
from deskclient.ui.thread_model import MessageRole
from tests.services.lead_helpers import citizen, closed_ticket, stored_file
from tests.waiting import until

pytestmark = pytest.mark.gui


def test_the_app_purges_at_start_with_progress_in_the_status_bar(qtbot, qloop, config, clock):
    async def scenario():
        network = DemoNetwork(pace=0, answer_delay=0, templates=config["templates"], clock=clock)
        settings = config.with_values({"retention.purge_in_app": True})
        desk = build_desk(settings, lambda c: network.gateway(settings, c), clock=clock)
        receipt = stored_file(desk.files_dir, "rebut.pdf", sample_file("certificat.pdf").read_bytes())
        old = [closed_ticket(desk.store, desk.rules, clock, citizen(300 + i), texts=(f"consulta {i}",),
                             file=receipt if i == 0 else None) for i in range(3)]
        clock.advance(timedelta(days=200))
        recent = closed_ticket(desk.store, desk.rules, clock, citizen(400), texts=("recent",))
        desk.purge_schedule.first_delay = 0.2  # the window shows first, as at a real start
        bridge = EventBridge(desk.bus)
        window = MainWindow(desk.desk, bridge, desk.gateway.label, desk.account)
        qtbot.addWidget(window)
        seen = []
        bridge.purgeProgressed.connect(
            lambda stage, done, total: seen.append((stage, window.purge_indicator.isVisible())))
        window.show()
        await desk.start()
        await desk.gateway.wait_online()
        try:
            await until(lambda: window.queue_model.rowCount() == 4)
            assert window.select_ticket(old[0])  # the agent reads an old ticket meanwhile
            [attachment] = window.thread_model.index(0).data(MessageRole.ROW).attachments
            preview = window.ticket.open_attachment(attachment.id)  # and its PDF
            assert preview.isVisible()
            await until(lambda: ("done", False) in seen)
            assert ("tickets", True) in seen  # a progress bar while it ran
            assert window.statusBar().currentMessage() == \
                "Retention purge done: tickets past the retention period deleted: 3"
            await until(lambda: window.queue_model.rowCount() == 1)
            assert window.queue_model.ticket_at(0).id == recent
            assert all(desk.store.m.Ticket.get_or_none(id=t) is None for t in old)
            assert window.ticket.ticket_id is None and window.ticket.model.rowCount() == 0
            assert not shiboken6.isValid(preview)  # closed (and deleted): nothing of it stays on screen
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_a_ticket_purged_under_the_agents_eyes_clears_instead_of_failing(qtbot, qloop, config, clock):
    """Between the purge's commit and the window hearing of it, the panel may still ask
    for the ticket (a refresh, older messages on scroll): it gets nothing, not an error."""
    async def scenario():
        network = DemoNetwork(pace=0, answer_delay=0, templates=config["templates"], clock=clock)
        desk = build_desk(config, lambda c: network.gateway(config, c), clock=clock)
        old = closed_ticket(desk.store, desk.rules, clock, citizen(300), texts=[f"línia {n}" for n in range(60)])
        clock.advance(timedelta(days=200))
        window = MainWindow(desk.desk, EventBridge(desk.bus), desk.gateway.label)
        qtbot.addWidget(window)
        window.show()
        try:
            await until(lambda: window.select_ticket(old))
            assert window.thread_model.rowCount() == 50 and window.ticket.ticket_id == old
            desk.lead.purge_job.run("test")  # on this thread: the window has not heard yet
            assert window.thread_model.load_older() == 0
            window.ticket.refresh()
            assert window.ticket.ticket_id is None and window.thread_model.rowCount() == 0
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())
