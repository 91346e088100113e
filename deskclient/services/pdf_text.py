"""Emoji that a transcript's PDF draws and still says: a copy, a search or a screen reader
finds "🙏", not nothing.

Qt's PDF writer has two limits here. It draws an emoji from a colour font as a picture
(no text at all), and its text layer (each font's ToUnicode map) only names characters of
the Basic Multilingual Plane, where emoji mostly are not. So, for the PDF only:

1. `EmojiCodes.to_private(text)` puts, for each emoji sequence the shipped monochrome
   Noto Emoji draws, a Private Use code point that font maps to its own glyph
   (resources/fonts/emoji-pua.tsv, made by packaging/fonts.py). A Private Use character is
   no emoji to Qt: it is drawn from the fonts in order, as outlines.
2. `EmojiCodes.restore(pdf)` then maps those code points back to the emoji in every
   ToUnicode map, and Arabic presentation forms (what Qt names shaped Arabic glyphs by)
   back to the letters (a ligature keeps its one character, which NFKC spells out), in
   an incremental update appended to the file (PDF 1.4, 3.4.5): the bytes Qt wrote stay
   as they are.

No Qt here: plain text and bytes.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from functools import lru_cache
from pathlib import Path

from ..resources import resources_dir

PRIVATE_USE = ("\ue000", "\uf8ff")
_ARABIC_FORMS = (("\ufb50", "\ufdff"), ("\ufe70", "\ufeff"))
_REPLACEMENT = "\ufffd"


def _private(ch: str) -> bool:
    return PRIVATE_USE[0] <= ch <= PRIVATE_USE[1]


class EmojiCodes:
    """The emoji sequences the shipped emoji font draws, each with its Private Use code."""

    def __init__(self, table: Path) -> None:
        self.codes: dict[str, str] = {}
        self.texts: dict[str, str] = {}
        for line in table.read_text(encoding="ascii").splitlines():
            if not line or line.startswith("#"):
                continue
            code, sequence = line.split("\t")
            text = "".join(chr(int(c, 16)) for c in sequence.split())
            self.codes[text] = chr(int(code, 16))
            self.texts[chr(int(code, 16))] = text
        # The lengths of the sequences each first character starts, longest first; a
        # search jumps from one such character (or a Private Use one) to the next.
        lengths: dict[str, set[int]] = {}
        for text in self.codes:
            lengths.setdefault(text[0], set()).add(len(text))
        self.lengths = {ch: sorted(found, reverse=True) for ch, found in lengths.items()}
        # A digit, # or * starts only a keycap (1️⃣): matched whole, so that the digits of
        # dates and numbers cost nothing.
        keycaps = "".join(re.escape(ch) for ch in sorted(self.lengths) if ch.isascii())
        starts = _ranges(sorted(ord(ch) for ch in self.lengths if not ch.isascii()))
        self._next = re.compile(f"[{keycaps}]\ufe0f?\u20e3|[{starts}{PRIVATE_USE[0]}-{PRIVATE_USE[1]}]")

    def to_private(self, text: str) -> str:
        """`text` with each emoji sequence as its Private Use code (longest first); a
        Private Use character the citizen sent (no font of ours means it) becomes U+FFFD."""
        out: list[str] = []
        pos = 0
        while (found := self._next.search(text, pos)) is not None:
            i = found.start()
            out.append(text[pos:i])
            if found.end() - i > 1:  # a keycap
                out.append(self.codes.get(found.group(), found.group()))
                pos = found.end()
                continue
            ch = text[i]
            pos = i + 1
            for length in self.lengths.get(ch, ()):
                code = self.codes.get(text[i:i + length])
                if code is not None:
                    out.append(code)
                    pos = i + length
                    break
            else:
                out.append(_REPLACEMENT if _private(ch) and ch not in self.lengths else ch)
        out.append(text[pos:])
        return "".join(out)

    def _spoken(self, dst: str) -> str:
        parts = []
        for ch in dst:
            if _private(ch):
                parts.append(self.texts.get(ch, ch))
            elif any(lo <= ch <= hi for lo, hi in _ARABIC_FORMS):
                letter = unicodedata.normalize("NFKC", ch)
                # A ligature (lam-alef) stays one character: readers reverse the letters
                # of a right-to-left glyph's text, and would spell it backwards.
                parts.append(letter if len(letter) == 1 else ch)
            else:
                parts.append(ch)
        return "".join(parts)

    def restore(self, pdf: bytes) -> bytes:
        """The PDF with its text layer naming the emoji and Arabic letters drawn; the same
        bytes when there is nothing to change."""
        try:
            document = _Pdf(pdf)
        except ValueError:
            return pdf  # not the shape Qt writes: leave it be
        changed: dict[int, bytes] = {}
        for number in sorted(set(int(n) for n in re.findall(rb"/ToUnicode\s+(\d+)\s+0\s+R", pdf))):
            cmap = document.stream(number)
            if cmap is None:
                continue
            mapping = _parse_cmap(cmap)
            spoken = {cid: self._spoken(dst) for cid, dst in mapping.items()}
            if spoken != mapping:
                changed[number] = _write_cmap(spoken)
        return document.updated(changed) if changed else pdf


def _ranges(codes: list[int], gap: int = 32) -> str:
    """A regex class body covering `codes` in few ranges (a few neighbours too, checked
    after): a class of a thousand characters beyond the BMP makes every search slow."""
    parts: list[list[int]] = []
    for code in codes:
        if parts and code - parts[-1][1] <= gap:
            parts[-1][1] = code
        else:
            parts.append([code, code])
    return "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in parts)


@lru_cache(maxsize=1)
def emoji_codes() -> EmojiCodes:
    return EmojiCodes(resources_dir() / "fonts" / "emoji-pua.tsv")


# -- a ToUnicode CMap ------------------------------------------------------------------

_HEX = rb"<([0-9A-Fa-f]+)>"


def _utf16(hexdigits: bytes) -> str:
    return bytes.fromhex(hexdigits.decode()).decode("utf-16-be", errors="replace")


def _parse_cmap(data: bytes) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, array, start in re.findall(
                rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:\[((?:\s*<[0-9A-Fa-f]*>)*)\s*\]|<([0-9A-Fa-f]+)>)",
                block):
            first, last = int(lo, 16), int(hi, 16)
            if array:
                for offset, dst in enumerate(re.findall(_HEX, array)):
                    mapping[first + offset] = _utf16(dst)
            else:
                base = _utf16(start)
                for offset in range(last - first + 1):  # the last UTF-16 unit counts up
                    mapping[first + offset] = base[:-1] + chr(ord(base[-1]) + offset) if base else ""
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            mapping[int(src, 16)] = _utf16(dst)
    return mapping


def _write_cmap(mapping: dict[int, str]) -> bytes:
    lines = [b"/CIDInit /ProcSet findresource begin", b"12 dict begin", b"begincmap",
             b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             b"/CMapName /Adobe-Identity-UCS def", b"/CMapType 2 def",
             b"1 begincodespacerange", b"<0000> <FFFF>", b"endcodespacerange"]
    items = sorted(mapping.items())
    for start in range(0, len(items), 100):  # at most 100 entries a block
        chunk = items[start:start + 100]
        lines.append(b"%d beginbfchar" % len(chunk))
        lines.extend(b"<%04X> <%s>" % (cid, text.encode("utf-16-be").hex().upper().encode())
                     for cid, text in chunk)
        lines.append(b"endbfchar")
    lines += [b"endcmap", b"CMapName currentdict /CMap defineresource pop", b"end", b"end"]
    return b"\n".join(lines) + b"\n"


# -- just enough of a PDF file ---------------------------------------------------------

class _Pdf:
    """A PDF with a classic cross-reference table (what QPdfWriter writes)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        found = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data[-1024:])
        if not found:
            raise ValueError("no startxref")
        self.xref_at = int(found.group(1))
        if data[self.xref_at:self.xref_at + 4] != b"xref":
            raise ValueError("no classic xref table")
        trailer_at = data.find(b"trailer", self.xref_at)
        self.offsets: dict[int, int] = {}
        pos = self.xref_at + 4
        for first, count, entries in re.findall(rb"(\d+) (\d+)\s*\n((?:\d{10} \d{5} [nf]\s*\n?)*)",
                                                data[pos:trailer_at]):
            for index, entry in enumerate(re.findall(rb"(\d{10}) \d{5} ([nf])", entries)):
                if entry[1] == b"n":
                    self.offsets[int(first) + index] = int(entry[0])
        trailer = data[trailer_at:data.find(b"startxref", trailer_at)]
        size = re.search(rb"/Size\s+(\d+)", trailer)
        if size is None:
            raise ValueError("no trailer")
        self.size = int(size.group(1))
        self.trailer_keys = b"".join(m.group(0) + b"\n" for m in re.finditer(
            rb"/(?:Root|Info)\s+\d+\s+\d+\s+R|/ID\s*\[[^\]]*\]", trailer))

    def _object(self, number: int) -> bytes | None:
        at = self.offsets.get(number)
        if at is None or not self.data.startswith(b"%d 0 obj" % number, at):
            return None
        return self.data[at:self.data.find(b"endobj", at)]

    def stream(self, number: int) -> bytes | None:
        body = self._object(number)
        if body is None or b"stream" not in body:
            return None
        head, _, _ = body.partition(b"stream")
        length = re.search(rb"/Length\s+(\d+)(\s+0\s+R)?", head)
        if length is None:
            return None
        size = int(length.group(1))
        if length.group(2):
            held = self._object(size)
            found = re.search(rb"obj\s+(\d+)", held or b"")
            if found is None:
                return None
            size = int(found.group(1))
        start = self.offsets[number] + body.index(b"stream") + len(b"stream")
        start += 2 if self.data[start:start + 2] == b"\r\n" else 1
        raw = self.data[start:start + size]
        if b"/FlateDecode" in head:
            raw = zlib.decompress(raw)
        return raw

    def updated(self, streams: dict[int, bytes]) -> bytes:
        """The file plus an incremental update replacing these objects' streams."""
        out = bytearray(self.data)
        if not out.endswith(b"\n"):
            out += b"\n"
        offsets = {}
        for number, content in sorted(streams.items()):
            packed = zlib.compress(content)
            offsets[number] = len(out)
            out += b"%d 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n" % (number, len(packed))
            out += packed + b"\nendstream\nendobj\n"
        xref_at = len(out)
        out += b"xref\n"
        for number, offset in offsets.items():
            out += b"%d 1\n%010d 00000 n \n" % (number, offset)
        out += b"trailer\n<<\n/Size %d\n%s/Prev %d\n>>\nstartxref\n%d\n%%%%EOF\n" % (
            self.size, self.trailer_keys, self.xref_at, xref_at)
        return bytes(out)
