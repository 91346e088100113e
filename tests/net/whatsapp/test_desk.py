"""The WhatsApp gateway under the real desk (build_desk: store, ingest, outbox) against
the simulated Cloud API: a redelivered webhook files one message and opens one ticket
with one opening message; a citizen's PDF and sticker are fetched into the store; a send
Meta refused (an expired token) is not held as maybe sent."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from deskclient.app import build_desk
from deskclient.net.whatsapp import WhatsAppGateway, webhook_app
from deskclient.net.whatsapp_sim import SimulatedCloudAPI
from deskclient.resources import sample_file
from deskclient.net.gateway import ConnectionState
from tests.net.whatsapp.conftest import MARTA, desk_on_whatsapp, serve_webhook
from tests.waiting import until


def test_redelivered_webhooks_file_one_ticket_one_message_and_one_opening(config, clock):
    pdf = sample_file("certificat.pdf").read_bytes()

    async def scenario():
        sim = SimulatedCloudAPI(clock, redeliver_every=1)
        await sim.start()
        desk = build_desk(config, lambda c: WhatsAppGateway(sim.settings(), c), clock=clock)
        runner, port = await serve_webhook(webhook_app(desk.gateway))
        sim.webhooks.url = f"http://127.0.0.1:{port}{desk.gateway.settings.webhook_path}"
        account, citizen = desk.gateway.account, int(MARTA)
        try:
            await desk.gateway.start(desk.ingest)
            await desk.gateway.wait_online()
            desk.duty_jobs.follow(True)  # the only process: it sends
            sim.name_citizen(MARTA, "Marta Puig")
            await sim.citizen_sends_text(MARTA, "Bon dia, us envio el certificat")
            await sim.citizen_sends_document(MARTA, pdf, "certificat.pdf", "application/pdf")
            await sim.citizen_sends_sticker(MARTA, sample_file("sticker.webp").read_bytes())
            assert sim.webhooks.redelivered >= 3  # every message came twice (the statuses too)
            ticket = desk.store.active_ticket_for(account, citizen)
            assert ticket is not None
            thread = desk.store.thread(ticket.id)
            assert [m.text for m in thread if m.kind == "in"] == ["Bon dia, us envio el certificat", "",
                                                                  "🏷️ (sticker)"]
            await until(lambda: sum(a.kept for m in desk.store.thread(ticket.id) for a in m.attachments) == 2)
            document, sticker = [a for m in desk.store.thread(ticket.id) for a in m.attachments]
            assert document.file_name == "certificat.pdf" and document.kind == "pdf"
            assert sticker.kind == "sticker"  # drawn in the thread, as a Telegram sticker is
            # The citizen corrects their first words, then deletes them: kept, as on Telegram.
            [first] = [m for m in thread if m.text == "Bon dia, us envio el certificat"]
            first_wamid = desk.store.m.Message.get_by_id(first.id).external_id
            await sim.citizen_edits(MARTA, first_wamid, "Bon dia, us envio el certificat signat")
            await sim.citizen_deletes(MARTA, first_wamid)
            assert desk.store.message(first.id).text == "Bon dia, us envio el certificat signat"
            assert desk.store.message(first.id).deleted_at is not None
            assert [t for _, t in desk.store.message_history(first.id)] == ["Bon dia, us envio el certificat"]
            # The opening message went out once, inside the window the citizen opened.
            await until(lambda: len(sim.received(MARTA)) >= 1)
            await asyncio.sleep(0.3)
            [opening] = sim.received(MARTA)
            assert ticket.number in opening.text and opening.type == "text"
        finally:
            await desk.stop()
            await runner.cleanup()
            await sim.stop()

    asyncio.run(scenario())


def test_an_opening_refused_for_an_expired_token_goes_once_as_soon_as_the_token_is_renewed(config, clock):
    """Meta's 401 (code 190) answers before it takes the message: nothing went, so the
    send is not left in flight for whatsapp.in_flight_wait (10 min) waiting for a status
    that cannot come; it goes as soon as the token answers again, and only once."""

    async def scenario():
        async with desk_on_whatsapp(config, clock) as (desk, sim):
            desk.gateway.reconnect_delay = 0.2
            good = sim.access_token
            sim.revoke_token()
            await sim.citizen_sends_text(MARTA, "Bon dia, no em funciona el certificat")
            ticket = desk.store.active_ticket_for(desk.gateway.account, int(MARTA))
            await until(lambda: desk.gateway.state is ConnectionState.LOGGED_OUT)
            [opening] = [m for m in desk.store.thread(ticket.id) if m.kind != "in"]

            def refused_and_free():
                row = desk.store.m.Message.get_by_id(opening.id)
                return row.delivery == "queued" and row.in_flight_since is None
            await until(refused_and_free)
            sim.access_token = good  # IT renews the token
            await until(lambda: sim.received(MARTA), timeout=10)
            clock.advance(desk.outbox.in_flight_wait + timedelta(minutes=1))
            await asyncio.sleep(1.0)  # a second copy would go now
            [got] = sim.received(MARTA)
            assert ticket.number in got.text
            assert desk.store.m.Message.get_by_id(opening.id).external_id is not None

    asyncio.run(scenario())
