"""JPEG, PNG and BMP previews (and a sticker's WebP): checked by content and by declared
size before decoding.

The header is read first (QImageReader.size() does not decode), so an image that declares
50,000 × 50,000 pixels is refused without allocating anything; the decode that follows
runs under QImageReader's allocation limit as a second fence.
"""

from __future__ import annotations

import math
import struct
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QImage, QImageReader, QKeySequence, QPainter
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from .base import PreviewUnavailable, PreviewWidget, not_what_it_says, read_head

MAX_PIXELS = 64_000_000  # 8,000 × 8,000: room for 50-megapixel phone photos
MAX_DECODE_MB = 256  # QImageReader.allocationLimit() while decoding; 64 MP at 32 bits fits

# file extension -> format that QImageReader must find in the content
EXPECTED_FORMAT = {"jpg": "jpeg", "jpeg": "jpeg", "jfif": "jpeg", "png": "png", "bmp": "bmp", "webp": "webp"}
FORMAT_NAMES = {"jpeg": QT_TRANSLATE_NOOP("Previews", "a JPEG image"),
                "png": QT_TRANSLATE_NOOP("Previews", "a PNG image"),
                "bmp": QT_TRANSLATE_NOOP("Previews", "a BMP image"),
                "webp": QT_TRANSLATE_NOOP("Previews", "a WebP image")}  # a sticker's only
DAMAGED = QT_TRANSLATE_NOOP("Previews", "This image is damaged or incomplete and cannot be shown.")

ZOOM_STEP = 1.25
MIN_ZOOM = 0.02
MAX_ZOOM = 16.0


@contextmanager
def allocation_limit(megabytes: int):
    """QImageReader's limit is process-wide: set it for one decode, then put it back."""
    previous = QImageReader.allocationLimit()
    QImageReader.setAllocationLimit(megabytes)
    try:
        yield
    finally:
        QImageReader.setAllocationLimit(previous)


def _bytes_per_pixel(image_format: QImage.Format) -> int:
    if image_format == QImage.Format.Format_Invalid:
        return 4
    return max(1, QImage.toPixelFormat(image_format).bitsPerPixel() // 8)


def declared_dimensions(image_format: str, head: bytes) -> tuple[int, int] | None:
    """Width and height as a PNG or BMP header states them, read by us, not by a plugin.

    Qt's own BMP reader rejects headers over 16,384² as unreadable; reading the numbers
    ourselves lets the agent hear "too large" rather than "damaged" for such bombs, and
    keeps the pixel budget independent of what each image plugin happens to check.
    """
    if image_format == "png" and len(head) >= 24 and head[12:16] == b"IHDR":
        return struct.unpack(">II", head[16:24])
    if image_format == "bmp" and len(head) >= 26:
        (info_size,) = struct.unpack("<I", head[14:18])
        if info_size == 12:  # OS/2 BITMAPCOREHEADER: 16-bit sizes
            return struct.unpack("<HH", head[18:22])
        width, height = struct.unpack("<ii", head[18:26])
        return abs(width), abs(height)  # negative height: rows stored top-down
    return None


def checked_reader(path: Path) -> QImageReader:
    """A reader for a received image whose header passed every check, or PreviewUnavailable.

    The format is decided from the content; it must be JPEG, PNG or BMP and match the file
    name's extension (as the file policy requires). Size limits are checked on the header.
    """
    head, _ = read_head(path)
    extension = path.suffix.lower().lstrip(".")
    expected = EXPECTED_FORMAT.get(extension)
    reader = QImageReader(str(path))
    reader.setDecideFormatFromContent(True)
    reader.setAutoTransform(True)  # phone photos carry their rotation in EXIF
    found = bytes(reader.format().data()).decode("ascii", "replace").lower()
    if expected is not None and found != expected:
        raise not_what_it_says(FORMAT_NAMES[expected], head)
    if found not in FORMAT_NAMES:
        raise not_what_it_says(QT_TRANSLATE_NOOP("Previews", "a JPEG, PNG or BMP image"), head)

    size = reader.size()  # reads the header only
    declared = declared_dimensions(found, head)
    if declared is not None:
        width, height = declared
    elif size.isValid():
        width, height = size.width(), size.height()
    else:
        width = height = 0
    if width * height == 0:
        raise PreviewUnavailable(QCoreApplication.translate("Previews", DAMAGED))
    needed_mb = width * height * _bytes_per_pixel(reader.imageFormat()) / (1024 * 1024)
    if width * height > MAX_PIXELS or needed_mb > MAX_DECODE_MB:
        raise PreviewUnavailable(
            QCoreApplication.translate("Previews", "The image is {0} × {1} pixels, too large to preview safely.")
            .format(f"{width:,}", f"{height:,}"),
            suspicious=True)
    if not size.isValid() or size.isEmpty():
        raise PreviewUnavailable(QCoreApplication.translate("Previews", DAMAGED))
    return reader


def _decode(reader: QImageReader) -> QImage:
    with allocation_limit(MAX_DECODE_MB):
        image = reader.read()
    if image.isNull():
        raise PreviewUnavailable(QCoreApplication.translate("Previews", DAMAGED))
    return image


def read_image(path: Path) -> QImage:
    """Decode a received image, or raise PreviewUnavailable saying why not."""
    return _decode(checked_reader(path))


def read_thumbnail(path: Path, side: int) -> QImage:
    """A small copy for the thread, decoded at that size (JPEG decodes scaled, cheaply)."""
    reader = checked_reader(path)
    size = reader.size()
    reader.setScaledSize(size.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio))
    return _decode(reader)


