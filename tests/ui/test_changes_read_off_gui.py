"""Issue 17 item 3: while citizens write, the window shows what changed without reading
the store on the GUI thread (the changed tickets' rows, the open thread's new messages,
the open ticket's header and citizen): those reads are made on the store's thread, and
what they read is shown as before."""

import threading

import pytest

from deskclient.services.desk import DeskService
from tests.ui.test_agent_desktop import JAVIER, MARTA, open_desk, ticket_shown
from tests.waiting import until

pytestmark = pytest.mark.gui

READS = ("tickets", "messages", "ticket", "agents", "canned_replies", "citizen_card", "citizen_tickets",
         "citizen_notes", "category_chosen_by_citizen", "incoming")


def test_a_burst_on_the_open_ticket_is_read_off_the_gui_thread(qtbot, qloop, config, clock, monkeypatch):
    on_gui: list[str] = []
    gui = threading.get_ident()

    def watched(name):
        read = getattr(DeskService, name)

        def wrapper(self, *args, **kwargs):
            if watching and threading.get_ident() == gui:
                on_gui.append(name)
            return read(self, *args, **kwargs)
        return wrapper

    watching = False
    for name in READS:
        monkeypatch.setattr(DeskService, name, watched(name))

    async def scenario():
        nonlocal watching
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            network.says(MARTA, "Bon dia")
            ticket = await ticket_shown(window, network, MARTA)
            rows_before = window.thread_model.rowCount()
            watching = True
            for n in range(5):
                network.says(MARTA, f"Un altre missatge {n}")
                network.says(JAVIER, f"Hola {n}")
            await until(lambda: window.thread_model.rowCount() >= rows_before + 5)
            await until(lambda: desk.store.ticket(ticket.id).last_preview.startswith("Un altre missatge 4"))
            await until(lambda: window.queue_model.row_of(desk.store.active_ticket_for(
                str(network.account.id), JAVIER).id) is not None)
            watching = False
            texts = [window.thread_model.index(r).data(0) for r in range(window.thread_model.rowCount())]
            assert all(any(f"Un altre missatge {n}" in t for t in texts) for n in range(5))
            assert window.ticket.header.text().startswith(ticket.number)
            assert window.ticket.citizen_panel.name.text()  # her card is shown
            assert on_gui == []
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())
