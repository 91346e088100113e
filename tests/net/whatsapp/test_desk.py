"""The WhatsApp gateway under the real desk (build_desk: store, ingest, outbox) against
the simulated Cloud API: a redelivered webhook files one message and opens one ticket
with one opening message; a citizen's PDF and sticker are fetched into the store; a send
Meta refused (an expired token) is not held as maybe sent."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from deskclient.app import build_desk
from deskclient.net.gateway import ConnectionState
from deskclient.net.whatsapp import WhatsAppGateway, webhook_app
from deskclient.net.whatsapp_sim import SimulatedCloudAPI
from deskclient.resources import sample_file
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


def test_webhook_numbers_are_filed_as_digits_and_a_poison_change_is_answered_and_counted(config, clock, caplog):
    """A `from` written "+34…" or with spaces is the same citizen as its digits; what can
    never be filed (no sender, a sender that is no phone number, a text that is no text,
    a value that is no object, a tag too large for an outbox id) is skipped, counted and
    logged without its content or number, and the webhook answered 200 with the rest of
    its changes filed: a 500 would have Meta redeliver it for days, holding them back."""

    def messages(payload):
        return payload["entry"][0]["changes"][0]["value"]["messages"]

    async def scenario():
        async with desk_on_whatsapp(config, clock) as (desk, sim):
            account = desk.gateway.account
            for written in ("+34 622 000 002", "34622000002"):
                sim.name_citizen(written, "Jordi Puig")
            _, plus = sim.citizen_message("+34622000003", "text", {"body": "Hola, amb prefix"})
            _, spaced = sim.citizen_message("+34 622 000 002", "text", {"body": "Hola, amb espais"})
            assert await sim.webhooks.post(plus) == 200
            assert await sim.webhooks.post(spaced) == 200
            await sim.citizen_sends_text("34622000002", "Segon missatge, sense espais")
            plus_ticket = desk.store.active_ticket_for(account, 34622000003)
            spaced_ticket = desk.store.active_ticket_for(account, 34622000002)
            assert plus_ticket is not None and spaced_ticket is not None
            citizens = {c.address: c for c in desk.store.m.Citizen.select()}
            assert citizens[34622000003].phone == "+34622000003"
            assert (citizens[34622000002].phone, citizens[34622000002].name) == ("+34622000002", "Jordi Puig")
            assert [m.text for m in desk.store.thread(spaced_ticket.id) if m.kind == "in"] == [
                "Hola, amb espais", "Segon missatge, sense espais"]

            # One webhook, three changes: a poison one between two good ones.
            caplog.clear()
            _, first = sim.citizen_message("34633000001", "text", {"body": "Primer canvi bo"})
            _, poison = sim.citizen_message("34633000009", "text", {"body": "Secret del ciutadà"})
            _, last = sim.citizen_message("34633000002", "text", {"body": "Últim canvi bo"})
            bad = messages(poison)[0]
            messages(poison)[:] = [
                {k: v for k, v in bad.items() if k != "from"} | {"id": "wamid.a"},
                bad | {"id": "wamid.b", "from": "123456789012345678901234567890"},
                bad | {"id": "wamid.c", "from": "34633000009x"},
                bad | {"id": "wamid.d", "text": {"body": 12345}},
                bad | {"id": "wamid.e", "timestamp": "99999999999999999999"},
                {k: v for k, v in bad.items() if k not in ("type", "text")} | {"id": "wamid.f", "from": "34633000003"},
            ]
            poison_value = poison["entry"][0]["changes"][0]["value"]
            poison_value["statuses"] = [
                {"id": "wamid.s", "status": "sent", "recipient_id": "34633000009", "timestamp": "1",
                 "biz_opaque_callback_data": "99999999999999999999999999"},
                "x"]
            changes = [first["entry"][0]["changes"][0], poison["entry"][0]["changes"][0],
                       {"field": "messages", "value": "not an object"}, last["entry"][0]["changes"][0]]
            first["entry"][0]["changes"] = changes
            first["entry"].append("not an entry")
            assert await sim.webhooks.post(first) == 200
            for wa_id, text in (("34633000001", "Primer canvi bo"), ("34633000002", "Últim canvi bo")):
                ticket = desk.store.active_ticket_for(account, int(wa_id))
                assert [m.text for m in desk.store.thread(ticket.id) if m.kind == "in"] == [text]
            assert desk.store.active_ticket_for(account, 34633000009) is None
            no_type = desk.store.active_ticket_for(account, 34633000003)  # of no kind known: shown as such
            assert "cannot show" in desk.store.thread(no_type.id)[0].text
            skipped = desk.store.m.Message.select().where(desk.store.m.Message.text.contains("Secret")).count()
            assert skipped == 0
            webhook = [r.getMessage() for r in caplog.records if "malformed" in r.getMessage()]
            assert len(webhook) == 8  # 5 messages, the status "x", the value, the entry
            assert desk.gateway.malformed == 6  # the entry and the value name no number
            assert not any("Secret" in line or "3463300000" in line or "12345" in line for line in webhook)
            assert await sim.webhooks.post({"entry": "x"}) == 200  # signed, but never fileable

    asyncio.run(scenario())
