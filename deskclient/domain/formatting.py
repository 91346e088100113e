"""A broadcast's formatting: the composer's light markup → text and Telegram entities.

The markup is Telegram's own (what its apps accept when typed): **bold**, __italic__,
~~strikethrough~~, `code` and [a link](https://…). The result is the plain text and
its formatting entities as JSON-able dicts (`{"_": "MessageEntityBold", "offset": 0,
"length": 4}`, offsets and lengths in UTF-16 code units as Telegram counts them), the
same shape the desk keeps for a citizen's formatted message. The gateway turns them
into Telegram's objects. Unclosed markers stay as typed.
"""

from __future__ import annotations

import re

from .limits import telegram_length

_MARKERS = {"**": "MessageEntityBold", "__": "MessageEntityItalic", "~~": "MessageEntityStrike",
            "`": "MessageEntityCode"}
_TOKEN = re.compile(r"\*\*|__|~~|`|\[([^\]\n]+)\]\((https?://[^)\s]+)\)")
ENTITY_KINDS = frozenset({*_MARKERS.values(), "MessageEntityTextUrl", "MessageEntityUrl",
                          "MessageEntityUnderline", "MessageEntitySpoiler", "MessageEntityPre",
                          "MessageEntityBlockquote"})


def parse_markup(source: str) -> tuple[str, list[dict]]:
    """(plain text, entities) from the composer's markup."""
    tokens = list(_TOKEN.finditer(source))
    literal: set[int] = set()  # a marker without a partner is text
    for marker in _MARKERS:
        places = [i for i, t in enumerate(tokens) if t.group(0) == marker]
        if len(places) % 2:
            literal.add(places[-1])
    out: list[str] = []
    entities: list[dict] = []
    open_at: dict[str, int] = {}  # marker -> UTF-16 offset where its span began
    position = length = 0
    for index, match in enumerate(tokens):
        plain = source[position:match.start()]
        out.append(plain)
        length += telegram_length(plain)
        position = match.end()
        token = match.group(0)
        if index in literal:
            out.append(token)
            length += telegram_length(token)
        elif match.group(1) is not None:  # [text](url)
            text = match.group(1)
            entities.append({"_": "MessageEntityTextUrl", "offset": length, "length": telegram_length(text),
                             "url": match.group(2)})
            out.append(text)
            length += telegram_length(text)
        elif token in open_at:
            start = open_at.pop(token)
            if length > start:
                entities.append({"_": _MARKERS[token], "offset": start, "length": length - start})
        else:
            open_at[token] = length
    out.append(source[position:])
    return "".join(out), sorted(entities, key=lambda e: (e["offset"], -e["length"]))


def checked_entities(entities) -> list[dict]:
    """Entities a caller handed in, kept only if they are well-formed formatting."""
    good = []
    for e in entities or []:
        if not isinstance(e, dict) or e.get("_") not in ENTITY_KINDS:
            continue
        if not isinstance(e.get("offset"), int) or not isinstance(e.get("length"), int) or e["length"] <= 0:
            continue
        good.append({k: v for k, v in e.items() if isinstance(v, (str, int, bool))})
    return good
