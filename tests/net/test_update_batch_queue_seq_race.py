"""Pushes in the common sequence (seq != 0) that arrive while getDifference is in flight:
the first was already covered by the difference, the next one is new. Telethon skips the
first and applies the second; merged into one UpdatesCombined(seq_start=first, seq=next)
the whole batch was taken for "already handled" and the new message waited for the
citizen's next push (found by a tester; net/desk_client.py UpdateBatchQueue now merges
only pushes outside the sequence)."""
import asyncio

from telethon.tl import functions, types

from tests.net.conftest import until
from tests.net.test_traffic import desk_on, inbound_texts, login


def test_a_new_push_behind_one_the_difference_covered_is_filed(telegram, config, clock):
    account, marta = str(telegram.account.id), telegram.citizen
    acct = telegram.accounts[telegram.account.id]
    seq = [0]
    telegram._state = lambda a: types.updates.State(pts=a.pts, qts=0, date=telegram._now(), seq=seq[0],
                                                     unread_count=0)

    def new_message(text):
        message = types.Message(id=next(telegram._message_ids), peer_id=types.PeerUser(marta.id),
                                date=telegram._now(), message=text, out=False, from_id=types.PeerUser(marta.id))
        acct.messages[message.id] = message
        update = types.UpdateNewMessage(message, 0, 1)
        telegram._log(acct, update)
        seq[0] += 1
        return update, seq[0]

    def push(update, at_seq):
        envelope = types.Updates(updates=[update], users=[telegram._seen(acct, marta), telegram._seen(acct, acct.user)],
                                 chats=[], date=telegram._now(), seq=at_seq)
        for sender in list(telegram._senders):
            if telegram.authorizations.get(sender.key_id) == acct.user.id:
                sender.push(envelope)

    handlers = telegram._handlers
    original = handlers[functions.updates.GetDifferenceRequest]
    raced = []

    def difference_with_pushes_in_flight(sender, request):
        answer = original(sender, request)  # includes "tres" (state seq 3)
        if not raced and tres is not None:
            raced.append(True)
            push(*tres)  # Telegram's push of "tres", arriving while the client waits for the answer
            push(*new_message("quatre"))  # and the next one, new
        return answer

    handlers[functions.updates.GetDifferenceRequest] = difference_with_pushes_in_flight

    async def scenario():
        nonlocal tres
        desk = desk_on(telegram, config, clock)
        await login(telegram, desk)
        try:
            push(*new_message("zero"))  # her first message: a ticket, its opening notice sent
            await until(lambda: inbound_texts(desk, account, marta.id) == ["zero"])
            await asyncio.sleep(1.0)  # the notice sent and its own update processed; quiet
            new_message("u")  # lost: its push never came
            push(*new_message("dos"))  # seq 2 after 0: a gap, getDifference at once
            tres = new_message("tres")  # logged before the answer is made, pushed while in flight
            await until(lambda: len(inbound_texts(desk, account, marta.id)) >= 4)
            await until(lambda: inbound_texts(desk, account, marta.id) == ["zero", "u", "dos", "tres", "quatre"], timeout=5)
        finally:
            await desk.stop()

    tres = None
    asyncio.run(scenario())
