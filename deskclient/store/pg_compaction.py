"""PostgreSQL: after a purge or an erasure, the purged text and file bytes leave the
database's files (PRODUCT.md: "on PostgreSQL from its table and index files too").

A DELETE only marks rows dead. Plain VACUUM makes their space reusable but does not
overwrite it, and a GIN index (the full-text index on `message.search_vector`) keeps a
word as an entry key even when no row holds it any more. `VACUUM FULL` writes the table,
its TOAST table and every index into new files and unlinks the old ones (the first
segment is truncated to nothing at once and unlinked at the next checkpoint), so what
was deleted is no longer in any relation file. Its price: an ACCESS EXCLUSIVE lock on
each table while it is rewritten (filing and reading that table wait), and free disk
space for one copy of the largest table. It must be run by the tables' owner (in team
mode `{prefix}_service` owns them; PostgreSQL 15 merely warns and skips a table it may
not vacuum), and outside a transaction.

Two things would make it keep deleted rows, and both are checked:
- a snapshot older than the delete (a long transaction elsewhere, a standby's feedback
  slot): for it the rows are "recently dead", and VACUUM FULL copies them into the new
  file. The compaction waits, for a bounded time, until no such snapshot is left, and
  reads VACUUM VERBOSE's own count of dead rows it had to keep;
- the lock not granted within `lock_timeout` (a long transaction on the table): tried
  again after a pause, and after LOCK_ATTEMPTS tries that table is left for the next
  run, so filing is held up behind the queued lock for LOCK_TIMEOUT_MS at most.
Filing waits for the rewrite of a table it writes to (message's, with 490,000 messages
kept, about 4 s), and so does an agent reading it: so a table is rewritten only in a
lull in filing (no ticket or message added for LULL seconds; FilingLull), looked for
during LULL_PATIENCE. Without one the rewrite is *deferred*: the table stays owed and
the purge ends (the daily schedule tries again every few minutes,
services/purge_schedule.py), so a purge beside steady filing does not hold it up. A
compaction deferred for OVERDUE (a day without a lull) goes at the end of its next
patience all the same: the purged text does not stay in the files for ever. There is
no rewrite in steps (each table is one statement under one lock), but a rewrite yields:
a lull is a guess, and a message that comes during the rewrite (or while it queues for
its lock) cancels it at once (RewriteWatch), is filed, and the rewrite starts again in
the next lull; so filing waits a look of the watch, not the rewrite.
Only the tables rows were deleted from are rewritten (file_chunk, which holds every
kept file, only when files went). Whoever deleted them: PostgreSQL counts each table's
deleted rows (`pg_stat_user_tables.n_tup_del`), and after rewriting a table the
compaction keeps the count it had seen in `counter` (`purge_deletes_seen:<table>`). A
table whose count has moved since is *owed* a rewrite: after a lead's erasure (a lead
may delete but not rewrite), a rewrite refused or postponed, a purge stopped halfway or
a crash. The next run by the owner (in team mode the service, daily) rewrites it even
when nothing is due; no role needs to write anything for it.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable

import peewee as pw

from ..errors import sentence
from .database import _sqlstate

log = logging.getLogger("deskclient.store")

# Every table a purge or an erasure deletes rows of text or bytes from, in the order
# they are rewritten (each under its own lock, one after the other).
PURGED_TABLES = ("message_edit", "file_chunk", "attachment", "ticket", "citizen", "message")
SEEN = "purge_deletes_seen:"  # + table: a `counter` row, its n_tup_del at the last rewrite
# How long a VACUUM FULL may queue for its lock: filing queues behind the request, so it
# is short, and tried again after a pause (filing goes on meanwhile) a few times.
LOCK_TIMEOUT_MS = 100
LOCK_ATTEMPTS = 20
LOCK_PAUSE = 1.0  # seconds between two attempts
LULL_TABLES = ("ticket", "message")  # every filing adds rows to these (by id)
LULL = 1.0  # seconds with no row added to those before a table is rewritten …
LULL_PATIENCE = 10.0  # … looked for this long at most by one compaction, then deferred
LULL_LOOK = 0.1  # seconds between two looks at the newest ids
OVERDUE = 24 * 3600.0  # seconds deferred after which a rewrite goes without a lull
DEFERRED_SINCE = "purge_compaction_deferred_since"  # a `counter` row: the database's epoch
WATCH_LOOK = 0.025  # seconds between two looks for a session the rewrite blocks
SNAPSHOT_PATIENCE = 120.0  # seconds to wait for transactions older than the delete to end
_NOT_GRANTED = "55P03"  # lock_not_available: lock_timeout expired
_CANCELLED = "57014"  # query_canceled: RewriteWatch yielded to a filing

# Transactions (and standby feedback, prepared transactions) whose snapshot may still
# see rows deleted before `horizon` (an xid: the first not yet assigned when the deletes
# had committed). Every role sees every session's backend_xmin and user; what a role
# without pg_read_all_stats does not see is a session's backend_type and query, so the
# sessions counted are those with a user: client backends, walsenders (a standby's
# feedback), background workers. That leaves out autovacuum workers (no user), whose
# snapshots VACUUM ignores anyway. VACUUM VERBOSE's count of kept rows is the check
# behind this one.
_OLDER_SNAPSHOTS = """
SELECT (SELECT count(*) FROM pg_stat_activity
        WHERE pid <> pg_backend_pid() AND (datname = current_database() OR datname IS NULL)
          AND usesysid IS NOT NULL
          AND ((backend_xmin IS NOT NULL AND age(backend_xmin) > age(%(h)s::xid))
               OR (backend_xid IS NOT NULL AND age(backend_xid) > age(%(h)s::xid))))
     + (SELECT count(*) FROM pg_replication_slots
        WHERE xmin IS NOT NULL AND age(xmin) > age(%(h)s::xid))
     + (SELECT count(*) FROM pg_prepared_xacts
        WHERE database = current_database() AND age(transaction) > age(%(h)s::xid))
