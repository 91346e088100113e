"""Making on Telegram the edits and deletions of sent messages that workstations without
a session queued in the store (store/sent_changes.py).

Run by the duty holder alone, in rounds like the group leaves (services/duty_rounds.py):
it looks when another workstation's change arrives (NOTIFY, or the team listener's
re-read after a reconnect), when the connection is back, and every `poll` seconds.
Each change addresses the citizen with the stored access hash, so a session that never
met them can make it. A flood wait is obeyed as told; a refusal that cannot pass
(`Undeliverable`) ends the change with its reason; anything else is tried again later
with a growing pause, and given up after `MAX_ATTEMPTS` tries.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from ..domain.clock import Clock
from ..net.gateway import ConnectionState, Gateway, GatewayError, Offline, RateLimited, Undeliverable
from ..store.records import RESYNC
from ..store.repository import TicketStore
from ..store.sent_changes import EDIT, SentChange
from .duty_rounds import DutyRounds
from .runner import StoreRunner

log = logging.getLogger("deskclient.services")

MAX_ATTEMPTS = 5


class SentChangesSender(DutyRounds):
    what = "changes of sent messages"

    def __init__(self, store: TicketStore, runner: StoreRunner, gateway: Gateway, clock: Clock) -> None:
        super().__init__(runner, clock)
        self.store = store
        self.gateway = gateway

    def next_due(self):
        return self.store.next_sent_change_at()

    def wakes_on(self, change) -> bool:
        """Another workstation changed a message (maybe queued a change), or the team
        listener asks for a re-read."""
        return change.remote and change.kind in ("message_changed", RESYNC)

    async def run_once(self) -> int:
        """Make every change that is due; returns how many Telegram took."""
        if self.gateway.state is not ConnectionState.ONLINE:
            return 0
        done = 0
        for change in await self.runner.run(self.store.pending_sent_changes, self.clock.now()):
            try:
                await self._make(change)
            except Offline:
                return done  # the connection went: all wait for it
            except RateLimited as exc:
                log.warning("changes of sent messages: flood wait of %s s", exc.seconds)
                await self._refused(change, str(exc), max(exc.seconds, 1))
                return done  # the whole account waits
            except Undeliverable as exc:
                log.info("a change of a sent message was refused (%s)", type(exc).__name__)
                await self.runner.run(self.store.sent_change_refused, change, str(exc), None)
                continue
            except GatewayError as exc:
                log.warning("a change of a sent message failed (try %d, %s)", change.attempts + 1,
                            type(exc).__name__)
                await self._refused(change, str(exc), self.pause_after(change.attempts + 1))
                continue
            await self.runner.run(self.store.sent_change_done, change)
            done += 1
        return done

    async def _make(self, change: SentChange) -> None:
        if change.action == EDIT:
            await self.gateway.edit_sent(change.citizen_address, change.channel_message_id, change.text,
                                         change.access_hash)
        else:
            await self.gateway.delete_sent(change.citizen_address, [change.channel_message_id])

    async def _refused(self, change: SentChange, reason: str, pause: float) -> None:
        give_up = change.attempts + 1 >= MAX_ATTEMPTS
        retry_at = None if give_up else self.clock.now() + timedelta(seconds=pause)
        await self.runner.run(self.store.sent_change_refused, change, reason, retry_at)
