"""Issue 14 item 6: the purge and an erasure delete the chat's history on Telegram's side,
once, by the duty holder, also across a restart of the desk. Real TelegramClient on the
simulated Telegram (which records each DeleteHistory), real SQLite."""

import asyncio
from datetime import timedelta

from deskclient.domain.tickets import Role
from tests.net.conftest import until
from tests.net.test_traffic import desk_on, login

SEVEN_MONTHS = timedelta(days=215)


def job(desk):
    [found] = [j for j in desk.duty_jobs.jobs if type(j).__name__ == "HistoryDeleter"]
    return found


def audited(desk, action: str) -> int:
    return sum(1 for _, a, _, _ in desk.store.audit_trail() if a == action)


async def conversation(telegram, desk, clock, text="Bon dia, no puc pagar la taxa"):
    """Marta writes, gets the opening message, an answer and the closing message; the
    ticket is closed for good. Returns the ticket id."""
    account, marta = str(telegram.account.id), telegram.citizen
    telegram.user_sends(marta, telegram.account, text)
    await until(lambda: desk.store.active_ticket_for(account, marta.id) is not None)
    ticket = desk.store.active_ticket_for(account, marta.id)
    anna = desk.store.ensure_agent("anna", "Anna", Role.AGENT)
    desk.store.add_reply(ticket.id, "Ja està resolt.", anna)
    desk.store.close_ticket(ticket.id, anna, desk.rules)
    desk.outbox.kick()
    await until(lambda: len(telegram.received_by(telegram.account, marta)) == 3)
    await until(lambda: all(m.delivery == "sent" for m in desk.store.thread(ticket.id) if m.kind != "in"))
    clock.advance(timedelta(hours=1))
    desk.store.finalize_expired(desk.rules)
    return ticket.id


def test_purge_deletes_the_chat_on_the_accounts_side_once(telegram, config, clock):
    marta = telegram.citizen

    async def scenario():
        desk = desk_on(telegram, config, clock)
        await login(telegram, desk)
        try:
            await conversation(telegram, desk, clock)
            assert len(telegram.chat_messages(telegram.account, marta)) == 4  # hers, and three sent
            clock.advance(SEVEN_MONTHS)
            report = await asyncio.to_thread(desk.lead.purge_job.run, "test")
            assert report.counts.tickets == 1 and report.counts.telegram_chats == 1
            assert "telegram_chats=1" in report.describe()
            await until(lambda: telegram.deleted_histories(telegram.account, marta))
            await until(lambda: desk.store.history_deletes_left() == 0)
            [deleted] = telegram.deleted_histories(telegram.account, marta)
            assert not deleted.revoke  # the account's side only, by default
            assert telegram.chat_messages(telegram.account, marta) == []
            assert len(telegram.received_by(telegram.account, marta)) == 3  # Marta keeps her copy
            assert audited(desk, "telegram_history_deleted") == 1
            job(desk).kick()  # another round finds nothing more to do
            await asyncio.sleep(0.3)
            assert len(telegram.deleted_histories(telegram.account, marta)) == 1
        finally:
            await desk.stop()

    asyncio.run(scenario())


def test_a_deletion_pending_at_a_restart_is_done_once_after_it(telegram, config, clock):
    """Telegram fails the first try; the desk is closed with the deletion pending; the next
    start deletes it, once."""
    marta = telegram.citizen

    async def before():
        desk = desk_on(telegram, config, clock)
        await login(telegram, desk)
        try:
            await conversation(telegram, desk, clock)
            clock.advance(SEVEN_MONTHS)
            telegram.fail_next_history_delete(1, code=500, message="RPC_CALL_FAIL")
            await asyncio.to_thread(desk.lead.purge_job.run, "test")
            await until(lambda: any(p.attempts == 1 for p in desk.store.pending_history_deletes(
                clock.now() + timedelta(hours=1))))
            assert telegram.deleted_histories(telegram.account, marta) == []
        finally:
            await desk.stop()

    async def after():
        clock.advance(timedelta(minutes=5))  # the retry is due
        desk = desk_on(telegram, config, clock)
        await desk.start()  # the saved session; this process takes the duty
        await desk.gateway.wait_online()
        try:
            await until(lambda: desk.store.history_deletes_left() == 0)
            await asyncio.sleep(0.3)
            return (len(telegram.deleted_histories(telegram.account, marta)),
                    telegram.chat_messages(telegram.account, marta),
                    audited(desk, "telegram_history_deleted"))
        finally:
            await desk.stop()

    asyncio.run(before())
    assert asyncio.run(after()) == (1, [], 1)


