"""Channel posts (issue 12 item 6) through the real TelethonGateway and TelegramClient on the
simulated Telegram, in this process and as its own process: a post (text with formatting,
a file) and its link, a repeat of the same random_id finding the same post, an edit and a
deletion; refused where the account is not an admin, for an unknown name and for a
user's name; a channel made with channels.createChannel."""

from __future__ import annotations

import asyncio

import pytest
from telethon import errors
from telethon.tl import functions, types

from deskclient.net.client_factory import simulator_process_client_factory
from deskclient.net.gateway import ChannelAddress, Offline, Undeliverable
from deskclient.net.no_session import NullGateway
from deskclient.net.telethon_gateway import TelethonGateway
from tests.net.conftest import Recorder, logged_in_gateway
from tests.simulator import sim_process  # noqa: F401 (the fixture)
from tests.waiting import until

BOLD = ({"_": "MessageEntityBold", "offset": 0, "length": 6},)


def test_a_post_its_link_a_repeat_an_edit_and_a_deletion(telegram, gateway_factory, tmp_path):
    gencat = telegram.add_channel("Generalitat de Catalunya", "gencat", admins=(telegram.account,))
    leaflet = tmp_path / "avis.pdf"
    leaflet.write_bytes(b"%PDF-1.4 avis")

    async def scenario():
        gateway = gateway_factory()
        await logged_in_gateway(telegram, gateway, Recorder())
        try:
            first = await gateway.post_to_channel(ChannelAddress("gencat"), "Avís: tall de carretera a la C-16",
                                                  BOLD, random_id=111)
            assert first.link == "https://t.me/gencat/1" and first.post_id == 1
            assert first.channel.channel_id == gencat.id and first.channel.access_hash  # kept for later calls
            # The answer was lost, the duty holder sends again with the same random_id:
            # Telegram refuses the duplicate and the post made before is found again.
            again = await gateway.post_to_channel(first.channel, "Avís: tall de carretera a la C-16", BOLD,
                                                  random_id=111)
            assert again.post_id == 1 and len(telegram.channel_posts(gencat.id)) == 1
            with_file = await gateway.post_to_channel(first.channel, "El full informatiu", random_id=222,
                                                      file_path=leaflet, file_name="avis.pdf")
            assert with_file.link == "https://t.me/gencat/2"
            await gateway.edit_channel_post(first.channel, 1, "Avís: la C-16 torna a estar oberta")
            await gateway.edit_channel_post(first.channel, 1, "Avís: la C-16 torna a estar oberta")  # done already
            await gateway.delete_channel_post(first.channel, 2)
            with pytest.raises(Undeliverable, match="no longer in @gencat"):
                await gateway.edit_channel_post(first.channel, 2, "massa tard")
        finally:
            await gateway.stop()

    asyncio.run(scenario())
    [post] = telegram.channel_posts(gencat.id)
    assert post.message == "Avís: la C-16 torna a estar oberta" and post.edit_date is not None
    assert gencat.deleted == [2]
    assert telegram.random_id_duplicates == 1


def test_refused_where_the_account_is_not_an_admin(telegram, gateway_factory):
    other = telegram.add_account("+34600000099", "Another department")
    telegram.add_channel("Notícies", "noticies", admins=(other,), members=(telegram.account,))
    telegram.add_user("Pere", username="pere")

    async def scenario():
        gateway = gateway_factory()
        await logged_in_gateway(telegram, gateway, Recorder())
        reasons = []
        try:
            for name in ("noticies", "nobody_here", "pere"):
                with pytest.raises(Undeliverable) as refused:
                    await gateway.post_to_channel(ChannelAddress(name), "Hola", random_id=5)
                reasons.append(str(refused.value))
        finally:
            await gateway.stop()
        return reasons

    assert asyncio.run(scenario()) == ["the service account is not an admin of @noticies",
                                       "no Telegram channel is called @nobody_here",
                                       "@pere is not a Telegram channel"]
    assert all(not c.posts for c in telegram.channels.values())


