"""The fonts transcripts are set in, shipped with the app (resources/fonts/, made by
packaging/fonts.py): a PDF then shows Cyrillic, Greek, Arabic, Chinese, Japanese, Korean
and emoji the same on every workstation, whatever fonts it has, and embeds them.

Registered with Qt's font database on first use (a `QGuiApplication` must exist); their
families end in " Transcript", so the window's own fonts are never replaced by them (once
registered, Qt may still draw a character the window's fonts lack from one of them). A
character none of them has falls back to the workstation's fonts, as anywhere in Qt.
"""

from __future__ import annotations

import logging
import threading

from ..resources import resources_dir

log = logging.getLogger("deskclient.services")

FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansArabic-Regular.ttf",
              "NotoSansArabic-Bold.ttf", "NotoSansSC-Regular.otf", "NotoEmoji-Regular.ttf")
# In the order a character is looked for: Latin first (its digits and punctuation win),
# emoji last (its Private Use glyphs are reached only through pdf_text.EmojiCodes).
FAMILIES = ("Noto Sans Transcript", "Noto Sans Arabic Transcript", "Noto Sans SC Transcript",
            "Noto Emoji Transcript")

_lock = threading.Lock()
_registered: list[str] | None = None


def transcript_families() -> list[str]:
    """Register the shipped fonts (once) and return the families, in fallback order; the
    ones that failed to load are left out (and logged), so a PDF still comes out."""
    global _registered
    with _lock:
        if _registered is None:
            from PySide6.QtGui import QFontDatabase

            loaded: set[str] = set()
            folder = resources_dir() / "fonts"
            for name in FONT_FILES:
                font_id = QFontDatabase.addApplicationFont(str(folder / name))
                if font_id < 0:
                    log.warning("transcript font not loaded: %s", name)
                    continue
                loaded.update(QFontDatabase.applicationFontFamilies(font_id))
            _registered = [family for family in FAMILIES if family in loaded]
        return list(_registered)


def transcript_font(point_size: float = 10):
    """A QFont with the transcript families, for a QTextDocument's default font."""
    from PySide6.QtGui import QFont

    font = QFont()
    font.setFamilies(transcript_families())
    font.setPointSizeF(point_size)
    return font
