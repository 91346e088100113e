"""Issue 16 item 3 in the agent's window (offscreen): above the composer of a WhatsApp
ticket, the 24-hour window; once closed it says since when, a free reply is refused
before it is queued, and the approved template the agent picks reaches the citizen; its
bubble then says it went as that template and shows "delivered", then "seen", as the
statuses come (the opening, inside the window, names no template). The real agent's
window over the real desk, gateway and simulated Cloud API."""

from __future__ import annotations

from datetime import timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from deskclient.ui.bridge import EventBridge
from deskclient.ui.main_window import MainWindow
from deskclient.ui.thread_model import MessageRole
from deskclient.ui.thread_view import bubble_html
from tests.net.whatsapp.conftest import MARTA
from tests.services.test_whatsapp_window import desk_on_whatsapp, whatsapp_config
from tests.waiting import until

pytestmark = pytest.mark.gui


def test_a_closed_window_offers_the_templates_and_refuses_free_text(qtbot, qloop, tmp_path, clock):
    async def scenario():
        async with desk_on_whatsapp(whatsapp_config(tmp_path), clock) as (desk, sim):
            window = MainWindow(desk.desk, EventBridge(desk.bus), desk.gateway.label, desk.account)
            qtbot.addWidget(window)
            window.resize(1200, 800)
            window.show()
            panel = window.ticket
            await sim.citizen_sends_text(MARTA, "Bon dia, tinc un dubte")
            ticket = desk.store.active_ticket_for(desk.gateway.account, int(MARTA))
            await until(lambda: window.select_ticket(ticket.id))
            await until(lambda: panel.ticket_id == ticket.id)
            await until(lambda: len(sim.received(MARTA)) == 1)  # the opening, inside the window
            strip = panel.window_strip
            assert strip.isVisible() and not strip.closed
            assert "until" in strip.label.text() and not strip.send_button.isVisible()

            # Left open on screen as the window ends: the strip turns to closed by itself.
            clock.advance(timedelta(hours=23, minutes=59, seconds=59))
            panel.refresh()
            assert not strip.closed
            clock.advance(timedelta(seconds=1))
            await until(lambda: strip.closed, timeout=5)
            clock.advance(timedelta(hours=2))
            panel.refresh()
            assert strip.closed and "24-hour window closed" in strip.label.text()
            assert "closed 24/11, 10:00" in strip.label.text()  # 24 h after she wrote, in the desk's zone
            assert [strip.combo.itemData(i) for i in range(strip.combo.count())] == \
                ["closing", "out_of_hours", "seguiment"]
            assert strip.send_button.isVisible()

            panel.composer.edit.setPlainText("Ja ho tenim resolt")
            panel.send()
            await until(lambda: "approved template" in panel.composer.error_label.text())
            assert panel.composer.text() == "Ja ho tenim resolt"  # kept: nothing was queued
            assert len(sim.received(MARTA)) == 1  # the opening only

            strip.combo.setCurrentIndex(strip.combo.findData("seguiment"))
            qtbot.mouseClick(strip.send_button, Qt.MouseButton.LeftButton)
            await until(lambda: len(sim.received(MARTA)) == 2)
            assert sim.received(MARTA)[-1].template == ("seguiment_consulta", "ca", (ticket.number,))
            model = panel.model

            def last_out():
                return [model.index(r) for r in range(model.rowCount())
                        if model.index(r).data(MessageRole.ROW).kind == "out"][-1]

            await until(lambda: last_out().data(MessageRole.ROW).delivered)  # live, from the status webhook
            assert "✓✓ delivered" in last_out().data(Qt.ItemDataRole.DisplayRole)
            await sim.citizen_reads(MARTA, sim.received(MARTA)[-1])
            await until(lambda: last_out().data(MessageRole.ROW).seen)
            assert "✓✓ seen" in last_out().data(Qt.ItemDataRole.DisplayRole)
            assert "seen" in last_out().data(Qt.ItemDataRole.AccessibleDescriptionRole)
            went_as = "as the approved template seguiment_consulta (ca)"
            sent_row = last_out().data(MessageRole.ROW)
            assert went_as in bubble_html(sent_row, "Marta", timezone.utc)
            assert went_as in last_out().data(Qt.ItemDataRole.DisplayRole)
            assert went_as in last_out().data(Qt.ItemDataRole.AccessibleDescriptionRole)
            opening = next(model.index(r).data(MessageRole.ROW) for r in range(model.rowCount())
                           if model.index(r).data(MessageRole.ROW).notice == "opening")
            assert opening.delivery == "sent" and opening.sent_as_template is None
            assert last_out().data(MessageRole.ROW).text == "Ja ho tenim resolt"  # its words, shown
            assert panel.composer.text() == ""
            window.shutdown()

    qloop.run_until_complete(scenario())
