"""Waiting for a wake-up event or a timeout, whichever comes first, in a way that a
cancel always ends.

Not `asyncio.wait_for(event.wait(), timeout)`: on Python 3.11 a cancel that arrives as
the event is being set can be swallowed (wait_for returns normally), and a job's
`stop()`, which cancels and awaits its loop, then waits for ever.
"""

from __future__ import annotations

import asyncio


async def woken(event: asyncio.Event, timeout: float | None) -> bool:
    """Wait until `event` is set or `timeout` seconds pass; True if it was set. The
    event is left set (the caller clears it once it has acted on it)."""
    waiter = asyncio.ensure_future(event.wait())
    try:
        done, _ = await asyncio.wait({waiter}, timeout=timeout)
    finally:
        waiter.cancel()
    return bool(done)
