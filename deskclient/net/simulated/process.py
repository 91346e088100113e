"""The simulated Telegram in its own process, on a unix socket (mode 0600).

Desk processes connect with a RemoteSender (hello with their auth key id, then TL
calls); tests play citizens and the network through a SimulatorOperator (JSON calls
from an allowlist). The state (accounts, update logs, messages, random_ids, uploads)
lives here, so desk processes can be killed and restarted around it.
Run: `python -m deskclient.net.simulated --socket PATH [--first-message-id N]`.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import os
from pathlib import Path

from telethon.extensions import BinaryReader
from telethon.tl import functions

from .sender import RpcFailure, encode_result
from .server import SimFile, SimulatedTelegram
from .wire import pack, read_frame

log = logging.getLogger("deskclient.net.simulated")


class Connection:
    """One desk process's connection, as the SimulatedTelegram sees a sender."""

    def __init__(self, writer: asyncio.StreamWriter, key_id: int) -> None:
        self.writer = writer
        self.key_id = key_id

    def send_frame(self, header: dict, body: bytes = b"") -> None:
        if not self.writer.is_closing():
            self.writer.write(pack(header, body))

    def push(self, updates) -> None:
        self.send_frame({"op": "push"}, bytes(updates))

    def transport_lost(self) -> None:
        """Stalls are an in-process feature; across processes, `go_down` closes."""

    def transport_back(self) -> None:
        pass

    def lost_for_good(self) -> None:
        self.writer.close()


