"""Frames between the simulated Telegram's process and its clients on a unix socket.

A frame is a small JSON header and a byte body: TL bytes for requests, results and
pushed updates (as on the real wire, so malformed objects fail the same way), file
bytes for the operator. Both asyncio (desk processes, the server) and blocking sockets
(the tests' operator) read them.
"""

from __future__ import annotations

import json
import socket
import struct

_SIZES = struct.Struct(">II")


def pack(header: dict, body: bytes = b"") -> bytes:
    raw = json.dumps(header).encode()
    return _SIZES.pack(len(raw), len(body)) + raw + body


async def read_frame(reader) -> tuple[dict, bytes]:
    """The next frame; asyncio.IncompleteReadError when the peer is gone."""
    head, size = _SIZES.unpack(await reader.readexactly(_SIZES.size))
    header = json.loads(await reader.readexactly(head))
    return header, (await reader.readexactly(size)) if size else b""


def _exactly(sock: socket.socket, n: int) -> bytes:
    out = bytearray()
    while len(out) < n:
        chunk = sock.recv(n - len(out))
        if not chunk:
            raise ConnectionError("the simulated Telegram closed the connection")
        out += chunk
    return bytes(out)


def read_frame_sync(sock: socket.socket) -> tuple[dict, bytes]:
    head, size = _SIZES.unpack(_exactly(sock, _SIZES.size))
    header = json.loads(_exactly(sock, head))
    return header, _exactly(sock, size) if size else b""
