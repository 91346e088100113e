"""Typing `/` in the composer offers the canned replies: `/ho` lists those whose
shortcut or title holds "ho", Return or Tab inserts the first (or the one picked with the
arrows), Esc leaves the typed text alone.

The composer's text box is a `ComposerEdit`: while the list is open, Return, Tab and
Esc pick from it or close it instead of going into the text, whichever way the key
arrives (through the list, whose QCompleter filter hands keys to the box first, or to
the box itself).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel, QTextCursor
from PySide6.QtWidgets import QCompleter, QPlainTextEdit

from ..domain.canned import CannedReply, shortcut_from_title

TITLE_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # what the typed text is matched against
# A "/" at the start of a line or after a space, then what can be part of a shortcut:
# "https://x/y" or "1/2" open nothing.
_TYPED = re.compile(r"(?:^|\s)/([A-Za-z0-9_-]*)$")
_COMPLETER_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape}


class ComposerEdit(QPlainTextEdit):
    """The composer's text box; leaves the completer's keys to it while its list is open."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.completer: QCompleter | None = None

    def event(self, event) -> bool:
        """Before QWidget's own handling, which gives Tab to the focus chain (the composer
        lets Tab leave the text: no keyboard trap) while the list wants it."""
        popup = self.completer.popup() if self.completer is not None else None
        if event.type() == QEvent.Type.KeyPress and popup is not None and popup.isVisible() \
                and event.key() in _COMPLETER_KEYS and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.key() == Qt.Key.Key_Escape:
                popup.hide()  # what was typed stays
            else:
                self.completer.pick(popup.currentIndex())
            event.accept()
            return True
        return super().event(event)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt override)
        """Tab moves on to the composer's buttons (tabChangesFocus: no keyboard trap),
        except while the list is open: then it picks a reply."""
        popup = self.completer.popup() if self.completer is not None else None
        if popup is not None and popup.isVisible():
            return False
        return super().focusNextPrevChild(forward)


class CannedCompleter(QCompleter):
    """Completion of `/shortcut` in a ComposerEdit.

    Signals: chosen(str) — the title of the canned reply picked; the typed `/…` is
    already taken out of the text, the caller inserts the reply at the cursor."""

    chosen = Signal(str)

    def __init__(self, edit: ComposerEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.items = QStandardItemModel(self)
        self.setModel(self.items)
        self.setCompletionRole(KEY_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(8)
        self.setWidget(edit)
        self.popup().setObjectName("cannedCompletions")
        self.popup().setAccessibleName(self.tr("Canned replies"))
        edit.completer = self
        self._typed = ""
        self.activated[QModelIndex].connect(self.pick)  # a click in the list
        edit.textChanged.connect(self.follow_typing)

    def set_replies(self, replies: list[CannedReply]) -> None:
        """The replies offered; an open list is narrowed again over them (the panel sets
        them on every refresh of the ticket, maybe while the agent is typing)."""
        showing = self.popup().isVisible()
        self.items.clear()
        for reply in sorted(replies, key=lambda r: (r.shortcut or "~", r.title.casefold())):
            item = QStandardItem(f"/{reply.shortcut}   {reply.title}" if reply.shortcut else reply.title)
            item.setData(reply.title, TITLE_ROLE)
            item.setData(f"{reply.shortcut} {shortcut_from_title(reply.title)}", KEY_ROLE)
            languages = ", ".join(sorted(reply.bodies))
            item.setToolTip(languages)
            item.setEditable(False)
            self.items.appendRow(item)
        if not replies:
            self.popup().hide()
        elif showing:
            self.follow_typing()

    def typed_shortcut(self) -> str | None:
        """What follows the "/" being typed before the cursor, or None if none is."""
        cursor = self.edit.textCursor()
        if cursor.hasSelection():
            return None
        before = cursor.block().text()[:cursor.positionInBlock()]
        found = _TYPED.search(before)
        return found[1] if found else None

    def follow_typing(self) -> None:
        """After every change of the text: open, narrow or close the list."""
        typed = self.typed_shortcut()
        if typed is None or not self.items.rowCount() or not self.edit.isEnabled():
            self.popup().hide()
            return
        self._typed = typed
        self.setCompletionPrefix(typed.casefold())
        if not self.completionCount():
            self.popup().hide()
            return
        popup = self.popup()
        rect = self.edit.cursorRect()
        rect.setWidth(max(260, popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width() + 8))
        self.complete(rect)
        popup.setCurrentIndex(self.completionModel().index(0, 0))  # Return takes the first

    def pick(self, index: QModelIndex) -> None:
        """The reply at `index` of the list (its current one, or the one clicked): the
        typed `/…` taken out, `chosen` emitted."""
        if not index.isValid():  # none picked with the arrows: the first listed
            index = self.completionModel().index(0, 0)
        title = index.data(TITLE_ROLE) if index.isValid() else None
        typed = self.typed_shortcut()
        if typed is not None and title:
            cursor = self.edit.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(typed) + 1)
            cursor.removeSelectedText()
            self.edit.setTextCursor(cursor)
        self.popup().hide()
        if title:
            self.chosen.emit(title)

