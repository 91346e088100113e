"""Pretty-printing received XML, safely and within bounds. Plain Python, no Qt.

Expat reads the bytes as a stream and a small writer indents what it reports. Nothing is
ever expanded or fetched: a document that declares entities (the "billion laughs" and
external-entity attacks both need a declaration) is refused outright, parameter entities
and external DTDs are never read, and any external reference aborts the parse. Input is
cut at MAX_INPUT_BYTES and output at MAX_LINES, so the work is bounded whatever the file.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path
from xml.parsers import expat

MAX_INPUT_BYTES = 2 * 1024 * 1024
MAX_LINES = 20_000
MAX_LINE_CHARS = 4_000  # longer text is split over several lines (the editor stays fast)
INDENT = "  "
FEED_CHUNK = 64 * 1024


class XmlRefused(Exception):
    """The document uses a feature that could attack the viewer (entities, external refs)."""


class _OutputFull(Exception):
    """MAX_LINES reached: stop parsing, keep what was written."""


@dataclass(frozen=True)
class XmlText:
    """What to show for one XML file.

    `text` is pretty-printed when `pretty`, else the raw text as it arrived. `problem` says
    why it is raw (not well-formed), `refused` why nothing should be shown (entities).
    """

    text: str
    pretty: bool
    total_bytes: int
    shown_bytes: int
    line_count: int
    truncated: bool
    problem: str = ""
    refused: str = ""


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escape_attribute(value: str) -> str:
    return (_escape_text(value).replace('"', "&quot;")
            .replace("\n", "&#10;").replace("\t", "&#9;").replace("\r", "&#13;"))


def _split_long(line: str) -> list[str]:
    return [line[i:i + MAX_LINE_CHARS] for i in range(0, len(line), MAX_LINE_CHARS)] or [""]


class _PrettyWriter:
    """Expat handlers that write one indented line per tag, text or comment.

    An element holding only text stays on one line: `<Town>Barcelona</Town>`. Whitespace
    between tags is dropped (it is what the indentation replaces); other text is kept.
    """

    def __init__(self, max_lines: int) -> None:
        self.lines: list[str] = []
        self.max_lines = max_lines
        self.depth = 0
        self.pending: str | None = None  # start tag not written yet: children or text only?
        self.text: list[str] = []  # escaped character data since the last tag

    def attach(self, parser) -> None:
        parser.buffer_text = True
        parser.ordered_attributes = True
        parser.specified_attributes = True  # no defaults injected from a DTD
        parser.XmlDeclHandler = self.xml_declaration
        parser.StartDoctypeDeclHandler = self.doctype
        parser.EntityDeclHandler = self.refuse_entity
        parser.UnparsedEntityDeclHandler = self.refuse_entity
        parser.ExternalEntityRefHandler = self.refuse_external
        parser.SkippedEntityHandler = self.skipped_entity
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.characters
        parser.CommentHandler = self.comment
        parser.ProcessingInstructionHandler = self.instruction
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.UseForeignDTD(False)

    # -- output --------------------------------------------------------------------------

    def write(self, line: str, depth: int | None = None) -> None:
        prefix = INDENT * (self.depth if depth is None else depth)
        for part in _split_long(line):
            if len(self.lines) >= self.max_lines:
                raise _OutputFull
            self.lines.append(prefix + part)

    def write_text_lines(self, text: str) -> None:
        for line in text.splitlines():
            if line.strip():
                self.write(line.strip())

    def flush(self) -> None:
        """Before a child node: the pending start tag gets its own line, then any text."""
        if self.pending is not None:
            self.write(f"{self.pending}>")
            self.pending = None
            self.depth += 1
        text = "".join(self.text).strip()
        self.text = []
        if text:
            self.write_text_lines(text)

    # -- expat handlers ------------------------------------------------------------------

    def xml_declaration(self, version, encoding, standalone) -> None:
        parts = [f'version="{version or "1.0"}"']
        if encoding:
            parts.append(f'encoding="{encoding}"')
        if standalone != -1:
            parts.append(f'standalone="{"yes" if standalone else "no"}"')
        self.write(f"<?xml {' '.join(parts)}?>")

    def doctype(self, name, system_id, public_id, has_internal_subset) -> None:
        self.flush()
        line = f"<!DOCTYPE {name}"
        if public_id:
            line += f' PUBLIC "{public_id}" "{system_id or ""}"'
        elif system_id:
            line += f' SYSTEM "{system_id}"'
        self.write(line + (" [ … ]>" if has_internal_subset else ">"))

    def refuse_entity(self, *_args) -> None:
        raise XmlRefused("entity declaration")

    def refuse_external(self, *_args) -> int:
        raise XmlRefused("external entity reference")

    def skipped_entity(self, name, is_parameter_entity) -> None:
        # declared in an external DTD we do not read: show the reference, expand nothing
        self.text.append(f"&{name};")

    def start(self, name, attributes) -> None:
        self.flush()
        pairs = zip(attributes[0::2], attributes[1::2])
        attrs = "".join(f' {key}="{_escape_attribute(value)}"' for key, value in pairs)
        self.pending = f"<{name}{attrs}"

    def end(self, name) -> None:
        text = "".join(self.text).strip()
        self.text = []
        if self.pending is not None:  # only text inside: one line
            start, self.pending = self.pending, None
            if not text:
                self.write(f"{start}/>")
            elif "\n" not in text:
                self.write(f"{start}>{text}</{name}>")
            else:
                self.write(f"{start}>")
                self.depth += 1
                self.write_text_lines(text)
                self.depth -= 1
                self.write(f"</{name}>")
            return
        if text:
            self.write_text_lines(text)
        self.depth = max(0, self.depth - 1)
        self.write(f"</{name}>")

    def characters(self, data) -> None:
        self.text.append(_escape_text(data))

    def comment(self, data) -> None:
        self.flush()
        self.write(f"<!--{data}-->")

    def instruction(self, target, data) -> None:
        self.flush()
        self.write(f"<?{target} {data}?>" if data else f"<?{target}?>")

    def finish_partial(self) -> None:
        """After a cut: write the start tag and text that were waiting, if there is room."""
        try:
            self.flush()
        except _OutputFull:
            pass


_ENCODING_DECLARATION = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


def decode_raw(data: bytes) -> str:
    """The bytes as text for showing as they arrived: BOM, then declaration, then UTF-8."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    match = _ENCODING_DECLARATION.match(data[:200].lstrip())
    encoding = "utf-8"
    if match:
        try:
            encoding = codecs.lookup(match.group(1).decode("ascii")).name
        except LookupError:
            pass
    return data.decode(encoding, errors="replace")


