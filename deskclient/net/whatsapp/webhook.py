"""The webhook endpoint Meta calls: the GET handshake and the signed POSTs.

GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=… answers the challenge when
the token is the configured one (the dashboard's "Verify and save"). Every POST must
carry `X-Hub-Signature-256: sha256=<HMAC-SHA256 of the raw body with the app secret>`;
one without (401) or with a wrong one (403) is counted and never read further. A
verified POST is answered 200 once each gateway has filed its part; 503 before the
gateway started, 500 when filing failed (the store): Meta redelivers both later, for
days. What can never be filed (not JSON, a change or a message of the wrong shape) is
skipped and counted, and the rest filed and answered 200: a redelivery would bring the
same bytes and hold back the good changes batched with them.

`serve` mounts the application behind the organisation's HTTPS reverse proxy (Meta only
calls https:// URLs); a desk with several numbers of one Meta app passes all their
gateways, each change going to the number named in its metadata. A change for a number
the desk does not serve is answered 200 too, but counted and logged with both number ids
(the business's, not a citizen's): it is another number of the same Meta app (another
service's, which would never be the desk's however often Meta tried), or
whatsapp.phone_number_id names the wrong number (the app's test number, a migrated one),
a slip that a redelivery for days would not mend and the doctor names (doctor_whatsapp).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging

from aiohttp import web

from .gateway import NotListening, WhatsAppGateway

log = logging.getLogger("deskclient.net.whatsapp")

SIGNATURE_HEADER = "X-Hub-Signature-256"
MAX_BODY = 4 * 1024 * 1024  # Meta batches up to 1000 updates; bodies stay well under this


def signature(secret: str, body: bytes) -> str:
    """The header value Meta sends for `body` (and the simulator signs with)."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


class WebhookEndpoint:
    """The handlers, and what they counted (read by tests; IT sees the counts in the log
    lines that say each refusal and each skip)."""

    def __init__(self, gateways: tuple[WhatsAppGateway, ...]) -> None:
        if not gateways:
            raise ValueError("a webhook needs at least one WhatsApp gateway")
        self.gateways = {gateway.settings.phone_number_id: gateway for gateway in gateways}
        # An empty secret or verify token (not configured) matches nothing: anyone could
        # sign with an empty key.
        self._secrets = {gateway.settings.app_secret for gateway in gateways} - {""}
        self._verify_tokens = {gateway.settings.verify_token.encode() for gateway in gateways} - {b""}
        self.refused = 0  # POSTs without a valid signature
        self.accepted = 0  # verified POSTs filed and answered 200
        self.malformed = 0  # entries, changes, messages and statuses skipped: never fileable
        self.unserved = 0  # changes for a phone number id this desk does not serve: ignored

    def signed(self, body: bytes, header: str) -> bool:
        """Constant-time, over the raw bytes (re-encoded JSON would not match)."""
        return any(hmac.compare_digest(signature(secret, body).encode(), header.encode("utf-8", "replace"))
                   for secret in self._secrets)

    async def handshake(self, request: web.Request) -> web.Response:
        query = request.query
        given = query.get("hub.verify_token", "").encode("utf-8", "replace")
        if query.get("hub.mode") == "subscribe" and any(hmac.compare_digest(given, token)
                                                        for token in self._verify_tokens):
            return web.Response(text=query.get("hub.challenge", ""))
        log.warning("WhatsApp webhook handshake refused (wrong verify token)")
        return web.Response(status=403)

    async def deliver(self, request: web.Request) -> web.Response:
        body = await request.read()
        header = request.headers.get(SIGNATURE_HEADER, "")
        if not header or not self.signed(body, header):
            self.refused += 1
            log.warning("WhatsApp webhook refused: %s signature (%d so far)",
                        "wrong" if header else "no", self.refused)
            return web.Response(status=403 if header else 401)
        try:
            for value in self._values(body):
                gateway = self._gateway_for(value.get("metadata", {}).get("phone_number_id"))
                if gateway is not None:
                    self.malformed += await gateway.receive(value)
        except NotListening:
            return web.Response(status=503)
        except Exception as exc:  # noqa: BLE001 (anything unfiled: Meta redelivers it)
            log.warning("a WhatsApp webhook could not be filed (%s); Meta will redeliver it",
                        type(exc).__name__)
            return web.Response(status=500)
        self.accepted += 1
        return web.Response(text="ok")

    def _gateway_for(self, number: object) -> WhatsAppGateway | None:
        """The gateway of the number a change is for; None (counted, logged) for another."""
        gateway = self.gateways.get(str(number))
        if gateway is None:
            self.unserved += 1
            shown = number if isinstance(number, str) and number.isdigit() and len(number) <= 32 else "?"
            log.warning("a WhatsApp webhook for phone number id %s, which this desk does not serve "
                        "(whatsapp.phone_number_id is %s), was ignored (%d so far; see deskclient doctor)",
                        shown, ", ".join(self.gateways), self.unserved)
        return gateway

    def _values(self, body: bytes) -> list[dict]:
        """The `value` of each change to messages (entry[].changes[]); what is not of
        that shape is skipped, counted and logged (without any of its content)."""
        try:
            entries = json.loads(body).get("entry")
        except (ValueError, AttributeError, RecursionError):  # RecursionError: nested past the parser's depth
            return self._skip("webhook body")
        values = []
        for entry in entries if isinstance(entries, list) else self._skip("list of entries"):
            changes = entry.get("changes") if isinstance(entry, dict) else self._skip("entry")
            for change in changes if isinstance(changes, list) else self._skip("list of changes"):
                if not isinstance(change, dict):
                    self._skip("change")
                elif change.get("field", "messages") != "messages":
                    continue  # another subscription's (account updates, …): not the desk's
                elif not isinstance(change.get("value"), dict) or not isinstance(
                        change["value"].get("metadata", {}), dict):
                    self._skip("change")
                else:
                    values.append(change["value"])
        return values

    def _skip(self, what: str) -> list:
        self.malformed += 1
        log.warning("a malformed WhatsApp %s was skipped (%d so far)", what, self.malformed)
        return []


ENDPOINT = web.AppKey("whatsapp_webhook", WebhookEndpoint)


def webhook_app(*gateways: WhatsAppGateway) -> web.Application:
    """The aiohttp application serving the webhook at the first gateway's webhook_path;
    `app[ENDPOINT]` holds the counts."""
    endpoint = WebhookEndpoint(gateways)
    app = web.Application(client_max_size=MAX_BODY)
    app[ENDPOINT] = endpoint
    path = gateways[0].settings.webhook_path
    app.router.add_get(path, endpoint.handshake)
    app.router.add_post(path, endpoint.deliver)
    return app
