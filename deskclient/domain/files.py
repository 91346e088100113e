"""The file policy of PRODUCT.md §8: which files the desk keeps, checked twice.

First by the name and declared size (before a byte is downloaded), then by the content
itself, so that an executable called `factura.pdf` is refused all the same.

A static sticker's image is no file of the citizen's: it stands for an emoji, so the
desk's accepted types and size do not apply and it is never refused. It is kept only
when it is what Telegram allows a sticker to be (WebP, at most 512 KB), to be drawn in
the thread; anything else is let go quietly and the emoji stands alone.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass
from pathlib import PurePosixPath


class FileKind(str, enum.Enum):
    PDF = "pdf"
    IMAGE = "image"
    XML = "xml"
    AUDIO = "audio"
    VIDEO = "video"
    OTHER = "other"
    STICKER = "sticker"  # a static sticker's WebP image, drawn in the thread


STICKER_MAX_BYTES = 512 * 1024  # Telegram's limit for a static sticker


# extension -> (kind, content type as sniffed)
_TYPES: dict[str, tuple[FileKind, str]] = {
    "pdf": (FileKind.PDF, "pdf"),
    "jpg": (FileKind.IMAGE, "jpeg"),
    "jpeg": (FileKind.IMAGE, "jpeg"),
    "png": (FileKind.IMAGE, "png"),
    "bmp": (FileKind.IMAGE, "bmp"),
    "xml": (FileKind.XML, "xml"),
    "oga": (FileKind.AUDIO, "ogg"),
    "ogg": (FileKind.AUDIO, "ogg"),
    "mp4": (FileKind.VIDEO, "mp4"),
}

# Telegram voice notes and photos often come without a file name.
_MIME_EXTENSIONS = {
    "application/pdf": "pdf",
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/bmp": "bmp",
    "application/xml": "xml",
    "text/xml": "xml",
    "audio/ogg": "oga",
    "video/mp4": "mp4",
}


def sniff(head: bytes) -> str | None:
    """The content type from a file's first bytes (at least 512 are best), or None."""
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"BM") and len(head) >= 26:
        return "bmp"
    if len(head) >= 12 and head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "webp"
    if head.startswith(b"OggS"):
        return "ogg"
    if len(head) >= 12 and head[4:8] == b"ftyp":
        return "mp4"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(b"MZ") or head.startswith(b"\x7fELF"):
        return "executable"
    text = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if text.startswith(b"<?xml") or (text.startswith(b"<") and b"\x00" not in text):
        return "xml"
    return None


_UNSAFE = re.compile(r"[^\w.\- ()]+", re.UNICODE)


def sanitize_file_name(name: str, fallback_extension: str = "bin") -> str:
    """A name that is safe on every file system: no directories, controls or dot tricks."""
    name = unicodedata.normalize("NFC", name or "")
    name = name.replace("\\", "/")
    name = PurePosixPath(name).name
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = _UNSAFE.sub("_", name).strip(" .")
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    stem = stem[:100] or "file"
    ext = ext[:10].lower() or fallback_extension
    return f"{stem}.{ext}"


@dataclass(frozen=True)
class Verdict:
    accepted: bool
    kind: FileKind
    extension: str
    reason: str = ""  # why it was refused, for the agent and the audit trail


@dataclass(frozen=True)
class FilePolicy:
    accepted_extensions: frozenset[str]
    max_bytes: int

    def extension_of(self, name: str, mime: str) -> str:
        ext = PurePosixPath(name or "").suffix.lower().lstrip(".")
        return ext or _MIME_EXTENSIONS.get(mime, "")

    def check_offer(self, name: str, mime: str, size: int, sticker: bool = False) -> Verdict:
        """Before downloading: type by name (or MIME type), size as declared. A sticker's
        image (`sticker`) only by its declared size; not accepted means let go, not refused."""
        if sticker:
            fits = size <= STICKER_MAX_BYTES
            return Verdict(fits, FileKind.STICKER, "webp", "" if fits else "too large for a sticker")
        ext = self.extension_of(name, mime)
        kind = _TYPES.get(ext, (FileKind.OTHER, ""))[0]
        if ext not in self.accepted_extensions or ext not in _TYPES:
            return Verdict(False, kind, ext, f"type .{ext or '?'} is not accepted")
        if size > self.max_bytes:
            return Verdict(False, kind, ext, f"{size} bytes is over the {self.max_bytes} byte limit")
        return Verdict(True, kind, ext)

    def check_content(self, offer: Verdict, head: bytes, size: int) -> Verdict:
        """After downloading: the bytes must be what the name says (a sticker's: WebP)."""
        if size == 0:
            return Verdict(False, offer.kind, offer.extension, "the file is empty")
        if size > self.limit_for(offer):
            return Verdict(False, offer.kind, offer.extension, "the file is over the size limit")
        found = sniff(head)
        expected = "webp" if offer.kind is FileKind.STICKER else _TYPES[offer.extension][1]
        if found != expected:
            return Verdict(
                False, offer.kind, offer.extension,
                f"content is {found or 'unknown'}, not {expected}",
            )
        return offer

    def limit_for(self, offer: Verdict) -> int:
        """The most bytes a download of this offer may bring."""
        return STICKER_MAX_BYTES if offer.kind is FileKind.STICKER else self.max_bytes

    def accepted_names(self) -> str:
        """`PDF, JPG, …` for the refusal message."""
        return ", ".join(ext.upper() for ext in sorted(self.accepted_extensions))
