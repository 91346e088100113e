"""The real WhatsApp gateway and its webhook server against the simulated Cloud API, each
a real aiohttp server on 127.0.0.1 (ephemeral ports)."""

from __future__ import annotations

from contextlib import asynccontextmanager
from dataclasses import dataclass

import aiohttp
from aiohttp import web

from deskclient.app import build_desk
from deskclient.net.whatsapp import ENDPOINT, WhatsAppGateway, webhook_app
from deskclient.net.whatsapp.webhook import WebhookEndpoint
from deskclient.net.whatsapp_sim import SimulatedCloudAPI
from tests.net.conftest import Recorder

MARTA = "34611222333"  # a citizen's wa_id


class StatusRecorder(Recorder):
    def __init__(self) -> None:
        super().__init__()
        self.statuses = []

    async def on_delivery_status(self, status):
        self.statuses.append(status)


@dataclass
class Desk:
    sim: SimulatedCloudAPI
    gateway: WhatsAppGateway
    listener: object
    endpoint: WebhookEndpoint
    webhook_url: str


async def serve_webhook(app: web.Application) -> tuple[web.AppRunner, int]:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, site._server.sockets[0].getsockname()[1]


class ForwardProxy:
    """An outbound HTTP proxy, as a town hall's network has: it forwards requests for the
    `hosts` it knows to the same port on 127.0.0.1, answers 502 for any other host, and
    remembers each request's (method, host, path)."""

    def __init__(self, hosts: set[str]) -> None:
        self.hosts = hosts
        self.seen: list[tuple[str, str, str]] = []
        self.url = ""
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._forward)
        self._runner, port = await serve_webhook(app)
        self.url = f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        await self._runner.cleanup()

    async def _forward(self, request: web.Request) -> web.Response:
        self.seen.append((request.method, request.url.host, request.path))
        if request.url.host not in self.hosts:
            return web.Response(status=502, text="this proxy does not reach that host")
        headers = {k: v for k, v in request.headers.items()
                   if k.lower() not in ("host", "connection", "content-length", "transfer-encoding")}
        async with aiohttp.ClientSession() as session, \
                session.request(request.method, request.url.with_host("127.0.0.1"), headers=headers,
                                data=await request.read()) as answer:
            return web.Response(status=answer.status, body=await answer.read(),
                                content_type=answer.content_type)


@asynccontextmanager
async def whatsapp_desk(clock, listener=None, api_host: str | None = None, **sim_options):
    """The simulator, the desk's webhook server and a started gateway (ONLINE) whose
    `listener` (a StatusRecorder unless given) gets what it delivers. `api_host`: the
    Graph API (its media URLs too) under that name, which only a proxy resolves."""
    sim = SimulatedCloudAPI(clock, **sim_options)
    await sim.start()
    if api_host is not None:
        sim.origin = sim.origin.replace("127.0.0.1", api_host)
        sim.base_url = sim.base_url.replace("127.0.0.1", api_host)
    gateway = WhatsAppGateway(sim.settings(), clock)
    gateway.reconnect_delay = 0.05
    app = webhook_app(gateway)
    runner, port = await serve_webhook(app)
    url = f"http://127.0.0.1:{port}{gateway.settings.webhook_path}"
    sim.webhooks.url = url
    listener = listener if listener is not None else StatusRecorder()
    try:
        await gateway.start(listener)
        await gateway.wait_online()
        yield Desk(sim, gateway, listener, app[ENDPOINT], url)
    finally:
        await gateway.stop()
        await runner.cleanup()
        await sim.stop()


@asynccontextmanager
async def desk_on_whatsapp(config, clock, **sim_options):
    """The desk (build_desk, WhatsApp its only channel, holding the duty) and the
    simulator posting to its webhook server."""
    sim = SimulatedCloudAPI(clock, **sim_options)
    await sim.start()
    desk = build_desk(config, lambda c: WhatsAppGateway(sim.settings(), c), clock=clock)
    runner, port = await serve_webhook(webhook_app(desk.gateway))
    sim.webhooks.url = f"http://127.0.0.1:{port}{desk.gateway.settings.webhook_path}"
    try:
        await desk.gateway.start(desk.ingest)
        await desk.gateway.wait_online()
        desk.duty_jobs.follow(True)
        yield desk, sim
    finally:
        await desk.stop()
        await runner.cleanup()
        await sim.stop()
