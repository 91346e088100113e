"""Issue 11 item 3: any session of the service account can answer any citizen.

Desk A (its own session file) meets the citizens and answers one of them; then desk B
starts on the same store with a fresh session file of the same account, a real
TelegramClient that never saw these citizens (nothing in its entity cache), on the
simulated Telegram process, which is as strict as Telegram about access hashes. B
replies, edits A's reply and reads an earlier message, all with the access hash the
store keeps for each citizen; an access hash that is not the account's is refused, and
the agent is told so in a plain sentence."""

from __future__ import annotations

import asyncio

import pytest

from deskclient.app import build_desk
from deskclient.domain.messages import Delivery
from deskclient.errors import UserFacingError
from deskclient.net.client_factory import simulator_process_client_factory
from deskclient.net.telethon_gateway import TelethonGateway
from tests.simulator import sim_process  # noqa: F401, F811 (the fixture)
from tests.waiting import until


def _desk(sim, config, clock, data_dir, database_url):
    """A single desk on the simulator process with its own, new session file."""
    sim.session_for(data_dir)
    desk_config = sim.config_for(config, data_dir).with_values({"database.url": database_url})
    factory = simulator_process_client_factory(desk_config)
    return build_desk(desk_config, lambda c: TelethonGateway(factory, c), clock=clock)


def _knows(desk, user_id: int) -> bool:
    """Whether the desk's Telegram session has this user in its entity cache."""
    try:
        desk.gateway.client.session.get_input_entity(user_id)
        return True
    except ValueError:
        return False


def test_a_session_that_never_met_the_citizens_answers_them_with_the_stored_access_hash(
        sim_process, config, clock, tmp_path):
    sim, op = sim_process, sim_process.operator
    marta, pere, jordi, nuria = sim.citizen, op.add_user("Pere"), op.add_user("Jordi"), op.add_user("Núria")
    everyone = (marta, pere, jordi, nuria)
    account = str(sim.account)
    database_url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    first_ids = {}

    async def desk_a():
        desk = _desk(sim, config, clock, tmp_path / "a", database_url)
        await desk.start()
        try:
            await desk.gateway.wait_online()
            for who, text in ((marta, "Bon dia"), (pere, "Hola"), (jordi, "Ei"), (nuria, "Tinc un dubte")):
                first_ids[who] = op.user_sends(who, sim.account, text)
            await until(lambda: all(desk.store.active_ticket_for(account, u) for u in everyone))
            ticket = desk.store.active_ticket_for(account, marta)
            reply_id = await desk.desk.reply(ticket.id, "Primera resposta")
            await until(lambda: not desk.store.outbox(), timeout=10)  # openings and the reply went
            assert _knows(desk, marta)
            return reply_id
        finally:
            await desk.stop()

    reply_id = asyncio.run(desk_a())
    assert op.received_by(sim.account, marta)[-1] == "Primera resposta"

    async def desk_b():
        desk = _desk(sim, config, clock, tmp_path / "b", database_url)
        store = desk.store
        m = store.m
        # Jordi's hash as some other account would see him: Telegram refuses it.
        m.Citizen.update(access_hash=op.access_hash_for(op.add_account("+34600000009", "Altre"), jordi)) \
            .where(m.Citizen.address == jordi).execute()
        await desk.start()
        try:
            await desk.gateway.wait_online()
            assert not any(_knows(desk, u) for u in everyone)  # never met them

            # Pere: a reply through the outbox.
            pere_ticket = store.active_ticket_for(account, pere)
            sent_id = await desk.desk.reply(pere_ticket.id, "Us responem des d'un altre servidor")
            await until(lambda: store.message(sent_id).delivery == Delivery.SENT.value, timeout=10)
            assert op.received_by(sim.account, pere)[-1] == "Us responem des d'un altre servidor"

            # Marta: A's reply edited.
            assert not _knows(desk, marta)
            await desk.desk.edit_sent(reply_id, "Primera resposta, corregida")
            assert "Primera resposta, corregida" in op.received_by(sim.account, marta)
            assert store.message(reply_id).text == "Primera resposta, corregida"

            # Jordi: the wrong hash is refused, the reply fails with a reason the agent reads.
            jordi_ticket = store.active_ticket_for(account, jordi)
            refused_id = await desk.desk.reply(jordi_ticket.id, "No hauria d'arribar")
            await until(lambda: store.message(refused_id).delivery == Delivery.FAILED.value, timeout=10)
            assert store.message(refused_id).failure == "Telegram does not know this citizen for the service account"
            assert "No hauria d'arribar" not in op.received_by(sim.account, jordi)

            # Núria: an earlier message read again (a reply quote the store lacks).
            assert await desk.gateway.fetch_message_text(nuria, first_ids[nuria]) is None  # no hash, no peer
            assert not _knows(desk, nuria)
            stored_hash = m.Citizen.get(m.Citizen.address == nuria).access_hash
            assert await desk.gateway.fetch_message_text(nuria, first_ids[nuria], stored_hash) == "Tinc un dubte"
        finally:
            await desk.stop()

    asyncio.run(desk_b())


def test_an_edit_addressed_with_a_wrong_access_hash_is_refused_in_a_plain_sentence(
        sim_process, config, clock, tmp_path):
    sim, op = sim_process, sim_process.operator
    account = str(sim.account)

    async def scenario():
        desk = _desk(sim, config, clock, tmp_path / "a", f"sqlite:///{tmp_path / 'desk.sqlite3'}")
        await desk.start()
        try:
            await desk.gateway.wait_online()
            op.user_sends(sim.citizen, sim.account, "Bon dia")
            await until(lambda: desk.store.active_ticket_for(account, sim.citizen) is not None)
            ticket = desk.store.active_ticket_for(account, sim.citizen)
            reply_id = await desk.desk.reply(ticket.id, "Resposta")
            await until(lambda: desk.store.message(reply_id).delivery == Delivery.SENT.value, timeout=10)
            m = desk.store.m
            m.Citizen.update(access_hash=m.Citizen.access_hash + 1) \
                .where(m.Citizen.address == sim.citizen).execute()
            with pytest.raises(UserFacingError, match="Telegram refused it"):
                await desk.desk.edit_sent(reply_id, "Resposta corregida")
            assert desk.store.message(reply_id).text == "Resposta"  # not recorded as changed
            assert "Resposta corregida" not in op.received_by(sim.account, sim.citizen)
        finally:
            await desk.stop()

    asyncio.run(scenario())
