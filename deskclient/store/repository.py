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
from typing import Callable, Iterator

import peewee as pw

from ..domain.clock import Clock
from ..domain.messages import (
    InboundDeletion, InboundEdit, MessageKind,
)
from ..errors import TicketGone
from .agents import AgentsAndAudit
from .arriving import ArrivingAttachments
from .broadcasts import BroadcastStore
from .canned import CannedReplies
from .channel_posts import ChannelPosts
from .citizen_choices import CitizenChoices
from .citizen_reads import CitizenReads
from .database import OpenedDatabase
from .faults import WRITE_PATIENCE, classify, wait_out
from .file_chunks import FileChunks
from .filing import Filing
from .groups import GroupLeaves
from .history_deletes import HistoryDeletes
from .late_messages import LateMessages
from .migrations import migrate
from .models import bind_models
from .outbox_queue import OutboxQueue
from .presence import ReadReceipts
from .delivery_status import DeliveryStatuses
from .queue_reads import QueueReads
from .records import Change
from .sent_changes import SentChanges
from .service_nodes import ServiceNodes
from .subscriptions import SubscriptionStore
from .thread_reads import ThreadReads
from .ticket_actions import TicketActions

log = logging.getLogger("deskclient.store")

_NOTIFY_CHUNK = 60


class TicketStore(Filing, TicketActions, QueueReads, ThreadReads, AgentsAndAudit, CannedReplies, OutboxQueue,
                  ServiceNodes, ArrivingAttachments, FileChunks, LateMessages, GroupLeaves, SentChanges,
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

    def _message_of(self, account: str, citizen_address: int, channel_message_id: int):
        m = self.m
        return (m.Message.select(m.Message.id, m.Message.text).join(m.Citizen)
                .where(m.Citizen.account == account,
                       m.Citizen.address == citizen_address,
                       m.Message.channel_message_id == channel_message_id))

    def is_known_message(self, account: str, citizen_address: int, channel_message_id: int) -> bool:
        """Cheap pre-check so a redelivered file is not downloaded again."""
        return self._message_of(account, citizen_address, channel_message_id).exists()

    def message_text(self, account: str, citizen_address: int, channel_message_id: int) -> str | None:
        """The stored text of a Telegram message (in either direction), for reply quotes."""
        row = self._message_of(account, citizen_address, channel_message_id).first()
        return row.text if row else None

    def apply_edit(self, edit: InboundEdit) -> bool:
        """Keep what the citizen wrote before, then show the new text. False if unknown."""
        m = self.m

        def work():
            message = (m.Message.select(m.Message).join(m.Citizen)
                       .where(m.Citizen.account == edit.account,
                              m.Citizen.address == edit.citizen_address,
                              m.Message.channel_message_id == edit.channel_message_id).first())
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
                               m.Message.channel_message_id.in_(deletion.channel_message_ids),
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
    """Hand-written SQL for the queue's rows (store/queue_reads.py).

    Building it through Peewee's query builder cost about 0.3 ms of Python per
    statement, more than SQLite takes to run it; the string is made once per store.
    """

    def __init__(self, param: str) -> None:
        self.ticket_rows = (
            "SELECT t.id, t.number, t.citizen_id, c.name, c.address, t.language, t.status, "
            "t.category, t.assignee_id, a.login, t.opened_at, t.first_response_due, t.first_response_at, "
            "t.closing_at, t.closed_at, t.last_message_at, t.last_preview, t.unread, "
            "t.citizen_wrote_while_closing, c.channel FROM ticket t JOIN citizen c ON c.id = t.citizen_id "
            "LEFT JOIN agent a ON a.id = t.assignee_id")

