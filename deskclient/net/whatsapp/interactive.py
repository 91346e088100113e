"""Buttons on WhatsApp: a message's `buttons` go out as an interactive list message, and
the citizen's pick comes back as a ButtonPress, as a bot's inline button does on
Telegram (the opening message's categories, domain/category_choice.py).

A list, not reply buttons: those take three at most and 20 characters each, a list ten
rows of 24 characters with a 72-character description under each. Meta's limits (the
Cloud API's interactive list message): body ≤ 4096 characters, the button opening the
list ≤ 20, a row's id ≤ 200. A label longer than a row's title is shortened there and
written whole in the row's description. Buttons that cannot be one list (more than ten,
a body too long) are left out: the message goes as text, whose numbered list the citizen
can still answer. Interactive messages go only inside the 24-hour window; outside it the
outbox sends an approved template instead, without them.
"""

from __future__ import annotations

from ...domain.messages import ButtonPress, OutboundMessage
from .ids import address_of, message_key

MAX_ROWS = 10
MAX_BODY = 4096
MAX_BUTTON = 20
MAX_TITLE = 24
MAX_DESCRIPTION = 72
MAX_ID = 200


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def list_message(message: OutboundMessage) -> dict | None:
    """The `interactive` object offering the message's buttons as a list; None when they
    cannot be one (then the text goes alone)."""
    buttons = message.buttons
    if not buttons or len(buttons) > MAX_ROWS or not message.text or len(message.text) > MAX_BODY \
            or any(len(data) > MAX_ID for _, data in buttons):
        return None
    opener = _cut(message.buttons_label.strip() or "…", MAX_BUTTON)
    rows = []
    for label, data in buttons:
        row = {"id": data, "title": _cut(label, MAX_TITLE)}
        if row["title"] != label:
            row["description"] = _cut(label, MAX_DESCRIPTION)
        rows.append(row)
    return {"type": "list", "body": {"text": message.text},
            "action": {"button": opener, "sections": [{"title": opener, "rows": rows}]}}


def picked_words(chosen: dict) -> str:
    """What the citizen chose, as the desk files it: the row's title, or the whole label
    when the title is it shortened (its description, list_message)."""
    title, description = chosen.get("title") or "", chosen.get("description") or ""
    if title.endswith("…") and description.startswith(title[:-1]):
        return description
    return title


def picked(account: str, message: dict) -> ButtonPress | None:
    """The citizen's pick of a list row or a reply button (an `interactive` message whose
    `context.id` is the message offering it), as a press of that message's button."""
    reply = message.get("interactive") or {}
    chosen = reply.get(reply.get("type") or "") if reply.get("type") in ("list_reply", "button_reply") else None
    offered_in = (message.get("context") or {}).get("id")
    if not isinstance(chosen, dict) or not chosen.get("id") or not offered_in:
        return None
    return ButtonPress(account=account, citizen_address=address_of(message["from"]),
                       channel_message_id=message_key(offered_in), data=str(chosen["id"]).encode("utf-8"))


__all__ = ["list_message", "picked", "picked_words"]
