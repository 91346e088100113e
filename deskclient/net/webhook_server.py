"""The web server that answers the channel's webhooks (WhatsApp's), on the listen address
behind the organisation's HTTPS reverse proxy (docs/deploy.md). aiohttp's own server:
the same library as the Cloud API client, in the desk's asyncio loop."""

from __future__ import annotations

from aiohttp import web

from ..errors import ConfigError


class WebhookServer:
    def __init__(self, app: web.Application, host: str, port: int) -> None:
        self.app = app
        self.host = host
        self.port = port  # 0: any free port (tests, the demo); the bound one once started
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        """Listen; a taken or impossible address is one plain sentence (ConfigError)."""
        runner = web.AppRunner(self.app, access_log=None)  # no paths, ids or numbers in the log
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port)
        try:
            await site.start()
        except OSError as exc:
            await runner.cleanup()
            raise ConfigError(f"whatsapp.listen {self.host}:{self.port}: cannot listen there "
                              f"({exc.strerror or exc})") from None
        self.port = site._server.sockets[0].getsockname()[1]
        self._runner = runner

    async def stop(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    @property
    def local_url(self) -> str:
        return f"http://{self.host}:{self.port}"
