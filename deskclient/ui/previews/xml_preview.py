"""XML previews: pretty-printed, coloured, read-only, and safe (see xml_text.py)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QFont, QFontDatabase, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ...domain.files import sniff
from ..formats import number
from .base import (
    LOOKS_LIKE, PreviewUnavailable, PreviewWidget, format_size, not_what_it_says, read_head,
)
from .xml_text import XmlText, read_xml

_TAG = re.compile(r"<[^>]*>?")
_TAG_NAME = re.compile(r"^</?\s*([\w:.\-]+)")
_ATTRIBUTE = re.compile(r"""([\w:.\-]+)\s*=\s*("[^"]*"?|'[^']*'?)""")
_ENTITY = re.compile(r"&[#\w.\-]+;")

_IN_COMMENT = 1


def _format(color: str, *, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    text_format = QTextCharFormat()
    text_format.setForeground(QColor(color))
    if bold:
        text_format.setFontWeight(QFont.Weight.DemiBold)
    text_format.setFontItalic(italic)
    return text_format


class XmlHighlighter(QSyntaxHighlighter):
    """Tags, attribute names, attribute values, comments, declarations and entity refs."""

    def __init__(self, document) -> None:
        super().__init__(document)
        self.bracket = _format("#5e6c84")
        self.tag = _format("#1a5fb4", bold=True)
        self.attribute = _format("#9c4f00")
        self.value = _format("#1e7b34")
        self.comment = _format("#7a7a7a", italic=True)
        self.declaration = _format("#813d9c")
        self.entity = _format("#c01c28")

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        start = 0
        if self.previousBlockState() == _IN_COMMENT:
            end = text.find("-->")
            if end < 0:
                self.setFormat(0, len(text), self.comment)
                self.setCurrentBlockState(_IN_COMMENT)
                return
            self.setFormat(0, end + 3, self.comment)
            start = end + 3
        self.setCurrentBlockState(0)
        for entity in _ENTITY.finditer(text, start):
            self.setFormat(entity.start(), entity.end() - entity.start(), self.entity)
        for match in _TAG.finditer(text, start):
            tag, offset = match.group(), match.start()
            if tag.startswith("<!--"):
                end = text.find("-->", offset + 4)
                if end < 0:
                    self.setFormat(offset, len(text) - offset, self.comment)
                    self.setCurrentBlockState(_IN_COMMENT)
                    return
                self.setFormat(offset, end + 3 - offset, self.comment)
                continue
            if tag.startswith(("<?", "<!")):
                self.setFormat(offset, len(tag), self.declaration)
                continue
            self.setFormat(offset, len(tag), self.bracket)
            name = _TAG_NAME.match(tag)
            if name:
                self.setFormat(offset + name.start(1), len(name.group(1)), self.tag)
            for attribute in _ATTRIBUTE.finditer(tag):
                self.setFormat(offset + attribute.start(1), len(attribute.group(1)),
                               self.attribute)
                self.setFormat(offset + attribute.start(2), len(attribute.group(2)), self.value)


class XmlPreview(PreviewWidget):
    """Read-only XML, indented and coloured; a long file is cut with a notice saying so."""

    kind = "xml"

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(path, parent)
        self.result: XmlText | None = None
        self.editor = QPlainTextEdit(self.body)
        self.editor.setObjectName("xmlText")
        self.editor.setReadOnly(True)
        self.editor.setUndoRedoEnabled(False)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.editor.setStyleSheet("QPlainTextEdit{background:#fbfbfb;border:0;}")
        self.editor.document().setDocumentMargin(8)
        self.highlighter = XmlHighlighter(self.editor.document())
        self.body_layout.addWidget(self.editor)

    @property
    def text(self) -> str:
        """What the agent sees: the pretty-printed XML, or the raw text if not well-formed."""
        return self.editor.toPlainText()

    @property
    def pretty_text(self) -> str:
        """The pretty-printed XML; empty when the file could not be formatted."""
        return self.result.text if self.result and self.result.pretty else ""

    def load(self) -> None:
        head, _ = read_head(self.path)
        found = sniff(head)
        utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff"))
        if (found in LOOKS_LIKE and found != "xml") or (b"\x00" in head and not utf16):
            raise not_what_it_says(QT_TRANSLATE_NOOP("Previews", "an XML document"), head)
        try:
            result = read_xml(self.path)
        except OSError as exc:
            raise PreviewUnavailable(
                QCoreApplication.translate("Previews", "The file is missing or cannot be read.")) from exc
        if result.refused:
            raise PreviewUnavailable(self.tr(
                "This XML file declares its own entities, a feature used to attack XML "
                "readers, so it is not shown."), suspicious=True)
        self.result = result
        if not result.pretty:
            self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.editor.setPlainText(result.text)

        notices = []
        if result.problem:
            notices.append(self.tr("This XML is not well-formed ({0}), so it is shown as it arrived.")
                           .format(result.problem))
        if result.truncated:
            notices.append(self.tr("Showing the first {0} of {1} ({2} lines).").format(
                format_size(result.shown_bytes), format_size(result.total_bytes), number(result.line_count)))
        if notices:
            self.show_notice(" ".join(notices))
