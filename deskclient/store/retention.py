"""The purge's database side: which tickets are due, deleting them in chunks, legal hold.

`RetentionPurge` (services/purge.py) drives it: it asks for due ticket ids in pages,
hands each page to `purge_tickets` (one transaction), deletes the files each committed
chunk names, and ends with `compact` so that no deleted text survives in free pages,
the WAL or the full-text index.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from contextlib import contextmanager
from datetime import datetime
from typing import Callable, Iterator, Sequence

import peewee as pw

from ..domain.clock import UTC
from ..domain.rules import DeskRules
from ..domain.tickets import TicketStatus
from ..errors import TicketConflict
from .history_deletes import ERASURE, PURGE, queue_history_deletes
from .lead_records import PurgeCounts, PurgedChunk
from .paced import MIN_PAUSE, ROW_LOCK_PAUSE, Pace
from .pg_compaction import PgCompaction, newest_filed
from .records import AgentRecord
from .stats import ensure_ticket_stats

log = logging.getLogger("deskclient.store")

CHUNK_TICKETS = 500
MERGE_PAGES = 50  # the first step of an FTS5 merge, in pages written; the next follow its time
VACUUM_PAGES = 500  # the first step of an incremental vacuum, in pages given back
_INCREMENTAL = 2  # PRAGMA auto_vacuum
CHECKPOINT_TRIES = 5  # the last checkpoint, when readers or writers kept it from the end
_PG_PURGE_LOCK = 424243  # one workstation at a time deletes; the others only clean locally


def _naive(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


class RetentionStore:
    def __init__(self, store, rules: DeskRules) -> None:
        self.store = store
        self.rules = rules
        self.db = store.db
        self.m = store.m
        self.p = store.db.param
        self.is_postgres = store.opened.is_postgres
        # Tables rows were deleted from since the last compaction: PostgreSQL rewrites
        # those only (file_chunk, holding every kept file, is not rewritten for text).
        self.touched: set[str] = set()
        self._data_version: int | None = None  # PRAGMA data_version when last asked
        self._newest_filed: list | None = None  # PostgreSQL: the newest ticket and message ids when last asked

    def _in(self, values: Sequence) -> str:
        return ", ".join([self.p] * len(values))

    # -- what is due -------------------------------------------------------------------

    def _due_condition(self) -> str:
        return (f"t.status = '{TicketStatus.CLOSED.value}' AND t.closed_at IS NOT NULL "
                f"AND t.closed_at <= {self.p} AND t.hold_reason IS NULL")

    def due_ticket_ids(self, cutoff: datetime, after_id: int = 0, limit: int = CHUNK_TICKETS) -> list[int]:
        """Tickets closed for good at or before `cutoff`, not on hold, by id."""
        p = self.p
        rows = self.db.execute_sql(
            f"SELECT t.id FROM ticket t WHERE {self._due_condition()} AND t.id > {p} "
            f"ORDER BY t.id LIMIT {p}", (_naive(cutoff), after_id, limit)).fetchall()
        return [r[0] for r in rows]

    def count_due(self, cutoff: datetime) -> int:
        return self.db.execute_sql(f"SELECT COUNT(*) FROM ticket t WHERE {self._due_condition()}",
                                   (_naive(cutoff),)).fetchone()[0]

    def preview(self, cutoff: datetime) -> tuple[PurgeCounts, list[str], list[str], list[str], list[int]]:
        """A dry run: what a purge at `cutoff` would delete, changing nothing.
        Returns (counts, stored paths, sha256s, export names, citizens' addresses)."""
        due = f"SELECT t.id FROM ticket t WHERE {self._due_condition()}"
        args = (_naive(cutoff),)
        counts = PurgeCounts()
        row = self.db.execute_sql(
            f"SELECT COUNT(*), MIN(t.closed_at), MAX(t.closed_at) FROM ticket t WHERE {self._due_condition()}",
            args).fetchone()
        counts.tickets = row[0]
        value = self.m.Ticket.closed_at.python_value
        counts.closed_from, counts.closed_to = value(row[1]), value(row[2])
        counts.messages = self.db.execute_sql(
            f"SELECT COUNT(*) FROM message WHERE ticket_id IN ({due})", args).fetchone()[0]
        counts.edits = self.db.execute_sql(
            f"SELECT COUNT(*) FROM message_edit e JOIN message m ON m.id = e.message_id "
            f"WHERE m.ticket_id IN ({due})", args).fetchone()[0]
        files = self.db.execute_sql(
            f"SELECT a.stored_path, a.sha256 FROM attachment a JOIN message m ON m.id = a.message_id "
            f"WHERE m.ticket_id IN ({due})", args).fetchall()
        counts.attachments = len(files)
        users = [r[0] for r in self.db.execute_sql(
            f"SELECT c.address FROM citizen c WHERE c.id IN (SELECT t.citizen_id FROM ticket t "
            f"WHERE {self._due_condition()}) AND NOT EXISTS (SELECT 1 FROM ticket o WHERE "
            f"o.citizen_id = c.id AND o.id NOT IN ({due}))", args + args).fetchall()]
        counts.citizens = len(users)
        exports = [r[0] for r in self.db.execute_sql(
            f"SELECT DISTINCT e.name FROM export_file e JOIN export_ticket x ON x.export_id = e.id "
            f"WHERE x.ticket_id IN ({due})", args).fetchall()]
        return (counts, [f[0] for f in files if f[0]], [f[1] for f in files if f[1]], exports, users)

    # -- deleting ----------------------------------------------------------------------

    def purge_tickets(self, ticket_ids: Sequence[int], now: datetime,
                      cutoff: datetime | None) -> PurgedChunk:
        """Delete these tickets with everything that hangs off them, in one transaction.

        With a `cutoff` (the retention purge) each ticket is checked again inside the
        transaction: one put on hold, or reopened, since it was listed is kept. Without
        (a citizen's erasure) only legal holds are kept. Figures are written first for
        any ticket that has none; the audit trail keeps its events, which then name the
        ticket by number instead of pointing at it.
        """
        try:
            return self.store._retrying(lambda: self._purge_tickets(ticket_ids, now, cutoff))
        except pw.IntegrityError:
            # Team mode: the citizen wrote again while their last ticket went (a new
            # ticket now references them). Once more: the re-check keeps the citizen.
            return self.store._retrying(lambda: self._purge_tickets(ticket_ids, now, cutoff))

    def _purge_tickets(self, ticket_ids: Sequence[int], now: datetime,
                       cutoff: datetime | None) -> PurgedChunk:
        db, p = self.db, self.p
        counts = PurgeCounts()
        empty = PurgedChunk(counts, (), (), (), ())
        if not ticket_ids:
            return empty
        condition = f"t.id IN ({self._in(ticket_ids)}) AND t.hold_reason IS NULL"
        args: list = list(ticket_ids)
        if cutoff is not None:
            condition += f" AND t.status = '{TicketStatus.CLOSED.value}' AND t.closed_at <= {p}"
            args.append(_naive(cutoff))
        rows = db.execute_sql(f"SELECT t.id, t.citizen_id, t.closed_at FROM ticket t WHERE {condition} "
                              f"{'FOR UPDATE' if self.is_postgres else ''}", args).fetchall()
        if not rows:
            return empty
        ids = [r[0] for r in rows]
        citizen_ids = sorted({r[1] for r in rows})
        value = self.m.Ticket.closed_at.python_value
        closed = [value(r[2]) for r in rows if r[2] is not None]
        counts.tickets = len(ids)
        counts.closed_from = min(closed) if closed else None
        counts.closed_to = max(closed) if closed else None
        ensure_ticket_stats(self.m, ids, self.rules, now)
        # The same conversations go from the service account's chats on Telegram: queued
        # here, in this transaction, and done by the duty holder (store/history_deletes.py).
        counts.telegram_chats = queue_history_deletes(self.m, ids, PURGE if cutoff else ERASURE, now)

        in_ids = self._in(ids)
        messages = f"SELECT id FROM message WHERE ticket_id IN ({in_ids})"
        files = db.execute_sql(
            f"SELECT a.stored_path, a.sha256 FROM attachment a WHERE a.message_id IN ({messages})",
            ids).fetchall()
        exports = db.execute_sql(
            f"SELECT DISTINCT e.id, e.name FROM export_file e JOIN export_ticket x ON x.export_id = e.id "
            f"WHERE x.ticket_id IN ({in_ids})", ids).fetchall()
        if exports:
            export_ids = [e[0] for e in exports]
            db.execute_sql(f"DELETE FROM export_ticket WHERE export_id IN ({self._in(export_ids)})", export_ids)
            db.execute_sql(f"DELETE FROM export_file WHERE id IN ({self._in(export_ids)})", export_ids)
        counts.edits = db.execute_sql(
            f"DELETE FROM message_edit WHERE message_id IN ({messages})", ids).rowcount
        # A kept file's bytes in the shared store (schema v7) go before their attachment, by
        # name: SQLite does not cascade here (see `deleting`), and on PostgreSQL the count
        # tells whether the compaction must rewrite file_chunk, the largest table.
        chunks = db.execute_sql(
            f"DELETE FROM file_chunk WHERE attachment_id IN (SELECT id FROM attachment "
            f"WHERE message_id IN ({messages}))", ids).rowcount
        counts.attachments = db.execute_sql(
            f"DELETE FROM attachment WHERE message_id IN ({messages})", ids).rowcount
        counts.messages = db.execute_sql(f"DELETE FROM message WHERE ticket_id IN ({in_ids})", ids).rowcount
        number = "(SELECT number FROM ticket WHERE ticket.id = audit_event.ticket_id)"
        db.execute_sql(
            f"UPDATE audit_event SET detail = CASE WHEN detail = '' THEN 'purged ticket ' || {number} "
            f"ELSE detail || ' (purged ticket ' || {number} || ')' END, ticket_id = NULL "
            f"WHERE ticket_id IN ({in_ids})", ids)
        db.execute_sql(f"DELETE FROM ticket WHERE id IN ({in_ids})", ids)
        for ticket_id in ids:  # open windows drop them (in team mode, every workstation's)
            self.store._announce("ticket_purged", ticket_id)
        if self.is_postgres:
            # A filing that gave one of them a new ticket meanwhile holds the citizen's row
            # (its foreign key check) until it commits: wait for it, so that the check
            # below, a statement of its own, sees that ticket. Deleting the citizen then
            # would cascade to the ticket and message just filed.
            db.execute_sql(f"SELECT id FROM citizen WHERE id IN ({self._in(citizen_ids)}) ORDER BY id "
                           "FOR UPDATE", citizen_ids).fetchall()
        gone = db.execute_sql(
            f"SELECT c.id, c.address FROM citizen c WHERE c.id IN ({self._in(citizen_ids)}) "
            f"AND NOT EXISTS (SELECT 1 FROM ticket t WHERE t.citizen_id = c.id)", citizen_ids).fetchall()
        if gone:
            gone_ids = [g[0] for g in gone]
            db.execute_sql(f"DELETE FROM citizen WHERE id IN ({self._in(gone_ids)})", gone_ids)
        counts.citizens = len(gone)
        self._touched(message_edit=counts.edits, file_chunk=chunks, attachment=counts.attachments,
                      message=counts.messages, ticket=counts.tickets, citizen=counts.citizens)
        return PurgedChunk(counts, tuple(f[0] for f in files if f[0]), tuple(f[1] for f in files if f[1]),
                           tuple(e[1] for e in exports), tuple(g[1] for g in gone))

    def purge_citizen_row(self, citizen_id: int) -> PurgedChunk:
        """Delete a citizen left without tickets (after their erasure)."""
        db, p = self.db, self.p

        def work():
            counts = PurgeCounts()
            row = db.execute_sql(
                f"SELECT c.address FROM citizen c WHERE c.id = {p} "
                f"AND NOT EXISTS (SELECT 1 FROM ticket t WHERE t.citizen_id = c.id)", (citizen_id,)).fetchone()
            if row is None:
                return PurgedChunk(counts, (), (), (), ())
            messages = db.execute_sql(f"DELETE FROM message WHERE citizen_id = {p}", (citizen_id,)).rowcount
            db.execute_sql(f"DELETE FROM citizen WHERE id = {p}", (citizen_id,))
            counts.citizens = 1
            self._touched(message=messages, citizen=1)
            return PurgedChunk(counts, (), (), (), (row[0],))

        return self.store._retrying(work)

    def _touched(self, **deleted: int) -> None:
        """Note the tables rows were deleted from (a transaction retried notes them
        twice, one that failed for good notes too many: either costs one rewrite)."""
        self.touched.update(table for table, count in deleted.items() if count)

    def expired_exports(self, cutoff: datetime) -> list[str]:
        """Forget the exports written at or before `cutoff`; returns their file names."""
        m = self.m

        def work():
            old = list(m.ExportFile.select(m.ExportFile.id, m.ExportFile.name)
                       .where(m.ExportFile.created_at <= cutoff))
            if old:
                ids = [e.id for e in old]
                m.ExportTicket.delete().where(m.ExportTicket.export.in_(ids)).execute()
                m.ExportFile.delete().where(m.ExportFile.id.in_(ids)).execute()
            return [e.name for e in old]

        return self.store._retrying(work)

    def count_expired_exports(self, cutoff: datetime) -> list[str]:
        m = self.m
        return [e.name for e in m.ExportFile.select(m.ExportFile.name).where(m.ExportFile.created_at <= cutoff)]

    def known_exports(self) -> set[str]:
        """Names of every registered export (random, so unique across workstations)."""
        m = self.m
        return {e.name for e in m.ExportFile.select(m.ExportFile.name)}

    def referenced_files(self) -> set[str]:
        m = self.m
        return {a.stored_path for a in m.Attachment.select(m.Attachment.stored_path)
                .where(m.Attachment.stored_path.is_null(False))}

    def known_telegram_users(self) -> set[int]:
        """Every citizen's address, and the service accounts' own."""
        rows = self.db.execute_sql("SELECT address, account FROM citizen").fetchall()
        return {r[0] for r in rows} | {int(r[1]) for r in rows if str(r[1]).isdigit()}

    def referenced_sha256s(self) -> set[str]:
        m = self.m
        return {a.sha256 for a in m.Attachment.select(m.Attachment.sha256)
                .where(m.Attachment.sha256.is_null(False))}

    @contextmanager
    def deleting(self) -> Iterator[None]:
        """Around a run of `purge_tickets` on this thread's connection. SQLite: foreign
        keys are not enforced on it meanwhile, because the purge deletes every child row
        itself, in order, inside each chunk's transaction; enforcing them would re-check
        that with a cascade program per deleted message (nearly half the time of a chunk).
        Other connections keep enforcing them on their own writes."""
        if self.is_postgres:
            yield
            return
        self.db.execute_sql("PRAGMA foreign_keys = OFF")
        try:
            yield
        finally:
            self.db.execute_sql("PRAGMA foreign_keys = ON")

    # -- making deletion final ---------------------------------------------------------

    def compact(self, everything: bool = False, sleep: Callable[[float], None] = time.sleep,
                should_stop: Callable[[], bool] = lambda: False) -> dict[str, object]:
        """After deleting: no purged text in the full-text index, the WAL or free pages.

        SQLite: FTS5 deletes leave the old terms in index segments until they are
        merged, so the indexes (messages, the queue's search) are merged into one
        segment, in steps (`_merge_in_steps`); secure_delete has already zeroed every
        freed page, and with auto_vacuum=INCREMENTAL (every store created since;
        database.py's `_new_sqlite`) the free pages go back to the disk in steps too, each
        its own short transaction with filing going on between them (store/paced.py).
        An older store without it is VACUUMed once, when a quarter of the file is free
        space, which holds the write lock while it rewrites the file but also turns
        incremental vacuum on for the next purges. Then the WAL is checkpointed and
        truncated. PostgreSQL: VACUUM FULL of the tables rows were deleted from
        (`touched`; `everything`: of all the purged tables, when a run stopped before
        saying which), and of those an earlier purge or erasure left owed
        (store/pg_compaction.py says why and what it costs); "problems" are plain
        sentences for the report, "owed_elsewhere" that the tables' owner (the
        service) finishes it at its next purge, "deferred" the tables left for a lull
        in filing.
        """
        done: dict[str, object] = {}
        tables, self.touched = (None if everything else set(self.touched)), set()
        if self.is_postgres:
            outcome = PgCompaction(self.db, sleep=sleep).run(tables)
            done["vacuum_full"] = outcome.rewritten
            done["deferred"] = outcome.deferred
            done["seconds"] = outcome.seconds
            done["complete"] = outcome.complete
            done["owed_elsewhere"] = bool(outcome.not_owned)
            done["problems"] = outcome.problems()
            return done
        db = self.db

        def paced(first: int, most: int) -> Pace:
            return Pace(first, most, others_wrote=self.others_wrote, after_step=self.after_step, sleep=sleep,
                        pause=self.step_pause, should_stop=should_stop)

        for index in ("message_fts", "ticket_search") if self.store.has_queue_index else ("message_fts",):
            self._merge_in_steps(index, paced(MERGE_PAGES, 1 << 20))
        free = db.execute_sql("PRAGMA freelist_count").fetchone()[0]
        pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
        incremental = db.execute_sql("PRAGMA auto_vacuum").fetchone()[0] == _INCREMENTAL
        done["vacuum"] = not incremental and free * 4 >= pages
        if incremental:
            pace = paced(VACUUM_PAGES, 1 << 20)
            while free:
                free = pace.step(lambda n: self._vacuum_step(n), db)
        elif done["vacuum"]:
            db.execute_sql(f"PRAGMA auto_vacuum = {_INCREMENTAL}")  # takes effect with this VACUUM
            db.execute_sql("VACUUM")
        for _ in range(CHECKPOINT_TRIES):  # busy: a reader on an old snapshot, a long write
            done["checkpoint_after_vacuum"] = db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if not done["checkpoint_after_vacuum"][0] or should_stop():
                break
            sleep(0.5)
        return done

    def _merge_in_steps(self, index: str, pace: Pace) -> None:
        """FTS5's 'optimize' (every segment merged into one, dropping deleted entries),
        done incrementally: a 'merge' with a negative page count first gathers every
        segment on one level and starts merging them; positive ones go on with that
        merge, each writing about that many pages in its own transaction, until one does
        no work (total_changes moves by less than 2: FTS5's own test). Segments filed
        meanwhile hold no purged entry; the bound only guards against merging those for
        ever under constant filing."""
        db = self.db
        budget = 4 * db.execute_sql(f"SELECT COUNT(*) FROM {index}_data").fetchone()[0] + 1000
        written = 0

        def merge(pages: int, first: bool) -> bool:
            conn = db.connection()
            before = conn.total_changes
            db.execute_sql(f"INSERT INTO {index}({index}, rank) VALUES ('merge', {self.p})",
                           (-pages if first else pages,))
            return conn.total_changes - before >= 2

        worked = pace.step(lambda pages: merge(pages, True), db)
        while worked and written < budget:
            written += pace.size
            worked = pace.step(lambda pages: merge(pages, False), db)

    def _vacuum_step(self, pages: int) -> int:
        """Give back up to `pages` free pages (one transaction); returns those left.
        (The statement frees a page per step: executescript steps it to the end, where
        a cursor would stop after the first.)"""
        try:
            self.db.connection().executescript(f"PRAGMA incremental_vacuum({int(pages)})")
        except sqlite3.OperationalError as exc:  # as Peewee's, for the pace's lock check
            raise pw.OperationalError(*exc.args) from exc
        return self.db.execute_sql("PRAGMA freelist_count").fetchone()[0]

    def others_wrote(self) -> bool | None:
        """SQLite: another connection committed since this one last asked (PRAGMA
        data_version moves). PostgreSQL: a ticket or message was filed since (their
        newest ids moved): steps are then kept short too, so a filing that shares a
        purged citizen's row, or the machine's cores, waits less for one."""
        if self.is_postgres:
            newest = newest_filed(self.db)
            seen, self._newest_filed = self._newest_filed, newest
            return newest != seen
        version = self.db.execute_sql("PRAGMA data_version").fetchone()[0]
        seen, self._data_version = self._data_version, version
        return version != seen

    @property
    def step_pause(self) -> float:
        """Between two steps. SQLite: long enough for a writer waiting in its busy
        handler to get the lock. PostgreSQL: a step holds the purged rows' locks only,
        which a filing waits for only when its citizen is being purged."""
        return ROW_LOCK_PAUSE if self.is_postgres else MIN_PAUSE

    def after_step(self) -> None:
        """SQLite: copy what the step wrote from the WAL into the database now, without
        waiting for anyone (PASSIVE). Else the WAL crosses SQLite's autocheckpoint mark
        (1,000 pages) in whichever commit comes next, often a filing's, which then pays
        for copying the purge's pages; a checkpoint that finds a reader on an older
        snapshot leaves those frames to the next one."""
        if not self.is_postgres:
            self.db.execute_sql("PRAGMA wal_checkpoint(PASSIVE)").fetchone()

    def compaction_owed(self) -> bool:
        """PostgreSQL: rows were deleted (by a purge or an erasure, on any workstation)
        that are not yet rewritten out of the table files, and this role may rewrite
        them (in team mode the service; a lead's window is not asked to). SQLite: the
        purge's own marker file says so instead (services/purge.py)."""
        if not self.is_postgres:
            return False
        compaction = PgCompaction(self.db)
        return compaction.may_rewrite() and bool(compaction.owed())

    # -- one purge at a time in team mode ----------------------------------------------

    def try_lock(self) -> bool:
        """PostgreSQL: only one workstation deletes at a time (a session advisory lock).
        SQLite: always True (the write lock serialises chunks anyway)."""
        if not self.is_postgres:
            return True
        return bool(self.db.execute_sql("SELECT pg_try_advisory_lock(%s)", (_PG_PURGE_LOCK,)).fetchone()[0])

    def unlock(self) -> None:
        if self.is_postgres:
            self.db.execute_sql("SELECT pg_advisory_unlock(%s)", (_PG_PURGE_LOCK,))

    # -- legal hold --------------------------------------------------------------------

    def set_hold(self, ticket_id: int, reason: str, by: AgentRecord) -> str:
        """Put a ticket on legal hold (exempt from the purge); audited. Returns its number."""
        m = self.m
        store = self.store

        def work():
            ticket = m.Ticket.get_or_none(m.Ticket.id == ticket_id)
            if ticket is None:
                raise TicketConflict("That ticket no longer exists (it may have been purged).")
            m.Ticket.update(hold_reason=reason, held_at=store.clock.now(), held_by=by.id) \
                .where(m.Ticket.id == ticket_id).execute()
            store._audit("legal_hold", by.id, ticket_id, f"ticket {ticket.number}: {reason}")
            store._announce("ticket_changed", ticket_id)
            return ticket.number

        return store._retrying(work)

    def release_hold(self, ticket_id: int, by: AgentRecord) -> str:
        m = self.m
        store = self.store

        def work():
            ticket = m.Ticket.get_or_none(m.Ticket.id == ticket_id)
            if ticket is None:
                raise TicketConflict("That ticket no longer exists.")
            if ticket.hold_reason is None:
                raise TicketConflict("Ticket {number} is not on legal hold.", number=ticket.number)
            m.Ticket.update(hold_reason=None, held_at=None, held_by=None) \
                .where(m.Ticket.id == ticket_id).execute()
            store._audit("legal_hold_released", by.id, ticket_id, f"ticket {ticket.number}")
            store._announce("ticket_changed", ticket_id)
            return ticket.number

        return store._retrying(work)

    def citizen_ticket_ids(self, citizen_id: int) -> tuple[list[int], list[str]]:
        """(all the citizen's ticket ids, numbers of those on legal hold)."""
        m = self.m
        tickets = list(m.Ticket.select(m.Ticket.id, m.Ticket.number, m.Ticket.hold_reason)
                       .where(m.Ticket.citizen == citizen_id).order_by(m.Ticket.id))
        return [t.id for t in tickets], [t.number for t in tickets if t.hold_reason is not None]
