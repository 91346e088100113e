"""TicketStore: the one API through which services read and change the desk's records.

Every change runs in one transaction and is announced after commit to in-process
listeners, and in team mode (PostgreSQL) to every other workstation through NOTIFY.
A listener gets the list of one transaction's changes, from any thread.
"""

from __future__ import annotations

import json
import logging
import secrets
import threading
import time
from contextlib import contextmanager
from datetime import datetime
from typing import Callable, Iterator

import peewee as pw

from ..domain.channels import channel_of
from ..domain.clock import UTC, Clock
from ..domain.messages import (
    Delivery, InboundDeletion, InboundEdit, InboundMessage, MessageKind,
    SystemNotice,
)
from ..domain.rules import DeskRules
from ..domain.tickets import TicketStatus
from ..errors import TicketGone
from .agents import AgentsAndAudit
from .arriving import ArrivingAttachments, ArrivingFile
from .broadcasts import BroadcastStore
from .canned import CannedReplies
from .channel_posts import ChannelPosts
from .citizen_choices import CitizenChoices
from .citizen_reads import CitizenReads
from .database import OpenedDatabase
from .faults import WRITE_PATIENCE, classify, wait_out
from .file_chunks import FileChunks
from .folded_names import name_columns
from .groups import GroupLeaves
from .history_deletes import HistoryDeletes
from .late_messages import LateMessages
from .migrations import migrate
from .models import bind_models
from .outbox_queue import OutboxQueue, new_random_id
from .presence import ReadReceipts
from .delivery_status import DeliveryStatuses
from .queue_reads import QueueReads
from .records import PREVIEW_CHARS, Change, IngestResult, RefusedFile, StoredFile
from .sent_changes import SentChanges
from .service_nodes import ServiceNodes
from .subscriptions import SubscriptionStore
from .stats import write_ticket_stat
from .thread_reads import ThreadReads
from .ticket_actions import TicketActions

log = logging.getLogger("deskclient.store")

_NOTIFY_CHUNK = 60


class _Duplicate(Exception):
    """Raised inside an ingest transaction to roll it back: the message is already stored."""


