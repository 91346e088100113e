"""SimulatedTelegram: one in-process Telegram data centre for tests and the demo.

It answers the requests a desk client makes with real TL objects, keeps one update log
(pts sequence) per account, pushes updates to connected clients, serves getDifference
for what they missed, and raises Telegram's own errors: FLOOD_WAIT_X,
SESSION_PASSWORD_NEEDED (with a real SRP check), PHONE_CODE_INVALID/EXPIRED,
RANDOM_ID_DUPLICATE. The operator side (`user_sends`, `add_to_group`, `drop`, …) plays
the citizens and the network.

Not covered: channels' own pts and getChannelDifference, DC migration, secret chats,
stickers, reactions, polls, TOS, sign-up, bots' inline features, exact server limits.
"""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import os
import secrets
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Callable

from telethon import password as srp
from telethon.tl import functions, types

from ...domain.clock import Clock, SystemClock
from .sender import RpcFailure, SimulatedSender

UTC = timezone.utc
DC_ID = 2
DIFFERENCE_LIMIT = 100
# The 2048-bit safe prime Telegram uses for SRP (telethon.password knows it as "good").
_SRP_PRIME = bytes.fromhex(
    "C71CAEB9C6B1C9048E6C522F70F13F73980D40238E3E21C14934D037563D930F"
    "48198A0AA7C14058229493D22530F4DBFA336F6E0AC925139543AED44CCE7C37"
    "20FD51F69458705AC68CD4FE6B6B13ABDC9746512969328454F18FAF8C595F64"
    "2477FE96BB2A941D5BCD1D4AC8CC49880708FA9B378E3C4F3A9060BEE67CF9A4"
    "A4A695811051907E162753B56B0F6B410DBA74D8A84B2A14B3144E0EF1284754"
    "FD17ED950D5965B4B9DD46582DB1178D169C6BC465B0D6FF9CA3928FEF5B9AE4"
    "E418FC15E83EBEA0F87FA9FF5EED70050DED2849F47BF959D956850CE929851F"
    "0D8115F635B105EE2E4E15D04B2454BF6F4FADF034B10403119CD8E3B92FCC5B"
)
_SRP_G = 3


def _digits(phone: str | None) -> str:
    return "".join(ch for ch in phone or "" if ch.isdigit())




