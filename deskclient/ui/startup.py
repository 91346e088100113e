"""A window that cannot start says why: every failure on the way up (the settings, the
network's setup, the database, the window, the desk's first steps) ends in a message box
with one line, not in a vanished window and a traceback on a terminal nobody reads.

What the person can act on (UserFacingError, an OSError such as a folder that cannot be
written) goes on to the command line as UserFacingError, printed there as one line too.
Anything else is a bug: the box says so in a line, the log has the code path (never the
message, which may hold personal data: ui/crash.py), and the traceback follows.
"""

from __future__ import annotations

import asyncio
import logging
from contextlib import asynccontextmanager

from PySide6.QtCore import QCoreApplication

from ..errors import UserFacingError
from ..store.database import check_sqlite_integrity
from .crash import crash_report
from .database_login import show_cannot_start

log = logging.getLogger("deskclient.ui")

# Seconds after the window shows before the whole SQLite file is read for damage: the
# first page, the catch-up from Telegram and the first clicks come first.
INTEGRITY_CHECK_AFTER_S = 5.0


def startup_reason(exc: BaseException) -> str:
    """One line for the box (and the command line)."""
    if isinstance(exc, UserFacingError):
        return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    if isinstance(exc, OSError) and exc.strerror:
        where = f" {exc.filename}" if exc.filename else ""
        return f"Cannot start: cannot use{where} ({exc.strerror})"
    return QCoreApplication.translate(
        "StartUp", "deskclient could not start because of an unexpected error ({0}). "
                   "The log has the details for IT.").format(type(exc).__name__)


async def cannot_start(exc: BaseException, close_after: float | None = None) -> BaseException:
    """Show why in a box (closed by itself after `close_after` s: smoke tests); returns
    the error for the caller to raise on to the command line."""
    reason = startup_reason(exc)
    if not isinstance(exc, (UserFacingError, OSError)):
        log.error("the window could not start\n%s", crash_report(type(exc), exc.__traceback__))
    else:
        log.warning("the window could not start: %s", type(exc).__name__)
    await show_cannot_start(reason, close_after)
    if isinstance(exc, OSError) and exc.strerror:
        error = UserFacingError(reason)
        error.__cause__ = exc
        return error
    return exc


@asynccontextmanager
async def said_if_it_fails(close_after: float | None = None, undo=None, passes: tuple = ()):
    """Around a step of the start: a failure is shown (`cannot_start`), `undo()` is
    awaited if given (the desk stopped, the window hidden), and the error goes on.
    `passes`: errors the step has said itself, going on untouched."""
    try:
        yield
    except passes:
        raise
    except Exception as exc:  # noqa: BLE001 (every start-up failure is said)
        error = await cannot_start(exc, close_after)
        if undo is not None:
            try:
                await undo()
            except Exception as second:  # noqa: BLE001 (the first failure is the one to report)
                log.warning("stopping after a failed start: %s", type(second).__name__)
        if error is exc:
            raise
        raise error from exc


def check_store_later(store, window) -> asyncio.Task | None:
    """A single desk's SQLite file read whole for damage on a worker thread, a few
    seconds after the window shows (the start reads only its header and schema:
    store/database.py); damage found stays in the window's status bar. The caller keeps
    the task and cancels it at close. None on PostgreSQL (the server checks its pages)."""
    path = store.opened.sqlite_path
    if path is None:
        return None

    async def check() -> None:
        await asyncio.sleep(INTEGRITY_CHECK_AFTER_S)
        damage = await asyncio.to_thread(check_sqlite_integrity, path)
        if damage is not None:
            log.error("%s", damage.english)
            window.show_lasting_problem(str(damage))

    return asyncio.create_task(check())
