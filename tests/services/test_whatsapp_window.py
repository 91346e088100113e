"""Issue 16 item 3: the 24-hour customer-service window and delivery statuses, through
the real desk (build_desk: store, ingest, outbox) and the real WhatsApp gateway against
the simulated Cloud API, on SQLite."""

from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import timedelta
from types import SimpleNamespace

import pytest

from deskclient.config import load_config
from deskclient.domain.customer_window import customer_window
from deskclient.errors import NotAllowed
from deskclient.net.gateway import ConnectionState
from deskclient.services.customer_windows import CustomerWindows
from tests.conftest import it_sets
from tests.net.whatsapp.conftest import MARTA
from tests.net.whatsapp.conftest import desk_on_whatsapp as whatsapp_desk
from tests.waiting import until

PAU = "34622333444"
TEMPLATES = {
    "closing": {"name": "consulta_tancada", "languages": {"ca": "ca", "es": "es"}, "parameters": ["ticket"]},
    "out_of_hours": {"name": "fora_horari", "languages": {"ca": "ca"}, "parameters": ["text"]},
    "seguiment": {"name": "seguiment_consulta", "languages": {"ca": "ca"}, "parameters": ["ticket"]},
}


def whatsapp_config(tmp_path):
    it_sets(tmp_path, name="anna")
    return load_config(overrides={"paths.data_dir": str(tmp_path / "data"), "retention.purge_in_app": False,
                                  "whatsapp.templates": TEMPLATES})


APPROVED = (("consulta_tancada", "ca", 1), ("seguiment_consulta", "ca", 1))


@asynccontextmanager
async def desk_on_whatsapp(config, clock, approved=APPROVED):
    """The desk on one WhatsApp number holding the duty (tests/net/whatsapp/conftest.py),
    with `approved` templates as (name, language, parameters)."""
    async with whatsapp_desk(config, clock) as (desk, sim):
        for name, language, parameters in approved:
            sim.approve_template(name, language, parameters=parameters)
        yield desk, sim


def bubble(desk, message_id):
    return desk.store.messages([message_id])[0]


def test_the_window_opens_with_each_citizen_message_and_closes_24_hours_later(clock):
    wrote = clock.now()
    assert customer_window(None, wrote).open is False
    window = customer_window(wrote, wrote + timedelta(hours=23, minutes=59))
    assert window.open and window.closes_at == wrote + timedelta(hours=24)
    assert not customer_window(wrote, wrote + timedelta(hours=24)).open


def test_outside_the_window_notices_go_as_templates_and_free_text_is_not_sent(tmp_path, clock):
    async def scenario():
        async with desk_on_whatsapp(whatsapp_config(tmp_path), clock) as (desk, sim):
            account = desk.gateway.account
            await sim.citizen_sends_text(MARTA, "Bon dia, tinc un dubte amb la signatura")
            ticket = desk.store.active_ticket_for(account, int(MARTA))
            await until(lambda: len(sim.received(MARTA)) == 1)  # the opening, free text in the window
            inside = await desk.desk.reply(ticket.id, "Ara ho mirem")
            await until(lambda: bubble(desk, inside).delivered)  # sent, then delivered: ✓✓
            assert [r.text for r in sim.received(MARTA)][-1] == "Ara ho mirem"
            await sim.citizen_reads(MARTA, sim.received(MARTA)[-1])
            await until(lambda: bubble(desk, inside).seen)

            clock.advance(timedelta(hours=24, minutes=1))  # the citizen said nothing more
            with pytest.raises(NotAllowed, match="approved template"):  # the composer says so at once
                await desk.desk.reply(ticket.id, "Ja ho tenim resolt")
            # One queued before (another workstation's, the outbox busy) is not sent blindly either.
            late = desk.store.add_reply(ticket.id, "Ja ho tenim resolt", desk.desk.agent)
            desk.outbox.kick()
            await until(lambda: bubble(desk, late).delivery == "failed")
            assert "24 hours" in bubble(desk, late).failure
            await desk.desk.close(ticket.id)  # the closing message: its approved template
            await until(lambda: len(sim.received(MARTA)) == 3)
            closing = sim.received(MARTA)[-1]
            assert closing.type == "template"
            assert closing.template == ("consulta_tancada", "ca", (ticket.number,))
            assert "Ja ho tenim resolt" not in [r.text for r in sim.received(MARTA)]

    asyncio.run(scenario())


