"""The WhatsApp demo's citizens under the real desk: they write, send files (the DOCX
refused), share a place and a contact, and answer the agent (a word or a 👍)."""

from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager

from deskclient.app import build_desk
from deskclient.net.whatsapp import WhatsAppGateway, webhook_app
from deskclient.net.whatsapp_sim.demo import SCRIPTS, WhatsAppDemo
from tests.net.whatsapp.conftest import serve_webhook
from tests.waiting import until


@asynccontextmanager
async def demo_desk(config, clock):
    """The real desk (WhatsApp its only channel, holding the duty) and the demo's
    citizens, their script played to the end."""
    demo = WhatsAppDemo(clock, pace=0.01, answer_delay=0.05, templates=config["templates"])
    await demo.start()
    desk = build_desk(config, lambda c: WhatsAppGateway(demo.settings(), c), clock=clock)
    runner, port = await serve_webhook(webhook_app(desk.gateway))
    demo.deliver_to(f"http://127.0.0.1:{port}{desk.gateway.settings.webhook_path}")
    try:
        await desk.gateway.start(desk.ingest)
        await desk.gateway.wait_online()
        desk.duty_jobs.follow(True)
        demo.play()
        await asyncio.wait_for(demo.script_done.wait(), 20)
        yield desk, demo
    finally:
        await desk.stop()
        await runner.cleanup()
        await demo.stop()


def test_the_demo_morning_on_whatsapp(config, clock):
    async def scenario():
        async with demo_desk(config, clock) as (desk, demo):
            account = desk.gateway.account

            def inbound(wa_id):
                ticket = desk.store.active_ticket_for(account, int(wa_id))
                return [m for m in desk.store.thread(ticket.id) if m.kind == "in"] if ticket else []

            await until(lambda: all(len(inbound(wa_id)) == len(script) for wa_id, _, script, _ in SCRIPTS), 10)
            lucia, alvaro, pilar, jorge = (inbound(wa_id) for wa_id, *_ in SCRIPTS)
            await until(lambda: all(a.state == "done" for m in inbound(SCRIPTS[1][0]) for a in m.attachments))
            docx, pdf = (m.attachments[0] for m in inbound(SCRIPTS[1][0])[2:])
            assert docx.refusal and not docx.kept and pdf.kept and pdf.file_name == "formulario.pdf"
            assert alvaro[1].forward_from
            assert "Edificio Pignatelli" in pilar[1].text and pilar[2].reply_quote == pilar[0].text
            assert jorge[2].text == "👤 Ana Lanuza · +34 622 000 004"
            # The DOCX's refusal reached Álvaro, in the window he had opened.
            await until(lambda: len(demo.sim.received(SCRIPTS[1][0])) == 2)  # the opening, the refusal
            refusal = demo.sim.received(SCRIPTS[1][0])[1].text
            assert "formulario.docx" in refusal and "PDF" in refusal.upper()

            ticket = desk.store.active_ticket_for(account, int(SCRIPTS[0][0]))
            await desk.desk.reply(ticket.id, "Ya lo tiene presentado, gracias a usted.")
            await until(lambda: [m.text for m in inbound(SCRIPTS[0][0])][-1] == SCRIPTS[0][3][0], 10)
            ticket = desk.store.active_ticket_for(account, int(SCRIPTS[1][0]))
            await desk.desk.reply(ticket.id, "El aviso es nuestro: puede pagarlo en la sede.")
            await until(lambda: inbound(SCRIPTS[1][0])[-1].text == "👍 (reaction)", 10)
            assert lucia[1].attachments[0].file_name == "justificante.pdf"

    asyncio.run(scenario())


def test_the_demo_citizens_pick_their_category(config, clock):
    """With tickets.category_choice, each demo citizen picks a row of the opening's list
    (and does not take it for an agent's answer)."""
    async def scenario():
        async with demo_desk(config.with_values({"tickets.category_choice": True}), clock) as (desk, demo):
            account = desk.gateway.account

            def tickets():
                return [desk.store.active_ticket_for(account, int(wa_id)) for wa_id, *_ in SCRIPTS]

            await until(lambda: all(t is not None and desk.store.category_chosen_by_citizen(t.id)
                                    for t in tickets()), 10)
            assert {desk.store.ticket(t.id).category for t in tickets()} <= set(config["tickets.categories"])
            assert all(len(c.answers) == len(a) for c, (*_, a) in zip(demo.citizens.values(), SCRIPTS))

    asyncio.run(scenario())