class TicketStore(TicketActions, QueueReads, ThreadReads, AgentsAndAudit, CannedReplies, OutboxQueue, ServiceNodes,
                  ArrivingAttachments, FileChunks, LateMessages, GroupLeaves, SentChanges,
                  CitizenChoices, SubscriptionStore, BroadcastStore, HistoryDeletes, ChannelPosts,
                  CitizenReads, ReadReceipts, DeliveryStatuses):
    """Tickets and messages (filing, replies, notes, closing); the rest of the store's
    API comes from its mixins, one per kind of record, sharing this one transaction API
    (`_retrying`, `_write`, `_announce`)."""

    def __init__(self, opened: OpenedDatabase, clock: Clock, workstation: str | None = None) -> None:
        self.opened = opened
        self.db = opened.db
        self.clock = clock
        self.workstation = workstation or secrets.token_hex(6)
        self.m = bind_models(self.db)
        self._sql = _HotPathSql(self.db.param)
        self._listeners: list[Callable[[list[Change]], None]] = []
        self._pending = threading.local()
        migrate(self.m, opened.is_postgres)
        self.has_queue_index = not opened.is_postgres and self.db.table_exists("ticket_search")

    @property
    def notify_channel(self) -> str:
        return f"deskclient_{self.opened.schema}" if self.opened.schema else "deskclient"

    def close(self) -> None:
        self.db.close()

    # -- change announcements ----------------------------------------------------------

    def subscribe(self, listener: Callable[[list[Change]], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[list[Change]], None]) -> None:
        self._listeners.remove(listener)

    def _tell(self, changes: list[Change]) -> None:
        for listener in list(self._listeners):
            listener(changes)

    def deliver_remote(self, payload: str) -> None:
        """Called by the team listener with another workstation's NOTIFY payload."""
        data = json.loads(payload)
        if data.get("ws") == self.workstation:
            return
        self.deliver_remote_changes([Change(kind, ticket_id, message_id, remote=True)
                                     for kind, ticket_id, message_id in data["changes"]])

    def deliver_remote_changes(self, changes: list[Change]) -> None:
        """Changes that did not come from this store's writes (the team listener's), told
        to the subscribers as they are."""
        self._tell(changes)

    def _announce(self, kind: str, ticket_id: int, message_id: int | None = None) -> None:
        self._pending.changes.append(Change(kind, ticket_id, message_id))

    def _notify_team(self, changes: list[Change]) -> None:
        """One NOTIFY per few dozen changes (payloads stay under PostgreSQL's 8000 bytes)."""
        for start in range(0, len(changes), _NOTIFY_CHUNK):
            payload = json.dumps({"ws": self.workstation, "changes": [
                [c.kind, c.ticket_id, c.message_id] for c in changes[start:start + _NOTIFY_CHUNK]]})
            self.db.execute_sql("SELECT pg_notify(%s, %s)", (self.notify_channel, payload))

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One write transaction; its changes are announced once it has committed."""
        self._pending.changes = []
        with self.db.atomic():
            yield
            if self.opened.is_postgres and self._pending.changes:
                self._notify_team(self._pending.changes)  # delivered by PostgreSQL on commit
        changes, self._pending.changes = self._pending.changes, []
        if changes:
            self._tell(changes)

    def _retrying(self, work: Callable[[], object]):
        """Runs a write transaction, again when it failed for a reason that passes.

        A deadlock victim or a serialisation failure runs again at once; a connection
        that is gone (a terminated backend, a restarted server) is dropped and reopened,
        then the whole transaction runs again; SQLite's lock held by someone else is
        waited out past busy_timeout. All for up to WRITE_PATIENCE seconds, then a
        StoreFault with a plain sentence (the ingest keeps retrying beyond that). Work that
        committed just before the connection died may run twice: every write here is
        either idempotent (ingest, marks) or harmless to repeat.

        A ticket or message gone meanwhile (purged, erased, maybe by another workstation)
        is TicketGone, a plain sentence, not a bug.
        """
        deadline = time.monotonic() + WRITE_PATIENCE
        delay = 0.05
        while True:
            try:
                with self._write():
                    return work()
            except (self.m.Ticket.DoesNotExist, self.m.Message.DoesNotExist):
                raise TicketGone("That ticket is no longer in the records (purged or erased).") from None
            except (pw.OperationalError, pw.InterfaceError) as exc:
                reason = classify(exc, self.db)
                if reason is None:
                    raise
                log.warning("write failed (%s); trying again", reason)
                delay = wait_out(self.db, reason, deadline, delay)

    # -- ingest ------------------------------------------------------------------------

    def _message_of(self, account: str, citizen_user_id: int, telegram_id: int):
        m = self.m
        return (m.Message.select(m.Message.id, m.Message.text).join(m.Citizen)
                .where(m.Citizen.account == account,
                       m.Citizen.telegram_user_id == citizen_user_id,
                       m.Message.telegram_id == telegram_id))

    def is_known_message(self, account: str, citizen_user_id: int, telegram_id: int) -> bool:
        """Cheap pre-check so a redelivered file is not downloaded again."""
        return self._message_of(account, citizen_user_id, telegram_id).exists()

    def message_text(self, account: str, citizen_user_id: int, telegram_id: int) -> str | None:
        """The stored text of a Telegram message (in either direction), for reply quotes."""
        row = self._message_of(account, citizen_user_id, telegram_id).first()
        return row.text if row else None

    def ingest(self, inbound: InboundMessage, rules: DeskRules,
               file: StoredFile | RefusedFile | ArrivingFile | None = None) -> IngestResult:
        """File a citizen's message: find or open the ticket, queue automatic replies.

        Idempotent: the same Telegram message delivered twice (or to two workstations at
        once) is stored once, and opens at most one ticket with one opening message.
        """
        return self.ingest_many([(inbound, file)], rules)[0]

    def ingest_many(self, items: list[tuple[InboundMessage, StoredFile | RefusedFile | ArrivingFile | None]],
                    rules: DeskRules) -> list[IngestResult]:
        """Several messages in one transaction (group commit), same rules as `ingest`."""
        try:
            return self._retrying(lambda: [self._ingest(msg, rules, file) for msg, file in items])
        except _Duplicate:
            # Another workstation won a race inside this batch: file each on its own.
            if len(items) == 1:
                return [IngestResult(duplicate=True)]
            return [self.ingest_many([item], rules)[0] for item in items]

    def _ingest(self, inbound: InboundMessage, rules: DeskRules,
                file: StoredFile | RefusedFile | ArrivingFile | None) -> IngestResult:
        sql = self._sql
        citizen_id, language = self._upsert_citizen(inbound, rules)
        # The message's own time decides grace and SLA, not when it is filed (a fault or
        # a night offline may file it hours late); never later than now (a skewed clock).
        written_at = min(inbound.date, self.clock.now())
        ticket, opened = self._active_ticket(citizen_id, language, rules, written_at, inbound.telegram_id)
        if ticket is None:
            return IngestResult(duplicate=True)
        ticket_id, number, status, language, out_of_hours_notified = ticket
        joined_while_closing = status == TicketStatus.CLOSING.value
        quote = inbound.reply_quote
        forward = inbound.forward
        inserted = self._one(sql.insert_message, (
            ticket_id, citizen_id, MessageKind.IN.value, inbound.text,
            json.dumps(inbound.entities) if inbound.entities else None, inbound.telegram_id,
            _utc(inbound.date), inbound.reply_to_telegram_id, quote,
            forward.name if forward else None, _utc(forward.date) if forward and forward.date else None,
            inbound.external_id,
        ))
        if inserted is None:
            if opened:  # a race lost to another workstation: undo the ticket with it
                raise _Duplicate
            return IngestResult(duplicate=True)
        message_id = inserted[0]
        if isinstance(file, ArrivingFile):
            self._attach_arriving(message_id, file)
        elif file is not None:
            self._attach(message_id, file)
        queued: list[int] = []
        # Answers to this message are dated with it, so the thread shows them right after
        # it (Telegram dates have whole seconds; the filing order breaks ties).
        answered_at = inbound.date
        if opened:
            queued.append(self._queue_notice(ticket_id, citizen_id, SystemNotice.OPENING,
                                             rules.opening_notice(number, language), answered_at))
        if not out_of_hours_notified:
            notice = rules.out_of_hours_notice(inbound.date, language)
            if notice is not None:
                queued.append(self._queue_notice(ticket_id, citizen_id, SystemNotice.OUT_OF_HOURS,
                                                 notice, answered_at))
                out_of_hours_notified = True
        if isinstance(file, RefusedFile):
            queued.append(self._queue_notice(ticket_id, citizen_id, SystemNotice.FILE_REFUSED,
                                             rules.refusal_notice(file.file_name, language), answered_at))
        if rules.category_question is not None:  # the citizen chooses it (citizen_choices.py)
            self._category_step(ticket_id, opened, inbound.text, rules)
        preview = inbound.text or (f"[file] {file.file_name}" if file else "")
        self.db.execute_sql(sql.touch_ticket, (_utc(inbound.date), preview[:PREVIEW_CHARS],
                                               bool(out_of_hours_notified), joined_while_closing,
                                               ticket_id))
        self._announce("ticket_opened" if opened else "message_added", ticket_id, message_id)
        return IngestResult(False, ticket_id, number, message_id, opened,
                            joined_while_closing, tuple(queued))

    def _one(self, sql: str, params: tuple):
        return self.db.execute_sql(sql, params).fetchone()

    def _upsert_citizen(self, inbound: InboundMessage, rules: DeskRules) -> tuple[int, str]:
        m = self.m
        who = inbound.citizen
        row = self._one(self._sql.citizen, (inbound.account, who.user_id))
        if row is None:
            m.Citizen.insert(
                account=inbound.account, channel=channel_of(inbound.account), telegram_user_id=who.user_id,
                **name_columns(who.name),
                username=who.username, phone=who.phone, access_hash=who.access_hash,
                language=rules.citizen_language(who.language, inbound.text),
                created_at=self.clock.now(),
            ).on_conflict_ignore().execute()
            row = self._one(self._sql.citizen, (inbound.account, who.user_id))
        citizen_id, name, username, language, rectified, access_hash = row
        new_name = name if rectified or not who.name else who.name  # a rectified name stays
        changes = {}
        if new_name != name or (who.username and who.username != username):
            changes.update(name_columns(new_name), username=who.username or username)
        if who.access_hash is not None and who.access_hash != access_hash:
            changes["access_hash"] = who.access_hash  # the duty holder sends with it
        if changes:
            m.Citizen.update(**changes).where(m.Citizen.id == citizen_id).execute()
        return citizen_id, language

    def _active_ticket(self, citizen_id: int, language: str, rules: DeskRules, written_at: datetime,
                       telegram_id: int):
        """(id, number, status, language, out_of_hours_notified) of the ticket a message
        written at `written_at` belongs to, and whether it was just opened. (None, False)
        when the message is a redelivery that would otherwise open a ticket.

        The message's own date decides (late_messages.py explains the cases): written
        inside a closing ticket's grace, it joins that ticket however late it is filed
        (and a ticket already closed for good goes back to closing); written after the
        grace, the closing ticket is closed for good and a new one opens, dated with the
        message (its SLA runs from when the citizen wrote)."""
        m = self.m
        row = self._one(self._sql.active_ticket, (citizen_id,))
        if row is not None and row[2] == TicketStatus.CLOSING.value:
            closing_at = m.Ticket.closing_at.python_value(row[5])
            if rules.closing.is_final(closing_at, written_at):
                self._finalize(row[0], closing_at, rules)
                row = None
            elif rules.closing.is_final(closing_at, self.clock.now()):
                self._grace_again(row[0])  # written inside the grace, filed after it
        if row is not None:
            return row[:4] + (bool(row[4]),), False
        if self._one(self._sql.known, (citizen_id, telegram_id)):
            return None, False
        revived = self._revive_for_late_message(citizen_id, written_at, rules)
        if revived is not None:
            return revived, False
        at = written_at
        try:
            with self.db.atomic():
                sequence = self._next_sequence(f"ticket:{rules.numbering_year(at)}")
                ticket = m.Ticket.create(
                    number=rules.ticket_number(at, sequence), citizen=citizen_id,
                    status=TicketStatus.OPEN.value, active=True, language=language,
                    opened_at=at, first_response_due=rules.first_response_due(at),
                    last_message_at=at, last_preview="",
                )
            return (ticket.id, ticket.number, ticket.status, ticket.language, False), True
        except pw.IntegrityError:
            # Another workstation opened it first: join theirs.
            row = self._one(self._sql.active_ticket, (citizen_id,))
            return row[:4] + (bool(row[4]),), False

    def _next_sequence(self, name: str) -> int:
        m = self.m
        m.Counter.insert(name=name, value=0).on_conflict_ignore().execute()
        m.Counter.update(value=m.Counter.value + 1).where(m.Counter.name == name).execute()
        return m.Counter.get(m.Counter.name == name).value

    def _finalize(self, ticket_id: int, closing_at: datetime, rules: DeskRules) -> None:
        m = self.m
        closed_at = rules.closing.grace_ends(closing_at)
        m.Ticket.update(status=TicketStatus.CLOSED.value, active=False, closed_at=closed_at) \
            .where(m.Ticket.id == ticket_id).execute()
        # Lead tools hook: the ticket's anonymous figures, kept after the purge.
        write_ticket_stat(m, ticket_id, closed_at, rules)
        self._announce("ticket_changed", ticket_id)

    def _attach(self, message_id: int, file: StoredFile | RefusedFile) -> int:
        if isinstance(file, StoredFile):
            return self.m.Attachment.create(message=message_id, kind=file.kind, file_name=file.file_name,
                                            mime=file.mime, size=file.size, sha256=file.sha256,
                                            stored_path=file.stored_path, kept=True).id
        return self.m.Attachment.create(message=message_id, kind=file.kind, file_name=file.file_name,
                                        mime=file.mime, size=file.size, kept=False, refusal=file.reason).id

    def _queue_notice(self, ticket_id: int, citizen_id: int, notice: SystemNotice, text: str,
                      now: datetime) -> int:
        message = self.m.Message.create(
            ticket=ticket_id, citizen=citizen_id, kind=MessageKind.SYSTEM.value,
            notice=notice.value, text=text, created_at=now, delivery=Delivery.QUEUED.value,
            random_id=new_random_id(),
        )
        return message.id

    def apply_edit(self, edit: InboundEdit) -> bool:
        """Keep what the citizen wrote before, then show the new text. False if unknown."""
        m = self.m

        def work():
            message = (m.Message.select(m.Message).join(m.Citizen)
                       .where(m.Citizen.account == edit.account,
                              m.Citizen.telegram_user_id == edit.citizen_user_id,
                              m.Message.telegram_id == edit.telegram_id).first())
            if message is None or message.text == edit.text:
                return False
            m.MessageEdit.create(message=message.id, previous_text=message.text, replaced_at=edit.date)
            message.text = edit.text
            message.entities = json.dumps(edit.entities) if edit.entities else None
            message.edited_at = edit.date
            message.save()
            self._announce("message_changed", message.ticket_id, message.id)
            return True

        return self._retrying(work)

    def apply_deletion(self, deletion: InboundDeletion) -> int:
        """Mark messages the citizen deleted; the record is kept under the retention rule."""
        m = self.m

        def work():
            rows = list(m.Message.select(m.Message.id, m.Message.ticket).join(m.Citizen)
                        .where(m.Citizen.account == deletion.account,
                               m.Message.telegram_id.in_(deletion.telegram_ids),
                               m.Message.kind == MessageKind.IN.value,
                               m.Message.deleted_at.is_null()))
            for row in rows:
                m.Message.update(deleted_at=deletion.date).where(m.Message.id == row.id).execute()
                self._announce("message_changed", row.ticket_id, row.id)
            return len(rows)

        return self._retrying(work)

    # -- index upkeep and small reads -----------------------------------------------

    def merge_index(self, name: str) -> None:
        """Merge an FTS5 index into one segment: the terms deletes and updates left in
        older segments go (a purge, a rectified name)."""
        self.db.execute_sql(f"INSERT INTO {name}({name}) VALUES ('optimize')")

    def ticket_count(self) -> int:
        return self.m.Ticket.select().count()

    def groups_left(self) -> list[tuple[int, str]]:
        return [(g.chat_id, g.title) for g in self.m.GroupLeft.select().order_by(self.m.GroupLeft.id)]

class _HotPathSql:
    """Hand-written SQL for the per-message ingest path.

    Building these through Peewee's query builder cost about 0.3 ms of Python per
    statement, more than SQLite takes to run them; the strings are made once per store.
    """

    def __init__(self, param: str) -> None:
        p = param
        self.citizen = (f"SELECT id, name, username, language, name_rectified, access_hash FROM citizen "
                        f"WHERE account = {p} AND telegram_user_id = {p}")
        self.known = f"SELECT 1 FROM message WHERE citizen_id = {p} AND telegram_id = {p}"
        self.active_ticket = ("SELECT id, number, status, language, out_of_hours_notified, closing_at "
                              f"FROM ticket WHERE citizen_id = {p} AND active")
        self.insert_message = (
            "INSERT INTO message (ticket_id, citizen_id, kind, text, entities, telegram_id, created_at, "
            "reply_to_telegram_id, reply_quote, forward_from, forward_date, external_id) "
            f"VALUES ({', '.join([p] * 12)}) ON CONFLICT DO NOTHING RETURNING id")
        self.ticket_rows = (
            "SELECT t.id, t.number, t.citizen_id, c.name, c.telegram_user_id, t.language, t.status, "
            "t.category, t.assignee_id, a.login, t.opened_at, t.first_response_due, t.first_response_at, "
            "t.closing_at, t.closed_at, t.last_message_at, t.last_preview, t.unread, "
            "t.citizen_wrote_while_closing, c.channel FROM ticket t JOIN citizen c ON c.id = t.citizen_id "
            "LEFT JOIN agent a ON a.id = t.assignee_id")
        self.touch_ticket = (
            f"UPDATE ticket SET last_message_at = {p}, last_preview = {p}, unread = unread + 1, "
            f"out_of_hours_notified = {p}, "
            f"citizen_wrote_while_closing = (citizen_wrote_while_closing OR {p}) WHERE id = {p}")


def _utc(moment: datetime) -> datetime:
    """What UtcDateTimeField stores: naive UTC."""
    return moment.astimezone(UTC).replace(tzinfo=None)
