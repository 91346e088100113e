"""`deskclient login`: log the service account in from a terminal, for a server that runs
`deskclient serve` and has no window. Stop the service first (it holds the session file):
`sudo systemctl stop deskclient && sudo -u deskclient deskclient --config … login`.

Nothing is filed here: updates that arrive meanwhile are refused, so the session's update
position is not moved past them and the service fetches them at its next start.
"""

from __future__ import annotations

import asyncio
import getpass

from .config import Config
from .errors import LoginError, PasswordNeeded, UserFacingError
from .net.gateway import ConnectionState


class _RefuseEverything:
    """A listener that files nothing (the service files it after its next start)."""

    async def on_message(self, message):
        raise RuntimeError("not filed by `deskclient login`")

    on_edit = on_deletion = on_added_to_group = on_message

    def on_state(self, state):
        pass


async def login(config: Config, ask=input, ask_secret=getpass.getpass, gateway=None) -> str:
    """Ask for the phone (or bot token), the code and the password if any; returns what
    to print. `gateway`: the one to log in (default: the configured Telegram's)."""
    from .app import telegram_network
    from .domain.clock import SystemClock
    from .net.login import LoginFlow

    if config["telegram.session"] == "none":
        raise UserFacingError("this configuration has no Telegram session ('telegram.session' = none)")
    if gateway is None:
        _settings, factory, _ = telegram_network(config)
        if factory is None:  # a WhatsApp-only desk
            raise UserFacingError("Telegram is not configured: nothing to log in to "
                                  "(WhatsApp uses whatsapp.access_token; `deskclient doctor` checks it)")
        gateway = factory(SystemClock())
    await gateway.start(_RefuseEverything())
    try:
        for _ in range(300):
            if gateway.state in (ConnectionState.LOGGED_OUT, ConnectionState.ONLINE):
                break
            await asyncio.sleep(0.1)
        if gateway.state is ConnectionState.ONLINE:
            return "already logged in"
        if gateway.state is not ConnectionState.LOGGED_OUT:
            raise LoginError("Cannot reach Telegram: check the network and try again.")
        flow = LoginFlow(gateway)
        phone = ask("Phone number of the service account (or a bot token): ").strip()
        if ":" in phone:
            return f"logged in as {await flow.bot_token(phone)}"
        await flow.send_code(phone)
        code = ask("Code Telegram sent to that account: ").strip()
        try:
            name = await flow.enter_code(code)
        except PasswordNeeded:
            name = await flow.enter_password(ask_secret("Two-step verification password: "))
        return f"logged in as {name}"
    finally:
        await gateway.stop()


def run_login(config: Config) -> int:
    print(asyncio.run(login(config)))
    return 0
