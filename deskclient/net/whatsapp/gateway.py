"""The Gateway on WhatsApp's Cloud API: one business number, its sends and its webhooks.

Inbound arrives by webhook (webhook.py hands each verified `value` to `receive`), not by
polling; the state is ONLINE while the access token answers (checked at start and again
after a call found the API unreachable or the token refused). A webhook is answered 200
only once its messages are filed, so Meta redelivers what a crash or a dropped
connection left unfiled; a redelivery, or the same message in two webhooks at once, is
filed once (in flight: the second waits for the first; after: the store's unique key on
the mapped id, ids.py, and a short memory here).

Sends are not idempotent on WhatsApp: each is tagged with its outbox id
(`biz_opaque_callback_data`), which status webhooks carry back in DeliveryStatus, so
the outbox can wait for a send in flight at a crash instead of sending it twice.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from pathlib import Path

from ...domain.channels import WHATSAPP
from ...domain.clock import Clock
from ...domain.messages import (
    ButtonPress,
    InboundDeletion,
    InboundEdit,
    InboundMessage,
    IncomingFile,
    OutboundMessage,
    SentReceipt,
)
from ...errors import sentence
from ..connection_state import ConnectionStateKeeper
from ..gateway import (
    ConnectionState,
    Gateway,
    GatewayError,
    GatewayListener,
    NotSent,
    Offline,
    Undeliverable,
)
from .errors import TokenRefused
from .graph import GraphClient
from .ids import message_key, wa_id_of
from .inbound import delivery_status, inbound_event
from .interactive import list_message, picked
from .media import read_outgoing
from .settings import WhatsAppSettings

log = logging.getLogger("deskclient.net.whatsapp")

MAX_BACKOFF = 60.0
REMEMBERED = 4096  # message ids filed lately, answered at once when redelivered


class NotListening(GatewayError):
    """A webhook came before start() or after stop(): refused, so Meta redelivers it."""


class WhatsAppGateway(ConnectionStateKeeper, Gateway):
    channel = WHATSAPP

    def __init__(self, settings: WhatsAppSettings, clock: Clock, label: str = "WhatsApp") -> None:
        self.settings = settings
        self.clock = clock
        self.label = label
        self.account = settings.account
        self.graph = GraphClient(settings)
        self.reconnect_delay = 1.0
        self._listener: GatewayListener | None = None
        self._runner: asyncio.Task | None = None
        self._check = asyncio.Event()
        self._in_flight: dict[str, asyncio.Task] = {}
        self._filed: OrderedDict[str, None] = OrderedDict()
        self.duplicates = 0  # redelivered messages answered without filing them again
        self.malformed = 0  # messages and statuses that could never be filed: skipped

    # -- lifecycle ---------------------------------------------------------------------

    async def start(self, listener: GatewayListener) -> None:
        self._listener = listener
        self._runner = asyncio.ensure_future(self._run())

    async def stop(self) -> None:
        listener, self._listener = self._listener, None  # webhooks from now on: 503, redelivered
        if self._runner is not None:
            self._runner.cancel()
            await asyncio.gather(self._runner, return_exceptions=True)
        if self._in_flight:  # what is being filed finishes (its webhook then answers 200)
            await asyncio.gather(*self._in_flight.values(), return_exceptions=True)
        await self.graph.close()
        if listener is not None:
            self._state = ConnectionState.OFFLINE
            listener.on_state(ConnectionState.OFFLINE)

    async def _run(self) -> None:
        """Check the token; again whenever a call says the API or the token failed."""
        delay = self.reconnect_delay
        while True:
            self._set_state(ConnectionState.CONNECTING)
            try:
                await self.graph.phone_number()
            except TokenRefused:
                log.warning("WhatsApp refused the access token; next check in %.0f s", delay)
                self._set_state(ConnectionState.LOGGED_OUT)
            except GatewayError as exc:
                log.info("WhatsApp's API not reachable (%s); next try in %.0f s", type(exc).__name__, delay)
                self._set_state(ConnectionState.OFFLINE)
            else:
                delay = self.reconnect_delay
                self._set_state(ConnectionState.ONLINE)
                self._check.clear()
                await self._check.wait()
                continue
            await asyncio.sleep(delay)
            delay = min(delay * 2, MAX_BACKOFF)

    def _online(self) -> None:
        if self._state is not ConnectionState.ONLINE:
            raise NotSent("not connected to WhatsApp")

    async def _call(self, call):
        self._online()
        try:
            return await call
        except Offline:
            self._check.set()  # the runner checks the token again, the state follows
            raise

    # -- inbound (from webhook.py) -------------------------------------------------------

    async def receive(self, value: dict) -> int:
        """File one webhook `value`: its messages in order, then its statuses; how many of
        them could never be filed (skipped, counted and logged without their content: a
        redelivery would bring the same bytes). Raises when filing failed (the store:
        the webhook then fails and Meta redelivers)."""
        if self._listener is None:
            raise NotListening("the WhatsApp gateway is not started")
        before = self.malformed
        for message in self._items(value, "messages"):
            try:
                wamid = message["id"]
                if not isinstance(wamid, str):
                    raise TypeError("a WhatsApp message id is a string")
                event = inbound_event(self.account, value, message)
                file = self._handler(event, message)
            except Exception as exc:  # noqa: BLE001 (reading only, nothing filed: the payload's fault)
                self._skip("message", exc)
                continue
            await self._file_once(wamid, file)
        notify = getattr(self._listener, "on_delivery_status", None)
        for status in self._items(value, "statuses"):
            try:
                update = delivery_status(self.account, status)
            except Exception as exc:  # noqa: BLE001 (as above)
                self._skip("status", exc)
                continue
            if notify is not None:
                await notify(update)
        return self.malformed - before

    def _items(self, value: dict, key: str) -> list:
        items = value.get(key)
        if items is None or isinstance(items, list):
            return items or []
        self._skip(f"list of {key}", TypeError())
        return []

    def _skip(self, what: str, exc: Exception) -> None:
        """Count and log one item that can never be filed (its kind and the error's type
        only: its fields may hold a message or a phone number)."""
        self.malformed += 1
        log.warning("a malformed WhatsApp %s was skipped (%s; %d so far)", what, type(exc).__name__,
                    self.malformed)

    def _handler(self, event, message: dict):
        """The listener's call for the event, not awaited yet."""
        if isinstance(event, InboundEdit):
            return lambda: self._listener.on_edit(event)
        if isinstance(event, InboundDeletion):
            return lambda: self._listener.on_deletion(event)
        press = picked(self.account, message) if message.get("type") == "interactive" else None
        if press is not None:
            return lambda: self._file_pick(event, press)
        return lambda: self._listener.on_message(event)

    async def _file_pick(self, event: InboundMessage, press: ButtonPress) -> None:
        """A row picked from a list the desk sent: filed as the citizen's message (their
        chat shows it as one: what they chose), then pressed, as a bot's button is on
        Telegram (the ticket filed under the category). The short answer a bot's citizen
        gets is Telegram's toast; WhatsApp has none, and a sent answer would bypass the
        outbox, so it is not sent."""
        await self._listener.on_message(event)
        on_button = getattr(self._listener, "on_button", None)
        if on_button is not None:
            await on_button(press)

    async def _file_once(self, wamid: str, file) -> None:
        """Run `file()` once per WhatsApp message id (see the module's docstring)."""
        if wamid in self._filed:
            self.duplicates += 1
            return
        filing = self._in_flight.get(wamid)
        if filing is not None:  # the same message in another webhook, being filed now
            self.duplicates += 1
            await asyncio.shield(filing)
            return
        filing = asyncio.ensure_future(file())
        self._in_flight[wamid] = filing
        filing.add_done_callback(lambda task: self._filing_done(wamid, task))
        await asyncio.shield(filing)  # a dropped webhook connection does not stop the filing

    def _filing_done(self, wamid: str, task: asyncio.Task) -> None:
        self._in_flight.pop(wamid, None)
        if not task.cancelled() and task.exception() is None:
            self._filed[wamid] = None
            if len(self._filed) > REMEMBERED:
                self._filed.popitem(last=False)

    # -- outbound ----------------------------------------------------------------------

    def shows_buttons(self, message: OutboundMessage) -> bool:
        return True  # as a list to pick from (interactive.py)

    async def send(self, message: OutboundMessage, files_dir: Path) -> SentReceipt:
        self._online()
        payload: dict = {"to": wa_id_of(message.citizen_address),
                         "biz_opaque_callback_data": str(message.message_id)}
        if message.reply_to_external_id:
            payload["context"] = {"message_id": message.reply_to_external_id}
        if message.template is not None:
            template = message.template
            body = {"name": template.name, "language": {"code": template.language}}
            if template.parameters:
                body["components"] = [{"type": "body", "parameters": [
                    {"type": "text", "text": value} for value in template.parameters]}]
            payload.update(type="template", template=body)
        elif message.file_path:
            path = files_dir / message.file_path
            file = await asyncio.to_thread(read_outgoing, path, message.file_name or path.name, message.text)
            try:
                media_id = await self._call(self.graph.upload(file.data, file.name, file.mime))
            except Offline as exc:  # the message itself never went
                raise NotSent(str(exc)) from None
            media: dict = {"id": media_id}
            if file.kind != "audio" and message.text:
                media["caption"] = message.text
            if file.kind == "document":
                media["filename"] = file.name
            payload.update(type=file.kind, **{file.kind: media})
        elif (offer := list_message(message)) is not None:  # the opening's categories to pick from
            payload.update(type="interactive", interactive=offer)
        else:
            payload.update(type="text", text={"body": message.text, "preview_url": False})
        wamid = await self._call(self.graph.send(payload))
        if wamid is None:  # taken, but not said as what: never sent again for it
            return SentReceipt(channel_message_id=None, date=self.clock.now())
        return SentReceipt(channel_message_id=message_key(wamid), date=self.clock.now(), external_id=wamid)

    async def download(self, file: IncomingFile, destination: Path, max_bytes: int) -> int:
        """Through the media endpoint: a fresh URL each time (valid ~5 minutes), fetched at
        once; a URL that expired meanwhile is asked for again, once."""
        media_id = file.ref.partition(":")[2]
        if not media_id:
            raise Undeliverable("the file is no longer available")
        for _ in range(2):
            url = await self._call(self.graph.media_url(media_id))
            written = await self._call(self.graph.fetch(url, destination, max_bytes))
            if written is not None:
                return written
        raise GatewayError("the file's address expired before it could be fetched")

    # -- what WhatsApp does not have ----------------------------------------------------

    async def leave_group(self, chat_id: int) -> None:
        """A Cloud API number is never put in a group: nothing to leave."""

    async def fetch_message_text(self, citizen_address: int, channel_message_id: int,
                                 access_hash: int | None = None) -> str | None:
        return None  # the Cloud API cannot read a message again: the store's copy is all

    async def edit_sent(self, citizen_address: int, channel_message_id: int, text: str,
                        access_hash: int | None = None) -> None:
        raise Undeliverable(sentence("WhatsApp cannot edit a message once sent"))

    async def delete_sent(self, citizen_address: int, channel_message_ids: list[int]) -> None:
        raise Undeliverable(sentence("WhatsApp cannot delete a message once sent"))
