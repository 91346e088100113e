"""A real TelegramClient on a SimulatedTelegram, under the real gateway."""

from __future__ import annotations


import pytest

from deskclient.net.client_factory import simulated_client_factory
from deskclient.net.gateway import ConnectionState
from deskclient.net.simulated import SimulatedTelegram
from deskclient.net.telethon_gateway import TelethonGateway
from tests.waiting import until  # noqa: F401 (re-exported for the tests here)


class Recorder:
    """A GatewayListener that only remembers what it got."""

    def __init__(self) -> None:
        self.messages, self.edits, self.deletions, self.groups, self.states = [], [], [], [], []

    async def on_message(self, message):
        self.messages.append(message)

    async def on_edit(self, edit):
        self.edits.append(edit)

    async def on_deletion(self, deletion):
        self.deletions.append(deletion)

    async def on_added_to_group(self, event):
        self.groups.append(event)

    def on_state(self, state):
        self.states.append(state)




@pytest.fixture
def telegram(clock):
    server = SimulatedTelegram(clock=clock)
    server.account = server.add_account("+34600000000", "012 Gencat")
    server.citizen = server.add_user("Marta", "Puig", phone="+34611111111")
    return server


@pytest.fixture
def gateway_factory(telegram, config, clock):
    def make(listener=None):
        gateway = TelethonGateway(simulated_client_factory(telegram, config), clock)
        gateway.reconnect_delay = 0.05
        return gateway
    return make


async def logged_in_gateway(telegram, gateway, listener) -> None:
    """Start and log in by phone and code, as an agent would the first time."""
    from deskclient.net.login import LoginFlow
    await gateway.start(listener)
    await until(lambda: gateway.state is ConnectionState.LOGGED_OUT)
    flow = LoginFlow(gateway)
    await flow.send_code("+34600000000")
    await flow.enter_code(telegram.code_value)
    await gateway.wait_online()
