"""The desk's Telegram session file: Telethon's SQLiteSession, written once per save.

Telethon hands every batch of updates to `session.process_entities`, which in the
SQLite session is an INSERT OR REPLACE of the update's users on the event loop's thread
(the window's, with --both): 1.5 s per 20,000 updates in a burst, with the window
frozen meanwhile. Here the users are kept in memory (the newest row per id) and written
in one statement when the session is saved: after a filed batch, at most twice a second
(TelethonGateway._save_state_soon), on disconnect and on close. A lookup first writes
what is waiting, so it reads the file as before. Losing the unsaved users in a crash
loses nothing: the store keeps each citizen's access hash (the gateway sends with it),
and Telegram gives them again with their next message.
"""

from __future__ import annotations

import time

from telethon.sessions import SQLiteSession


class DeskSession(SQLiteSession):
    def __init__(self, session_id=None) -> None:
        self._unsaved: dict[int, tuple] = {}  # entity id -> (id, hash, username, phone, name)
        super().__init__(session_id)  # saves a new file's tables

    def process_entities(self, tlo) -> None:
        if self.save_entities:
            for row in self._entities_to_rows(tlo):
                self._unsaved[row[0]] = row

    def _write_entities(self) -> None:
        if not self._unsaved:
            return
        now = (int(time.time()),)  # the row's date column, as Telethon writes it
        rows, self._unsaved = [row + now for row in self._unsaved.values()], {}
        cursor = self._cursor()
        try:
            cursor.executemany("insert or replace into entities values (?,?,?,?,?,?)", rows)
        finally:
            cursor.close()

    def save(self) -> None:
        self._write_entities()
        super().save()

    def close(self) -> None:
        self._write_entities()
        super().close()

    def get_entity_rows_by_phone(self, phone):
        self._write_entities()
        return super().get_entity_rows_by_phone(phone)

    def get_entity_rows_by_username(self, username):
        self._write_entities()
        return super().get_entity_rows_by_username(username)

    def get_entity_rows_by_name(self, name):
        self._write_entities()
        return super().get_entity_rows_by_name(name)

    def get_entity_rows_by_id(self, id, exact=True):  # noqa: A002 (Telethon's signature)
        self._write_entities()
        return super().get_entity_rows_by_id(id, exact)
