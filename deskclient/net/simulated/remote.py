"""RemoteSender: the seam under a real TelegramClient, talking to a simulated Telegram
that runs in its own process (`python -m deskclient.net.simulated`).

Several desk processes, each with its own auth key (its session file's), share one
simulated account the way they would share a real one; killing them leaves the
server's state alone. Requests cross as TL bytes and results come back as TL bytes
parsed with the request's own `read_result`; RPC errors come back as (code, message)
and become Telethon's own error classes. When the socket closes, `disconnected`
resolves with ConnectionError and the gateway's reconnect loop takes over.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import os

from telethon import errors
from telethon.crypto import AuthKey
from telethon.extensions import BinaryReader
from telethon.tl import types

from .sender import SenderSurface
from .wire import pack, read_frame

log = logging.getLogger("deskclient.net.simulated")


class RemoteSender(SenderSurface):
    """The sender backed by a simulator in another process, on a unix socket."""

    def __init__(self, socket_path: str, client, auth_key: AuthKey | None) -> None:
        super().__init__(client, auth_key)
        self.socket_path = str(socket_path)
        self._writer: asyncio.StreamWriter | None = None
        self._reader_task: asyncio.Task | None = None
        self._pending: dict[int, tuple[object, asyncio.Future]] = {}
        self._ids = itertools.count(1)

    # -- the surface TelegramClient uses -------------------------------------------------

    async def connect(self, connection) -> bool:
        if self._connected:
            return False
        if self.auth_key.key is None:
            self.auth_key.key = os.urandom(256)  # what the DH exchange would agree on
        try:
            reader, writer = await asyncio.open_unix_connection(self.socket_path)
            writer.write(pack({"op": "hello", "key_id": self.auth_key.key_id}))
            header, _ = await asyncio.wait_for(read_frame(reader), 10)
        except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError) as exc:
            raise ConnectionError(f"Connection to Telegram failed 1 time(s) ({type(exc).__name__})") from None
        if header.get("op") != "welcome":
            writer.close()
            raise ConnectionError("Connection to Telegram failed 1 time(s) (refused)")
        self._writer = writer
        self._connected = True
        self._disconnected = asyncio.get_running_loop().create_future()
        self._reader_task = asyncio.ensure_future(self._read(reader))
        return True

    async def disconnect(self) -> None:
        task = self._reader_task
        self._close(None)
        if task is not None and task is not asyncio.current_task():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    def _transport_connected(self) -> bool:
        return self._connected

    def _keepalive_ping(self, ping_id: int) -> None:
        """Keepalive pings need no answer: a dead simulator closes the socket."""

    # -- behaviour --------------------------------------------------------------------

    def _submit(self, request) -> asyncio.Future:
        future = asyncio.get_running_loop().create_future()
        data = bytes(request)  # a malformed request fails here, as it would on the wire
        call_id = next(self._ids)
        self._pending[call_id] = (request, future)
        self._writer.write(pack({"op": "call", "id": call_id}, data))
        return future

    async def _read(self, reader: asyncio.StreamReader) -> None:
        try:
            while True:
                header, body = await read_frame(reader)
                self._dispatch(header, body)
        except (asyncio.IncompleteReadError, OSError, ValueError):
            pass
        if self._connected:
            log.info("the simulated Telegram closed the connection")
        self._close(ConnectionError("Connection to Telegram lost"))

    def _dispatch(self, header: dict, body: bytes) -> None:
        op = header.get("op")
        if op == "push":
            self._updates_queue.put_nowait(BinaryReader(body).tgread_object())
            return
        request, future = self._pending.pop(header.get("id"), (None, None))
        if future is None or future.done():
            return
        if op == "error":
            future.set_exception(errors.rpc_message_to_error(
                types.RpcError(header["code"], header["message"]), request))
            return
        try:
            result = request.read_result(BinaryReader(body))
            self._store_own_updates(result)
        except Exception as exc:  # a result that does not parse: a bug to surface
            log.exception("cannot read the simulated result of %s", type(request).__name__)
            future.set_exception(exc)
            return
        future.set_result(result)

    def _close(self, error: Exception | None) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        pending, self._pending = self._pending, {}
        self._drop_connection(error, [future for _, future in pending.values()])
