"""A PostgreSQL that asks for a password, for tests on a server whose pg_hba.conf trusts
127.0.0.1 (as the test server's does, and CI's): a small proxy on a port of its own that
speaks the start of PostgreSQL's protocol, asks the client for a password (cleartext
authentication, on loopback only), refuses a wrong one with PostgreSQL's own error
(SQLSTATE 28P01) and, given the right one, hands the connection to the real server.

libpq, psycopg and the desk see exactly what a real `password` line in pg_hba.conf gives
them: "fe_sendauth: no password supplied", "password authentication failed for user …".
"""

from __future__ import annotations

import socket
import socketserver
import struct
import threading

SSL_REQUEST, GSSENC_REQUEST = 80877103, 80877104


def _read_exactly(sock: socket.socket, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise ConnectionError("closed")
        data += chunk
    return data


def _startup(sock: socket.socket) -> tuple[bytes, dict[str, str]]:
    """The client's startup packet (after turning down SSL or GSS encryption)."""
    while True:
        length = struct.unpack("!I", _read_exactly(sock, 4))[0]
        body = _read_exactly(sock, length - 4)
        code = struct.unpack("!I", body[:4])[0]
        if code in (SSL_REQUEST, GSSENC_REQUEST):
            sock.sendall(b"N")
            continue
        parts = body[4:].split(b"\0")
        params = {parts[i].decode(): parts[i + 1].decode() for i in range(0, len(parts) - 1, 2) if parts[i]}
        return struct.pack("!I", length) + body, params


def _error(sqlstate: str, message: str) -> bytes:
    fields = b"".join(tag + text.encode() + b"\0" for tag, text in
                      ((b"S", "FATAL"), (b"V", "FATAL"), (b"C", sqlstate), (b"M", message))) + b"\0"
    return b"E" + struct.pack("!I", len(fields) + 4) + fields


def _pump(source: socket.socket, target: socket.socket) -> None:
    try:
        while chunk := source.recv(65536):
            target.sendall(chunk)
    except OSError:
        pass
    finally:
        for sock in (source, target):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class PasswordProxy:
    """`PasswordProxy(passwords, upstream_port)`: login → its password; `.port` to connect to."""

    def __init__(self, passwords: dict[str, str], upstream: tuple[str, int] = ("127.0.0.1", 5432)) -> None:
        self.passwords = passwords
        self.upstream = upstream
        self.refused = 0
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                proxy._serve(self.request)

        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def _serve(self, client: socket.socket) -> None:
        try:
            packet, params = _startup(client)
            user = params.get("user", "")
            client.sendall(b"R" + struct.pack("!II", 8, 3))  # AuthenticationCleartextPassword
            kind = _read_exactly(client, 1)
            length = struct.unpack("!I", _read_exactly(client, 4))[0]
            password = _read_exactly(client, length - 4).rstrip(b"\0").decode()
            if kind != b"p" or self.passwords.get(user) != password:
                self.refused += 1
                client.sendall(_error("28P01", f'password authentication failed for user "{user}"'))
                return
            upstream = socket.create_connection(self.upstream)
        except (ConnectionError, OSError):
            return  # e.g. libpq hanging up: "no password supplied"
        upstream.sendall(packet)  # the real server trusts loopback: AuthenticationOk and on
        other = threading.Thread(target=_pump, args=(upstream, client), daemon=True)
        other.start()
        _pump(client, upstream)
        other.join(timeout=5)

    def url(self, pg_url: str, login: str, password: str | None = None) -> str:
        """`pg_url` (a test URL, maybe with ?schema=) through this proxy, as `login`."""
        from urllib.parse import urlsplit, urlunsplit
        parts = urlsplit(pg_url)
        who = login + (f":{password}" if password is not None else "")
        return urlunsplit(parts._replace(netloc=f"{who}@127.0.0.1:{self.port}"))

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
