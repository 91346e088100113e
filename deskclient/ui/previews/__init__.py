"""Previews of the files citizens send: PDF, images, XML, voice notes, video.

`open_preview(path, kind)` returns a `PreviewWidget` for the file; every preview has
Save as… and Open with…, and a file that cannot be shown gets one plain sentence in
`PreviewWidget.error` (and on screen) instead of an exception. Pure Qt: no network, no
database. Decoding happens on the GUI thread only after size limits are checked, so it is
bounded; audio and video load asynchronously in QMediaPlayer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from .base import OtherPreview, PreviewUnavailable, PreviewWidget, format_size
from .image import MAX_PIXELS, ImagePreview
from .media import AudioPreview, MediaPreview, VideoPreview
from .pdf import PdfPreview
from .xml_preview import XmlPreview

PREVIEWS: dict[str, type[PreviewWidget]] = {
    "pdf": PdfPreview,
    "image": ImagePreview,
    "sticker": ImagePreview,  # a static sticker's WebP
    "xml": XmlPreview,
    "audio": AudioPreview,
    "video": VideoPreview,
    "other": OtherPreview,
}


def open_preview(path: Path, kind: str, parent: QWidget | None = None,
                 name: str | None = None) -> PreviewWidget:
    """A preview of `path` as a file of `kind` (a FileKind value; unknown kinds: "other"),
    headed by `name` (the file's name as sent; default: the name on disk).

    Never raises for a bad file: check `error` on the result. The kind comes from the file
    policy; the content is checked again here against it.
    """
    kind = getattr(kind, "value", kind)
    preview = PREVIEWS.get(str(kind), OtherPreview)(Path(path), parent)
    if name:
        preview.show_name(name)
    preview.start()
    return preview


__all__ = [
    "AudioPreview", "ImagePreview", "MAX_PIXELS", "MediaPreview", "OtherPreview", "PdfPreview",
    "PreviewUnavailable", "PreviewWidget", "VideoPreview", "XmlPreview", "format_size",
    "open_preview",
]
