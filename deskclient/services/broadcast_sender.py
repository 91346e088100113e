"""The duty holder's sender for the lists: confirmations, then broadcasts, one subscriber
at a time, paced, once each.

A duty job (services/node.py `DutyJobs`): started when this process takes the duty,
stopped when it loses it. What it does:

- expands each broadcast whose time has come into one row per subscriber, each with its
  own random_id (store/broadcasts.py), so a crash or a takeover finds them again and a
  resend is Telegram's duplicate (RANDOM_ID_DUPLICATE: counted as sent), never a second
  copy (on a desk of two channels, the subscribers of one whose account is not
  known yet, Telegram still connecting, are added once it is: the broadcast waits for
  them, it does not end without them);
- sends list notices (confirmations, the broadcast-only notice) first, then copies of
  urgent broadcasts (to a topic of `lists.urgent_topics`: emergencies), then the
  others, oldest first. An emergency composed (or due) while a long broadcast is being
  sent is read at once and overtakes the rest of it, which resumes after: its copies
  keep their rows and random_ids, so the order changes nothing of "once each";
- takes its turns from the outbox's pacing (one account-wide rate, one message a second
  to a chat, `outbox.*`), never faster than `lists.rate`, and gives way whenever the
  outbox has an agent's reply or a notice ready: agents' replies go first;
- a FLOOD_WAIT or PEER_FLOOD (`RateLimited`) pauses the whole account at once, the
  outbox too, and the broadcast resumes after it;
- a subscriber who blocked the account or deleted theirs (`RecipientGone`) is failed
  with the reason and taken off the list; another refusal for good fails that copy; a
  passing one is tried again later (`outbox.max_attempts` in all).

On WhatsApp (a desk's second channel, or its only one): a broadcast copy goes as the
approved template configured for `broadcast` (its text as the parameter; a list message
outside the 24-hour window may only be a template), paced at `whatsapp.broadcast_rate`,
and no more copies in 24 hours than the number's messaging tier (the rest wait);
confirmations answer the citizen's keyword, inside the window, as free text. Sends are
not idempotent there: each is recorded in flight first and, after a crash, waits for its
status webhook (store/list_statuses.py), as the outbox's do.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import tempfile
import time
from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path
from typing import Awaitable, Callable

from ..domain.customer_window import IN_FLIGHT_WAIT, customer_window, sends_idempotent
from ..domain.messages import OutboundMessage
from ..domain.pacing import SteadyRate, broadcast_rate
from ..errors import REFUSED_WITH_CODE, sentence
from ..net.gateway import (
    ConnectionState,
    Gateway,
    GatewayError,
    NotSent,
    Offline,
    RateLimited,
    RecipientGone,
    Undeliverable,
)
from ..store.broadcast_records import BroadcastFile, ListSend
from .duty_sender import DutySender
from .events import ConnectionChanged, EventBus, StoreChanged
from .runner import StoreRunner

log = logging.getLogger("deskclient.services")

WINDOW = 500  # sends read per query
IN_FLIGHT = 32  # sends on the wire at once
REREAD_AFTER = 0.25  # s: a kick re-reads the queue at most this often
SAFETY_WAKE = 10.0  # s: look at the queue even without a kick (a NOTIFY lost)
GIVE_WAY = 0.02  # s: how long a broadcast waits while the outbox has a reply ready
NOTICES_KEPT_DAYS = 2  # a sent notice's key is kept this long (its once-only guard)
FORGET_EVERY = 3600.0  # s between clearing out older keys
NO_BROADCAST_TEMPLATE = sentence("No approved WhatsApp template is configured for broadcasts "
                                 "([whatsapp.templates.broadcast])")
NO_NOTICE_TEMPLATE = sentence("More than 24 hours have passed since the citizen wrote, and no approved WhatsApp "
                              "template is configured for list notices ([whatsapp.templates.list_notice])")


class FileNotHere(Exception):
    """The broadcast's file cannot be had by this process: that copy fails."""


