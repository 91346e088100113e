"""WhatsApp's rules for what the desk sends: the 24-hour customer-service window, the
approved templates that go outside it, and what to do with a send whose fate is unknown.

The window (Meta's "customer service window"): a business may send free-form messages
to a citizen for 24 hours after the citizen's last message; outside it only an approved
message template reaches them (a free-form one is taken by the API and then fails with
131047). Telegram has no such window.

Sends are not idempotent on WhatsApp (no random_id): a send the desk handed to the API
and never heard back about (a crash, a dropped connection) may or may not have gone.
The desk records each as *in flight* before sending and then waits for its status
webhook (which carries the outbox id back). The policy, when nothing is heard:
`IN_FLIGHT_WAIT` after the desk is listening again it is taken as not sent and sent
once more. Meta retries an unanswered webhook for days, quickly at first, so a send
that went is confirmed well within that time once the webhook endpoint answers; a send
that never reached Meta is never confirmed, and waiting longer only delays it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from .channels import WHATSAPP, channel_of
from .messages import TemplateRef

WINDOW = timedelta(hours=24)
IN_FLIGHT_WAIT = timedelta(minutes=10)


@dataclass(frozen=True)
class CustomerWindow:
    """The citizen's window as of `now`: `open`, and `closes_at` (None when they never
    wrote: nothing free-form may reach them)."""

    open: bool
    closes_at: datetime | None


def customer_window(last_inbound: datetime | None, now: datetime) -> CustomerWindow:
    """The window from the citizen's last message (any kind; a reaction counts too, as
    on Meta) to `now`."""
    if last_inbound is None:
        return CustomerWindow(False, None)
    closes_at = last_inbound + WINDOW
    return CustomerWindow(now < closes_at, closes_at)


def has_window(account: str | None) -> bool:
    """The account's channel limits free-form messages to the window (WhatsApp)."""
    return account is not None and channel_of(account) == WHATSAPP


def sends_idempotent(account: str | None) -> bool:
    """A resend of the same outbox message cannot post it twice (Telegram's random_id);
    on WhatsApp it can, so a send is recorded in flight first."""
    return not has_window(account)


# What the desk can fill a template's body parameters with ({{1}}, {{2}}… in order):
# the ticket's number, and the words the desk would have sent (a notice's text, the
# agent's words, a broadcast's text).
PARAMETERS = ("ticket", "text")
PARAMETER_LIMIT = 1024  # characters in one body parameter (Meta)
LIST_USES = ("broadcast", "list_notice")  # the lists' templates (services/broadcast_sender.py)


@dataclass(frozen=True)
class TemplateChoice:
    """An approved template configured for one use (`[whatsapp.templates.USE]`): its
    name, its language code by the desk's language (the first is the fallback) and which
    of PARAMETERS fill its body, in order."""

    name: str
    languages: tuple[tuple[str, str], ...]  # (desk language, the template's code)
    parameters: tuple[str, ...] = ()

    def as_config(self) -> dict:
        """The table it was configured as (`config show` writes it back)."""
        return {"name": self.name, "languages": dict(self.languages), "parameters": list(self.parameters)}

    def ref(self, language: str | None, ticket: str = "", text: str = "") -> TemplateRef:
        codes = dict(self.languages)
        language = language or ""
        code = codes.get(language) or codes.get(language.split("-")[0]) or self.languages[0][1]
        values = {"ticket": ticket, "text": parameter_text(text)}
        return TemplateRef(self.name, code, tuple(values[p] for p in self.parameters))


def parameter_text(text: str) -> str:
    """Words as a template's body parameter takes them: Meta refuses a parameter with a
    new line or a tab, or more than four spaces in a row (error 132018), and longer than
    1,024 characters; lines become " · "-separated, runs of spaces one space."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    flat = " · ".join(line for line in lines if line)
    return flat if len(flat) <= PARAMETER_LIMIT else flat[:PARAMETER_LIMIT - 1] + "…"
