"""The purge's side of the Telegram session file (services/purge.py).

Telethon's SQLite session keeps every user the account met in its `entities` table
(id = the user's id, with their name, username and phone), so a purged or erased
citizen goes from it too (PRODUCT.md: "the Telegram session's entity cache"), under
secure_delete, and the file is compacted once a run deleted any. The session is
Telethon's and may be in use by the running client: a failure is a sentence in the
purge's problems and the next purge does it.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Sequence

from ..errors import sentence

log = logging.getLogger("deskclient.services")


class SessionCache:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.dirty = False  # entities deleted: VACUUM the file too

    def _open(self, read_only: bool) -> sqlite3.Connection | None:
        path = self.path
        if path is None or not path.is_file() or path.stat().st_size == 0:
            return None
        uri = f"{path.resolve().as_uri()}?mode={'ro' if read_only else 'rw'}"
        con = sqlite3.connect(uri, uri=True, timeout=10, isolation_level=None)
        has = con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'entities'").fetchone()
        if not has:
            con.close()
            return None
        return con

    def cached_before(self, moment: datetime) -> list[int]:
        """The users (not chats: id > 0) cached before `moment` or at no known time."""
        try:
            con = self._open(read_only=True)
            if con is None:
                return []
            try:
                return [r[0] for r in con.execute(
                    "SELECT id FROM entities WHERE id > 0 AND (date IS NULL OR date < ?)",
                    (int(moment.timestamp()),))]
            finally:
                con.close()
        except sqlite3.Error:
            return []

    def forget(self, user_ids: Sequence[int], problems: list[str]) -> int:
        """Delete these users from the entity cache; returns how many were there."""
        if not user_ids:
            return 0
        try:
            con = self._open(read_only=False)
            if con is None:
                return 0
            try:
                con.execute("PRAGMA secure_delete = 1")
                marks = ", ".join("?" * len(user_ids))
                con.execute("BEGIN IMMEDIATE")
                deleted = con.execute(f"DELETE FROM entities WHERE id IN ({marks})", list(user_ids)).rowcount
                con.execute("COMMIT")
                self.dirty = self.dirty or deleted > 0
                return deleted
            finally:
                con.close()
        except sqlite3.Error as exc:
            log.warning("Telegram session cache not cleaned: %s", exc)
            problems.append(sentence("The Telegram session's cache could not be cleaned now "
                                     "(in use); the next purge will."))
            return 0

    def compact(self, problems: list[str]) -> None:
        """After a run that deleted entities: no deleted one left in the file or its WAL."""
        if not self.dirty:
            return
        try:
            con = self._open(read_only=False)
            if con is None:
                return
            try:
                con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                con.execute("VACUUM")
                con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self.dirty = False
            finally:
                con.close()
        except sqlite3.Error as exc:
            log.warning("Telegram session not compacted: %s", exc)
            problems.append(sentence("The Telegram session file could not be compacted now."))

    def count(self, user_ids: Sequence[int]) -> int:
        """How many of these users the cache holds (a dry run's figure)."""
        try:
            con = self._open(read_only=True)
        except sqlite3.Error:
            return 0
        if con is None or not user_ids:
            if con is not None:
                con.close()
            return 0
        try:
            total = 0
            ids = list(user_ids)
            for start in range(0, len(ids), 500):
                part = ids[start:start + 500]
                total += con.execute(f"SELECT COUNT(*) FROM entities WHERE id IN ({', '.join('?' * len(part))})",
                                     part).fetchone()[0]
            return total
        finally:
            con.close()
