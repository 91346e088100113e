"""Traffic through the real TelegramClient and gateway into the real store.

The SimulatedTelegram underneath pushes real TL updates, holds back pushes to make pts
gaps, drops the connection, answers FLOOD_WAIT and RANDOM_ID_DUPLICATE.
"""

import asyncio

import pytest
from telethon.sessions import MemorySession
from telethon.tl import functions, types

from deskclient.app import build_desk
from deskclient.net.client_factory import simulated_client_factory
from deskclient.net.simulated import SimFile
from deskclient.net.telethon_gateway import TelethonGateway
from deskclient.resources import sample_file
from deskclient.services.events import SendingPaused
from tests.net.conftest import logged_in_gateway, until
from tests.net.test_message_kinds import OSM


def kill(desk) -> None:
    """What a killed process leaves: no disconnect, no state saved, uncommitted writes
    to the session lost (the OS drops its file locks)."""
    gateway = desk.gateway
    if gateway._state_saver is not None:
        gateway._state_saver.cancel()
    gateway._runner.cancel()
    client = gateway.client
    for task in (client._updates_handle, client._keepalive_handle, *client._event_handler_tasks):
        if task is not None:
            task.cancel()
    client._sender.lost_for_good()
    connection = client.session._conn
    if connection is not None:
        connection.rollback()
        connection.close()
    client.session = MemorySession()  # whatever the dead process still "writes" goes nowhere


def desk_on(telegram, config, clock):
    desk = build_desk(config, lambda c: TelethonGateway(simulated_client_factory(telegram, config), c),
                      clock=clock)
    desk.gateway.reconnect_delay = 0.05
    return desk


async def login(telegram, desk):
    """First start: phone and code; what came before the first login is not replayed."""
    await logged_in_gateway(telegram, desk.gateway, desk.ingest)
    desk.duty_jobs.follow(True)  # the only process: it holds the duty (outbox, group leaves, files)


def inbound_texts(desk, account: str, user_id: int) -> list[str]:
    ticket = desk.store.active_ticket_for(account, user_id)
    return [m.text for m in desk.store.thread(ticket.id) if m.kind == "in"] if ticket else []


def test_text_with_formatting_edit_and_deletion(telegram, config, clock):
    async def scenario():
        desk = desk_on(telegram, config, clock)
        await login(telegram, desk)
        account, marta = str(telegram.account.id), telegram.citizen
        try:
            bold = [types.MessageEntityBold(offset=0, length=8)]
            sent = telegram.user_sends(marta, telegram.account, "Bon dia, tinc un problema", entities=bold)
            await until(lambda: inbound_texts(desk, account, marta.id) == ["Bon dia, tinc un problema"])
            ticket = desk.store.active_ticket_for(account, marta.id)
            [row] = [m for m in desk.store.thread(ticket.id) if m.kind == "in"]
            stored = desk.store.m.Message.get_by_id(row.id)
            assert '"MessageEntityBold"' in stored.entities and '"length": 8' in stored.entities
            telegram.user_edits(marta, telegram.account, sent.id, "Bon dia, tinc un dubte")
            await until(lambda: desk.store.message(row.id).text == "Bon dia, tinc un dubte")
            assert [t for _, t in desk.store.message_history(row.id)] == ["Bon dia, tinc un problema"]
            telegram.user_deletes(marta, telegram.account, [sent.id])
            await until(lambda: desk.store.message(row.id).deleted_at is not None)
            assert desk.store.message(row.id).text == "Bon dia, tinc un dubte"  # kept per retention
        finally:
            await desk.stop()

    asyncio.run(scenario())


def test_photo_voice_note_and_forward_from_a_person(telegram, config, clock):
    async def scenario():
        desk = desk_on(telegram, config, clock)
        await login(telegram, desk)
        account, marta = str(telegram.account.id), telegram.citizen
        friend = telegram.add_user("Núria", "Vila")
        try:
            telegram.user_sends(marta, telegram.account, "La foto", file=SimFile(
                sample_file("foto.jpg").read_bytes(), "", "image/jpeg", photo=True))
            telegram.user_sends(marta, telegram.account, "", file=SimFile(
                sample_file("nota-veu.oga").read_bytes(), "", "audio/ogg", voice=True, duration=3))
            telegram.user_sends(marta, telegram.account, "Mira què em diu", forward_from=friend)
            await until(lambda: len(inbound_texts(desk, account, marta.id)) == 3)
            ticket = desk.store.active_ticket_for(account, marta.id)
            await until(lambda: sum(a.kept for m in desk.store.thread(ticket.id)  # filed, then fetched
                                    for a in m.attachments) == 2)
            rows = {m.text: m for m in desk.store.thread(ticket.id) if m.kind == "in"}
            photo, voice = rows["La foto"].attachments[0], rows[""].attachments[0]
            assert photo.kept and photo.kind == "image" and photo.file_name.endswith(".jpg")
            assert voice.kept and voice.kind == "audio" and voice.file_name.endswith(".oga")
            assert rows["Mira què em diu"].forward_from == "Núria Vila"
        finally:
            await desk.stop()

    asyncio.run(scenario())


