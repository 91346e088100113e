"""SimulatedTelegram: one in-process Telegram data centre for tests and the demo.

It answers the requests a desk client makes with real TL objects, keeps one update log
(pts sequence) per account, pushes updates to connected clients, serves getDifference
for what they missed, and raises Telegram's own errors: FLOOD_WAIT_X,
SESSION_PASSWORD_NEEDED (with a real SRP check), PHONE_CODE_INVALID/EXPIRED,
RANDOM_ID_DUPLICATE. The operator side (`user_sends`, `add_to_group`, `drop`, …) plays
the citizens and the network.

Citizens' media besides files (link previews, places, contacts, polls, stickers, …) and
service messages: media.py. Broadcast channels the account posts to: channels.py (their own
ids and pts; getChannelDifference says nothing new). Not covered: DC migration, secret
chats, reactions, votes, TOS, sign-up, bots' inline features, exact server limits.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import secrets
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Callable

from telethon.tl import functions, types

from ...domain.clock import Clock, SystemClock
from ...domain.limits import CAPTION_LIMIT, TEXT_LIMIT, telegram_length
from .bot_buttons import BotButtons
from .channels import SimulatedChannels
from .chat_history import PrivateChatHistory
from .login import LoginDesk
from .media import CitizenMedia
from .presence import CitizenActivity
from .recipients import BroadcastRecipients
from .sender import RpcFailure, SimulatedSender
from .strict import FloodPolicy, access_hash

UTC = timezone.utc
DC_ID = 2
DIFFERENCE_LIMIT = 100


@dataclass
class SimUser:
    id: int
    first_name: str
    last_name: str = ""
    username: str | None = None
    phone: str | None = None
    bot: bool = False

    def tl(self, access_hash: int, is_self: bool = False) -> types.User:
        """The user as one account sees it: `access_hash` is that account's own."""
        return types.User(id=self.id, is_self=is_self, access_hash=access_hash,
                          first_name=self.first_name, last_name=self.last_name or None,
                          username=self.username, phone=self.phone if is_self else None,
                          bot=self.bot, bot_info_version=1 if self.bot else None)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass
class SimFile:
    """Bytes a user can send, as a document or a photo."""

    data: bytes
    name: str
    mime: str
    declared_size: int | None = None  # a lying client may announce another size
    voice: bool = False
    photo: bool = False
    duration: int = 0


@dataclass
class Account:
    """What the server keeps per account: its update log and its messages."""

    user: SimUser
    password: str | None = None
    pts: int = 100  # never 0: Telethon reads a saved pts of 0 as "no state"
    log: list[tuple[int, int, object]] = field(default_factory=list)  # (pts, pts_count, update)
    messages: dict[int, object] = field(default_factory=dict)  # id -> Message as the account sees it
    random_ids: dict[int, int] = field(default_factory=dict)  # random_id -> message id
    delivered_to: dict[int, list[object]] = field(default_factory=lambda: defaultdict(list))
    # (time.monotonic() of delivery, user id, text): the same clock in every process on
    # this machine, so a benchmark can time a citizen's message to the answer it got.
    deliveries: list[tuple[float, int, str]] = field(default_factory=list)


