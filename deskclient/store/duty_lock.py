"""The duty lock: held by exactly one process of a desk at a time, gone when it dies.

PostgreSQL: a session-level advisory lock on a connection of its own (not the store's,
which reconnects and runs transactions). PostgreSQL itself releases it when that session
ends: a killed process's socket closes at once, and a vanished host is noticed by TCP
keepalives on both sides within about 5 s. No table, no heartbeat of ours, no clock.
The connection's application_name is the node's name, so `deskclient status` can tell
who holds it from pg_locks and pg_stat_activity.

SQLite (one desk): an exclusive flock on `<database>.duty`, which the kernel releases
when the holding process dies; the file names the holder.

Both are blocking: services/duty.py calls them on a thread of their own.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import threading
from pathlib import Path
from typing import Protocol
from urllib.parse import parse_qs, unquote, urlsplit

from .database import OpenedDatabase

log = logging.getLogger("deskclient.store")

DUTY_CLASS = 0x4445534B  # "DESK": first half of the advisory lock's key
CHECK_TIMEOUT_MS = 1000
KEEPALIVES = dict(keepalives=1, keepalives_idle=2, keepalives_interval=1, keepalives_count=3)


class DutyLock(Protocol):
    def try_acquire(self) -> bool:
        """Take the lock if nobody holds it; True when this process holds it now."""

    def check(self) -> bool:
        """Is the lock still ours? False as soon as that cannot be confirmed."""

    def release(self) -> None: ...

    def abandon(self) -> None:
        """Let go of a connection that hangs, without waiting for it."""

    def holder(self) -> str | None:
        """Who holds it (a node name or a pid), None when nobody does."""


def duty_lock_for(opened: OpenedDatabase, node: str) -> DutyLock:
    if opened.is_postgres:
        return PostgresDutyLock(opened.url, opened.schema, node)
    return FileDutyLock(Path(str(opened.sqlite_path) + ".duty"), node)


def duty_key(url: str, schema: str | None) -> int:
    """Second half of the key: one per database and schema (tests use one schema each)."""
    parts = urlsplit(url)
    name = f"deskclient-duty:{parts.hostname}:{parts.port}:{parts.path}:{schema or 'public'}"
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:4], "big") & 0x7FFFFFFF


def pg_connect_args(url: str, node: str) -> dict:
    """psycopg keyword arguments for the URL, with keepalives and the node's name."""
    parts = urlsplit(url)
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    query.pop("schema", None)
    query.pop("application_name", None)  # the node's name: `deskclient status` reads it
    args = dict(host=parts.hostname or None, port=parts.port or 5432, user=parts.username or None,
                password=unquote(parts.password) if parts.password else None, dbname=parts.path.lstrip("/") or None,
                connect_timeout=int(query.pop("connect_timeout", 3)), application_name=node[:63],
                autocommit=True, **KEEPALIVES)
    args.update(query)
    return {k: v for k, v in args.items() if v is not None}


class PostgresDutyLock:
    def __init__(self, url: str, schema: str | None, node: str) -> None:
        self.url = url
        self.node = node
        self.key = duty_key(url, schema)
        self._conn = None

    def _connect(self):
        import psycopg

        conn = psycopg.connect(**pg_connect_args(self.url, self.node))
        # The server notices a dead holder too, and frees the lock for the next one.
        conn.execute("SET tcp_keepalives_idle = 2")
        conn.execute("SET tcp_keepalives_interval = 1")
        conn.execute("SET tcp_keepalives_count = 3")
        conn.execute(f"SET statement_timeout = {CHECK_TIMEOUT_MS}")
        return conn

    def try_acquire(self) -> bool:
        conn = self._conn
        try:
            if conn is None or conn.closed:
                conn = self._conn = self._connect()
            (got,) = conn.execute("SELECT pg_try_advisory_lock(%s, %s)", (DUTY_CLASS, self.key)).fetchone()
            return bool(got)
        except Exception as exc:
            log.warning("duty lock: database unreachable (%s)", type(exc).__name__)
            self._drop(conn)
            return False

    def check(self) -> bool:
        conn = self._conn
        if conn is None:
            return False
        try:
            (held,) = conn.execute(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                "AND pid = pg_backend_pid() AND classid::bigint = %s AND objid::bigint = %s AND objsubid = 2",
                (DUTY_CLASS, self.key)).fetchone()
            return held > 0
        except Exception as exc:
            log.warning("duty lock: connection lost (%s)", type(exc).__name__)
            self._drop(conn)
            return False

    def release(self) -> None:
        conn = self._conn
        if conn is not None and not conn.closed:
            try:
                conn.execute("SELECT pg_advisory_unlock(%s, %s)", (DUTY_CLASS, self.key))
            except Exception:
                pass
        self._drop(conn)

    def abandon(self) -> None:
        """Forget a connection that hangs; it is closed (releasing the lock if the server
        still thinks it holds it) as soon as its stuck call returns, which keepalives bound."""
        conn, self._conn = self._conn, None
        if conn is not None:
            def close_when_free():
                with conn.lock:
                    pass
                self._drop(conn)
            threading.Thread(target=close_when_free, daemon=True, name="deskclient-duty-close").start()

    def _drop(self, conn) -> None:
        """Close `conn`; forget it unless a newer connection replaced it meanwhile."""
        if self._conn is conn:
            self._conn = None
        if conn is not None:
            try:
                conn.close()
            except Exception:
                pass

    def holder(self) -> str | None:
        import psycopg

        with psycopg.connect(**pg_connect_args(self.url, f"{self.node} (status)")) as conn:
            row = conn.execute(
                "SELECT a.application_name, a.pid FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                "WHERE l.locktype = 'advisory' AND l.granted AND l.classid::bigint = %s AND l.objid::bigint = %s "
                "AND l.objsubid = 2", (DUTY_CLASS, self.key)).fetchone()
        if row is None:
            return None
        return row[0] or f"backend {row[1]}"


class FileDutyLock:
    def __init__(self, path: Path, node: str) -> None:
        self.path = path
        self.node = node
        self._fd: int | None = None

    def try_acquire(self) -> bool:
        if self._fd is not None:
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()} {self.node}\n".encode())
        self._fd = fd
        return True

    def check(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            try:
                os.ftruncate(fd, 0)
            finally:
                os.close(fd)  # closing the last descriptor releases the flock

    def abandon(self) -> None:
        self.release()

    def holder(self) -> str | None:
        if self._fd is not None:
            return f"{os.getpid()} {self.node}"
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except FileNotFoundError:
            return None
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except OSError:
                return os.pread(fd, 200, 0).decode(errors="replace").strip() or "another process"
            fcntl.flock(fd, fcntl.LOCK_UN)
            return None
        finally:
            os.close(fd)
