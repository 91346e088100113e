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
from collections import defaultdict
from datetime import datetime
from typing import Callable

from telethon.tl import functions, types

from ...domain.clock import Clock, SystemClock
from .accounts import Account, SimFile, SimUser
from .bot_buttons import BotButtons
from .channels import SimulatedChannels
from .chat_history import PrivateChatHistory
from .citizens import SimulatedCitizens
from .login import LoginDesk
from .media import CitizenMedia
from .network import SimulatedNetwork
from .presence import CitizenActivity
from .private_messages import PrivateMessages
from .recipients import BroadcastRecipients
from .sender import RpcFailure, SimulatedSender
from .strict import FloodPolicy, access_hash
from .update_difference import UpdateDifference

__all__ = ["Account", "SimFile", "SimUser", "SimulatedTelegram"]  # the people: accounts.py


class SimulatedTelegram(SimulatedCitizens, SimulatedNetwork, UpdateDifference, PrivateMessages, LoginDesk,
                        CitizenMedia, BroadcastRecipients, PrivateChatHistory, BotButtons, SimulatedChannels,
                        CitizenActivity):
    """The server: its state, the request table and the plumbing the mixins share (the
    account of a connection, its view of a user, an update logged and pushed). The
    operator's side is in citizens.py and network.py; the requests in login.py,
    update_difference.py, private_messages.py, chat_history.py, channels.py and here
    (users, groups left, files)."""

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
    # -- plumbing ----------------------------------------------------------------------

    def attach(self, sender: SimulatedSender) -> None:
        self._senders.add(sender)

    def detach(self, sender: SimulatedSender) -> None:
        self._senders.discard(sender)

    def _log(self, acct: Account, update) -> None:
        """The update takes the account's next pts (its pts_count on) and joins its log."""
        acct.pts += update.pts_count
        update.pts = acct.pts
        acct.log.append((acct.pts, update.pts_count, update))

    def _log_and_push(self, acct: Account, update, users: list[SimUser], chats: list, push: bool) -> None:
        self._log(acct, update)
        if not push:
            return
        me = acct.user
        envelope = types.Updates(updates=[update], users=[self._seen(acct, u) for u in users if u.id != me.id] + [self._seen(acct, me)],
                                 chats=chats, date=self._now(), seq=0)
        for sender in list(self._senders):
            if self.authorizations.get(sender.key_id) == me.id:
                sender.push(envelope)

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
        self._log(acct, update)
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
