"""The simulated Telegram as its own process: shared by several real TelegramClients
(each with its own authorisation of the same account), keeping its state while they
come and go, and as strict as Telegram about access hashes, flood limits and what a
getDifference holds."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import textwrap

import pytest
from telethon import errors, events
from telethon.tl import functions, types

from deskclient.net.client_factory import simulator_process_client_factory
from tests.simulator import sim_process  # noqa: F401 (the fixture)
from tests.waiting import until


async def client_on(sim, config, data_dir, events_seen=None):
    """A real TelegramClient from the desk's factory, with its own authorised session."""
    if not (data_dir / "telegram.session").exists():
        sim.session_for(data_dir)
    client = simulator_process_client_factory(sim.config_for(config, data_dir))()
    if events_seen is not None:
        async def heard(event):
            events_seen.append(event.raw_text)
        client.add_event_handler(heard, events.NewMessage(incoming=True))
    await client.connect()
    assert await client.is_user_authorized()
    return client


def citizen_peer(sim, viewer=None):
    return types.InputPeerUser(sim.citizen, sim.operator.access_hash_for(viewer or sim.account, sim.citizen))


def test_two_authorisations_of_one_account_both_hear_a_citizen(sim_process, config, tmp_path):
    sim = sim_process

    async def scenario():
        heard_a, heard_b = [], []
        a = await client_on(sim, config, tmp_path / "a", heard_a)
        b = await client_on(sim, config, tmp_path / "b", heard_b)
        try:
            sim.operator.user_sends(sim.citizen, sim.account, "Bon dia")
            await until(lambda: heard_a and heard_b)
            assert heard_a == heard_b == ["Bon dia"]
            # both sessions got the account's own access hash for the citizen
            seen_a = await a.get_input_entity(types.PeerUser(sim.citizen))
            seen_b = await b.get_input_entity(types.PeerUser(sim.citizen))
            assert seen_a.access_hash == seen_b.access_hash == citizen_peer(sim).access_hash
        finally:
            await a.disconnect()
            await b.disconnect()

    asyncio.run(scenario())


def test_a_random_id_used_by_one_process_is_a_duplicate_for_the_other(sim_process, config, tmp_path):
    sim = sim_process

    async def scenario():
        a = await client_on(sim, config, tmp_path / "a")
        b = await client_on(sim, config, tmp_path / "b")
        try:
            await a(functions.messages.SendMessageRequest(citizen_peer(sim), "Resposta", random_id=4242))
            with pytest.raises(errors.RandomIdDuplicateError):
                await b(functions.messages.SendMessageRequest(citizen_peer(sim), "Resposta", random_id=4242))
        finally:
            await a.disconnect()
            await b.disconnect()

    asyncio.run(scenario())
    assert sim.operator.received_by(sim.account, sim.citizen) == ["Resposta"]
    assert sim.operator.stats()["random_id_duplicates"] == 1


KILLED_DESK = textwrap.dedent("""
    import asyncio, sys, time
    from telethon.tl import functions, types
    from deskclient.config import load_config
    from deskclient.net.client_factory import simulator_process_client_factory

    async def main():
        config = load_config(overrides={"paths.data_dir": sys.argv[1], "telegram.simulator": sys.argv[2]})
        client = simulator_process_client_factory(config)()
        await client.connect()
        peer = types.InputPeerUser(int(sys.argv[3]), int(sys.argv[4]))
        await client(functions.messages.SendMessageRequest(peer, "Des d'un procés que morirà", random_id=77))
        print("sent", flush=True)
        await asyncio.sleep(60)

    asyncio.run(main())
""")


def test_a_killed_desk_process_leaves_the_servers_state(sim_process, config, tmp_path):
    sim = sim_process
    data_dir = tmp_path / "killed"
    peer = citizen_peer(sim)

    async def first_run():  # leaves its update state in the session file
        await (await client_on(sim, config, data_dir)).disconnect()

    asyncio.run(first_run())
    desk = subprocess.Popen([sys.executable, "-c", KILLED_DESK, str(data_dir), sim.socket_path,
                             str(sim.citizen), str(peer.access_hash)], stdout=subprocess.PIPE)
    try:
        assert desk.stdout.readline().strip() == b"sent"
    finally:
        desk.send_signal(signal.SIGKILL)
        desk.wait(10)
    sim.operator.user_sends(sim.citizen, sim.account, "Mentre el procés era mort")

    async def restarted():
        heard = []
        client = await client_on(sim, config, data_dir, heard)  # the same session file again
        try:
            await until(lambda: heard, timeout=5)  # caught up from the kept update log
            with pytest.raises(errors.RandomIdDuplicateError):  # the server remembers the random_id
                await client(functions.messages.SendMessageRequest(peer, "Des d'un procés que morirà",
                                                                   random_id=77))
            return heard
        finally:
            await client.disconnect()

    assert asyncio.run(restarted()) == ["Mentre el procés era mort"]
    assert sim.operator.received_by(sim.account, sim.citizen) == ["Des d'un procés que morirà"]


