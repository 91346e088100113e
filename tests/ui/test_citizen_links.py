"""Issue 16, the lead's side: in the window, Lead > Link citizens… links the open
ticket's citizen (here on WhatsApp) with the same person's citizen on Telegram, by a
ticket number; the citizen panel then shows the other's ticket and names them with their
channel, and a WhatsApp citizen's number stands where a Telegram username would."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox

from deskclient.domain.messages import CitizenIdentity, InboundMessage
from deskclient.domain.tickets import Role
from deskclient.ui.lead_window import install_lead_menu
from tests.factories import citizen, inbound
from tests.ui.test_agent_desktop import open_desk
from tests.waiting import until

pytestmark = pytest.mark.gui

WA_ID = 34611222333


def test_a_lead_links_the_open_citizen_with_their_telegram_self(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot, role=Role.LEAD)
        install_lead_menu(window, desk)
        store, rules = desk.store, desk.rules
        try:
            on_telegram = store.ingest(inbound(citizen(901, "Marta Puig"), clock.now(), telegram_id=5), rules)
            who = CitizenIdentity(user_id=WA_ID, name="Marta P.", phone=f"+{WA_ID}")
            on_whatsapp = store.ingest(InboundMessage(account="whatsapp:106540352242922", citizen=who,
                                                      telegram_id=77, date=clock.now(), text="Hola",
                                                      external_id="wamid.A"), rules)
            await until(lambda: window.select_ticket(on_whatsapp.ticket_id))
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
            assert [e[1] for e in store.audit_trail() if e[1] == "link_citizens"] == ["link_citizens"]
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())
