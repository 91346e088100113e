"""The operator's side of the SimulatedTelegram: the people (users, the desk's accounts,
bots) and what citizens do: write (text, files, forwards, replies), edit, delete, add the
account to a group or post in one; and what an account delivered to each citizen.

A mixin of SimulatedTelegram: it uses `self.users`, `self.accounts`, `self.chats`,
`self.bot_tokens`, `self.authorizations`, `self.documents`, `self.left_chats`,
`self._ids`, `self._message_ids`, `self._now()` and `self._log_and_push()`.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from telethon.tl import types

from .accounts import DC_ID, Account, SimFile, SimUser


class SimulatedCitizens:
    """Users and accounts made, citizens' messages and group events pushed to the account."""

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
