"""The networks a desk speaks on, and which one a service account string belongs to.

A WhatsApp number's account string is "whatsapp:<phone_number_id>" (net/whatsapp makes
it so); every other account string (a Telegram user id, "demo") is a Telegram one. The
store files a citizen's channel from it, and the queue shows it.
"""

from __future__ import annotations

TELEGRAM = "telegram"
WHATSAPP = "whatsapp"
WHATSAPP_PREFIX = WHATSAPP + ":"


NAMES = {TELEGRAM: "Telegram", WHATSAPP: "WhatsApp"}  # brand names: never translated


def channel_name(channel: str) -> str:
    return NAMES.get(channel, channel)


def channel_of(account: str) -> str:
    """"telegram" or "whatsapp", from a service account string."""
    return WHATSAPP if account.startswith(WHATSAPP_PREFIX) else TELEGRAM

