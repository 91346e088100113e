"""A running desk keeps what start-up built out of the collector's sight (app.py
BuiltDesk.start: gc.freeze), and gives it back when it stops: a stopped desk's objects,
cycles included, can be collected (tests and a window's log-out start desks again)."""

import asyncio
import gc
import weakref

from deskclient.app import build_desk
from deskclient.net.demo import DemoNetwork


class Node:
    """Part of a reference cycle: only the collector frees it."""


def test_start_up_objects_are_frozen_while_running_and_collectable_after_stop(config, clock):
    async def scenario():
        network = DemoNetwork()
        desk = build_desk(config, lambda c: network.gateway(config, c), clock=clock)
        cycle = Node()
        cycle.me = cycle
        gone = weakref.ref(cycle)
        await desk.start()
        frozen_while_running = gc.get_freeze_count()
        del cycle  # garbage from now on, but frozen with start-up's objects
        gc.collect()
        kept_while_running = gone() is not None
        await desk.stop()
        return frozen_while_running, kept_while_running, gone

    frozen, kept, gone = asyncio.run(scenario())
    assert frozen > 10_000  # the desk's modules, configuration and services
    assert kept  # no collection walks the frozen objects while the desk runs
    assert gc.get_freeze_count() == 0
    gc.collect()
    assert gone() is None
