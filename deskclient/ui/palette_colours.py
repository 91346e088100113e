"""The window's colours, taken from its QPalette, so that a high-contrast theme (black,
white and one accent, as public bodies' agents with low vision set their desktop) reaches
the painted bubbles and the coloured words too: fixed light tints would put white text on
near-white bubbles, and a dark red warning vanishes on black.

Each fill is the palette's Base tinted towards one of its own roles (Highlight for the
agent's replies, ToolTipBase for internal notes, Window for automatic messages); a tint
that would leave the palette's Text below the contrast WCAG asks of body text (4.5:1)
falls back to Base itself. The secondary words (author and time, tags, a quote) and the
error red are checked the same way against the bubbles they are written on.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

BODY_CONTRAST = 4.5  # WCAG 2.1 AA for text (EN 301 549 9.1.4.3)
Role = QPalette.ColorRole
KINDS = ("in", "out", "system", "note")


def luminance(colour: QColor) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def mix(a: QColor, b: QColor, share: float) -> QColor:
    """`a` with `share` (0 to 1) of `b` blended in."""
    return QColor.fromRgbF(*(x + (y - x) * share for x, y in (
        (a.redF(), b.redF()), (a.greenF(), b.greenF()), (a.blueF(), b.blueF()))))


def readable(preferred: QColor, fallback: QColor, against: list[QColor]) -> QColor:
    """`preferred` if it keeps body-text contrast with every colour in `against`."""
    return preferred if all(contrast(preferred, c) >= BODY_CONTRAST for c in against) else fallback


@dataclass(frozen=True)
class BubbleColours:
    """What the delegate paints with: per kind of message a fill and a border; the
    highlight of a quote's target; for the bubbles' rich text, colour names for the
    secondary words, accents (a forward, a quote's bar) and errors."""

    fill: dict[str, QColor]
    border: dict[str, QColor]
    highlight: QColor
    text: QColor
    meta: str
    accent: str
    error: str


def bubble_colours(palette: QPalette) -> BubbleColours:
    base, text = palette.color(Role.Base), palette.color(Role.Text)
    tints = {"in": base, "out": mix(base, palette.color(Role.Highlight), 0.18),
             "system": mix(base, palette.color(Role.Window), 0.6),
             "note": mix(base, palette.color(Role.ToolTipBase), 0.85)}
    fill = {kind: readable(tint, base, [text]) for kind, tint in tints.items()}
    edge = mix(base, text, 0.35)
    border = {"in": edge, "out": mix(base, palette.color(Role.Highlight), 0.6), "system": edge, "note": edge}
    fills = list(fill.values())
    meta = readable(mix(text, base, 0.3), text, fills)
    accent = readable(palette.color(Role.Link), text, fills)
    # A red as light or dark as the text: dark red on a light theme, a pale red on a dark one.
    red = QColor.fromHslF(0.98, 0.85, min(max(text.lightnessF(), 0.33), 0.8))
    error = readable(red, text, fills)
    return BubbleColours(fill, border, palette.color(Role.Highlight), text, meta.name(), accent.name(),
                         error.name())


def text_colour(preferred: str, palette: QPalette, background: QPalette.ColorRole = Role.Window) -> str:
    """A status colour for words (an error's red, a warning's amber) if it can be read on
    the palette's `background`, else the palette's own text colour: the words keep their
    meaning (and their weight), the theme keeps its contrast."""
    text = Role.WindowText if background == Role.Window else Role.Text
    return readable(QColor(preferred), palette.color(text), [palette.color(background)]).name()


def note_background(palette: QPalette) -> str:
    """The composer's background while it writes an internal note: the notes' tint."""
    return bubble_colours(palette).fill["note"].name()


def chip_background(palette: QPalette) -> str:
    """An attached file's chip in the composer: the tint of the agent's own replies."""
    return bubble_colours(palette).fill["out"].name()
