"""The retention purge (PRODUCT.md, "Records, retention and privacy").

Tickets closed for good longer ago than `retention.months`, and not on legal hold, are
deleted for good, in chunks of at most `CHUNK_TICKETS` per transaction, each sized to
last a few tens of milliseconds with a pause after it (store/paced.py), so that filing
and agents keep working meanwhile; a chunk refused for a lock waits and goes on. With
each committed chunk go the files it named (the files dir, thumbnails, exports that
hold those tickets) and the purged citizens' rows in the Telegram session's entity
cache. Then the local leftovers: exports older than the window, files and exports no
record names any more (written by this workstation for records another one purged),
log files older than the window. Finally the database and the session file are
compacted so no deleted text survives in free pages, the WAL or the full-text index
(SQLite: in steps too, store/retention.py; on PostgreSQL: VACUUM FULL of the purged
tables, only after a run that deleted rows or one that left it owed;
store/pg_compaction.py). The anonymous figures stay (store/stats.py).

Blocking: run it off the GUI thread (`LeadService.purge` does). `progress` is called
from that thread. A citizen's erasure (`erase_tickets`) goes the same way.

Names on disk the purge relies on:
- files: `<data dir>/files/<attachment.stored_path>`;
- thumbnails: `<data dir>/thumbnails/`, a thumbnail's name starting with its file's
  sha256 or its path being `<stored_path>` plus a suffix (a cache: any thumbnail older
  than the window goes too);
- exports: `<data dir>/exports/<export_file.name>`;
- session: Telethon's SQLite session, table `entities`, id = the user's id.
"""

from __future__ import annotations

import getpass
import logging
import os
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from ..domain.clock import Clock
from ..domain.retention import RetentionPolicy
from ..domain.rules import DeskRules
from ..errors import sentence
from ..store.lead_records import PurgeCounts, PurgedChunk
from ..store.migrations import upgrade_copies
from ..store.records import AgentRecord
from ..store.paced import Pace
from ..store.retention import CHUNK_TICKETS, RetentionStore
from .exports import EXPORTS_DIR_NAME
from .purge_session import SessionCache

log = logging.getLogger("deskclient.services")

THUMBNAILS_DIR_NAME = "thumbnails"
FILES_DIR_NAME = "files"
ORPHAN_GRACE = timedelta(days=1)  # a file younger than this may be a download in flight
UPGRADE_COPY_KEPT = timedelta(days=1)  # a copy made before an upgrade, for going back (_upgrade_copies)
LOG_FILE_PREFIX = "deskclient.log"
# In the data dir while a purge has deleted rows but not yet compacted (it was stopped
# as the app closed, or the database was busy): the next run compacts even if it finds
# nothing to delete, so no purged text waits in index pages for the next due ticket.
COMPACTION_OWED = ".purge-compaction-owed"
FIRST_CHUNK = 20  # tickets in the first chunk; the next follow the time it took


@dataclass(frozen=True)
class PurgeProgress:
    stage: str  # "tickets", "files", "compacting", "done"
    done: int
    total: int


@dataclass
class PurgeReport:
    dry_run: bool
    cutoff: datetime | None
    ran_by: str
    counts: PurgeCounts = field(default_factory=PurgeCounts)
    database_skipped: bool = False  # another workstation was purging (team mode)
    stopped: bool = False  # the app was closing: the chunks done are gone, the rest waits
    compacted: bool = False
    # PostgreSQL: filing never paused long enough to rewrite the tables (pg_compaction's
    # lull); they stay owed and the schedule tries again soon (`compact_owed`).
    compaction_deferred: bool = False
    compaction_seconds: dict[str, float] = field(default_factory=dict)  # PostgreSQL: each rewrite's
    problems: list[str] = field(default_factory=list)

    def describe(self) -> str:
        text = ("dry run: would purge " if self.dry_run else "purged ") + self.counts.describe()
        if self.cutoff is not None:
            text += f" cutoff={self.cutoff:%Y-%m-%dT%H:%M}Z"
        if self.database_skipped:
            text += " (database purged by another workstation; local files only)"
        if self.stopped:
            text += " (stopped early; the next purge goes on)"
        return text


def command_line_actor() -> str:
    try:
        return f"command line ({getpass.getuser()})"
    except Exception:  # no user name (containers): still say how it ran
        return "command line"


