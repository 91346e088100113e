"""Qt tests: a qasync loop over pytest-qt's QApplication, cleaned up as STACK.md says."""

from __future__ import annotations

import asyncio
import gc
from datetime import timedelta

import pytest

from deskclient.logs import log_dir
from deskclient.store.database import open_database
from deskclient.store.repository import TicketStore
from tests.services.lead_helpers import LeadDesk, citizen, closed_ticket

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread():
    """As the app does (ui/collector.py): no collection in worker threads, where it
    would destroy a test's leftover widgets on the wrong thread."""
    gc.disable()
    yield
    gc.collect()
    gc.enable()


@pytest.fixture(autouse=True)
def british_english_formats():
    """Dates and numbers as the window writes them in English (ui/formats.py), whatever the
    machine's locale; a test that installs a language changes it for itself only."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("en_GB"))
    yield


@pytest.fixture
def qloop(qapp):
    from PySide6.QtCore import QTimer

    from deskclient.ui.event_loop import DeskEventLoop

    loop = DeskEventLoop(qapp)  # the app's loop (ui/run.py)
    asyncio.set_event_loop(loop)
    yield loop
    loop.close()
    # qasync's stop() set Qt's quit flag; clear it or later waitSignal calls return at once.
    QTimer.singleShot(0, qapp.quit)
    qapp.exec()
    asyncio.set_event_loop(None)


@pytest.fixture
def lead_scene(tmp_path, config, rules, clock):
    """A lead's tools over a store with one ticket, closed 200 days ago (due for purging)."""
    store = TicketStore(open_database(f"sqlite:///{tmp_path / 'lead.sqlite3'}"), clock)
    desk = LeadDesk(store, rules, clock, config, log_dir())
    closed_ticket(store, rules, clock, citizen(1, "Marta Puig"), texts=("No puc pagar la taxa",),
                  category="Payment problems")
    clock.advance(timedelta(days=200))
    yield desk
    desk.close()
    store.close()
