"""A team workstation without the file on disk: its thumbnail and preview are fetched
from the shared store in the background (the window opens at once, with a progress bar),
and Save as… copies the same bytes."""

from __future__ import annotations

import pytest

from deskclient.app import build_desk, telegram_network
from deskclient.config import load_config
from deskclient.net.demo import DemoNetwork
from deskclient.resources import sample_file
from deskclient.ui.bridge import EventBridge
from deskclient.ui.main_window import MainWindow
from tests.waiting import until

pytestmark = pytest.mark.gui

JORDI = 1006  # writes with captura.png


def settings(tmp_path, pg_url, name: str, **more):
    return load_config(overrides={"paths.data_dir": str(tmp_path / name),
                                  "database.url": pg_url, "retention.purge_in_app": False, **more})


@pytest.mark.postgres
def test_a_workstation_previews_and_saves_a_file_it_fetches_from_the_store(qtbot, qloop, tmp_path, pg_url,
                                                                            clock):
    async def scenario():
        network = DemoNetwork(pace=0, answer_delay=0, clock=clock)
        service_config = settings(tmp_path, pg_url, "service")
        service = build_desk(service_config, lambda c: network.gateway(service_config, c), clock=clock,
                             mode="serve")
        await service.start()
        await service.gateway.wait_online()
        config, factory, _ = telegram_network(settings(tmp_path, pg_url, "bea", **{"telegram.session": "none"}))
        desk = build_desk(config, factory, clock=clock)
        window = MainWindow(desk.desk, EventBridge(desk.bus), desk.gateway.label)
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        await desk.start()
        try:
            network.says(JORDI, "Us envio la captura i el certificat.", file="captura.png")
            network.says(JORDI, "", file="certificat.pdf")
            account = str(network.account.id)
            store = service.store
            await until(lambda: store.active_ticket_for(account, JORDI) is not None)
            ticket = store.active_ticket_for(account, JORDI)
            await until(lambda: sum(a.kept for m in store.thread(ticket.id) for a in m.attachments) == 2,
                        timeout=10)
            image, pdf = [a for m in store.thread(ticket.id) for a in m.attachments]
            assert not (desk.files_dir / image.stored_path).exists()

            await until(lambda: window.select_ticket(ticket.id))
            # The image's thumbnail: fetched into this workstation's cache without a click.
            await until(lambda: (desk.files_dir / image.stored_path).exists(), timeout=5)

            preview_window = window.ticket.open_attachment(pdf.id)
            assert preview_window.isVisible() and preview_window.preview is None  # opened at once…
            assert preview_window.fetching.isVisible()  # …with its progress while the file comes
            await until(lambda: preview_window.preview is not None, timeout=5)
            preview = preview_window.preview
            assert preview.page_count == 2 and preview.file_name == "certificat.pdf"
            assert not preview_window.fetching.isVisible()
            copy = preview.save_to(tmp_path / "copia.pdf")
            assert copy.read_bytes() == sample_file("certificat.pdf").read_bytes()
        finally:
            window.shutdown()
            await desk.stop()
            await service.stop()
            await network.stop()

    qloop.run_until_complete(scenario())


def test_a_file_that_cannot_be_had_says_why_in_its_window(qtbot, qloop, config, clock):
    """A single desk whose file went missing from the files folder: the window says so."""
    async def scenario():
        network = DemoNetwork(pace=0, answer_delay=0, clock=clock)
        desk = build_desk(config, lambda c: network.gateway(config, c), clock=clock)
        window = MainWindow(desk.desk, EventBridge(desk.bus), desk.gateway.label)
        qtbot.addWidget(window)
        window.show()
        await desk.start()
        await desk.gateway.wait_online()
        try:
            network.says(JORDI, "", file="certificat.pdf")
            account = str(network.account.id)
            await until(lambda: desk.store.active_ticket_for(account, JORDI) is not None)
            ticket = desk.store.active_ticket_for(account, JORDI)
            await until(lambda: any(a.kept for m in desk.store.thread(ticket.id) for a in m.attachments))
            [pdf] = [a for m in desk.store.thread(ticket.id) for a in m.attachments]
            (desk.files_dir / pdf.stored_path).unlink()
            preview_window = window.ticket.open_attachment(pdf.id)
            await until(lambda: preview_window.failure.isVisible())
            assert preview_window.failure.text() == "certificat.pdf is missing from the files folder."
            assert preview_window.preview is None and not preview_window.fetching.isVisible()
        finally:
            window.shutdown()
            await desk.stop()
            await network.stop()

    qloop.run_until_complete(scenario())
