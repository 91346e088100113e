"""Issue 14 item 5: the citizen chooses the category (seed 003) when the deployment asks.
A bot account's opening message has a button per category; a user account's lists them
numbered and the citizen answers with the number. Real TelegramClient on the simulated
Telegram (inline keyboards, UpdateBotCallbackQuery, setBotCallbackAnswer), real SQLite."""

import asyncio

from deskclient.domain.tickets import Role
from deskclient.net.gateway import ConnectionState
from deskclient.net.login import LoginFlow
from tests.net.conftest import until
from tests.net.test_traffic import desk_on, login

CHOOSING = {"tickets.category_choice": True}


def chosen_by(desk) -> list[tuple[str, str]]:
    return [(a, d) for _, a, _, d in desk.store.audit_trail() if a in ("category_chosen", "categorise")]


async def bot_desk(telegram, config, clock):
    bot = telegram.add_bot("123:ABC", "Ajuntament")
    desk = desk_on(telegram, config.with_values(CHOOSING), clock)
    await desk.gateway.start(desk.ingest)
    await until(lambda: desk.gateway.state is ConnectionState.LOGGED_OUT)
    await LoginFlow(desk.gateway).bot_token("123:ABC")
    await desk.gateway.wait_online()
    desk.duty_jobs.follow(True)
    return desk, bot


def test_a_bot_offers_buttons_and_the_press_files_the_ticket(telegram, config, clock):
    marta = telegram.citizen

    async def scenario():
        desk, bot = await bot_desk(telegram, config, clock)
        try:
            telegram.user_sends(marta, bot, "Bon dia, no puc pagar la taxa")
            await until(lambda: telegram.buttons_of(bot, marta))
            rows = telegram.buttons_of(bot, marta)
            assert [row[0][0] for row in rows] == [
                "Dubtes funcionals", "Problemes amb el pagament", "Problemes amb la signatura o el certificat"]
            [opening] = telegram.received_by(bot, marta)
            assert "1. Dubtes funcionals" in opening  # the list is in the text too
            ticket = desk.store.active_ticket_for(str(bot.id), marta.id)
            assert ticket.category is None

            opening_id = max(telegram.chat_messages(bot, marta))
            query = telegram.user_presses(marta, bot, opening_id, rows[1][0][1])
            await until(lambda: query in telegram.callback_answers)
            assert telegram.callback_answers[query] == "Consulta classificada: Problemes amb el pagament"
            assert desk.store.ticket(ticket.id).category == "Payment problems"
            assert desk.store.category_chosen_by_citizen(ticket.id)
            assert chosen_by(desk) == [("category_chosen", "by the citizen: Payment problems")]

            again = telegram.user_presses(marta, bot, opening_id, rows[0][0][1])  # changes nothing
            await until(lambda: again in telegram.callback_answers)
            assert telegram.callback_answers[again] == "La consulta ja està classificada."
            assert desk.store.ticket(ticket.id).category == "Payment problems"

            anna = desk.store.ensure_agent("anna", "Anna", Role.AGENT)
            desk.store.set_category(ticket.id, "Functional doubts", anna)  # agents still can
            assert desk.store.ticket(ticket.id).category == "Functional doubts"
            assert not desk.store.category_chosen_by_citizen(ticket.id)
        finally:
            await desk.stop()

    asyncio.run(scenario())


def test_a_user_account_lists_the_categories_and_the_number_answers(telegram, config, clock):
    marta = telegram.citizen

    async def scenario():
        desk = desk_on(telegram, config.with_values(CHOOSING), clock)
        await login(telegram, desk)
        account = str(telegram.account.id)
        try:
            telegram.user_sends(marta, telegram.account, "Hola, tengo un problema con el certificado")
            await until(lambda: telegram.received_by(telegram.account, marta))
            [opening] = telegram.received_by(telegram.account, marta)
            assert opening.endswith("¿Sobre qué es su consulta? Responda con el número:\n"
                                    "1. Dudas funcionales\n2. Problemas con el pago\n"
                                    "3. Problemas con la firma o el certificado")
            assert telegram.buttons_of(telegram.account, marta) == []  # a user account sends none
            telegram.user_sends(marta, telegram.account, "3")
            await until(lambda: desk.store.active_ticket_for(account, marta.id).category is not None)
            ticket = desk.store.active_ticket_for(account, marta.id)
            assert ticket.category == "Signature or certificate problems"
            assert desk.store.category_chosen_by_citizen(ticket.id)
            assert [m.text for m in desk.store.thread(ticket.id) if m.kind == "in"][-1] == "3"  # filed too
            telegram.user_sends(marta, telegram.account, "1")  # a later number is just a message
            await until(lambda: len([m for m in desk.store.thread(ticket.id) if m.kind == "in"]) == 3)
            assert desk.store.ticket(ticket.id).category == "Signature or certificate problems"
        finally:
            await desk.stop()

    asyncio.run(scenario())


def test_off_by_default_no_question(telegram, config, clock):
    marta = telegram.citizen

    async def scenario():
        desk = desk_on(telegram, config, clock)
        await login(telegram, desk)
        account = str(telegram.account.id)
        try:
            telegram.user_sends(marta, telegram.account, "Bon dia")
            await until(lambda: telegram.received_by(telegram.account, marta))
            assert "1." not in telegram.received_by(telegram.account, marta)[0]
            telegram.user_sends(marta, telegram.account, "2")
            await until(lambda: len(desk.store.thread(desk.store.active_ticket_for(account, marta.id).id)) == 3)
            assert desk.store.active_ticket_for(account, marta.id).category is None
        finally:
            await desk.stop()

    asyncio.run(scenario())
