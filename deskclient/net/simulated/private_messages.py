"""The SimulatedTelegram's answers to the desk's messages to citizens: send (text or a
file, Telegram's length limits, RANDOM_ID_DUPLICATE, flood waits), edit, delete, fetch,
mark read.

A mixin of SimulatedTelegram: it uses `self.users`, `self.uploads`, `self.documents`,
`self.flood`, `self.on_delivered`, `self._ids`, `self._message_ids`, `self._now()`,
`self._seen()`, `self._log()`, `self._account_of()`, `self._input_user()`,
`self._input_peer()`; a channel post goes to channels.py, a blocked recipient and a
file sent by reference to recipients.py.
"""

from __future__ import annotations

import secrets
import time

from telethon.tl import types

from ...domain.limits import CAPTION_LIMIT, TEXT_LIMIT, telegram_length
from .accounts import DC_ID, Account, SimUser
from .sender import RpcFailure


class PrivateMessages:
    """messages.sendMessage/sendMedia/editMessage/deleteMessages/getMessages/readHistory
    in a citizen's private chat."""

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
        self._log(acct, update)
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
        self._log(acct, update)
        return types.Updates(updates=[update], users=[self._seen(acct, user)], chats=[], date=self._now(), seq=0)

    def _delete_messages(self, sender, request):
        acct = self._account_of(sender)
        for mid in request.id:
            message = acct.messages.pop(mid, None)
            if message is not None and message.out:
                peer = message.peer_id.user_id
                acct.delivered_to[peer] = [m for m in acct.delivered_to[peer] if m.id != mid]
        self._log(acct, types.UpdateDeleteMessages(list(request.id), 0, len(request.id)))
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
