"""Issue 16, the lead's side: in the window, Lead > Link citizens… links the open
ticket's citizen (here on WhatsApp) with the same person's citizen on Telegram, by a
ticket number; the citizen panel then shows the other's ticket and names them with their
channel, and a WhatsApp citizen's number stands where a Telegram username would.

Undoing it: Lead > Unlink citizen… asks first, then makes the open ticket's citizen a
citizen of their own again (the panel drops the other's ticket and 'Same person as');
Cancel changes nothing. The lead window's citizens' requests name each one's channel."""

from __future__ import annotations

from contextlib import asynccontextmanager

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox

from deskclient.domain.messages import CitizenIdentity, InboundMessage
from deskclient.domain.tickets import Role
from deskclient.ui.lead_window import LeadWindow, install_lead_menu
from tests.factories import citizen, inbound
from tests.ui.test_agent_desktop import open_desk
from tests.waiting import until

pytestmark = pytest.mark.gui

WA_ID = 34611222333


@asynccontextmanager
async def marta_on_two_channels(config, clock, qtbot):
    """A lead's window (Lead menu installed) with Marta's WhatsApp ticket open and her
    Telegram ticket beside it: (desk, window, Telegram ticket, WhatsApp ticket)."""
    _, desk, window = await open_desk(config, clock, qtbot, role=Role.LEAD)
    install_lead_menu(window, desk)
    store, rules = desk.store, desk.rules
    try:
        on_telegram = store.ingest(inbound(citizen(901, "Marta Puig"), clock.now(), channel_message_id=5), rules)
        who = CitizenIdentity(address=WA_ID, name="Marta P.", phone=f"+{WA_ID}")
        on_whatsapp = store.ingest(InboundMessage(account="whatsapp:106540352242922", citizen=who,
                                                  channel_message_id=77, date=clock.now(), text="Hola",
                                                  external_id="wamid.A"), rules)
        await until(lambda: window.select_ticket(on_whatsapp.ticket_id))
        yield desk, window, on_telegram, on_whatsapp
    finally:
        window.shutdown()
        await desk.stop()


def test_a_lead_links_the_open_citizen_with_their_telegram_self(qtbot, qloop, config, clock):
    async def scenario():
        async with marta_on_two_channels(config, clock, qtbot) as (desk, window, on_telegram, on_whatsapp):
            store = desk.store
            panel = window.ticket.citizen_panel
            await until(lambda: panel.citizen_id == store.ticket(on_whatsapp.ticket_id).citizen_id)
            assert (panel.address_label.text(), panel.username.text()) == ("WhatsApp:", f"+{WA_ID}")
            assert panel.tickets.rowCount() == 0 and not panel.linked.isVisibleTo(panel)

            window.findChild(QAction, "linkCitizensAction").trigger()
            dialog = window.findChild(QInputDialog, "linkCitizensDialog")
            dialog.setTextValue(on_telegram.ticket_number)
            dialog.accept()
            await until(lambda: window.findChild(QMessageBox, "linkCitizensResult") is not None)
            result = window.findChild(QMessageBox, "linkCitizensResult")
            assert result.text().startswith("Marta P. and Marta Puig are one person now")
            await until(lambda: panel.tickets.rowCount() == 1)
            assert panel.linked.isVisibleTo(panel) and "Marta Puig (Telegram)" in panel.linked.text()
            # The other's ticket says its channel: a drawn icon, and in words to a screen reader.
            row = panel.tickets.index(0)
            assert not row.data(Qt.ItemDataRole.DecorationRole).isNull()
            assert row.data(Qt.ItemDataRole.AccessibleTextRole).startswith(f"Telegram · {on_telegram.ticket_number}")
            assert [e[1] for e in store.audit_trail() if e[1] == "link_citizens"] == ["link_citizens"]

    qloop.run_until_complete(scenario())


def test_a_lead_unlinks_the_open_citizen(qtbot, qloop, config, clock):
    async def scenario():
        async with marta_on_two_channels(config, clock, qtbot) as (desk, window, on_telegram, on_whatsapp):
            store = desk.store
            await desk.lead.link_citizens(on_whatsapp.ticket_id, on_telegram.ticket_number)
            window.ticket.refresh()
            panel = window.ticket.citizen_panel
            await until(lambda: panel.tickets.rowCount() == 1 and panel.linked.isVisibleTo(panel))

            unlink = window.findChild(QAction, "unlinkCitizenAction")
            unlink.trigger()
            confirm = window.findChild(QMessageBox, "unlinkCitizenConfirm")
            confirm.button(QMessageBox.StandardButton.Cancel).click()  # changes nothing
            assert len(store.person_of(store.ticket(on_whatsapp.ticket_id).citizen_id)) == 2

            unlink.trigger()
            [confirm] = [b for b in window.findChildren(QMessageBox, "unlinkCitizenConfirm") if b.isVisible()]
            [button] = [b for b in confirm.buttons() if b.text() == "Unlink"]
            button.click()
            await until(lambda: window.findChild(QMessageBox, "linkCitizensResult") is not None)
            result = window.findChild(QMessageBox, "linkCitizensResult")
            assert result.text() == "Marta P. is a citizen of their own again."
            await until(lambda: panel.tickets.rowCount() == 0)
            assert not panel.linked.isVisibleTo(panel)
            assert [e[1] for e in store.audit_trail() if e[1] == "unlink_citizens"] == ["unlink_citizens"]

            lead_window = LeadWindow(desk.lead, desk.citizens, store.agents(), config["tickets.categories"])
            qtbot.addWidget(lead_window)
            lead_window.citizen_query.setText("Marta")
            await lead_window._find_citizens()
            rows = [lead_window.citizen_list.item(i).text() for i in range(lead_window.citizen_list.count())]
            assert any(row.endswith(f"WhatsApp {WA_ID}") for row in rows)
            assert any(row.endswith("Telegram 901") for row in rows)

    qloop.run_until_complete(scenario())
