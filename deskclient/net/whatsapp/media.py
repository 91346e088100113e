"""An agent's file as the Cloud API takes it: a type /media accepts, sent as the message
kind whose size cap it fits, or refused before any upload with a plain sentence.

Meta's /media takes only these types (anything else: error 100 "Param file must be a
file with one of the following types…"), and caps each kind of message: images 5 MB,
audio and video 16 MB, documents 100 MB (webp only as a sticker, which an agent's file
is not). The desk's own accepted formats (seed 002) include BMP and XML, which an agent
may well send back, so:
- a BMP, GIF, TIFF or WebP image goes as PNG (converted with Qt's QImage, the desk's
  own dependency: no imaging library added), named .png;
- XML (SVG too), CSV, JSON and any other text goes as a text/plain document under its own name
  (the citizen's phone opens it by its extension);
- an image over 5 MB, or audio or video over 16 MB, goes as a document (up to 100 MB);
- audio with words goes as a document (an audio message takes no caption).
The type is the content's where the first bytes say it plainly (a PNG called .jpg goes
as image/png), else the name's.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ...domain.files import sniff
from ...errors import sentence
from ..gateway import Undeliverable

MB = 1024 * 1024
IMAGE_TYPES = ("image/jpeg", "image/png")
AUDIO_TYPES = ("audio/aac", "audio/mp4", "audio/mpeg", "audio/amr", "audio/ogg", "audio/opus")
VIDEO_TYPES = ("video/mp4", "video/3gpp")
DOCUMENT_TYPES = (
    "text/plain", "application/pdf", "application/msword",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.ms-powerpoint", "application/vnd.openxmlformats-officedocument.presentationml.presentation")
STICKER_TYPES = ("image/webp",)
UPLOAD_TYPES = AUDIO_TYPES + DOCUMENT_TYPES + IMAGE_TYPES + STICKER_TYPES + VIDEO_TYPES  # /media's, in Meta's words
KIND_CAPS = {"image": 5 * MB, "audio": 16 * MB, "video": 16 * MB, "document": 100 * MB, "sticker": 500 * 1024}
CONVERTED = ("image/bmp", "image/gif", "image/tiff", "image/webp")  # readable by QImage: sent as PNG
TEXT_TYPES = ("application/xml", "application/json")  # besides text/*: sent as text/plain
# What the first bytes say plainly; the rest (an MP4's "ftyp" is also M4A's and 3GP's) by name.
_SNIFFED = {"pdf": "application/pdf", "jpeg": "image/jpeg", "png": "image/png", "bmp": "image/bmp",
            "webp": "image/webp"}
_RENAMED = {"audio/3gpp": "video/3gpp"}  # mimetypes' word for .3gp; Meta takes it as video

UNSUPPORTED = sentence("WhatsApp does not take this kind of file: send it as PDF, JPEG or PNG, "
                       "plain text, an Office document, MP4 or MP3")
TOO_BIG = sentence("the file is too big for WhatsApp (100 MB at most)")
UNREADABLE_IMAGE = sentence("the image could not be read to convert it for WhatsApp")


@dataclass(frozen=True)
class OutgoingFile:
    kind: str  # the message type: image, audio, video or document
    mime: str  # the type uploaded: one of UPLOAD_TYPES
    name: str  # the document's file name (a converted image's ends in .png)
    data: bytes


def type_of(data: bytes, name: str) -> str:
    sniffed = _SNIFFED.get(sniff(data[:512]) or "")
    mime = (sniffed or mimetypes.guess_type(name)[0] or "application/octet-stream").lower()
    return _RENAMED.get(mime, mime)


def read_outgoing(path: Path, name: str, caption: str) -> OutgoingFile:
    """The file at `path` as it goes (outgoing_file); run off the loop: reading and
    converting take a while."""
    try:
        data = path.read_bytes()
    except OSError:
        raise Undeliverable(sentence("the file to send is no longer on disk")) from None
    return outgoing_file(data, name, caption)


def outgoing_file(data: bytes, name: str, caption: str) -> OutgoingFile:
    """How `data` (named `name`) goes to WhatsApp; Undeliverable with the agent's sentence
    when it cannot go in any form."""
    mime = type_of(data, name)
    if mime in CONVERTED:
        data, mime, name = _as_png(data), "image/png", str(PurePosixPath(name).with_suffix(".png"))
    elif mime.startswith("text/") or mime in TEXT_TYPES or mime.endswith("+xml"):
        mime = "text/plain"
    if mime in IMAGE_TYPES:
        kind = "image"
    elif mime in VIDEO_TYPES:
        kind = "video"
    elif mime in AUDIO_TYPES:
        kind = "document" if caption else "audio"
    elif mime in DOCUMENT_TYPES:
        kind = "document"
    else:
        raise Undeliverable(UNSUPPORTED)
    if len(data) > KIND_CAPS[kind]:
        kind = "document"
    if len(data) > KIND_CAPS["document"]:
        raise Undeliverable(TOO_BIG)
    return OutgoingFile(kind, mime, name, data)


def _as_png(data: bytes) -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QImage
    image = QImage.fromData(data)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if image.isNull() or not image.save(buffer, "PNG"):
        raise Undeliverable(UNREADABLE_IMAGE)
    return bytes(buffer.data())
