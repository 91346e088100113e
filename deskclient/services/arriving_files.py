"""Fetching citizens' files after their messages are filed.

`FileFetcher` downloads a filed message's file in the background (a few at a time) and
settles its attachment: kept, refused (the refusal notice goes out), or failed. A
fetch cut short by the network, or by the process stopping, leaves the attachment
'arriving'; `ArrivingFiles`, a job only the duty holder runs, fetches such files again
from their `IncomingFile.ref`, kept with the arriving row ("<wa_id>:<media id>" on
WhatsApp, "<citizen user id>:<telegram message id>" on Telegram), which any gateway of
the account can fetch again after a restart (WhatsApp through a fresh media URL).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Callable

from ..domain.clock import Clock
from ..domain.files import FileKind
from ..domain.messages import IncomingFile
from ..domain.rules import DeskRules
from ..errors import sentence
from ..net.gateway import GatewayError, Offline, RateLimited
from ..store.arriving import ArrivingRow
from ..store.records import RefusedFile, StoredFile
from ..store.repository import TicketStore
from .events import EventBus, Problem
from .file_intake import FileIntake
from .file_store import FileStore
from .runner import StoreRunner
from .steady import SteadyFiling
from .wakeup import woken

log = logging.getLogger("deskclient.services")

PARALLEL_DOWNLOADS = 4
SCAN_EVERY = 60.0  # seconds between looks for files left arriving


class FileFetcher:
    def __init__(self, store: TicketStore, runner: StoreRunner, rules: DeskRules, clock: Clock,
                 intake: FileIntake, bus: EventBus, steady: SteadyFiling,
                 on_queued: Callable[[], None]) -> None:
        self.store = store
        self.runner = runner
        self.rules = rules
        self.clock = clock
        self.intake = intake
        self.bus = bus
        self.steady = steady
        self.on_queued = on_queued  # kicks the outbox when a refusal notice was queued
        # Keeps what was fetched (team mode: in the shared store too). The composition
        # root sets the desk's own; this default serves a fetcher built on its own.
        self.files = FileStore(store, runner, intake.files_dir, intake.in_flight)
        self._slots = asyncio.Semaphore(PARALLEL_DOWNLOADS)
        self._tasks: dict[int, asyncio.Task] = {}  # message id -> its fetch

    def in_flight(self, message_id: int) -> bool:
        return message_id in self._tasks

    def start_fetch(self, message_id: int, offered: IncomingFile) -> None:
        """Fetch in the background (one fetch per message at a time)."""
        if message_id in self._tasks:
            return
        task = asyncio.ensure_future(self.fetch(message_id, offered))
        self._tasks[message_id] = task
        task.add_done_callback(lambda _t: self._tasks.pop(message_id, None))

    async def wait_idle(self) -> None:
        """Until every fetch started so far has ended (tests, a clean stop)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks.values()), return_exceptions=True)

    async def stop(self) -> None:
        """Cut fetches short: their attachments stay 'arriving' for the next start."""
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def fetch(self, message_id: int, offered: IncomingFile) -> bool:
        """Download and settle; False when the network was not there (left arriving)."""
        async with self._slots:
            try:
                outcome: StoredFile | RefusedFile | None = await self.intake.receive(
                    offered, f"{self.clock.now():%Y-%m}")
            except (Offline, RateLimited) as exc:
                log.info("file fetch postponed: %s", type(exc).__name__)
                return False
            except GatewayError as exc:
                log.warning("download failed: %s", type(exc).__name__)
                outcome = None
                self.bus.publish(Problem(sentence("A citizen's file could not be downloaded; "
                                                  "the message was kept without it.")))
        settled, queued = await self.steady.run(
            lambda: self.files.settle_fetched(message_id, outcome, self.rules))
        if not settled and isinstance(outcome, StoredFile):
            self.files.discard(outcome)  # settled by another fetch, or the message is gone
        if queued:
            self.on_queued()
        return True


def refetch_offer(row: ArrivingRow) -> IncomingFile:
    """The IncomingFile of a file left arriving, for any gateway of the account (a row
    filed before schema v14 has no ref: Telegram's is rebuilt from its message)."""
    ref = row.ref or f"{row.citizen_address}:{row.channel_message_id}"
    return IncomingFile(ref=ref, name=row.file_name,
                        mime=row.mime, size=row.size, access_hash=row.access_hash,
                        sticker=row.kind == FileKind.STICKER.value)


class ArrivingFiles:
    """The duty holder's job: fetch files left 'arriving' (a process died while it
    fetched, or the network was away). start()/stop() are idempotent; kick() looks now."""

    def __init__(self, store: TicketStore, runner: StoreRunner, fetcher: FileFetcher,
                 every: float = SCAN_EVERY) -> None:
        self.store = store
        self.runner = runner
        self.fetcher = fetcher
        self.every = every
        self._task: asyncio.Task | None = None
        self._wake = asyncio.Event()

    def start(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.ensure_future(self._run())

    def kick(self) -> None:
        self._wake.set()

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    async def _run(self) -> None:
        while True:
            try:
                await self.scan()
            except asyncio.CancelledError:
                raise
            except Exception:  # a database fault: the next scan tries again
                log.warning("scan for arriving files failed", exc_info=True)
            self._wake.clear()
            await woken(self._wake, self.every)

    async def scan(self) -> int:
        """Fetch every file left arriving that no fetch of this process is busy with."""
        rows = await self.runner.run(self.store.arriving_files)
        fetched = 0
        for row in rows:
            if self.fetcher.in_flight(row.message_id):
                continue
            if await self.fetcher.fetch(row.message_id, refetch_offer(row)):
                fetched += 1
        return fetched
