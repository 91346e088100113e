"""A gateway's connection state, kept the same way by every channel: the listener told
of each change, tests and the demo able to wait for ONLINE."""

from __future__ import annotations

import asyncio
import logging

from .gateway import ConnectionState, GatewayListener

log = logging.getLogger("deskclient.net")


class ConnectionStateKeeper:
    """Mixed into a Gateway: `_state`, `_listener` and `label` are the gateway's."""

    _state: ConnectionState = ConnectionState.OFFLINE
    _listener: GatewayListener | None = None

    @property
    def state(self) -> ConnectionState:
        return self._state

    def _set_state(self, state: ConnectionState) -> None:
        if state is self._state:
            return
        self._state = state
        log.info("%s connection %s", self.label, state.value)
        if self._listener is not None:
            self._listener.on_state(state)

    async def wait_online(self, timeout: float = 10.0) -> None:
        async def online():
            while self._state is not ConnectionState.ONLINE:
                await asyncio.sleep(0.01)
        await asyncio.wait_for(online(), timeout)
