"""How a duty holder's sender stops (the outbox, the broadcast sender): the same for both.

Its loop is cancelled; the sends already on the wire get `grace` seconds to be answered
(a SIGTERM finishes the chunk in hand); their receipts are recorded if the store lets us
within two seconds more. Whatever is cut short, the next duty holder sends again under
the same random_id, which Telegram answers as a duplicate: nothing goes twice.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Callable, Iterable

log = logging.getLogger("deskclient.services")

RECORD_GRACE = 2.0  # s the receipts in hand may take to be written


async def stop_sending(loop: asyncio.Task | None, sends: Iterable[asyncio.Task],
                       recorder: Callable[[], asyncio.Task | None], what: str, grace: float) -> None:
    """`recorder()` is asked after the sends are done: their answers may start it."""
    if loop is not None:
        loop.cancel()
        await asyncio.gather(loop, return_exceptions=True)
    sends = list(sends)
    if sends:
        _, late = await asyncio.wait(sends, timeout=grace)
        for task in late:
            task.cancel()
        await asyncio.gather(*late, return_exceptions=True)
    writing = recorder()
    if writing is not None:
        try:
            await asyncio.wait_for(asyncio.shield(writing), RECORD_GRACE)
        except (asyncio.TimeoutError, Exception):
            log.warning("%s stopped with sends not yet recorded", what)
