"""Text a citizen wrote, shown among the desk's own words, keeps its direction to itself.

A name (or a message, a file name) may carry Unicode's explicit direction controls: a
right-to-left override (U+202E) left open reverses everything after it on the line, so
"‮Anna · 2026-000123" could pass for another ticket, and a transcript could misstate who
wrote what. `isolate` closes whatever the text opened and wraps it in FIRST STRONG
ISOLATE … POP DIRECTIONAL ISOLATE (Unicode's bidi algorithm, UAX #9, since 6.3): inside,
the text reads as it was sent (an Arabic name right to left); outside, nothing moves.
Closing the open controls as well keeps it safe where isolates are not understood.
"""

from __future__ import annotations

import re

FSI, PDI = "\u2068", "\u2069"
POP_FORMATTING = "\u202c"
_EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")  # LRE, RLE, LRO, RLO
_ISOLATES = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI
CONTROLS = _EMBEDDINGS | _ISOLATES | {POP_FORMATTING, PDI}
# What can move the text around it: right-to-left letters (Hebrew, Arabic, Syriac, Thaana,
# N'Ko and their presentation forms; the historic ones beyond the BMP), the right-to-left
# and Arabic letter marks, and the explicit controls. Other text needs no isolate.
_MOVES = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff"
                    "\U0001e800-\U0001efff\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def closed(text: str) -> str:
    """`text` with every embedding, override or isolate it opens closed at its end."""
    if not any(ch in CONTROLS for ch in text):
        return text
    open_: list[str] = []
    for ch in text:
        if ch in _EMBEDDINGS:
            open_.append(POP_FORMATTING)
        elif ch in _ISOLATES:
            open_.append(PDI)
        elif ch == POP_FORMATTING and open_ and open_[-1] == POP_FORMATTING:
            open_.pop()
        elif ch == PDI and PDI in open_:  # a PDI also closes the embeddings opened inside
            while open_.pop() != PDI:
                pass
    return text + "".join(reversed(open_))


def isolate(text: str | None) -> str:
    """`text` as one isolated run for display among other text; text that cannot move
    what is around it (no right-to-left letter, no control) comes back as it is."""
    if not text:
        return text or ""
    if text.isascii() or not _MOVES.search(text):
        return text
    return FSI + closed(text) + PDI


def without_controls(text: str) -> str:
    """`text` without explicit direction controls, for plain places (a window title)."""
    return "".join(ch for ch in text if ch not in CONTROLS)
