"""Filing citizens' messages: a group commit's batch in a few statements, not four each.

A batch (services/group_commit.py: the messages that arrived while the last write ran)
is filed in one transaction. Its citizens are read in one statement (the missing ones
added in one more), their active tickets in one; the tickets it opens take two for the
whole batch (the year's counter moved by their count, then one multi-row INSERT: each
statement a thread hands to SQLite costs it the interpreter lock, which it gets back
only once the event loop's thread lets go of it, ~3 ms in a burst; one INSERT a ticket
was half the store thread's time when 500 citizens wrote at once). The messages, each followed by the automatic answers it gets
(opening, out of hours, file refused), are written in one multi-row INSERT in arrival
order, so ids keep the thread's order within a second (Telegram dates have whole
seconds), and the tickets they touched in one UPDATE … FROM (VALUES …). A message to a
closing ticket writes what waits first: closing it for good counts its messages.

The rules stay the database's: one active ticket per citizen (the partial unique
index: a ticket insert that meets another workstation's rolls the batch back, numbers
and all, and it runs again, joining that ticket), one stored copy per Telegram message
(the unique (citizen, channel_message_id) index: a redelivery is not inserted; one that
opened a ticket or got an automatic answer rolls the batch back to be filed one by one).
A batch that found its citizen or ticket gone when it wrote (the purge deleted them on
another connection between the batch's reads and its inserts: a foreign key refuses the
insert) runs again once, adding the citizen anew.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime

import peewee as pw

from ..domain.channels import channel_of
from ..domain.clock import UTC
from ..domain.messages import Delivery, InboundMessage, MessageKind, SystemNotice
from ..domain.rules import DeskRules
from ..domain.tickets import TicketStatus
from .arriving import ArrivingFile
from .citizen_choices import ASKED
from .folded_names import name_columns
from .many_rows import ManyRows, chunks
from .outbox_queue import new_random_id
from .records import PREVIEW_CHARS, IngestResult, RefusedFile, StoredFile
from .stats import write_ticket_stat

log = logging.getLogger("deskclient.store")

Item = tuple[InboundMessage, StoredFile | RefusedFile | ArrivingFile | None]


class Duplicate(Exception):
    """Raised inside an ingest transaction to roll it back: the message is already stored."""


class Raced(Exception):
    """Raised inside an ingest transaction to roll it back: another workstation opened a
    ticket the batch was opening; run again, the batch joins it."""


@dataclass
class _Active:
    """A citizen's active ticket as the batch has left it so far."""

    id: int
    number: str
    status: str
    language: str
    out_of_hours_notified: bool
    closing_at: datetime | None


