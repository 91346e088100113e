"""The Graph API calls the desk makes for one WhatsApp number, over aiohttp.

POST /{phone-number-id}/messages sends; POST /{phone-number-id}/media uploads a file
(multipart: file, type, messaging_product) and answers its media id; GET /{media-id}
answers a URL valid about five minutes, fetched with the same bearer token. Every call
carries `Authorization: Bearer <access token>`. A refused call raises the gateway
error its code maps to (errors.py); no connection, a timeout or a 5xx is Offline or a
retryable GatewayError, so the outbox tries again.
"""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import aiohttp

from ..gateway import GatewayError, NotSent, Offline, Undeliverable
from .errors import api_error
from .settings import WhatsAppSettings

TIMEOUT = aiohttp.ClientTimeout(total=60, connect=10)
CHUNK = 64 * 1024


def proxy_for(url: str) -> str | None:
    """The proxy the environment names for `url` (HTTPS_PROXY, HTTP_PROXY; NO_PROXY
    honoured), the usual way out of a town hall's network: as urllib finds it for the
    doctor's check of the token. Not aiohttp's trust_env, which would also send ~/.netrc's
    credentials, refused beside the bearer token (a ValueError on every call)."""
    parts = urlsplit(url)
    if urllib.request.proxy_bypass(parts.hostname or ""):
        return None
    return urllib.request.getproxies().get(parts.scheme)


class GraphClient:
    def __init__(self, settings: WhatsAppSettings) -> None:
        self.settings = settings
        self._session: aiohttp.ClientSession | None = None

    @property
    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.settings.access_token}"}

    def _url(self, *parts: str) -> str:
        return "/".join([self.settings.api_base_url.rstrip("/"), *parts])

    def session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=TIMEOUT)
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def _json(self, method: str, url: str, **kwargs) -> dict:
        try:
            async with self.session().request(method, url, headers=self._headers, proxy=proxy_for(url),
                                              **kwargs) as response:
                try:
                    body = await response.json(content_type=None)
                except (json.JSONDecodeError, UnicodeDecodeError):
                    body = None
                if response.status >= 400 or not isinstance(body, dict):
                    raise api_error(response.status, body)
                return body
        except aiohttp.ClientConnectorError as exc:  # no connection made: the request never left
            raise NotSent(f"WhatsApp's API cannot be reached ({type(exc).__name__})") from None
        except (TimeoutError, aiohttp.ClientConnectionError) as exc:
            raise Offline(f"WhatsApp's API cannot be reached ({type(exc).__name__})") from None
        except aiohttp.ClientError as exc:
            raise GatewayError(f"WhatsApp's API answered badly ({type(exc).__name__})") from None

    async def phone_number(self) -> dict:
        """The number as Meta knows it: answers only with a valid token (the state check)."""
        return await self._json("GET", self._url(self.settings.phone_number_id),
                                params={"fields": "display_phone_number,verified_name"})

    async def send(self, payload: dict) -> str | None:
        """Send one message (the payload without messaging_product); its wamid (None:
        taken without one, which the API never does as documented)."""
        body = await self._json("POST", self._url(self.settings.phone_number_id, "messages"),
                                json={"messaging_product": "whatsapp", "recipient_type": "individual",
                                      **payload})
        try:
            return str(body["messages"][0]["id"])
        except (KeyError, IndexError, TypeError):
            return None

    async def upload(self, data: bytes, name: str, mime: str) -> str:
        """Upload a file (of a type /media takes: media.py); its media id (valid 30 days
        for sends)."""
        form = aiohttp.FormData()
        form.add_field("messaging_product", "whatsapp")
        form.add_field("type", mime)
        form.add_field("file", data, filename=name, content_type=mime)
        body = await self._json("POST", self._url(self.settings.phone_number_id, "media"), data=form)
        if "id" not in body:
            raise GatewayError("WhatsApp took the file without saying its id")
        return str(body["id"])

    async def media_url(self, media_id: str) -> str:
        body = await self._json("GET", self._url(media_id))
        if not body.get("url"):
            raise Undeliverable("the file is no longer available")
        return str(body["url"])

    async def fetch(self, url: str, destination: Path, max_bytes: int) -> int | None:
        """Write what the media URL holds; stops past max_bytes. None: the URL expired
        (fetch a new one); raises when the file is gone or the network is."""
        written = 0
        try:
            async with self.session().get(url, headers=self._headers, proxy=proxy_for(url)) as response:
                if response.status in (401, 403, 404, 410):
                    return None
                if response.status >= 400:
                    raise api_error(response.status, None)
                with destination.open("wb") as out:
                    async for chunk in response.content.iter_chunked(CHUNK):
                        out.write(chunk)
                        written += len(chunk)
                        if written > max_bytes:
                            break  # over the limit: the policy refuses it
        except (TimeoutError, aiohttp.ClientConnectionError) as exc:
            raise Offline(f"the file could not be fetched ({type(exc).__name__})") from None
        except aiohttp.ClientPayloadError:
            raise GatewayError("the file's download broke off") from None
        return written