class BroadcastSender(DutySender):
    what = "broadcast sender"

    def __init__(self, store, runner: StoreRunner, gateway: Gateway, outbox, bus: EventBus, data_dir: Path, *,
                 rate: float = 0.0, max_attempts: int = 5, urgent_topics: tuple[str, ...] = (),
                 monotonic: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        from .broadcasts import BROADCASTS_DIR_NAME
        super().__init__()
        self.store = store
        self.runner = runner
        self.gateway = gateway
        self.outbox = outbox  # OutboxSender: its pacing and its pause are the account's
        self.bus = bus
        self.files_dir = data_dir / BROADCASTS_DIR_NAME
        self.rate = rate
        self.max_attempts = max_attempts
        self.urgent_topics = urgent_topics
        self._monotonic = monotonic
        self._sleep = sleep
        self._pending: set[tuple[str, int]] = set()  # in flight, or sent and not yet recorded
        self._receipts: list[tuple[ListSend, int | None, object]] = []
        self._window: list[ListSend] = []
        self._next_due = None
        self._read_at = float("-inf")
        self._forgot_at = float("-inf")
        self._bucket: SteadyRate | None = None
        self._bucket_kind: bool | None = None
        self._contents: dict[int, tuple[dict, BroadcastFile | None, bool]] = {}
        self._fetching: dict[int, asyncio.Lock] = {}
        self.sent = 0
        self.use_whatsapp({}, 20.0, 0, IN_FLIGHT_WAIT)
        self._tier_room: dict[str, int] = {}  # WhatsApp account -> copies it may still send today
        bus.subscribe(self._on_event)

    def use_whatsapp(self, templates: Mapping, rate: float, tier: int, in_flight_wait: timedelta) -> None:
        """WhatsApp's side ([whatsapp]): the approved templates (a broadcast's is
        `broadcast`), messages a second, copies a number may send in 24 hours (0: no
        limit), how long a send never answered waits for its status."""
        self.templates = templates
        self.whatsapp_limit = SteadyRate(rate, now=self._monotonic())
        self.tier = tier
        self.in_flight_wait = in_flight_wait

    # -- lifecycle: services/duty_sender.py; kicked when a notice was queued, a broadcast
    # composed or cancelled, the connection is back ------------------------------------------

    def _forget(self) -> None:
        self._pending.clear()
        self._contents.clear()  # another holder may change things before this one sends again

    def _on_event(self, event) -> None:
        if isinstance(event, StoreChanged) and event.change.kind in ("list_changed", "broadcast_queued", "resync"):
            self.kick()
        elif isinstance(event, ConnectionChanged) and event.state is ConnectionState.ONLINE:
            self.kick()  # a channel is back, or its account now known: a broadcast may wait for it

    # -- the loop ---------------------------------------------------------------------------------

    async def _forget_old_notices(self) -> None:
        """A sent notice's once-only key is needed for a day or two; then it goes (at
        start and hourly)."""
        now = self._monotonic()
        if now - self._forgot_at < FORGET_EVERY:
            return
        self._forgot_at = now
        try:
            await self.runner.run(self.store.forget_sent_notices,
                                  self.store.clock.now() - timedelta(days=NOTICES_KEPT_DAYS))
        except Exception:
            log.warning("old list notices not forgotten now; later")

    async def _resume(self) -> None:
        if await self.runner.run(self.store.extend_list_in_flight, self.store.clock.now() + self.in_flight_wait):
            log.info("list sends were in flight when sending last stopped: waiting for their status")

    def _limit(self, item: ListSend) -> SteadyRate:
        """The broadcasts' own ceiling (`lists.rate`; on WhatsApp `whatsapp.broadcast_rate`),
        besides the account's pacing."""
        if self._whatsapp(item):
            return self.whatsapp_limit
        is_bot = self.gateway.is_bot
        if self._bucket is None or self._bucket_kind != is_bot:
            self._bucket = SteadyRate(broadcast_rate(is_bot, self.rate), now=self._monotonic())
            self._bucket_kind = is_bot
        return self._bucket

    async def _pump(self) -> None:
        while not self._stopped():
            paused = self.outbox.paused_for()
            if paused > 0:  # the outbox says when it is over (SendingPaused(0))
                await self._idle(paused)  # a kick looks again (the pause may have been lifted)
                continue
            if not self.gateway.sending:
                await self._idle(SAFETY_WAKE)
                continue
            if self._next_due is not None and self.store.clock.now() >= self._next_due:
                self._dirty = True  # a broadcast's time came (an emergency overtakes), a retry is due
            now = self._monotonic()
            since = now - self._read_at
            if (self._dirty or not self._window) and since >= REREAD_AFTER:
                await self._read(now)
                if not self._window:
                    await self._idle(self._until_due())  # a send's outcome, a kick or the next due
                continue
            if not self._window:
                await self._idle(REREAD_AFTER - since)
                continue
            if len(self._sends) >= IN_FLIGHT:
                await self._idle(SAFETY_WAKE)
                continue
            if self.outbox.has_ready():
                await self._sleep(GIVE_WAY)
                continue
            ready = [s for s in self._window if self._may_go(s)]
            if not ready:
                await self._idle(SAFETY_WAKE)  # a channel offline, or WhatsApp's tier reached today
                continue
            first = min(map(_rank, ready))
            ready = [s for s in ready if _rank(s) == first]  # notices, then emergencies, then the rest
            waits = [(self._wait(s, now), s) for s in ready]
            wait, chosen = min(waits, key=lambda w: w[0])
            if wait > 0:
                await self._sleep(wait)
                continue
            self._take(chosen, now)
            self._window.remove(chosen)
            self._pending.add(chosen.key)
            task = asyncio.ensure_future(self._send_one(chosen))
            self._sends.add(task)
            task.add_done_callback(self._sent_or_not)

    def _whatsapp(self, item: ListSend) -> bool:
        return not sends_idempotent(item.account)

    def _may_go(self, item: ListSend) -> bool:
        """Its channel is connected, and on WhatsApp a copy is within today's tier."""
        gateway = self.gateway.gateway_for(item.account) if hasattr(self.gateway, "gateway_for") else self.gateway
        if gateway.state is not ConnectionState.ONLINE or self.outbox.held_back(item.account):
            return False
        return not (self._whatsapp(item) and item.broadcast_id is not None and self.tier
                    and self._tier_room.get(item.account, 0) <= 0)

    def _wait(self, item: ListSend, now: float) -> float:
        """Seconds before this send may go: its channel's pacing (shared with the
        outbox, so the two together stay under the channel's rate) and the broadcasts'
        ceiling."""
        pacer = self.outbox.pacing(item.account)
        return max(pacer.overall_wait(now), self._limit(item).wait(now), pacer.chat_wait(item.address, now))

    def _take(self, item: ListSend, now: float) -> None:
        self.outbox.pacing(item.account).take(item.address, now)
        self._limit(item).take(now)
        if self._whatsapp(item) and item.broadcast_id is not None and item.account in self._tier_room:
            self._tier_room[item.account] -= 1

    def _sent_or_not(self, task: asyncio.Task) -> None:
        self._sends.discard(task)
        self._wake.set()

    def _until_due(self) -> float:
        if self._next_due is None:
            return SAFETY_WAKE
        return max(0.05, min(SAFETY_WAKE, (self._next_due - self.store.clock.now()).total_seconds()))

    async def _read(self, now: float) -> None:
        self._dirty = False
        self._read_at = now
        await self._forget_old_notices()
        gateways = getattr(self.gateway, "gateways", [self.gateway])
        accounts = [g.account for g in gateways if g.account]  # Telegram's is known once logged in
        waiting = [g.channel for g in gateways if not g.account]  # their subscribers are added once it is
        moment = self.store.clock.now()
        if accounts:
            expanded = await self.runner.run(self.store.expand_due_broadcasts, moment, accounts, waiting)
            if expanded:
                log.info("broadcast %s: sending%s", ", ".join(map(str, expanded)),
                         f" (waiting for {', '.join(waiting)})" if waiting else "")
            for broadcast_id in await self.runner.run(self.store.add_joined_channels, accounts):
                log.info("broadcast %d: its subscribers on a channel now connected added", broadcast_id)
        if self.tier:
            for account in accounts:
                if not sends_idempotent(account):
                    sent = await self.runner.run(self.store.list_copies_sent_since, account,
                                                 moment - timedelta(hours=24))
                    self._tier_room[account] = self.tier - sent
        done = await self.runner.run(self.store.finish_broadcasts)
        for broadcast_id in done:
            log.info("broadcast %d: done", broadcast_id)
            self._contents.pop(broadcast_id, None)
        sends, self._next_due = await self.runner.run(self.store.list_sends_due, moment, WINDOW,
                                                      self.urgent_topics)
        self._window = [s for s in sends if s.key not in self._pending]

    # -- one send ------------------------------------------------------------------------------

    async def _send_one(self, item: ListSend) -> None:
        recorded = False
        try:
            in_flight = self._whatsapp(item)
            try:
                message = await self._message_for(item)
                if in_flight:
                    await self.runner.run(self.store.mark_list_in_flight, item,
                                          self.store.clock.now() + self.in_flight_wait)
                receipt = await self.gateway.send(message, self.files_dir)
            except RateLimited as exc:
                if in_flight:  # WhatsApp answered: it did not go
                    await self.runner.run(self.store.clear_list_in_flight, item)
                self.outbox.pause(exc.seconds, item.account)  # the account (or the WhatsApp number): replies too
                log.warning("flood wait of %s s: the broadcast pauses", exc.seconds)
                return
            except Offline as exc:  # stays queued; the loop waits for the connection
                if in_flight and isinstance(exc, NotSent):  # nothing left the desk: free at once
                    await self.runner.run(self.store.clear_list_in_flight, item)
                return
            except RecipientGone as exc:
                log.info("a subscriber cannot be reached (%s): taken off the list", type(exc).__name__)
                await self.runner.run(self.store.fail_list_send, item, str(exc), item.account or self.gateway.account,
                                      True)
                return
            except (Undeliverable, FileNotHere) as exc:
                log.info("a list message was refused (%s)", type(exc).__name__)
                await self.runner.run(self.store.fail_list_send, item, str(exc), self.gateway.account)
                return
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # a GatewayError to try again, or one never met before
                reason = str(exc) if isinstance(exc, GatewayError) else \
                    REFUSED_WITH_CODE.format(code=type(exc).__name__)
                log.warning("a list message was refused (%s); will try again", type(exc).__name__)
                if in_flight and isinstance(exc, GatewayError):  # WhatsApp answered: it did not go
                    await self.runner.run(self.store.clear_list_in_flight, item)
                await self.runner.run(self.store.note_list_refusal, item, reason, self.max_attempts)
                return
            self._receipts.append((item, receipt.channel_message_id, receipt.date))
            recorded = True
            if self._recorder is None:
                self._recorder = asyncio.ensure_future(self._record())
        finally:
            if not recorded:
                self._pending.discard(item.key)
                self._dirty = True

    async def _message_for(self, item: ListSend) -> OutboundMessage:
        # On WhatsApp tagged with the send's own id, which its status webhooks carry back.
        message_id = item.outbox_id if self._whatsapp(item) else item.id
        if item.broadcast_id is None:
            # A notice answers the citizen's message, inside WhatsApp's window unless sending
            # was held up a day: then its approved template (`list_notice`).
            template = None
            if self._whatsapp(item) and not customer_window(item.written_at, self.store.clock.now()).open:
                template = self._template("list_notice", NO_NOTICE_TEMPLATE).ref(None, text=item.text)
            return OutboundMessage(message_id=message_id, citizen_address=item.address, text=item.text,
                                   random_id=item.random_id, automatic=True, access_hash=item.access_hash,
                                   attempts=item.attempts, account=item.account, template=template)
        texts, file, in_store = await self._content(item.broadcast_id)
        text, entities = texts.get(item.language) or next(iter(texts.values()))
        if self._whatsapp(item):  # a list's message outside any conversation: its approved template
            template = self._template("broadcast", NO_BROADCAST_TEMPLATE).ref(item.language, text=text)
            return OutboundMessage(message_id=message_id, citizen_address=item.address, text=text,
                                   random_id=item.random_id, automatic=True, attempts=item.attempts,
                                   account=item.account, template=template)
        if file is not None:
            await self._file_at_hand(item.broadcast_id, file, in_store)
        return OutboundMessage(message_id=message_id, citizen_address=item.address, text=text,
                               random_id=item.random_id, file_path=file.path if file else None,
                               file_name=file.name if file else None, automatic=True,
                               access_hash=item.access_hash, attempts=item.attempts, entities=tuple(entities),
                               account=item.account)

    def _template(self, use: str, missing: str):
        """The approved template configured for `use`; Undeliverable (that send fails,
        with the reason) when there is none."""
        choice = self.templates.get(use)
        if choice is None:
            raise Undeliverable(missing)
        return choice

    async def _content(self, broadcast_id: int) -> tuple[dict, BroadcastFile | None, bool]:
        content = self._contents.get(broadcast_id)
        if content is None:
            texts = await self.runner.run(self.store.broadcast_texts, broadcast_id)
            file, in_store = await self.runner.run(self.store.broadcast_file, broadcast_id)
            content = self._contents[broadcast_id] = (texts, file, in_store)
        return content

    async def _file_at_hand(self, broadcast_id: int, file: BroadcastFile, in_store: bool) -> None:
        """The broadcast's file in <data dir>/broadcasts, fetched from the shared store
        by a holder that did not compose it."""
        path = self.files_dir / file.path
        if path.is_file() and path.stat().st_size == file.size:
            return
        if not in_store:
            raise FileNotHere("the broadcast's file is not on this server")
        lock = self._fetching.setdefault(broadcast_id, asyncio.Lock())  # one fetch per file
        async with lock:
            if not (path.is_file() and path.stat().st_size == file.size):
                await self.runner.run(self._materialise, broadcast_id, file, path)

    def _materialise(self, broadcast_id: int, file: BroadcastFile, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, name = tempfile.mkstemp(prefix=".", suffix=".part", dir=path.parent)
        digest = hashlib.sha256()
        try:
            with os.fdopen(fd, "wb") as out:
                for data in self.store.iter_broadcast_chunks(broadcast_id):
                    out.write(data)
                    digest.update(data)
            if digest.hexdigest() != file.sha256:
                raise FileNotHere("the broadcast's file is incomplete in the shared store")
            os.replace(name, path)
        finally:
            Path(name).unlink(missing_ok=True)

    async def _record(self) -> None:
        """Receipts written in batches, one transaction each."""
        try:
            while self._receipts:
                batch, self._receipts = self._receipts, []
                try:
                    await self.runner.run(self.store.record_list_sends, batch)
                except Exception:
                    # Not recorded: the rows stay queued and go again under the same
                    # random_id, which Telegram answers as a duplicate.
                    log.exception("recording sent list messages failed; they will be confirmed again")
                self.sent += len(batch)
                for item, *_ in batch:
                    self._pending.discard(item.key)
                self._wake.set()
        finally:
            self._recorder = None


def _rank(item: ListSend) -> int:
    """What goes first: a notice (it answers a citizen), a copy of an urgent broadcast,
    any other copy."""
    return 0 if item.broadcast_id is None else 1 if item.urgent else 2
