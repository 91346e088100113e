"""Issue 10 items 4 and 5: the saved update position never passes an unfiled update; edits
and deletions made while the desk was away (inside getDifference) land; an edit never
overtakes the filing of its message. Real TelegramClient, simulated Telegram, real SQLite.
"""

import asyncio
import sqlite3

from deskclient.net.simulated import SimFile
from deskclient.resources import sample_file
from tests.net.conftest import until
from tests.net.test_traffic import desk_on, inbound_texts, kill, login


def saved_pts(desk) -> int:
    """The account's update position as the session holds it (what the next start uses)."""
    states = dict(desk.gateway.client.session.get_update_states())
    return states[0].pts if 0 in states else 0


def lock_store(desk) -> sqlite3.Connection:
    """Another process holds SQLite's write lock: every write of the desk must wait."""
    holder = sqlite3.connect(desk.store.db.database, timeout=10, isolation_level=None)  # past a write of the desk in progress
    holder.execute("BEGIN IMMEDIATE")
    return holder


def test_position_waits_while_the_store_refuses_writes_then_moves_on(telegram, config, clock):
    async def scenario():
        desk = desk_on(telegram, config, clock)
        await login(telegram, desk)
        account, marta, server = str(telegram.account.id), telegram.citizen, telegram.accounts[telegram.account.id]
        try:
            telegram.user_sends(marta, telegram.account, "primer")
            await until(lambda: inbound_texts(desk, account, marta.id) == ["primer"])
            before = server.pts
            holder = lock_store(desk)
            for n in range(5):
                telegram.user_sends(marta, telegram.account, f"durant la fallada {n}")
            client = desk.gateway.client
            await until(lambda: client.ledger.unsettled == 5)
            await asyncio.sleep(0.8)  # past the half-second state save
            await client.save_update_state()
            assert saved_pts(desk) <= before  # never past a message not yet filed
            holder.rollback()  # the fault clears
            holder.close()
            await until(lambda: len(inbound_texts(desk, account, marta.id)) == 6, timeout=30)
            await until(lambda: saved_pts(desk) >= server.pts, timeout=5)
            assert inbound_texts(desk, account, marta.id) == [
                "primer", *(f"durant la fallada {n}" for n in range(5))]
        finally:
            await desk.stop()

    asyncio.run(scenario())


def test_killed_during_a_store_fault_refetches_the_unfiled_messages_once(telegram, config, clock):
    marta = telegram.citizen
    account = str(telegram.account.id)
    holder: list[sqlite3.Connection] = []

    async def dies_during_the_fault():
        desk = desk_on(telegram, config, clock)
        await login(telegram, desk)
        telegram.user_sends(marta, telegram.account, "abans")
        await until(lambda: inbound_texts(desk, account, marta.id) == ["abans"])
        await until(lambda: saved_pts(desk) >= telegram.accounts[telegram.account.id].pts)
        holder.append(lock_store(desk))
        for n in range(4):
            telegram.user_sends(marta, telegram.account, f"sense desar {n}")
        await until(lambda: desk.gateway.client.ledger.unsettled == 4)
        await asyncio.sleep(0.8)
        await desk.gateway.client.save_update_state()
        desk.gateway.client.session.save()  # whatever a save could write is on disk
        kill(desk)

    async def restarted():
        desk = desk_on(telegram, config, clock)
        await desk.start()
        await desk.gateway.wait_online()
        await until(lambda: len(inbound_texts(desk, account, marta.id)) == 5, timeout=15)
        await asyncio.sleep(0.3)
        texts = inbound_texts(desk, account, marta.id)
        await desk.stop()
        return texts

    asyncio.run(dies_during_the_fault())
    holder[0].rollback()
    holder[0].close()
    assert asyncio.run(restarted()) == ["abans", *(f"sense desar {n}" for n in range(4))]


