"""Render resources/icons/deskclient.svg to the PNG sizes desktops ask for.

    python packaging/render_icons.py            # writes resources/icons/deskclient-<N>.png

The PNGs are committed; run this again after editing the SVG. Runs offscreen. At 16 and
32 pixels the ticket's text lines and stub would blur into noise, so those sizes draw only
some of the SVG's element ids (see ELEMENTS).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256)
ELEMENTS = {16: ("bubble", "ticket"), 32: ("bubble", "ticket", "lines")}  # others: all


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    elements = ELEMENTS.get(size)
    if elements is None:
        renderer.render(painter)
    else:
        scale = size / renderer.viewBoxF().width()
        for element in elements:
            box = renderer.boundsOnElement(element)
            renderer.render(painter, element, QRectF(box.x() * scale, box.y() * scale,
                                                     box.width() * scale, box.height() * scale))
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    svg = ICONS / "deskclient.svg"
    for size in SIZES:
        out = ICONS / f"deskclient-{size}.png"
        if not render(svg, size).save(str(out), "PNG"):
            raise SystemExit(f"cannot write {out}")
        print(out.relative_to(ICONS.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
