"""A getDifference answer of hundreds of updates is dispatched with turns of the loop in
between (net/desk_client.py DISPATCH_SLICE): the window paints during a catch-up. Every
update is still handed on, in order."""

import asyncio

from telethon.sessions import MemorySession
from telethon.tl import types

from deskclient.net import desk_client
from deskclient.net.desk_client import DeskTelegramClient


def test_a_big_batch_is_dispatched_in_order_with_turns_of_the_loop_between():
    async def scenario():
        client = DeskTelegramClient(MemorySession(), 1, "0" * 32)
        handled: list[int] = []

        async def to_handlers(update):
            handled.append(update.pts)

        client._to_handlers = to_handlers
        turns = 0
        ticking = True

        def tick():
            nonlocal turns
            turns += 1
            if ticking:
                asyncio.get_running_loop().call_soon(tick)

        asyncio.get_running_loop().call_soon(tick)
        await asyncio.sleep(0)
        batch = [types.UpdateDeleteMessages(messages=[n], pts=n, pts_count=1) for n in range(1, 501)]
        before = turns
        for update in batch:  # as Telethon's _update_loop does with a batch
            await client._dispatch_update(update)
        during = turns - before
        ticking = False
        await asyncio.gather(*client.order.running)
        return during, handled

    during, handled = asyncio.run(scenario())
    assert during >= max(1, 500 // desk_client.DISPATCH_SLICE - 1)  # none without the slices
    assert handled == list(range(1, 501))