@pytest.mark.parametrize("media,quote", [
    (None, "Un missatge d'abans del primer inici"),
    # A kind the store never had quotes the readable form it would have been filed as
    # (issue 13 item 2), not an empty quote.
    (lambda t: t.location(41.38506, 2.17340), f"📍 41.38506, 2.17340\n{OSM}"),
    (lambda t: t.contact("Núria", "Vila", "34612345678"), "👤 Núria Vila · +34612345678"),
    (lambda t: t.poll("Quin dia?", ["Dilluns", "Dimarts"]), "📊 Quin dia?\n• Dilluns\n• Dimarts"),
], ids=["text", "location", "contact", "poll"])
def test_reply_to_a_message_the_store_never_had_is_fetched(telegram, config, clock, media, quote):
    marta = telegram.citizen
    before = telegram.user_sends(marta, telegram.account, "" if media else quote,
                                 media=media(telegram) if media else None)

    async def scenario():
        desk = desk_on(telegram, config, clock)
        await login(telegram, desk)
        account = str(telegram.account.id)
        try:
            telegram.user_sends(marta, telegram.account, "I doncs?", reply_to=before.id)
            await until(lambda: inbound_texts(desk, account, marta.id) == ["I doncs?"])
            ticket = desk.store.active_ticket_for(account, marta.id)
            [row] = [m for m in desk.store.thread(ticket.id) if m.kind == "in"]
            await until(lambda: desk.store.message(row.id).reply_quote is not None)  # fetched after filing
            assert desk.store.message(row.id).reply_quote == quote
            assert "GetMessagesRequest" in telegram.requests
        finally:
            await desk.stop()

    asyncio.run(scenario())


def test_messages_lost_to_a_gap_come_through_get_difference_once(telegram, config, clock):
    async def scenario():
        desk = desk_on(telegram, config, clock)
        await login(telegram, desk)
        account, marta = str(telegram.account.id), telegram.citizen
        try:
            telegram.user_sends(marta, telegram.account, "u")
            await until(lambda: inbound_texts(desk, account, marta.id) == ["u"])
            telegram.user_sends(marta, telegram.account, "dos", push=False)  # lost pushes
            telegram.user_sends(marta, telegram.account, "tres", push=False)
            telegram.user_sends(marta, telegram.account, "quatre")  # pts jumps by 3
            await until(lambda: len(inbound_texts(desk, account, marta.id)) == 4)
            await asyncio.sleep(0.3)
            assert inbound_texts(desk, account, marta.id) == ["u", "dos", "tres", "quatre"]
            assert "GetDifferenceRequest" in telegram.requests
        finally:
            await desk.stop()

    asyncio.run(scenario())


def test_restart_after_messages_arrived_while_closed(telegram, config, clock):
    marta = telegram.citizen
    account = str(telegram.account.id)

    async def first_day():
        desk = desk_on(telegram, config, clock)
        await login(telegram, desk)
        telegram.user_sends(marta, telegram.account, "abans de tancar")
        await until(lambda: inbound_texts(desk, account, marta.id) == ["abans de tancar"])
        await desk.stop()  # the app is closed

    async def next_day():
        desk = desk_on(telegram, config, clock)
        await desk.start()  # the saved session logs in by itself and catches up
        await desk.gateway.wait_online()
        await until(lambda: len(inbound_texts(desk, account, marta.id)) == 3)
        await asyncio.sleep(0.3)
        texts = inbound_texts(desk, account, marta.id)
        await desk.stop()
        return texts

    asyncio.run(first_day())
    telegram.user_sends(marta, telegram.account, "mentre era tancat")
    telegram.user_sends(marta, telegram.account, "encara tancat")
    assert asyncio.run(next_day()) == ["abans de tancar", "mentre era tancat", "encara tancat"]


def test_crash_before_the_state_was_saved_replays_but_stores_once(telegram, config, clock):
    marta = telegram.citizen
    account = str(telegram.account.id)

    async def crashing_day():
        desk = desk_on(telegram, config, clock)
        await login(telegram, desk)
        await desk.gateway.client.save_update_state()  # as after an earlier message
        telegram.user_sends(marta, telegram.account, "just abans del tall")
        await until(lambda: inbound_texts(desk, account, marta.id) == ["just abans del tall"])
        await asyncio.sleep(0)
        kill(desk)

    async def after_restart():
        desk = desk_on(telegram, config, clock)
        await desk.start()
        await desk.gateway.wait_online()
        await until(lambda: len(inbound_texts(desk, account, marta.id)) == 2)
        await asyncio.sleep(0.3)
        texts = inbound_texts(desk, account, marta.id)
        await desk.stop()
        return texts

    asyncio.run(crashing_day())
    telegram.user_sends(marta, telegram.account, "després del tall")
    assert asyncio.run(after_restart()) == ["just abans del tall", "després del tall"]


