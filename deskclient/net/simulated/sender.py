"""The seam: a stand-in for Telethon's MTProtoSender that talks to a SimulatedTelegram.

Everything above it is the real `TelegramClient` (request building, entity cache, update
handling with its MessageBox, event builders). Requests and results cross as bytes and
are parsed back, as on the wire, so malformed objects fail the way they would.
Written against Telethon 1.45 (pinned in pyproject.toml): see shared/TELETHON.md.
"""

from __future__ import annotations

import asyncio
import logging
import os
import struct
from typing import TYPE_CHECKING, Any

from telethon import errors
from telethon.crypto import AuthKey
from telethon.extensions import BinaryReader
from telethon.network.mtprotosender import MTProtoSender
from telethon.tl import TLObject, types

if TYPE_CHECKING:
    from .server import SimulatedTelegram

log = logging.getLogger("deskclient.net.simulated")

_VECTOR = 0x1CB5C415
_BOOL_TRUE, _BOOL_FALSE = 0x997275B5, 0xBC799737


def encode_result(value: Any) -> bytes:
    """TL bytes of a result: an object, a vector of objects, or a bool."""
    if isinstance(value, bool):
        return struct.pack("<I", _BOOL_TRUE if value else _BOOL_FALSE)
    if isinstance(value, list):
        out = struct.pack("<Ii", _VECTOR, len(value))
        for item in value:
            out += struct.pack("<q", item) if isinstance(item, int) else bytes(item)
        return out
    return bytes(value)


class RpcFailure(Exception):
    """Raised by a handler: becomes the RPC error Telegram would send."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class SenderSurface:
    """What `TelegramClient` uses of its sender besides connecting (TELETHON.md, "The
    seam"), shared by the in-process and the cross-process simulated senders; each
    subclass answers `_submit(request) -> Future`."""

    def __init__(self, client, auth_key: AuthKey | None) -> None:
        self.client = client
        self.auth_key = auth_key if auth_key is not None else AuthKey(None)
        self._updates_queue = client._updates_queue  # for _store_own_updates
        self._log = log
        self._connection = None
        self._connected = False
        self._disconnected = asyncio.get_event_loop().create_future()
        self._disconnected.set_result(None)

    def is_connected(self) -> bool:
        return self._connected

    @property
    def disconnected(self):
        return asyncio.shield(self._disconnected)

    @property
    def key_id(self) -> int:
        return self.auth_key.key_id

    _store_own_updates = MTProtoSender._store_own_updates

    def send(self, request, ordered: bool = False):
        if not self._connected:
            raise ConnectionError("Cannot send requests while disconnected")
        if isinstance(request, list):
            return [self._submit(r) for r in request]
        return self._submit(request)

    def _submit(self, request) -> asyncio.Future:
        raise NotImplementedError

    def _drop_connection(self, error: Exception | None, waiting) -> None:
        """Not connected any more: the requests `waiting` fail, `disconnected` fires."""
        self._connected = False
        for future in waiting:
            if not future.done():
                future.set_exception(ConnectionError("Connection to Telegram lost"))
        if not self._disconnected.done():
            if error is None:
                self._disconnected.set_result(None)
            else:
                self._disconnected.set_exception(error)


class SimulatedSender(SenderSurface):
    """The sender backed by a SimulatedTelegram in this process."""

    def __init__(self, server: "SimulatedTelegram", client, auth_key: AuthKey | None) -> None:
        super().__init__(client, auth_key)
        self.server = server
        self._transport_up = False
        self._held: list[tuple[Any, asyncio.Future]] = []

    # -- the surface TelegramClient uses -------------------------------------------------

    async def connect(self, connection) -> bool:
        if self._connected:
            return False
        if not self.server.reachable:
            raise ConnectionError("Connection to Telegram failed 1 time(s)")
        if self.auth_key.key is None:
            self.auth_key.key = os.urandom(256)  # what the DH exchange would agree on
        self._connected = True
        self._transport_up = True
        self._disconnected = asyncio.get_running_loop().create_future()
        self.server.attach(self)
        return True

    async def disconnect(self) -> None:
        self._close(None)

    def _transport_connected(self) -> bool:
        return self._connected and self._transport_up

    def _keepalive_ping(self, ping_id: int) -> None:
        """Keepalive pings need no answer here."""

    # -- behaviour --------------------------------------------------------------------

    def _submit(self, request) -> asyncio.Future:
        future = asyncio.get_running_loop().create_future()
        data = bytes(request)  # a malformed request fails here, as it would on the wire
        request = BinaryReader(data).tgread_object()  # the server gets its own copy
        if self._transport_up:
            asyncio.get_running_loop().call_soon(self._answer, request, future)
        else:
            self._held.append((request, future))
        return future

    def _answer(self, request, future: asyncio.Future) -> None:
        if future.done():
            return
        asyncio.ensure_future(self._answer_async(request, future))

    async def _answer_async(self, request, future: asyncio.Future) -> None:
        original = request
        try:
            result = await self.server.handle(self, request)
        except RpcFailure as failure:
            if not future.done():
                future.set_exception(errors.rpc_message_to_error(
                    types.RpcError(failure.code, failure.message), original))
            return
        except Exception as exc:  # a bug in the simulation: surface it to the caller
            log.exception("simulated Telegram failed on %s", type(request).__name__)
            if not future.done():
                future.set_exception(exc)
            return
        if not self._transport_up:  # the answer was lost with the connection
            self._held.append((request, future))
            return
        if result is not None and not isinstance(result, bool) and not isinstance(result, list):
            result = original.read_result(BinaryReader(encode_result(result)))
        elif isinstance(result, list) and result and isinstance(result[0], TLObject):
            result = original.read_result(BinaryReader(encode_result(result)))
        self._store_own_updates(result)
        if not future.done():
            future.set_result(result)

    def push(self, updates) -> None:
        """An update pushed by the server; dropped while the transport is down."""
        if not self._transport_connected():
            return
        self._updates_queue.put_nowait(BinaryReader(bytes(updates)).tgread_object())

    def transport_lost(self) -> None:
        """A transient drop: requests wait, pushes are lost, as on a real socket."""
        self._transport_up = False

    def transport_back(self) -> None:
        """The sender reconnected by itself; replay what waited, tell the client."""
        if not self._connected:
            return
        self._transport_up = True
        held, self._held = self._held, []
        for request, future in held:
            self._answer(request, future)
        asyncio.ensure_future(self.client._handle_auto_reconnect())

    def lost_for_good(self) -> None:
        """The sender gave up: every waiting request fails, `disconnected` fires."""
        self._close(ConnectionError("Connection to Telegram lost"))

    def _close(self, error: Exception | None) -> None:
        self._transport_up = False
        held, self._held = self._held, []
        self._drop_connection(error, [future for _, future in held])
        self.server.detach(self)
