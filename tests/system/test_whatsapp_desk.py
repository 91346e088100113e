"""Issue 16: seed 002's ticket rules end to end on WhatsApp, in a desk that serves
Telegram too. The whole composition (build_desk with both channels, the gateway router,
the webhook server on a real port) against the simulated Cloud API and the simulated
Telegram, with a real SQLite store; the PDF is opened in the real preview widget."""

from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager
from datetime import timedelta

from deskclient.app import build_desk
from deskclient.domain.tickets import Role
from deskclient.net.client_factory import simulated_client_factory
from deskclient.net.gateway import ConnectionState
from deskclient.net.login import LoginFlow
from deskclient.net.telethon_gateway import TelethonGateway
from deskclient.net.whatsapp import WhatsAppGateway
from deskclient.net.whatsapp_sim import SimulatedCloudAPI
from deskclient.resources import sample_file
from tests.net.conftest import telegram  # noqa: F401 (the simulated Telegram fixture)
from tests.waiting import until

LAURA = "34976112233"  # a citizen's wa_id


@asynccontextmanager
async def desk_with_both(telegram, config, clock, log_in: bool = True):  # noqa: F811
    """A single desk holding Telegram's session and a WhatsApp number, with the duty;
    the simulator posts its webhooks to the desk's own webhook server. `log_in`: the
    Telegram account logged in first (else it stays logged out)."""
    sim = SimulatedCloudAPI(clock)
    await sim.start()
    config = config.with_values({"whatsapp.listen": "127.0.0.1:0"})
    desk = build_desk(config, lambda c: TelethonGateway(simulated_client_factory(telegram, config), c),
                      clock=clock, whatsapp_factory=lambda c: WhatsAppGateway(sim.settings(), c))
    desk.gateway.first.reconnect_delay = desk.whatsapp.reconnect_delay = 0.05
    try:
        await desk.start()
        sim.webhooks.url = desk.webhook.local_url + desk.whatsapp.settings.webhook_path
        await until(lambda: desk.gateway.first.state is ConnectionState.LOGGED_OUT
                    and desk.whatsapp.state is ConnectionState.ONLINE)
        if log_in:
            flow = LoginFlow(desk.gateway.first)
            await flow.send_code("+34600000000")
            await flow.enter_code(telegram.code_value)
            await until(lambda: desk.gateway.first.state is ConnectionState.ONLINE)
        desk.duty_jobs.follow(True)  # the only process: it holds the duty
        yield desk, sim
    finally:
        await desk.stop()
        await sim.stop()


def texts_to(sim, wa_id: str) -> list[str]:
    return [r.text for r in sim.received(wa_id)]


