"""Team mode: follow other workstations' changes through PostgreSQL LISTEN/NOTIFY.

A dedicated connection waits for notifications in a background thread and hands each
payload to `TicketStore.deliver_remote`, which turns it into a `Change(remote=True)`.

A NOTIFY sent while the connection was down is lost for good (PostgreSQL queues them
only for sessions that are listening). So once listening again after a loss, the
listener delivers one `Change(RESYNC)`: every window reloads what it shows (the queue,
its counts, the open thread) and the outbox reads its queue again.
"""

from __future__ import annotations

import logging
import threading
from urllib.parse import parse_qs, urlencode, urlsplit

from .records import RESYNC, Change
from .repository import TicketStore

log = logging.getLogger("deskclient.store")

LISTENER_SUFFIX = " listener"  # appended to the connection's application_name
# A link that dies without a word (a cable, a NAT dropping the flow) is noticed by TCP
# keepalives within about half a minute, instead of never on an idle LISTEN.
KEEPALIVES = dict(keepalives=1, keepalives_idle=10, keepalives_interval=5, keepalives_count=3)


def _conninfo(url: str) -> str:
    """libpq connection string from our URL (which may carry `?schema=`)."""
    parts = urlsplit(url)
    query = {k: v[-1] for k, v in parse_qs(parts.query).items() if k != "schema"}
    kept = urlencode(query)
    # Spelled out: urlunsplit drops an empty host ("postgresql:///db", the local socket)
    # and leaves "postgresql:/db", which libpq does not read.
    return f"postgresql://{parts.netloc}{parts.path}" + (f"?{kept}" if kept else "")


def listener_name(url: str) -> str:
    """The listener connection's application_name: the URL's own name (else
    "deskclient") and " listener", so that `pg_stat_activity` tells it from the store's."""
    given = parse_qs(urlsplit(url).query).get("application_name", ["deskclient"])[-1]
    return given[:63 - len(LISTENER_SUFFIX)] + LISTENER_SUFFIX


class TeamListener:
    """Delivers other workstations' changes to the store's subscribers, from its own
    thread; after a reconnect, one `Change(RESYNC, 0, remote=True)` first."""

    def __init__(self, store: TicketStore) -> None:
        if not store.opened.is_postgres:
            raise ValueError("team mode needs PostgreSQL")
        self._store = store
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="deskclient-team", daemon=True)
        self.reconnects = 0
        self.retry_after = 1.0  # s, the first pause after a lost connection (then doubling)

    def start(self, timeout: float = 10.0) -> None:
        self._thread.start()
        self._ready.wait(timeout)

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    def _run(self) -> None:
        import psycopg

        url = self._store.opened.url
        backoff = self.retry_after
        lost = False
        while not self._stop.is_set():
            try:
                with psycopg.connect(_conninfo(url), autocommit=True, connect_timeout=5,
                                     application_name=listener_name(url), **KEEPALIVES) as conn:
                    conn.execute(f'LISTEN "{self._store.notify_channel}"')
                    self._ready.set()
                    backoff = self.retry_after
                    if lost:
                        lost = False
                        self.reconnects += 1
                        log.info("team listener back; the windows read everything again")
                        self._store.deliver_remote_changes([Change(RESYNC, 0, remote=True)])
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=0.5):
                            self._store.deliver_remote(note.payload)
            except psycopg.Error as exc:
                lost = True
                log.warning("team listener lost its connection (%s); retrying in %.0f s",
                            type(exc).__name__, backoff)
                self._stop.wait(backoff)
                backoff = min(backoff * 2, 30.0)