class Operator:
    """The allowlist of what a test may do to the simulated Telegram, by user ids."""

    METHODS = ("add_account", "add_bot", "add_user", "user_sends", "user_sends_media", "user_acts",
               "user_edits", "user_deletes", "user_reads", "user_types",  # presence.py
               "add_to_group", "create_group_with", "user_posts_in_group", "received_by",
               "files_received_by", "authorize_key", "set_flood", "flood_next", "fail_next_leave",
               "member_of", "stats", "access_hash_for", "go_down", "come_back", "account_state",
               "deleted_histories", "chat_messages", "fail_next_history_delete",  # chat_history.py
               "buttons_of", "user_presses", "callback_answer",  # bot_buttons.py
               "deliveries", "user_blocks", "user_deactivated",
               "add_channel", "channel_posts", "channel_access_hash")  # channels.py

    def __init__(self, telegram: SimulatedTelegram) -> None:
        self.t = telegram

    def call(self, method: str, args: dict, body: bytes):
        if method not in self.METHODS:
            raise ValueError(f"not an operator call: {method}")
        return getattr(self, method)(body=body, **args)

    def _user(self, user_id: int):
        return self.t.users[user_id]

    def add_account(self, phone, first_name, password=None, user_id=None, body=b""):
        return self.t.add_account(phone, first_name, password, user_id).id

    def add_bot(self, token, first_name, body=b""):
        return self.t.add_bot(token, first_name).id

    def add_user(self, first_name, last_name="", username=None, phone=None, user_id=None, body=b""):
        return self.t.add_user(first_name, last_name, username, phone, user_id=user_id).id

    def user_sends(self, user, account, text="", reply_to=None, file_name=None, mime=None,
                   forward_from=None, push=True, voice=False, photo=False, duration=0, body=b""):
        file = SimFile(body, file_name or "", mime or "application/octet-stream", voice=voice,
                       photo=photo, duration=duration) if file_name is not None else None
        fwd = self._user(forward_from) if isinstance(forward_from, int) else forward_from
        return self.t.user_sends(self._user(user), self._user(account), text, file=file,
                                 forward_from=fwd, reply_to=reply_to, push=push).id

    def user_sends_media(self, user, account, kind, text="", push=True, body=b"", **fields):
        """A message with media built by name (media.py's `media_of_kind`)."""
        media = self.t.media_of_kind(kind, body, **fields)
        return self.t.user_sends(self._user(user), self._user(account), text, media=media, push=push).id

    def user_acts(self, user, account, action, reply_to=None, body=b"", **fields):
        """A service message (media.py's `action_of_kind`: "pin", "screenshot", "call", …)."""
        return self.t.user_acts(self._user(user), self._user(account), self.t.action_of_kind(action, **fields),
                                reply_to=reply_to).id

    def user_blocks(self, user, account, body=b""):
        self.t.user_blocks(self._user(user), self._user(account))

    def user_deactivated(self, user, body=b""):
        self.t.user_deactivated(self._user(user))

    def user_edits(self, user, account, message_id, text, body=b""):
        self.t.user_edits(self._user(user), self._user(account), message_id, text)

    def user_deletes(self, user, account, message_ids, body=b""):
        self.t.user_deletes(self._user(user), self._user(account), list(message_ids))

    def user_reads(self, user, account, max_id=None, push=True, body=b""):
        return self.t.user_reads(self._user(user), self._user(account), max_id, push)

    def user_types(self, user, account, typing=True, body=b""):
        self.t.user_types(self._user(user), self._user(account), typing)

    def add_to_group(self, account, by, title, body=b""):
        return self.t.add_to_group(self._user(account), self._user(by), title).id

    def create_group_with(self, account, by, title, others=(), body=b""):
        return self.t.create_group_with(self._user(account), self._user(by), title,
                                        tuple(self._user(o) for o in others)).id

    def user_posts_in_group(self, user, account, chat_id, text, body=b""):
        return self.t.user_posts_in_group(self._user(user), self._user(account), chat_id, text).id

    def received_by(self, account, user, body=b""):
        return self.t.received_by(self._user(account), self._user(user))

    def files_received_by(self, account, user, body=b""):
        return [[name, base64.b64encode(data).decode()]
                for name, data in self.t.files_received_by(self._user(account), self._user(user))]

    def deliveries(self, account, since=0, body=b""):
        """[monotonic time, user id, text] of the account's sends, from index `since`."""
        return [list(d) for d in self.t.accounts[account].deliveries[since:]]

    def authorize_key(self, key_id, account, body=b""):
        self.t.authorize(key_id, self._user(account))

    def set_flood(self, account=None, body=b"", **limits):
        return self.t.flood.configure(account, **limits).as_dict()

    def flood_next(self, request, seconds, body=b""):
        """`request`: a request class name under telethon's functions, e.g. "messages.SendMessageRequest"."""
        kind = functions
        for part in request.split("."):
            kind = getattr(kind, part)
        self.t.flood_next(kind, seconds)

    def fail_next_leave(self, times=1, code=500, message="RPC_CALL_FAIL", body=b""):
        self.t.fail_next_leave(times, code, message)

    def deleted_histories(self, account, user, body=b""):
        return [{"max_id": d.max_id, "revoke": d.revoke, "message_ids": list(d.message_ids)}
                for d in self.t.deleted_histories(account, user)]

    def chat_messages(self, account, user, body=b""):
        return self.t.chat_messages(account, user)

    def fail_next_history_delete(self, times=1, code=500, message="RPC_CALL_FAIL", body=b""):
        self.t.fail_next_history_delete(times, code, message)

    def buttons_of(self, account, user, body=b""):
        return [[[label, data.decode("utf-8", "replace")] for label, data in row]
                for row in self.t.buttons_of(account, user)]

    def user_presses(self, user, account, message_id, data, body=b""):
        return self.t.user_presses(user, account, message_id, data.encode())

    def callback_answer(self, query_id, body=b""):
        return self.t.callback_answers.get(query_id)

    def add_channel(self, title, username=None, admins=(), members=(), body=b""):
        return self.t.add_channel(title, username, admins=list(admins), members=list(members)).id

    def channel_posts(self, channel, body=b""):
        """[{"id", "text", "file", "edited"}] of the channel's posts as they are now."""
        return [{"id": post.id, "text": post.message, "edited": post.edit_date is not None,
                 "file": self.t.file_name_of(post)} for post in self.t.channel_posts(channel)]

    def channel_access_hash(self, viewer, channel, body=b""):
        return self.t.channel_access_hash(viewer, channel)

    def member_of(self, account, chat_id, body=b""):
        return self.t.member_of(self._user(account), chat_id)

    def stats(self, body=b""):
        return self.t.stats()

    def access_hash_for(self, viewer, user, body=b""):
        return self.t.access_hash_for(viewer, user)

    def go_down(self, body=b""):
        self.t.go_down()

    def come_back(self, body=b""):
        self.t.come_back()

    def account_state(self, account, body=b""):
        acct = self.t.accounts[account]
        return {"pts": acct.pts, "messages": len(acct.messages)}