class ImageCanvas(QWidget):
    """Paints the image at a zoom factor; only the exposed part is scaled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.zoom = 1.0
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_image(self, image: QImage) -> None:
        self.image = image
        self.set_zoom(self.zoom)

    def set_zoom(self, zoom: float) -> None:
        self.zoom = zoom
        if self.image.isNull():
            self.setFixedSize(0, 0)
        else:
            self.setFixedSize(max(1, math.ceil(self.image.width() * zoom)),
                              max(1, math.ceil(self.image.height() * zoom)))
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        target = QRectF(event.rect())
        painter.fillRect(target, QColor("white"))  # under transparent PNGs
        if self.image.isNull():
            return
        if self.zoom < 4:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        source = QRectF(target.x() / self.zoom, target.y() / self.zoom,
                        target.width() / self.zoom, target.height() / self.zoom)
        painter.drawImage(target, self.image, source)


class ImagePreview(PreviewWidget):
    """An image with zoom in/out, actual size and fit to window (also Ctrl+wheel).

    Until the agent zooms, the image is shrunk to fit the window (never enlarged).
    """

    kind = "image"

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(path, parent)
        self._fit = True
        self.canvas = ImageCanvas()
        self.scroll_area = QScrollArea(self.body)
        self.scroll_area.setObjectName("imageScrollArea")
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setStyleSheet("QScrollArea#imageScrollArea{background:#5f6368;border:0;}")
        self.scroll_area.viewport().setStyleSheet("background:#5f6368;")
        self.scroll_area.viewport().installEventFilter(self)
        self.body_layout.addWidget(self.scroll_area)

        self.zoom_out_action = self.add_action(
            QAction("−", self, shortcut=QKeySequence.StandardKey.ZoomOut, toolTip=self.tr("Zoom out"),
                    triggered=self.zoom_out))
        self.zoom_label = QLabel("100%")
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.toolbar.addWidget(self.zoom_label)
        self.zoom_in_action = self.add_action(
            QAction("+", self, shortcut=QKeySequence.StandardKey.ZoomIn, toolTip=self.tr("Zoom in"),
                    triggered=self.zoom_in))
        self.fit_action = self.add_action(
            QAction(self.tr("Fit"), self, shortcut=QKeySequence("Ctrl+0"),
                    toolTip=self.tr("Fit to window (Ctrl+0)"), triggered=self.fit_to_window))
        self.actual_size_action = self.add_action(
            QAction("1:1", self, shortcut=QKeySequence("Ctrl+1"),
                    toolTip=self.tr("Actual size (Ctrl+1)"), triggered=self.actual_size))
        self.size_label = QLabel()
        self.size_label.setObjectName("imageSizeLabel")
        self.size_label.setStyleSheet("color:#555;padding:0 8px;")
        self.toolbar.addWidget(self.size_label)

    # -- what tests and callers read -----------------------------------------------------

    @property
    def image_size(self) -> QSize:
        """The decoded image's size in pixels (after EXIF rotation); empty if not shown."""
        return self.canvas.image.size()

    @property
    def zoom(self) -> float:
        return self.canvas.zoom

    @property
    def is_fit(self) -> bool:
        return self._fit

    # -- loading -------------------------------------------------------------------------

    def load(self) -> None:
        image = read_image(self.path)
        self.canvas.set_image(image)
        self.size_label.setText(f"{image.width():,} × {image.height():,} px")
        self._apply_fit()

    def release(self) -> None:
        self.canvas.image = QImage()

    # -- zoom ----------------------------------------------------------------------------

    def set_zoom(self, zoom: float, anchor: QPoint | None = None) -> None:
        """Zoom to `zoom` (1.0 = actual pixels), keeping `anchor` (viewport point) still."""
        if self.canvas.image.isNull():
            return
        zoom = min(MAX_ZOOM, max(self._min_zoom(), zoom))
        viewport = self.scroll_area.viewport()
        if anchor is None:
            anchor = viewport.rect().center()
        hbar, vbar = self.scroll_area.horizontalScrollBar(), self.scroll_area.verticalScrollBar()
        canvas_point = self.canvas.mapFrom(viewport, anchor)
        image_point = QPointF(canvas_point) / self.canvas.zoom
        self.canvas.set_zoom(zoom)
        self.scroll_area.widget().adjustSize()
        hbar.setValue(round(image_point.x() * zoom - anchor.x()))
        vbar.setValue(round(image_point.y() * zoom - anchor.y()))
        self.zoom_label.setText(f"{zoom * 100:.0f}%")

    def zoom_in(self) -> None:
        self._fit = False
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._fit = False
        self.set_zoom(self.zoom / ZOOM_STEP)

    def actual_size(self) -> None:
        self._fit = False
        self.set_zoom(1.0)

    def fit_to_window(self) -> None:
        self._fit = True
        self._apply_fit()

    def _fit_zoom(self) -> float:
        image = self.canvas.image
        area = self.scroll_area.viewport().size()
        if image.isNull() or area.isEmpty():
            return 1.0
        return min(1.0, area.width() / image.width(), area.height() / image.height())

    def _min_zoom(self) -> float:
        image = self.canvas.image
        # never smaller than 16 px on the long side, so there is always something to see
        return max(MIN_ZOOM, min(1.0, 16 / max(image.width(), image.height(), 1)))

    def _apply_fit(self) -> None:
        if self._fit:
            self.set_zoom(self._fit_zoom())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self.scroll_area.viewport():
            if event.type() == QEvent.Type.Resize:
                self._apply_fit()
            elif (event.type() == QEvent.Type.Wheel
                  and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
                steps = event.angleDelta().y() / 120
                if steps:
                    self._fit = False
                    self.set_zoom(self.zoom * ZOOM_STEP ** steps, event.position().toPoint())
                return True
        return super().eventFilter(watched, event)


__all__ = ["ImagePreview", "read_image", "read_thumbnail", "MAX_PIXELS", "MAX_DECODE_MB"]
