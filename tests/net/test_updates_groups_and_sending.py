"""Issue 10 item 8 (groups the account is put in are left, a failed leave is retried and
recorded only once done) and sending with the stored access hash. Real TelegramClient,
simulated Telegram, real SQLite."""

import asyncio

from telethon import utils
from telethon.tl import types

from deskclient.net.client_factory import session_path
from tests.net.conftest import until
from tests.net.test_traffic import desk_on, login


def marked(chat) -> int:
    """The chat id as Telethon's events carry it (basic groups: negative)."""
    return utils.get_peer_id(types.PeerChat(chat.id))


def test_group_created_with_the_account_is_left_and_recorded(telegram, config, clock):
    async def scenario():
        desk = desk_on(telegram, config, clock)
        await login(telegram, desk)
        pere = telegram.add_user("Pere")
        try:
            chat = telegram.create_group_with(telegram.account, pere, "Festa major")
            await until(lambda: desk.store.groups_left() == [(marked(chat), "Festa major")])
            assert not telegram.member_of(telegram.account, chat.id)
            assert desk.store.ticket_count() == 0
            assert not desk.store.pending_group_leaves(clock.now())
        finally:
            await desk.stop()

    asyncio.run(scenario())


def test_a_leave_that_fails_is_retried_and_recorded_only_when_done(telegram, config, clock):
    async def scenario():
        desk = desk_on(telegram, config, clock)
        [job] = [j for j in desk.duty_jobs.jobs if type(j).__name__ == "GroupLeaveRetries"]
        job.first_pause = 0.0  # the test's clock stands still: retry at once
        await login(telegram, desk)
        pere = telegram.add_user("Pere")
        try:
            telegram.fail_next_leave(2, code=400, message="CHAT_ADMIN_REQUIRED")
            chat = telegram.add_to_group(telegram.account, pere, "Veïns")
            await until(lambda: any(p.attempts >= 1 for p in desk.store.pending_group_leaves(clock.now())))
            assert desk.store.groups_left() == []  # not done while Telegram refuses
            await until(lambda: desk.store.groups_left() == [(marked(chat), "Veïns")])
            assert not telegram.member_of(telegram.account, chat.id)
            assert not desk.store.pending_group_leaves(clock.now())
            assert sum(1 for when, action, _, _ in desk.store.audit_trail() if action == "left_group") == 1
        finally:
            await desk.stop()

    asyncio.run(scenario())


def test_reply_to_a_citizen_the_session_never_met_goes_with_the_stored_access_hash(telegram, config, clock):
    """Another session of the account (a new server, a fresh login) never saw the citizen:
    its entity cache is empty, the store's access hash is enough."""
    marta = telegram.citizen
    account = str(telegram.account.id)

    async def first_desk():
        desk = desk_on(telegram, config, clock)
        await login(telegram, desk)
        telegram.user_sends(marta, telegram.account, "Hola, bon dia")
        await until(lambda: desk.store.active_ticket_for(account, marta.id) is not None)
        await until(lambda: not desk.store.outbox())  # the opening message went
        await desk.stop()

    async def fresh_session():
        desk = desk_on(telegram, config, clock)
        await login(telegram, desk)  # a new authorization of the same account
        client = desk.gateway.client
        try:
            try:
                client.session.get_input_entity(marta.id)
                known = True
            except ValueError:
                known = False
            assert not known  # the session never met Marta
            ticket = desk.store.active_ticket_for(account, marta.id)
            await desk.desk.reply(ticket.id, "Us responem de seguida")
            await until(lambda: "Us responem de seguida" in telegram.received_by(telegram.account, marta))
            await until(lambda: not desk.store.outbox())
        finally:
            await desk.stop()

    asyncio.run(first_desk())
    session_path(config.data_dir).unlink()  # the session file goes; the store stays
    asyncio.run(fresh_session())