def test_an_access_hash_of_another_account_or_made_up_is_refused(sim_process, config, tmp_path):
    sim = sim_process
    other_account = sim.operator.add_account("+34600000001", "Altre servei")
    assert sim.operator.access_hash_for(other_account, sim.citizen) != citizen_peer(sim).access_hash

    async def scenario():
        client = await client_on(sim, config, tmp_path / "a")
        try:
            for wrong in (citizen_peer(sim, viewer=other_account),
                          types.InputPeerUser(sim.citizen, citizen_peer(sim).access_hash + 1)):
                with pytest.raises(errors.PeerIdInvalidError):
                    await client(functions.messages.SendMessageRequest(wrong, "No hauria d'arribar"))
            with pytest.raises(errors.UserIdInvalidError):
                await client(functions.users.GetUsersRequest([types.InputUser(sim.citizen, 12345)]))
            await client(functions.messages.SendMessageRequest(citizen_peer(sim), "Aquesta sí"))
        finally:
            await client.disconnect()

    asyncio.run(scenario())
    assert sim.operator.received_by(sim.account, sim.citizen) == ["Aquesta sí"]


def test_a_burst_of_sends_gets_flood_wait_for_the_whole_account(sim_process, config, tmp_path):
    sim = sim_process
    neighbour = sim.operator.add_user("Pere")

    async def scenario():
        a = await client_on(sim, config, tmp_path / "a")
        b = await client_on(sim, config, tmp_path / "b")
        try:
            with pytest.raises(errors.FloodWaitError) as flood:
                for n in range(10):  # one chat: 1 a second after a burst of 3
                    await a(functions.messages.SendMessageRequest(citizen_peer(sim), f"missatge {n}"))
            assert flood.value.seconds >= 1
            # while the wait is pending, every send of the account is refused, from any process
            with pytest.raises(errors.FloodWaitError):
                peer = types.InputPeerUser(neighbour, sim.operator.access_hash_for(sim.account, neighbour))
                await b(functions.messages.SendMessageRequest(peer, "A un altre"))
        finally:
            await a.disconnect()
            await b.disconnect()

    asyncio.run(scenario())
    assert sim.operator.received_by(sim.account, sim.citizen) == ["missatge 0", "missatge 1", "missatge 2"]
    assert sim.operator.stats()["flood_waits"] == 2


def test_get_difference_holds_current_messages_and_edits_and_deletions(sim_process, config, tmp_path):
    sim = sim_process
    op = sim.operator
    old = op.user_sends(sim.citizen, sim.account, "Un missatge d'abans")
    older = op.user_sends(sim.citizen, sim.account, "Un altre d'abans")

    async def scenario():
        client = await client_on(sim, config, tmp_path / "a")
        try:
            state = await client(functions.updates.GetStateRequest())
            # while the desk is away (it is asked only now) the citizen writes, edits, deletes
            fresh = op.user_sends(sim.citizen, sim.account, "Nou", push=False)
            op.user_edits(sim.citizen, sim.account, fresh, "Nou, corregit")
            op.user_edits(sim.citizen, sim.account, old, "Un missatge d'abans, corregit")
            gone = op.user_sends(sim.citizen, sim.account, "Me'n penedeixo", push=False)
            op.user_deletes(sim.citizen, sim.account, [gone])
            op.user_deletes(sim.citizen, sim.account, [older])
            diff = await client(functions.updates.GetDifferenceRequest(pts=state.pts, date=state.date, qts=0))
            after = await client(functions.updates.GetDifferenceRequest(pts=diff.state.pts, date=diff.state.date,
                                                                        qts=0))
            return diff, after, fresh, gone
        finally:
            await client.disconnect()

    diff, after, fresh, gone = asyncio.run(scenario())
    assert isinstance(diff, types.updates.Difference)
    [message] = diff.new_messages  # the deleted one is absent
    assert (message.id, message.message) == (fresh, "Nou, corregit") and message.edit_date
    edits = [u for u in diff.other_updates if isinstance(u, types.UpdateEditMessage)]
    assert [(u.message.id, u.message.message) for u in edits] == [(old, "Un missatge d'abans, corregit")]
    deleted = [i for u in diff.other_updates if isinstance(u, types.UpdateDeleteMessages) for i in u.messages]
    assert set(deleted) == {older, gone}
    assert isinstance(after, types.updates.DifferenceEmpty)
