"""The WhatsApp gateway under the real desk (build_desk: store, ingest, outbox) against
the simulated Cloud API: a redelivered webhook files one message and opens one ticket
with one opening message; a citizen's PDF and sticker are fetched into the store."""

from __future__ import annotations

import asyncio

from deskclient.app import build_desk
from deskclient.net.whatsapp import WhatsAppGateway, webhook_app
from deskclient.net.whatsapp_sim import SimulatedCloudAPI
from deskclient.resources import sample_file
from tests.net.whatsapp.conftest import MARTA, serve_webhook
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