def test_flood_wait_is_obeyed_and_told(telegram, config, clock):
    async def scenario():
        desk = desk_on(telegram, config, clock)
        paused = []
        desk.bus.subscribe(lambda e: paused.append(e.seconds) if isinstance(e, SendingPaused) else None)
        await login(telegram, desk)
        account, marta = str(telegram.account.id), telegram.citizen
        try:
            telegram.flood_next(functions.messages.SendMessageRequest, 1)
            telegram.user_sends(marta, telegram.account, "Hola")
            await until(lambda: telegram.received_by(telegram.account, marta), timeout=8)
            assert paused == [1, 0]  # the status bar was told to wait 1 s, then that it resumed
            assert len(telegram.received_by(telegram.account, marta)) == 1  # the opening, once
            ticket = desk.store.active_ticket_for(account, marta.id)
            await until(lambda: all(m.delivery == "sent" for m in desk.store.thread(ticket.id)
                                    if m.kind == "system"))
        finally:
            await desk.stop()

    asyncio.run(scenario())


def test_reply_sent_but_not_recorded_is_not_sent_twice(telegram, config, clock):
    """The app dies between Telegram's send and the store's record of it."""
    marta = telegram.citizen
    account = str(telegram.account.id)

    async def dies_after_sending():
        desk = desk_on(telegram, config, clock)
        await login(telegram, desk)
        telegram.user_sends(marta, telegram.account, "Hola")
        await until(lambda: telegram.received_by(telegram.account, marta))
        await until(lambda: not desk.store.outbox())  # the opening message is recorded as sent
        ticket = desk.store.active_ticket_for(account, marta.id)
        await desk.outbox.stop()
        await desk.desk.reply(ticket.id, "Resposta important")
        [queued] = desk.store.outbox()
        await desk.gateway.send(queued, desk.files_dir)  # sent... and the app dies here
        kill(desk)

    async def restarted():
        desk = desk_on(telegram, config, clock)
        await desk.start()
        await desk.gateway.wait_online()
        await until(lambda: not desk.store.outbox(), timeout=30)  # a duplicate costs Telethon a 2 s retry pause
        ticket = desk.store.active_ticket_for(account, marta.id)
        reply = [m for m in desk.store.thread(ticket.id) if m.kind == "out"][0]
        await desk.stop()
        return reply

    asyncio.run(dies_after_sending())
    reply = asyncio.run(restarted())
    assert telegram.received_by(telegram.account, marta).count("Resposta important") == 1
    assert reply.delivery == "sent"


def test_agent_file_reply_edit_and_delete_of_own_message(telegram, config, clock):
    async def scenario():
        desk = desk_on(telegram, config, clock)
        await login(telegram, desk)
        account, marta = str(telegram.account.id), telegram.citizen
        try:
            telegram.user_sends(marta, telegram.account, "Em podeu enviar el formulari?")
            await until(lambda: desk.store.active_ticket_for(account, marta.id))
            ticket = desk.store.active_ticket_for(account, marta.id)
            message_id = await desk.desk.reply_with_file(ticket.id, "Aquí el teniu", sample_file("certificat.pdf"))
            await until(lambda: telegram.files_received_by(telegram.account, marta))
            [(name, data)] = telegram.files_received_by(telegram.account, marta)
            assert name == "certificat.pdf" and data == sample_file("certificat.pdf").read_bytes()
            await until(lambda: desk.store.message(message_id).delivery == "sent")
            await desk.desk.edit_sent(message_id, "Aquí teniu el formulari")
            assert telegram.received_by(telegram.account, marta)[-1] == "Aquí teniu el formulari"
            assert desk.store.message(message_id).text == "Aquí teniu el formulari"
            await desk.desk.delete_sent(message_id)
            assert "Aquí teniu el formulari" not in telegram.received_by(telegram.account, marta)
            assert desk.store.message(message_id).deleted_at is not None
        finally:
            await desk.stop()

    asyncio.run(scenario())


def test_short_outage_loses_pushes_and_catch_up_recovers_them(telegram, config, clock):
    async def scenario():
        desk = desk_on(telegram, config, clock)
        await login(telegram, desk)
        account, marta = str(telegram.account.id), telegram.citizen
        try:
            telegram.drop()  # the socket stalls; Telethon's sender will reconnect by itself
            telegram.user_sends(marta, telegram.account, "durant el tall")  # its push is lost
            await asyncio.sleep(0.2)
            assert inbound_texts(desk, account, marta.id) == []
            telegram.restore()  # reconnected: the client catches up
            await until(lambda: inbound_texts(desk, account, marta.id) == ["durant el tall"])
        finally:
            await desk.stop()

    asyncio.run(scenario())


def test_group_messages_never_open_tickets(telegram, config, clock):
    async def scenario():
        desk = desk_on(telegram, config, clock)
        await login(telegram, desk)
        neighbour = telegram.add_user("Pere")
        try:
            chat = telegram.add_to_group(telegram.account, neighbour, "Veïns")
            telegram.user_posts_in_group(neighbour, telegram.account, chat.id, "Hola a tothom")
            await until(lambda: desk.store.groups_left())
            await asyncio.sleep(0.2)
            assert desk.store.ticket_count() == 0
            assert not telegram.member_of(telegram.account, chat.id)
        finally:
            await desk.stop()

    asyncio.run(scenario())