def test_a_newer_conversation_stays_on_telegram(telegram, config, clock):
    """Only what was purged goes: the chat up to the purged ticket's last message."""
    marta = telegram.citizen

    async def scenario():
        desk = desk_on(telegram, config, clock)
        await login(telegram, desk)
        try:
            await conversation(telegram, desk, clock, "Primera consulta")
            clock.advance(SEVEN_MONTHS)
            newer = telegram.user_sends(marta, telegram.account, "Una altra consulta")
            await until(lambda: len(telegram.received_by(telegram.account, marta)) == 4)  # its opening
            await asyncio.to_thread(desk.lead.purge_job.run, "test")
            await until(lambda: desk.store.history_deletes_left() == 0)
            kept = telegram.chat_messages(telegram.account, marta)
            assert newer.id in kept and len(kept) == 2  # the new question and its opening message
            assert desk.store.active_ticket_for(str(telegram.account.id), marta.id) is not None
        finally:
            await desk.stop()

    asyncio.run(scenario())


def test_revoke_deletes_the_citizens_copy_too(telegram, config, clock):
    marta = telegram.citizen

    async def scenario():
        desk = desk_on(telegram, config.with_values({"retention.telegram_revoke": True}), clock)
        await login(telegram, desk)
        try:
            await conversation(telegram, desk, clock)
            clock.advance(SEVEN_MONTHS)
            await asyncio.to_thread(desk.lead.purge_job.run, "test")
            await until(lambda: desk.store.history_deletes_left() == 0)
            [deleted] = telegram.deleted_histories(telegram.account, marta)
            assert deleted.revoke and telegram.received_by(telegram.account, marta) == []
        finally:
            await desk.stop()

    asyncio.run(scenario())


def test_an_erasure_deletes_the_chat_too(telegram, config, clock):
    marta = telegram.citizen

    async def scenario():
        desk = desk_on(telegram, config, clock)
        await login(telegram, desk)
        try:
            ticket_id = await conversation(telegram, desk, clock)
            citizen_id = desk.store.m.Ticket.get_by_id(ticket_id).citizen_id
            report = await asyncio.to_thread(desk.lead.purge_job.erase_citizen, citizen_id, [ticket_id],
                                             "test", None)
            assert report.counts.telegram_chats == 1
            await until(lambda: desk.store.history_deletes_left() == 0)
            assert len(telegram.deleted_histories(telegram.account, marta)) == 1
            assert telegram.chat_messages(telegram.account, marta) == []
            assert any(a == "telegram_history_deleted" and d.startswith("erasure")
                       for _, a, _, d in desk.store.audit_trail())
        finally:
            await desk.stop()

    asyncio.run(scenario())


def test_a_bot_account_cannot_and_the_audit_says_so(telegram, config, clock):
    """Telegram lets no bot delete a chat's history (BOT_METHOD_INVALID): the deletion
    ends at once, its reason in the audit log, and is not tried again."""
    from tests.net.test_category_choice import bot_desk
    marta = telegram.citizen

    async def scenario():
        desk, bot = await bot_desk(telegram, config.with_values({"tickets.category_choice": False}), clock)
        try:
            telegram.user_sends(marta, bot, "Bon dia")
            await until(lambda: desk.store.active_ticket_for(str(bot.id), marta.id) is not None)
            ticket = desk.store.active_ticket_for(str(bot.id), marta.id)
            await until(lambda: all(m.delivery == "sent" for m in desk.store.thread(ticket.id) if m.kind != "in"))
            anna = desk.store.ensure_agent("anna", "Anna", Role.AGENT)
            desk.store.close_ticket(ticket.id, anna, desk.rules)
            clock.advance(SEVEN_MONTHS)
            desk.store.finalize_expired(desk.rules)
            report = await asyncio.to_thread(desk.lead.purge_job.run, "test")
            assert report.counts.telegram_chats == 1
            await until(lambda: desk.store.history_deletes_left() == 0)
            assert telegram.deleted_histories(bot, marta) == []
            [reason] = [d for _, a, _, d in desk.store.audit_trail() if a == "telegram_history_refused"]
            assert "a bot account cannot delete a chat's history" in reason
        finally:
            await desk.stop()

    asyncio.run(scenario())
