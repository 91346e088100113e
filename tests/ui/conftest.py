"""Qt tests: a qasync loop over pytest-qt's QApplication, cleaned up as STACK.md says."""

from __future__ import annotations

import asyncio
import gc

import pytest

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread():
    """As the app does (ui/collector.py): no collection in worker threads, where it
    would destroy a test's leftover widgets on the wrong thread."""
    gc.disable()
    yield
    gc.collect()
    gc.enable()


@pytest.fixture
def qloop(qapp):
    import qasync
    from PySide6.QtCore import QTimer

    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    yield loop
    loop.close()
    # qasync's stop() set Qt's quit flag; clear it or later waitSignal calls return at once.
    QTimer.singleShot(0, qapp.quit)
    qapp.exec()
    asyncio.set_event_loop(None)
