"""An agent's loop through the real services and the demo network, with a frozen clock."""

import asyncio
from datetime import timedelta

from tests.services.conftest import settle

MARTA = 1001
GIULIA = 1004


def test_citizen_message_to_closing_and_a_new_ticket(make_desk, clock):
    async def scenario():
        desk = await make_desk()
        demo = desk.gateway
        try:
            first = await demo.citizen_says(MARTA, "Bon dia, no puc signar la sol·licitud")
            await settle(desk)
            ticket = desk.store.active_ticket_for("demo", MARTA)
            assert ticket.number == "2026-000001"
            assert "2026-000001" in demo.received[MARTA][0]  # opening message reached her
            await desk.desk.claim(ticket.id)
            await desk.desk.reply(ticket.id, "Quin navegador feu servir?")
            await settle(desk)
            assert demo.received[MARTA][1] == "Quin navegador feu servir?"
            await settle(desk)  # her scripted thanks arrives as a new message
            assert desk.store.thread(ticket.id)[-1].text == "Gràcies! Ara ja funciona."
            await desk.desk.close(ticket.id)
            await settle(desk)
            assert "Hem tancat la consulta 2026-000001" in demo.received[MARTA][-1]
            clock.advance(timedelta(minutes=31))
            again = await demo.citizen_says(MARTA, "Bon dia, tinc un altre dubte")
            await settle(desk)
            new = desk.store.active_ticket_for("demo", MARTA)
            assert new.number == "2026-000002" and new.id != ticket.id
            assert "2026-000002" in demo.received[MARTA][-1]
            assert desk.store.ticket(ticket.id).status == "closed"
            assert first.telegram_id < again.telegram_id
        finally:
            await desk.stop()

    asyncio.run(scenario())


def test_replies_written_offline_go_out_in_order_once_back_online(make_desk):
    async def scenario():
        desk = await make_desk()
        demo = desk.gateway
        try:
            await demo.citizen_says(GIULIA, "Buongiorno, il pagamento non funziona")
            await settle(desk)
            ticket = desk.store.active_ticket_for("demo", GIULIA)
            demo.go_offline()
            for n in range(3):
                await desk.desk.reply(ticket.id, f"Risposta {n}")
            await settle(desk)
            assert [m.delivery for m in desk.store.thread(ticket.id) if m.kind == "out"] == ["queued"] * 3
            demo.go_online()
            await settle(desk)
            assert demo.received[GIULIA][1:] == ["Risposta 0", "Risposta 1", "Risposta 2"]
            assert all(m.delivery == "sent" for m in desk.store.thread(ticket.id) if m.kind == "out")
        finally:
            await desk.stop()

    asyncio.run(scenario())


def test_reply_to_an_earlier_message_shows_its_text(make_desk):
    async def scenario():
        desk = await make_desk()
        try:
            await desk.gateway.citizen_says(1002, "El rebut de la taxa no arriba")
            await desk.gateway.citizen_says(1002, "Alguna novetat?", reply_to_own=0)
            await settle(desk)
            ticket = desk.store.active_ticket_for("demo", 1002)
            last = [m for m in desk.store.thread(ticket.id) if m.kind == "in"][-1]
            assert last.reply_quote == "El rebut de la taxa no arriba"
        finally:
            await desk.stop()

    asyncio.run(scenario())


def test_added_to_a_group_leaves_and_opens_no_ticket(make_desk):
    async def scenario():
        desk = await make_desk(group_invite=True)
        try:
            await desk.gateway._invite_to_group()
            assert desk.gateway.left_groups == [-4000001]
            assert desk.store.groups_left() == [(-4000001, "Veïns del barri")]
            assert desk.store.ticket_count() == 0
        finally:
            await desk.stop()

    asyncio.run(scenario())


def test_duplicate_delivery_through_the_gateway_stores_once(make_desk):
    async def scenario():
        desk = await make_desk()
        try:
            message = await desk.gateway.citizen_says(MARTA, "Hola", file="certificat.pdf")
            await desk.gateway.redeliver(message)
            await settle(desk)
            ticket = desk.store.active_ticket_for("demo", MARTA)
            thread = desk.store.thread(ticket.id)
            assert [m.kind for m in thread] == ["in", "system"]
            assert len(desk.gateway.downloads) == 1  # the file was not fetched twice
            files = [p for p in (desk.files_dir).rglob("*") if p.is_file()]
            assert len(files) == 1
        finally:
            await desk.stop()

    asyncio.run(scenario())
