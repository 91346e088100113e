"""A whole desk (store, services, outbox) on the demo network, driven step by step."""

from __future__ import annotations

import asyncio

import pytest

from deskclient.app import build_desk
from deskclient.net.demo import DemoGateway


@pytest.fixture
def make_desk(config, clock):
    """Inside a running loop, `await make_desk()` gives a started Desk on a quiet demo."""

    async def make(**demo_options):
        options = dict(pace=0, answer_delay=0, group_invite=False, play_script=False)
        options.update(demo_options)
        desk = build_desk(config, lambda c: DemoGateway(c, **options), clock=clock)
        await desk.start()
        return desk

    return make


async def settle(desk) -> None:
    """Let queued sends and the citizens' answers run to the end."""
    for _ in range(3):
        for _ in range(20):
            await asyncio.sleep(0)
        await desk.outbox.flush()
