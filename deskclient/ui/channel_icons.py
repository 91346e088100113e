"""The small mark that tells a ticket's channel in the queue: a disc in the network's
colour with its initial, drawn once per channel and size (no image files to ship), and
the network's name for the tooltip and screen readers (a brand name: not translated)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from ..domain.channels import TELEGRAM, WHATSAPP, channel_name  # noqa: F401 (the UI's name for it)

# Each network's own colour, dark enough for the white initial to read at 4.5:1.
_MARKS = {TELEGRAM: ("T", "#1c6ea4"), WHATSAPP: ("W", "#0b7a3e")}


@lru_cache(maxsize=8)
def channel_icon(channel: str, size: int = 16) -> QIcon:
    letter, colour = _MARKS.get(channel, ("?", "#555555"))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(6, int(size * 0.62)))  # the icon's own drawing, sized to its pixmap
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, letter)
    painter.end()
    return QIcon(pixmap)
