"""Broadcasts in the store: composed, expanded, sent by the duty holder, reported, purged.

Subscriptions and their confirmations: store/subscriptions.py.

- A broadcast is composed (its texts per language, topics, time, file) and, once due,
  *expanded* by the duty holder: one recipient row per matching subscriber, each with
  its own random_id, in the transaction that marks the broadcast as sending. So a crash
  or a takeover mid-broadcast finds the same rows and the same random_ids: Telegram
  answers a resend with RANDOM_ID_DUPLICATE, nobody gets a second copy, and nobody is
  skipped (a row stays queued until its send is recorded).
- A subscriber who leaves (or blocked the account) is erased: their subscriber row goes
  and their recipient rows lose the address; queued ones become `left`.

A mixin of TicketStore: it uses `self.m`, `self.db`, `self.clock`, `self._retrying`,
`self._announce` and `self._audit`. Changes announced (ticket id 0): "list_changed"
(a subscription or a notice queued), "broadcast_queued" (composed, cancelled: the
sender looks), "broadcast_changed" (progress; message id = the broadcast's id).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Iterator

import peewee as pw

from ..domain.channels import channel_of
from ..domain.pacing import retry_delay
from ..domain.subscriptions import topics_of, topics_text
from ..errors import TicketConflict
from .broadcast_records import (
    CANCELLED,
    DONE,
    FAILED,
    LEFT,
    QUEUED,
    SCHEDULED,
    SENDING,
    SENT,
    SKIPPED,
    BroadcastFigures,
    BroadcastFile,
    BroadcastRow,
    FailureCount,
    ListSend,
    RecipientRow,
)
from .file_chunks import CHUNK_BYTES
from .outbox_queue import new_random_id
from .records import PREVIEW_CHARS
from .subscriptions import INSERT_BATCH


class BroadcastStore:
    """Composing, reading, sending and purging broadcasts (and sending list notices)."""

    # -- composing -----------------------------------------------------------------------

    def create_broadcast(self, texts: dict[str, tuple[str, list[dict] | None]], default_language: str,
                         topics: tuple[str, ...], send_at: datetime, created_by: int | None,
                         file: BroadcastFile | None = None, file_source: Path | None = None,
                         channel: str | None = None, channel_text: tuple[str, list[dict]] | None = None) -> int:
        """A broadcast, due at `send_at`; with `file_source` (team mode) its file's bytes
        go into the store with it, so whichever process holds the duty can send it. With
        `channel` (a username), it is posted there too (store/channel_posts.py): the post's
        `channel_text` (services/channel_posts.channel_text), else its default text."""
        m = self.m
        now = self.clock.now()

        def work() -> int:
            broadcast = m.Broadcast.create(
                created_at=now, created_by=created_by, topics=topics_text(topics), default_language=default_language,
                send_at=send_at, state=SCHEDULED,
                file_name=file.name if file else None, file_kind=file.kind if file else None,
                file_size=file.size if file else None, file_sha256=file.sha256 if file else None,
                file_path=file.path if file else None)
            for language, (text, entities) in texts.items():
                m.BroadcastText.create(broadcast=broadcast.id, language=language, text=text,
                                       entities=json.dumps(entities) if entities else None)
            if file is not None and file_source is not None:
                self._put_broadcast_chunks(broadcast.id, file_source)
            if channel:
                self._add_channel_post(broadcast.id, channel, default_language,
                                       *(channel_text or texts[default_language]))
            self._audit("broadcast_created", created_by, None,
                        f"broadcast {broadcast.id} to {', '.join(topics) or 'no list'} in {', '.join(texts)}"
                        + (f", on @{channel}" if channel else ""))
            self._announce("broadcast_queued", 0, broadcast.id)
            return broadcast.id

        return self._retrying(work)

    def _put_broadcast_chunks(self, broadcast_id: int, source: Path) -> None:
        p = self.db.param
        with source.open("rb") as fh:
            seq = 0
            while data := fh.read(CHUNK_BYTES):
                self.db.execute_sql(f"INSERT INTO broadcast_chunk (broadcast_id, seq, data) VALUES ({p}, {p}, {p})",
                                    (broadcast_id, seq, data))
                seq += 1
        self.m.Broadcast.update(file_in_store=True).where(self.m.Broadcast.id == broadcast_id).execute()

    def iter_broadcast_chunks(self, broadcast_id: int) -> Iterator[bytes]:
        """The broadcast file's bytes in order, one row per query."""
        p = self.db.param
        seq = -1
        while True:
            row = self.db.execute_sql(f"SELECT seq, data FROM broadcast_chunk WHERE broadcast_id = {p} "
                                      f"AND seq > {p} ORDER BY seq LIMIT 1", (broadcast_id, seq)).fetchone()
            if row is None:
                return
            seq = row[0]
            yield bytes(row[1])

    def cancel_broadcast(self, broadcast_id: int, by: int | None) -> None:
        """Stops a scheduled or sending broadcast: whoever was not sent yet is not."""
        m = self.m
        now = self.clock.now()

        def work():
            changed = m.Broadcast.update(state=CANCELLED, finished_at=now) \
                .where(m.Broadcast.id == broadcast_id, m.Broadcast.state.in_([SCHEDULED, SENDING])).execute()
            if not changed:
                raise TicketConflict("Only a broadcast that is scheduled or being sent can be cancelled.")
            m.BroadcastRecipient.update(state=SKIPPED).where(m.BroadcastRecipient.broadcast == broadcast_id,
                                                             m.BroadcastRecipient.state == QUEUED).execute()
            self._cancel_channel_post(broadcast_id)
            self._audit("broadcast_cancelled", by, None, f"broadcast {broadcast_id}")
            self._announce("broadcast_queued", 0, broadcast_id)

        self._retrying(work)

    # -- reading -------------------------------------------------------------------------

    def broadcasts(self, limit: int = 100, before_id: int | None = None) -> list[BroadcastRow]:
        """The latest broadcasts first, with their figures."""
        m = self.m
        query = m.Broadcast.select().order_by(m.Broadcast.id.desc()).limit(limit)
        if before_id is not None:
            query = query.where(m.Broadcast.id < before_id)
        return self._broadcast_rows(list(query))

    def broadcast(self, broadcast_id: int) -> BroadcastRow:
        rows = self._broadcast_rows(list(self.m.Broadcast.select().where(self.m.Broadcast.id == broadcast_id)))
        if not rows:
            raise TicketConflict("This broadcast does not exist.")
        return rows[0]

    def broadcast_figures(self, broadcast_id: int) -> BroadcastFigures:
        b = self.m.Broadcast.get_or_none(self.m.Broadcast.id == broadcast_id)
        if b is not None and b.summary:
            return BroadcastFigures(**json.loads(b.summary)["figures"])
        return self._figures([broadcast_id]).get(broadcast_id, BroadcastFigures())

    def _figures(self, ids: list[int]) -> dict[int, BroadcastFigures]:
        m = self.m
        r = m.BroadcastRecipient
        counts: dict[int, dict[str, int]] = {}
        if not ids:
            return {}
        for broadcast_id, state, unsubscribed, count in (
                r.select(r.broadcast, r.state, r.unsubscribed, _count(r.id)).where(r.broadcast.in_(ids))
                .group_by(r.broadcast, r.state, r.unsubscribed).tuples()):
            c = counts.setdefault(broadcast_id, {})
            c[state] = c.get(state, 0) + count
            if unsubscribed:
                c["unsubscribed"] = c.get("unsubscribed", 0) + count
        return {b: BroadcastFigures(total=sum(v for k, v in c.items() if k != "unsubscribed"),
                                    queued=c.get(QUEUED, 0), sent=c.get(SENT, 0), failed=c.get(FAILED, 0),
                                    left=c.get(LEFT, 0), cancelled=c.get(SKIPPED, 0),
                                    unsubscribed=c.get("unsubscribed", 0))
                for b, c in counts.items()}

    def _broadcast_rows(self, rows) -> list[BroadcastRow]:
        m = self.m
        ids = [b.id for b in rows]
        figures = self._figures(ids)
        texts: dict[int, dict[str, str]] = {}
        if ids:
            for broadcast_id, language, text in (m.BroadcastText.select(m.BroadcastText.broadcast,
                                                                        m.BroadcastText.language,
                                                                        m.BroadcastText.text)
                                                 .where(m.BroadcastText.broadcast.in_(ids)).tuples()):
                texts.setdefault(broadcast_id, {})[language] = text
        names = dict(m.Agent.select(m.Agent.id, m.Agent.display_name)
                     .where(m.Agent.id.in_([b.created_by_id for b in rows if b.created_by_id])).tuples()) \
            if any(b.created_by_id for b in rows) else {}
        out = []
        for b in rows:
            own = texts.get(b.id, {})
            languages = tuple([b.default_language] + sorted(lang for lang in own if lang != b.default_language))
            out.append(BroadcastRow(
                id=b.id, created_at=b.created_at, created_by=names.get(b.created_by_id), topics=topics_of(b.topics),
                languages=languages, default_language=b.default_language, send_at=b.send_at, state=b.state,
                started_at=b.started_at, finished_at=b.finished_at,
                preview=own.get(b.default_language, "")[:PREVIEW_CHARS], file_name=b.file_name,
                figures=BroadcastFigures(**json.loads(b.summary)["figures"]) if b.summary else
                figures.get(b.id, BroadcastFigures()), recipients_purged=bool(b.recipients_purged),
                waits_for=topics_of(b.waits_for) if b.state == SENDING else ()))
        return out

    def broadcast_texts(self, broadcast_id: int) -> dict[str, tuple[str, list[dict]]]:
        """language -> (text, formatting entities)."""
        m = self.m
        return {t.language: (t.text, json.loads(t.entities) if t.entities else [])
                for t in m.BroadcastText.select().where(m.BroadcastText.broadcast == broadcast_id)}

    def broadcast_file(self, broadcast_id: int) -> tuple[BroadcastFile | None, bool]:
        """The broadcast's file, and whether its bytes are in the shared store."""
        b = self.m.Broadcast.get_by_id(broadcast_id)
        if not b.file_name:
            return None, False
        return BroadcastFile(b.file_name, b.file_kind, b.file_size, b.file_sha256, b.file_path), bool(b.file_in_store)

    def broadcast_failures(self, broadcast_id: int) -> list[FailureCount]:
        """Failures by reason, most frequent first."""
        b = self.m.Broadcast.get_or_none(self.m.Broadcast.id == broadcast_id)
        if b is not None and b.summary:
            return [FailureCount(**f) for f in json.loads(b.summary)["failures"]]
        r = self.m.BroadcastRecipient
        rows = (r.select(r.reason, r.unsubscribed, _count(r.id))
                .where(r.broadcast == broadcast_id, r.state == FAILED).group_by(r.reason, r.unsubscribed).tuples())
        merged: dict[str, list[int]] = {}
        for reason, unsubscribed, count in rows:
            entry = merged.setdefault(reason or "", [0, 0])
            entry[0] += count
            entry[1] += count if unsubscribed else 0
        return sorted((FailureCount(reason, c, u) for reason, (c, u) in merged.items()),
                      key=lambda f: (-f.count, f.reason))

    def recipient_rows(self, broadcast_id: int, after_id: int = 0, limit: int = 1000) -> list[RecipientRow]:
        r = self.m.BroadcastRecipient
        query = (r.select(r.id, r.language, r.state, r.reason, r.unsubscribed, r.sent_at, r.attempts)
                 .where(r.broadcast == broadcast_id, r.id > after_id).order_by(r.id).limit(limit))
        return [RecipientRow(x.id, x.language, x.state, x.reason, bool(x.unsubscribed), x.sent_at, x.attempts)
                for x in query]

    # -- sending (the duty holder) ---------------------------------------------------------

    def expand_due_broadcasts(self, now: datetime, account: str | Sequence[str],
                              waiting: Sequence[str] = ()) -> list[int]:
        """Every scheduled broadcast whose time has come gets its recipients (the
        subscribers of `account` to any of its topics, at this moment; of each of the
        desk's accounts when given several: Telegram's and WhatsApp's) and is sending.
        `waiting`: the desk's channels whose account is not known yet (Telegram still
        connecting): the broadcast waits for them (`add_joined_channels`), it is not done
        without their subscribers. One transaction per broadcast: its rows exist in full
        or not at all."""
        accounts = [account] if isinstance(account, str) else list(account)
        m = self.m
        due = [b.id for b in m.Broadcast.select(m.Broadcast.id)
               .where(m.Broadcast.state == SCHEDULED, m.Broadcast.send_at <= now).order_by(m.Broadcast.id)]
        expanded = []
        for broadcast_id in due:
            if self._retrying(lambda: self._expand(broadcast_id, now, accounts, tuple(waiting))):
                expanded.append(broadcast_id)
        return expanded

    def _expand(self, broadcast_id: int, now: datetime, accounts: list[str], waiting: tuple[str, ...]) -> bool:
        m = self.m
        broadcast = m.Broadcast.get_or_none(m.Broadcast.id == broadcast_id)
        if broadcast is None or broadcast.state != SCHEDULED:
            return False  # expanded (or cancelled) meanwhile
        added = self._add_recipients(broadcast, accounts)
        state, finished = (SENDING, None) if added or waiting else (DONE, now)
        m.Broadcast.update(state=state, account=accounts[0], started_at=now, finished_at=finished,
                           waits_for=topics_text(waiting) if waiting else None) \
            .where(m.Broadcast.id == broadcast_id).execute()
        self._announce("broadcast_changed", 0, broadcast_id)
        return True

    def _add_recipients(self, broadcast, accounts: Sequence[str]) -> int:
        """One queued row per subscriber of `accounts` to any of the broadcast's topics,
        each with its random_id; how many."""
        m = self.m
        languages = {t.language for t in m.BroadcastText.select(m.BroadcastText.language)
                     .where(m.BroadcastText.broadcast == broadcast.id)}
        subscribers = (m.Subscriber.select(m.Subscriber.address, m.Subscriber.access_hash,
                                           m.Subscriber.language, m.Subscriber.account)
                       .where(m.Subscriber.account.in_(list(accounts)), self._any_topic(topics_of(broadcast.topics)))
                       .order_by(m.Subscriber.id).tuples())
        rows = [dict(broadcast=broadcast.id, address=user, access_hash=access_hash,
                     language=language if language in languages else broadcast.default_language,
                     random_id=new_random_id(), state=QUEUED, account=at)
                for user, access_hash, language, at in subscribers]
        for start in range(0, len(rows), INSERT_BATCH):
            m.BroadcastRecipient.insert_many(rows[start:start + INSERT_BATCH]).on_conflict_ignore().execute()
        return len(rows)

    def add_joined_channels(self, accounts: Sequence[str]) -> list[int]:
        """Broadcasts being sent that wait for a channel (`expand_due_broadcasts`) whose
        account is among `accounts` now get that account's subscribers, as they are at
        this moment; the broadcasts that did. One transaction per broadcast."""
        m = self.m
        waiting = [b.id for b in m.Broadcast.select(m.Broadcast.id)
                   .where(m.Broadcast.state == SENDING, m.Broadcast.waits_for.is_null(False))]
        return [broadcast_id for broadcast_id in waiting
                if self._retrying(lambda: self._add_joined(broadcast_id, accounts))]

    def _add_joined(self, broadcast_id: int, accounts: Sequence[str]) -> bool:
        m = self.m
        broadcast = m.Broadcast.get_or_none(m.Broadcast.id == broadcast_id)
        if broadcast is None or broadcast.state != SENDING or not broadcast.waits_for:
            return False
        waiting = topics_of(broadcast.waits_for)
        joined = [account for account in accounts if channel_of(account) in waiting]
        if not joined:
            return False
        self._add_recipients(broadcast, joined)
        left = [channel for channel in waiting if channel not in {channel_of(a) for a in joined}]
        m.Broadcast.update(waits_for=topics_text(left) if left else None).where(m.Broadcast.id == broadcast_id) \
            .execute()
        self._announce("broadcast_changed", 0, broadcast_id)
        return True

    def next_broadcast_at(self) -> datetime | None:
        """When the next scheduled broadcast is due."""
        m = self.m
        return _aware(m.Broadcast.send_at, m.Broadcast.select(_min(m.Broadcast.send_at))
                      .where(m.Broadcast.state == SCHEDULED).scalar())

    def list_sends_due(self, now: datetime, limit: int = 500,
                       urgent_topics: Sequence[str] = ()) -> tuple[list[ListSend], datetime | None]:
        """Notices first (confirmations are answers), then the copies of urgent
        broadcasts (to any of `urgent_topics`: emergencies), then the others; each
        broadcast's in its subscribers' order, the older broadcast first. So an
        emergency composed while a long broadcast is being sent overtakes the rest of
        it, which resumes after. And when the next one waiting for a retry is due."""
        m = self.m
        n, r = m.ListNotice, m.BroadcastRecipient
        due_n = n.next_try_at.is_null() | (n.next_try_at <= now)
        due_r = r.next_try_at.is_null() | (r.next_try_at <= now)
        sends = [ListSend(x.id, None, x.address, x.access_hash, "", x.random_id, x.attempts, x.text,
                          x.account, x.created_at)
                 for x in n.select().where(n.state == QUEUED, due_n).order_by(n.id).limit(limit)]
        for broadcast_id, urgent in self.sending_order(urgent_topics):
            if len(sends) >= limit:
                break
            sends += [ListSend(x.id, broadcast_id, x.address, x.access_hash, x.language, x.random_id,
                               x.attempts, account=x.account, urgent=urgent)
                      for x in r.select(r.id, r.address, r.access_hash, r.language, r.random_id, r.attempts,
                                        r.account)
                      .where(r.broadcast == broadcast_id, r.state == QUEUED, due_r)
                      .order_by(r.id).limit(limit - len(sends))]
        later = [_aware(n.next_try_at, n.select(_min(n.next_try_at)).where(n.state == QUEUED, n.next_try_at > now)
                        .scalar()),
                 _aware(r.next_try_at, r.select(_min(r.next_try_at)).where(r.state == QUEUED, r.next_try_at > now)
                        .scalar()),
                 self.next_broadcast_at()]
        later = [t for t in later if t is not None]
        return sends, min(later) if later else None

    def sending_order(self, urgent_topics: Sequence[str]) -> list[tuple[int, bool]]:
        """(id, urgent) of the broadcasts being sent (a handful), urgent ones first,
        then by id. Only these have queued copies: a cancel skips them, and a broadcast
        is done once none is left."""
        m = self.m
        urgent = set(urgent_topics)
        sending = [(b.id, bool(urgent.intersection(topics_of(b.topics))))
                   for b in m.Broadcast.select(m.Broadcast.id, m.Broadcast.topics).where(m.Broadcast.state == SENDING)]
        return sorted(sending, key=lambda b: (not b[1], b[0]))

    def record_list_sends(self, sent: list[tuple[ListSend, int | None, datetime]]) -> None:
        """Sends Telegram accepted (or had already: a duplicate random_id), in one
        transaction. A notice keeps only its key once sent."""
        m = self.m

        def work():
            notices = [s.id for s, _, _ in sent if s.broadcast_id is None]
            if notices:
                m.ListNotice.update(state=SENT, address=None, access_hash=None, text="",
                                    in_flight_since=None) \
                    .where(m.ListNotice.id.in_(notices)).execute()
            broadcasts = set()
            for send, channel_message_id, at in sent:
                if send.broadcast_id is None:
                    continue
                m.BroadcastRecipient.update(state=SENT, channel_message_id=channel_message_id, sent_at=at, reason=None,
                                            next_try_at=None, in_flight_since=None) \
                    .where(m.BroadcastRecipient.id == send.id,
                           m.BroadcastRecipient.state.in_([QUEUED, LEFT, SKIPPED])).execute()
                broadcasts.add(send.broadcast_id)
            for broadcast_id in sorted(broadcasts):
                self._announce("broadcast_changed", 0, broadcast_id)

        self._retrying(work)

    def fail_list_send(self, send: ListSend, reason: str, account: str, unsubscribe: bool = False) -> None:
        """Given up on one send. `unsubscribe`: the citizen blocked the account or is
        gone from Telegram: they are taken off the list (erased), with the reason kept on
        the broadcast's row."""
        m = self.m

        def work():
            if send.broadcast_id is None:
                m.ListNotice.update(state=FAILED, address=None, access_hash=None, text="",
                                    in_flight_since=None) \
                    .where(m.ListNotice.id == send.id).execute()
            else:
                m.BroadcastRecipient.update(state=FAILED, reason=reason[:300], unsubscribed=unsubscribe,
                                            next_try_at=None, in_flight_since=None) \
                    .where(m.BroadcastRecipient.id == send.id).execute()
                self._announce("broadcast_changed", 0, send.broadcast_id)
            if unsubscribe:
                self._erase_subscriber(account, send.address)

        self._retrying(work)

    def note_list_refusal(self, send: ListSend, reason: str, max_attempts: int) -> bool:
        """One more refused try: again later with backoff, or failed (True) after
        `max_attempts`."""
        table = self.m.ListNotice if send.broadcast_id is None else self.m.BroadcastRecipient
        attempts = send.attempts + 1
        if attempts >= max_attempts:
            self.fail_list_send(send, f"{reason}; gave up after {attempts} tries", "")
            return True
        self._retrying(lambda: table.update(attempts=attempts, next_try_at=self.clock.now() + retry_delay(attempts))
                       .where(table.id == send.id).execute())
        return False

    def finish_broadcasts(self) -> list[int]:
        """Sending broadcasts with nobody left queued, and waiting for no channel, are done."""
        m = self.m
        now = self.clock.now()

        def work() -> list[int]:
            waiting = m.BroadcastRecipient.select(m.BroadcastRecipient.id).where(
                m.BroadcastRecipient.broadcast == m.Broadcast.id, m.BroadcastRecipient.state == QUEUED)
            done = [b.id for b in m.Broadcast.select(m.Broadcast.id)
                    .where(m.Broadcast.state == SENDING, m.Broadcast.waits_for.is_null(), ~pw.fn.EXISTS(waiting))]
            if done:
                m.Broadcast.update(state=DONE, finished_at=now).where(m.Broadcast.id.in_(done)).execute()
                for broadcast_id in done:
                    self._announce("broadcast_changed", 0, broadcast_id)
            return done

        return self._retrying(work)

    # -- retention -------------------------------------------------------------------------

    def purge_broadcast_recipients(self, cutoff: datetime) -> int:
        """Recipient rows of broadcasts finished at or before `cutoff`, one broadcast per
        transaction. The broadcast and its texts stay (the administration's own
        publications), with its figures and failure reasons summed up on its row."""
        m = self.m
        old = [b.id for b in m.Broadcast.select(m.Broadcast.id).where(
            m.Broadcast.state.in_([DONE, CANCELLED]), m.Broadcast.finished_at <= cutoff,
            m.Broadcast.recipients_purged == False)]  # noqa: E712

        def work(broadcast_id: int) -> int:
            figures = self._figures([broadcast_id]).get(broadcast_id, BroadcastFigures())
            summary = {"figures": asdict(figures),
                       "failures": [asdict(f) for f in self.broadcast_failures(broadcast_id)]}
            deleted = m.BroadcastRecipient.delete().where(m.BroadcastRecipient.broadcast == broadcast_id).execute()
            m.Broadcast.update(recipients_purged=True, summary=json.dumps(summary)) \
                .where(m.Broadcast.id == broadcast_id).execute()
            return deleted

        return sum(self._retrying(lambda: work(broadcast_id)) for broadcast_id in old)

    def forget_sent_notices(self, before: datetime) -> int:
        m = self.m
        return self._retrying(lambda: m.ListNotice.delete().where(
            m.ListNotice.state.in_([SENT, FAILED]), m.ListNotice.created_at < before).execute())


def _count(column):
    return pw.fn.COUNT(column)


def _min(column):
    return pw.fn.MIN(column)


def _aware(field, value):
    """A MIN() over a UtcDateTimeField comes back raw: made an aware UTC datetime."""
    if value is None:
        return None
    return field.python_value(value) if not isinstance(value, datetime) or value.tzinfo is None else value
