"""What the window says of a citizen's channel and of its own connection, as a tester
found it wanting (breaker 17:18, 17:20, 17:22): the citizen panel's WhatsApp line is the
number the desk writes to (citizen.address), a lead's rectified phone shown apart as the
phone; with no ticket open the panel names no channel; a WhatsApp access token Meta
refuses says what to do beside "logged out"; Help stays the last menu of a lead's bar."""

from __future__ import annotations

from dataclasses import replace

import pytest

from deskclient.app import build_desk
from deskclient.domain.tickets import Role
from deskclient.net.demo import DemoNetwork
from deskclient.net.whatsapp import WhatsAppGateway
from deskclient.net.whatsapp_sim import SimulatedCloudAPI
from deskclient.ui.bridge import EventBridge
from deskclient.ui.broadcast_report import install_broadcasts_menu
from deskclient.ui.lead_window import install_lead_menu
from deskclient.ui.main_window import MainWindow
from tests.ui.test_agent_desktop import open_desk
from tests.ui.test_citizen_links import WA_ID, marta_on_two_channels
from tests.waiting import until

pytestmark = pytest.mark.gui


def test_the_whatsapp_line_is_the_number_replies_go_to(qtbot, qloop, config, clock):
    async def scenario():
        async with marta_on_two_channels(config, clock, qtbot) as (desk, window, _on_telegram, on_whatsapp):
            panel = window.ticket.citizen_panel
            marta = desk.store.ticket(on_whatsapp.ticket_id).citizen_id
            await until(lambda: panel.citizen_id == marta)
            assert (panel.address_label.text(), panel.username.text()) == ("WhatsApp:", f"+{WA_ID}")
            assert not panel.phone.isVisibleTo(panel)  # the phone she wrote from: said once

            await desk.citizens.correct(marta, phone="+34 999 000 111")  # "my number is now…"
            window.ticket.refresh()
            assert panel.username.text() == f"+{WA_ID}"  # still where every reply goes
            assert panel.phone.isVisibleTo(panel) and panel.phone.text() == "+34 999 000 111"
            assert panel.phone_label.text() == "Phone:"

            await desk.citizens.correct(marta, phone="")
            window.ticket.refresh()
            assert (panel.address_label.text(), panel.username.text()) == ("WhatsApp:", f"+{WA_ID}")
            assert not panel.phone.isVisibleTo(panel)

            await desk.citizens.correct(marta, phone=f"+{WA_ID}")  # the same digits: no second line
            window.ticket.refresh()
            assert not panel.phone.isVisibleTo(panel)

    qloop.run_until_complete(scenario())


def test_with_no_ticket_open_the_panel_names_no_channel(qtbot, qloop, config, clock):
    async def scenario():
        _, desk, window = await open_desk(config, clock, qtbot)
        try:
            panel = window.ticket.citizen_panel
            assert panel.citizen_id is None
            assert panel.address_label.text() == "" and panel.username.text() == ""
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


@pytest.mark.parametrize("with_telegram", [False, True], ids=["whatsapp only", "telegram and whatsapp"])
def test_a_refused_whatsapp_token_says_what_to_do(qtbot, qloop, config, clock, with_telegram):
    async def scenario():
        sim = SimulatedCloudAPI(clock)
        await sim.start()
        refused = replace(sim.settings(), access_token="REVOKED")  # Meta no longer takes it
        network = DemoNetwork(pace=0, answer_delay=0, templates=config["templates"], clock=clock)
        if with_telegram:
            desk = build_desk(config, lambda c: network.gateway(config, c), clock=clock,
                              whatsapp_factory=lambda c: WhatsAppGateway(refused, c))
        else:
            desk = build_desk(config, lambda c: WhatsAppGateway(refused, c), clock=clock)
        window = MainWindow(desk.desk, EventBridge(desk.bus), desk.gateway.label, desk.account)
        qtbot.addWidget(window)
        window.show()
        try:
            await desk.start()
            state = window.connection_label
            if with_telegram:  # Telegram answers: online, but not on WhatsApp
                await until(lambda: "WhatsApp" in state.text() and state.text().startswith("online"))
                assert state.text() == "online; WhatsApp logged out (access token refused: see deskclient doctor)"
            else:
                await until(lambda: state.text().startswith("logged out"))
                assert state.text() == "logged out (access token refused: see deskclient doctor)"
        finally:
            window.shutdown()
            await desk.stop()
            await network.stop()
            await sim.stop()

    qloop.run_until_complete(scenario())


def test_help_is_the_last_menu_of_a_leads_bar(qtbot, qloop, config, clock):
    async def scenario():
        _, desk, window = await open_desk(config, clock, qtbot, role=Role.LEAD)
        try:
            bridge = EventBridge(desk.bus)
            install_lead_menu(window, desk, bridge)  # as ui/run.py does, in its order
            install_broadcasts_menu(window, desk, bridge)
            titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
            assert titles[-1] == "Help" and {"Lead", "Broadcasts"} <= set(titles)
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())
