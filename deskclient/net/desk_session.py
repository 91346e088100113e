"""The desk's Telegram session file: Telethon's SQLiteSession, written off the event loop.

Telethon hands every batch of updates to `session.process_entities`, which in the
SQLite session is an INSERT OR REPLACE of the update's users on the event loop's thread
(the window's, with --both): 1.5 s per 20,000 updates in a burst, with the window
frozen meanwhile. Here the users, and the update positions Telethon sets, are kept in
memory (the newest row per id) and written when the session is saved: after a filed
batch, at most twice a second (TelethonGateway._save_state_soon), on disconnect and on
close. A lookup first writes what is waiting, so it reads the file as before. Losing the
unsaved users in a crash loses nothing: the store keeps each citizen's access hash (the
gateway sends with it), and Telegram gives them again with their next message.

The save after a filed batch (`save_off_loop`) runs on a thread of the session's own:
its INSERTs and the commit's fsync took 16-66 ms of the loop in a burst (bench/ui
arrive). `_io` serialises every use of the connection, so a save on the loop (Telethon's
own, at connect and every minute) waits for one in progress and writes after it: the
rows are taken from memory under that lock, so a position written is never older than
one written before it.
"""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from telethon.sessions import SQLiteSession


class DeskSession(SQLiteSession):
    def __init__(self, session_id=None) -> None:
        self._unsaved: dict[int, tuple] = {}  # entity id -> (id, hash, username, phone, name)
        self._states: dict[int, tuple] = {}  # update state id -> (id, pts, qts, date, seq)
        self._pending = threading.Lock()  # the two dicts above, swapped whole
        self._io = threading.RLock()  # the connection: one thread at a time
        self._saver: ThreadPoolExecutor | None = None
        super().__init__(session_id)  # saves a new file's tables

    # -- what waits in memory ----------------------------------------------------------

    def process_entities(self, tlo) -> None:
        if self.save_entities:
            rows = self._entities_to_rows(tlo)
            with self._pending:
                for row in rows:
                    self._unsaved[row[0]] = row

    def set_update_state(self, entity_id, state) -> None:
        row = (entity_id, state.pts, state.qts, state.date.timestamp(), state.seq)
        with self._pending:
            self._states[entity_id] = row

    def _write_pending(self) -> None:
        """Write what waits in memory, uncommitted (the caller holds `_io`)."""
        with self._pending:
            entities, self._unsaved = self._unsaved, {}
            states, self._states = self._states, {}
        if not entities and not states:
            return
        now = (int(time.time()),)  # the row's date column, as Telethon writes it
        cursor = self._cursor()
        try:
            if entities:
                cursor.executemany("insert or replace into entities values (?,?,?,?,?,?)",
                                   [row + now for row in entities.values()])
            if states:
                cursor.executemany("insert or replace into update_state values (?,?,?,?,?)", states.values())
        finally:
            cursor.close()

    def _written(self, read, *args):
        """`read(*args)` on the file with what waits in memory written first."""
        with self._io:
            self._write_pending()
            return read(*args)

    # -- saving ------------------------------------------------------------------------

    def save(self) -> None:
        with self._io:
            self._write_pending()
            super().save()

    async def save_off_loop(self) -> None:
        """`save()` on the session's own thread: the loop goes on meanwhile. Its result
        is on disk when this returns (a cancelled caller leaves it running to the end)."""
        if self._saver is None:
            self._saver = ThreadPoolExecutor(max_workers=1, thread_name_prefix="telegram-session")
        await asyncio.wrap_future(self._saver.submit(self.save))

    def close(self) -> None:
        with self._io:
            self._write_pending()
            super().close()
        if self._saver is not None:
            self._saver.shutdown(wait=False)  # a save queued still runs (and finds nothing)
            self._saver = None

    # -- the rest of the connection's users, one at a time -----------------------------

    def _update_session_table(self) -> None:
        with self._io:
            super()._update_session_table()

    def set_dc(self, dc_id, server_address, port) -> None:
        with self._io:
            super().set_dc(dc_id, server_address, port)

    def get_update_state(self, entity_id):
        return self._written(super().get_update_state, entity_id)

    def get_update_states(self):
        return list(self._written(super().get_update_states))

    def get_entity_rows_by_phone(self, phone):
        return self._written(super().get_entity_rows_by_phone, phone)

    def get_entity_rows_by_username(self, username):
        return self._written(super().get_entity_rows_by_username, username)

    def get_entity_rows_by_name(self, name):
        return self._written(super().get_entity_rows_by_name, name)

    def get_entity_rows_by_id(self, id, exact=True):  # noqa: A002 (Telethon's signature)
        return self._written(super().get_entity_rows_by_id, id, exact)

    def get_file(self, md5_digest, file_size, cls):
        with self._io:
            return super().get_file(md5_digest, file_size, cls)

    def cache_file(self, md5_digest, file_size, instance) -> None:
        with self._io:
            super().cache_file(md5_digest, file_size, instance)
