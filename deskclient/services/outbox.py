"""Sends the persistent outbox: paced, once each, per conversation in order, never stuck.

Every outgoing message gets its Telegram `random_id` in the store when it is queued,
before any send. A resend after a crash, a dropped connection or a takeover of the duty
repeats that id, so Telegram recognises it (RANDOM_ID_DUPLICATE, taken as sent) instead
of posting the message twice.

Only the duty holder runs this (services/duty.py); the composition root calls `start()`
when the duty is taken and `stop()` when it is lost. What it does with each try:

- sent: recorded (several receipts per transaction, so a burst of incoming messages
  being filed on the same store thread does not hold sending back);
- `Undeliverable`: failed at once with its reason; the agent may retry or edit it;
- a file this process cannot have (services/file_store.py, `FileUnavailable`): failed at
  once with the store's plain reason, so the citizen's next message goes;
- another `GatewayError` or an error never met before: tried again with backoff, failed
  after `max_attempts` tries; meanwhile that citizen's later messages wait, nobody else's;
- `Offline`: waits for the connection;
- `RateLimited`: one flood wait pauses the whole account (SendingPaused).

On WhatsApp (domain/customer_window.py) a send is not idempotent: it is recorded in
flight before it goes and waits for its status webhook after a crash (or an answer that
never came: a timeout, a dropped connection) instead of going twice; outside the
24-hour window an automatic message goes as its configured approved template, and an
agent's free text is not sent (failed with the reason: the composer offers templates).

Sends are paced (domain/pacing.py): overall and per chat, by account kind unless
configured. Several conversations are in flight at once, one message each.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping
from dataclasses import replace
from types import MappingProxyType
from typing import Awaitable, Callable

from ..domain.customer_window import (
    IN_FLIGHT_WAIT,
    TemplateChoice,
    customer_window,
    sends_idempotent,
)
from ..domain.messages import OutboundMessage, SentReceipt
from ..domain.pacing import RATE_PER_CHAT, WHATSAPP_RATE_GLOBAL, Pacer, send_rates
from ..errors import REFUSED_WITH_CODE, sentence
from ..net.gateway import Gateway, GatewayError, NotSent, Offline, RateLimited, Undeliverable
from ..store.records import RESYNC
from ..store.repository import TicketStore
from .duty_sender import DutySender
from .events import EventBus, SendingPaused, StoreChanged
from .file_store import FileStore, FileUnavailable
from .runner import StoreRunner

log = logging.getLogger("deskclient.services")

# Why a WhatsApp message outside the citizen's 24-hour window did not go (the agent sees it).
WINDOW_CLOSED = sentence("More than 24 hours have passed since the citizen last wrote: WhatsApp only takes an "
                         "approved template now")
NO_TEMPLATE = sentence("More than 24 hours have passed since the citizen last wrote, and no approved WhatsApp "
                       "template is configured for this message")

WINDOW = 200  # heads of conversations read per query
IN_FLIGHT = 16  # conversations being sent to at once
REREAD_AFTER = 0.25  # s: a kick re-reads the queue at most this often while sending
SAFETY_WAKE = 10.0  # s: look at the queue even without a kick (a NOTIFY lost in a reconnect)


class OutboxSender(DutySender):
    what = "outbox"
    # Set by the composition root when citizens choose the category: the buttons a bot's
    # opening message gets (store/citizen_choices.py `with_category_buttons`; blocking).
    opening_buttons: Callable[[OutboundMessage], OutboundMessage] | None = None
    # Set by the composition root from `[whatsapp.templates]`: the approved template for
    # each use (a notice's name, an agent's template) outside WhatsApp's window.
    templates: Mapping[str, TemplateChoice] = MappingProxyType({})
    in_flight_wait = IN_FLIGHT_WAIT

    def __init__(self, store: TicketStore, runner: StoreRunner, gateway: Gateway,
                 files: FileStore, bus: EventBus, *, max_attempts: int = 5,
                 rate_global: float = 0.0, rate_per_chat: float = 0.0,
                 monotonic: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        super().__init__()
        self.store = store
        self.runner = runner
        self.gateway = gateway
        self.files = files  # a file reply is sent from its local path (fetched if need be)
        self.bus = bus
        self.max_attempts = max_attempts
        self.rate_global = rate_global
        self.rate_per_chat = rate_per_chat
        self._monotonic = monotonic
        self._sleep = sleep
        self._busy: set[int] = set()  # citizens with a message in flight or not yet recorded
        self._receipts: list[tuple] = []  # citizen, message, tg id, date, external id
        self._window: list[OutboundMessage] = []
        self._read_at = float("-inf")
        self._paused_until = 0.0
        # WhatsApp's rate limits are its number's: they hold its sends back, not Telegram's.
        self._whatsapp_paused_until = 0.0
        self._pacer: Pacer | None = None
        self._pacer_kind: bool | None = None
        self._whatsapp_pacer = Pacer(WHATSAPP_RATE_GLOBAL, RATE_PER_CHAT)  # WhatsApp's numbers, apart
        self.sent = 0
        bus.subscribe(self._on_event)

    # -- lifecycle: services/duty_sender.py; kicked when something was queued or retried,
    # or the connection came back ----------------------------------------------------------

    def _forget(self) -> None:
        self._busy.clear()

    def _on_event(self, event) -> None:
        # Another workstation queued or retried a message (team mode, NOTIFY), or the team
        # listener was away and may have missed that.
        if isinstance(event, StoreChanged) and event.change.remote and \
                event.change.kind in ("message_added", "message_changed", RESYNC):
            self.kick()

    # -- shared with the broadcast sender (services/broadcast_sender.py) -----------------

    def pacing(self, account: str | None = None) -> Pacer:
        """The account's pacing (Telegram's, or WhatsApp's for one of its numbers): a
        broadcast's sends take their turns from it too, so the two together stay under
        the channel's rate."""
        return self._pacing(account)

    def pause(self, seconds: int, account: str | None = None) -> None:
        """A flood wait met by another sender of the account: this one waits it out too,
        and (woken for it) is the one that says when sending resumes. On WhatsApp
        (`account` one of its numbers) only that channel's sends wait."""
        if not sends_idempotent(account):
            self._whatsapp_paused_until = max(self._whatsapp_paused_until, self._monotonic() + seconds)
            return
        self._paused_until = max(self._paused_until, self._monotonic() + seconds)
        self.bus.publish(SendingPaused(seconds))
        self.kick()

    def held_back(self, account: str | None) -> bool:
        """WhatsApp's own rate limit holds this account's sends back now."""
        return not sends_idempotent(account) and self._whatsapp_paused_until > self._monotonic()

    def paused_for(self) -> float:
        """Seconds the account must still keep quiet (a flood wait)."""
        return max(0.0, self._paused_until - self._monotonic())

    def has_ready(self) -> bool:
        """A reply or notice may go now: a broadcast's next send gives way to it."""
        if not self.running or not self._window:
            return False
        now = self._monotonic()
        return any(m.citizen_address not in self._busy and not self.held_back(m.account)
                   and self._pacing(m.account).chat_wait(m.citizen_address, now) == 0 for m in self._window)

    # -- the loop ---------------------------------------------------------------------------

    def _pacing(self, account: str | None = None) -> Pacer:
        """Telegram's pacing (by its account's kind), or WhatsApp's for one of its numbers."""
        if not sends_idempotent(account):
            return self._whatsapp_pacer
        is_bot = self.gateway.is_bot
        if self._pacer is None or self._pacer_kind != is_bot:
            self._pacer = Pacer(*send_rates(is_bot, self.rate_global, self.rate_per_chat))
            self._pacer_kind = is_bot
        return self._pacer

    async def _resume(self) -> None:
        waiting = await self.runner.run(self.store.extend_in_flight, self.store.clock.now() + self.in_flight_wait)
        if waiting:
            log.info("%d sends were in flight when sending last stopped: waiting for their status", waiting)

    async def _pump(self) -> None:
        next_due = None
        while not self._stopped():
            now = self._monotonic()
            if self._paused_until > now:
                await self._sleep(self._paused_until - now)
                self.bus.publish(SendingPaused(0))
                continue
            if not self.gateway.sending:
                await self._idle(SAFETY_WAKE)
                continue
            ready = [m for m in self._window if m.citizen_address not in self._busy and self.gateway.can_send(m)
                     and not self.held_back(m.account)]
            if self._dirty and (not ready or now - self._read_at >= REREAD_AFTER):
                self._dirty = False
                self._read_at = now
                self._window, next_due = await self.runner.run(
                    self.store.outbox_due, self.store.clock.now(), WINDOW)
                continue
            if not ready or len(self._sends) >= IN_FLIGHT:
                timeout = SAFETY_WAKE
                if not ready and next_due is not None:
                    timeout = max(0.05, min(SAFETY_WAKE, (next_due - self.store.clock.now()).total_seconds()))
                await self._idle(timeout)
                continue
            # Replies before notices: the window is in that order; the first whose channel
            # and chat may take a message now goes (each channel paced on its own).
            waits = [(max(p.overall_wait(now), p.chat_wait(m.citizen_address, now)), m, p)
                     for m in ready for p in (self._pacing(m.account),)]
            chosen = next(((m, p) for wait, m, p in waits if wait == 0), None)
            if chosen is None:
                await self._sleep(min(wait for wait, _, _ in waits))
                continue
            chosen, pacer = chosen
            pacer.take(chosen.citizen_address, now)
            self._window.remove(chosen)
            self._busy.add(chosen.citizen_address)
            task = asyncio.ensure_future(self._send_one(chosen))
            self._sends.add(task)
            task.add_done_callback(self._sends.discard)

    async def _send_one(self, message: OutboundMessage) -> None:
        citizen = message.citizen_address
        recorded = False
        try:
            if message.file_path and not await self._file_at_hand(message):
                return
            if self.opening_buttons is not None and message.notice == "opening" and self.gateway.shows_buttons(message):
                message = await self.runner.run(self.opening_buttons, message)
            in_flight = not sends_idempotent(message.account)
            if in_flight:
                message = await self._through_window(message)
                if message is None:
                    return
                template = message.template and f"{message.template.name} ({message.template.language})"
                await self.runner.run(self.store.mark_in_flight, message.message_id,
                                      self.store.clock.now() + self.in_flight_wait, template)
            try:
                receipt: SentReceipt = await self.gateway.send(message, self.files.files_dir)
            except (RateLimited, Undeliverable, GatewayError) as exc:
                # The channel answered, or nothing left the desk: it did not go. (Another
                # Offline, or anything else, may have gone: a send in flight stays so until
                # its status or the wait settles it.)
                if in_flight and (isinstance(exc, NotSent) or not isinstance(exc, Offline)):
                    await self.runner.run(self.store.clear_in_flight, message.message_id)
                await self._refused(message, exc)
                return
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # one never met before
                await self._refused(message, exc)
                return
            self._receipts.append((citizen, message.message_id, receipt.channel_message_id, receipt.date,
                                   receipt.external_id))
            recorded = True
            if self._recorder is None:
                self._recorder = asyncio.ensure_future(self._record())
        finally:
            if not recorded:
                self._release(citizen)

    async def _through_window(self, message: OutboundMessage) -> OutboundMessage | None:
        """Inside the citizen's 24-hour window: as it is. Outside: its approved template
        (a notice's, or the one an agent chose), or not sent (failed, with the reason)."""
        context = await self.runner.run(self.store.send_context, [message.message_id])
        last, language, number = context.get(message.message_id, (None, None, ""))
        if customer_window(last, self.store.clock.now()).open:
            return message
        choice = self.templates.get(message.notice or "")
        if choice is not None:
            return replace(message, template=choice.ref(language, ticket=number, text=message.text))
        reason = NO_TEMPLATE if message.automatic else WINDOW_CLOSED
        log.info("an outgoing WhatsApp message is outside the 24-hour window and has no template")
        await self.runner.run(self.store.mark_failed, message.message_id, reason)
        return None

    async def _refused(self, message: OutboundMessage, exc: Exception) -> None:
        """What a refused send does: a flood wait pauses the account, Offline waits for
        the connection, Undeliverable fails it, anything else is tried again later."""
        if isinstance(exc, RateLimited) and not sends_idempotent(message.account):
            self.pause(exc.seconds, message.account)
            log.warning("WhatsApp's rate limit: its sends wait %s s", exc.seconds)
        elif isinstance(exc, RateLimited):
            self._paused_until = max(self._paused_until, self._monotonic() + exc.seconds)
            self.bus.publish(SendingPaused(exc.seconds))
            log.warning("flood wait of %s s: sending paused", exc.seconds)
        elif isinstance(exc, Offline):
            return  # stays queued; the loop waits for the connection
        elif isinstance(exc, Undeliverable):
            log.info("an outgoing message was refused (%s)", type(exc).__name__)
            await self.runner.run(self.store.mark_failed, message.message_id, str(exc))
        else:  # a GatewayError to try again, or one never met before
            reason = str(exc) if isinstance(exc, GatewayError) else REFUSED_WITH_CODE.format(code=type(exc).__name__)
            log.warning("an outgoing message was refused (%s); will try again", type(exc).__name__)
            await self.runner.run(self.store.note_refusal, message.message_id, reason, self.max_attempts)

    async def _file_at_hand(self, message: OutboundMessage) -> bool:
        """The message's file is in the files dir (fetched from the shared store if need
        be). A file this process cannot have fails the message at once; a database or a
        disk that fails now counts as one refused try."""
        try:
            await self.files.path_for_message(message.message_id)
            return True
        except FileUnavailable as exc:
            log.info("an outgoing file cannot be had here; the message failed")
            await self.runner.run(self.store.mark_failed, message.message_id, exc.english)
        except Exception as exc:  # a database fault, a full disk: it may pass
            log.warning("an outgoing file could not be read now (%s); will try again", type(exc).__name__)
            await self.runner.run(self.store.note_refusal, message.message_id,
                                  sentence("The file could not be read from the store"), self.max_attempts)
        return False

    def _release(self, citizen: int) -> None:
        """The citizen's message is settled (sent, failed, deferred or left queued): what
        the window holds for them may be stale, so their next head comes from a re-read."""
        self._busy.discard(citizen)
        self._window = [m for m in self._window if m.citizen_address != citizen]
        self._dirty = True
        self._wake.set()

    async def _record(self) -> None:
        """Writes receipts in batches; a citizen's next message is offered once its
        previous one is recorded as sent."""
        try:
            while self._receipts:
                batch, self._receipts = self._receipts, []
                await self._write_receipts([r[1:] for r in batch])
                self.sent += len(batch)
                for citizen, *_ in batch:
                    self._release(citizen)
        finally:
            self._recorder = None

    async def _write_receipts(self, receipts: list) -> None:
        """One transaction for the batch; if that fails (the store waits out passing
        faults itself), one by one, so one odd row cannot hold every chat back."""
        try:
            await self.runner.run(self.store.mark_sent_many, receipts)
            return
        except Exception:
            log.exception("recording a batch of sent messages failed; recording them one by one")
        for message_id, channel_message_id, date, external_id in receipts:
            for tg_id in (channel_message_id, None):
                try:
                    await self.runner.run(self.store.mark_sent_many, [(message_id, tg_id, date, external_id)])
                    break
                except Exception:
                    log.exception("recording a sent message failed")
