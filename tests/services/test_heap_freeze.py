"""While a desk runs, the collector is set for bursts (deskclient/heap.py): start-up's
objects frozen, full collections rarer. When the last desk stops, all is as before: its
objects, cycles included, can be collected and CPython's thresholds are back (tests,
and a window's log-out, start desks again in the same process)."""

import asyncio
import gc
import weakref

from deskclient import heap
from deskclient.app import build_desk
from deskclient.net.demo import DemoNetwork


class Node:
    """Part of a reference cycle: only the collector frees it."""


def test_start_up_objects_are_frozen_while_running_and_collectable_after_stop(config, clock):
    before = gc.get_threshold()

    async def scenario():
        network = DemoNetwork()
        desk = build_desk(config, lambda c: network.gateway(config, c), clock=clock)
        cycle = Node()
        cycle.me = cycle
        gone = weakref.ref(cycle)
        await desk.start()
        running = gc.get_freeze_count(), gc.get_threshold()
        del cycle  # garbage from now on, but frozen with start-up's objects
        gc.collect()
        kept_while_running = gone() is not None
        await desk.stop()
        return running, kept_while_running, gone

    (frozen, thresholds), kept, gone = asyncio.run(scenario())
    assert frozen > 10_000  # the desk's modules, configuration and services
    assert thresholds == (before[0], before[1], heap.FULL_COLLECTION_AFTER)
    assert kept  # no collection walks the frozen objects while the desk runs
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == before
    gc.collect()
    assert gone() is None


def test_two_desks_in_one_process_share_the_settings_until_the_last_stops():
    before = gc.get_threshold()
    heap.settle()
    heap.settle()
    heap.release()
    assert gc.get_threshold()[2] == heap.FULL_COLLECTION_AFTER and gc.get_freeze_count() > 0
    heap.release()
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    heap.release()  # one stop too many changes nothing
    assert gc.get_threshold() == before


def test_a_desk_stopped_without_having_started_leaves_the_running_ones_settings(config, clock):
    async def scenario():
        network = DemoNetwork()
        never_started = build_desk(config, lambda c: network.gateway(config, c), clock=clock)
        heap.settle()  # another desk, running
        try:
            await never_started.stop()
            return gc.get_threshold()[2]
        finally:
            heap.release()

    assert asyncio.run(scenario()) == heap.FULL_COLLECTION_AFTER


def test_what_someone_else_froze_before_the_desk_stays_frozen_after():
    gc.freeze()  # as a program embedding the desk, or the window's collector, may do
    try:
        frozen = gc.get_freeze_count()
        heap.settle()
        heap.release()
        assert gc.get_freeze_count() >= frozen
    finally:
        gc.unfreeze()
