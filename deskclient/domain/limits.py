"""Telegram's stated limits on what one message may carry.

Telegram counts text in UTF-16 code units, as its message entities do
(core.telegram.org/api/entities): an emoji outside the Basic Multilingual Plane counts
two, so a caption of 600 such emoji is over the 1,024 limit although Python's `len`
says 600.
"""

from __future__ import annotations

TEXT_LIMIT = 4096  # a message's text (messages.sendMessage; MESSAGE_TOO_LONG above)
CAPTION_LIMIT = 1024  # the text under a file (MEDIA_CAPTION_TOO_LONG above)


def telegram_length(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2