"""


@dataclass
class CompactionOutcome:
    """What one compaction did; `complete` when every purged table was rewritten
    without keeping a dead row."""

    rewritten: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # per table: the statement's time
    not_owned: list[str] = field(default_factory=list)
    lock_not_granted: list[str] = field(default_factory=list)
    deferred: list[str] = field(default_factory=list)  # filing never paused: owed, tried again soon
    yielded: int = 0  # rewrites cancelled because a session waited for them
    kept_dead_rows: dict[str, int] = field(default_factory=dict)
    old_snapshots: int = 0  # transactions older than the deletes still running when it gave up

    @property
    def complete(self) -> bool:
        return not (self.not_owned or self.lock_not_granted or self.deferred or self.kept_dead_rows
                    or self.old_snapshots)

    def problems(self) -> list[str]:
        """Plain sentences for the purge report."""
        said = []
        if self.not_owned:
            said.append(sentence("The purged rows are deleted, but this login may not rewrite the database's "
                                 "tables (VACUUM FULL needs their owner), so their old text stays in the "
                                 "table files until the service's next purge."))
        if self.old_snapshots or self.kept_dead_rows:
            said.append(sentence("A long transaction elsewhere could still see the purged rows, so the database "
                                 "kept their old copies for now; the next purge removes them."))
        if self.lock_not_granted:
            said.append(sentence("Some database tables were in use and were not rewritten now; the next purge "
                                 "does it."))
        if self.deferred:
            said.append(sentence("Messages kept arriving, so the purged text's old copies stay in the database "
                                 "files until a quiet moment; the desk tries again every few minutes."))
        return said


class PgCompaction:
    """Rewrites `PURGED_TABLES` on one Peewee PostgreSQL database (this thread's
    connection, which must not be inside a transaction)."""

    def __init__(self, db: pw.Database, lock_timeout_ms: int | None = None,
                 snapshot_patience: float | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.db = db
        self.lock_timeout_ms = LOCK_TIMEOUT_MS if lock_timeout_ms is None else lock_timeout_ms
        self.snapshot_patience = SNAPSHOT_PATIENCE if snapshot_patience is None else snapshot_patience
        self.sleep = sleep

    # -- owed ----------------------------------------------------------------------------

    def deletes(self) -> dict[str, int]:
        """Rows deleted from each purged table this schema has, as PostgreSQL counts them
        (this connection's own deletes are flushed to the count first, PostgreSQL 15+)."""
        if (getattr(self.db, "server_version", None) or 0) >= 150000:
            self.db.execute_sql("SELECT pg_stat_force_next_flush()")  # flushed as the statement ends
        rows = self.db.execute_sql(
            "SELECT relname, n_tup_del FROM pg_stat_user_tables WHERE relid = ANY(%s::regclass[])",
            ([t for t in PURGED_TABLES if self._exists(t)],)).fetchall()
        return {name: count for name, count in rows}

    def owed(self) -> set[str]:
        """The tables rows were deleted from since they were last rewritten (by anyone)."""
        seen = {name[len(SEEN):]: value for name, value in self.db.execute_sql(
            "SELECT name, value FROM counter WHERE left(name, %s) = %s", (len(SEEN), SEEN)).fetchall()}
        return {t for t, count in self.deletes().items() if count != seen.get(t, 0)}

    def _seen(self, counts: dict[str, int]) -> None:
        with self.db.atomic():
            for table, count in counts.items():
                self.db.execute_sql("INSERT INTO counter (name, value) VALUES (%s, %s) ON CONFLICT (name) "
                                    "DO UPDATE SET value = EXCLUDED.value", (SEEN + table, count))

    def may_rewrite(self) -> bool:
        """This role owns (has the privileges of the owner of) every purged table."""
        return all(self._tables().values())

    def _exists(self, table: str) -> bool:
        return self.db.execute_sql("SELECT to_regclass(%s) IS NOT NULL", (table,)).fetchone()[0]

    # -- the rewrite -----------------------------------------------------------------------

    def horizon(self) -> int:
        """The first transaction id not yet assigned: every delete already committed is
        older. Taken once the deletes have committed."""
        xmax = self.db.execute_sql("SELECT txid_snapshot_xmax(txid_current_snapshot())").fetchone()[0]
        return int(xmax) % (1 << 32)  # txid is xid with its epoch; backend_xmin is the bare xid

    def run(self, tables: Iterable[str] | None = None, horizon: int | None = None) -> CompactionOutcome:
        """Rewrite these tables (None: every purged table) and those owed. A table not
        rewritten, or rewritten with dead rows kept, stays owed."""
        if self.db.in_transaction():
            raise RuntimeError("VACUUM FULL cannot run inside a transaction")
        outcome = CompactionOutcome()
        may = self._tables()
        wanted = set(PURGED_TABLES if tables is None else tables)
        if all(may.values()):  # the owner's run; a lead's is told below that it may not
            wanted |= self.owed()
        todo = [t for t in PURGED_TABLES if t in wanted and t in may]
        if not todo:
            return outcome
        outcome.not_owned = [t for t in todo if not may[t]]
        if outcome.not_owned:
            log.warning("VACUUM FULL not run: this role does not own %s", ", ".join(outcome.not_owned))
            return outcome
        counts = self.deletes()  # before: what is deleted later moves it on, and is rewritten next time
        outcome.old_snapshots = self._wait_for_older_snapshots(self.horizon() if horizon is None else horizon)
        if outcome.old_snapshots:
            log.warning("VACUUM FULL postponed: %d transactions older than the purge still run",
                        outcome.old_snapshots)
            return outcome
        lull = FilingLull(self.db, self.sleep)
        insist = self._overdue()
        self.db.execute_sql(f"SET lock_timeout = {int(self.lock_timeout_ms)}")
        try:
            for table in todo:
                if outcome.deferred:  # no lull came: the rest waits with it
                    outcome.deferred.append(table)
                    continue
                self._rewrite(table, outcome, lull, insist)
        finally:
            self.db.execute_sql("RESET lock_timeout")
        self._note_deferral(outcome)
        if outcome.kept_dead_rows:
            self._judge_kept_rows(outcome)
        self._seen({t: counts.get(t, 0) for t in outcome.rewritten if t not in outcome.kept_dead_rows})
        log.info("VACUUM FULL: %s", ", ".join(f"{t} {s:.2f} s" for t, s in outcome.seconds.items()))
        return outcome

    def _judge_kept_rows(self, outcome: CompactionOutcome) -> None:
        """Rows kept as "recently dead" are purged ones only if a snapshot older than the
        deletes escaped the wait above, and none can: every role sees every session's
        snapshot (_OLDER_SNAPSHOTS). What it kept changed after the purge began (a ticket
        marked read meanwhile), so it is not owed. (Rows deleted meanwhile, by an erasure,
        move PostgreSQL's count of deletes on: the next purge rewrites for them.)"""
        kept = ", ".join(f"{t} {n}" for t, n in outcome.kept_dead_rows.items())
        log.info("VACUUM FULL kept rows changed since the purge began (%s)", kept)
        outcome.kept_dead_rows = {}

    def _tables(self) -> dict[str, bool]:
        """The purged tables this schema has (file_chunk from schema v7 on), each with
        whether this role may VACUUM it: it has its owner's privileges (a member of the
        owning role, or a superuser), or owns the database."""
        found: dict[str, bool] = {}
        for table in PURGED_TABLES:
            row = self.db.execute_sql(
                "SELECT pg_has_role(c.relowner, 'USAGE') OR pg_has_role(d.datdba, 'USAGE') "
                "FROM pg_class c, pg_database d WHERE c.oid = to_regclass(%s) "
                "AND d.datname = current_database()", (table,)).fetchone()
            if row is not None:
                found[table] = bool(row[0])
        return found

    def _wait_for_older_snapshots(self, horizon: int) -> int:
        deadline = time.monotonic() + self.snapshot_patience
        pause = 0.1
        while True:
            older = self.db.execute_sql(_OLDER_SNAPSHOTS, {"h": str(horizon)}).fetchone()[0]
            if not older or time.monotonic() >= deadline:
                return older
            self.sleep(pause)
            pause = min(pause * 2, 5.0)

    def _overdue(self) -> bool:
        """A compaction deferred for OVERDUE (by the database's clock, the same on every
        node) goes without a lull."""
        row = self.db.execute_sql("SELECT extract(epoch FROM now())::bigint - value FROM counter WHERE name = %s",
                                  (DEFERRED_SINCE,)).fetchone()
        return row is not None and row[0] >= OVERDUE

    def _note_deferral(self, outcome: CompactionOutcome) -> None:
        """Remember when deferring began (kept across runs), forget it once nothing was."""
        if outcome.deferred:
            log.info("VACUUM FULL deferred: filing did not pause for %.1f s within %.0f s; %s stay owed",
                     LULL, LULL_PATIENCE, ", ".join(outcome.deferred))
            self.db.execute_sql("INSERT INTO counter (name, value) VALUES (%s, extract(epoch FROM now())::bigint) "
                                "ON CONFLICT (name) DO NOTHING", (DEFERRED_SINCE,))
        elif outcome.rewritten:
            self.db.execute_sql("DELETE FROM counter WHERE name = %s", (DEFERRED_SINCE,))

    def _rewrite(self, table: str, outcome: CompactionOutcome, lull: FilingLull, insist: bool) -> None:
        """VACUUM FULL of `table` in a lull in filing, each try queueing for its lock
        `lock_timeout_ms` at most and watched (RewriteWatch): a session waiting for it
        cancels it, and it is tried again in the next lull. No lull within
        LULL_PATIENCE: deferred (`insist`: rewritten all the same, unwatched)."""
        conn = self.db.connection()
        details: list[str] = []

        def note(diag) -> None:  # VERBOSE's INFO lines; the detail's first number: dead rows kept
            if diag.message_detail:
                details.append(diag.message_detail)

        until = time.monotonic() + LULL_PATIENCE
        refused = 0
        conn.add_notice_handler(note)
        try:
            while True:
                if not lull.wait(until):
                    if not insist:
                        outcome.deferred.append(table)
                        return
                    log.warning("VACUUM FULL %s: deferred for a day, rewritten while filing goes on", table)
                started = time.perf_counter()
                details.clear()  # a cancelled try's lines are not this one's
                watch = RewriteWatch(self.db, active=not insist)
                try:
                    with watch:
                        self.db.execute_sql(f"VACUUM (FULL, VERBOSE) {table}")
                    break
                except pw.DatabaseError as exc:
                    state = _sqlstate(exc)
                    if state == _CANCELLED and watch.cancelled:
                        outcome.yielded += 1
                        log.info("VACUUM FULL %s yielded to a session waiting for it", table)
                        lull.forget()
                        continue
                    if state != _NOT_GRANTED:
                        raise
                refused += 1
                if refused >= LOCK_ATTEMPTS:
                    outcome.lock_not_granted.append(table)
                    log.warning("VACUUM FULL %s: its lock was not granted in %d tries of %d ms; the next purge "
                                "does it", table, LOCK_ATTEMPTS, self.lock_timeout_ms)
                    return
                self.sleep(LOCK_PAUSE)
        finally:
            conn.remove_notice_handler(note)
        outcome.seconds[table] = time.perf_counter() - started
        outcome.rewritten.append(table)
        kept = _kept_dead_rows(details)
        if kept:
            outcome.kept_dead_rows[table] = kept


def newest_filed(db: pw.Database) -> list:
    """The newest ticket and message ids (two index lookups): they move while filing goes on."""
    return db.execute_sql(" UNION ALL ".join(f"SELECT MAX(id) FROM {table}" for table in LULL_TABLES)).fetchall()


class FilingLull:
    """Tells a lull in filing: the newest ticket and message ids (two index lookups)
    unchanged for LULL seconds. Kept across the tables of one compaction, so a table
    rewritten right after another during which nothing was filed needs no new wait."""

    def __init__(self, db: pw.Database, sleep: Callable[[float], None] = time.sleep) -> None:
        self.db = db
        self.sleep = sleep
        self._newest: list | None = None
        self._since = 0.0  # time.monotonic() when those ids were first seen

    def forget(self) -> None:
        """A session was waiting just now: a lull starts afresh."""
        self._newest = None

    def wait(self, until: float) -> bool:
        """True once nothing was filed for LULL seconds; False at `until` (monotonic)."""
        while True:
            newest = newest_filed(self.db)
            now = time.monotonic()
            if newest != self._newest:
                self._newest, self._since = newest, now
            elif now - self._since >= LULL:
                return True
            if now >= until:
                return False
            self.sleep(LULL_LOOK)


class RewriteWatch:
    """Around one VACUUM FULL (`active`): a thread with a connection of its own looks
    every WATCH_LOOK seconds for a session the rewrite blocks (pg_blocking_pids: a
    filing or an agent's read queued behind the rewrite or behind its lock request) and
    cancels the rewrite (pg_cancel_backend, allowed on one's own login's sessions). It
    is rolled back, its new files dropped, the old ones untouched; `cancelled` says it
    was this watch. A cancel that arrives once the statement has ended is ignored by
    PostgreSQL (the session reads its next command); one that lands as it commits fails
    a rewrite that was done, which stays owed and is done again: the safe side."""

    def __init__(self, db: pw.Database, active: bool = True) -> None:
        self.db = db
        self.active = active
        self.cancelled = False
        self._ended = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> RewriteWatch:
        if self.active:
            pid = self.db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
            conn = self.db._connect()  # not this thread's: the one cancelled is
            self._thread = threading.Thread(target=self._watch, args=(conn, pid), name="vacuum-full-watch",
                                            daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._ended.set()
        if self._thread is not None:
            self._thread.join()

    def _watch(self, conn, pid: int) -> None:
        try:
            while not self._ended.wait(WATCH_LOOK):
                blocked = conn.execute("SELECT count(*) FROM pg_stat_activity "
                                       "WHERE %s = ANY(pg_blocking_pids(pid))", (pid,)).fetchone()[0]
                if blocked and not self._ended.is_set():
                    self.cancelled = bool(conn.execute("SELECT pg_cancel_backend(%s)", (pid,)).fetchone()[0])
                    return
        except Exception as exc:  # the watch lost its connection: the rewrite goes on unwatched
            log.warning("VACUUM FULL's watch stopped: %s", type(exc).__name__)
        finally:
            conn.close()


def _kept_dead_rows(details: list[str]) -> int:
    """VACUUM FULL VERBOSE's detail says "N dead row versions cannot be removed yet"
    (in the server's language; N comes first in every translation)."""
    for detail in details:
        number = re.search(r"\d+", detail)
        if number:
            return int(number.group())
    return 0

