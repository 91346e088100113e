"""A gateway built when it is first needed, which at a window's start is after its first
paint: importing Telethon (and aiohttp through it) takes about 0.3 s of a start that
must paint the queue within 1 s (issue 17 item 4), and nothing the window shows first
needs it. Before it is built it is offline, not a bot, with a session; anything else
asked of it (a send, `client`, `account`, …) builds it there and then."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from ..domain.messages import OutboundMessage
from .delegating_gateway import DelegatingGateway
from .gateway import ConnectionState, Gateway, GatewayListener


class LateGateway(DelegatingGateway):
    """Stands for `build()`'s gateway (same channel and label) and hands every call on."""

    def __init__(self, build: Callable[[], Gateway], label: str, channel: str = "telegram") -> None:
        self._build = build
        self._real: Gateway | None = None
        self.label = label
        self.channel = channel

    @property
    def real(self) -> Gateway:
        if self._real is None:
            self._real = self._build()
        return self._real

    def _delegate(self) -> Gateway:
        return self.real

    def __getattr__(self, name: str):  # the real one's own members (client, account, logged_in, …)
        if name.startswith("__") or name in ("_build", "_real"):
            raise AttributeError(name)
        return getattr(self.real, name)

    @property
    def is_bot(self) -> bool:
        return self._real is not None and self._real.is_bot

    def shows_buttons(self, message: OutboundMessage) -> bool:
        return self.real.shows_buttons(message)

    @property
    def has_session(self) -> bool:
        return self._real is None or self._real.has_session

    @property
    def state(self) -> ConnectionState:
        return ConnectionState.OFFLINE if self._real is None else self._real.state

    def channel_states(self) -> list[tuple[str, ConnectionState]]:
        return [(self.channel, self.state)] if self._real is None else self._real.channel_states()

    @property
    def sending(self) -> bool:
        return self._real is not None and self._real.sending

    def can_send(self, message: OutboundMessage) -> bool:
        return self._real is not None and self._real.can_send(message)

    async def start(self, listener: GatewayListener) -> None:
        """Built after the loop has turned once more (a window shown just before paints
        first), then started."""
        await asyncio.sleep(0)
        await self.real.start(listener)

    async def stop(self) -> None:
        if self._real is not None:
            await self._real.stop()
