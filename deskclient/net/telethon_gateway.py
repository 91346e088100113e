"""The Gateway on Telethon: one service account, its connection, its traffic.

Connection: connect, wait for login if needed, then watch `client.disconnected`; when
the connection is lost for good, reconnect with exponential backoff. Every connect
catches up (`catch_up=True`): what arrived while the app was closed or offline comes
through getDifference, and the store files each message once.

Sending: the request is built here with the outbox's own `random_id`, so a resend after
a crash repeats it and Telegram answers RANDOM_ID_DUPLICATE instead of posting twice.
Flood waits are never slept through silently (`flood_sleep_threshold=0`): they reach
the outbox as RateLimited and the status bar says how long.
"""

from __future__ import annotations

import asyncio
import logging
import mimetypes
from pathlib import Path
from typing import Callable

from telethon import TelegramClient, errors, events, utils
from telethon.tl import functions, types

from ..domain.clock import Clock
from ..domain.messages import (
    AddedToGroup, ButtonPress, InboundDeletion, InboundEdit, IncomingFile, OutboundMessage, SentReceipt,
)
from .channel_posts import ChannelPosting
from .connection_state import ConnectionStateKeeper
from .desk_client import DeskTelegramClient
from .gateway import (
    ConnectionState, Gateway, GatewayError, GatewayListener, Offline, Undeliverable,
)
from .mapping import entities_of, inbound_message, text_of
from .message_kinds import PrivateServiceMessages, citizens_file, drawn_sticker
from .presence import CitizenPresence
from .rpc_errors import gateway_error, call_error

__all__ = ["DeskTelegramClient", "TelethonGateway"]

log = logging.getLogger("deskclient.net")

MAX_BACKOFF = 60.0
STATE_SAVE_DELAY = 0.5
STOP_GRACE = 5.0  # on stop, how long the updates in hand may take to be filed


def _tl_entities(entities) -> list | None:
    """Formatting entities kept as dicts (domain/formatting.py) → Telegram's objects;
    anything but a known MessageEntity kind is left out."""
    out = []
    for entity in entities or ():
        name = entity.get("_", "")
        kind = getattr(types, name, None) if name.startswith("MessageEntity") else None
        if kind is None:
            continue
        try:
            out.append(kind(**{k: v for k, v in entity.items() if k != "_"}))
        except TypeError:
            continue
    return out or None


