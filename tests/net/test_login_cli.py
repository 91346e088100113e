"""`deskclient login`: a server with no window logs the service account in from a terminal."""

from __future__ import annotations

import asyncio

from deskclient.login_cli import login
from deskclient.net.gateway import ConnectionState


def test_login_from_a_terminal_then_already_logged_in(telegram, gateway_factory, config):
    async def scenario():
        answers = iter(["+34 600 000 000", telegram.code_value])
        asked: list[str] = []

        def ask(prompt: str) -> str:
            asked.append(prompt)
            return next(answers)

        gateway = gateway_factory()
        said = await login(config, ask=ask, gateway=gateway)
        assert said == "logged in as 012 Gencat"
        assert asked[0].startswith("Phone number") and asked[1].startswith("Code Telegram sent")
        assert gateway.state is ConnectionState.OFFLINE  # let go: the service may start now
        # The session file now holds the authorisation: the service (or a second try) uses it.
        assert await login(config, ask=ask, gateway=gateway_factory()) == "already logged in"
        assert len(asked) == 2

    asyncio.run(scenario())
