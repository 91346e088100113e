"""What went wrong with the database, in words an agent can act on, and how to wait it out.

A store call can fail for reasons that pass: SQLite's write lock held by another
program, a PostgreSQL backend terminated by an administrator, a server restarting. Those
are waited out (reconnecting when the connection is gone) for a short, bounded time; if
the fault lasts longer the caller gets a `StoreFault`, a `StoreUnavailable` with one plain
sentence and a short `reason` ("locked", "unreachable", "disk full", …) that the ingest
puts in the status bar while it keeps retrying. Errors that will not pass by waiting
(a constraint, a bug in a query) are left as they are.
"""

from __future__ import annotations

import logging
import time

import peewee as pw

from ..errors import StoreUnavailable, sentence

log = logging.getLogger("deskclient.store")

LOCKED = "locked"
LOST = "connection lost"
CONFLICT = "conflict"  # a deadlock victim or a serialisation failure: just run it again
DISK_FULL = "disk full"
IO_ERROR = "disk error"

_SENTENCES = {
    LOCKED: sentence("The database refuses writes: another program holds its lock."),
    LOST: sentence("The database cannot be reached."),
    DISK_FULL: sentence("The disk holding the database is full: free some space."),
    IO_ERROR: sentence("The disk holding the database reports read or write errors."),
}
UNAVAILABLE = sentence("The database is unavailable.")

# How long one store call waits a passing fault out before it reports it (seconds),
# beyond SQLite's busy_timeout: the status bar says so within a few seconds, and the
# ingest keeps retrying (services/steady.py) however long the fault lasts.
READ_PATIENCE = 3.0
WRITE_PATIENCE = 2.0


class StoreFault(StoreUnavailable):
    """A fault of the database, not of the data: the same call may work once it passes."""

    def __init__(self, reason: str, sentence: str | None = None) -> None:
        super().__init__(sentence or _SENTENCES.get(reason, UNAVAILABLE))
        self.reason = reason


def classify(exc: BaseException, db: pw.Database) -> str | None:
    """The passing fault behind a driver error, or None for one that waiting will not cure."""
    if isinstance(exc, StoreFault):
        return exc.reason
    if not isinstance(exc, (pw.OperationalError, pw.InterfaceError)):
        return None
    text = str(exc).lower()
    if "deadlock" in text or "could not serialize" in text:
        return CONFLICT
    if isinstance(db, pw.PostgresqlDatabase):
        if connection_gone(db) or any(mark in text for mark in _LOST_MARKS):
            return LOST
        return None
    if "locked" in text or "busy" in text:
        return LOCKED
    if "disk is full" in text or "database or disk is full" in text:
        return DISK_FULL
    if "disk i/o error" in text or "unable to open database" in text:
        return IO_ERROR
    return None


_LOST_MARKS = ("terminating connection", "server closed the connection", "connection is closed",
               "connection is lost", "connection refused", "could not receive data",
               "could not send data", "no connection to the server", "connection timed out",
               "the database system is shutting down", "the database system is starting up",
               "cannot rollback, database connection not open", "ssl syscall",
               "consuming input failed", "sending query failed", "connection already closed")


def connection_gone(db: pw.Database) -> bool:
    """True when this thread's PostgreSQL connection is dead (psycopg marks it broken)."""
    conn = db._state.conn  # this thread's connection, or None
    if conn is None:
        return False
    return bool(getattr(conn, "closed", False) or getattr(conn, "broken", False))


def drop_connection(db: pw.Database) -> None:
    """Forget this thread's connection whatever state it is in; the next call makes a new one."""
    try:
        db.close()
    except Exception:  # already dead, or a transaction still marked open: throw it away
        try:
            conn = db._state.conn
            if conn is not None:
                conn.close()
        except Exception:
            pass
        db._state.reset()


def reconnect(db: pw.Database, deadline: float) -> None:
    """Drop the dead connection and open a new one, retrying with backoff until `deadline`
    (time.monotonic()). Raises StoreFault(LOST) when the server stays away."""
    drop_connection(db)
    delay = 0.1
    while True:
        try:
            db.connect()
            log.info("database connection restored")
            return
        except (pw.OperationalError, pw.InterfaceError):
            drop_connection(db)
            if time.monotonic() + delay > deadline:
                raise StoreFault(LOST) from None
            time.sleep(delay)
            delay = min(delay * 2, 2.0)


def wait_out(db: pw.Database, reason: str, deadline: float, delay: float) -> float:
    """One step of waiting a fault out: reconnect when the connection is gone, else sleep.
    Returns the next delay; raises StoreFault when the deadline has passed."""
    if reason == LOST:
        reconnect(db, deadline)
        return delay
    if reason not in (LOCKED, CONFLICT) or time.monotonic() + delay > deadline:
        raise StoreFault(reason) from None
    time.sleep(delay)
    return min(delay * 2, 1.0)
