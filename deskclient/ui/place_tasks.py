"""Work a window runs as asyncio tasks, one per place: a new search, preview or export in
the same place cancels the one still running (STYLE.md, disciplined async).

A window mixes in `PlaceTasks` and gives `show_problem(text)`: what the user can fix (a
`UserFacingError`) is said there in its sentence; anything else is a bug and goes to the
crash handler (`sys.excepthook`), as an `asyncSlot`'s would.
"""

from __future__ import annotations

import asyncio
import sys
from typing import Awaitable

from ..errors import UserFacingError


class PlaceTasks:
    _place_tasks: dict[str, asyncio.Task]

    def run(self, place: str, work: Awaitable) -> asyncio.Task:
        """Start `work` for one place of the window, cancelling what ran there before."""
        tasks = self.__dict__.setdefault("_place_tasks", {})
        previous = tasks.get(place)
        if previous is not None and not previous.done():
            previous.cancel()
        task = asyncio.ensure_future(work)
        tasks[place] = task
        task.add_done_callback(self._place_done)
        return task

    @property
    def _tasks(self) -> dict[str, asyncio.Task]:
        return self.__dict__.setdefault("_place_tasks", {})

    def _place_done(self, task: asyncio.Task) -> None:
        if task.cancelled():
            return
        error = task.exception()
        if isinstance(error, UserFacingError):
            self.show_problem(str(error))
        elif error is not None:
            sys.excepthook(type(error), error, error.__traceback__)

    def show_problem(self, text: str) -> None:
        raise NotImplementedError


def in_background(coro) -> asyncio.Task:
    """A task of no particular place (a fetch, an audit) whose unexpected failure reaches
    the crash handler, as an asyncSlot's does; the caller handles what the user can fix."""
    def done(task: asyncio.Task) -> None:
        if not task.cancelled() and task.exception() is not None:
            error = task.exception()
            sys.excepthook(type(error), error, error.__traceback__)

    task = asyncio.ensure_future(coro)
    task.add_done_callback(done)
    return task