def test_edit_and_deletion_while_the_desk_was_stopped_land_through_get_difference(telegram, config, clock):
    marta = telegram.citizen
    account = str(telegram.account.id)
    sent = {}

    async def first_day():
        desk = desk_on(telegram, config, clock)
        await login(telegram, desk)
        sent["a"] = telegram.user_sends(marta, telegram.account, "Tinc un problema amb el rebut")
        sent["b"] = telegram.user_sends(marta, telegram.account, "Ho sento, no era res")
        await until(lambda: len(inbound_texts(desk, account, marta.id)) == 2)
        await desk.stop()

    async def next_day():
        desk = desk_on(telegram, config, clock)
        await desk.start()
        await desk.gateway.wait_online()
        ticket = desk.store.active_ticket_for(account, marta.id)
        rows = {m.channel_message_id: m for m in desk.store.thread(ticket.id) if m.kind == "in"}
        a, b = rows[sent["a"].id].id, rows[sent["b"].id].id
        await until(lambda: desk.store.message(a).text == "Tinc un problema amb la factura")
        await until(lambda: desk.store.message(b).deleted_at is not None)
        await until(lambda: len(inbound_texts(desk, account, marta.id)) == 3)
        history = [t for _, t in desk.store.message_history(a)]
        late = [m for m in desk.store.thread(ticket.id) if m.kind == "in" and m.id not in (a, b)]
        await desk.stop()
        return history, late

    asyncio.run(first_day())
    telegram.user_edits(marta, telegram.account, sent["a"].id, "Tinc un problema amb la factura")
    telegram.user_deletes(marta, telegram.account, [sent["b"].id])
    late = telegram.user_sends(marta, telegram.account, "I una cosa més")
    telegram.user_edits(marta, telegram.account, late.id, "I una altra cosa")
    telegram.user_deletes(marta, telegram.account, [999_999])  # never filed: ignored
    history, [late_row] = asyncio.run(next_day())
    assert history == ["Tinc un problema amb el rebut"]
    assert late_row.text == "I una altra cosa"  # filed as it stands now


def test_edit_arriving_while_the_file_is_still_downloading_lands(telegram, config, clock):
    async def scenario():
        desk = desk_on(telegram, config, clock)
        await login(telegram, desk)
        account, marta = str(telegram.account.id), telegram.citizen
        try:
            data = sample_file("certificat.pdf").read_bytes() * 40  # several chunks to fetch
            message = telegram.user_sends(marta, telegram.account, "El certificat",
                                          file=SimFile(data, "certificat.pdf", "application/pdf"))
            telegram.user_edits(marta, telegram.account, message.id, "El certificat signat")
            await until(lambda: inbound_texts(desk, account, marta.id) == ["El certificat signat"])
            ticket = desk.store.active_ticket_for(account, marta.id)
            [row] = [m for m in desk.store.thread(ticket.id) if m.kind == "in"]
            assert [t for _, t in desk.store.message_history(row.id)] == ["El certificat"]
            await until(lambda: [a.kept for a in desk.store.message(row.id).attachments] == [True])
        finally:
            await desk.stop()

    asyncio.run(scenario())


def test_catch_up_before_get_me_answers_is_filed_under_the_account(telegram, config, clock, monkeypatch):
    """At a restart, the updates of getDifference can be dispatched before get_me has told
    the gateway which account it is: they wait for it (filed under no account, the
    citizen got a second ticket and a second opening message once live updates came)."""
    from deskclient.net.desk_client import DeskTelegramClient

    marta = telegram.citizen
    account = str(telegram.account.id)

    async def first_day():
        desk = desk_on(telegram, config, clock)
        await login(telegram, desk)
        telegram.user_sends(marta, telegram.account, "abans")
        await until(lambda: inbound_texts(desk, account, marta.id) == ["abans"])
        await desk.stop()

    real_get_me = DeskTelegramClient.get_me

    async def slow_get_me(self, *args, **kwargs):
        await asyncio.sleep(0.5)  # a slow answer: the catch-up is dispatched meanwhile
        return await real_get_me(self, *args, **kwargs)

    async def restarted():
        desk = desk_on(telegram, config, clock)
        await desk.start()
        await desk.gateway.wait_online()
        await until(lambda: len(inbound_texts(desk, account, marta.id)) == 3, timeout=15)
        await asyncio.sleep(0.3)
        texts = inbound_texts(desk, account, marta.id)
        accounts = sorted(r[0] for r in desk.store.db.execute_sql("SELECT DISTINCT account FROM citizen"))
        await desk.stop()
        return texts, accounts

    asyncio.run(first_day())
    telegram.user_sends(marta, telegram.account, "mentre era aturat 1")
    telegram.user_sends(marta, telegram.account, "mentre era aturat 2")
    monkeypatch.setattr(DeskTelegramClient, "get_me", slow_get_me)
    texts, accounts = asyncio.run(restarted())
    assert accounts == [account]
    assert texts == ["abans", "mentre era aturat 1", "mentre era aturat 2"]
