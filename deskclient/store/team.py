"""Team mode: follow other workstations' changes through PostgreSQL LISTEN/NOTIFY.

A dedicated connection waits for notifications in a background thread and hands each
payload to `TicketStore.deliver_remote`, which turns it into a `Change(remote=True)`.
"""

from __future__ import annotations

import logging
import threading
from urllib.parse import parse_qs, urlencode, urlsplit

from .repository import TicketStore

log = logging.getLogger("deskclient.store")


def _conninfo(url: str) -> str:
    """libpq connection string from our URL (which may carry `?schema=`)."""
    parts = urlsplit(url)
    query = {k: v[-1] for k, v in parse_qs(parts.query).items() if k != "schema"}
    kept = urlencode(query)
    # Spelled out: urlunsplit drops an empty host ("postgresql:///db", the local socket)
    # and leaves "postgresql:/db", which libpq does not read.
    return f"postgresql://{parts.netloc}{parts.path}" + (f"?{kept}" if kept else "")


class TeamListener:
    def __init__(self, store: TicketStore) -> None:
        if not store.opened.is_postgres:
            raise ValueError("team mode needs PostgreSQL")
        self._store = store
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="deskclient-team", daemon=True)

    def start(self, timeout: float = 10.0) -> None:
        self._thread.start()
        self._ready.wait(timeout)

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    def _run(self) -> None:
        import psycopg

        backoff = 1.0
        while not self._stop.is_set():
            try:
                with psycopg.connect(_conninfo(self._store.opened.url), autocommit=True,
                                     connect_timeout=5) as conn:
                    conn.execute(f'LISTEN "{self._store.notify_channel}"')
                    self._ready.set()
                    backoff = 1.0
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=0.5):
                            self._store.deliver_remote(note.payload)
            except psycopg.Error as exc:
                log.warning("team listener lost its connection (%s); retrying in %.0f s",
                            type(exc).__name__, backoff)
                self._stop.wait(backoff)
                backoff = min(backoff * 2, 30.0)