class SimulatorProcess:
    def __init__(self, socket_path: str, first_message_id: int = 1, flood_limits: bool = True) -> None:
        self.socket_path = socket_path
        self.telegram = SimulatedTelegram(first_message_id=first_message_id, flood_limits=flood_limits)
        self.operator = Operator(self.telegram)

    async def serve(self) -> None:
        path = Path(self.socket_path)
        if path.exists() or path.is_socket():
            path.unlink()
        old = os.umask(0o177)  # the socket is born 0600: only its owner may be Telegram's client
        try:
            server = await asyncio.start_unix_server(self._on_client, str(path))
        finally:
            os.umask(old)
        os.chmod(path, 0o600)
        print("ready", flush=True)
        async with server:
            await server.serve_forever()

    async def _on_client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            header, _ = await read_frame(reader)
            if header.get("op") == "hello":
                await self._desk(reader, writer, int(header["key_id"]))
            elif header.get("op") == "operator":
                await self._operator(reader, writer, header)
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def _desk(self, reader, writer, key_id: int) -> None:
        if not self.telegram.reachable:
            return  # closing without a welcome: the desk's connect fails
        connection = Connection(writer, key_id)
        connection.send_frame({"op": "welcome"})
        self.telegram.attach(connection)
        try:
            while True:
                header, body = await read_frame(reader)
                if header.get("op") == "call":
                    asyncio.ensure_future(self._answer(connection, header["id"], body))
        finally:
            self.telegram.detach(connection)

    async def _answer(self, connection: Connection, call_id: int, body: bytes) -> None:
        try:
            request = BinaryReader(body).tgread_object()
            result = await self.telegram.handle(connection, request)
            data = encode_result(result)
        except RpcFailure as failure:
            connection.send_frame({"op": "error", "id": call_id, "code": failure.code, "message": failure.message})
            return
        except Exception:  # a bug in the simulation: tell the caller, keep serving
            log.exception("simulated Telegram failed on a request")
            connection.send_frame({"op": "error", "id": call_id, "code": 500, "message": "SIMULATION_FAILED"})
            return
        connection.send_frame({"op": "result", "id": call_id}, data)

    async def _operator(self, reader, writer, header: dict) -> None:
        body = b""
        while True:
            try:
                value = self.operator.call(header["method"], header.get("args", {}), body)
                reply = {"op": "reply", "id": header.get("id"), "value": value}
            except Exception as exc:  # the operator's mistake: report it to the test
                reply = {"op": "reply", "id": header.get("id"), "error": f"{type(exc).__name__}: {exc}"}
            writer.write(pack(reply))
            await writer.drain()
            header, body = await read_frame(reader)


def main(argv: list[str] | None = None) -> None:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m deskclient.net.simulated",
                                     description="A simulated Telegram on a unix socket.")
    parser.add_argument("--socket", required=True, help="unix socket path to listen on")
    parser.add_argument("--first-message-id", type=int, default=1)
    parser.add_argument("--no-flood-limits", action="store_true", help="do not enforce send rates")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    process = SimulatorProcess(args.socket, args.first_message_id, not args.no_flood_limits)
    try:
        asyncio.run(process.serve())
    except KeyboardInterrupt:
        pass
