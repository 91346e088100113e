"""A gateway built when it is first needed, which at a window's start is after its first
paint: importing Telethon (and aiohttp through it) takes about 0.3 s of a start that
must paint the queue within 1 s (issue 17 item 4), and nothing the window shows first
needs it. Before it is built it is offline, not a bot, with a session; anything else
asked of it (a send, `client`, `account`, …) builds it there and then."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from ..domain.messages import IncomingFile, OutboundMessage, SentReceipt
from .gateway import (
    ChannelAddress,
    ChannelPostReceipt,
    ConnectionState,
    Gateway,
    GatewayListener,
)


class LateGateway(Gateway):
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

    async def send(self, message: OutboundMessage, files_dir: Path) -> SentReceipt:
        return await self.real.send(message, files_dir)

    async def download(self, file: IncomingFile, destination: Path, max_bytes: int) -> int:
        return await self.real.download(file, destination, max_bytes)

    async def leave_group(self, chat_id: int) -> None:
        await self.real.leave_group(chat_id)

    async def fetch_message_text(self, citizen_address: int, channel_message_id: int,
                                 access_hash: int | None = None) -> str | None:
        return await self.real.fetch_message_text(citizen_address, channel_message_id, access_hash)

    async def edit_sent(self, citizen_address: int, channel_message_id: int, text: str,
                        access_hash: int | None = None) -> None:
        await self.real.edit_sent(citizen_address, channel_message_id, text, access_hash)

    async def delete_sent(self, citizen_address: int, channel_message_ids: list[int]) -> None:
        await self.real.delete_sent(citizen_address, channel_message_ids)

    async def delete_history(self, citizen_address: int, max_id: int, access_hash: int | None = None,
                             revoke: bool = False) -> None:
        await self.real.delete_history(citizen_address, max_id, access_hash, revoke)

    async def post_to_channel(self, channel: ChannelAddress, text: str, entities: tuple = (), *,
                              random_id: int, file_path: Path | None = None,
                              file_name: str | None = None) -> ChannelPostReceipt:
        return await self.real.post_to_channel(channel, text, entities, random_id=random_id,
                                               file_path=file_path, file_name=file_name)

    async def edit_channel_post(self, channel: ChannelAddress, post_id: int, text: str,
                                entities: tuple = ()) -> None:
        await self.real.edit_channel_post(channel, post_id, text, entities)

    async def delete_channel_post(self, channel: ChannelAddress, post_id: int) -> None:
        await self.real.delete_channel_post(channel, post_id)
