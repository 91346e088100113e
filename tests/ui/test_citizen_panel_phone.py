"""A Telegram citizen's phone in the citizen panel: Telegram gives it when the citizen
shares it with the account, and the records keep it (CitizenIdentity.phone); the panel
shows it under their username, as it shows a WhatsApp citizen's rectified phone. No
phone stored, no phone row. The phone reaches none of the desk's log lines."""

from __future__ import annotations

import logging

import pytest

from deskclient.domain.messages import CitizenIdentity
from tests.factories import inbound
from tests.ui.test_agent_desktop import MARTA, open_desk, ticket_shown
from tests.waiting import until

pytestmark = pytest.mark.gui

PHONE = "34600111222"  # as Telegram gives it


def test_a_telegram_citizens_shared_phone_is_shown(qtbot, qloop, config, clock, caplog):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        panel = window.ticket.citizen_panel
        try:
            who = CitizenIdentity(address=901, name="Pau Serra", username="pauserra", phone=PHONE)
            filed = desk.store.ingest(inbound(who, clock.now(), channel_message_id=5), desk.rules)
            await until(lambda: window.select_ticket(filed.ticket_id))
            await until(lambda: panel.citizen_id == desk.store.ticket(filed.ticket_id).citizen_id)
            assert (panel.address_label.text(), panel.username.text()) == ("Telegram:", "@pauserra")
            assert panel.phone.isVisibleTo(panel) and panel.phone_label.isVisibleTo(panel)
            assert (panel.phone_label.text(), panel.phone.text()) == ("Phone:", PHONE)

            # Marta shared no phone (the simulated Telegram gives none): no phone row.
            network.says(MARTA, "Bon dia")
            await ticket_shown(window, network, MARTA)
            await until(lambda: panel.name.text() != "" and "Pau" not in panel.name.text())
            assert panel.address_label.text() == "Telegram:"
            assert not panel.phone.isVisibleTo(panel) and not panel.phone_label.isVisibleTo(panel)
            assert panel.phone.text() == ""
        finally:
            window.shutdown()
            await desk.stop()

    with caplog.at_level(logging.DEBUG, logger="deskclient"):
        qloop.run_until_complete(scenario())
    assert not [r for r in caplog.records if r.name.startswith("deskclient") and PHONE in r.getMessage()]
