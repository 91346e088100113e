"""Building the TelegramClient from config: session file, server, keys, behaviour.

The session (the account's authorisation) lives in the data dir, readable by its owner
only. For test environments, IT sets `telegram.server`, `port`, `dc_id` and the server's
RSA public key (PEM) in config.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from telethon.crypto import rsa
from telethon.sessions import MemorySession

from ..config import Config
from ..errors import ConfigError
from .simulated import SimulatedSender, SimulatedTelegram
from .desk_client import DeskTelegramClient
from .desk_session import DeskSession
from .session_file import SESSION_NAME, session_path


def _private_session(data_dir: Path) -> DeskSession:
    """The session file exists, 0600, before SQLite opens it (it keeps the mode)."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:  # e.g. /var/lib/deskclient before the unit first ran (StateDirectory=)
        raise ConfigError(f"Cannot create the data folder {data_dir}: {exc.strerror}") from None
    path = session_path(data_dir)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    path.chmod(0o600)
    return DeskSession(str(data_dir / SESSION_NAME))


def _client(session, api_id: int, api_hash: str) -> DeskTelegramClient:
    return DeskTelegramClient(
        session, api_id, api_hash,
        catch_up=True,  # fetch what arrived while closed, on every connect
        flood_sleep_threshold=0,  # every flood wait reaches the outbox and the status bar
        connection_retries=3, retry_delay=2, auto_reconnect=True,
        request_retries=0, raise_last_call_error=True,  # the outbox retries, not Telethon
        device_model="deskclient", app_version="deskclient", system_lang_code="ca",
    )


def telegram_client_factory(config: Config) -> Callable[[], DeskTelegramClient]:
    """Clients for the real network (or the test server the config names, or the
    simulated Telegram process at `telegram.simulator`)."""
    if config["telegram.simulator"]:
        return simulator_process_client_factory(config)
    if not config["telegram.api_id"] or not config["telegram.api_hash"]:
        raise ConfigError("Telegram needs 'telegram.api_id' and 'telegram.api_hash' "
                          "(from my.telegram.org), or start the demo with --demo")
    key_file = config["telegram.rsa_key_file"]
    if key_file:
        try:
            rsa.add_key(Path(key_file).read_text(), old=False)
        except (OSError, ValueError) as exc:
            raise ConfigError(f"option 'telegram.rsa_key_file': cannot use {key_file} ({exc})") from None

    def make() -> DeskTelegramClient:
        session = _private_session(config.data_dir)
        if config["telegram.server"]:
            session.set_dc(config["telegram.dc_id"], config["telegram.server"], config["telegram.port"])
        return _client(session, config["telegram.api_id"], config["telegram.api_hash"])

    return make


def simulated_client_factory(server: SimulatedTelegram, config: Config,
                             session_factory: Callable[[], object] | None = None
                             ) -> Callable[[], DeskTelegramClient]:
    """Real TelegramClients whose network is `server` (tests and the demo)."""

    def make() -> DeskTelegramClient:
        session = session_factory() if session_factory else _private_session(config.data_dir)
        if not session.server_address:
            session.set_dc(2, "127.0.0.1", 443)
        client = _client(session, config["telegram.api_id"] or 1, config["telegram.api_hash"] or "simulated")
        client._sender = SimulatedSender(server, client, session.auth_key)
        return client

    return make


def memory_session() -> MemorySession:
    return MemorySession()


def simulator_process_client_factory(config: Config) -> Callable[[], DeskTelegramClient]:
    """Clients on the simulated Telegram process at `telegram.simulator` (a unix socket):
    a persisted session in the data dir (its own auth key), as on the real network."""
    from .simulated.remote import RemoteSender

    def make() -> DeskTelegramClient:
        session = _private_session(config.data_dir)
        if not session.server_address:
            session.set_dc(2, "127.0.0.1", 443)
        client = _client(session, config["telegram.api_id"] or 1, config["telegram.api_hash"] or "simulated")
        client._sender = RemoteSender(config["telegram.simulator"], client, session.auth_key)
        return client

    return make
