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
    AddedToGroup, InboundDeletion, InboundEdit, IncomingFile, OutboundMessage, SentReceipt,
)
from .gateway import (
    ConnectionState, Gateway, GatewayListener, Offline, RateLimited, Undeliverable,
)
from .mapping import entities_of, inbound_message

log = logging.getLogger("deskclient.net")

MAX_BACKOFF = 60.0
STATE_SAVE_DELAY = 0.5
_UNDELIVERABLE = (errors.UserIsBlockedError, errors.InputUserDeactivatedError,
                  errors.PeerIdInvalidError, errors.UserDeactivatedError)


class DeskTelegramClient(TelegramClient):
    """Telethon 1.45 reconnects by itself but does not fetch what it missed (its
    `_handle_auto_reconnect` stops before its catch-up code); this one does."""

    async def _handle_auto_reconnect(self) -> None:
        await super()._handle_auto_reconnect()
        await self.catch_up()

    async def save_update_state(self) -> None:
        """Write where the update stream stands to the session now, not in a minute:
        after a crash, the next start fetches from here."""
        await self._save_states_and_entities()
        self.session.save()


class TelethonGateway(Gateway):
    label = "Telegram"

    def __init__(self, client_factory: Callable[[], TelegramClient], clock: Clock,
                 label: str = "Telegram") -> None:
        self._factory = client_factory
        self.clock = clock
        self.label = label
        self.client: TelegramClient | None = None
        self.account = ""
        self.me: types.User | None = None
        self._state = ConnectionState.OFFLINE
        self._listener: GatewayListener | None = None
        self._runner: asyncio.Task | None = None
        self._logged_in = asyncio.Event()
        self._media: dict[str, object] = {}
        self._stopping = False
        self._state_saver: asyncio.Task | None = None
        self.reconnect_delay = 1.0

    # -- lifecycle ---------------------------------------------------------------------

    @property
    def state(self) -> ConnectionState:
        return self._state

    def _set_state(self, state: ConnectionState) -> None:
        if state is self._state:
            return
        self._state = state
        log.info("connection %s", state.value)
        if self._listener is not None:
            self._listener.on_state(state)

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
            await self.client.disconnect()  # saves the update state for the next catch-up
        self._set_state(ConnectionState.OFFLINE)

    async def wait_online(self, timeout: float = 10.0) -> None:
        async def online():
            while self._state is not ConnectionState.ONLINE:
                await asyncio.sleep(0.01)
        await asyncio.wait_for(online(), timeout)

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
        client.add_event_handler(self._on_edit, events.MessageEdited(incoming=True))
        client.add_event_handler(self._on_deleted, events.MessageDeleted())
        client.add_event_handler(self._on_chat_action, events.ChatAction())

    async def _on_new_message(self, event) -> None:
        if not event.is_private:
            return  # groups and channels never open tickets
        sender = await event.get_sender()
        if not isinstance(sender, types.User) or sender.is_self:
            return
        ref = None
        if event.message.media is not None and event.message.file is not None:
            ref = f"{sender.id}:{event.message.id}"
            self._media[ref] = event.message
        inbound = inbound_message(self.account, event.message, sender, ref)
        try:
            await self._listener.on_message(inbound)
        finally:
            if ref:
                self._media.pop(ref, None)
        self._schedule_state_save()

    def _schedule_state_save(self) -> None:
        """Once what arrived is stored, remember it in the session (at most twice a second)."""
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
        await self._listener.on_edit(InboundEdit(
            account=self.account, citizen_user_id=event.chat_id, telegram_id=event.message.id,
            date=event.message.edit_date or self.clock.now(), text=event.message.message or "",
            entities=entities_of(event.message)))

    async def _on_deleted(self, event) -> None:
        if event.chat_id is not None:  # channels say which; private deletions do not
            return
        await self._listener.on_deletion(InboundDeletion(
            account=self.account, telegram_ids=tuple(event.deleted_ids), date=self.clock.now()))

    async def _on_chat_action(self, event) -> None:
        if self.me is None or not (event.user_added or event.user_joined):
            return
        if self.me.id not in (event.user_ids or []):
            return
        chat = await event.get_chat()
        await self._listener.on_added_to_group(AddedToGroup(
            account=self.account, chat_id=event.chat_id,
            title=utils.get_display_name(chat) if chat else "", date=self.clock.now()))

    async def fetch_message_text(self, citizen_user_id: int, telegram_id: int) -> str | None:
        """The text of an earlier message (for a reply quote the store does not have)."""
        try:
            message = await self.client.get_messages(types.PeerUser(citizen_user_id), ids=telegram_id)
        except (OSError, ConnectionError, errors.RPCError, ValueError):
            return None
        return message.message if message is not None else None

    async def download(self, file: IncomingFile, destination: Path, max_bytes: int) -> int:
        message = self._media.get(file.ref)
        if message is None:
            raise Undeliverable("the file is no longer available")
        media = message.document or message.photo
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
        except errors.FloodWaitError as exc:
            raise RateLimited(exc.seconds) from None
        except (OSError, ConnectionError) as exc:
            raise Offline(str(exc)) from None
        except errors.RPCError as exc:
            raise Undeliverable(f"download refused ({exc.message})") from None
        return written

    # -- outbound ----------------------------------------------------------------------

    async def _peer(self, user_id: int):
        try:
            return await self.client.get_input_entity(types.PeerUser(user_id))
        except ValueError:
            raise Undeliverable("this citizen is unknown to the Telegram session") from None

    async def _call(self, request):
        if self.client is None or not self.client.is_connected() or self._state is not ConnectionState.ONLINE:
            raise Offline("not connected to Telegram")
        try:
            return await self.client(request)
        except errors.FloodWaitError as exc:
            raise RateLimited(exc.seconds) from None
        except _UNDELIVERABLE as exc:
            raise Undeliverable(type(exc).__name__) from None
        except (OSError, ConnectionError) as exc:
            raise Offline(str(exc)) from None

    async def send(self, message: OutboundMessage, files_dir: Path) -> SentReceipt:
        peer = await self._peer(message.citizen_user_id)
        reply_to = (types.InputReplyToMessage(reply_to_msg_id=message.reply_to_telegram_id)
                    if message.reply_to_telegram_id else None)
        if message.file_path:
            path = files_dir / message.file_path
            uploaded = await self.client.upload_file(path, file_name=message.file_name)
            mime = mimetypes.guess_type(message.file_name or path.name)[0] or "application/octet-stream"
            media = types.InputMediaUploadedDocument(
                file=uploaded, mime_type=mime, force_file=True,
                attributes=[types.DocumentAttributeFilename(message.file_name or path.name)])
            request = functions.messages.SendMediaRequest(peer, media, message=message.text,
                                                          random_id=message.random_id, reply_to=reply_to)
        else:
            request = functions.messages.SendMessageRequest(peer, message.text, random_id=message.random_id,
                                                            reply_to=reply_to)
        try:
            result = await self._call(request)
        except errors.RandomIdDuplicateError:
            # Sent before the app could record it (a crash, a lost answer): not again.
            return SentReceipt(telegram_id=None, date=self.clock.now())
        sent = self.client._get_response_message(request, result, peer)
        if sent is None:
            return SentReceipt(telegram_id=None, date=self.clock.now())
        return SentReceipt(telegram_id=sent.id, date=sent.date)

    async def edit_sent(self, citizen_user_id: int, telegram_id: int, text: str) -> None:
        peer = await self._peer(citizen_user_id)
        await self._call(functions.messages.EditMessageRequest(peer, telegram_id, message=text))

    async def delete_sent(self, citizen_user_id: int, telegram_ids: list[int]) -> None:
        await self._call(functions.messages.DeleteMessagesRequest(list(telegram_ids), revoke=True))

    async def leave_group(self, chat_id: int) -> None:
        try:
            await self.client.delete_dialog(chat_id)
        except (OSError, ConnectionError, errors.RPCError, ValueError) as exc:
            log.warning("could not leave a group (%s)", type(exc).__name__)
