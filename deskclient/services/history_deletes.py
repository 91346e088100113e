"""Deleting purged conversations from the service account's chats on Telegram, until
Telegram confirms it (issue 14 item 6; the pending rows: store/history_deletes.py).

Run by the duty holder alone, in rounds like the group leaves (services/duty_rounds.py):
it looks when a purge or an erasure removed tickets (here, or on another workstation
through NOTIFY), when the connection is back, and every `poll` seconds. Each deletion
addresses the citizen with the access hash kept in the pending row. `revoke`
(`retention.telegram_revoke`) deletes the citizen's copy too, for deployments whose law
requires it; by default only the account's side goes. A flood wait is obeyed as told; a
refusal that can never pass (a bot account, an unknown citizen) ends the deletion with
its reason in the audit log; anything else is tried again with a growing pause, for as
long as it takes.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from ..domain.clock import Clock
from ..net.gateway import ConnectionState, Gateway, GatewayError, Offline, RateLimited, Undeliverable
from ..store.history_deletes import PendingHistoryDelete
from ..store.repository import TicketStore
from .duty_rounds import DutyRounds
from .runner import StoreRunner

log = logging.getLogger("deskclient.services")


class HistoryDeleter(DutyRounds):
    what = "chat deletions on Telegram"

    def __init__(self, store: TicketStore, runner: StoreRunner, gateway: Gateway, clock: Clock,
                 revoke: bool = False) -> None:
        super().__init__(runner, clock)
        self.store = store
        self.gateway = gateway
        self.revoke = revoke
        self._cleared = False

    def next_due(self):
        return self.store.next_history_delete_at()

    def wakes_on(self, change) -> bool:
        """Tickets were purged: a purge or an erasure queued deletions."""
        return change.kind == "ticket_purged"

    async def run_once(self) -> int:
        """Make every deletion that is due; returns how many Telegram confirmed."""
        if not self._cleared:  # the duty holder's first round, once a start
            if forgotten := await self.runner.run(self.store.forget_whatsapp_history_deletes):
                log.info("%d chat deletions an earlier version queued for WhatsApp chats dropped "
                         "(WhatsApp has no chat history to delete)", forgotten)
            self._cleared = True
        if self.gateway.state is not ConnectionState.ONLINE:
            return 0
        done = 0
        for pending in await self.runner.run(self.store.pending_history_deletes, self.clock.now(),
                                             self.gateway.account):
            try:
                await self.gateway.delete_history(pending.address, pending.max_id,
                                                  pending.access_hash, self.revoke)
            except Offline:
                return done  # the connection went: all wait for it
            except RateLimited as exc:
                log.warning("chat deletions on Telegram: flood wait of %s s", exc.seconds)
                await self._failed(pending, str(exc), max(exc.seconds, 1))
                return done  # the whole account waits
            except Undeliverable as exc:
                log.warning("a chat's history cannot be deleted on Telegram (%s)", type(exc).__name__)
                await self.runner.run(self.store.history_delete_ended, pending, self.revoke, str(exc))
                continue
            except GatewayError as exc:
                log.warning("a chat's history was not deleted on Telegram (try %d, %s)",
                            pending.attempts + 1, type(exc).__name__)
                await self._failed(pending, str(exc), self.pause_after(pending.attempts + 1))
                continue
            if await self.runner.run(self.store.history_delete_ended, pending, self.revoke):
                done += 1
                log.info("a purged chat's history was deleted on Telegram")
        return done

    async def _failed(self, pending: PendingHistoryDelete, reason: str, pause: float) -> None:
        await self.runner.run(self.store.history_delete_failed, pending, reason,
                              self.clock.now() + timedelta(seconds=pause))
