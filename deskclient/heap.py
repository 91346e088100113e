"""The process's garbage collector while a desk runs, set for bursts of messages.

A burst through Telegram grows the heap (pushes waiting to be filed, batches in hand),
and CPython (3.11) runs a full collection each time the heap has grown by a quarter and
ten younger collections have passed: every tracked object walked each time. In 20,000
messages that was eight full collections, 1.8-2.2 s of a 5-6 s burst on the loop's
thread, and start-up's own objects (modules, configuration, calendars, texts: about
120,000) a third of every walk (bench/ingest). While a desk runs:

- start-up's objects are frozen (`gc.freeze`): no collection walks them again;
- a full collection waits for a hundred younger ones instead of ten. The quarter rule
  still holds, so a steady desk (no growth) is collected as before; cycles that reach
  the oldest generation in a burst are freed a little later.

Settings are the process's: desks started together (tests, a service beside a window)
share them, and the last one to stop puts CPython's back; what was frozen before the
first desk started (by whoever embeds it) stays frozen. A window collects on its own
timer (ui/collector.py), with its own rule for full collections: there only the freeze
matters.
"""

from __future__ import annotations

import gc

FULL_COLLECTION_AFTER = 100  # younger collections before a full one (CPython's default: 10)

_running = 0
_saved = gc.get_threshold()  # CPython's, put back by the last desk to stop
_frozen_before = False  # someone else's freeze: not ours to undo


def settle() -> None:
    """A desk has started: what exists now is frozen, full collections are rarer."""
    global _running, _saved, _frozen_before
    if _running == 0:
        _frozen_before = gc.get_freeze_count() > 0
        _saved = gc.get_threshold()
        young, middle, _ = _saved
        gc.set_threshold(young, middle, FULL_COLLECTION_AFTER)
    _running += 1
    gc.freeze()


def release() -> None:
    """A desk has stopped; after the last one, its objects can be collected again and
    CPython's thresholds are back."""
    global _running
    if _running == 0:
        return
    _running -= 1
    if _running == 0:
        if not _frozen_before:
            gc.unfreeze()
        gc.set_threshold(*_saved)
