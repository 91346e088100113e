"""How the simulated Cloud API calls the desk: signed POSTs, redelivered like Meta's.

Each webhook is POSTed to `url` with `X-Hub-Signature-256` over the exact bytes sent,
made with the app secret. One not answered 200 is tried again later, less and less often
(Meta goes on for up to 7 days; here from `retry_delay`, doubling up to `max_retry_delay`,
`tries` times (~30 s by default: a desk killed and started again gets them), then it is
kept in `undelivered`).
`redeliver_every = n` sends every n-th webhook a second time after it was answered,
as Meta does when an answer is late or lost.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field

import aiohttp

from ..whatsapp.webhook import SIGNATURE_HEADER, signature
from .background import Background


@dataclass
class WebhookSender:
    app_secret: str = field(repr=False)
    url: str | None = None
    redeliver_every: int = 0
    retry_delay: float = 0.05
    max_retry_delay: float = 1.0
    tries: int = 35
    answers: list[int] = field(default_factory=list)  # the desk's HTTP status, each POST
    undelivered: list[dict] = field(default_factory=list)
    redelivered: int = 0
    _sent: int = 0
    _session: aiohttp.ClientSession | None = None
    _retries: Background = field(default_factory=Background)

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))
        return self._session

    async def close(self) -> None:
        await self._retries.cancel()
        if self._session is not None:
            await self._session.close()

    async def post(self, payload: dict, *, secret: str | None = None, signed: bool = True) -> int:
        """POST once, signed with `secret` (the app secret unless a test forges one), or
        unsigned; the desk's HTTP status (0: it could not be reached)."""
        if self.url is None:
            raise RuntimeError("the simulated Cloud API has no webhook URL to call")
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json"}
        if signed:
            headers[SIGNATURE_HEADER] = signature(secret or self.app_secret, body)
        try:
            async with self._client().post(self.url, data=body, headers=headers) as response:
                await response.read()
                status = response.status
        except (TimeoutError, aiohttp.ClientError, OSError):
            status = 0
        self.answers.append(status)
        return status

    async def deliver(self, payload: dict) -> int:
        """Deliver as Meta does: retried in the background until answered 200, some
        redelivered after all. The first answer's status."""
        self._sent += 1
        status = await self.post(payload)
        if status != 200:
            self._retries.spawn(self._retry(payload))
        elif self.redeliver_every and self._sent % self.redeliver_every == 0:
            self.redelivered += 1
            await self.post(payload)
        return status

    async def _retry(self, payload: dict) -> None:
        delay = self.retry_delay
        for _ in range(self.tries):
            await asyncio.sleep(delay)
            if await self.post(payload) == 200:
                return
            delay = min(delay * 2, self.max_retry_delay)
        self.undelivered.append(payload)

    async def settled(self, timeout: float = 5.0) -> None:
        """Wait until no webhook is waiting to be tried again."""
        async def idle():
            while len(self._retries):
                await asyncio.sleep(0.01)
        await asyncio.wait_for(idle(), timeout)
