"""Sends the persistent outbox in order, once each, obeying flood waits.

Every outgoing message gets its Telegram `random_id` in the store when it is queued,
before any send. A resend after a crash or a dropped connection repeats that id, so
Telegram recognises it instead of posting the message twice.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from ..net.gateway import ConnectionState, Gateway, GatewayError, Offline, RateLimited
from ..store.repository import TicketStore
from .events import EventBus, SendingPaused
from .runner import StoreRunner

log = logging.getLogger("deskclient.services")


class OutboxSender:
    def __init__(self, store: TicketStore, runner: StoreRunner, gateway: Gateway,
                 files_dir: Path, bus: EventBus) -> None:
        self.store = store
        self.runner = runner
        self.gateway = gateway
        self.files_dir = files_dir
        self.bus = bus
        self._wake = asyncio.Event()
        self._task: asyncio.Task | None = None

    def start(self) -> None:
        self._task = asyncio.ensure_future(self._run())
        self.kick()

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    def kick(self) -> None:
        """Something was queued, or the connection came back."""
        self._wake.set()

    async def flush(self) -> int:
        """Send what is queued now; returns how many were sent. Stops at the first failure."""
        sent = 0
        while True:
            batch = await self.runner.run(self.store.outbox)
            if not batch:
                return sent
            for message in batch:
                if self.gateway.state is not ConnectionState.ONLINE:
                    return sent
                try:
                    receipt = await self.gateway.send(message, self.files_dir)
                except RateLimited as exc:
                    self.bus.publish(SendingPaused(exc.seconds))
                    await asyncio.sleep(exc.seconds)
                    self.bus.publish(SendingPaused(0))
                    break  # re-read the queue: order is kept, nothing skipped
                except Offline:
                    return sent
                except GatewayError as exc:
                    if exc.retry:
                        return sent
                    await self.runner.run(self.store.mark_failed, message.message_id, str(exc))
                    continue
                await self.runner.run(self.store.mark_sent, message.message_id,
                                      receipt.telegram_id, receipt.date)
                sent += 1

    async def _run(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            try:
                await self.flush()
            except Exception:
                log.exception("outbox flush failed")
                await asyncio.sleep(5)
                self._wake.set()
