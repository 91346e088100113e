"""The window's loop (ui/event_loop.py): asyncio's order for ready callbacks, run a slice
at a time so that Qt's own events (paint, input, timers) come between slices."""

import asyncio
import threading

import pytest
from PySide6.QtCore import QTimer

from deskclient.ui import event_loop

pytestmark = pytest.mark.gui


def test_ready_callbacks_run_in_order_and_what_they_make_ready_after_them(qloop):
    ran = []

    async def scenario():
        loop = asyncio.get_running_loop()
        for n in range(5):
            loop.call_soon(lambda n=n: (ran.append(n), n == 0 and loop.call_soon(ran.append, "later")))
        cancelled = loop.call_soon(ran.append, "cancelled")
        cancelled.cancel()
        await asyncio.sleep(0.01)

    qloop.run_until_complete(scenario())
    assert ran == [0, 1, 2, 3, 4, "later"]


def test_qt_gets_a_turn_between_slices_of_a_burst(qloop, monkeypatch):
    monkeypatch.setattr(event_loop, "SLICE_S", 0.0)  # one callback a slice
    order = []

    async def scenario():
        loop = asyncio.get_running_loop()
        for n in range(50):  # a group commit waking its callers
            loop.call_soon(order.append, n)
        timer = QTimer(singleShot=True, interval=0)  # as the window's timers: after all 50 with qasync alone
        timer.timeout.connect(lambda: order.append("qt"))
        timer.start()
        await asyncio.sleep(0.05)

    qloop.run_until_complete(scenario())
    assert sorted(x for x in order if x != "qt") == list(range(50))
    assert order.index("qt") < 50


def test_a_failing_callback_is_reported_and_the_rest_still_run(qloop):
    ran, reported = [], []

    def fails():
        raise ValueError("a bug")

    async def scenario():
        loop = asyncio.get_running_loop()
        loop.set_exception_handler(lambda _loop, context: reported.append(type(context["exception"])))
        loop.call_soon(fails)
        loop.call_soon(ran.append, "after")
        await asyncio.sleep(0.01)

    qloop.run_until_complete(scenario())
    assert reported == [ValueError] and ran == ["after"]


def test_another_thread_hands_work_to_the_loop(qloop):
    async def scenario():
        loop = asyncio.get_running_loop()
        done = loop.create_future()
        threading.Thread(target=lambda: loop.call_soon_threadsafe(done.set_result, "from a thread")).start()
        return await asyncio.wait_for(done, 5)

    assert qloop.run_until_complete(scenario()) == "from a thread"


def test_what_is_scheduled_after_the_close_never_runs(qapp):
    from deskclient.ui.event_loop import DeskEventLoop

    ran = []
    first = DeskEventLoop(qapp)
    first.close()
    first.call_soon(ran.append, "after the close")
    second = DeskEventLoop(qapp)
    try:
        second.run_until_complete(asyncio.sleep(0.02))
    finally:
        second.close()
        QTimer.singleShot(0, qapp.quit)  # qasync's stop() set Qt's quit flag (STACK.md)
        qapp.exec()
    assert ran == []


def test_nothing_runs_while_the_loop_does_not_and_all_runs_when_it_does_again(qapp, qloop):
    """Qt's events processed between two runs of the loop (a test's processEvents, a
    step outside run_until_complete) ran coroutine steps with no running loop: a lead
    window's transcript task failed in asyncio.get_running_loop() on a loaded full run."""
    from PySide6.QtCore import QCoreApplication

    ran = []
    step = qloop.call_soon(lambda: ran.append(asyncio._get_running_loop() is qloop))
    for _ in range(5):
        QCoreApplication.processEvents()
    assert ran == [] and not step.cancelled()
    qloop.run_until_complete(asyncio.sleep(0.01))
    assert ran == [True]
