"""A message filed, the desk killed before its saved update position passed it (within
STATE_SAVE_DELAY, or anywhere inside a merged batch of up to 200 pushes: one checkpoint per
batch), the citizen edits it while the desk is down. At restart getDifference gives the
message in its current state (edited; no separate edit: it was created in the range);
the store already had it and kept the old text for good; now the message, given again as
edited since, takes the new text as an edit (found by a tester: with kill -9 during a
burst with edits, 28-140 citizens' edits were lost)."""
import asyncio

from tests.net.conftest import until
from tests.net.test_traffic import desk_on, inbound_texts, kill, login


def test_an_edit_made_while_the_desk_was_down_after_a_crash_is_not_lost(telegram, config, clock):
    account, marta = str(telegram.account.id), telegram.citizen
    sent = []

    async def crashing_day():
        desk = desk_on(telegram, config, clock)
        await login(telegram, desk)
        await desk.gateway.client.save_update_state()
        sent.append(telegram.user_sends(marta, telegram.account, "tinc una consulta"))
        await until(lambda: inbound_texts(desk, account, marta.id) == ["tinc una consulta"])
        kill(desk)  # before the 0.5 s state save

    async def after_restart():
        desk = desk_on(telegram, config, clock)
        await desk.start()
        await desk.gateway.wait_online()
        try:
            await asyncio.sleep(1.0)
            return inbound_texts(desk, account, marta.id)
        finally:
            await desk.stop()

    asyncio.run(crashing_day())
    telegram.user_edits(marta, telegram.account, sent[0].id, "tinc una consulta urgent")
    assert asyncio.run(after_restart()) == ["tinc una consulta urgent"]
