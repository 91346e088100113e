"""Issue 14 items 5 and 6 on the simulated Telegram as its own process, through the
operator's calls: a purge deletes the chat on the account's side (and a desk restarted
before the deletion does it once), and a citizen's press of a category button."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from deskclient.app import build_desk
from deskclient.domain.tickets import Role
from deskclient.net.client_factory import simulator_process_client_factory
from deskclient.net.telethon_gateway import TelethonGateway
from tests.simulator import sim_process  # noqa: F401 (the fixture)
from tests.waiting import until


def desk_on(sim, config, clock, data_dir, **values):
    desk_config = sim.config_for(config, data_dir).with_values(values)
    factory = simulator_process_client_factory(desk_config)
    return build_desk(desk_config, lambda c: TelethonGateway(factory, c), clock=clock)


def test_purge_then_restart_deletes_the_chat_once(sim_process, config, clock, tmp_path):
    sim, data = sim_process, tmp_path / "desk"
    sim.session_for(data)

    async def before():
        desk = desk_on(sim, config, clock, data)
        await desk.start()
        await desk.gateway.wait_online()
        account = str(sim.account)
        try:
            sim.operator.user_sends(sim.citizen, sim.account, "Bon dia, una consulta")
            await until(lambda: desk.store.active_ticket_for(account, sim.citizen) is not None)
            ticket = desk.store.active_ticket_for(account, sim.citizen)
            await until(lambda: all(m.delivery == "sent" for m in desk.store.thread(ticket.id) if m.kind != "in"))
            anna = desk.store.ensure_agent("anna", "Anna", Role.AGENT)
            desk.store.close_ticket(ticket.id, anna, desk.rules)
            desk.outbox.kick()
            await until(lambda: all(m.delivery == "sent" for m in desk.store.thread(ticket.id) if m.kind != "in"))
            clock.advance(timedelta(hours=1))
            desk.store.finalize_expired(desk.rules)
            clock.advance(timedelta(days=215))
            sim.operator.fail_next_history_delete(1)
            await asyncio.to_thread(desk.lead.purge_job.run, "test")
            await until(lambda: desk.store.pending_history_deletes(clock.now() + timedelta(hours=1))[0].attempts == 1)
        finally:
            await desk.stop()

    async def after():
        clock.advance(timedelta(minutes=5))
        desk = desk_on(sim, config, clock, data)
        await desk.start()
        await desk.gateway.wait_online()
        try:
            await until(lambda: desk.store.history_deletes_left() == 0)
        finally:
            await desk.stop()

    asyncio.run(before())
    assert sim.operator.deleted_histories(sim.account, sim.citizen) == []
    asyncio.run(after())
    [deleted] = sim.operator.deleted_histories(sim.account, sim.citizen)
    assert not deleted["revoke"] and len(deleted["message_ids"]) >= 3  # hers, the opening, the closing…
    assert sim.operator.chat_messages(sim.account, sim.citizen) == []


def test_a_press_of_a_category_button(sim_process, config, clock, tmp_path):
    sim, data = sim_process, tmp_path / "bot"
    bot = sim.operator.add_bot("77:XYZ", "Ajuntament")
    sim.session_for(data, bot)

    async def scenario():
        desk = desk_on(sim, config, clock, data, **{"tickets.category_choice": True})
        await desk.start()
        await desk.gateway.wait_online()
        try:
            sim.operator.user_sends(sim.citizen, bot, "Bonjour, je ne peux pas payer")
            await until(lambda: sim.operator.buttons_of(bot, sim.citizen))
            rows = sim.operator.buttons_of(bot, sim.citizen)
            assert rows[1][0] == ("Problèmes de paiement", "category:2")
            opening = max(sim.operator.chat_messages(bot, sim.citizen))
            query = sim.operator.user_presses(sim.citizen, bot, opening, "category:2")
            await until(lambda: sim.operator.callback_answer(query) is not None)
            assert sim.operator.callback_answer(query) == "Demande classée : Problèmes de paiement"
            ticket = desk.store.active_ticket_for(str(bot), sim.citizen)
            assert ticket.category == "Payment problems" and desk.store.category_chosen_by_citizen(ticket.id)
        finally:
            await desk.stop()

    asyncio.run(scenario())
