"""The desk's gateway on a simulated Telegram process: online from a prepared session,
offline while the simulator refuses connections, and caught up once it is back."""

from __future__ import annotations

import asyncio

from deskclient.net.client_factory import simulator_process_client_factory
from deskclient.net.gateway import ConnectionState
from deskclient.net.telethon_gateway import TelethonGateway
from tests.net.conftest import Recorder
from tests.simulator import sim_process  # noqa: F401 (the fixture)
from tests.waiting import until


def test_gateway_rides_out_a_simulator_outage_and_catches_up(sim_process, config, clock, tmp_path):
    sim = sim_process
    data_dir = tmp_path / "desk"
    sim.session_for(data_dir)
    desk_config = sim.config_for(config, data_dir)

    async def scenario():
        listener = Recorder()
        gateway = TelethonGateway(simulator_process_client_factory(desk_config), clock)
        gateway.reconnect_delay = 0.05
        await gateway.start(listener)
        try:
            await gateway.wait_online()
            assert gateway.account == str(sim.account)
            sim.operator.user_sends(sim.citizen, sim.account, "Abans del tall")
            await until(lambda: len(listener.messages) == 1)
            sim.operator.go_down()  # connections closed, new ones refused
            await until(lambda: gateway.state is not ConnectionState.ONLINE)
            sim.operator.user_sends(sim.citizen, sim.account, "Durant el tall")
            await asyncio.sleep(0.3)  # a few refused reconnects
            assert gateway.state is not ConnectionState.ONLINE
            sim.operator.come_back()
            await gateway.wait_online(timeout=10)
            await until(lambda: len(listener.messages) == 2, timeout=10)
        finally:
            await gateway.stop()
        return [m.text for m in listener.messages]

    assert asyncio.run(scenario()) == ["Abans del tall", "Durant el tall"]