class Filing(ManyRows):
    """TicketStore mixin: `ingest_many` and what it needs."""

    def ingest(self, inbound: InboundMessage, rules: DeskRules,
               file: StoredFile | RefusedFile | ArrivingFile | None = None) -> IngestResult:
        """File a citizen's message: find or open the ticket, queue automatic replies.

        Idempotent: the same Telegram message delivered twice (or to two workstations at
        once) is stored once, and opens at most one ticket with one opening message.
        """
        return self.ingest_many([(inbound, file)], rules)[0]

    def ingest_many(self, items: list[Item], rules: DeskRules) -> list[IngestResult]:
        """Several messages in one transaction (group commit), same rules as `ingest`."""
        try:
            try:
                return self._retrying(lambda: self._ingest_batch(items, rules))
            except (Raced, pw.IntegrityError) as exc:
                if isinstance(exc, pw.IntegrityError) and not _gone_meanwhile(exc):
                    raise
                # Once: what another connection changed is read this time (a second
                # failure is the caller's, as any other).
                log.info("a batch met another connection's change (%s); filing it again", type(exc).__name__)
                return self._retrying(lambda: self._ingest_batch(items, rules))
        except Duplicate:
            # Another workstation won a race inside this batch: file each on its own.
            if len(items) == 1:
                return [IngestResult(duplicate=True)]
            return [self.ingest_many([item], rules)[0] for item in items]

    def _ingest_batch(self, items: list[Item], rules: DeskRules) -> list[IngestResult]:
        citizens = self._citizens_for([inbound for inbound, _ in items], rules)
        tickets = self._active_tickets_of([cid for cid, _, _ in citizens.values()])
        results: list[IngestResult | None] = [None] * len(items)
        waiting = _Waiting()
        for index, (inbound, file) in enumerate(items):
            citizen_id, language, new = citizens[(inbound.account, inbound.citizen.address)]
            if (citizen_id, inbound.channel_message_id) in waiting.keys:  # twice in this batch
                results[index] = IngestResult(duplicate=True)
                continue
            # The message's own time decides grace and SLA, not when it is filed (a fault
            # or a night offline may file it hours late); never later than now (a skewed
            # clock).
            written_at = min(inbound.date, self.clock.now())
            known = tickets.get(citizen_id)
            if known is not None and known.status != TicketStatus.OPEN.value:
                # A closing ticket may be closed for good now (its figures count its
                # messages) or get a fresh grace: what waits is written first.
                self._file_waiting(waiting, results, rules)
            ticket, opened = self._ticket_for(tickets, citizen_id, new, language, rules, written_at,
                                              inbound.channel_message_id, waiting)
            if ticket is None:
                results[index] = IngestResult(duplicate=True)
                continue
            waiting.add(index, inbound, file, citizen_id, ticket, opened, rules)
        self._file_waiting(waiting, results, rules)
        return results

    # -- citizens and their tickets, for a whole batch -----------------------------

    def _citizens_for(self, messages: list[InboundMessage], rules: DeskRules) -> dict:
        """(account, user id) → (citizen id, language, added now); a new citizen is added
        with the language of their first message, a changed name, username or access
        hash is kept (a rectified name stays), each in one statement for the batch."""
        wanted: dict[tuple[str, int], InboundMessage] = {}
        for inbound in messages:
            wanted.setdefault((inbound.account, inbound.citizen.address), inbound)
        rows = self._citizen_rows(wanted)
        missing = [inbound for key, inbound in wanted.items() if key not in rows]
        if missing:
            now = self.clock.now()
            languages = rules.citizen_languages([(i.citizen.language, i.text) for i in missing])
            self.m.Citizen.insert_many([dict(
                account=inbound.account, channel=channel_of(inbound.account), address=inbound.citizen.address,
                **name_columns(inbound.citizen.name), username=inbound.citizen.username,
                phone=inbound.citizen.phone, access_hash=inbound.citizen.access_hash,
                language=language, created_at=now)
                for inbound, language in zip(missing, languages)]).on_conflict_ignore().execute()
            rows.update(self._citizen_rows({(i.account, i.citizen.address): i for i in missing}))
        latest = {}
        for inbound in messages:  # each message's identity in turn, as Telegram gave it
            key = (inbound.account, inbound.citizen.address)
            latest[key] = _identity_after(latest.get(key) or rows[key][1:], inbound)
        for key, (name, username, _, _, access_hash) in latest.items():
            citizen_id, *stored = rows[key]
            changes = {}
            if (name, username) != (stored[0], stored[1]):
                changes.update(name_columns(name), username=username)
            if access_hash != stored[4]:
                changes["access_hash"] = access_hash  # the duty holder sends with it
            if changes:
                self.m.Citizen.update(**changes).where(self.m.Citizen.id == citizen_id).execute()
        added = {(i.account, i.citizen.address) for i in missing}
        return {key: (row[0], row[3], key in added) for key, row in rows.items()}

    def _citizen_rows(self, wanted) -> dict:
        """(account, user id) → (id, name, username, language, name_rectified, access_hash)."""
        p = self.db.param
        rows = {}
        by_account: dict[str, list[int]] = {}
        for account, address in wanted:
            by_account.setdefault(account, []).append(address)
        for account, addresses in by_account.items():
            for chunk in chunks(addresses, self._params_per_statement - 1):
                among, values = self._among(chunk)
                for row in self.db.execute_sql(
                        "SELECT address, id, name, username, language, name_rectified, access_hash "
                        f"FROM citizen WHERE account = {p} AND address {among}",
                        (account, *values)).fetchall():
                    rows[(account, row[0])] = row[1:]
        return rows

    def _active_tickets_of(self, citizen_ids: list[int]) -> dict[int, _Active]:
        closing_at = self.m.Ticket.closing_at.python_value
        tickets = {}
        for chunk in chunks(citizen_ids, self._params_per_statement):
            among, values = self._among(chunk)
            for row in self.db.execute_sql(
                    "SELECT citizen_id, id, number, status, language, out_of_hours_notified, closing_at "
                    f"FROM ticket WHERE active AND citizen_id {among}", values).fetchall():
                tickets[row[0]] = _Active(row[1], row[2], row[3], row[4], bool(row[5]),
                                          closing_at(row[6]) if row[6] is not None else None)
        return tickets

    def _ticket_for(self, tickets: dict[int, _Active], citizen_id: int, new_citizen: bool, language: str,
                    rules: DeskRules, written_at: datetime, channel_message_id: int,
                    waiting: _Waiting) -> tuple[_Active | None, bool]:
        """The ticket a message written at `written_at` belongs to, and whether it was
        just opened (then it waits in `waiting.opening` for its id and number); (None,
        False) when the message is a redelivery that would otherwise open a ticket.
        `tickets` follows what the batch did.

        The message's own date decides (late_messages.py explains the cases): written
        inside a closing ticket's grace, it joins that ticket however late it is filed
        (and a ticket already closed for good goes back to closing); written after the
        grace, the closing ticket is closed for good and a new one opens, dated with the
        message (its SLA runs from when the citizen wrote)."""
        ticket = tickets.get(citizen_id)
        if ticket is not None and ticket.status == TicketStatus.CLOSING.value:
            if rules.closing.is_final(ticket.closing_at, written_at):
                self._finalize(ticket.id, ticket.closing_at, rules)
                del tickets[citizen_id]  # closed for good: no longer active
                ticket = None
            elif rules.closing.is_final(ticket.closing_at, self.clock.now()):
                self._grace_again(ticket.id)  # written inside the grace, filed after it
                ticket.closing_at = self.clock.now()
        if ticket is not None:
            return ticket, False
        if not new_citizen:  # a citizen added in this batch has neither messages nor tickets
            if self.db.execute_sql(f"SELECT 1 FROM message WHERE citizen_id = {self.db.param} "
                                   f"AND channel_message_id = {self.db.param}", (citizen_id, channel_message_id)).fetchone():
                return None, False
            revived = self._revive_for_late_message(citizen_id, written_at, rules)
            if revived is not None:
                tickets[citizen_id] = _Active(*revived, closing_at=self.clock.now())
                return tickets[citizen_id], False
        # Opened with the batch's other new tickets, before its messages are written.
        ticket = tickets[citizen_id] = _Active(None, "", TicketStatus.OPEN.value, language, False, None)
        waiting.opening.append((ticket, citizen_id, written_at))
        return ticket, True

    def _open_waiting(self, waiting: _Waiting, rules: DeskRules) -> None:
        """The tickets the waiting messages open, numbered in arrival order from each
        year's counter (moved once by their count) and inserted in one statement; ids
        and numbers are set on their `_Active`. Raced when another workstation opened
        one of them meanwhile (this transaction then rolls back, its numbers with it)."""
        if not waiting.opening:
            return
        years: dict[str, list] = {}
        for opening in waiting.opening:
            years.setdefault(f"ticket:{rules.numbering_year(opening[2])}", []).append(opening)
        for counter, openings in years.items():
            last = self._next_sequence(counter, len(openings))
            for sequence, (ticket, _, at) in enumerate(openings, start=last - len(openings) + 1):
                ticket.number = rules.ticket_number(at, sequence)
        asked = ASKED if rules.category_question is not None else None  # its opening message asks
        rows = [(ticket.number, citizen_id, TicketStatus.OPEN.value, True, ticket.language, asked, _utc(at),
                 _utc(rules.first_response_due(at)), _utc(at), "", False, False, 0)
                for ticket, citizen_id, at in waiting.opening]
        ids = dict(self._insert_new("ticket", _TICKET_COLUMNS, _TICKET_TYPES, rows, "citizen_id, id"))
        for ticket, citizen_id, _ in waiting.opening:
            if citizen_id not in ids:
                raise Raced
            ticket.id = ids[citizen_id]
        waiting.opening.clear()

    def _next_sequence(self, name: str, count: int = 1) -> int:
        """The counter moved by `count`, in one statement (the row is made the first
        time); its new value, the last of the `count` numbers taken."""
        p = self.db.param
        sql = f"UPDATE counter SET value = value + {p} WHERE name = {p} RETURNING value"
        row = self.db.execute_sql(sql, (count, name)).fetchone()
        if row is None:
            self.m.Counter.insert(name=name, value=0).on_conflict_ignore().execute()
            row = self.db.execute_sql(sql, (count, name)).fetchone()
        return row[0]

    def _finalize(self, ticket_id: int, closing_at: datetime, rules: DeskRules) -> None:
        m = self.m
        closed_at = rules.closing.grace_ends(closing_at)
        m.Ticket.update(status=TicketStatus.CLOSED.value, active=False, closed_at=closed_at) \
            .where(m.Ticket.id == ticket_id).execute()
        # Lead tools hook: the ticket's anonymous figures, kept after the purge.
        write_ticket_stat(m, ticket_id, closed_at, rules)
        self._announce("ticket_changed", ticket_id)

    # -- writing messages --------------------------------------------------------------

    def _file_waiting(self, waiting: _Waiting, results: list, rules: DeskRules) -> None:
        """The waiting messages and their automatic answers in one multi-row INSERT (in
        arrival order, so ids keep the thread's order), then their files, category steps
        and tickets' touches; `waiting` is emptied. A redelivery is left out by the
        unique index; one that came with an automatic answer or opened a ticket can only
        be another workstation's race: the batch is rolled back and filed one by one."""
        if not waiting.entries:
            return
        self._open_waiting(waiting, rules)
        ids: dict[tuple, int] = {}
        for message_id, citizen_id, channel_message_id, random_id in self._insert_new(
                "message", _ROW_COLUMNS, _ROW_TYPES, waiting.rows(rules),
                "id, citizen_id, channel_message_id, random_id"):
            ids[(citizen_id, channel_message_id) if random_id is None else random_id] = message_id
        touched: dict[int, list] = {}  # ticket id -> [last date, preview, count, ooh, while closing]
        for index, inbound, file, citizen_id, ticket, opened, closing, notices in waiting.entries:
            message_id = ids.get((citizen_id, inbound.channel_message_id))
            if message_id is None:
                if notices or opened:
                    raise Duplicate
                results[index] = IngestResult(duplicate=True)
                continue
            if isinstance(file, ArrivingFile):
                self._attach_arriving(message_id, file)
            elif file is not None:
                self._attach(message_id, file)
            if rules.category_question is not None and not opened:  # their answer (citizen_choices.py)
                self._category_step(ticket.id, opened, inbound.text, rules)
            touch = touched.setdefault(ticket.id, [None, "", 0, False, False])
            preview = inbound.text or (f"[file] {file.file_name}" if file else "")
            touch[0], touch[1] = _utc(inbound.date), preview[:PREVIEW_CHARS]
            touch[2] += 1
            touch[4] = touch[4] or closing
            self._announce("ticket_opened" if opened else "message_added", ticket.id, message_id)
            results[index] = IngestResult(False, ticket.id, ticket.number, message_id, opened, closing,
                                          tuple(ids[random_id] for _, _, random_id in notices))
        for ticket in waiting.tickets.values():
            if ticket.id in touched:
                touched[ticket.id][3] = ticket.out_of_hours_notified
        waiting.clear()
        self._touch_tickets([(ticket_id, *touch) for ticket_id, touch in touched.items()])

    def _touch_tickets(self, rows: list[tuple]) -> None:
        """(ticket id, last message date, preview, new messages, out-of-hours notified,
        written while closing) for each ticket, in one UPDATE."""
        for chunk in chunks(rows, self._params_per_statement // 6):
            table, params = self._table(chunk, ("bigint", "timestamp", "text", "integer", "boolean", "boolean"))
            self.db.execute_sql(
                "UPDATE ticket SET last_message_at = v.column2, last_preview = v.column3, "
                "unread = unread + v.column4, out_of_hours_notified = v.column5, "
                "citizen_wrote_while_closing = (citizen_wrote_while_closing OR v.column6) "
                f"FROM {table} WHERE ticket.id = v.column1", params)

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


_ROW_COLUMNS = ("ticket_id", "citizen_id", "kind", "text", "entities", "channel_message_id", "created_at",
                "reply_to_channel_message_id", "reply_quote", "forward_from", "forward_date", "external_id",
                "notice", "delivery", "random_id")


_TICKET_COLUMNS = ("number", "citizen_id", "status", "active", "language", "category_choice", "opened_at",
                   "first_response_due", "last_message_at", "last_preview", "out_of_hours_notified",
                   "citizen_wrote_while_closing", "unread")
_TICKET_TYPES = ("text", "bigint", "text", "boolean", "text", "text", "timestamp", "timestamp", "timestamp", "text",
                 "boolean", "boolean", "integer")  # PostgreSQL's, for unnest


class _Waiting:
    """The messages to write (each then followed by its automatic answers), the tickets
    they open, and what each filed message needs once it has its id. The rows are made
    at the write: a ticket opened here has its id and number only then."""

    def __init__(self) -> None:
        self.entries: list[tuple] = []
        self.keys: set[tuple[int, int]] = set()  # (citizen id, channel message id)
        self.tickets: dict[int, _Active] = {}  # by id(): an opening ticket has no id yet
        self.opening: list[tuple[_Active, int, datetime]] = []  # (ticket, citizen id, opened at)
        # (date, language) -> the out-of-hours notice or None: a burst's messages share
        # their second, and reading the service hours was the batch's costliest Python.
        self._out_of_hours: dict[tuple[datetime, str], str | None] = {}

    def clear(self) -> None:
        self.entries.clear()
        self.keys.clear()
        self.tickets.clear()

    def add(self, index: int, inbound: InboundMessage, file, citizen_id: int, ticket: _Active, opened: bool,
            rules: DeskRules) -> None:
        # (notice, its text, random id); the opening's text is written with the number.
        notices = []
        if opened:
            notices.append((SystemNotice.OPENING, None, new_random_id()))
        if not ticket.out_of_hours_notified:
            key = (inbound.date, ticket.language)
            if key not in self._out_of_hours:
                self._out_of_hours[key] = rules.out_of_hours_notice(inbound.date, ticket.language)
            notice = self._out_of_hours[key]
            if notice is not None:
                notices.append((SystemNotice.OUT_OF_HOURS, notice, new_random_id()))
                ticket.out_of_hours_notified = True
        if isinstance(file, RefusedFile):
            notices.append((SystemNotice.FILE_REFUSED, rules.refusal_notice(file.file_name, ticket.language),
                            new_random_id()))
        self.entries.append((index, inbound, file, citizen_id, ticket, opened,
                             ticket.status == TicketStatus.CLOSING.value, tuple(notices)))
        self.keys.add((citizen_id, inbound.channel_message_id))
        self.tickets[id(ticket)] = ticket

    def rows(self, rules: DeskRules) -> list[tuple]:
        """The message rows in arrival order, each message's automatic answers right
        after it, dated with it (Telegram dates have whole seconds; the filing order
        breaks ties, so the thread shows them right after it)."""
        rows = []
        for _, inbound, _, citizen_id, ticket, _, _, notices in self.entries:
            forward = inbound.forward
            date = _utc(inbound.date)
            rows.append((
                ticket.id, citizen_id, MessageKind.IN.value, inbound.text,
                json.dumps(inbound.entities) if inbound.entities else None, inbound.channel_message_id,
                date, inbound.reply_to_channel_message_id, inbound.reply_quote,
                forward.name if forward else None, _utc(forward.date) if forward and forward.date else None,
                inbound.external_id, None, None, None))
            for kind, text, random_id in notices:
                if text is None:
                    text = rules.opening_notice(ticket.number, ticket.language)
                rows.append((ticket.id, citizen_id, MessageKind.SYSTEM.value, text, None, None, date,
                             None, None, None, None, None, kind.value, Delivery.QUEUED.value, random_id))
        return rows


_ROW_TYPES = ("bigint", "bigint", "text", "text", "text", "bigint", "timestamp", "bigint", "text", "text",
              "timestamp", "text", "text", "text", "bigint")  # PostgreSQL's, for unnest


def _identity_after(stored: tuple, inbound: InboundMessage) -> tuple:
    """(name, username, language, name_rectified, access_hash) once this message's
    sender is taken in: a rectified name stays, a missing name or username keeps the
    stored one."""
    name, username, language, rectified, access_hash = stored
    who = inbound.citizen
    new_name = name if rectified or not who.name else who.name
    if new_name != name or (who.username and who.username != username):
        name, username = new_name, who.username or username
    if who.access_hash is not None:
        access_hash = who.access_hash
    return name, username, language, rectified, access_hash


def _gone_meanwhile(exc: pw.IntegrityError) -> bool:
    """A foreign key refused an insert: the citizen or ticket the batch had read was
    deleted on another connection (the purge) before the batch wrote."""
    cause = getattr(exc, "orig", None) or exc  # the driver's own exception
    return type(cause).__name__ == "ForeignKeyViolation" or "FOREIGN KEY constraint failed" in str(cause)


def _utc(moment: datetime) -> datetime:
    """What UtcDateTimeField stores: naive UTC."""
    return moment.astimezone(UTC).replace(tzinfo=None)
