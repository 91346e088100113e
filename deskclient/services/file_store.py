"""The one way to the bytes of accepted files: keep them, get a local path, forget them.

Team mode (PostgreSQL): the shared store holds every kept file's bytes (store/
file_chunks.py), written once, in the transaction that keeps the file, by whoever has
it: the duty holder that fetched a citizen's file, the workstation whose agent attached
a file reply. `<data dir>/files` is then a cache: a file is materialised there from its
chunks when a preview, a save, an export or a send needs it (off the GUI thread, into a
temporary file renamed into place, 0600), under the same relative path as on the
workstation that kept it, so the purge's own file deletion (services/purge.py) applies to
cached copies too. The cache is pruned at start and whenever tickets are purged or
erased anywhere: a cached file no attachment names any more is deleted.

Single desk (SQLite): the files dir *is* the store, as before. Putting 20 MB files into
the one SQLite file would make every purge's VACUUM and every backup copy them again,
and a single desk has no other workstation to share them with.

A file the store cannot give (kept before files were shared, and not on this
workstation; bytes missing or damaged) is a `FileUnavailable` with a plain sentence: a
preview shows it, and the outbox fails that one message with it instead of stalling.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path, PurePosixPath
from typing import Callable, TypeVar

from ..domain.rules import DeskRules
from ..errors import Reason, UserFacingError, sentence
from ..store.file_chunks import KeptFile
from ..store.records import AgentRecord, RefusedFile, StoredFile
from .events import StoreChanged
from .file_intake import sha256_of
from .runner import StoreRunner

log = logging.getLogger("deskclient.services")

T = TypeVar("T")

Progress = Callable[[int, int], None]  # (bytes done, bytes in all), on the loop's thread
TRANSFERS = 2  # files moved between the store and the cache at once
PRUNE_DELAY = 1.0  # s after the last purge announcement: one prune per purge, not per ticket


class FileUnavailable(UserFacingError):
    """This workstation cannot have the file's bytes; the message says why."""


# Why a file cannot be had, with the file's name: a message that needed it keeps this in
# English as its failure (the outbox), and the window says it by these shapes.
NOT_KEPT = sentence("{name} was not kept: {reason}.")
ARRIVING = sentence("{name} is still arriving: try again in a moment.")
NOT_DOWNLOADED = sentence("{name} could not be downloaded, so it was not kept.")
BEFORE_SHARING = sentence("{name} was received before files were shared between workstations: only the "
                          "workstation that received it has it.")
MISSING = sentence("{name} is missing from the files folder.")
DAMAGED = sentence("{name} is incomplete or damaged in the shared store: it cannot be opened or sent.")
NOT_COPIED = sentence("{name} could not be copied to this workstation's files folder ({problem}).")
UNAVAILABLE_SHAPES = (NOT_KEPT, ARRIVING, NOT_DOWNLOADED, BEFORE_SHARING, MISSING, DAMAGED, NOT_COPIED)


