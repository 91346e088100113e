"""One desk, several channels: a Gateway over several gateways (Telegram's, WhatsApp's).

The services keep talking to one gateway. Each call goes to the gateway of the account
it concerns: a send by `OutboundMessage.account` (filled by the outbox from the store),
a call naming a citizen by the account the citizen was filed under (learnt from what
passes through here, else asked of the store through `account_of`), anything else
(groups, channel posts: Telegram's) to the first gateway. A citizen's address alone can
be ambiguous (a Telegram user id that equals a WhatsApp number's digits): then the first
gateway's account is meant, as before there were channels.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Awaitable, Callable

from ..domain.channels import channel_of
from ..domain.messages import IncomingFile, InboundMessage, OutboundMessage, SentReceipt
from .delegating_gateway import DelegatingGateway
from .gateway import ConnectionState, Gateway, GatewayListener, NotSent

log = logging.getLogger("deskclient.net")

# The combined state, best first: the desk is as connected as its best-connected channel
# (each send still waits for its own channel: `can_send`), unless the first channel needs
# a login, which the window and `deskclient status` must say.
_BEST_FIRST = (ConnectionState.ONLINE, ConnectionState.CONNECTING, ConnectionState.LOGGED_OUT,
               ConnectionState.OFFLINE)


class _Tap:
    """The listener each gateway is started with: notes which account a citizen wrote to,
    hands everything on, and reports the combined state instead of one gateway's."""

    def __init__(self, router: GatewayRouter, listener: GatewayListener) -> None:
        self._router = router
        self._listener = listener

    async def on_message(self, message: InboundMessage):
        self._router.learn(message.citizen.address, message.account)
        return await self._listener.on_message(message)

    def on_state(self, state: ConnectionState) -> None:
        self._listener.on_state(self._router.state)

    def __getattr__(self, name: str):  # on_edit, on_deletion, on_typing, on_button, …
        return getattr(self._listener, name)


class GatewayRouter(DelegatingGateway):
    """`gateways[0]` is the desk's first channel (Telegram): its account, login and
    Telegram-only calls. `account_of(citizen_address)` returns the accounts the store
    filed that address under."""

    def __init__(self, gateways: list[Gateway],
                 account_of: Callable[[int], Awaitable[list[str]]] | None = None) -> None:
        if not gateways:
            raise ValueError("a router needs at least one gateway")
        self.gateways = list(gateways)
        self.first = self.gateways[0]
        self.channel = self.first.channel
        self._account_of = account_of
        self._accounts: dict[int, str] = {}

    # -- who the desk is --------------------------------------------------------------------

    @property
    def account(self) -> str:  # Telegram's is known only once logged in
        return self.first.account

    @property
    def label(self) -> str:
        return " + ".join(g.label for g in self.gateways)

    @property
    def is_bot(self) -> bool:
        return self.first.is_bot

    @property
    def has_session(self) -> bool:
        return self.first.has_session

    @property
    def state(self) -> ConnectionState:
        if self.first.state is ConnectionState.LOGGED_OUT:
            return ConnectionState.LOGGED_OUT
        states = {g.state for g in self.gateways}
        return next(s for s in _BEST_FIRST if s in states)

    def channel_states(self) -> list[tuple[str, ConnectionState]]:
        return [pair for g in self.gateways for pair in g.channel_states()]

    @property
    def sending(self) -> bool:
        return any(g.state is ConnectionState.ONLINE for g in self.gateways)

    def can_send(self, message: OutboundMessage) -> bool:
        return self.gateway_for(message.account).state is ConnectionState.ONLINE

    def shows_buttons(self, message: OutboundMessage) -> bool:
        return self.gateway_for(message.account).shows_buttons(message)

    # -- routing ---------------------------------------------------------------------------

    def gateway_for(self, account: str | None) -> Gateway:
        """The gateway of that account: the same account string, else the same channel."""
        if account:
            for gateway in self.gateways:
                if gateway.account == account:
                    return gateway
            channel = channel_of(account)
            for gateway in self.gateways:
                if gateway.channel == channel:
                    return gateway
        return self.first

    def learn(self, citizen_address: int, account: str) -> None:
        self._accounts[citizen_address] = account

    def _delegate(self) -> Gateway:  # groups and channel posts: Telegram's
        return self.first

    async def _delegate_for_citizen(self, citizen_address: int) -> Gateway:
        account = self._accounts.get(citizen_address)
        if account is None and self._account_of is not None:
            accounts = await self._account_of(citizen_address)
            if len(accounts) == 1:
                account = accounts[0]
                self.learn(citizen_address, account)
        return self.gateway_for(account)

    # -- the Gateway (the calls only handed on: DelegatingGateway) -------------------------

    async def start(self, listener: GatewayListener) -> None:
        tap = _Tap(self, listener)
        for gateway in self.gateways:
            await gateway.start(tap)

    async def stop(self) -> None:
        """Every gateway stops, even if one of them fails to."""
        for gateway in reversed(self.gateways):
            try:
                await gateway.stop()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("a gateway failed to stop (%s)", gateway.channel)

    async def send(self, message: OutboundMessage, files_dir: Path) -> SentReceipt:
        gateway = self.gateway_for(message.account)
        if message.account:
            self.learn(message.citizen_address, message.account)
        if gateway.state is not ConnectionState.ONLINE:
            raise NotSent(f"{gateway.label} is not connected")
        return await gateway.send(message, files_dir)

    async def download(self, file: IncomingFile, destination: Path, max_bytes: int) -> int:
        citizen, _, _ = file.ref.partition(":")  # "<citizen address>:<message>", any channel
        gateway = await self._delegate_for_citizen(int(citizen)) if citizen.isdigit() else self.first
        return await gateway.download(file, destination, max_bytes)