def test_seed_002_ticket_rules_on_whatsapp_beside_telegram(telegram, config, clock, qtbot):  # noqa: F811
    async def scenario():
        async with desk_with_both(telegram, config, clock) as (desk, sim):
            store, account = desk.store, desk.whatsapp.account
            # First message: a ticket, and at once the opening message with its number.
            await sim.citizen_sends_text(LAURA, "Bon dia, no puc signar la sol·licitud")
            await until(lambda: store.active_ticket_for(account, int(LAURA)) is not None)
            ticket = store.active_ticket_for(account, int(LAURA))
            assert ticket.channel == "whatsapp"
            await until(lambda: len(sim.received(LAURA)) == 1)
            assert ticket.number in texts_to(sim, LAURA)[0]

            # One open ticket: a second message joins it, no second opening message.
            await sim.citizen_sends_text(LAURA, "És el certificat digital")
            await until(lambda: len(store.thread(ticket.id)) == 3)
            assert store.active_ticket_for(account, int(LAURA)).id == ticket.id

            # DOCX refused with the automatic message naming the accepted formats; not kept.
            docx = sample_file("formulari.docx").read_bytes()
            await sim.citizen_sends_document(LAURA, docx, "formulari.docx",
                                             "application/vnd.openxmlformats-officedocument"
                                             ".wordprocessingml.document")
            await until(lambda: len(sim.received(LAURA)) == 2)
            assert "PDF" in texts_to(sim, LAURA)[1]
            [refused] = [a for m in store.thread(ticket.id) for a in m.attachments
                         if a.file_name == "formulari.docx"]
            assert not refused.kept and refused.refusal and refused.stored_path is None

            # A PDF is filed, kept, and opens in the preview.
            pdf = sample_file("certificat.pdf").read_bytes()
            await sim.citizen_sends_document(LAURA, pdf, "certificat.pdf", "application/pdf")

            def kept_pdf():
                return [a for m in store.thread(ticket.id) for a in m.attachments
                        if a.file_name == "certificat.pdf" and a.kept]
            await until(lambda: kept_pdf())
            path = desk.files.path_of(kept_pdf()[0].stored_path)
            assert path.read_bytes() == pdf

            # The agent answers quoting her message, then closes: the closing message goes.
            anna = store.ensure_agent("anna", "Anna", Role.AGENT)
            first_in = [m for m in store.thread(ticket.id) if m.kind == "in"][0]
            store.add_reply(ticket.id, "Ara ho mirem", anna, reply_to_channel_message_id=first_in.channel_message_id)
            desk.outbox.kick()
            await until(lambda: "Ara ho mirem" in texts_to(sim, LAURA))
            [answer] = [r for r in sim.received(LAURA) if r.text == "Ara ho mirem"]
            assert answer.reply_to == store.m.Message.get_by_id(first_in.id).external_id
            sent_before_close = len(sim.received(LAURA))
            store.close_ticket(ticket.id, anna, desk.rules)
            desk.outbox.kick()
            await until(lambda: len(sim.received(LAURA)) == sent_before_close + 1)

            # Inside the 30-minute grace a message joins the same ticket, flagged.
            clock.advance(timedelta(minutes=20))
            await sim.citizen_sends_text(LAURA, "Gràcies, ja funciona")
            await until(lambda: store.ticket(ticket.id).citizen_wrote_while_closing)
            assert store.ticket(ticket.id).status == "closing"

            # After the grace, the next message opens a new ticket with its own opening message.
            clock.advance(timedelta(minutes=31))
            store.finalize_expired(desk.rules)
            before = len(sim.received(LAURA))
            await sim.citizen_sends_text(LAURA, "Una altra consulta")
            await until(lambda: (store.active_ticket_for(account, int(LAURA)) or ticket).id != ticket.id)
            second = store.active_ticket_for(account, int(LAURA))
            await until(lambda: len(sim.received(LAURA)) == before + 1)
            assert second.number in texts_to(sim, LAURA)[-1]

            # Telegram works beside it, as before.
            marta = telegram.citizen
            telegram.user_sends(marta, telegram.account, "Hola des de Telegram")
            tg_account = str(telegram.account.id)
            await until(lambda: store.active_ticket_for(tg_account, marta.id) is not None)
            assert store.active_ticket_for(tg_account, marta.id).channel == "telegram"
            await until(lambda: len(telegram.received_by(telegram.account, marta)) == 1)
            return path

    path = asyncio.run(scenario())
    from deskclient.ui.previews import open_preview
    preview = open_preview(path, "pdf")
    qtbot.addWidget(preview)
    assert preview.error == "" and preview.page_count == 2


def test_whatsapp_answers_while_telegram_waits_for_its_login(telegram, config, clock):  # noqa: F811
    """One channel down holds back only its own messages; the window is still told that
    Telegram needs a login."""
    async def scenario():
        async with desk_with_both(telegram, config, clock, log_in=False) as (desk, sim):
            assert desk.gateway.state is ConnectionState.LOGGED_OUT
            await sim.citizen_sends_text(LAURA, "Bon dia")
            await until(lambda: len(sim.received(LAURA)) == 1)
            ticket = desk.store.active_ticket_for(desk.whatsapp.account, int(LAURA))
            assert ticket.number in texts_to(sim, LAURA)[0]
            assert desk.gateway.state is ConnectionState.LOGGED_OUT

    asyncio.run(scenario())