class FileStore:
    def __init__(self, store, runner: StoreRunner, files_dir: Path,
                 in_flight: set[str] | None = None) -> None:
        self.store = store
        self.runner = runner
        self.files_dir = files_dir
        self.shared = store.opened.is_postgres
        # Relative paths of files renamed into the files dir whose record is not yet
        # committed (FileIntake adds them): pruning leaves them alone.
        self.in_flight: set[str] = in_flight if in_flight is not None else set()
        self._executor: ThreadPoolExecutor | None = None
        self._fetching: dict[int, asyncio.Future] = {}
        self._watchers: dict[int, list[Progress]] = {}
        self._tasks: set[asyncio.Task] = set()
        self._prune_soon: asyncio.TimerHandle | None = None
        self._stopping = False

    # -- where a file is ----------------------------------------------------------------

    def path_of(self, stored_path: str | None) -> Path:
        """`files_dir / stored_path`, refusing a path that would leave the files dir (a
        row written by another workstation is not trusted to name any file it likes)."""
        relative = PurePosixPath(stored_path or "")
        if not stored_path or relative.is_absolute() or ".." in relative.parts or "\\" in stored_path:
            raise FileUnavailable("The file's stored name is not valid, so it cannot be opened.")
        return self.files_dir / relative

    def cached_path(self, kept) -> Path | None:
        """The local copy, if this workstation has it whole (a stat: fine on the GUI thread).
        `kept` is a KeptFile or an AttachmentRow."""
        try:
            path = self.path_of(kept.stored_path)
            return path if path.stat().st_size == kept.size else None
        except (FileUnavailable, OSError):
            return None

    async def local_path(self, attachment_id: int, progress: Progress | None = None) -> Path:
        """A local path to the kept file's bytes (for a preview, a save, a send), fetched
        from the shared store into the cache if this workstation has no copy."""
        kept = await self.runner.run(self.store.kept_file, attachment_id)
        return await self._local(kept, progress)

    async def path_for_message(self, message_id: int) -> Path:
        """The local path of an outgoing message's file (the outbox sends from it)."""
        kept = await self.runner.run(self.store.kept_file_of_message, message_id)
        return await self._local(kept, None)

    def local_path_blocking(self, attachment_id: int) -> Path:
        """`local_path` for work already off the loop (an export's thread), on the
        calling thread's connection."""
        kept = self.store.kept_file(attachment_id)
        cached = self.cached_path(kept) if kept is not None else None
        return cached or self._materialise(kept, None)

    async def _local(self, kept: KeptFile | None, progress: Progress | None) -> Path:
        cached = self.cached_path(kept) if kept is not None else None
        if cached is not None:
            return cached
        if kept is None or not self.shared or not kept.in_store:
            self._check(kept)  # raises the reason
        watchers = self._watchers.setdefault(kept.attachment_id, [])
        if progress is not None:
            watchers.append(progress)
        future = self._fetching.get(kept.attachment_id)
        if future is None:
            loop = asyncio.get_running_loop()

            def tell(done: int, total: int) -> None:
                for watcher in list(self._watchers.get(kept.attachment_id, ())):
                    watcher(done, total)

            future = asyncio.ensure_future(self._in_thread(
                self._materialise, kept, lambda d, t: loop.call_soon_threadsafe(tell, d, t)))
            self._fetching[kept.attachment_id] = future
            future.add_done_callback(lambda _f: (self._fetching.pop(kept.attachment_id, None),
                                                 self._watchers.pop(kept.attachment_id, None)))
        return await asyncio.shield(future)

    @staticmethod
    def check_kept(kept) -> None:
        """Raises FileUnavailable, with the reason, unless the file was kept (a KeptFile
        or an AttachmentRow; None: the attachment is gone)."""
        if kept is None:
            raise FileUnavailable("This file is no longer kept (its ticket was purged or erased).")
        if kept.refusal:
            raise FileUnavailable(NOT_KEPT, name=kept.file_name, reason=Reason(kept.refusal))
        if kept.state == "arriving":
            raise FileUnavailable(ARRIVING, name=kept.file_name)
        if not kept.kept:
            raise FileUnavailable(NOT_DOWNLOADED, name=kept.file_name)

    def _check(self, kept: KeptFile | None) -> None:
        """Why a file with no local copy cannot be had (raises)."""
        self.check_kept(kept)
        if self.shared:
            raise FileUnavailable(BEFORE_SHARING, name=kept.file_name)
        raise FileUnavailable(MISSING, name=kept.file_name)

    def _materialise(self, kept: KeptFile | None, progress: Progress | None) -> Path:
        """Chunks → a temporary file beside the target → renamed into place; the bytes
        are checked against the recorded size and digest first."""
        if kept is None or not kept.in_store or not self.shared:
            self._check(kept)
        target = self.path_of(kept.stored_path)
        try:
            target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd, name = tempfile.mkstemp(prefix=".", suffix=".part", dir=target.parent)  # 0600
        except OSError as exc:
            raise _not_written(kept, exc) from None
        partial = Path(name)
        digest = hashlib.sha256()
        done = 0
        try:
            with os.fdopen(fd, "wb") as fh:
                for data in self.store.iter_chunks(kept.attachment_id):
                    if self._stopping:
                        raise asyncio.CancelledError
                    fh.write(data)
                    digest.update(data)
                    done += len(data)
                    if progress is not None:
                        progress(done, kept.size)
            if done != kept.size or (kept.sha256 and digest.hexdigest() != kept.sha256):
                log.warning("a stored file's bytes are incomplete (%d of %d bytes)", done, kept.size)
                raise FileUnavailable(DAMAGED, name=kept.file_name)
            os.replace(partial, target)
        except OSError as exc:  # a full disk, a folder it may not write
            partial.unlink(missing_ok=True)
            raise _not_written(kept, exc) from None
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return target

    # -- keeping ------------------------------------------------------------------------

    async def settle_fetched(self, message_id: int, outcome: StoredFile | RefusedFile | None,
                             rules: DeskRules) -> tuple[bool, tuple[int, ...]]:
        """A citizen's file fetched: its attachment settled, and in team mode its bytes
        put into the store in the same transaction (on a transfer thread, so a 20 MB
        file does not hold up the filing of messages)."""
        if not (self.shared and isinstance(outcome, StoredFile)):
            return await self.runner.run(self.store.settle_attachment, message_id, outcome, rules)
        try:
            return await self._in_thread(self.store.settle_attachment, message_id, outcome, rules,
                                         self.path_of(outcome.stored_path))
        finally:
            self.in_flight.discard(outcome.stored_path)

    async def add_file_reply(self, ticket_id: int, text: str, agent: AgentRecord, stored: StoredFile,
                             **quoting) -> int:
        """An agent's file reply queued, its bytes in the store in the same transaction:
        whichever process holds the duty can send it. `quoting`: add_reply's
        reply_to_channel_message_id and reply_quote, when it answers a message."""
        try:
            if not self.shared:
                return await self.runner.run(self.store.add_reply, ticket_id, text, agent, stored, **quoting)
            return await self._in_thread(self.store.add_reply, ticket_id, text, agent, stored,
                                         file_source=self.path_of(stored.stored_path), **quoting)
        finally:
            self.in_flight.discard(stored.stored_path)

    def discard(self, stored: StoredFile) -> None:
        """A kept copy no record will name (a duplicate fetch, a reply not queued)."""
        self.in_flight.discard(stored.stored_path)
        try:
            self.path_of(stored.stored_path).unlink(missing_ok=True)
        except FileUnavailable:
            pass

    # -- the cache ------------------------------------------------------------------------

    def start(self, bus=None) -> None:
        """Team mode: prune the cache, put files kept before v7 that only this
        workstation has into the store, and prune again after every purge."""
        if not self.shared:
            return
        if bus is not None:
            bus.subscribe(self._on_event)
        self._spawn(self._start())

    async def _start(self) -> None:
        try:
            await self.prune()
            await self._in_thread(self.adopt_local_files)
        except Exception:  # a database fault: the next start or purge does it
            log.warning("file cache upkeep failed", exc_info=True)

    def _on_event(self, event) -> None:
        if isinstance(event, StoreChanged) and event.change.kind in ("ticket_purged", "resync"):
            if self._prune_soon is not None:
                self._prune_soon.cancel()
            loop = asyncio.get_running_loop()
            self._prune_soon = loop.call_later(PRUNE_DELAY, lambda: self._spawn(self._prune_quietly()))

    async def _prune_quietly(self) -> None:
        try:
            await self.prune()
        except Exception:
            log.warning("file cache prune failed", exc_info=True)

    async def prune(self) -> int:
        """Delete cached files that no attachment names any more (team mode)."""
        return await self._in_thread(self.prune_blocking) if self.shared else 0

    def prune_blocking(self) -> int:
        if not self.files_dir.is_dir():
            return 0
        cached = {p.relative_to(self.files_dir).as_posix(): p for p in self.files_dir.rglob("*")
                  if p.is_file() and not p.name.startswith(".")}
        busy = set(self.in_flight)  # read after listing, before asking the store (see FileIntake)
        named = self.store.named_files(cached)
        removed = 0
        for relative, path in cached.items():
            if relative in named or relative in busy:
                continue
            try:
                path.unlink()
                removed += 1
            except OSError as exc:
                log.warning("cannot delete a cached file: %s", exc.strerror)
        if removed:
            log.info("file cache: %d files no record names any more deleted", removed)
        return removed

    def adopt_local_files(self) -> int:
        """Files kept before schema v7 whose only copy is this workstation's: into the
        store, so every workstation can open them."""
        adopted, after = 0, 0
        while not self._stopping:
            rows = self.store.files_outside_store(after)
            if not rows:
                break
            after = rows[-1].attachment_id
            for kept in rows:
                path = self.cached_path(kept)
                if path is not None and sha256_of(path) == kept.sha256:
                    self.store.put_chunks(kept.attachment_id, path)
                    adopted += 1
        if adopted:
            log.info("%d files kept before they were shared put into the shared store", adopted)
        return adopted

    # -- threads --------------------------------------------------------------------------

    async def _in_thread(self, fn: Callable[..., T], *args, **kwargs) -> T:
        """On a transfer thread, with a connection of its own that it closes after."""
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=TRANSFERS, thread_name_prefix="deskclient-files")

        def run() -> T:
            db = self.store.db
            opened = db.is_closed()
            try:
                return fn(*args, **kwargs)
            finally:
                if opened and not db.is_closed():
                    db.close()

        return await asyncio.get_running_loop().run_in_executor(self._executor, run)

    def _spawn(self, coro) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def stop(self) -> None:
        self._stopping = True
        if self._prune_soon is not None:
            self._prune_soon.cancel()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, *self._fetching.values(), return_exceptions=True)
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None


def _not_written(kept: KeptFile, exc: OSError) -> FileUnavailable:
    log.warning("a stored file could not be written to the cache: %s", exc.strerror)
    return FileUnavailable(NOT_COPIED, name=kept.file_name, problem=exc.strerror)
