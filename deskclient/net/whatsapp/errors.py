"""The Cloud API's error codes as the gateway's errors, and as plain reasons.

The Graph API answers a refused call with `{"error": {"code": …, "message": …,
"error_data": {"details": …}}}`; a send it took may fail later, in a status webhook's
`errors[]` with the same codes. Codes from Meta's "Error codes" reference (WhatsApp
Cloud API); the reasons are the desk's own words, marked for the catalogues (no
citizen data: the details Meta adds can quote a phone number, so they are never shown
nor logged).
"""

from __future__ import annotations

from ...errors import NOT_SENT_WITH_CODE, sentence
from ..gateway import (
    GatewayError,
    NotSent,
    Offline,
    RateLimited,
    RecipientGone,
    Undeliverable,
)

WINDOW_CLOSED = 131047  # "Re-engagement message": more than 24 h since the citizen wrote
UNDELIVERABLE = 131026  # not on WhatsApp, terms not accepted, or an app too old
PAIR_RATE = 131056  # too many messages to the same citizen in a short time
THROUGHPUT = 130429  # the number's messages-per-second
SPAM_RATE = 131048
APP_RATE = (4, 80007)  # the app's or the business account's call rate
TOKEN = 190  # the access token expired or was revoked
PERMISSION = (10, 200)
INVALID_PARAMETER = 100
TEMPLATE_PARAMETERS = 132000  # the template's number of parameters does not match
TEMPLATE_MISSING = 132001  # no approved template of that name in that language
TEMPLATE_PAUSED = (132015, 132016)
MEDIA = (131052, 131053)  # the media could not be downloaded or uploaded
TEMPORARY = (1, 2, 131000, 131016, 133004)  # Meta's side: try again

# How long to wait, in seconds, when Meta does not say (it never does).
PAIR_WAIT = 6
RATE_WAIT = 60

REASONS = {
    WINDOW_CLOSED: sentence("more than 24 hours have passed since the citizen last wrote: only an approved template can reach them"),
    UNDELIVERABLE: sentence("WhatsApp could not deliver it to this number"),
    PAIR_RATE: sentence("too many messages to this citizen in a short time"),
    THROUGHPUT: sentence("the number's sending rate was exceeded"),
    SPAM_RATE: sentence("WhatsApp limited this number's sending (spam rate)"),
    TOKEN: sentence("the WhatsApp access token is no longer valid"),
    **dict.fromkeys(PERMISSION, sentence("the WhatsApp access token lacks the messaging permission")),
    INVALID_PARAMETER: sentence("WhatsApp refused the message as malformed"),
    TEMPLATE_PARAMETERS: sentence("the template's parameters do not match the approved template"),
    TEMPLATE_MISSING: sentence("no approved template of that name and language"),
    131051: sentence("WhatsApp does not support this kind of message"),
    131052: sentence("WhatsApp could not download the file"),
    131053: sentence("WhatsApp could not take the file"),
}


class TokenRefused(NotSent):
    """The access token expired or was revoked: nothing goes out until IT gives a new one
    (the gateway shows LOGGED_OUT). Meta refused the call before taking anything, so a
    send refused so is free to go again at once (not held in flight)."""


def reason_for(code: int | None) -> str:
    """A plain sentence for the agent (kept in English, said in the window's language:
    errors.py); the code itself when the desk has no words."""
    if code in REASONS:
        return REASONS[code]
    if code in TEMPLATE_PAUSED:
        return sentence("the template is paused or disabled")
    return NOT_SENT_WITH_CODE.format(code=f"WhatsApp {code}")


def api_error(status: int, body: object) -> GatewayError:
    """A refused Graph API call (HTTP status, parsed JSON body) as a gateway error.

    An error body means Meta answered before taking anything: the outbox frees a send in
    flight at once. A proxy's 502/504 without one is a timeout in disguise (Meta may have
    taken it): a plain Offline, which may have gone, as a timeout or a connection dropped
    after the request left."""
    error = body.get("error") if isinstance(body, dict) else None
    code = error.get("code") if isinstance(error, dict) else None
    code = code if isinstance(code, int) else None
    if code == TOKEN or status == 401:
        return TokenRefused(REASONS[TOKEN])
    if code == PAIR_RATE:
        return RateLimited(PAIR_WAIT)
    if code in (THROUGHPUT, SPAM_RATE, *APP_RATE) or status == 429:
        return RateLimited(RATE_WAIT)
    if code is None and status in (502, 504):
        return Offline(f"WhatsApp's API did not answer in time (HTTP {status})")
    if code is None:  # not the Graph API answering (a proxy, a wrong api_base_url): try again
        return GatewayError(NOT_SENT_WITH_CODE.format(code=f"HTTP {status}"))
    reason = reason_for(code)
    if code == UNDELIVERABLE:
        return RecipientGone(reason)
    if code in TEMPORARY or code in PERMISSION or status >= 500:
        return GatewayError(reason)  # the outbox tries again, then gives up with the reason
    return Undeliverable(reason)
