"""How the desk sends on WhatsApp (issue 16): `[whatsapp.templates]`, the approved
message templates WhatsApp takes outside the 24-hour window; how long a send never
answered waits for its status; the number's messaging tier that paces broadcasts.

One table per use, named by the desk's notices (opening, closing, out_of_hours,
file_refused), `list_notice` for the lists' confirmations,
`broadcast` for a list's broadcasts, or any other name an agent may pick in the composer
when the window is closed:

    [whatsapp.templates.opening]
    name = "ticket_opened"            # as approved in WhatsApp Manager
    languages = { es = "es", ca = "ca", en = "en_US" }   # desk language = template's code
    parameters = ["ticket"]           # {{1}}, {{2}}…: "ticket" (its number), "text" (the desk's words)

Declared as plain tuples that config.py turns into its Options (config.py imports this
module, so this one cannot import it).
"""

from __future__ import annotations

from typing import Any

from .domain.customer_window import IN_FLIGHT_WAIT, PARAMETERS, TemplateChoice
from .hours_config import OptionValueError

# WhatsApp's messaging tiers: citizens a number may start conversations with in 24 h
# (business-initiated, i.e. templates outside the window). Meta raises the tier as the
# number's quality allows; IT sets the one WhatsApp Manager shows.
TIERS = {"250": 250, "1k": 1000, "10k": 10_000, "100k": 100_000, "unlimited": 0}
# Messages a second a Cloud API number may send (Meta's default throughput; 1,000 once
# upgraded), kept well under: a broadcast leaves room for the agents' replies.
BROADCAST_RATE = 20.0
USE_LENGTH = 20  # kept in message.notice


def _templates(value: Any) -> dict[str, TemplateChoice]:
    if not isinstance(value, dict):
        raise TypeError
    return {str(use): _template(str(use), body) for use, body in value.items()}


def _template(use: str, body: Any) -> TemplateChoice:
    if len(use) > USE_LENGTH:
        raise OptionValueError(f"[whatsapp.templates.{use}]: a use is named in at most {USE_LENGTH} characters")
    if not isinstance(body, dict) or not isinstance(body.get("name"), str) or not body["name"].strip():
        raise OptionValueError(f"[whatsapp.templates.{use}] needs the template's name")
    languages = body.get("languages")
    if not isinstance(languages, dict) or not languages or \
            not all(isinstance(code, str) and code for code in languages.values()):
        raise OptionValueError(f"[whatsapp.templates.{use}] needs languages = {{ desk language = \"template's code\" }}")
    parameters = body.get("parameters", [])
    if not isinstance(parameters, list) or any(p not in PARAMETERS for p in parameters):
        raise OptionValueError(f"[whatsapp.templates.{use}] parameters may be {', '.join(PARAMETERS)}")
    return TemplateChoice(body["name"].strip(), tuple((str(k), v) for k, v in languages.items()),
                          tuple(parameters))


def _rate(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)) or float(value) <= 0:
        raise ValueError
    return float(value)


def _tier(value: Any) -> str:
    if not isinstance(value, str) or value.lower() not in TIERS:
        raise OptionValueError(f"must be one of {', '.join(TIERS)}")
    return value.lower()


# (key, type shown in errors and docs, parse, default, description)
TEMPLATE_OPTIONS = (
    ("whatsapp.templates", "a table of template tables by use", _templates, {},
     ("[whatsapp.templates.USE] name, languages = { desk language = code }, parameters (ticket, text): the "
      "approved template sent outside the 24-hour window for USE (opening, closing, out_of_hours, file_refused, "
      "list_notice, broadcast) or offered to agents (any other USE)")),
    ("whatsapp.tier", "string", _tier, "1k",
     ("The number's messaging tier in WhatsApp Manager (250, 1k, 10k, 100k, unlimited): citizens a broadcast "
      "may reach in 24 hours")),
    ("whatsapp.in_flight_wait", "number (seconds)", _rate, IN_FLIGHT_WAIT.total_seconds(),
     ("How long a send WhatsApp never answered (the desk stopped, the answer was lost) waits for its status "
      "webhook, once the desk listens again, before it is sent again (domain/customer_window.py)")),
    ("whatsapp.broadcast_rate", "number", _rate, BROADCAST_RATE,
     "Broadcast messages a second on WhatsApp at most (the number's throughput, with room for replies)"),
)

