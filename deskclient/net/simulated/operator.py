"""Driving a simulated Telegram process from tests (and the demo): start it, play the
citizens and the network through a SimulatorOperator, and prepare a desk process's
session file, already authorised, as a phone login would leave it.

Each desk process gets its own authorisation (its own auth key) of the same account,
as two real installations of the desk would have.
"""

from __future__ import annotations

import base64
import itertools
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

from telethon.crypto import AuthKey
from telethon.sessions import SQLiteSession

from .wire import pack, read_frame_sync


class SimulatorError(RuntimeError):
    """The simulator refused an operator call (a mistake in the test)."""


class SimulatorOperator:
    """Blocking operator calls over the simulator's socket; users and chats by id."""

    def __init__(self, socket_path: str | Path, timeout: float = 10.0) -> None:
        self.socket_path = str(socket_path)
        self.timeout = timeout
        self._sock: socket.socket | None = None
        self._lock = threading.Lock()
        self._ids = itertools.count(1)

    def call(self, method: str, body: bytes = b"", **args):
        with self._lock:
            if self._sock is None:
                sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                sock.settimeout(self.timeout)
                sock.connect(self.socket_path)
                self._sock = sock
            try:
                self._sock.sendall(pack({"op": "operator", "id": next(self._ids), "method": method,
                                         "args": args}, body))
                header, _ = read_frame_sync(self._sock)
            except OSError:
                self.close()
                raise
        if "error" in header:
            raise SimulatorError(header["error"])
        return header.get("value")

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    # -- people ----------------------------------------------------------------------

    def add_account(self, phone: str, first_name: str, password: str | None = None,
                    user_id: int | None = None) -> int:
        return self.call("add_account", phone=phone, first_name=first_name, password=password, user_id=user_id)

    def add_bot(self, token: str, first_name: str) -> int:
        return self.call("add_bot", token=token, first_name=first_name)

    def add_user(self, first_name: str, last_name: str = "", username: str | None = None,
                 phone: str | None = None, user_id: int | None = None) -> int:
        return self.call("add_user", first_name=first_name, last_name=last_name, username=username,
                         phone=phone, user_id=user_id)

    def authorize_key(self, key_id: int, account: int) -> None:
        """Treat an auth key as logged in as `account` (a saved session)."""
        self.call("authorize_key", key_id=key_id, account=account)

    # -- what citizens do --------------------------------------------------------------

    def user_sends(self, user: int, account: int, text: str = "", *, reply_to: int | None = None,
                   file: tuple[bytes, str, str] | None = None, forward_from: int | str | None = None,
                   push: bool = True, voice: bool = False, photo: bool = False, duration: int = 0) -> int:
        """A private message; `file` is (bytes, name, mime); returns its message id.
        `duration` (s): a voice note's or a video's, as its attribute says."""
        data, name, mime = file if file else (b"", None, None)
        return self.call("user_sends", data, user=user, account=account, text=text, reply_to=reply_to,
                         file_name=name, mime=mime, forward_from=forward_from, push=push,
                         voice=voice, photo=photo, duration=duration)

    def user_sends_media(self, user: int, account: int, kind: str, text: str = "", *,
                         data: bytes = b"", push: bool = True, **fields) -> int:
        """A message with media other than a plain file, built by the simulator from
        its name and fields: "location" (latitude, longitude, live_period), "venue"
        (latitude, longitude, title, address), "contact" (first_name, last_name, phone),
        "poll" (question, options), "dice" (emoji, value), "game" (title), "sticker"
        (emoji, form webp/tgs/webm), "animation" (name; `data` its MP4 bytes),
        "video_note" (`data`), "web_page" (url, title, with_photo, document_name,
        document_mime; `data` the photo's or document's bytes), "unsupported".
        Returns the message id."""
        return self.call("user_sends_media", data, user=user, account=account, kind=kind, text=text,
                         push=push, **fields)

    def user_acts(self, user: int, account: int, action: str, *, reply_to: int | None = None,
                  **fields) -> int:
        """A service message by the citizen: "pin" (`reply_to` the pinned message),
        "screenshot", "call" (missed=True or duration=s), "history_clear", "other"."""
        return self.call("user_acts", user=user, account=account, action=action, reply_to=reply_to, **fields)

    def user_blocks(self, user: int, account: int) -> None:
        """The user blocks the account: every send to them gets USER_IS_BLOCKED."""
        self.call("user_blocks", user=user, account=account)

    def user_deactivated(self, user: int) -> None:
        """The user deletes their Telegram account: sends get INPUT_USER_DEACTIVATED."""
        self.call("user_deactivated", user=user)

    def user_edits(self, user: int, account: int, message_id: int, text: str) -> None:
        self.call("user_edits", user=user, account=account, message_id=message_id, text=text)

    def user_deletes(self, user: int, account: int, message_ids: list[int]) -> None:
        self.call("user_deletes", user=user, account=account, message_ids=list(message_ids))

    def user_reads(self, user: int, account: int, max_id: int | None = None, push: bool = True) -> int:
        """The user reads what the account sent them, up to `max_id` (default: all of it);
        `push=False` loses the push (getDifference brings it). Returns the id read up to."""
        return self.call("user_reads", user=user, account=account, max_id=max_id, push=push)

    def user_types(self, user: int, account: int, typing: bool = True) -> None:
        """The user types in their chat with the account (`typing=False`: stops)."""
        self.call("user_types", user=user, account=account, typing=typing)

    def add_to_group(self, account: int, by: int, title: str) -> int:
        return self.call("add_to_group", account=account, by=by, title=title)

    def create_group_with(self, account: int, by: int, title: str, others: list[int] = ()) -> int:
        return self.call("create_group_with", account=account, by=by, title=title, others=list(others))

    def user_posts_in_group(self, user: int, account: int, chat_id: int, text: str) -> int:
        return self.call("user_posts_in_group", user=user, account=account, chat_id=chat_id, text=text)

    # -- what the account did ------------------------------------------------------------

    def received_by(self, account: int, user: int) -> list[str]:
        """Texts (captions) the account sent to this user, in order; each random_id once
        (Telegram refuses a repeated one), so a duplicate send shows up here as a repeat."""
        return self.call("received_by", account=account, user=user)

    def deliveries(self, account: int, since: int = 0) -> list[tuple[float, int, str]]:
        """(time.monotonic() when sent, user id, text) of what the account sent, from the
        `since`-th on; the clock is the machine's, comparable with this process's."""
        return [tuple(d) for d in self.call("deliveries", account=account, since=since)]

    def files_received_by(self, account: int, user: int) -> list[tuple[str, bytes]]:
        return [(name, base64.b64decode(data)) for name, data in
                self.call("files_received_by", account=account, user=user)]

    def deleted_histories(self, account: int, user: int) -> list[dict]:
        """The account's deletions of its chat with `user` (messages.DeleteHistory), in
        order: {"max_id", "revoke", "message_ids"} each."""
        return self.call("deleted_histories", account=account, user=user)

    def chat_messages(self, account: int, user: int) -> list[int]:
        """Ids of the messages of the private chat still on the account's side."""
        return self.call("chat_messages", account=account, user=user)

    def buttons_of(self, account: int, user: int) -> list[list[tuple[str, str]]]:
        """The inline buttons (label, data) under the bot's last message to `user` with any."""
        return [[tuple(b) for b in row] for row in self.call("buttons_of", account=account, user=user)]

    def user_presses(self, user: int, account: int, message_id: int, data: str) -> int:
        """`user` presses a bot's button; the query id (its answer: `callback_answer`)."""
        return self.call("user_presses", user=user, account=account, message_id=message_id, data=data)

    def callback_answer(self, query_id: int) -> str | None:
        return self.call("callback_answer", query_id=query_id)

    def add_channel(self, title: str, username: str | None = None, admins: list[int] = (),
                    members: list[int] = ()) -> int:
        """A broadcast channel whose `admins` (account ids) may post; returns its id."""
        return self.call("add_channel", title=title, username=username, admins=list(admins), members=list(members))

    def channel_posts(self, channel: int) -> list[dict]:
        """The channel's posts as they are now: {"id", "text", "file", "edited"} each."""
        return self.call("channel_posts", channel=channel)

    def channel_access_hash(self, viewer: int, channel: int) -> int:
        return self.call("channel_access_hash", viewer=viewer, channel=channel)

    def member_of(self, account: int, chat_id: int) -> bool:
        return self.call("member_of", account=account, chat_id=chat_id)

    def stats(self) -> dict:
        """{"requests": {type name: count}, "flood_waits": n, "random_id_duplicates": n}"""
        return self.call("stats")

    def access_hash_for(self, viewer: int, user: int) -> int:
        return self.call("access_hash_for", viewer=viewer, user=user)

    def account_state(self, account: int) -> dict:
        return self.call("account_state", account=account)

    # -- the network -----------------------------------------------------------------

    def set_flood(self, account: int | None = None, **limits) -> dict:
        """global_rate, global_burst, per_chat_rate, per_chat_burst, enabled; for one
        account, or for all without their own (`enabled` only for all)."""
        return self.call("set_flood", account=account, **limits)

    def flood_next(self, request: str, seconds: int) -> None:
        """The next request of this kind ("messages.SendMessageRequest") gets FLOOD_WAIT."""
        self.call("flood_next", request=request, seconds=seconds)

    def fail_next_history_delete(self, times: int = 1, code: int = 500, message: str = "RPC_CALL_FAIL") -> None:
        self.call("fail_next_history_delete", times=times, code=code, message=message)

    def fail_next_leave(self, times: int = 1, code: int = 500, message: str = "RPC_CALL_FAIL") -> None:
        self.call("fail_next_leave", times=times, code=code, message=message)

    def go_down(self) -> None:
        """Close every desk connection and refuse new ones."""
        self.call("go_down")

    def come_back(self) -> None:
        self.call("come_back")


