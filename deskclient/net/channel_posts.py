"""Posting to a Telegram channel on Telethon (issue 12 item 6: the @gencat kind, seed 000).

A mixin of TelethonGateway. The channel is named by its public username; the first post
resolves it (contacts.resolveUsername) and the store keeps its id and the account's
access hash, so later edits and deletions, by any duty holder, need no lookup.

- A post is messages.sendMessage / sendMedia to the channel with the desk's own
  random_id: a resend after a crash is Telegram's RANDOM_ID_DUPLICATE, and the post made
  before is found again in the channel's last messages (same text, ours), so its link
  is not lost.
- An account that is not one of the channel's admins is refused before anything is
  sent (the resolved channel says so) and, should that change meanwhile, by Telegram
  (CHAT_ADMIN_REQUIRED): `Undeliverable`, with the reason in words.
- Edits are messages.editMessage (the same text again is done already); deletions
  channels.deleteMessages (a post gone already is done).
"""

from __future__ import annotations

import logging
from pathlib import Path

from telethon import errors
from telethon.errors.rpcerrorlist import rpc_errors_dict
from telethon.tl import functions, types

from .gateway import ChannelAddress, ChannelPostReceipt, GatewayError, Undeliverable
from .rpc_errors import gateway_error

log = logging.getLogger("deskclient.net")

FIND_AGAIN = 20  # a repeated post is looked for among the channel's last messages

_REFUSALS = {
    "CHAT_ADMIN_REQUIRED": "the service account is not an admin of @{0}",
    "CHAT_WRITE_FORBIDDEN": "the service account may not post in @{0}",
    "CHANNEL_INVALID": "Telegram does not know the channel @{0} for the service account",
    "CHANNEL_PRIVATE": "the channel @{0} is private or the service account was removed from it",
    "USERNAME_NOT_OCCUPIED": "no Telegram channel is called @{0}",
    "USERNAME_INVALID": "@{0} is not a valid channel name",
    "MESSAGE_ID_INVALID": "the post is no longer in @{0}",
    "MESSAGE_DELETE_FORBIDDEN": "the service account may not delete posts in @{0}",
    "MESSAGE_EDIT_TIME_EXPIRED": "Telegram no longer lets this post be edited",
}


def channel_error(exc: BaseException, username: str) -> GatewayError:
    """A refusal about the channel in words, else what any send's failure maps to."""
    if isinstance(exc, errors.RPCError):
        for name, reason in _REFUSALS.items():
            known = rpc_errors_dict.get(name)
            if getattr(exc, "message", None) == name or (known is not None and isinstance(exc, known)):
                return Undeliverable(reason.format(username))
    return gateway_error(exc)


class ChannelPosting:
    async def _channel_peer(self, channel: ChannelAddress) -> tuple[ChannelAddress, types.InputPeerChannel]:
        """The channel as an input peer: from the stored id and hash, else resolved by
        its username (and checked: a broadcast channel this account administers)."""
        self._online()
        if channel.channel_id is not None and channel.access_hash is not None:
            return channel, types.InputPeerChannel(channel.channel_id, channel.access_hash)
        try:
            resolved = await self.client(functions.contacts.ResolveUsernameRequest(channel.username))
        except Exception as exc:  # noqa: BLE001 (every failure becomes a gateway error)
            raise channel_error(exc, channel.username) from None
        found = next((c for c in resolved.chats if isinstance(resolved.peer, types.PeerChannel)
                      and getattr(c, "id", None) == resolved.peer.channel_id), None)
        if not isinstance(found, types.Channel) or not found.broadcast:
            raise Undeliverable(f"@{channel.username} is not a Telegram channel")
        rights = found.admin_rights
        if not (found.creator or (rights is not None and rights.post_messages)):
            raise Undeliverable(_REFUSALS["CHAT_ADMIN_REQUIRED"].format(channel.username))
        address = ChannelAddress(found.username or channel.username, found.id, found.access_hash)
        return address, types.InputPeerChannel(found.id, found.access_hash)

    async def post_to_channel(self, channel: ChannelAddress, text: str, entities: tuple = (), *,
                              random_id: int, file_path: Path | None = None,
                              file_name: str | None = None) -> ChannelPostReceipt:
        from .telethon_gateway import _tl_entities
        address, peer = await self._channel_peer(channel)
        formatting = _tl_entities(entities)
        if file_path is not None:
            media = await self._input_media(file_path, file_name)
            request = functions.messages.SendMediaRequest(peer, media, message=text, random_id=random_id,
                                                          entities=formatting)
        else:
            request = functions.messages.SendMessageRequest(peer, text, random_id=random_id, entities=formatting)
        try:
            result = await self.client(request)
        except errors.RandomIdDuplicateError:
            return await self._posted_before(address, peer, text)
        except Exception as exc:  # noqa: BLE001 (every failure becomes a gateway error)
            if file_path is not None:
                self._sent_media.pop(str(file_path), None)  # a stale reference: upload it again
            raise channel_error(exc, address.username) from None
        post = self.client._get_response_message(request, result, peer)
        if post is None:
            return await self._posted_before(address, peer, text)
        if file_path is not None and isinstance(getattr(post, "media", None), types.MessageMediaDocument):
            self._remember_media(str(file_path), post.media.document)
        log.info("posted to a channel")
        return ChannelPostReceipt(address, post.id, post.date)

    async def _posted_before(self, address: ChannelAddress, peer, text: str) -> ChannelPostReceipt:
        """Telegram took this random_id before (the answer was lost): the post is the
        newest of ours with this text among the channel's last messages."""
        try:
            history = await self.client(functions.messages.GetHistoryRequest(
                peer, offset_id=0, offset_date=None, add_offset=0, limit=FIND_AGAIN, max_id=0, min_id=0, hash=0))
        except Exception as exc:  # noqa: BLE001
            raise channel_error(exc, address.username) from None
        for message in history.messages:
            if getattr(message, "out", False) and (getattr(message, "message", None) or "") == text:
                return ChannelPostReceipt(address, message.id, message.date)
        raise Undeliverable(f"Telegram had this post already, but it is no longer among the last posts of "
                            f"@{address.username}")

    async def edit_channel_post(self, channel: ChannelAddress, post_id: int, text: str,
                                entities: tuple = ()) -> None:
        from .telethon_gateway import _tl_entities
        _, peer = await self._channel_peer(channel)
        try:
            await self.client(functions.messages.EditMessageRequest(peer, post_id, message=text,
                                                                    entities=_tl_entities(entities)))
        except errors.MessageNotModifiedError:
            return  # it says this already: an earlier try whose answer was lost
        except Exception as exc:  # noqa: BLE001
            raise channel_error(exc, channel.username) from None

    async def delete_channel_post(self, channel: ChannelAddress, post_id: int) -> None:
        _, peer = await self._channel_peer(channel)
        try:
            await self.client(functions.channels.DeleteMessagesRequest(
                types.InputChannel(peer.channel_id, peer.access_hash), [post_id]))
        except Exception as exc:  # noqa: BLE001
            raise channel_error(exc, channel.username) from None
