"""The TelegramClient the desk runs: it never saves an update position it has not filed.

Telethon 1.45 hands each update to its own task and writes the message box's position
to the session by itself (every minute, on disconnect), whether or not the handlers
succeeded: an update whose filing failed would never come again. Here:

- after each batch the update loop takes (the socket's pushes waiting together, see
  `UpdateBatchQueue`; a getDifference answer) a *checkpoint* carrying the message box
  position right after that batch is queued;
- each update is handled in its own task (the group commit still batches), numbered;
- a checkpoint becomes the savable position once every update numbered before it was
  handled without an exception; a handler that raised or was cancelled never lets it
  pass, so the next start fetches the update again through getDifference (the store
  files each message once);
- the session only ever gets the last such position (`_save_states_and_entities`).

Order: an edit waits for the earlier updates of its private chat (so it never overtakes
the filing of its message); a deletion, which names no chat, waits for every earlier
update. New messages of different chats stay concurrent.

Edits and deletions inside a getDifference answer: see `DeskMessageBox`.
"""

from __future__ import annotations

import asyncio
import contextvars
import copy
import datetime
import inspect
import logging
from collections import deque
from typing import Awaitable, Callable

from telethon import TelegramClient, events, utils
from telethon._updates.messagebox import ENTRY_ACCOUNT, MessageBox, PtsInfo
from telethon.client.updates import EventBuilderDict
from telethon.tl import types

from .update_routes import UpdateRoutes

log = logging.getLogger("deskclient.net")

DISPATCH_SLICE = 50  # updates dispatched between two turns of the loop

_outcome: contextvars.ContextVar["_Outcome | None"] = contextvars.ContextVar("update_outcome", default=None)


class _Outcome:
    """Whether a handler of the update handled in this task raised."""

    __slots__ = ("failed",)

    def __init__(self) -> None:
        self.failed = False


class _Checkpoint:
    """Queued after a batch of updates: the position once that batch is handled."""

    __slots__ = ("state", "_entities")

    def __init__(self, state) -> None:
        self.state = state


def _snapshot(box: MessageBox):
    session, channels = box.session_state()
    return dict(session), dict(channels)


class DeskMessageBox(MessageBox):
    """Telethon 1.45's `apply_difference_type` sets the difference's final position, then
    runs `other_updates` through the socket path, which drops every account update in
    it (its pts is "already applied" and its entry is being fetched): edits and
    deletions made while the desk was away were lost. Here those account updates are
    handed on as they are, after the difference's new messages (so an edit waits for the
    filing of its message); channel updates still go the socket path."""

    on_load: Callable[[object], None] | None = None

    def load(self, session_state, channel_states):
        super().load(session_state, channel_states)
        if self.on_load is not None:
            self.on_load(_snapshot(self))

    def apply_difference_type(self, diff, chat_hashes):
        ours, rest = [], []
        for update in diff.other_updates:
            info = PtsInfo.from_update(update)
            (ours if info is not None and info.entry == ENTRY_ACCOUNT else rest).append(update)
        if not ours:
            return super().apply_difference_type(diff, chat_hashes)
        trimmed = copy.copy(diff)
        trimmed.other_updates = rest
        updates, users, chats = super().apply_difference_type(trimmed, chat_hashes)
        ours.sort(key=lambda u: u.pts)
        new = [u for u in updates if isinstance(u, types.UpdateNewMessage)]
        others = [u for u in updates if not isinstance(u, types.UpdateNewMessage)]
        return others + new + ours, users, chats


class UpdateLedger:
    """Which update positions are safe to save: see the module docstring."""

    def __init__(self) -> None:
        self._next = 0
        self._unsettled: set[int] = set()
        self._begun: deque[int] = deque()  # in order; settled ones leave from the front lazily
        self._checkpoints: deque[tuple[int, object]] = deque()
        self.safe_state = None
        self.advanced: Callable[[], None] | None = None

    def reset(self, state) -> None:
        """The message box was (re)loaded: nothing dispatched before counts any more."""
        self._unsettled.clear()
        self._begun.clear()
        self._checkpoints.clear()
        self.safe_state = state

    def begin(self) -> int:
        number = self._next
        self._next += 1
        self._unsettled.add(number)
        self._begun.append(number)
        return number

    def settled(self, number: int) -> None:
        self._unsettled.discard(number)
        self._advance()

    def checkpoint(self, state) -> None:
        self._checkpoints.append((self._next, state))
        self._advance()

    @property
    def unsettled(self) -> int:
        return len(self._unsettled)

    def _advance(self) -> None:
        """Checkpoints up to the lowest unsettled update pass (the oldest begun one still
        unsettled, not min() of the set: a burst has thousands in hand, and this runs
        after each of them)."""
        begun = self._begun
        while begun and begun[0] not in self._unsettled:
            begun.popleft()
        lowest = begun[0] if begun else self._next
        moved = False
        while self._checkpoints and self._checkpoints[0][0] <= lowest:
            _, self.safe_state = self._checkpoints.popleft()
            moved = True
        if moved and self.advanced is not None:
            self.advanced()


