"""Text selected inside one painted bubble, as in Telegram Desktop: drag over a bubble's
words (or double-click one), Ctrl+C copies them.

The thread's bubbles are painted QTextDocuments (thread_view.BubbleDelegate), not
widgets, so the selection is kept here as (message id, start, end) in the bubble's
document, painted by the delegate through `paint_text`, and followed by an event filter
on the view's viewport. One bubble at a time: a drag that leaves the bubble keeps what
it covered in it. A press and release without a drag is left to the view (links).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from .thread_model import MessageRole

Selection = tuple[int, int, int]  # message id, anchor, position (characters in its document)


def paint_text(painter: QPainter, doc: QTextDocument, selection: Selection | None, message_id: int) -> None:
    """The bubble's document, with the selected span highlighted if it is this message's."""
    if selection is None or selection[0] != message_id or selection[1] == selection[2]:
        doc.drawContents(painter)
        return
    context = QAbstractTextDocumentLayout.PaintContext()
    highlight = QAbstractTextDocumentLayout.Selection()
    highlight.cursor = _cursor(doc, selection)
    fmt = QTextCharFormat()
    palette = QApplication.palette()
    fmt.setBackground(palette.highlight())
    fmt.setForeground(palette.highlightedText())
    highlight.format = fmt
    context.selections = [highlight]
    doc.documentLayout().draw(painter, context)


def _cursor(doc: QTextDocument, selection: Selection) -> QTextCursor:
    end = max(0, doc.characterCount() - 1)
    cursor = QTextCursor(doc)
    cursor.setPosition(min(selection[1], end))
    cursor.setPosition(min(selection[2], end), QTextCursor.MoveMode.KeepAnchor)
    return cursor


class BubbleSelection(QObject):
    """Follows the mouse over a ThreadView's bubbles and keeps the delegate's `selection`."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.delegate = view.bubbles
        self.delegate.selection = None
        self._pressed: tuple[int, int, QPointF] | None = None  # row, character, where
        self._dragged = False
        view.viewport().installEventFilter(self)

    # -- what is selected ----------------------------------------------------------------

    @property
    def selection(self) -> Selection | None:
        return self.delegate.selection

    def selected_text(self) -> str:
        """The words selected, as plain text ("" when nothing is)."""
        found = self._document_of(self.selection[0]) if self.selection else None
        if found is None or self.selection[1] == self.selection[2]:
            return ""
        return _cursor(found, self.selection).selection().toPlainText()

    def clear(self) -> None:
        if self.delegate.selection is not None:
            self.delegate.selection = None
            self.view.viewport().update()

    def select(self, message_id: int, anchor: int, position: int) -> None:
        self.delegate.selection = (message_id, anchor, position)
        self.view.viewport().update()

    # -- mouse -------------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self._dragged = False
            hit = self._hit(event.position())
            self._pressed = (hit[0], hit[2], event.position()) if hit else None
            self.clear()
        elif kind == QEvent.Type.MouseMove and self._pressed is not None \
                and event.buttons() & Qt.MouseButton.LeftButton:
            row, start, where = self._pressed
            if not self._dragged and (event.position() - where).manhattanLength() < QApplication.startDragDistance():
                return False
            hit = self._hit(event.position(), row)
            if hit is not None:
                self._dragged = True
                self.select(hit[1], start, hit[2])
                self.view.viewport().setCursor(Qt.CursorShape.IBeamCursor)
            return True
        elif kind == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
            self._pressed = None
            if self._dragged:  # a selection, not a click on a link
                self._dragged = False
                return True
        elif kind == QEvent.Type.MouseButtonDblClick and event.button() == Qt.MouseButton.LeftButton:
            hit = self._hit(event.position())
            if hit is not None:
                doc = self._document_of(hit[1])
                cursor = QTextCursor(doc)
                cursor.setPosition(hit[2])
                cursor.select(QTextCursor.SelectionType.WordUnderCursor)
                self.select(hit[1], cursor.anchor(), cursor.position())
                return True
        return False

    def _option(self, row: int) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        option.rect = self.view.visualRect(self.view.model().index(row, 0))
        return option

    def _hit(self, where: QPointF, row: int | None = None) -> tuple[int, int, int] | None:
        """(row, message id, character) under `where`; with `row`, the nearest character of
        that row's bubble even when the mouse has left it."""
        free = row is None
        if row is None:
            index = self.view.indexAt(where.toPoint())
            if not index.isValid():
                return None
            row = index.row()
        index = self.view.model().index(row, 0)
        message = index.data(MessageRole.ROW)
        if message is None:
            return None
        option = self._option(row)
        bubble = self.delegate.bubble_rect(option, message)
        if free and not bubble.contains(where):
            return None
        doc = self.delegate.document(message, self.delegate._bubble_width(option))
        point = where - bubble.topLeft()
        point = QPointF(min(max(point.x(), 0), bubble.width()), min(max(point.y(), 0), bubble.height()))
        position = doc.documentLayout().hitTest(point, Qt.HitTestAccuracy.FuzzyHit)
        return row, message.id, max(0, position)

    def _document_of(self, message_id: int) -> QTextDocument | None:
        model = self.view.model()
        for row in range(model.rowCount()):
            message = model.index(row, 0).data(MessageRole.ROW)
            if message is not None and message.id == message_id:
                return self.delegate.document(message, self.delegate._bubble_width(self._option(row)))
        return None
