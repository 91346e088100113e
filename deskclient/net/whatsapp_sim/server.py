"""A simulated WhatsApp Cloud API: an in-process aiohttp server speaking the Graph API's
JSON, for tests and `--demo`.

What it enforces, as Meta documents it:
- the bearer token on every call (else HTTP 401, error 190);
- the 24-hour customer-service window: free-form messages only within 24 h of the
  citizen's last message; outside it the send is taken (200 and a wamid) and then fails
  in a status webhook with error 131047, as on the real platform;
- templates only when approved, by name and language (else 132001; a wrong number of
  body parameters 132000);
- interactive list and reply-button messages within Meta's limits (else 131009): the
  citizen's phone keeps their rows or buttons, and `citizen_picks` answers one;
- GET /{waba-id}/phone_numbers lists the account's numbers; GET /{phone-number-id}
  answers for each number the token may use, `add_number`'s too (Meta's test number);
- GET /{waba-id}/message_templates lists the templates (name, language, status, the
  body's {{n}}), `limit` at a time with an `after` cursor, as WhatsApp Manager has them:
  approved ones, and those `submit_template` left PENDING or REJECTED;
- media: uploads answer an id, only of the types Meta's /media takes (else error 100,
  "Param file must be a file with one of the following types…"); a media message only
  of its kind's types and size (images 5 MB, audio and video 16 MB, documents 100 MB;
  else 100, or 131053 for the size); GET /{media-id} answers a URL valid five minutes (by the
  simulator's clock), fetched with the bearer token; an unknown id is error 100.
Sent messages get "sent" and "delivered" status webhooks carrying
`biz_opaque_callback_data`; `fail_next` makes the next send fail with any code
(130429, 131056, 131026…). The citizen's side is in citizen.py.
"""

from __future__ import annotations

import asyncio
import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from aiohttp import web

from ...domain.clock import Clock
from ...domain.customer_window import WINDOW
from ..whatsapp.media import (
    AUDIO_TYPES,
    IMAGE_TYPES,
    KIND_CAPS,
    STICKER_TYPES,
    UPLOAD_TYPES,
    VIDEO_TYPES,
)
from ..whatsapp.settings import WhatsAppSettings
from .background import Background
from .citizen import CitizenSide
from .webhooks import WebhookSender

VERSION = "v21.0"
URL_VALIDITY = timedelta(minutes=5)
KIND_TYPES = {"image": IMAGE_TYPES, "audio": AUDIO_TYPES, "video": VIDEO_TYPES, "sticker": STICKER_TYPES,
              "document": UPLOAD_TYPES}  # what each media message may carry
FREE_FORM = ("text", "image", "document", "audio", "video", "sticker", "location", "contacts",
             "interactive", "reaction")


@dataclass
class Received:
    """A message as the citizen's phone got it."""

    wamid: str
    type: str
    text: str = ""  # the body, or a file's caption
    template: tuple[str, str, tuple[str, ...]] | None = None  # name, language, parameters
    file: bytes | None = None
    file_name: str | None = None
    mime: str | None = None
    reply_to: str | None = None  # context.message_id
    callback_data: str | None = None
    # An interactive message's rows or reply buttons: (id, title, description) each, and
    # the words of the button that opens a list.
    choices: tuple[tuple[str, str, str], ...] = ()
    choices_button: str = ""


@dataclass
class Media:
    data: bytes
    mime: str
    name: str | None = None


@dataclass
class _Failure:
    code: int
    http_status: int
    message: str


def api_error(code: int, message: str, http_status: int = 400) -> web.Response:
    return web.json_response({"error": {"message": message, "type": "OAuthException", "code": code,
                                        "error_data": {"messaging_product": "whatsapp", "details": message},
                                        "fbtrace_id": secrets.token_hex(8)}}, status=http_status)


def _choices(offer: dict) -> tuple[tuple[str, str, str], ...]:
    action = offer["action"]
    if offer["type"] == "list":
        return tuple((r["id"], r["title"], r.get("description", "")) for s in action["sections"] for r in s["rows"])
    return tuple((b["reply"]["id"], b["reply"]["title"], "") for b in action["buttons"])


