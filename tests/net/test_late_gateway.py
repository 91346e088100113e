"""The window's Telegram gateway is built when the desk starts, after the first paint
(net/late_gateway.py, issue 17 item 4): until then the window shows it offline and
offers the login; once started it is the real TelethonGateway, and a citizen's message
is filed and answered as before."""

from __future__ import annotations

import asyncio

from deskclient.app import build_desk, telegram_network
from deskclient.net.gateway import ConnectionState
from deskclient.net.late_gateway import LateGateway
from deskclient.net.telethon_gateway import TelethonGateway
from tests.simulator import sim_process  # noqa: F401 (the fixture)
from tests.waiting import until


def test_the_window_desk_builds_telegram_at_start_and_works(sim_process, config, clock, tmp_path):
    sim, data = sim_process, tmp_path / "desk"
    sim.session_for(data)
    settings, factory, _ = telegram_network(sim.config_for(config, data), late=True)

    async def scenario():
        desk = build_desk(settings, factory, clock=clock)
        gateway = desk.gateway
        assert isinstance(gateway, LateGateway) and gateway._real is None
        assert gateway.label == "Telegram" and gateway.state is ConnectionState.OFFLINE
        assert desk.account is not None  # the login dialog is there before the network
        await desk.start()
        try:
            assert isinstance(gateway.real, TelethonGateway)
            await gateway.wait_online()
            assert gateway.state is ConnectionState.ONLINE and gateway.account == str(sim.account)
            sim.operator.user_sends(sim.citizen, sim.account, "Bon dia, una consulta")
            await until(lambda: desk.store.active_ticket_for(str(sim.account), sim.citizen) is not None)
            ticket = desk.store.active_ticket_for(str(sim.account), sim.citizen)
            await until(lambda: all(m.delivery == "sent" for m in desk.store.thread(ticket.id) if m.kind != "in"))
            assert len(sim.operator.chat_messages(sim.account, sim.citizen)) >= 2  # hers and the opening
        finally:
            await desk.stop()

    asyncio.run(scenario())