class RetentionPurge:
    def __init__(self, store, rules: DeskRules, policy: RetentionPolicy, clock: Clock, data_dir: Path,
                 log_dir: Path | None = None, session_file: Path | None = None,
                 chunk: int = CHUNK_TICKETS, sleep: Callable[[float], None] = time.sleep) -> None:
        self.store = store
        self.records = RetentionStore(store, rules)
        self.policy = policy
        self.clock = clock
        self.data_dir = data_dir
        self.log_dir = log_dir
        self.session = SessionCache(session_file)
        self.chunk = chunk  # tickets in a chunk, at most
        self.sleep = sleep  # the pauses that leave room for filing (store/paced.py)
        self._purged_sha256s: set[str] = set()  # of this run's purged files, for thumbnails
        self._purged_paths: set[str] = set()
        # One run at a time in this process (the daily run and a lead's "Purge now"):
        # the sets above belong to the run in progress.
        self._one_run = threading.Lock()
        # Set as the app closes: any run in progress stops after its current chunk.
        self.stopping = threading.Event()
        # Other records kept for the retention period, purged after the tickets: each is
        # called with the cutoff and returns how many rows it deleted (broadcast
        # recipients: store/broadcasts.py).
        self.steps: list[Callable[[datetime], int]] = [store.purge_broadcast_recipients]

    @property
    def files_dir(self) -> Path:
        return self.data_dir / FILES_DIR_NAME

    @property
    def thumbnails_dir(self) -> Path:
        return self.data_dir / THUMBNAILS_DIR_NAME

    @property
    def exports_dir(self) -> Path:
        return self.data_dir / EXPORTS_DIR_NAME

    # -- entry points ----------------------------------------------------------------

    def run(self, ran_by: str, agent: AgentRecord | None = None, dry_run: bool = False,
            progress: Callable[[PurgeProgress], None] | None = None,
            should_stop: Callable[[], bool] | None = None) -> PurgeReport:
        """Purge everything past the retention window. Role checks are the caller's.

        `should_stop` (default: `stopping` is set) is asked between chunks, each its own
        transaction: the app closing does not wait for a long purge; the next run
        finishes it."""
        with self._one_run, self._own_connection():
            self._purged_sha256s, self._purged_paths = set(), set()
            now = self.clock.now()
            cutoff = self.policy.cutoff(now)
            report = PurgeReport(dry_run, cutoff, ran_by)
            if dry_run:
                self._preview(report, cutoff)
                log.debug("retention purge dry run: %s", report.describe())
                return report
            tell = progress or (lambda p: None)
            if self.records.try_lock():
                try:
                    with self.records.deleting():
                        self._purge_due(report, now, cutoff, tell, should_stop or self.stopping.is_set)
                    self._run_steps(cutoff)
                finally:
                    self.records.unlock()
            else:
                report.database_skipped = True
            tell(PurgeProgress("files", 0, 1))
            self._sweep_local(report, cutoff)
            deleted = bool(report.counts.tickets or report.counts.citizens)
            if report.stopped:
                if deleted:
                    self._owe_compaction()
            elif deleted or self._compaction_owed():
                tell(PurgeProgress("compacting", 0, 1))
                self._compact(report)
            self.store.audit("purge", agent, f"{report.describe()} by {ran_by}")
            tell(PurgeProgress("done", report.counts.tickets, report.counts.tickets))
            log.info("retention purge: %s", report.counts.describe())
            return report

    def compact_owed(self, ran_by: str) -> PurgeReport:
        """Only the compaction an earlier run left owed (deferred for a lull in filing,
        stopped, refused): deletes nothing (the run that deleted was audited). The
        schedule calls it again every few minutes after a deferred one."""
        with self._one_run, self._own_connection():
            report = PurgeReport(False, None, ran_by)
            if self._compaction_owed():
                self._compact(report)
            return report

    def _run_steps(self, cutoff: datetime) -> None:
        for step in self.steps:
            try:
                deleted = step(cutoff)
            except Exception:  # the tickets are purged; this waits for the next run
                log.exception("a retention step failed")
                continue
            if deleted:
                log.info("retention purge: %d rows of other records", deleted)

    def erase_citizen(self, citizen_id: int, ticket_ids: Sequence[int], ran_by: str,
                      agent: AgentRecord | None,
                      progress: Callable[[PurgeProgress], None] | None = None) -> PurgeReport:
        """Delete one citizen's tickets and record now, by the purge's own path (an
        erasure request). Legal holds are the caller's to check; a held ticket is kept.

        The compaction follows at once. On PostgreSQL it needs the tables' owner: a lead
        in team mode is not, so it is left owed in the database and the service's next
        purge run does it (said in the report)."""
        with self._one_run, self._own_connection():
            self._purged_sha256s, self._purged_paths = set(), set()
            now = self.clock.now()
            report = PurgeReport(False, None, ran_by)
            tell = progress or (lambda p: None)
            ids = list(ticket_ids)
            tell(PurgeProgress("tickets", 0, len(ids)))
            self.store.erase_subscription_of_citizen(citizen_id)  # off the broadcast lists too
            with self.records.deleting():
                for start in range(0, len(ids), self.chunk):
                    chunk = self.records.purge_tickets(ids[start:start + self.chunk], now, cutoff=None)
                    self._after_chunk(report, chunk)
                    tell(PurgeProgress("tickets", min(start + self.chunk, len(ids)), len(ids)))
                self._after_chunk(report, self.records.purge_citizen_row(citizen_id))
            report.counts.thumbnails += sum(self._remove(p) for p in self._thumbnails_of(
                self._purged_sha256s, self._purged_paths, referenced=self.records.referenced_sha256s()))
            report.counts.copies += sum(self._remove(p) for p in self._upgrade_copies(None))
            if report.counts.tickets or report.counts.citizens or self._compaction_owed():
                tell(PurgeProgress("compacting", 0, 1))
                self._compact(report)
            self.store.audit("erase_citizen", agent,
                             f"citizen {citizen_id}: {report.counts.describe()} by {ran_by}")
            tell(PurgeProgress("done", len(ids), len(ids)))
            log.info("citizen erased: %s", report.counts.describe())
            return report

    # -- the database ----------------------------------------------------------------

    @contextmanager
    def _own_connection(self) -> Iterator[None]:
        """The purge runs on a thread of its own: it closes the connection it opened
        there (Peewee keeps one per thread), and leaves a caller's open one alone."""
        db = self.store.db
        opened_here = db.is_closed()
        try:
            yield
        finally:
            if opened_here and not db.is_closed():
                db.close()

    def _purge_due(self, report: PurgeReport, now: datetime, cutoff: datetime,
                   tell: Callable[[PurgeProgress], None], should_stop: Callable[[], bool]) -> None:
        total = self.records.count_due(cutoff)
        tell(PurgeProgress("tickets", 0, total))
        after = 0
        done = 0
        # Chunks of a few tens of milliseconds with a pause after each: filing goes on
        # between them (store/paced.py).
        pace = Pace(FIRST_CHUNK, self.chunk, others_wrote=self.records.others_wrote,
                    after_step=self.records.after_step, pause=self.records.step_pause, sleep=self.sleep,
                    should_stop=should_stop)

        def one_chunk(size: int) -> tuple[list[int], PurgedChunk | None]:
            ids = self.records.due_ticket_ids(cutoff, after, size)
            return ids, (self.records.purge_tickets(ids, now, cutoff) if ids else None)

        while True:
            if should_stop():
                report.stopped = True
                return
            ids, chunk = pace.step(one_chunk, self.store.db)
            if not ids:
                break
            after = ids[-1]
            self._after_chunk(report, chunk)
            done += len(ids)
            tell(PurgeProgress("tickets", min(done, total), total))
        for name in self.records.expired_exports(cutoff):
            report.counts.exports += self._remove(self.exports_dir / name)

    def _after_chunk(self, report: PurgeReport, chunk: PurgedChunk) -> None:
        """The chunk has committed: now its files go. (Thumbnails go once at the end,
        in `_sweep_local`: one walk of the thumbnails dir, not one per chunk.)"""
        report.counts.add(chunk.counts)
        for stored_path in chunk.stored_paths:
            report.counts.files += self._remove(self.files_dir / stored_path)
        self._purged_sha256s.update(chunk.sha256s)
        self._purged_paths.update(chunk.stored_paths)
        for name in chunk.export_names:
            report.counts.exports += self._remove(self.exports_dir / name)
        if chunk.citizen_addresses:
            report.counts.session_entities += self.session.forget(chunk.citizen_addresses, report.problems)

    def _compaction_owed(self) -> bool:
        """This workstation was stopped or refused before compacting, or (PostgreSQL) any
        purge or erasure on the database left it owed (e.g. a lead's erasure, which may
        not rewrite the service's tables)."""
        if (self.data_dir / COMPACTION_OWED).exists():
            return True
        try:
            return self.records.compaction_owed()
        except Exception as exc:  # the database gone: the next run asks again
            log.warning("cannot tell whether a compaction is owed: %s", type(exc).__name__)
            return False

    def _compact(self, report: PurgeReport) -> None:
        owed_elsewhere = False
        try:
            # A run stopped or refused before this one (the marker) did not say which
            # tables it deleted from: all of them, then.
            done = self.records.compact(everything=(self.data_dir / COMPACTION_OWED).exists(),
                                        sleep=self.sleep, should_stop=self.stopping.is_set)
            report.compacted = bool(done.get("complete", True))
            report.compaction_deferred = bool(done.get("deferred"))
            report.compaction_seconds = dict(done.get("seconds", {}))
            owed_elsewhere = bool(done.get("owed_elsewhere"))
            report.problems.extend(done.get("problems", ()))
            busy = done.get("checkpoint_after_vacuum")
            if busy and busy[0]:  # a reader held the WAL: its old frames stay until next time
                report.compacted = False
                report.problems.append(sentence("The database log (WAL) was in use and could not be "
                                                "emptied now; the next purge will."))
        except Exception as exc:  # a long write elsewhere held the lock: next purge compacts
            log.warning("database compaction failed: %s", type(exc).__name__)
            report.problems.append(sentence("The database could not be compacted now; the next purge will."))
        if report.compacted or owed_elsewhere:  # owed in the database, to the tables' owner
            (self.data_dir / COMPACTION_OWED).unlink(missing_ok=True)
        else:
            self._owe_compaction()
        self.session.compact(report.problems)

    def _owe_compaction(self) -> None:
        try:
            (self.data_dir / COMPACTION_OWED).touch()
        except OSError as exc:
            log.warning("cannot note the compaction owed: %s", exc.strerror)

    # -- files -----------------------------------------------------------------------

    @staticmethod
    def _remove(path: Path) -> int:
        try:
            path.unlink()
            return 1
        except FileNotFoundError:
            return 0
        except OSError as exc:
            log.warning("cannot delete a purged file: %s", exc.strerror)
            return 0

    def _thumbnails_of(self, sha256s: Iterable[str], stored_paths: Iterable[str],
                       referenced: set[str] | None = None) -> set[Path]:
        """Thumbnails of these files; with `referenced` (every sha256 still in the
        records), also every thumbnail of a file no record names any more."""
        folder = self.thumbnails_dir
        if not folder.is_dir():
            return set()
        shas = {s for s in sha256s if s}
        if referenced is not None:
            shas -= referenced  # the same content kept for another ticket keeps its thumbnail
        paths = {Path(p).as_posix() for p in stored_paths if p}
        found = set()
        for path in folder.rglob("*"):
            if not path.is_file():
                continue
            sha = path.name[:64]
            relative = path.relative_to(folder).as_posix()
            if sha in shas or (referenced is not None and _is_sha256(sha) and sha not in referenced):
                found.add(path)
            elif relative.rsplit(".", 1)[0] in paths or relative in paths:
                found.add(path)
        return found

    def _older(self, path: Path, moment: datetime) -> bool:
        try:
            return path.stat().st_mtime <= moment.timestamp()
        except OSError:
            return False

    def _local_leftovers(self, cutoff: datetime) -> dict[str, set[Path]]:
        """This workstation's leftovers: files and exports no record names any more (or
        exports past the window), thumbnails and logs older than the window."""
        now = self.clock.now()
        found: dict[str, set[Path]] = {"files": set(), "exports": set(), "thumbnails": set(), "logs": set(),
                                       "copies": self._upgrade_copies(now - UPGRADE_COPY_KEPT)}
        if self.files_dir.is_dir():
            referenced = self.records.referenced_files()
            for path in self.files_dir.rglob("*"):
                if path.is_file() and self._older(path, now - ORPHAN_GRACE) and \
                        path.relative_to(self.files_dir).as_posix() not in referenced:
                    found["files"].add(path)
        if self.exports_dir.is_dir():
            known = self.records.known_exports()
            expired = set(self.records.count_expired_exports(cutoff))
            for path in self.exports_dir.rglob("*"):
                if path.is_file() and (path.name not in known or path.name in expired):
                    found["exports"].add(path)
        if self.thumbnails_dir.is_dir():
            found["thumbnails"] = self._thumbnails_of(self._purged_sha256s, self._purged_paths,
                                                      referenced=self.records.referenced_sha256s())
            for path in self.thumbnails_dir.rglob("*"):
                if path.is_file() and self._older(path, cutoff):
                    found["thumbnails"].add(path)
        if self.log_dir is not None and self.log_dir.is_dir():
            for path in self.log_dir.iterdir():
                if path.is_file() and path.name.startswith(LOG_FILE_PREFIX) and self._older(path, cutoff):
                    found["logs"].add(path)
        return found

    def _upgrade_copies(self, older_than: datetime | None) -> set[Path]:
        """The copies of the SQLite file made before a schema upgrade, for going back
        (store/migrations.backup_sqlite): whole databases, so they would keep what the
        purge and erasures delete. The purge removes those over UPGRADE_COPY_KEPT old; an
        erasure all of them (`older_than` None). deploy.md 10: keep a backup of your own."""
        database = self.store.opened.sqlite_path
        if database is None:
            return set()
        return {path for path in upgrade_copies(database)
                if path.is_file() and (older_than is None or self._older(path, older_than))}

    def _sweep_local(self, report: PurgeReport, cutoff: datetime) -> None:
        found = self._local_leftovers(cutoff)
        report.counts.files += sum(self._remove(p) for p in found["files"])
        report.counts.exports += sum(self._remove(p) for p in found["exports"])
        report.counts.thumbnails += sum(self._remove(p) for p in found["thumbnails"])
        report.counts.logs += sum(self._remove_log(p) for p in found["logs"])
        report.counts.copies += sum(self._remove(p) for p in found["copies"])
        report.counts.session_entities += self._forget_unknown_users(report)

    def _forget_unknown_users(self, report: PurgeReport) -> int:
        """Users in the session's entity cache whom no citizen record names any more and
        who were cached over ORPHAN_GRACE ago: in team mode, the citizens another
        workstation purged. The service accounts themselves are kept."""
        cached = self.session.cached_before(self.clock.now() - ORPHAN_GRACE)
        if not cached:
            return 0
        known = self.records.known_telegram_users()
        gone = [address for address in cached if address not in known]
        return self.session.forget(gone, report.problems) if gone else 0

    def _remove_log(self, path: Path) -> int:
        """An old rotated log is deleted; the current one (still open for appending by
        the logging handler) is emptied instead, so logging carries on into it."""
        try:
            if path.name == LOG_FILE_PREFIX:
                os.truncate(path, 0)
                return 1
            return self._remove(path)
        except OSError as exc:
            log.warning("cannot delete an old log file: %s", exc.strerror)
            return 0

    # -- dry run -----------------------------------------------------------------------

    def _preview(self, report: PurgeReport, cutoff: datetime) -> None:
        counts, stored_paths, sha256s, export_names, addresses = self.records.preview(cutoff)
        report.counts = counts
        found = self._local_leftovers(cutoff)
        found["files"] |= {self.files_dir / p for p in stored_paths if (self.files_dir / p).is_file()}
        found["thumbnails"] |= self._thumbnails_of(sha256s, stored_paths)
        found["exports"] |= {self.exports_dir / n for n in export_names if (self.exports_dir / n).is_file()}
        counts.files = len(found["files"])
        counts.thumbnails = len(found["thumbnails"])
        counts.exports = len(found["exports"])
        counts.logs = len(found["logs"])
        counts.copies = len(found["copies"])
        counts.session_entities = self.session.count(addresses)


def _is_sha256(text: str) -> bool:
    return len(text) == 64 and all(c in "0123456789abcdef" for c in text)
