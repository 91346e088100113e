"""A whole desk on the demo network: real services, real TelethonGateway and
TelegramClient, with the SimulatedTelegram underneath and the test's frozen clock."""

from __future__ import annotations

import asyncio

import pytest

from deskclient.app import build_desk
from deskclient.net.demo import DemoNetwork
from deskclient.net.simulated import SimFile
from tests.waiting import until  # noqa: F401 (re-exported for the tests here)


class Scene:
    """The desk and the citizens' side of the network, with waits that say what for."""

    def __init__(self, desk, network: DemoNetwork) -> None:
        self.desk = desk
        self.network = network
        self.server = network.server

    @property
    def account(self) -> str:
        return str(self.network.account.id)

    def stored(self, user_id: int, channel_message_id: int) -> bool:
        """Filed, and its file fetched (files are fetched after filing: a file still
        arriving has no fetch task yet for a moment after its message is filed)."""
        m = self.desk.store.m
        return (self.desk.store.is_known_message(self.account, user_id, channel_message_id)
                and not self.desk.ingest.fetcher._tasks
                and not m.Attachment.select().where(m.Attachment.state == "arriving").exists())

    async def settled(self) -> None:
        """Every message filed and every queued reply sent (or the network is down)."""
        await asyncio.sleep(0.02)
        await until(lambda: not self.desk.store.outbox() or
                    self.desk.gateway.state.value != "online")

    async def says(self, user_id: int, text: str = "", **step) -> int:
        channel_message_id = self.network.says(user_id, text, **step)
        await until(lambda: self.stored(user_id, channel_message_id))
        await self.settled()
        return channel_message_id

    async def sends_file(self, user_id: int, data: bytes, name: str, mime: str, caption: str = "",
                         declared_size: int | None = None) -> int:
        citizen = self.network.citizens[user_id].user
        message = self.server.user_sends(citizen, self.network.account, caption,
                                         file=SimFile(data, name, mime, declared_size=declared_size))
        await until(lambda: self.stored(user_id, message.id))
        await self.settled()
        return message.id

    def received(self, user_id: int) -> list[str]:
        return self.network.received(user_id)

    def ticket(self, user_id: int):
        return self.desk.store.active_ticket_for(self.account, user_id)

    @property
    def downloads(self) -> int:
        return self.server.requests.count("GetFileRequest")


@pytest.fixture
def scene_factory(config, clock):
    """Inside a running loop, `await scene_factory()` gives a started, online Scene."""

    async def make() -> Scene:
        network = DemoNetwork(pace=0, answer_delay=0, templates=config["templates"], clock=clock)
        desk = build_desk(config, lambda c: network.gateway(config, c), clock=clock)
        await desk.start()
        await desk.gateway.wait_online()
        return Scene(desk, network)

    return make


def play(scene_factory, body):
    """Run `await body(scene)` on a fresh scene, and shut it down whatever happens."""

    async def scenario():
        scene = await scene_factory()
        try:
            return await body(scene)
        finally:
            await scene.network.stop()
            await scene.desk.stop()

    return asyncio.run(scenario())