@dataclass
class SimUser:
    id: int
    access_hash: int
    first_name: str
    last_name: str = ""
    username: str | None = None
    phone: str | None = None
    bot: bool = False

    def tl(self, is_self: bool = False) -> types.User:
        return types.User(id=self.id, is_self=is_self, access_hash=self.access_hash,
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


class SimulatedTelegram:
    def __init__(self, first_message_id: int = 1, clock: Clock | None = None) -> None:
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
            functions.upload.SaveFilePartRequest: self._save_file_part,
            functions.upload.SaveBigFilePartRequest: self._save_file_part,
            functions.upload.GetFileRequest: self._get_file,
            functions.PingRequest: lambda s, r: types.Pong(msg_id=0, ping_id=r.ping_id),
        }

    def _now(self) -> datetime:
        """Telegram dates have whole seconds."""
        return self.clock.now().replace(microsecond=0)

    # -- operator API: people ----------------------------------------------------------

    def add_user(self, first_name: str, last_name: str = "", username: str | None = None,
                 phone: str | None = None, bot: bool = False, user_id: int | None = None) -> SimUser:
        user = SimUser(user_id or next(self._ids), secrets.randbits(63), first_name, last_name,
                       username, phone, bot)
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
                   entities: list | None = None, push: bool = True) -> types.Message:
        """A private message from `user` to `account`; `push=False` loses the push (a gap)."""
        media = self._media_for(file) if file else None
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

    def user_edits(self, user: SimUser, account: SimUser, message_id: int, text: str) -> None:
        acct = self.accounts[account.id]
        old = acct.messages[message_id]
        message = types.Message(id=old.id, peer_id=old.peer_id, date=old.date, message=text, out=False,
                                from_id=old.from_id, media=old.media, fwd_from=old.fwd_from,
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
        chat = types.Chat(id=next(self._ids) % 1_000_000_000, title=title, photo=types.ChatPhotoEmpty(),
                          participants_count=3, date=self._now(), version=1)
        self.chats[chat.id] = chat
        service = types.MessageService(id=next(self._message_ids), peer_id=types.PeerChat(chat.id),
                                       date=self._now(), from_id=types.PeerUser(by.id),
                                       action=types.MessageActionChatAddUser(users=[account.id]))
        acct = self.accounts[account.id]
        acct.messages[service.id] = service
        self._log_and_push(acct, types.UpdateNewMessage(service, 0, 1), [by, account], [chat], True)
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

    def scan_qr(self, token_url: str, account: SimUser) -> None:
        """An already logged-in phone scans the QR code shown by the desk."""
        import base64
        token = base64.urlsafe_b64decode(token_url.split("token=")[1] + "==")
        key_id, _ = self.login_tokens[token]
        self.login_tokens[token] = (key_id, account.id)
        for sender in self._senders:
            if sender.key_id == key_id:
                sender.push(types.UpdateShort(types.UpdateLoginToken(), self._now()))

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
        envelope = types.Updates(updates=[update], users=[u.tl(u.id == me.id) for u in users] + [me.tl(True)],
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
                out.append(acct.user.tl(True))
            elif wanted.user_id in self.users:
                out.append(self.users[wanted.user_id].tl())
        return out

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
        new_messages = [u.message for _, u in part if isinstance(u, types.UpdateNewMessage)]
        other = [u for _, u in part if not isinstance(u, types.UpdateNewMessage)]
        users, chats = self._entities_of(acct, [u for _, u in part])
        if len(missing) > DIFFERENCE_LIMIT:
            state = types.updates.State(pts=part[-1][0], qts=0, date=self._now(), seq=0, unread_count=0)
            return types.updates.DifferenceSlice(new_messages=new_messages, new_encrypted_messages=[],
                                                 other_updates=other, chats=chats, users=users,
                                                 intermediate_state=state)
        return types.updates.Difference(new_messages=new_messages, new_encrypted_messages=[],
                                        other_updates=other, chats=chats, users=users,
                                        state=self._state(acct))

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
        users = [self.users[u].tl(u == acct.user.id) for u in user_ids if u in self.users]
        return users, [self.chats[c] for c in chat_ids if c in self.chats]

    # -- login -------------------------------------------------------------------------

    def _send_code(self, sender, request):
        if not any(_digits(a.user.phone) == _digits(request.phone_number) and a.user.phone
                   for a in self.accounts.values()):
            raise RpcFailure(400, "PHONE_NUMBER_UNOCCUPIED")
        code_hash = secrets.token_hex(8)
        self.phone_codes[request.phone_number] = (code_hash, self.code_value, self._now() + timedelta(minutes=5))
        return types.auth.SentCode(type=types.auth.SentCodeTypeApp(length=len(self.code_value)),
                                   phone_code_hash=code_hash)

    def expire_codes(self) -> None:
        for phone, (code_hash, code, _) in list(self.phone_codes.items()):
            self.phone_codes[phone] = (code_hash, code, self._now() - timedelta(seconds=1))

    def _sign_in(self, sender, request):
        pending = self.phone_codes.get(request.phone_number)
        if pending is None or pending[0] != request.phone_code_hash:
            raise RpcFailure(400, "PHONE_CODE_HASH_EMPTY")
        if pending[2] < self._now():
            raise RpcFailure(400, "PHONE_CODE_EXPIRED")
        if request.phone_code != pending[1]:
            raise RpcFailure(400, "PHONE_CODE_INVALID")
        acct = next(a for a in self.accounts.values()
                    if a.user.phone and _digits(a.user.phone) == _digits(request.phone_number))
        if acct.password:
            self.authorizations.pop(sender.key_id, None)
            self._awaiting_password[sender.key_id] = acct.user.id
            raise RpcFailure(401, "SESSION_PASSWORD_NEEDED")
        return self._authorize(sender, acct)

    def _authorize(self, sender, acct: Account) -> types.auth.Authorization:
        self.authorizations[sender.key_id] = acct.user.id
        return types.auth.Authorization(user=acct.user.tl(True))

    def _password_algo(self, acct: Account):
        salt1 = hashlib.sha256(f"salt1:{acct.user.id}".encode()).digest()[:8]
        salt2 = hashlib.sha256(f"salt2:{acct.user.id}".encode()).digest()[:16]
        return types.PasswordKdfAlgoSHA256SHA256PBKDF2HMACSHA512iter100000SHA256ModPow(
            salt1=salt1, salt2=salt2, g=_SRP_G, p=_SRP_PRIME)

    def _get_password(self, sender, request):
        acct = self.accounts.get(self._awaiting_password.get(sender.key_id))
        if acct is None or not acct.password:
            return types.account.Password(new_algo=types.PasswordKdfAlgoUnknown(),
                                          new_secure_algo=types.SecurePasswordKdfAlgoUnknown(),
                                          secure_random=os.urandom(32), has_password=False)
        algo = self._password_algo(acct)
        p = int.from_bytes(_SRP_PRIME, "big")
        x = int.from_bytes(srp.compute_hash(algo, acct.password), "big")
        v = pow(_SRP_G, x, p)
        k = int.from_bytes(srp.sha256(srp.num_bytes_for_hash(_SRP_PRIME), srp.big_num_for_hash(_SRP_G)), "big")
        b = int.from_bytes(os.urandom(256), "big")
        B = (k * v + pow(_SRP_G, b, p)) % p
        srp_id = secrets.randbits(62)
        self._srp[srp_id] = (b, B, v, acct.user.id)
        return types.account.Password(
            new_algo=types.PasswordKdfAlgoUnknown(), new_secure_algo=types.SecurePasswordKdfAlgoUnknown(),
            secure_random=os.urandom(32), has_password=True, current_algo=algo,
            srp_B=B.to_bytes(256, "big"), srp_id=srp_id, hint="the usual one")

    def _check_password(self, sender, request):
        check = request.password
        found = self._srp.pop(check.srp_id, None)
        if found is None:
            raise RpcFailure(400, "SRP_ID_INVALID")
        b, B, v, user_id = found
        acct = self.accounts[user_id]
        algo = self._password_algo(acct)
        p = int.from_bytes(_SRP_PRIME, "big")
        A = int.from_bytes(check.A, "big")
        a_for_hash = srp.big_num_for_hash(A)
        b_for_hash = srp.num_bytes_for_hash(B.to_bytes(256, "big"))
        u = int.from_bytes(srp.sha256(a_for_hash, b_for_hash), "big")
        S = pow(A * pow(v, u, p), b, p)
        K = srp.sha256(srp.big_num_for_hash(S))
        p_for_hash = srp.num_bytes_for_hash(_SRP_PRIME)
        g_for_hash = srp.big_num_for_hash(_SRP_G)
        expected = srp.sha256(srp.xor(srp.sha256(p_for_hash), srp.sha256(g_for_hash)),
                              srp.sha256(algo.salt1), srp.sha256(algo.salt2), a_for_hash, b_for_hash, K)
        if expected != check.M1:
            raise RpcFailure(400, "PASSWORD_HASH_INVALID")
        return self._authorize(sender, acct)

    def _import_bot(self, sender, request):
        user_id = self.bot_tokens.get(request.bot_auth_token)
        if user_id is None:
            raise RpcFailure(400, "ACCESS_TOKEN_INVALID")
        return self._authorize(sender, self.accounts[user_id])

    def _export_login_token(self, sender, request):
        for token, (key_id, user_id) in list(self.login_tokens.items()):
            if key_id == sender.key_id and user_id is not None:
                del self.login_tokens[token]
                return types.auth.LoginTokenSuccess(self._authorize(sender, self.accounts[user_id]))
        token = os.urandom(24)
        self.login_tokens[token] = (sender.key_id, None)
        return types.auth.LoginToken(expires=self._now() + timedelta(seconds=30), token=token)

    def _log_out(self, sender, request):
        self.authorizations.pop(sender.key_id, None)
        return types.auth.LoggedOut()

    # -- messages ----------------------------------------------------------------------

    def _peer_user(self, peer) -> SimUser:
        user_id = getattr(peer, "user_id", None)
        if user_id not in self.users:
            raise RpcFailure(400, "PEER_ID_INVALID")
        user = self.users[user_id]
        if peer.access_hash != user.access_hash:
            raise RpcFailure(400, "PEER_ID_INVALID")
        return user

    def _outgoing(self, sender, request, media) -> types.Updates:
        acct = self._account_of(sender)
        user = self._peer_user(request.peer)
        if request.random_id in acct.random_ids:
            raise RpcFailure(400, "RANDOM_ID_DUPLICATE")
        reply_to = getattr(request, "reply_to", None)
        message = types.Message(
            id=next(self._message_ids), peer_id=types.PeerUser(user.id), date=self._now(),
            message=request.message, out=True, media=media, entities=request.entities,
            reply_to=types.MessageReplyHeader(reply_to_msg_id=reply_to.reply_to_msg_id)
            if isinstance(reply_to, types.InputReplyToMessage) else None,
        )
        acct.random_ids[request.random_id] = message.id
        acct.messages[message.id] = message
        acct.delivered_to[user.id].append(message)
        if self.on_delivered is not None:
            self.on_delivered(user, request.message)
        update = types.UpdateNewMessage(message, 0, 1)
        acct.pts += 1
        update.pts = acct.pts
        acct.log.append((acct.pts, 1, update))
        return types.Updates(updates=[types.UpdateMessageID(id=message.id, random_id=request.random_id), update],
                             users=[user.tl(), acct.user.tl(True)], chats=[], date=self._now(), seq=0)

    def _send_message(self, sender, request):
        return self._outgoing(sender, request, None)

    def _send_media(self, sender, request):
        media = request.media
        if not isinstance(media, types.InputMediaUploadedDocument):
            raise RpcFailure(400, "MEDIA_INVALID")
        parts = self.uploads.pop((sender.key_id, media.file.id), {})
        data = b"".join(parts[i] for i in sorted(parts))
        doc_id = next(self._ids)
        document = types.Document(id=doc_id, access_hash=secrets.randbits(63), file_reference=b"ref",
                                  date=self._now(), mime_type=media.mime_type, size=len(data), dc_id=DC_ID,
                                  attributes=media.attributes)
        self.documents[doc_id] = (document, data)
        return self._outgoing(sender, request, types.MessageMediaDocument(document=document))

    def _edit_message(self, sender, request):
        acct = self._account_of(sender)
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
        return types.Updates(updates=[update], users=[user.tl()], chats=[], date=self._now(), seq=0)

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
        return types.messages.AffectedMessages(pts=acct.pts, pts_count=0)

    def _delete_chat_user(self, sender, request):
        acct = self._account_of(sender)
        chat = self.chats.get(request.chat_id)
        if chat is None:
            raise RpcFailure(400, "CHAT_ID_INVALID")
        self.left_chats.add((acct.user.id, chat.id))
        service = types.MessageService(id=next(self._message_ids), peer_id=types.PeerChat(chat.id),
                                       date=self._now(), out=True, from_id=types.PeerUser(acct.user.id),
                                       action=types.MessageActionChatDeleteUser(user_id=acct.user.id))
        update = types.UpdateNewMessage(service, 0, 1)
        acct.pts += 1
        update.pts = acct.pts
        acct.log.append((acct.pts, 1, update))
        return types.Updates(updates=[update], users=[acct.user.tl(True)], chats=[chat], date=self._now(), seq=0)

    def _delete_history(self, sender, request):
        acct = self._account_of(sender)
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
