"""The gateway: how services reach the network, whatever carries it (Telethon or demo).

Implementations turn network objects into the plain values of `domain.messages`, and
network failures into the errors below, so that services never see a Telethon type.
"""

from __future__ import annotations

import enum
from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from ..domain.messages import (
    AddedToGroup, InboundDeletion, InboundEdit, InboundMessage, IncomingFile, OutboundMessage,
    SentReceipt,
)


class ConnectionState(str, enum.Enum):
    OFFLINE = "offline"
    CONNECTING = "connecting"
    LOGGED_OUT = "logged out"  # connected, but the account needs a login
    ONLINE = "online"


class GatewayError(Exception):
    """A network failure; `retry` says whether the same request may succeed later."""

    retry = True


class Offline(GatewayError):
    """No connection now; try again once the state is ONLINE."""


class NotSent(Offline):
    """Offline, known before any byte of the send left the desk (not connected, the
    server refused the connection, an upload before the message failed): it may go again
    at once even where sends are not idempotent (WhatsApp). A plain Offline in a send
    may have reached the network (a timeout, a connection dropped after the request)."""


class RateLimited(GatewayError):
    """Telegram asked us to wait (a flood wait)."""

    def __init__(self, seconds: int) -> None:
        super().__init__(f"rate limited for {seconds} s")
        self.seconds = seconds


class Undeliverable(GatewayError):
    """The message can never be delivered as it is (blocked, deleted account, …)."""

    retry = False


class RecipientGone(Undeliverable):
    """The citizen blocked the account or deleted their Telegram account: nothing sent
    will reach them (a broadcast list takes them off)."""


@dataclass(frozen=True)
class ChannelAddress:
    """A Telegram channel the account posts to: its public username, and once known its
    id and the account's access hash for it (the same in all the account's sessions)."""

    username: str
    channel_id: int | None = None
    access_hash: int | None = None


@dataclass(frozen=True)
class ChannelPostReceipt:
    """A post Telegram took: where, its id in the channel (the link's last part), when."""

    channel: ChannelAddress
    post_id: int
    date: datetime

    @property
    def link(self) -> str:
        return f"https://t.me/{self.channel.username}/{self.post_id}"


class GatewayListener(Protocol):
    async def on_message(self, message: InboundMessage) -> None: ...
    async def on_edit(self, edit: InboundEdit) -> None: ...
    async def on_deletion(self, deletion: InboundDeletion) -> None: ...
    async def on_added_to_group(self, event: AddedToGroup) -> None: ...
    def on_state(self, state: ConnectionState) -> None: ...


class Gateway(ABC):
    """One service account on one channel, as the services see it.

    Calls name a citizen by `citizen_address`: the channel's conversation address (a
    Telegram user id, a WhatsApp wa_id's digits), and a message by `channel_message_id`: the
    channel's message id as an int (WhatsApp's "wamid.…" hashed by net/whatsapp, the
    string itself in `external_id`).
    """

    account: str  # stable id of the service account ("demo", a Telegram user id, "whatsapp:<id>")
    label: str  # shown in the status bar
    channel: str = "telegram"  # which network carries it: "telegram" or "whatsapp"

    @property
    def is_bot(self) -> bool:
        """A bot account (Telegram lets bots send faster than user accounts)."""
        return False

    def shows_buttons(self, message: OutboundMessage) -> bool:
        """Buttons under the message reach the citizen: a bot's inline keyboard (a user
        account cannot send one; its citizens answer the numbered text)."""
        return self.is_bot

    @property
    def has_session(self) -> bool:
        """False on a workstation without a Telegram session: the service does its
        sending, editing and deleting (through the store)."""
        return True

    @abstractmethod
    async def start(self, listener: GatewayListener) -> None:
        """Connect, deliver what arrived while away, then keep delivering."""

    @abstractmethod
    async def stop(self) -> None: ...

    @property
    @abstractmethod
    def state(self) -> ConnectionState: ...

    def channel_states(self) -> list[tuple[str, ConnectionState]]:
        """Each channel's own connection, the first channel first (a router: one each;
        `state` is their combined one), for serve's status line and `deskclient status`."""
        return [(self.channel, self.state)]

    @property
    def sending(self) -> bool:
        """Some message can go now (a desk with several channels: one is connected)."""
        return self.state is ConnectionState.ONLINE

    def can_send(self, message: OutboundMessage) -> bool:
        """The message's channel is connected now (a desk with several channels keeps
        sending on those that are: net/gateway_router.py)."""
        return self.state is ConnectionState.ONLINE

    @abstractmethod
    async def send(self, message: OutboundMessage, files_dir: Path) -> SentReceipt:
        """Send text (and the file at files_dir / file_path), once per random_id."""

    @abstractmethod
    async def download(self, file: IncomingFile, destination: Path, max_bytes: int) -> int:
        """Write the file's bytes to destination; stops past max_bytes. Returns the size."""

    @abstractmethod
    async def leave_group(self, chat_id: int) -> None: ...

    # Calls that address a citizen take the access hash the store keeps for them (the
    # account's, the same in all its sessions): a session that never met the citizen
    # (a second service node, a new server) cannot address them without it.

    @abstractmethod
    async def fetch_message_text(self, citizen_address: int, channel_message_id: int,
                                 access_hash: int | None = None) -> str | None:
        """An earlier message's text, for a reply quote the store does not hold."""

    @abstractmethod
    async def edit_sent(self, citizen_address: int, channel_message_id: int, text: str,
                        access_hash: int | None = None) -> None: ...

    @abstractmethod
    async def delete_sent(self, citizen_address: int, channel_message_ids: list[int]) -> None: ...

    async def delete_history(self, citizen_address: int, max_id: int, access_hash: int | None = None,
                             revoke: bool = False) -> None:
        """Delete a citizen's chat up to message `max_id` from the account's side (and,
        with `revoke`, from the citizen's); raises GatewayError until Telegram confirms it.
        A network that cannot (a demo, a workstation without a session) says so for good."""
        raise Undeliverable("this connection cannot delete a chat's history on Telegram")

    # Channel posts (issue 12): the duty holder posts a broadcast to a channel where the
    # account is an admin, and edits or deletes the post later (net/channel_posts.py).

    async def post_to_channel(self, channel: ChannelAddress, text: str, entities: tuple = (), *,
                              random_id: int, file_path: Path | None = None,
                              file_name: str | None = None) -> ChannelPostReceipt:
        """Post once per random_id (a repeat finds the post made before). Refusals for
        good (not an admin, no such channel) are `Undeliverable` with a plain reason."""
        raise Undeliverable("this connection cannot post to a Telegram channel")

    async def edit_channel_post(self, channel: ChannelAddress, post_id: int, text: str,
                                entities: tuple = ()) -> None:
        raise Undeliverable("this connection cannot edit a channel post")

    async def delete_channel_post(self, channel: ChannelAddress, post_id: int) -> None:
        raise Undeliverable("this connection cannot delete a channel post")