def _private_chat_of(update) -> int | None:
    if isinstance(update, (types.UpdateNewMessage, types.UpdateEditMessage)):
        peer = getattr(update.message, "peer_id", None)
        if isinstance(peer, types.PeerUser):
            return peer.user_id
    elif isinstance(update, types.UpdateShortMessage):
        return update.user_id
    return None


class UpdateOrder:
    """The handler tasks still running, per private chat and overall."""

    def __init__(self) -> None:
        self.running: set[asyncio.Task] = set()
        self._chats: dict[int, set[asyncio.Task]] = {}

    def waits_for(self, update) -> list[asyncio.Task]:
        if isinstance(update, types.UpdateDeleteMessages):
            return list(self.running)
        if isinstance(update, types.UpdateEditMessage):
            chat = _private_chat_of(update)
            return list(self._chats.get(chat, ())) if chat is not None else []
        return []

    def add(self, update, task: asyncio.Task) -> None:
        self.running.add(task)
        chat = _private_chat_of(update)
        if chat is not None:
            self._chats.setdefault(chat, set()).add(task)

        def done(finished: asyncio.Task) -> None:
            self.running.discard(finished)
            if chat is not None:
                tasks = self._chats.get(chat)
                if tasks is not None:
                    tasks.discard(finished)
                    if not tasks:
                        del self._chats[chat]

        task.add_done_callback(done)


MERGE_AT_MOST = 200  # pushes taken from the queue at once (see UpdateBatchQueue)


def _mergeable(item) -> bool:
    """An `Updates` outside the common sequence (seq 0), not our own request's result."""
    return type(item) is types.Updates and item.seq == 0 and not getattr(item, "_self_outgoing", False)


class UpdateBatchQueue(asyncio.Queue):
    """The socket's pushes; `get` hands the `Updates` pushes already waiting, up to
    MERGE_AT_MOST, as one (their updates in order, users and chats the newest of each).

    Telethon 1.45 takes each push through `asyncio.wait_for(queue.get())`: a task, a
    timer and two turns of the loop per push. In a burst those turns were most of the
    loop's own work beside the desk's, and each turn let the store's thread take the
    interpreter lock in the middle of a batch, the hand-over costing both threads
    (bench/ingest). Only pushes outside the common sequence (seq 0) are merged: pushes
    in it are checked whole against the sequence, so one already applied (say, by a
    getDifference answer that crossed it) would take the next ones down with it as an
    `updatesCombined`. Anything else (a push in the sequence, a short update, our own
    requests' results, updatesTooLong) is handed alone, in its place."""

    def get_nowait(self):
        first = super().get_nowait()
        if not _mergeable(first):
            return first
        run = [first]
        waiting = self._queue
        while waiting and len(run) < MERGE_AT_MOST and _mergeable(waiting[0]):
            run.append(super().get_nowait())
        if len(run) == 1:
            return first
        return types.Updates([u for push in run for u in push.updates],
                             _newest(u for push in run for u in push.users),
                             _newest(c for push in run for c in push.chats), max(push.date for push in run), 0)


def _newest(entities) -> list:
    """One per id, the last one given; a `min` one (no usable access hash: Telegram sends
    them where the account may not address the user) never replaces a full one."""
    newest: dict = {}
    for entity in entities:
        known = newest.get(entity.id)
        if known is None or not getattr(entity, "min", False) or getattr(known, "min", False):
            newest[entity.id] = entity
    return list(newest.values())


