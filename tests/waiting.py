"""Waiting for what a user would see, with a deadline instead of a fixed sleep."""

from __future__ import annotations

import asyncio

STEP = 0.005


async def until(predicate, timeout: float = 5.0) -> None:
    for _ in range(int(timeout / STEP)):
        if predicate():
            return
        await asyncio.sleep(STEP)
    raise AssertionError("condition not reached in time")