def _within(text: object, limit: int) -> bool:
    return isinstance(text, str) and 0 < len(text) <= limit


def interactive_valid(offer: object) -> bool:
    """A list (≤ 10 rows in all, titles ≤ 24, descriptions ≤ 72, its button ≤ 20) or reply
    buttons (≤ 3, titles ≤ 20), each id unique and ≤ 200 (Meta's limits), body ≤ 4096."""
    try:
        if not _within(offer["body"]["text"], 4096):
            return False
        action = offer["action"]
        if offer["type"] == "list":
            rows = [r for s in action["sections"] for r in s["rows"]]
            fits = (_within(action["button"], 20) and 0 < len(rows) <= 10
                    and all(_within(s.get("title", "x"), 24) for s in action["sections"])
                    and all(_within(r["title"], 24) and len(r.get("description", "")) <= 72 for r in rows))
        elif offer["type"] == "button":
            fits = 0 < len(action["buttons"]) <= 3 and all(_within(b["reply"]["title"], 20) for b in action["buttons"])
        else:
            return False
        ids = [choice[0] for choice in _choices(offer)]
        return fits and len(set(ids)) == len(ids) and all(_within(i, 200) for i in ids)
    except (KeyError, TypeError, AttributeError):
        return False


@dataclass
class SimulatedCloudAPI(CitizenSide):
    clock: Clock
    phone_number_id: str = "106540352242922"
    business_account_id: str = "102290129340398"
    display_phone_number: str = "34976000000"
    verified_name: str = "Simulated desk"
    access_token: str = field(default_factory=lambda: "sim-" + secrets.token_hex(16), repr=False)
    app_secret: str = field(default_factory=lambda: secrets.token_hex(16), repr=False)
    redeliver_every: int = 0
    auto_statuses: bool = True  # "sent" then "delivered" after each send taken
    templates: dict[tuple[str, str], int] = field(default_factory=dict)  # (name, language) → parameters
    base_url: str = ""  # http://127.0.0.1:<port>/v21.0 once started
    inbox: dict[str, list[Received]] = field(default_factory=dict)  # by the citizen's wa_id
    sends: int = 0  # send calls answered 200
    # Told of each message that reaches a citizen's phone: (wa_id, Received); the demo's
    # citizens answer through it.
    on_received: Callable[[str, Received], None] | None = None
    # A slow API (a crash test kills the desk meanwhile): seconds a send waits before it is
    # taken (dropped if the desk hung up by then: it never reached Meta), and seconds a
    # taken send's answer and its status webhooks wait.
    take_delay: float = 0.0
    answer_delay: float = 0.0
    # A slow media download: half the file goes at once, the rest after this many seconds.
    download_delay: float = 0.0
    # Templates submitted and not approved: (name, language) → (status, parameters).
    unapproved: dict[tuple[str, str], tuple[str, int]] = field(default_factory=dict)
    _media: dict[str, Media] = field(default_factory=dict)
    _urls: dict[str, tuple[str, object]] = field(default_factory=dict)  # token → media id, expiry
    _last_inbound: dict[str, object] = field(default_factory=dict)  # wa_id → when they last wrote
    _failures: list[_Failure] = field(default_factory=list)
    _names: dict[str, str] = field(default_factory=dict)
    # Other numbers the token may use: id → (display number, verified name, their account).
    _numbers: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    _runner: web.AppRunner | None = None
    _background: Background = field(default_factory=Background)

    def __post_init__(self) -> None:
        self.webhooks = WebhookSender(self.app_secret, redeliver_every=self.redeliver_every)

    # -- running -------------------------------------------------------------------------

    async def start(self, host: str = "127.0.0.1", port: int = 0, webhook_url: str | None = None) -> None:
        app = web.Application(client_max_size=100 * 1024 * 1024)
        app.router.add_post(f"/{VERSION}/{{number}}/messages", self._messages)
        app.router.add_post(f"/{VERSION}/{{number}}/media", self._upload)
        app.router.add_get(f"/{VERSION}/{{node}}", self._node)
        app.router.add_get(f"/{VERSION}/{{node}}/message_templates", self._message_templates)
        app.router.add_get(f"/{VERSION}/{{node}}/phone_numbers", self._phone_numbers)
        app.router.add_get("/media-download/{token}", self._download)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        bound = site._server.sockets[0].getsockname()[1]  # the ephemeral port picked
        self.origin = f"http://{host}:{bound}"
        self.base_url = f"{self.origin}/{VERSION}"
        if webhook_url is not None:
            self.webhooks.url = webhook_url

    async def stop(self) -> None:
        await self._background.cancel()
        await self.webhooks.close()
        if self._runner is not None:
            await self._runner.cleanup()

    def settings(self, verify_token: str = "sim-verify-token", webhook_path: str | None = None) -> WhatsAppSettings:
        """What the desk's config gives its gateway for this simulated number (once
        started: the API's address has its port)."""
        if not self.base_url:
            raise RuntimeError("start the simulated Cloud API before asking for its settings")
        extra = {"webhook_path": webhook_path} if webhook_path else {}
        return WhatsAppSettings(phone_number_id=self.phone_number_id,
                                business_account_id=self.business_account_id,
                                access_token=self.access_token, app_secret=self.app_secret,
                                verify_token=verify_token, api_base_url=self.base_url, **extra)

    # -- knobs for tests ---------------------------------------------------------------

    def approve_template(self, name: str, language: str, parameters: int = 0) -> None:
        self.templates[(name, language)] = parameters
        self.unapproved.pop((name, language), None)

    def submit_template(self, name: str, language: str, parameters: int = 0, status: str = "PENDING") -> None:
        """A template WhatsApp Manager has but has not approved (PENDING, REJECTED,
        PAUSED…): listed, and refused when sent (132001)."""
        self.templates.pop((name, language), None)
        self.unapproved[(name, language)] = (status, parameters)

    def add_number(self, number_id: str, display: str, verified_name: str, account: str | None = None) -> None:
        """Another number the token may use, of `account` (this business account's by
        default; Meta's test number has a test account of its own)."""
        self._numbers[number_id] = (display, verified_name, account or self.business_account_id)

    def fail_next(self, code: int, http_status: int = 400, message: str = "simulated failure") -> None:
        """The next send call is refused with this Graph API error code."""
        self._failures.append(_Failure(code, http_status, message))

    def revoke_token(self) -> None:
        self.access_token = "revoked-" + secrets.token_hex(8)

    def received(self, wa_id: str) -> list[Received]:
        return list(self.inbox.get(wa_id, ()))

    # -- the Graph API ---------------------------------------------------------------------

    def _authorised(self, request: web.Request) -> bool:
        return request.headers.get("Authorization", "") == f"Bearer {self.access_token}"

    async def _node(self, request: web.Request) -> web.Response:
        if not self._authorised(request):
            return api_error(190, "Error validating access token: the session is invalid", 401)
        node = request.match_info["node"]
        number = self._all_numbers().get(node)
        if number is not None:
            display, name, _account = number
            return web.json_response({"display_phone_number": display, "verified_name": name, "id": node})
        media = self._media.get(node)
        if media is None:
            return api_error(100, "Unsupported get request: the object does not exist")
        token = secrets.token_urlsafe(16)
        self._urls[token] = (node, self.clock.now() + URL_VALIDITY)
        return web.json_response({"messaging_product": "whatsapp", "url": f"{self.origin}/media-download/{token}",
                                  "mime_type": media.mime, "sha256": hashlib.sha256(media.data).hexdigest(),
                                  "file_size": len(media.data), "id": node})

    def _all_numbers(self) -> dict[str, tuple[str, str, str]]:
        return {self.phone_number_id: (self.display_phone_number, self.verified_name, self.business_account_id),
                **self._numbers}

    async def _phone_numbers(self, request: web.Request) -> web.Response:
        if not self._authorised(request):
            return api_error(190, "Error validating access token: the session is invalid", 401)
        account = request.match_info["node"]
        if account not in {a for _d, _n, a in self._all_numbers().values()}:
            return api_error(100, "Unsupported get request: the object does not exist")
        return web.json_response({"data": [
            {"verified_name": name, "display_phone_number": display, "id": number, "quality_rating": "GREEN"}
            for number, (display, name, owner) in self._all_numbers().items() if owner == account]})

    async def _message_templates(self, request: web.Request) -> web.Response:
        if not self._authorised(request):
            return api_error(190, "Error validating access token: the session is invalid", 401)
        if request.match_info["node"] != self.business_account_id:
            return api_error(100, "Unsupported get request: the object does not exist")
        listed = sorted([(n, lang, "APPROVED", count) for (n, lang), count in self.templates.items()] +
                        [(n, lang, status, count) for (n, lang), (status, count) in self.unapproved.items()])
        start = int(request.query.get("after") or 0)
        limit = int(request.query.get("limit") or 25)
        data = [{"name": n, "language": lang, "status": status, "category": "UTILITY",
                 "id": str(10**15 + start + i),
                 "components": [{"type": "BODY", "text": " ".join(["Consulta"] + [f"{{{{{k}}}}}" for k in
                                                                                   range(1, count + 1)])}]}
                for i, (n, lang, status, count) in enumerate(listed[start:start + limit])]
        paging: dict = {"cursors": {"before": str(start), "after": str(start + len(data))}}
        if start + limit < len(listed):
            paging["next"] = f"{self.base_url}/{self.business_account_id}/message_templates?" \
                             f"limit={limit}&after={start + limit}"
        return web.json_response({"data": data, "paging": paging})

    async def _download(self, request: web.Request) -> web.Response:
        if not self._authorised(request):
            return web.Response(status=401)
        media_id, expires = self._urls.get(request.match_info["token"], (None, None))
        if media_id is None or self.clock.now() >= expires:
            return web.Response(status=404)  # the URL expired: ask GET /{media-id} again
        media = self._media[media_id]
        if not self.download_delay:
            return web.Response(body=media.data, content_type=media.mime)
        response = web.StreamResponse(headers={"Content-Type": media.mime})
        response.content_length = len(media.data)
        await response.prepare(request)
        half = len(media.data) // 2
        try:
            await response.write(media.data[:half])
            await asyncio.sleep(self.download_delay)
            await response.write(media.data[half:])
            await response.write_eof()
        except ConnectionResetError:  # the desk hung up (killed) meanwhile
            pass
        return response

    async def _upload(self, request: web.Request) -> web.Response:
        if not self._authorised(request):
            return api_error(190, "Error validating access token", 401)
        form = await request.post()
        upload = form.get("file")
        if form.get("messaging_product") != "whatsapp" or not hasattr(upload, "file"):
            return api_error(100, "(#100) The parameter messaging_product and file are required")
        mime = str(form.get("type") or upload.content_type)
        if mime.split(";")[0].strip().lower() not in UPLOAD_TYPES:
            return api_error(100, "(#100) Param file must be a file with one of the following types: "
                                  f"{', '.join(UPLOAD_TYPES)}. Received file of type '{mime}'.")
        return web.json_response({"id": self.store_media(upload.file.read(), mime, upload.filename)})

    def store_media(self, data: bytes, mime: str, name: str | None = None) -> str:
        media_id = str(secrets.randbelow(10**15) + 10**15)
        self._media[media_id] = Media(data, mime, name)
        return media_id

    async def _messages(self, request: web.Request) -> web.Response:
        if not self._authorised(request):
            return api_error(190, "Error validating access token", 401)
        if request.match_info["number"] != self.phone_number_id:
            return api_error(100, "(#100) Invalid phone number id")
        try:
            body = await request.json()
            to, kind = str(body["to"]), body["type"]
            assert body.get("messaging_product") == "whatsapp"
        except Exception:  # noqa: BLE001 (any malformed request is Meta's error 100)
            return api_error(100, "(#100) Invalid parameter")
        if self.take_delay:
            await asyncio.sleep(self.take_delay)
            if request.transport is None or request.transport.is_closing():
                return web.Response(status=499)  # nobody to answer: the send never reached Meta
        if self._failures:
            failure = self._failures.pop(0)
            return api_error(failure.code, failure.message, failure.http_status)
        if kind == "template":
            refused = self._template_refusal(body.get("template") or {})
            if refused is not None:
                return refused
        elif kind not in FREE_FORM:
            return api_error(100, f"(#100) Unsupported message type {kind}")
        elif kind == "interactive" and not interactive_valid(body.get("interactive")):
            return api_error(131009, "(#131009) Parameter value is not valid")
        elif kind in KIND_TYPES and (refused := self._media_refusal(kind, body.get(kind))) is not None:
            return refused
        try:
            received = self._as_received(body, kind)
        except (KeyError, TypeError):
            return api_error(100, "(#100) Invalid parameter")
        self.sends += 1
        in_window = kind == "template" or self._window_open(to)
        if in_window:
            self.inbox.setdefault(to, []).append(received)
            if self.on_received is not None:
                self.on_received(to, received)
        if self.answer_delay:
            await asyncio.sleep(self.answer_delay)
        self._background.spawn(self._report(to, received, None if in_window else 131047))
        return web.json_response({"messaging_product": "whatsapp",
                                  "contacts": [{"input": to, "wa_id": to}],
                                  "messages": [{"id": received.wamid}]})

    def _media_refusal(self, kind: str, content: object) -> web.Response | None:
        """An uploaded file sent as a kind that does not take its type or size."""
        media = self._media.get(str(content.get("id"))) if isinstance(content, dict) else None
        if media is None:
            return None  # a link, or no id: _as_received says what is missing
        if media.mime.split(";")[0].strip().lower() not in KIND_TYPES[kind]:
            return api_error(100, f"(#100) Invalid parameter: {kind} does not take {media.mime}")
        if len(media.data) > KIND_CAPS[kind]:
            return api_error(131053, f"(#131053) Media upload error: the {kind} is over {KIND_CAPS[kind]} bytes")
        return None

    def _window_open(self, wa_id: str) -> bool:
        last = self._last_inbound.get(wa_id)
        return last is not None and self.clock.now() - last < WINDOW

    def _template_refusal(self, template: dict) -> web.Response | None:
        name, language = template.get("name"), (template.get("language") or {}).get("code")
        if (name, language) not in self.templates:
            return api_error(132001, "(#132001) Template name does not exist in the translation")
        given = sum(len(component.get("parameters") or ()) for component in template.get("components") or ())
        if given != self.templates[(name, language)]:
            return api_error(132000, "(#132000) Number of parameters does not match the expected number of params")
        return None

    def _as_received(self, body: dict, kind: str) -> Received:
        wamid = "wamid." + secrets.token_urlsafe(24)
        context = (body.get("context") or {}).get("message_id")
        tag = body.get("biz_opaque_callback_data")
        if kind == "template":
            template = body["template"]
            values = tuple(p.get("text", "") for c in template.get("components") or () for p in c.get("parameters") or ())
            return Received(wamid, kind, template=(template["name"], template["language"]["code"], values),
                            reply_to=context, callback_data=tag)
        if kind == "text":
            return Received(wamid, kind, text=body["text"]["body"], reply_to=context, callback_data=tag)
        if kind == "interactive":
            offer = body["interactive"]
            return Received(wamid, kind, text=offer["body"]["text"], reply_to=context, callback_data=tag,
                            choices=_choices(offer), choices_button=offer["action"].get("button", ""))
        content = body[kind]
        data, mime, name = None, None, content.get("filename")
        if "id" in content:
            media = self._media[str(content["id"])]
            data, mime, name = media.data, media.mime, name or media.name
        return Received(wamid, kind, text=content.get("caption", ""), file=data, file_name=name, mime=mime,
                        reply_to=context, callback_data=tag)

    async def _report(self, wa_id: str, received: Received, error: int | None) -> None:
        """The status webhooks a send is followed by."""
        await asyncio.sleep(0.01)  # after the send's answer, most of the time (not always on Meta)
        if error is not None:
            await self.deliver_status(wa_id, received, "failed", error)
        elif self.auto_statuses:
            await self.deliver_status(wa_id, received, "sent")
            await self.deliver_status(wa_id, received, "delivered")
