"""An agent on a workstation without a Telegram session edits or deletes a message of
theirs the citizen already has: the record shows it at once, and the service (the duty
holder) makes it on Telegram with the citizen's stored access hash, now or when it comes
back. A change Telegram refuses for good leaves the reason on the message."""

from __future__ import annotations

import asyncio

import pytest

from deskclient.app import build_desk, telegram_network
from deskclient.domain.tickets import Role
from deskclient.net.demo import DemoNetwork
from deskclient.store.sent_changes import EDIT
from tests.factories import citizen, inbound
from tests.services.test_workstation_without_session import settings
from tests.waiting import until


def test_an_edit_made_again_before_the_first_went_is_the_one_that_goes(store, rules, clock):
    anna = store.ensure_agent("anna", "Anna", Role.AGENT)
    ticket_id = store.ingest(inbound(citizen(), clock.now()), rules).ticket_id
    reply_id = store.add_reply(ticket_id, "Primera versió", anna)
    store.mark_sent(reply_id, 9001, clock.now())
    store.queue_own_edit(reply_id, "Segona versió", anna)
    [first] = store.pending_sent_changes(clock.now())
    assert (first.action, first.text, first.channel_message_id) == (EDIT, "Segona versió", 9001)
    store.queue_own_edit(reply_id, "Tercera versió", anna)  # while the first is on its way
    store.sent_change_done(first)
    [again] = store.pending_sent_changes(clock.now())
    assert again.text == "Tercera versió"
    store.sent_change_done(again)
    assert store.pending_sent_changes(clock.now()) == []
    assert [h.previous_text for h in store.m.MessageEdit.select().order_by(store.m.MessageEdit.id)] == \
        ["Primera versió", "Segona versió"]
    assert [d for _, a, _, d in store.audit_trail() if a == "edit_sent"] == ["queued for the service"] * 2


@pytest.mark.postgres
def test_edits_and_deletions_from_a_workstation_without_session_go_through_the_service(tmp_path, pg_url, clock):
    async def scenario():
        network = DemoNetwork(pace=0, answer_delay=0, clock=clock)
        server_config = settings(tmp_path, pg_url, "server")

        async def service():
            desk = build_desk(server_config, lambda c: network.gateway(server_config, c), clock=clock,
                              mode="serve")
            await desk.start()
            await desk.gateway.wait_online()
            return desk

        server = await service()
        marta, account = 1001, str(network.account.id)
        network.says(marta, "Bon dia")
        await until(lambda: server.store.active_ticket_for(account, marta) is not None)
        ticket = server.store.active_ticket_for(account, marta)

        ws_config, factory, _ = telegram_network(settings(tmp_path, pg_url, "bea", **{"telegram.session": "none"}))
        workstation = build_desk(ws_config, factory, clock=clock)
        await workstation.start()
        store = workstation.store
        try:
            first = await workstation.desk.reply(ticket.id, "Li envio el formulri")
            second = await workstation.desk.reply(ticket.id, "Un missatge de més")
            third = await workstation.desk.reply(ticket.id, "Ho té?")
            await until(lambda: all(store.message(i).delivery == "sent" for i in (first, second, third)))

            # The service is running: the change reaches the citizen at once.
            await workstation.desk.edit_sent(first, "Li envio el formulari")
            assert store.message(first).text == "Li envio el formulari"  # the record, at once
            await until(lambda: "Li envio el formulari" in network.received(marta))
            assert "Li envio el formulri" not in network.received(marta)
            await workstation.desk.delete_sent(second)
            assert store.message(second).deleted_at is not None
            await until(lambda: "Un missatge de més" not in network.received(marta))
            await until(lambda: store.pending_sent_changes(clock.now()) == [])

            # The service is away: the change waits for it.
            await server.stop()
            await workstation.desk.edit_sent(third, "El té?")
            await asyncio.sleep(0.3)
            assert network.received(marta)[-1] == "Ho té?"
            server = await service()
            await until(lambda: network.received(marta)[-1] == "El té?")

            # An access hash that is not the account's: refused for good, with its reason.
            m = store.m
            m.Citizen.update(access_hash=m.Citizen.access_hash + 1) \
                .where(m.Citizen.address == marta).execute()
            await workstation.desk.edit_sent(third, "Ja el té?")
            await until(lambda: store.message(third).failure is not None)
            assert store.message(third).failure == \
                "The edit did not reach the citizen: Telegram does not know this citizen for the service account"
            assert network.received(marta)[-1] == "El té?"
            assert store.pending_sent_changes(clock.now()) == []
            await server.stop()
        finally:
            await workstation.stop()
            await network.stop()

    asyncio.run(scenario())
