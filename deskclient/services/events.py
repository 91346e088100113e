"""Plain publish/subscribe on the asyncio loop; `ui/bridge.py` turns it into Qt signals."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any, Callable

from ..net.gateway import ConnectionState
from ..store.records import Change

log = logging.getLogger("deskclient.services")


@dataclass(frozen=True)
class StoreChanged:
    change: Change


@dataclass(frozen=True)
class ConnectionChanged:
    state: ConnectionState


@dataclass(frozen=True)
class SendingPaused:
    """The outbox waits: Telegram asked for `seconds` of quiet (0 when it resumes)."""

    seconds: int


@dataclass(frozen=True)
class DutyChanged:
    """This process took the duty (sending, automatic messages, purge) or lost it."""

    held: bool


@dataclass(frozen=True)
class PurgeProgressed:
    """The scheduled retention purge: stage "tickets" (done of total), "files",
    "compacting", then "done" (done = tickets purged) or "failed"."""

    stage: str
    done: int
    total: int


@dataclass(frozen=True)
class Problem:
    """Something the agent should know about, in one plain sentence. A `lasting` one
    (the database refusing writes) stays in the status bar until a ProblemCleared."""

    text: str
    lasting: bool = False


@dataclass(frozen=True)
class ProblemCleared:
    """The lasting problem is over; `text` says so in one plain sentence (may be empty)."""

    text: str = ""


class EventBus:
    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._subscribers: list[Callable[[Any], None]] = []

    def subscribe(self, callback: Callable[[Any], None]) -> None:
        self._subscribers.append(callback)

    def publish(self, *events: Any) -> None:
        """From any thread: subscribers are called on the loop's thread, in order.

        Several events in one call cost one wake-up of the loop, not one each.
        """
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is self._loop:
            self._dispatch(events)
        elif not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._dispatch, events)

    def _dispatch(self, events: tuple[Any, ...]) -> None:
        for event in events:
            for callback in list(self._subscribers):
                try:
                    callback(event)
                except Exception:  # one broken subscriber must not starve the others
                    log.exception("event subscriber failed on %s", type(event).__name__)
