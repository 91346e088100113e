"""The gateway of a team workstation without a Telegram session (`telegram.session = none`).

The account's session (a full credential of the service account) then lives only on the
server that runs `deskclient serve`. This workstation reads and writes the shared store:
its replies are queued in the outbox, which the duty holder sends. It never connects,
never takes the duty, and anything that would need the network now raises `Offline`.
"""

from __future__ import annotations

from pathlib import Path

from ..domain.messages import IncomingFile, OutboundMessage, SentReceipt
from .gateway import ChannelAddress, ChannelPostReceipt, ConnectionState, Gateway, GatewayListener, Offline

LABEL = "via the service"


class NullGateway(Gateway):
    label = LABEL

    def __init__(self, account: str = "") -> None:
        self.account = account

    @property
    def has_session(self) -> bool:
        return False

    async def start(self, listener: GatewayListener) -> None:
        """Nothing to connect: the service files what citizens write."""

    async def stop(self) -> None:
        pass

    @property
    def state(self) -> ConnectionState:
        return ConnectionState.OFFLINE

    def _offline(self):
        return Offline("this workstation has no Telegram session; the service sends")

    async def send(self, message: OutboundMessage, files_dir: Path) -> SentReceipt:
        raise self._offline()

    async def download(self, file: IncomingFile, destination: Path, max_bytes: int) -> int:
        raise self._offline()

    async def leave_group(self, chat_id: int) -> None:
        raise self._offline()

    async def fetch_message_text(self, citizen_address: int, channel_message_id: int,
                                 access_hash: int | None = None) -> str | None:
        raise self._offline()

    async def edit_sent(self, citizen_address: int, channel_message_id: int, text: str,
                        access_hash: int | None = None) -> None:
        raise self._offline()

    async def delete_sent(self, citizen_address: int, channel_message_ids: list[int]) -> None:
        raise self._offline()

    async def post_to_channel(self, channel: ChannelAddress, text: str, entities: tuple = (), *,
                              random_id: int, file_path: Path | None = None,
                              file_name: str | None = None) -> ChannelPostReceipt:
        raise self._offline()

    async def edit_channel_post(self, channel: ChannelAddress, post_id: int, text: str,
                                entities: tuple = ()) -> None:
        raise self._offline()

    async def delete_channel_post(self, channel: ChannelAddress, post_id: int) -> None:
        raise self._offline()