class TelethonGateway(ConnectionStateKeeper, ChannelPosting, CitizenPresence, Gateway):
    label = "Telegram"

    @property
    def is_bot(self) -> bool:
        return bool(self.me is not None and self.me.bot)

    def __init__(self, client_factory: Callable[[], TelegramClient], clock: Clock,
                 label: str = "Telegram") -> None:
        self._factory = client_factory
        self.clock = clock
        self.label = label
        self.client: TelegramClient | None = None
        self.account = ""
        self.me: types.User | None = None
        # Set once get_me has answered: the catch-up at connect (getDifference) can be
        # dispatched before that, and must not be filed under no account.
        self._me_known = asyncio.Event()
        self._state = ConnectionState.OFFLINE
        self._listener: GatewayListener | None = None
        self._runner: asyncio.Task | None = None
        self._logged_in = asyncio.Event()
        self._media: dict[str, object] = {}
        self._stopping = False
        self._state_saver: asyncio.Task | None = None
        self.reconnect_delay = 1.0
        # A file sent once, by its path: sent again by reference (a broadcast's file to
        # thousands is uploaded once).
        self._sent_media: dict[str, object] = {}

    # -- lifecycle ---------------------------------------------------------------------


    async def start(self, listener: GatewayListener) -> None:
        self._listener = listener
        self.client = self._factory()
        self._register_handlers(self.client)
        self._runner = asyncio.ensure_future(self._run())

    async def stop(self) -> None:
        self._stopping = True
        if self._state_saver is not None:
            self._state_saver.cancel()
            await asyncio.gather(self._state_saver, return_exceptions=True)
        if self._runner is not None:
            self._runner.cancel()
            await asyncio.gather(self._runner, return_exceptions=True)
        if self.client is not None and self.client.is_connected():
            if isinstance(self.client, DeskTelegramClient):
                await self.client.drain(STOP_GRACE)  # the listener refuses new work once stopping
            # Cancels what is still in hand and saves the last safe update position.
            await self.client.disconnect()
        self._set_state(ConnectionState.OFFLINE)

    async def _run(self) -> None:
        delay = self.reconnect_delay
        while not self._stopping:
            self._set_state(ConnectionState.CONNECTING)
            try:
                await self.client.connect()
                if not await self.client.is_user_authorized():
                    self._set_state(ConnectionState.LOGGED_OUT)
                    await self._logged_in.wait()
                self.me = await self.client.get_me()
            except (OSError, ConnectionError, asyncio.TimeoutError) as exc:
                log.info("cannot connect (%s); next try in %.0f s", type(exc).__name__, delay)
                self._set_state(ConnectionState.OFFLINE)
                await asyncio.sleep(delay)
                delay = min(delay * 2, MAX_BACKOFF)
                continue
            delay = self.reconnect_delay
            self.account = str(self.me.id)
            self._me_known.set()
            self._set_state(ConnectionState.ONLINE)
            try:
                await self.client.disconnected
            except (OSError, ConnectionError):
                pass
            if self._stopping:
                return
            self._set_state(ConnectionState.OFFLINE)
            await self.client.disconnect()  # saves state; the next connect catches up

    def logged_in(self) -> None:
        """Called by LoginFlow once the account is authorised."""
        self._logged_in.set()

    async def logged_out(self) -> None:
        """Telethon cannot reuse a client after log-out: start again with a new one."""
        self._logged_in.clear()
        self._me_known.clear()
        self.me = None
        if self._runner is not None:
            self._runner.cancel()
            await asyncio.gather(self._runner, return_exceptions=True)
        self.client = self._factory()
        self._register_handlers(self.client)
        self._runner = asyncio.ensure_future(self._run())

    # -- inbound -----------------------------------------------------------------------

    def _register_handlers(self, client: TelegramClient) -> None:
        client.add_event_handler(self._on_new_message, events.NewMessage(incoming=True))
        client.add_event_handler(self._on_new_message, PrivateServiceMessages(incoming=True))
        client.add_event_handler(self._on_edit, events.MessageEdited(incoming=True))
        client.add_event_handler(self._on_deleted, events.MessageDeleted())
        client.add_event_handler(self._on_chat_action, events.ChatAction())
        client.add_event_handler(self._on_button, events.CallbackQuery())  # bots only get them
        self._register_presence(client)  # read receipts and typing: presence.py
        if isinstance(client, DeskTelegramClient):
            client.ledger.advanced = self._schedule_state_save
            client.direct[types.UpdateNewMessage] = self._on_citizens_update

    async def _on_citizens_update(self, update) -> bool:
        """A citizen's own message in their private chat, the sender among the update's
        users (every socket push and getDifference answer names them), filed from the TL
        message without building the seven handlers' events (issue 17 item 2: the
        desk's share of the loop per message). Anything else (a service message, a
        group's, our own, a sender not named) is left to the event handlers: False."""
        message = update.message
        peer = getattr(message, "peer_id", None)
        if not isinstance(message, types.Message) or not isinstance(peer, types.PeerUser):
            return False
        if message.from_id is not None and getattr(message.from_id, "user_id", None) != peer.user_id:
            return False
        entities = getattr(update, "_entities", None) or {}
        sender = entities.get(peer.user_id)
        if not isinstance(sender, types.User) or sender.is_self:
            return False
        message._finish_init(self.client, entities, None)  # as NewMessage: forward, file, out to self
        if message.out:
            return False
        await self._file_message(message, sender)
        return True

    async def _on_new_message(self, event) -> None:
        if not event.is_private:
            return  # groups and channels never open tickets
        sender = await event.get_sender()
        if not isinstance(sender, types.User) or sender.is_self:
            return
        await self._file_message(event.message, sender)

    async def _file_message(self, message, sender: types.User) -> None:
        """A private message from a citizen (`sender`), handed to the listener as filed."""
        ref = None
        # A citizen's file or a static sticker's image; not a link preview's picture.
        if citizens_file(message) or drawn_sticker(message):
            ref = f"{sender.id}:{message.id}"
            self._media[ref] = message
        await self._me_known.wait()
        inbound = inbound_message(self.account, message, sender, ref)
        try:
            await self._listener.on_message(inbound)
        finally:
            if ref:
                self._media.pop(ref, None)

    def _schedule_state_save(self) -> None:
        """Once what arrived is stored (the safe update position moved), remember it in
        the session (at most twice a second)."""
        if self._stopping:
            return
        if self._state_saver is None or self._state_saver.done():
            self._state_saver = asyncio.ensure_future(self._save_state_soon())

    async def _save_state_soon(self) -> None:
        await asyncio.sleep(STATE_SAVE_DELAY)
        if self.client is not None and self.client.is_connected():
            await self.client.save_update_state()

    async def _on_edit(self, event) -> None:
        if not event.is_private:
            return
        await self._me_known.wait()
        await self._listener.on_edit(InboundEdit(
            account=self.account, citizen_address=event.chat_id, channel_message_id=event.message.id,
            date=event.message.edit_date or self.clock.now(), text=text_of(event.message),
            entities=entities_of(event.message)))

    async def _on_deleted(self, event) -> None:
        if event.chat_id is not None:  # channels say which; private deletions do not
            return
        await self._me_known.wait()
        await self._listener.on_deletion(InboundDeletion(
            account=self.account, channel_message_ids=tuple(event.deleted_ids), date=self.clock.now()))

    async def _on_chat_action(self, event) -> None:
        # A basic group created with the account among its first members is `created`.
        await self._me_known.wait()
        if self.me is None or not (event.user_added or event.user_joined or event.created):
            return
        if self.me.id not in (event.user_ids or []):
            return
        chat = await event.get_chat()
        await self._listener.on_added_to_group(AddedToGroup(
            account=self.account, chat_id=event.chat_id,
            title=utils.get_display_name(chat) if chat else "", date=self.clock.now()))

    async def _on_button(self, event) -> None:
        """A citizen pressed a button under a bot's message: the listener decides, and its
        short answer is shown to them (Telegram wants every press answered)."""
        await self._me_known.wait()
        handler = getattr(self._listener, "on_button", None)
        answer = None
        if handler is not None and event.is_private:
            answer = await handler(ButtonPress(account=self.account, citizen_address=event.sender_id,
                                               channel_message_id=event.message_id, data=bytes(event.data or b"")))
        try:
            await event.answer(answer)
        except (errors.RPCError, OSError, ConnectionError) as exc:
            log.info("a button press could not be answered (%s)", type(exc).__name__)

    async def fetch_message_text(self, citizen_address: int, channel_message_id: int,
                                 access_hash: int | None = None) -> str | None:
        """The text of an earlier message (for a reply quote the store does not have), as
        the desk files it (mapping.text_of): a quoted location, contact or poll reads
        as its readable form, not as an empty quote."""
        try:
            peer = await self._peer(citizen_address, access_hash)
            message = await self.client.get_messages(peer, ids=channel_message_id)
        except (OSError, ConnectionError, errors.RPCError, ValueError, GatewayError):
            return None
        return text_of(message) if message is not None else None

    async def _message_with_file(self, file: IncomingFile):
        """The message behind `file.ref` ("<citizen user id>:<telegram message id>"): the one
        in hand, else read again from Telegram (after a restart, or by another process
        of the same account)."""
        message = self._media.get(file.ref)
        if message is not None:
            return message
        try:
            user_id, message_id = (int(part) for part in file.ref.split(":"))
        except ValueError:
            raise Undeliverable("the file is no longer available") from None
        self._online()
        peer = await self._peer(user_id, file.access_hash)
        try:
            message = await self.client.get_messages(peer, ids=message_id)
        except (errors.RPCError, OSError, ConnectionError) as exc:
            raise call_error(exc, GatewayError, "the file could not be read again") from None
        if message is None or getattr(message, "media", None) is None:
            raise Undeliverable("the citizen deleted the message with the file")
        return message

    async def download(self, file: IncomingFile, destination: Path, max_bytes: int) -> int:
        message = await self._message_with_file(file)
        media = message.document or message.photo
        if media is None:
            raise Undeliverable("the file is no longer available")
        written = 0
        if file.size == 0:
            destination.write_bytes(b"")  # Telethon cannot page through an empty file
            return 0
        try:
            with destination.open("wb") as out:
                async for chunk in self.client.iter_download(media):
                    out.write(chunk)
                    written += len(chunk)
                    if written > max_bytes:
                        break  # the size lied: stop, the policy refuses it
        except (errors.RPCError, OSError, ConnectionError) as exc:
            raise call_error(exc, Undeliverable, "download refused") from None
        return written

    # -- outbound ----------------------------------------------------------------------

    async def _peer(self, user_id: int, access_hash: int | None = None):
        """The citizen as an input peer: with the access hash the store keeps when there
        is one (it is the account's, the same in all its sessions: a duty holder that
        never met this citizen can write to them), else from the session's entity cache."""
        if access_hash is not None:
            return types.InputPeerUser(user_id, access_hash)
        try:
            return await self.client.get_input_entity(types.PeerUser(user_id))
        except (ValueError, errors.RPCError):
            raise Undeliverable("this citizen is unknown to the Telegram session") from None
        except (OSError, ConnectionError) as exc:
            raise Offline(str(exc)) from None

    def _online(self) -> None:
        if self.client is None or not self.client.is_connected() or self._state is not ConnectionState.ONLINE:
            raise Offline("not connected to Telegram")

    async def _call(self, request):
        self._online()
        try:
            return await self.client(request)
        except errors.RandomIdDuplicateError:
            raise
        except Exception as exc:  # noqa: BLE001 (every failure becomes a gateway error)
            raise gateway_error(exc) from None

    async def send(self, message: OutboundMessage, files_dir: Path) -> SentReceipt:
        self._online()
        peer = await self._peer(message.citizen_address, message.access_hash)
        reply_to = (types.InputReplyToMessage(reply_to_msg_id=message.reply_to_channel_message_id)
                    if message.reply_to_channel_message_id else None)
        formatting = _tl_entities(message.entities)
        path = files_dir / message.file_path if message.file_path else None
        media = await self._input_media(path, message.file_name) if path else None
        if path:
            request = functions.messages.SendMediaRequest(peer, media, message=message.text,
                                                          random_id=message.random_id, reply_to=reply_to)
        else:
            request = functions.messages.SendMessageRequest(peer, message.text, random_id=message.random_id,
                                                            reply_to=reply_to, reply_markup=_buttons(message))
        request.entities = formatting  # a broadcast's bold, links… (domain/formatting.py)
        try:
            result = await self._call(request)
        except errors.RandomIdDuplicateError:
            # Sent before the app could record it (a crash, a lost answer): not again.
            return SentReceipt(channel_message_id=None, date=self.clock.now())
        except GatewayError:
            if path:
                self._sent_media.pop(str(path), None)  # a stale reference: upload it again next time
            raise
        sent = self.client._get_response_message(request, result, peer)
        if path and sent is not None and isinstance(getattr(sent, "media", None), types.MessageMediaDocument):
            self._remember_media(str(path), sent.media.document)
        if sent is None:
            return SentReceipt(channel_message_id=None, date=self.clock.now())
        return SentReceipt(channel_message_id=sent.id, date=sent.date)

    async def _input_media(self, path: Path, file_name: str | None):
        """The file as media to send: by reference when this session sent it before (a
        broadcast's file to thousands, then to its channel), else uploaded now."""
        media = self._sent_media.get(str(path))
        if media is not None:
            return media
        try:
            uploaded = await self.client.upload_file(path, file_name=file_name)
        except Exception as exc:  # noqa: BLE001 (a file gone, a refused part, a lost link)
            raise gateway_error(exc) from None
        mime = mimetypes.guess_type(file_name or path.name)[0] or "application/octet-stream"
        return types.InputMediaUploadedDocument(file=uploaded, mime_type=mime, force_file=True,
                                                attributes=[types.DocumentAttributeFilename(file_name or path.name)])

    def _remember_media(self, path: str, document) -> None:
        """The sent document, to send the same file again by reference."""
        if len(self._sent_media) >= 16:
            self._sent_media.pop(next(iter(self._sent_media)))
        self._sent_media[path] = types.InputMediaDocument(
            id=types.InputDocument(document.id, document.access_hash, document.file_reference))

    async def edit_sent(self, citizen_address: int, channel_message_id: int, text: str,
                        access_hash: int | None = None) -> None:
        self._online()
        peer = await self._peer(citizen_address, access_hash)
        try:
            await self.client(functions.messages.EditMessageRequest(peer, channel_message_id, message=text))
        except errors.MessageNotModifiedError:
            return  # it has this text already: an earlier try whose answer was lost
        except Exception as exc:  # noqa: BLE001 (every failure becomes a gateway error)
            raise gateway_error(exc) from None

    async def delete_sent(self, citizen_address: int, channel_message_ids: list[int]) -> None:
        # Message ids of private chats are the account's own: no peer, no access hash.
        await self._call(functions.messages.DeleteMessagesRequest(list(channel_message_ids), revoke=True))

    async def delete_history(self, citizen_address: int, max_id: int, access_hash: int | None = None,
                             revoke: bool = False) -> None:
        """messages.DeleteHistory of a citizen's chat, repeated while Telegram says it has
        more to delete (`offset`). Bots may not (BOT_METHOD_INVALID): refused for good."""
        self._online()
        peer = await self._peer(citizen_address, access_hash)
        while True:
            request = functions.messages.DeleteHistoryRequest(peer, max_id=max_id, revoke=revoke or None)
            try:
                result = await self.client(request)
            except errors.BotMethodInvalidError:
                raise Undeliverable("a bot account cannot delete a chat's history on Telegram") from None
            except Exception as exc:  # noqa: BLE001 (every failure becomes a gateway error)
                raise gateway_error(exc) from None
            if not result.offset:
                return

    async def leave_group(self, chat_id: int) -> None:
        """Leave a group or channel; raises GatewayError until Telegram confirms it (the
        store records the leave as done only then). Not a member any more counts as done."""
        self._online()
        try:
            await self.client.delete_dialog(chat_id)
        except (errors.UserNotParticipantError, errors.ChannelPrivateError):
            return  # left already (an earlier try whose answer was lost)
        except (errors.RPCError, OSError, ConnectionError) as exc:
            raise call_error(exc, GatewayError, "Telegram refused to leave the group") from None
        except ValueError:
            raise GatewayError("the group is unknown to the Telegram session") from None


def _buttons(message: OutboundMessage):
    """The message's buttons as Telegram's inline keyboard (one a row), or None."""
    if not message.buttons:
        return None
    return types.ReplyInlineMarkup(rows=[
        types.KeyboardInlineButtonRow(buttons=[
            types.KeyboardInlineButton(text=label, type=types.InlineButtonTypeCallback(data=data.encode()))])
        for label, data in message.buttons])