def prepare_session(data_dir: str | Path, operator: SimulatorOperator, account: int,
                    name: str = "telegram") -> int:
    """A ready, authorised Telethon session file `<data_dir>/<name>.session` (0600) with
    a fresh auth key, for one desk process; returns the key id."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = data_dir / f"{name}.session"
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    path.chmod(0o600)
    session = SQLiteSession(str(data_dir / name))
    session.set_dc(2, "127.0.0.1", 443)
    session.auth_key = AuthKey(os.urandom(256))
    key_id = session.auth_key.key_id
    session.save()
    session.close()
    operator.authorize_key(key_id, account)
    return key_id


def start_simulator(socket_path: str | Path, log_path: str | Path, first_message_id: int | None = None,
                    flood_limits: bool = True, timeout: float = 20.0) -> subprocess.Popen:
    """Start `python -m deskclient.net.simulated` and wait until it listens; its output
    goes to `log_path` (a file, so a chatty simulator never blocks on a full pipe)."""
    args = [sys.executable, "-m", "deskclient.net.simulated", "--socket", str(socket_path)]
    if first_message_id is not None:
        args += ["--first-message-id", str(first_message_id)]
    if not flood_limits:
        args.append("--no-flood-limits")
    with open(log_path, "ab") as log:
        process = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the simulator exited ({process.returncode}): {Path(log_path).read_text()[-2000:]}")
        if b"ready" in Path(log_path).read_bytes():
            return process
        time.sleep(0.05)
    process.kill()
    raise RuntimeError("the simulator did not start in time")