class DeskTelegramClient(TelegramClient):
    """See the module docstring. Also: Telethon 1.45 reconnects by itself but does not
    fetch what it missed (its `_handle_auto_reconnect` stops before its catch-up code);
    this one does."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs["sequential_updates"] = True  # our _dispatch_update starts the tasks itself
        super().__init__(*args, **kwargs)
        self._updates_queue = self._sender._updates_queue = UpdateBatchQueue()
        self.ledger = UpdateLedger()
        self.order = UpdateOrder()
        self._dispatched = 0
        box = DeskMessageBox(self._log["messagebox"])
        box.on_load = self.ledger.reset
        self._message_box = box
        self.routes = UpdateRoutes()
        # By update type, a handler tried before any event is built: it returns True when
        # it took the update whole (no builder runs), False to leave it to the handlers.
        self.direct: dict[type, Callable[[object], Awaitable[bool]]] = {}

    # -- handlers whose exceptions we see ----------------------------------------------

    def add_event_handler(self, callback, event=None):
        async def watched(ev):
            try:
                return await callback(ev)
            except BaseException:
                outcome = _outcome.get()
                if outcome is not None:
                    outcome.failed = True
                raise

        watched.__name__ = getattr(callback, "__name__", "handler")
        watched.__wrapped__ = callback
        self.routes.changed()
        return super().add_event_handler(watched, event)

    def remove_event_handler(self, callback, event=None):
        self.routes.changed()
        return super().remove_event_handler(callback, event)

    # -- checkpoints and ordered dispatch ----------------------------------------------

    async def _preprocess_updates(self, updates, users, chats):
        updates = await super()._preprocess_updates(updates, users, chats)
        return [*updates, _Checkpoint(_snapshot(self._message_box))]

    async def _dispatch_update(self, update):
        """Telethon's update loop dispatches a batch (a getDifference answer: hundreds
        of updates) without suspending in between: every DISPATCH_SLICE updates the
        loop gets a turn, so the window paints in the middle of a catch-up."""
        if isinstance(update, _Checkpoint):
            self.ledger.checkpoint(update.state)
            return
        self._dispatched += 1
        if self._dispatched % DISPATCH_SLICE == 0:
            await asyncio.sleep(0)
        number = self.ledger.begin()
        waits = self.order.waits_for(update)
        task = self.loop.create_task(self._handle_update(update, number, waits))
        self.order.add(update, task)
        self._event_handler_tasks.add(task)
        task.add_done_callback(self._event_handler_tasks.discard)

    async def _handle_update(self, update, number: int, waits: list[asyncio.Task]) -> None:
        if waits:
            await asyncio.wait(waits)
        outcome = _Outcome()
        _outcome.set(outcome)
        try:
            await self._to_handlers(update)
        except Exception:
            log.exception("an update could not be handled; it is fetched again at the next start")
            return
        if outcome.failed:
            log.warning("an update was not filed; it is fetched again at the next start")
            return
        self.ledger.settled(number)

    async def _to_handlers(self, update) -> None:
        """The `direct` handler of the update's type first (an exception fails the
        update); unless it took the update, Telethon 1.45's `_dispatch_update`, offering
        the update only to the handlers whose builder takes its type
        (net/update_routes.py); a handler's exception is logged and the next handler
        runs, as there. No conversations (the desk opens none)."""
        direct = self.direct.get(type(update))
        if direct is not None and await direct(update):
            return
        if not self._mb_entity_cache.self_id:
            try:  # some events need our own id offline; None until logged in
                await self.get_me(input_peer=True)
            except OSError:
                pass
        built = EventBuilderDict(self, update, None)
        for builder, callback in self.routes.of(self._event_builders, type(update)):
            event = built[type(builder)]
            if not event:
                continue
            if not builder.resolved:
                await builder.resolve(self)
            passes = builder.filter(event)
            if inspect.isawaitable(passes):
                passes = await passes
            if not passes:
                continue
            try:
                await callback(event)
            except events.StopPropagation:
                break
            except Exception:  # noqa: BLE001 (as Telethon: the handler's failure is its own)
                log.exception("unhandled exception in %s", getattr(callback, "__name__", "a handler"))

    async def drain(self, timeout: float) -> bool:
        """Let the handlers in hand finish (at most `timeout` s). True if all did."""
        running = list(self.order.running)
        if not running:
            return True
        _, pending = await asyncio.wait(running, timeout=timeout)
        return not pending

    # -- the saved position ------------------------------------------------------------

    async def _save_states_and_entities(self) -> None:
        state = self.ledger.safe_state
        if state is None:
            await super()._save_states_and_entities()
            return
        if self._mb_entity_cache.self_id:  # as Telethon does: our own id under id 0
            await utils.maybe_async(self.session.process_entities(types.contacts.ResolvedPeer(
                None, [types.InputPeerUser(0, self._mb_entity_cache.self_id)], [])))
        session, channels = state
        if not session.get("pts"):
            return  # no position known yet: leave the session's as it is
        await utils.maybe_async(self.session.set_update_state(
            0, types.updates.State(**session, unread_count=0)))
        now = datetime.datetime.now()  # any datetime works; channels do not need it
        for channel_id, pts in channels.items():
            await utils.maybe_async(self.session.set_update_state(
                channel_id, types.updates.State(pts, 0, now, 0, unread_count=0)))

    async def save_update_state(self) -> None:
        """Write the last safe position to the session now, not in a minute: after a
        crash, the next start fetches from there. The desk's session writes it on a
        thread of its own (net/desk_session.py), not on the loop."""
        await self._save_states_and_entities()
        off_loop = getattr(self.session, "save_off_loop", None)
        if off_loop is not None:
            await off_loop()
        else:
            await utils.maybe_async(self.session.save())

    async def _handle_auto_reconnect(self) -> None:
        await super()._handle_auto_reconnect()
        await self.catch_up()
