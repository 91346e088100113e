"""Issue 15 item 10, the network's side: a citizen's read receipt and typing reach the
desk through the real gateway (a real TelegramClient) from the simulated Telegram, in
this process and from the simulator's own process; a receipt whose push was lost comes
through getDifference."""

from __future__ import annotations

import asyncio

from deskclient.domain.messages import CitizenTyping, OutboundMessage, OutboxRead
from deskclient.net.client_factory import simulator_process_client_factory
from deskclient.net.telethon_gateway import TelethonGateway
from tests.net.conftest import Recorder, logged_in_gateway
from tests.simulator import sim_process  # noqa: F401 (the fixture)
from tests.waiting import until


class PresenceRecorder(Recorder):
    def __init__(self) -> None:
        super().__init__()
        self.reads: list[OutboxRead] = []
        self.typing: list[CitizenTyping] = []

    async def on_outbox_read(self, read):
        self.reads.append(read)

    async def on_typing(self, typing):
        self.typing.append(typing)


def reply(user_id: int, access_hash: int, text: str, n: int) -> OutboundMessage:
    return OutboundMessage(message_id=n, citizen_address=user_id, text=text, random_id=1000 + n,
                           access_hash=access_hash)


def test_the_citizen_reads_and_types_and_the_gateway_says_so(telegram, gateway_factory, clock, tmp_path):
    marta, account = telegram.citizen, telegram.account
    access_hash = telegram.access_hash_for(account, marta)

    async def scenario():
        listener = PresenceRecorder()
        gateway = gateway_factory()
        await logged_in_gateway(telegram, gateway, listener)
        try:
            first = await gateway.send(reply(marta.id, access_hash, "Bon dia", 1), tmp_path)
            second = await gateway.send(reply(marta.id, access_hash, "Ja està", 2), tmp_path)
            telegram.user_types(marta, account)
            await until(lambda: listener.typing)
            telegram.user_reads(marta, account, first.channel_message_id)
            await until(lambda: listener.reads)
            telegram.user_types(marta, account, typing=False)
            telegram.user_reads(marta, account)  # everything: up to the second
            await until(lambda: len(listener.reads) == 2 and len(listener.typing) == 2)
            telegram.user_reads(marta, account)  # nothing new read: Telegram says nothing
            await asyncio.sleep(0.2)
            return first, second, listener
        finally:
            await gateway.stop()

    first, second, listener = asyncio.run(scenario())
    account_id = str(account.id)
    assert listener.reads == [OutboxRead(account_id, marta.id, first.channel_message_id),
                              OutboxRead(account_id, marta.id, second.channel_message_id)]
    assert listener.typing == [CitizenTyping(account_id, marta.id, True), CitizenTyping(account_id, marta.id, False)]


def test_a_receipt_whose_push_was_lost_comes_through_get_difference(telegram, gateway_factory, tmp_path):
    marta, account = telegram.citizen, telegram.account

    async def scenario():
        listener = PresenceRecorder()
        gateway = gateway_factory()
        await logged_in_gateway(telegram, gateway, listener)
        try:
            sent = await gateway.send(reply(marta.id, telegram.access_hash_for(account, marta), "Bon dia", 1),
                                      tmp_path)
            asked = telegram.requests.count("GetDifferenceRequest")
            telegram.user_reads(marta, account, push=False)  # a gap in the account's pts
            telegram.user_sends(marta, account, "Gràcies")  # pushed: the client sees the gap
            await until(lambda: listener.reads and listener.messages, timeout=5)
            assert telegram.requests.count("GetDifferenceRequest") > asked
            return sent, listener
        finally:
            await gateway.stop()

    sent, listener = asyncio.run(scenario())
    assert [r.max_id for r in listener.reads] == [sent.channel_message_id]
    assert [m.text for m in listener.messages] == ["Gràcies"]


def test_from_the_simulators_own_process(sim_process, config, clock, tmp_path):  # noqa: F811
    sim = sim_process
    data_dir = tmp_path / "desk"
    sim.session_for(data_dir)
    desk_config = sim.config_for(config, data_dir)

    async def scenario():
        listener = PresenceRecorder()
        gateway = TelethonGateway(simulator_process_client_factory(desk_config), clock)
        gateway.reconnect_delay = 0.05
        await gateway.start(listener)
        try:
            await gateway.wait_online()
            access_hash = sim.operator.access_hash_for(sim.account, sim.citizen)
            sent = await gateway.send(reply(sim.citizen, access_hash, "Bon dia", 1), tmp_path)
            sim.operator.user_types(sim.citizen, sim.account)
            assert sim.operator.user_reads(sim.citizen, sim.account) == sent.channel_message_id
            await until(lambda: listener.reads and listener.typing, timeout=5)
            return sent, listener
        finally:
            await gateway.stop()

    sent, listener = asyncio.run(scenario())
    assert [(r.citizen_address, r.max_id) for r in listener.reads] == [(sim.citizen, sent.channel_message_id)]
    assert [(t.citizen_address, t.typing) for t in listener.typing] == [(sim.citizen, True)]