def _raw_text(data: bytes, max_lines: int) -> tuple[str, int, bool]:
    lines = []
    cut = False
    for line in decode_raw(data).splitlines():
        for part in _split_long(line):
            if len(lines) >= max_lines:
                cut = True
                break
            lines.append(part)
        if cut:
            break
    return "\n".join(lines), len(lines), cut


def format_xml(data: bytes, total_bytes: int | None = None, *,
               max_lines: int = MAX_LINES) -> XmlText:
    """Pretty-print `data` (at most MAX_INPUT_BYTES of a file of `total_bytes`)."""
    total = len(data) if total_bytes is None else total_bytes
    data = data[:MAX_INPUT_BYTES]
    complete = len(data) >= total
    writer = _PrettyWriter(max_lines)
    parser = expat.ParserCreate()
    writer.attach(parser)
    consumed = len(data)
    full = False
    try:
        for offset in range(0, len(data), FEED_CHUNK):
            last = complete and offset + FEED_CHUNK >= len(data)
            parser.Parse(data[offset:offset + FEED_CHUNK], last)
        if not data:
            parser.Parse(b"", True)
    except XmlRefused as exc:
        return XmlText("", False, total, 0, 0, False, refused=str(exc))
    except _OutputFull:
        full = True
        consumed = max(0, parser.CurrentByteIndex)
        writer.finish_partial()
    except expat.ExpatError as exc:
        problem = f"line {exc.lineno}, column {exc.offset + 1}: {expat.ErrorString(exc.code)}"
        text, lines, cut = _raw_text(data, max_lines)
        return XmlText(text, False, total, len(data), lines, cut or not complete, problem=problem)
    if not complete and not full:
        writer.finish_partial()
    return XmlText("\n".join(writer.lines), True, total, consumed, len(writer.lines),
                   full or not complete)


def read_xml(path: Path, *, max_lines: int = MAX_LINES) -> XmlText:
    """format_xml() on the first MAX_INPUT_BYTES of a file. Raises OSError."""
    total = path.stat().st_size
    with path.open("rb") as handle:
        data = handle.read(MAX_INPUT_BYTES)
    return format_xml(data, total, max_lines=max_lines)
