"""An agent's day through the real services, gateway and TelegramClient, frozen clock."""

from datetime import timedelta

from tests.services.conftest import play, until

MARTA = 1001
JAVIER = 1002
GIULIA = 1004


def test_citizen_message_to_closing_and_a_new_ticket(scene_factory, clock):
    async def body(scene):
        desk = scene.desk
        await scene.says(MARTA, "Bon dia, no puc signar la sol·licitud")
        ticket = scene.ticket(MARTA)
        assert ticket.number == "2026-000001"
        assert "2026-000001" in scene.received(MARTA)[0]  # the opening message reached her
        await desk.desk.claim(ticket.id)
        await desk.desk.reply(ticket.id, "Quin navegador feu servir?")
        await until(lambda: scene.received(MARTA)[-1:] == ["Quin navegador feu servir?"])
        await until(lambda: desk.store.thread(ticket.id)[-1].text == "Gràcies! Ara ja funciona.")
        [reply] = [m for m in desk.store.thread(ticket.id) if m.kind == "out"]
        assert reply.delivery == "sent" and reply.channel_message_id  # recorded with Telegram's id
        await desk.desk.close(ticket.id)
        await until(lambda: "Hem tancat la consulta 2026-000001" in scene.received(MARTA)[-1])
        clock.advance(timedelta(minutes=31))
        await scene.says(MARTA, "Bon dia, tinc un altre dubte")
        new = scene.ticket(MARTA)
        assert new.number == "2026-000002" and new.id != ticket.id
        assert "2026-000002" in scene.received(MARTA)[-1]
        assert desk.store.ticket(ticket.id).status == "closed"

    play(scene_factory, body)


def test_replies_written_offline_go_out_in_order_once_back_online(scene_factory):
    async def body(scene):
        desk = scene.desk
        await scene.says(GIULIA, "Buongiorno, il pagamento non funziona")
        ticket = scene.ticket(GIULIA)
        scene.server.go_down()
        await until(lambda: desk.gateway.state.value != "online")
        for n in range(3):
            await desk.desk.reply(ticket.id, f"Risposta {n}")
        await scene.settled()
        assert [m.delivery for m in desk.store.thread(ticket.id) if m.kind == "out"] == ["queued"] * 3
        scene.server.come_back()
        await desk.gateway.wait_online()
        await until(lambda: len(scene.received(GIULIA)) == 4)
        assert scene.received(GIULIA)[1:] == ["Risposta 0", "Risposta 1", "Risposta 2"]
        await until(lambda: all(m.delivery == "sent" for m in desk.store.thread(ticket.id) if m.kind == "out"))

    play(scene_factory, body)


def test_reply_to_an_earlier_message_shows_its_text(scene_factory):
    async def body(scene):
        await scene.says(JAVIER, "El rebut de la taxa no arriba")
        await scene.says(JAVIER, "Alguna novetat?", reply_to_own=0)
        last = [m for m in scene.desk.store.thread(scene.ticket(JAVIER).id) if m.kind == "in"][-1]
        assert last.reply_quote == "El rebut de la taxa no arriba"

    play(scene_factory, body)


def test_forward_keeps_its_origin(scene_factory):
    async def body(scene):
        await scene.says(JAVIER, "Pagament pendent", forward_from="Agència Tributària de Catalunya")
        [message] = [m for m in scene.desk.store.thread(scene.ticket(JAVIER).id) if m.kind == "in"]
        assert message.forward_from == "Agència Tributària de Catalunya" and message.forward_date

    play(scene_factory, body)


def test_added_to_a_group_leaves_and_opens_no_ticket(scene_factory):
    async def body(scene):
        chat_id = scene.network.invite_to_group()
        await until(lambda: scene.desk.store.groups_left())
        assert scene.desk.store.groups_left()[0][1] == "Veïns del barri"
        assert not scene.server.member_of(scene.network.account, chat_id)
        assert scene.desk.store.ticket_count() == 0

    play(scene_factory, body)
