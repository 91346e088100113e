"""Broadcast channels in the simulated Telegram: the @gencat kind (seed 000) the desk posts to.

- `add_channel(title, username, admins=(account,), members=())`: a channel made by the
  operator; only its admins may post, edit and delete. `channels.createChannel` (and
  `channels.updateUsername`) make one the calling account owns and administers.
- `contacts.resolveUsername`: a channel (or a user) by its public username, with the
  access hash of the asking account (the same in all its sessions, as for users).
- `messages.sendMessage` / `messages.sendMedia` to an `InputPeerChannel`: a post, once
  per random_id (RANDOM_ID_DUPLICATE after), refused with CHAT_ADMIN_REQUIRED for an
  account that is not one of its admins, CHANNEL_INVALID for a made-up access hash.
- `messages.editMessage` on a post, `channels.deleteMessages`: admins only too;
  MESSAGE_NOT_MODIFIED for the same text, MESSAGE_ID_INVALID for a post that is gone.
- `messages.getHistory` (newest first) and `channels.getMessages` for a channel;
  `updates.getChannelDifference` answers "nothing new" (the desk files no channel
  messages; Telethon asks after 15 minutes without a channel update).

Each channel has its own message ids and its own pts, as on Telegram. Posts come back
to the poster as `UpdateNewChannelMessage` / `UpdateEditChannelMessage` inside the
request's answer; nothing is pushed to other accounts (no subscriber clients here).

A mixin of `SimulatedTelegram` (uses `accounts`, `_account_of`, `_seen`, `_secret`,
`_now`, `_ids`, `flood`, `_handlers`, `_uploaded_media`).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from telethon.tl import functions, types

from ...domain.limits import CAPTION_LIMIT, TEXT_LIMIT, telegram_length
from .sender import RpcFailure
from .strict import access_hash

HISTORY_LIMIT = 100


@dataclass
class SimChannel:
    id: int
    title: str
    username: str | None
    owner: int | None
    admins: set[int]
    members: set[int] = field(default_factory=set)
    pts: int = 1
    posts: dict[int, types.Message] = field(default_factory=dict)  # id -> the post as it is now
    deleted: list[int] = field(default_factory=list)
    random_ids: dict[tuple[int, int], int] = field(default_factory=dict)  # (account, random_id) -> id
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))

    def next_id(self) -> int:
        return next(self._ids)


class SimulatedChannels:
    channels: dict[int, SimChannel]

    def _init_channels(self) -> None:
        self.channels = {}
        self._handlers.update({
            functions.channels.CreateChannelRequest: self._create_channel,
            functions.channels.UpdateUsernameRequest: self._update_channel_username,
            functions.contacts.ResolveUsernameRequest: self._resolve_username,
            functions.channels.DeleteMessagesRequest: self._delete_channel_messages,
            functions.channels.GetMessagesRequest: self._get_channel_messages,
            functions.messages.GetHistoryRequest: self._get_history,
            functions.updates.GetChannelDifferenceRequest: self._get_channel_difference,
        })

    # -- operator API --------------------------------------------------------------------

    def add_channel(self, title: str, username: str | None, admins=(), members=(), owner=None) -> SimChannel:
        """A broadcast channel; `admins` (accounts or ids) may post, edit and delete."""
        admin_ids = {getattr(a, "id", a) for a in admins}
        owner_id = getattr(owner, "id", owner) if owner is not None else next(iter(admin_ids), None)
        channel = SimChannel(next(self._ids) % 1_000_000_000 + 1_000_000_000, title, username, owner_id,
                             admin_ids, {getattr(m, "id", m) for m in members} | admin_ids)
        self.channels[channel.id] = channel
        return channel

    def channel_posts(self, channel_id: int) -> list[types.Message]:
        """The channel's posts as they are now (edited text, deleted ones gone), in order."""
        return [self.channels[channel_id].posts[i] for i in sorted(self.channels[channel_id].posts)]

    @staticmethod
    def file_name_of(post) -> str | None:
        """The name of the document a post carries, if any."""
        media = getattr(post, "media", None)
        document = getattr(media, "document", None)
        return next((a.file_name for a in getattr(document, "attributes", None) or ()
                     if isinstance(a, types.DocumentAttributeFilename)), None)

    def channel_access_hash(self, viewer, channel_id: int) -> int:
        return access_hash(self._secret, getattr(viewer, "id", viewer), -channel_id)

    # -- plumbing ------------------------------------------------------------------------

    def _channel_tl(self, acct, channel: SimChannel) -> types.Channel:
        me = acct.user.id
        rights = types.ChatAdminRights(post_messages=True, edit_messages=True, delete_messages=True) \
            if me in channel.admins else None
        return types.Channel(id=channel.id, title=channel.title, photo=types.ChatPhotoEmpty(), date=self._now(),
                             creator=channel.owner == me or None, broadcast=True,
                             left=None if me in channel.members else True,
                             access_hash=self.channel_access_hash(me, channel.id), username=channel.username,
                             admin_rights=rights, participants_count=len(channel.members))

    def _input_channel(self, acct, peer) -> SimChannel:
        channel = self.channels.get(getattr(peer, "channel_id", None))
        if channel is None or getattr(peer, "access_hash", None) != self.channel_access_hash(acct.user.id,
                                                                                            channel.id):
            raise RpcFailure(400, "CHANNEL_INVALID")
        return channel

    @staticmethod
    def _must_admin(acct, channel: SimChannel) -> None:
        if acct.user.id not in channel.admins:
            raise RpcFailure(400, "CHAT_ADMIN_REQUIRED")

    def _channel_updates(self, acct, channel: SimChannel, updates: list) -> types.Updates:
        return types.Updates(updates=updates, users=[self._seen(acct, acct.user)],
                             chats=[self._channel_tl(acct, channel)], date=self._now(), seq=0)

    # -- posting -------------------------------------------------------------------------

    def _channel_post(self, sender, request, media_of) -> types.Updates:
        """sendMessage / sendMedia to a channel. `media_of()` makes the media once the
        checks passed (an upload is used up only by a post that goes)."""
        acct = self._account_of(sender)
        channel = self._input_channel(acct, request.peer)
        self._must_admin(acct, channel)
        limit = TEXT_LIMIT if media_of is None else CAPTION_LIMIT
        if media_of is None and not request.message:
            raise RpcFailure(400, "MESSAGE_EMPTY")
        if telegram_length(request.message or "") > limit:
            raise RpcFailure(400, "MESSAGE_TOO_LONG" if media_of is None else "MEDIA_CAPTION_TOO_LONG")
        key = (acct.user.id, request.random_id)
        if key in channel.random_ids:
            self.random_id_duplicates += 1
            raise RpcFailure(400, "RANDOM_ID_DUPLICATE")
        seconds = self.flood.check(acct.user.id, acct.user.bot, -channel.id)
        if seconds is not None:
            raise RpcFailure(420, f"FLOOD_WAIT_{seconds}")
        post = types.Message(id=channel.next_id(), peer_id=types.PeerChannel(channel.id), date=self._now(),
                             message=request.message or "", out=True, post=True,
                             media=media_of() if media_of is not None else None, entities=request.entities)
        channel.posts[post.id] = post
        channel.random_ids[key] = post.id
        channel.pts += 1
        return self._channel_updates(acct, channel, [
            types.UpdateMessageID(id=post.id, random_id=request.random_id),
            types.UpdateNewChannelMessage(post, channel.pts, 1)])

    def _channel_edit(self, sender, request) -> types.Updates:
        acct = self._account_of(sender)
        channel = self._input_channel(acct, request.peer)
        self._must_admin(acct, channel)
        old = channel.posts.get(request.id)
        if old is None:
            raise RpcFailure(400, "MESSAGE_ID_INVALID")
        text = request.message if request.message is not None else old.message
        if text == old.message and (request.entities or None) == (old.entities or None):
            raise RpcFailure(400, "MESSAGE_NOT_MODIFIED")
        if telegram_length(text) > (CAPTION_LIMIT if old.media else TEXT_LIMIT):
            raise RpcFailure(400, "MEDIA_CAPTION_TOO_LONG" if old.media else "MESSAGE_TOO_LONG")
        post = types.Message(id=old.id, peer_id=old.peer_id, date=old.date, message=text, out=True, post=True,
                             media=old.media, entities=request.entities, edit_date=self._now())
        channel.posts[old.id] = post
        channel.pts += 1
        return self._channel_updates(acct, channel, [types.UpdateEditChannelMessage(post, channel.pts, 1)])

    def _delete_channel_messages(self, sender, request):
        acct = self._account_of(sender)
        channel = self._input_channel(acct, request.channel)
        self._must_admin(acct, channel)
        gone = [i for i in request.id if channel.posts.pop(i, None) is not None]
        channel.deleted.extend(gone)
        channel.pts += len(gone)
        return types.messages.AffectedMessages(pts=channel.pts, pts_count=len(gone))

    # -- channels and usernames ------------------------------------------------------------

    def _create_channel(self, sender, request):
        acct = self._account_of(sender)
        if not request.broadcast:
            raise RpcFailure(400, "SIMULATION_HAS_NO_MEGAGROUPS")
        channel = self.add_channel(request.title, None, admins=(acct.user.id,), owner=acct.user.id)
        return self._channel_updates(acct, channel, [types.UpdateChannel(channel_id=channel.id)])

    def _update_channel_username(self, sender, request):
        acct = self._account_of(sender)
        channel = self._input_channel(acct, request.channel)
        if channel.owner != acct.user.id:
            raise RpcFailure(400, "CHAT_ADMIN_REQUIRED")
        wanted = request.username.lower()
        if any((c.username or "").lower() == wanted for c in self.channels.values() if c is not channel) or \
                any((u.username or "").lower() == wanted for u in self.users.values()):
            raise RpcFailure(400, "USERNAME_OCCUPIED")
        channel.username = request.username or None
        return True

    def _resolve_username(self, sender, request):
        acct = self._account_of(sender)
        wanted = request.username.lstrip("@").lower()
        for channel in self.channels.values():
            if (channel.username or "").lower() == wanted:
                return types.contacts.ResolvedPeer(peer=types.PeerChannel(channel.id),
                                                   chats=[self._channel_tl(acct, channel)], users=[])
        for user in self.users.values():
            if (user.username or "").lower() == wanted:
                return types.contacts.ResolvedPeer(peer=types.PeerUser(user.id), chats=[],
                                                   users=[self._seen(acct, user)])
        raise RpcFailure(400, "USERNAME_NOT_OCCUPIED")

    # -- reading -------------------------------------------------------------------------

    def _channel_messages(self, acct, channel: SimChannel, messages: list) -> types.messages.ChannelMessages:
        return types.messages.ChannelMessages(pts=channel.pts, count=len(channel.posts), messages=messages,
                                              topics=[], chats=[self._channel_tl(acct, channel)],
                                              users=[self._seen(acct, acct.user)])

    def _get_channel_messages(self, sender, request):
        acct = self._account_of(sender)
        channel = self._input_channel(acct, request.channel)
        wanted = [getattr(i, "id", None) for i in request.id]
        return self._channel_messages(acct, channel, [
            channel.posts.get(i) or types.MessageEmpty(id=i or 0, peer_id=types.PeerChannel(channel.id))
            for i in wanted])

    def _get_history(self, sender, request):
        if not isinstance(request.peer, types.InputPeerChannel):
            raise RpcFailure(400, "SIMULATION_DOES_NOT_SUPPORT_GETHISTORYREQUEST")
        acct = self._account_of(sender)
        channel = self._input_channel(acct, request.peer)
        ids = sorted((i for i in channel.posts if not request.offset_id or i < request.offset_id), reverse=True)
        limit = min(request.limit or HISTORY_LIMIT, HISTORY_LIMIT)
        return self._channel_messages(acct, channel, [channel.posts[i] for i in ids[:limit]])

    def _get_channel_difference(self, sender, request):
        acct = self._account_of(sender)
        channel = self._input_channel(acct, request.channel)
        return types.updates.ChannelDifferenceEmpty(pts=channel.pts, final=True, timeout=60)