def test_a_free_text_meta_finds_outside_the_window_fails_with_a_plain_reason(tmp_path, clock):
    """Meta's word is final: a reply the desk sent in the window as it saw it, failed by
    the status webhook with 131047, shows failed with the reason in its bubble."""
    async def scenario():
        async with desk_on_whatsapp(whatsapp_config(tmp_path), clock) as (desk, sim):
            await sim.citizen_sends_text(PAU, "Hola")
            ticket = desk.store.active_ticket_for(desk.gateway.account, int(PAU))
            await until(lambda: len(sim.received(PAU)) == 1)
            sim._last_inbound[PAU] -= timedelta(hours=25)  # Meta's clock says the window closed
            reply = await desk.desk.reply(ticket.id, "Resposta")
            await until(lambda: bubble(desk, reply).delivery == "failed")
            assert "24 hours" in bubble(desk, reply).failure

    asyncio.run(scenario())


def test_a_reply_that_never_left_while_the_api_was_unreachable_goes_as_soon_as_it_is_back(tmp_path, clock):
    """Not reachable at all (the connection refused) means nothing went: the reply is not
    left waiting the in-flight time for a status that cannot come."""
    async def scenario():
        async with desk_on_whatsapp(whatsapp_config(tmp_path), clock) as (desk, sim):
            await sim.citizen_sends_text(PAU, "Hola")
            ticket = desk.store.active_ticket_for(desk.gateway.account, int(PAU))
            await until(lambda: len(sim.received(PAU)) == 1)
            reachable = desk.gateway.graph.settings
            desk.gateway.graph.settings = replace(reachable, api_base_url="http://127.0.0.1:9/v21.0")
            reply = await desk.desk.reply(ticket.id, "Resposta")
            await until(lambda: desk.gateway.state is not ConnectionState.ONLINE)

            def tried_and_free():
                row = desk.store.m.Message.get_by_id(reply)
                return row.delivery == "queued" and row.in_flight_since is None and row.next_try_at is None
            await until(tried_and_free)
            desk.gateway.graph.settings = reachable
            await until(lambda: [r.text for r in sim.received(PAU)][-1] == "Resposta", timeout=10)

    asyncio.run(scenario())


def test_a_team_workstation_offers_and_queues_the_services_templates(tmp_path, clock):
    """A team's workstation has no `[whatsapp.templates]` of its own (docs/deploy.md 8:
    a database URL and no session): its composer offers the templates the service
    publishes in its node row, and one picked there goes out as the service's approved
    template (the breaker's report: no agent could answer a citizen past 24 hours)."""
    async def scenario():
        async with desk_on_whatsapp(whatsapp_config(tmp_path), clock) as (desk, sim):
            await desk.heartbeat.beat()  # the service's row, as every few seconds
            await sim.citizen_sends_text(MARTA, "Bon dia, tinc un dubte amb la signatura")
            ticket = desk.store.active_ticket_for(desk.gateway.account, int(MARTA))
            await until(lambda: len(sim.received(MARTA)) == 1)
            clock.advance(timedelta(hours=25))
            workstation = CustomerWindows(desk.store, desk.runner, clock,
                                          SimpleNamespace(templates={}, kick=desk.outbox.kick))
            assert await desk.runner.run(workstation.templates) == ["closing", "out_of_hours", "seguiment"]
            queued = await workstation.send_template(ticket.id, "seguiment", desk.desk.agent)
            assert bubble(desk, queued).text == "[seguiment_consulta]"
            await until(lambda: len(sim.received(MARTA)) == 2)
            assert sim.received(MARTA)[-1].template == ("seguiment_consulta", "ca", (ticket.number,))
            await desk.heartbeat.stop()  # stopped cleanly: nothing to offer, said plainly
            assert await desk.runner.run(workstation.templates) == []
            with pytest.raises(NotAllowed, match="No approved template"):
                await workstation.send_template(ticket.id, "seguiment", desk.desk.agent)

    asyncio.run(scenario())
