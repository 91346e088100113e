"""A Gateway that hands its calls on to another gateway, the forwarding written once for
GatewayRouter (the gateway of the account a call concerns, gateway_router.py) and
LateGateway (a gateway built when first needed, late_gateway.py).

A subclass says which gateway takes a call: `_delegate()` for the calls that name no
citizen (a send, a download, a group, a channel post) and `_delegate_for_citizen()` for
those that name one (by default the same gateway). What it does besides handing a call
on (the connection state, start and stop, a send's checks) it writes itself.
"""

from __future__ import annotations

from abc import abstractmethod
from pathlib import Path

from ..domain.messages import IncomingFile, OutboundMessage, SentReceipt
from .gateway import ChannelAddress, ChannelPostReceipt, Gateway


class DelegatingGateway(Gateway):
    """Every call of Gateway's that reaches the network, handed on; the signatures are
    Gateway's own, so that each abstract method has its body here."""

    @abstractmethod
    def _delegate(self) -> Gateway:
        """The gateway for a call that names no citizen."""

    async def _delegate_for_citizen(self, citizen_address: int) -> Gateway:
        """The gateway for a call about this citizen."""
        return self._delegate()

    async def send(self, message: OutboundMessage, files_dir: Path) -> SentReceipt:
        return await self._delegate().send(message, files_dir)

    async def download(self, file: IncomingFile, destination: Path, max_bytes: int) -> int:
        return await self._delegate().download(file, destination, max_bytes)

    async def leave_group(self, chat_id: int) -> None:
        await self._delegate().leave_group(chat_id)

    async def fetch_message_text(self, citizen_address: int, channel_message_id: int,
                                 access_hash: int | None = None) -> str | None:
        gateway = await self._delegate_for_citizen(citizen_address)
        return await gateway.fetch_message_text(citizen_address, channel_message_id, access_hash)

    async def edit_sent(self, citizen_address: int, channel_message_id: int, text: str,
                        access_hash: int | None = None) -> None:
        gateway = await self._delegate_for_citizen(citizen_address)
        await gateway.edit_sent(citizen_address, channel_message_id, text, access_hash)

    async def delete_sent(self, citizen_address: int, channel_message_ids: list[int]) -> None:
        gateway = await self._delegate_for_citizen(citizen_address)
        await gateway.delete_sent(citizen_address, channel_message_ids)

    async def delete_history(self, citizen_address: int, max_id: int, access_hash: int | None = None,
                             revoke: bool = False) -> None:
        gateway = await self._delegate_for_citizen(citizen_address)
        await gateway.delete_history(citizen_address, max_id, access_hash, revoke)

    async def post_to_channel(self, channel: ChannelAddress, text: str, entities: tuple = (), *,
                              random_id: int, file_path: Path | None = None,
                              file_name: str | None = None) -> ChannelPostReceipt:
        return await self._delegate().post_to_channel(channel, text, entities, random_id=random_id,
                                                      file_path=file_path, file_name=file_name)

    async def edit_channel_post(self, channel: ChannelAddress, post_id: int, text: str,
                                entities: tuple = ()) -> None:
        await self._delegate().edit_channel_post(channel, post_id, text, entities)

    async def delete_channel_post(self, channel: ChannelAddress, post_id: int) -> None:
        await self._delegate().delete_channel_post(channel, post_id)