def test_a_workstation_without_a_session_posts_nothing():
    async def scenario():
        with pytest.raises(Offline):
            await NullGateway().post_to_channel(ChannelAddress("gencat"), "Hola", random_id=1)

    asyncio.run(scenario())


def test_channel_posts_on_the_simulator_process(sim_process, config, clock, tmp_path):
    sim = sim_process
    other = sim.operator.add_account("+34600000098", "Another department")
    channel = sim.operator.add_channel("Generalitat de Catalunya", "gencat", admins=[sim.account])
    data_dir, other_dir = tmp_path / "desk", tmp_path / "other"
    sim.session_for(data_dir)
    sim.session_for(other_dir, other)

    async def scenario():
        gateway = TelethonGateway(simulator_process_client_factory(sim.config_for(config, data_dir)), clock)
        gateway.reconnect_delay = 0.05
        await gateway.start(Recorder())
        client = simulator_process_client_factory(sim.config_for(config, other_dir))()
        await client.connect()
        try:
            await gateway.wait_online()
            receipt = await gateway.post_to_channel(ChannelAddress("gencat"), "Bon dia des del canal", BOLD,
                                                    random_id=77)
            assert receipt.link == "https://t.me/gencat/1"
            await gateway.edit_channel_post(receipt.channel, receipt.post_id, "Bon dia (corregit)")
            # Another account resolves the channel (its own access hash) and is refused by
            # Telegram itself: it is a member of nothing and an admin of nothing there.
            resolved = await client(functions.contacts.ResolveUsernameRequest("gencat"))
            [seen] = resolved.chats
            assert seen.admin_rights is None and seen.access_hash != receipt.channel.access_hash
            with pytest.raises(errors.ChatAdminRequiredError):
                await client(functions.messages.SendMessageRequest(
                    types.InputPeerChannel(seen.id, seen.access_hash), "intrús", random_id=78))
            with pytest.raises(errors.ChannelInvalidError):  # the desk's hash is not this account's
                await client(functions.messages.SendMessageRequest(
                    types.InputPeerChannel(seen.id, receipt.channel.access_hash), "intrús", random_id=79))
            # channels.createChannel: an account makes its own channel and names it.
            made = await client(functions.channels.CreateChannelRequest("Premsa", "Notes de premsa",
                                                                        broadcast=True))
            [own] = made.chats
            assert own.creator and own.admin_rights.post_messages
            assert await client(functions.channels.UpdateUsernameRequest(
                types.InputChannel(own.id, own.access_hash), "premsa"))
            # Telethon asks for a channel's news after 15 minutes without any: nothing new.
            news = await client(functions.updates.GetChannelDifferenceRequest(
                types.InputChannel(own.id, own.access_hash), types.ChannelMessagesFilterEmpty(), pts=1, limit=10))
            assert isinstance(news, types.updates.ChannelDifferenceEmpty) and news.final
            await gateway.delete_channel_post(receipt.channel, receipt.post_id)
        finally:
            await client.disconnect()
            await gateway.stop()

    asyncio.run(scenario())
    assert sim.operator.channel_posts(channel) == []


def test_a_post_with_a_file_on_the_simulator_process(sim_process, config, clock, tmp_path):
    sim = sim_process
    channel = sim.operator.add_channel("Generalitat de Catalunya", "gencat", admins=[sim.account])
    data_dir = tmp_path / "desk"
    sim.session_for(data_dir)
    leaflet = tmp_path / "full.pdf"
    leaflet.write_bytes(b"%PDF-1.4 full")

    async def scenario():
        gateway = TelethonGateway(simulator_process_client_factory(sim.config_for(config, data_dir)), clock)
        gateway.reconnect_delay = 0.05
        await gateway.start(Recorder())
        try:
            await gateway.wait_online()
            await gateway.post_to_channel(ChannelAddress("gencat"), "El full", random_id=9, file_path=leaflet,
                                          file_name="full.pdf")
            await until(lambda: sim.operator.channel_posts(channel))
        finally:
            await gateway.stop()

    asyncio.run(scenario())
    assert sim.operator.channel_posts(channel) == [{"id": 1, "text": "El full", "edited": False,
                                                    "file": "full.pdf"}]