class SimulatedTelegram(LoginDesk, CitizenMedia, BroadcastRecipients, PrivateChatHistory, BotButtons,
                        SimulatedChannels, CitizenActivity):
    def __init__(self, first_message_id: int = 1, clock: Clock | None = None,
                 flood_limits: bool = False) -> None:
        """`flood_limits`: enforce per-account send rates (the process does by default)."""
        self.clock = clock or SystemClock()
        self.users: dict[int, SimUser] = {}
        self.accounts: dict[int, Account] = {}
        self.chats: dict[int, types.Chat] = {}
        self.authorizations: dict[int, int] = {}  # auth key id -> user id
        self.bot_tokens: dict[str, int] = {}
        self.phone_codes: dict[str, tuple[str, str, datetime]] = {}  # phone -> (hash, code, expires)
        self.login_tokens: dict[bytes, tuple[int, int | None]] = {}  # token -> (key id, user id)
        self.documents: dict[int, tuple[object, bytes]] = {}  # id -> (Document|Photo, bytes)
        self.uploads: dict[tuple[int, int], dict[int, bytes]] = defaultdict(dict)
        self.flood_plan: dict[type, list[int]] = defaultdict(list)
        self.flood = FloodPolicy(enabled=flood_limits)
        self.leave_failures: list[tuple[int, str]] = []  # planned errors for leaving a group
        self.random_id_duplicates = 0
        self._secret = os.urandom(32)  # per-account access hashes derive from it
        self.requests: list[str] = []  # names of requests served, for tests
        self.reachable = True
        self.code_value = "12345"
        self.on_delivered: Callable[[SimUser, str], None] | None = None  # the demo's citizens listen
        self._senders: set[SimulatedSender] = set()
        self._ids = itertools.count(1_000_000)
        self._message_ids = itertools.count(first_message_id)
        self._srp: dict[int, tuple[int, int, int, int]] = {}  # srp_id -> (b, B, v, user id)
        self._awaiting_password: dict[int, int] = {}  # auth key id -> user id
        self.left_chats: set[tuple[int, int]] = set()  # (account id, chat id)
        self._init_chat_history()
        self._init_presence()  # citizens reading and typing: presence.py
        self._handlers: dict[type, Callable] = {
            functions.InvokeWithLayerRequest: self._unwrap,
            functions.InitConnectionRequest: self._unwrap,
            functions.InvokeWithoutUpdatesRequest: self._unwrap,
            functions.help.GetConfigRequest: self._get_config,
            functions.users.GetUsersRequest: self._get_users,
            functions.updates.GetStateRequest: self._get_state,
            functions.updates.GetDifferenceRequest: self._get_difference,
            functions.auth.SendCodeRequest: self._send_code,
            functions.auth.SignInRequest: self._sign_in,
            functions.account.GetPasswordRequest: self._get_password,
            functions.auth.CheckPasswordRequest: self._check_password,
            functions.auth.ImportBotAuthorizationRequest: self._import_bot,
            functions.auth.ExportLoginTokenRequest: self._export_login_token,
            functions.auth.LogOutRequest: self._log_out,
            functions.messages.SendMessageRequest: self._send_message,
            functions.messages.SendMediaRequest: self._send_media,
            functions.messages.EditMessageRequest: self._edit_message,
            functions.messages.DeleteMessagesRequest: self._delete_messages,
            functions.messages.GetMessagesRequest: self._get_messages,
            functions.messages.ReadHistoryRequest: self._read_history,
            functions.messages.DeleteChatUserRequest: self._delete_chat_user,
            functions.messages.DeleteHistoryRequest: self._delete_history,
            functions.channels.LeaveChannelRequest: self._leave_channel,
            functions.upload.SaveFilePartRequest: self._save_file_part,
            functions.upload.SaveBigFilePartRequest: self._save_file_part,
            functions.upload.GetFileRequest: self._get_file,
            functions.PingRequest: lambda s, r: types.Pong(msg_id=0, ping_id=r.ping_id),
        }
        self._init_bot_buttons()  # inline buttons and their presses: bot_buttons.py
        self._init_channels()  # broadcast channels the account posts to: channels.py

    def _now(self) -> datetime:
        """Telegram dates have whole seconds."""
        return self.clock.now().replace(microsecond=0)

    # -- operator API: people ----------------------------------------------------------

    def add_user(self, first_name: str, last_name: str = "", username: str | None = None,
                 phone: str | None = None, bot: bool = False, user_id: int | None = None) -> SimUser:
        user = SimUser(user_id or next(self._ids), first_name, last_name, username, phone, bot)
        self.users[user.id] = user
        return user

    def add_account(self, phone: str, first_name: str, password: str | None = None,
                    user_id: int | None = None) -> SimUser:
        """A user account that can log in by phone (and 2FA password, if given)."""
        user = self.add_user(first_name, phone=phone, user_id=user_id)
        self.accounts[user.id] = Account(user, password)
        return user

    def add_bot(self, token: str, first_name: str) -> SimUser:
        user = self.add_user(first_name, username=first_name.lower().replace(" ", "_") + "_bot", bot=True)
        self.accounts[user.id] = Account(user)
        self.bot_tokens[token] = user.id
        return user

    def authorize(self, key_id: int, account: SimUser) -> None:
        """Treat an auth key as already logged in (a saved session)."""
        self.authorizations[key_id] = account.id

    def received_by(self, account: SimUser, user: SimUser) -> list[str]:
        """Texts (captions) the account sent to this user, in order."""
        return [m.message for m in self.accounts[account.id].delivered_to[user.id]]

    def files_received_by(self, account: SimUser, user: SimUser) -> list[tuple[str, bytes]]:
        out = []
        for message in self.accounts[account.id].delivered_to[user.id]:
            media = getattr(message, "media", None)
            if isinstance(media, types.MessageMediaDocument):
                doc, data = self.documents[media.document.id]
                name = next((a.file_name for a in doc.attributes
                             if isinstance(a, types.DocumentAttributeFilename)), "")
                out.append((name, data))
        return out

    # -- operator API: what citizens do ------------------------------------------------

    def user_sends(self, user: SimUser, account: SimUser, text: str = "", *,
                   file: SimFile | None = None, forward_from: SimUser | str | None = None,
                   forward_date: datetime | None = None, reply_to: int | None = None,
                   entities: list | None = None, push: bool = True, media=None) -> types.Message:
        """A private message from `user` to `account`; `push=False` loses the push (a gap).
        `media`: a MessageMedia from the builders of media.py (a location, a sticker, …)."""
        media = self._media_for(file) if file else media
        fwd = None
        if forward_from is not None:
            date = forward_date or self._now() - timedelta(days=1)
            if isinstance(forward_from, SimUser):
                fwd = types.MessageFwdHeader(date=date, from_id=types.PeerUser(forward_from.id))
            else:
                fwd = types.MessageFwdHeader(date=date, from_name=forward_from)
        message = types.Message(
            id=next(self._message_ids), peer_id=types.PeerUser(user.id), date=self._now(),
            message=text, out=False, from_id=types.PeerUser(user.id), media=media,
            fwd_from=fwd, entities=entities or None,
            reply_to=types.MessageReplyHeader(reply_to_msg_id=reply_to) if reply_to else None,
        )
        acct = self.accounts[account.id]
        acct.messages[message.id] = message
        users = [user]
        if isinstance(forward_from, SimUser):
            users.append(forward_from)
        self._log_and_push(acct, types.UpdateNewMessage(message, 0, 1), users, [], push)
        return message

    def user_edits(self, user: SimUser, account: SimUser, message_id: int, text: str, media=None) -> None:
        """`media`: the message's new media (a live location that moved), else the old."""
        acct = self.accounts[account.id]
        old = acct.messages[message_id]
        message = types.Message(id=old.id, peer_id=old.peer_id, date=old.date, message=text, out=False,
                                from_id=old.from_id, media=media or old.media, fwd_from=old.fwd_from,
                                reply_to=old.reply_to, edit_date=self._now())
        acct.messages[message_id] = message
        self._log_and_push(acct, types.UpdateEditMessage(message, 0, 1), [user], [], True)

    def user_deletes(self, user: SimUser, account: SimUser, message_ids: list[int]) -> None:
        acct = self.accounts[account.id]
        for mid in message_ids:
            acct.messages.pop(mid, None)
        self._log_and_push(acct, types.UpdateDeleteMessages(list(message_ids), 0, len(message_ids)),
                           [user], [], True)

    def add_to_group(self, account: SimUser, by: SimUser, title: str) -> types.Chat:
        """`by` adds the account to an existing basic group (ChatAction `user_added`)."""
        return self._group_event(account, by, title, 3, types.MessageActionChatAddUser(users=[account.id]))

    def create_group_with(self, account: SimUser, by: SimUser, title: str,
                          others: tuple[SimUser, ...] = ()) -> types.Chat:
        """`by` creates a basic group with the account among its first members
        (Telethon reports ChatAction `created`, not `user_added`)."""
        members = [by.id, *(o.id for o in others), account.id]
        return self._group_event(account, by, title, len(members),
                                 types.MessageActionChatCreate(title=title, users=members), list(others))

    def _group_event(self, account: SimUser, by: SimUser, title: str, size: int, action,
                     others: list[SimUser] | None = None) -> types.Chat:
        chat = types.Chat(id=next(self._ids) % 1_000_000_000, title=title, photo=types.ChatPhotoEmpty(),
                          participants_count=size, date=self._now(), version=1)
        self.chats[chat.id] = chat
        service = types.MessageService(id=next(self._message_ids), peer_id=types.PeerChat(chat.id),
                                       date=self._now(), from_id=types.PeerUser(by.id), action=action)
        acct = self.accounts[account.id]
        acct.messages[service.id] = service
        self._log_and_push(acct, types.UpdateNewMessage(service, 0, 1), [by, *(others or []), account],
                           [chat], True)
        return chat

    def user_posts_in_group(self, user: SimUser, account: SimUser, chat_id: int, text: str) -> types.Message:
        """A message in a basic group the account belongs to."""
        message = types.Message(id=next(self._message_ids), peer_id=types.PeerChat(chat_id), date=self._now(),
                                message=text, out=False, from_id=types.PeerUser(user.id))
        acct = self.accounts[account.id]
        acct.messages[message.id] = message
        self._log_and_push(acct, types.UpdateNewMessage(message, 0, 1), [user], [self.chats[chat_id]], True)
        return message

    def member_of(self, account: SimUser, chat_id: int) -> bool:
        return (account.id, chat_id) not in self.left_chats

    # -- operator API: the network -----------------------------------------------------

    def flood_next(self, request_type: type, seconds: int) -> None:
        """The next request of this type gets FLOOD_WAIT_seconds."""
        self.flood_plan[request_type].append(seconds)

    def fail_next_leave(self, times: int = 1, code: int = 500, message: str = "RPC_CALL_FAIL") -> None:
        """The next `times` DeleteChatUser / LeaveChannel requests answer this RPC error."""
        self.leave_failures.extend([(code, message)] * times)

    def stats(self) -> dict:
        """Requests served per type, flood waits given, duplicate random_ids refused."""
        counts: dict[str, int] = defaultdict(int)
        for name in self.requests:
            counts[name] += 1
        return {"requests": dict(counts), "flood_waits": self.flood.flood_waits_given,
                "random_id_duplicates": self.random_id_duplicates}

    def drop(self) -> None:
        """A short outage: connections stall, pushes are lost, requests wait."""
        for sender in list(self._senders):
            sender.transport_lost()

    def restore(self) -> None:
        for sender in list(self._senders):
            sender.transport_back()

    def go_down(self) -> None:
        """A long outage: connections are lost for good and new ones refused."""
        self.reachable = False
        for sender in list(self._senders):
            sender.lost_for_good()

    def come_back(self) -> None:
        self.reachable = True

    # -- plumbing ----------------------------------------------------------------------

    def attach(self, sender: SimulatedSender) -> None:
        self._senders.add(sender)

    def detach(self, sender: SimulatedSender) -> None:
        self._senders.discard(sender)

    def _log_and_push(self, acct: Account, update, users: list[SimUser], chats: list, push: bool) -> None:
        acct.pts += update.pts_count
        update.pts = acct.pts
        acct.log.append((acct.pts, update.pts_count, update))
        if not push:
            return
        me = acct.user
        envelope = types.Updates(updates=[update], users=[self._seen(acct, u) for u in users if u.id != me.id] + [self._seen(acct, me)],
                                 chats=chats, date=self._now(), seq=0)
        for sender in list(self._senders):
            if self.authorizations.get(sender.key_id) == me.id:
                sender.push(envelope)

    def _media_for(self, file: SimFile):
        size = file.declared_size if file.declared_size is not None else len(file.data)
        doc_id = next(self._ids)
        if file.photo:
            photo = types.Photo(id=doc_id, access_hash=secrets.randbits(63), file_reference=b"ref",
                                date=self._now(), dc_id=DC_ID,
                                sizes=[types.PhotoSize(type="x", w=640, h=480, size=size)])
            self.documents[doc_id] = (photo, file.data)
            return types.MessageMediaPhoto(photo=photo)
        attributes = [types.DocumentAttributeFilename(file.name)] if file.name else []
        if file.voice:
            attributes.append(types.DocumentAttributeAudio(duration=file.duration, voice=True))
        elif file.mime.startswith("video/") and file.duration:
            attributes.append(types.DocumentAttributeVideo(duration=file.duration, w=640, h=360))
        document = types.Document(id=doc_id, access_hash=secrets.randbits(63), file_reference=b"ref",
                                  date=self._now(), mime_type=file.mime, size=size, dc_id=DC_ID,
                                  attributes=attributes)
        self.documents[doc_id] = (document, file.data)
        return types.MessageMediaDocument(document=document, voice=file.voice or None)

    def _account_of(self, sender: SimulatedSender) -> Account:
        user_id = self.authorizations.get(sender.key_id)
        if user_id is None:
            raise RpcFailure(401, "AUTH_KEY_UNREGISTERED")
        return self.accounts[user_id]

    def access_hash_for(self, viewer: SimUser | int, user: SimUser | int) -> int:
        """The access_hash of `user` as account `viewer` sees it (in all its sessions)."""
        viewer_id = viewer if isinstance(viewer, int) else viewer.id
        return access_hash(self._secret, viewer_id, user if isinstance(user, int) else user.id)

    def _seen(self, acct: Account, user: SimUser) -> types.User:
        return user.tl(self.access_hash_for(acct.user.id, user.id), user.id == acct.user.id)

    def _input_user(self, acct: Account, peer) -> SimUser:
        """The user an InputUser/InputPeerUser names, if its hash is this account's own."""
        if isinstance(peer, (types.InputUserSelf, types.InputPeerSelf)):
            return acct.user
        error = "USER_ID_INVALID" if isinstance(peer, types.InputUser) else "PEER_ID_INVALID"
        user = self.users.get(getattr(peer, "user_id", None))
        if user is None or getattr(peer, "access_hash", None) != self.access_hash_for(acct.user.id, user.id):
            raise RpcFailure(400, error)
        return user

    def _input_peer(self, acct: Account, peer) -> None:
        if isinstance(peer, types.InputPeerChat):
            if peer.chat_id not in self.chats:
                raise RpcFailure(400, "PEER_ID_INVALID")
        else:
            self._input_user(acct, peer)

    async def handle(self, sender: SimulatedSender, request):
        handler = self._handlers.get(type(request))
        if handler is None:
            raise RpcFailure(400, f"SIMULATION_DOES_NOT_SUPPORT_{type(request).__name__.upper()}")
        self.requests.append(type(request).__name__)
        plan = self.flood_plan.get(type(request))
        if plan:
            raise RpcFailure(420, f"FLOOD_WAIT_{plan.pop(0)}")
        result = handler(sender, request)
        if asyncio.iscoroutine(result):
            result = await result
        return result

    async def _unwrap(self, sender, request):
        return await self.handle(sender, request.query)

    def _get_config(self, sender, request):
        return True  # TelegramClient.connect does not read it

    # -- account and updates -----------------------------------------------------------

    def _get_users(self, sender, request):
        acct = self._account_of(sender)
        out = []
        for wanted in request.id:
            if isinstance(wanted, types.InputUserSelf):
                out.append(self._seen(acct, acct.user))
            elif getattr(wanted, "access_hash", None) == 0:
                # Telethon's last resort for an uncached user: Telegram answers it for a
                # bot the user has written to, and leaves the user out otherwise.
                if acct.user.bot and wanted.user_id in self.users and self._has_written(acct, wanted.user_id):
                    out.append(self._seen(acct, self.users[wanted.user_id]))
            else:
                out.append(self._seen(acct, self._input_user(acct, wanted)))
        return out

    @staticmethod
    def _has_written(acct: Account, user_id: int) -> bool:
        return any(getattr(m, "from_id", None) == types.PeerUser(user_id) for m in acct.messages.values())

    def _state(self, acct: Account) -> types.updates.State:
        return types.updates.State(pts=acct.pts, qts=0, date=self._now(), seq=0, unread_count=0)

    def _get_state(self, sender, request):
        return self._state(self._account_of(sender))

    def _get_difference(self, sender, request):
        acct = self._account_of(sender)
        missing = [(pts, update) for pts, _, update in acct.log if pts > request.pts]
        if not missing:
            return types.updates.DifferenceEmpty(date=self._now(), seq=0)
        part = missing[:DIFFERENCE_LIMIT]
        new_messages, other = self._as_difference(acct, [u for _, u in part])
        users, chats = self._entities_of(acct, [types.UpdateNewMessage(m, 0, 0) for m in new_messages] + other)
        if len(missing) > DIFFERENCE_LIMIT:
            state = types.updates.State(pts=part[-1][0], qts=0, date=self._now(), seq=0, unread_count=0)
            return types.updates.DifferenceSlice(new_messages=new_messages, new_encrypted_messages=[],
                                                 other_updates=other, chats=chats, users=users,
                                                 intermediate_state=state)
        return types.updates.Difference(new_messages=new_messages, new_encrypted_messages=[],
                                        other_updates=other, chats=chats, users=users,
                                        state=self._state(acct))

    def _as_difference(self, acct: Account, updates: list) -> tuple[list, list]:
        """What Telegram puts in a difference: the messages created in the range in their
        current state (edited text, absent once deleted), and in other_updates the edits
        of older messages (their current state, once each) and every deletion."""
        created = [u.message.id for u in updates if isinstance(u, types.UpdateNewMessage)]
        new_messages = [acct.messages[i] for i in created if i in acct.messages]
        other, edited = [], set()
        for update in reversed(updates):
            if isinstance(update, types.UpdateNewMessage):
                continue
            if isinstance(update, types.UpdateEditMessage):
                mid = update.message.id
                if mid in created or mid in edited or mid not in acct.messages:
                    continue
                edited.add(mid)
                update = types.UpdateEditMessage(acct.messages[mid], update.pts, update.pts_count)
            other.append(update)
        other.reverse()
        return new_messages, other

    def _entities_of(self, acct: Account, updates: list) -> tuple[list, list]:
        user_ids, chat_ids = {acct.user.id}, set()
        for update in updates:
            message = getattr(update, "message", None)
            for peer in (getattr(message, "peer_id", None), getattr(message, "from_id", None),
                         getattr(getattr(message, "fwd_from", None), "from_id", None)):
                if isinstance(peer, types.PeerUser):
                    user_ids.add(peer.user_id)
                elif isinstance(peer, types.PeerChat):
                    chat_ids.add(peer.chat_id)
        users = [self._seen(acct, self.users[u]) for u in user_ids if u in self.users]
        return users, [self.chats[c] for c in chat_ids if c in self.chats]

    # -- messages ----------------------------------------------------------------------

    def _may_send(self, sender, request) -> tuple[Account, SimUser]:
        """A send's checks, in Telegram's order, before anything (an upload) is used up."""
        acct = self._account_of(sender)
        user = self._input_user(acct, request.peer)
        if request.random_id in acct.random_ids:
            self.random_id_duplicates += 1
            raise RpcFailure(400, "RANDOM_ID_DUPLICATE")
        self._check_recipient(acct, user)  # blocked, deleted account (recipients.py)
        seconds = self.flood.check(acct.user.id, acct.user.bot, user.id)
        if seconds is not None:
            raise RpcFailure(420, f"FLOOD_WAIT_{seconds}")
        return acct, user

    def _outgoing(self, acct: Account, user: SimUser, request, media) -> types.Updates:
        reply_to = getattr(request, "reply_to", None)
        message = types.Message(
            id=next(self._message_ids), peer_id=types.PeerUser(user.id), date=self._now(),
            message=request.message, out=True, media=media, entities=request.entities,
            reply_markup=getattr(request, "reply_markup", None),
            reply_to=types.MessageReplyHeader(reply_to_msg_id=reply_to.reply_to_msg_id)
            if isinstance(reply_to, types.InputReplyToMessage) else None,
        )
        acct.random_ids[request.random_id] = message.id
        acct.messages[message.id] = message
        acct.delivered_to[user.id].append(message)
        acct.deliveries.append((time.monotonic(), user.id, request.message))
        if self.on_delivered is not None:
            self.on_delivered(user, request.message)
        update = types.UpdateNewMessage(message, 0, 1)
        acct.pts += 1
        update.pts = acct.pts
        acct.log.append((acct.pts, 1, update))
        return types.Updates(updates=[types.UpdateMessageID(id=message.id, random_id=request.random_id), update],
                             users=[self._seen(acct, user), self._seen(acct, acct.user)], chats=[], date=self._now(), seq=0)

    def _send_message(self, sender, request):
        if isinstance(request.peer, types.InputPeerChannel):  # a channel post: channels.py
            return self._channel_post(sender, request, None)
        if not request.message:
            raise RpcFailure(400, "MESSAGE_EMPTY")
        if telegram_length(request.message) > TEXT_LIMIT:
            raise RpcFailure(400, "MESSAGE_TOO_LONG")
        acct, user = self._may_send(sender, request)
        return self._outgoing(acct, user, request, None)

    def _send_media(self, sender, request):
        media = request.media
        if not isinstance(media, (types.InputMediaUploadedDocument, types.InputMediaDocument)):
            raise RpcFailure(400, "MEDIA_INVALID")
        if isinstance(request.peer, types.InputPeerChannel):  # a channel post: channels.py
            return self._channel_post(sender, request, lambda: self._uploaded_media(sender, media))
        if telegram_length(request.message or "") > CAPTION_LIMIT:
            raise RpcFailure(400, "MEDIA_CAPTION_TOO_LONG")
        acct, user = self._may_send(sender, request)
        return self._outgoing(acct, user, request, self._uploaded_media(sender, media))

    def _uploaded_media(self, sender, media) -> types.MessageMediaDocument:
        """The document a send names: one sent before, by reference (recipients.py), or
        the file this sender just uploaded (its parts used up)."""
        if isinstance(media, types.InputMediaDocument):
            return self._known_document(media)
        parts = self.uploads.pop((sender.key_id, media.file.id), {})
        data = b"".join(parts[i] for i in sorted(parts))
        doc_id = next(self._ids)
        document = types.Document(id=doc_id, access_hash=secrets.randbits(63), file_reference=b"ref",
                                  date=self._now(), mime_type=media.mime_type, size=len(data), dc_id=DC_ID,
                                  attributes=media.attributes)
        self.documents[doc_id] = (document, data)
        return types.MessageMediaDocument(document=document)

    def _edit_message(self, sender, request):
        if isinstance(request.peer, types.InputPeerChannel):  # a channel post: channels.py
            return self._channel_edit(sender, request)
        acct = self._account_of(sender)
        self._input_peer(acct, request.peer)
        old = acct.messages.get(request.id)
        if old is None or not old.out:
            raise RpcFailure(400, "MESSAGE_ID_INVALID")
        message = types.Message(id=old.id, peer_id=old.peer_id, date=old.date, message=request.message,
                                out=True, media=old.media, edit_date=self._now())
        acct.messages[old.id] = message
        user = self.users[old.peer_id.user_id]
        acct.delivered_to[user.id] = [message if m.id == old.id else m for m in acct.delivered_to[user.id]]
        update = types.UpdateEditMessage(message, 0, 1)
        acct.pts += 1
        update.pts = acct.pts
        acct.log.append((acct.pts, 1, update))
        return types.Updates(updates=[update], users=[self._seen(acct, user)], chats=[], date=self._now(), seq=0)

    def _delete_messages(self, sender, request):
        acct = self._account_of(sender)
        for mid in request.id:
            message = acct.messages.pop(mid, None)
            if message is not None and message.out:
                peer = message.peer_id.user_id
                acct.delivered_to[peer] = [m for m in acct.delivered_to[peer] if m.id != mid]
        acct.pts += len(request.id)
        acct.log.append((acct.pts, len(request.id), types.UpdateDeleteMessages(list(request.id), acct.pts,
                                                                              len(request.id))))
        return types.messages.AffectedMessages(pts=acct.pts, pts_count=len(request.id))

    def _get_messages(self, sender, request):
        acct = self._account_of(sender)
        found = [acct.messages.get(i.id) or types.MessageEmpty(id=i.id, peer_id=None) for i in request.id]
        users, chats = self._entities_of(acct, [types.UpdateNewMessage(m, 0, 0) for m in found])
        return types.messages.Messages(messages=found, chats=chats, users=users, topics=[])

    def _read_history(self, sender, request):
        acct = self._account_of(sender)
        self._input_peer(acct, request.peer)
        return types.messages.AffectedMessages(pts=acct.pts, pts_count=0)

    def _delete_chat_user(self, sender, request):
        acct = self._account_of(sender)
        self._planned_leave_failure()
        chat = self.chats.get(request.chat_id)
        if chat is None:
            raise RpcFailure(400, "CHAT_ID_INVALID")
        if self._input_user(acct, request.user_id).id != acct.user.id:
            raise RpcFailure(400, "CHAT_ADMIN_REQUIRED")  # removing others is not the desk's
        self.left_chats.add((acct.user.id, chat.id))
        service = types.MessageService(id=next(self._message_ids), peer_id=types.PeerChat(chat.id),
                                       date=self._now(), out=True, from_id=types.PeerUser(acct.user.id),
                                       action=types.MessageActionChatDeleteUser(user_id=acct.user.id))
        acct.messages[service.id] = service
        update = types.UpdateNewMessage(service, 0, 1)
        acct.pts += 1
        update.pts = acct.pts
        acct.log.append((acct.pts, 1, update))
        return types.Updates(updates=[update], users=[self._seen(acct, acct.user)], chats=[chat], date=self._now(), seq=0)

    def _leave_channel(self, sender, request):
        self._account_of(sender)
        self._planned_leave_failure()
        raise RpcFailure(400, "CHANNEL_INVALID")  # the simulation has no channels

    def _planned_leave_failure(self) -> None:
        if self.leave_failures:
            code, message = self.leave_failures.pop(0)
            raise RpcFailure(code, message)

    def _delete_history(self, sender, request):
        if isinstance(request.peer, types.InputPeerUser):  # a citizen's chat: chat_history.py
            return self._delete_private_history(sender, request)
        acct = self._account_of(sender)
        self._input_peer(acct, request.peer)
        return types.messages.AffectedHistory(pts=acct.pts, pts_count=0, offset=0)

    # -- files -------------------------------------------------------------------------

    def _save_file_part(self, sender, request):
        self.uploads[(sender.key_id, request.file_id)][request.file_part] = request.bytes
        return True

    def _get_file(self, sender, request):
        self._account_of(sender)
        location = request.location
        stored = self.documents.get(location.id)
        if stored is None or stored[0].access_hash != location.access_hash:
            raise RpcFailure(400, "FILE_REFERENCE_INVALID")
        data = stored[1]
        return types.upload.File(type=types.storage.FileUnknown(), mtime=0,
                                 bytes=data[request.offset:request.offset + request.limit])
