"""Writing to the citizen: multi-line text, attached files (checked against the accepted
types before anything is sent, each removable until then), canned replies (from the
button, or `/shortcut` typed in the text), a quoted message, internal notes.

Ctrl+Return (and the keypad's Ctrl+Enter) sends through the window's *Ticket ▸ Send*
action, its one owner: a second claim here made Qt refuse both ("Ambiguous shortcut
overload")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox, QFileDialog, QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton,
    QVBoxLayout, QWidget,
)

from ..domain.canned import CannedReply
from ..domain.files import FilePolicy
from ..store.records import MessageRow
from .canned_completer import CannedCompleter, ComposerEdit
from .composer_parts import AttachedFiles, QuoteStrip
from .labels import file_refusal
from .palette_colours import note_background, text_colour

MAX_FILES = 10


class Composer(QWidget):
    """Signals: sendRequested(); cannedRequested(str) with a canned reply's title (from
    the menu or the `/` completion); manageCannedRequested() (a lead's "Manage…")."""

    sendRequested = Signal()
    cannedRequested = Signal(str)
    manageCannedRequested = Signal()

    def __init__(self, policy: FilePolicy, parent=None) -> None:
        super().__init__(parent)
        self.policy = policy
        self.files: list[Path] = []
        self.quoting: MessageRow | None = None  # the message the reply answers
        self.edit = ComposerEdit(placeholderText=self.tr("Write a reply… (Ctrl+Enter sends)"))
        self.completer = CannedCompleter(self.edit)
        self.completer.chosen.connect(self.cannedRequested)
        self.edit.setMaximumHeight(110)
        self.edit.setTabChangesFocus(True)  # Tab leaves the text for the buttons: no keyboard trap
        self.note_toggle = QCheckBox(self.tr("Internal &note"))
        self.note_toggle.toggled.connect(self._on_note)
        self.edit.setAccessibleName(self.tr("Reply to the citizen"))
        self.attach_button = QPushButton(self.tr("&Attach…"))
        self.attach_button.clicked.connect(self.choose_files)
        self.canned_button = QToolButton(text=self.tr("Canned &replies"))
        self.canned_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.canned_menu = QMenu(self)
        self.canned_button.setMenu(self.canned_menu)
        self.files_label = AttachedFiles(self)
        self.files_label.removeRequested.connect(self.remove_file)
        self.quote_strip = QuoteStrip(self)
        self.quote_strip.cancelled.connect(lambda: self.quote(None))
        self.error_label = QLabel(wordWrap=True)
        self.error_label.setStyleSheet(f"color:{text_colour('#b00020', self.palette())};")
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.sendRequested)

        row = QHBoxLayout()
        for widget in (self.note_toggle, self.attach_button, self.canned_button):
            row.addWidget(widget)
        row.addWidget(self.error_label, 1)
        row.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.quote_strip)
        layout.addWidget(self.edit)
        layout.addWidget(self.files_label)
        layout.addLayout(row)

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_canned(self, replies: list[CannedReply], can_manage: bool = False) -> None:
        """The replies the menu and the `/` completion offer; a lead's menu ends with Manage…."""
        self.canned_menu.clear()
        for reply in replies:
            label = f"{reply.title}\t/{reply.shortcut}" if reply.shortcut else reply.title
            self.canned_menu.addAction(label.replace("&", "&&"),
                                       lambda t=reply.title: self.cannedRequested.emit(t))
        if can_manage:
            if replies:
                self.canned_menu.addSeparator()
            self.canned_menu.addAction(self.tr("&Manage canned replies…"), self.manageCannedRequested.emit)
        self.completer.set_replies(replies)
        self._can_canned = bool(replies) or can_manage
        self.canned_button.setEnabled(self._can_canned and self.edit.isEnabled())

    def quote(self, message: MessageRow | None, author: str = "") -> None:
        """The reply will quote `message` (None: it quotes nothing)."""
        self.quoting = message
        self.quote_strip.show_message(message, author)
        if message is not None:
            self.edit.setFocus()

    def remove_file(self, at: int) -> None:
        """Take one attached file off before sending."""
        if 0 <= at < len(self.files):
            del self.files[at]
        self._show_files()

    def insert(self, text: str) -> None:
        self.edit.insertPlainText(text)
        self.edit.setFocus()

    def choose_files(self) -> None:
        dialog = QFileDialog(self, self.tr("Attach files"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        names = " ".join(f"*.{e}" for e in sorted(self.policy.accepted_extensions))
        dialog.setNameFilter(self.tr("Accepted files ({0})").format(names))
        dialog.filesSelected.connect(lambda paths: self.attach([Path(p) for p in paths]))
        dialog.open()  # never blocks the loop

    def attach(self, paths: list[Path]) -> None:
        """Add files; a type or size the policy refuses is said at once and not added."""
        refused = []
        for path in paths:
            try:
                size = path.stat().st_size
            except OSError:
                refused.append(self.tr("{0} cannot be read").format(path.name))
                continue
            verdict = self.policy.check_offer(path.name, "", size)
            if not verdict.accepted:
                refused.append(f"{path.name}: {file_refusal(verdict.reason)}")
            elif len(self.files) < MAX_FILES and path not in self.files:
                self.files.append(path)
        self.error_label.setText(
            self.tr("Not attached — {0}. Accepted: {1}.").format("; ".join(refused), self.policy.accepted_names())
            if refused else "")
        self._show_files()

    def _show_files(self) -> None:
        self.files_label.show_files(self.files)

    def _on_note(self, on: bool) -> None:
        self.edit.setPlaceholderText(self.tr("Internal note for the team — never sent to the citizen") if on
                                     else self.tr("Write a reply… (Ctrl+Enter sends)"))
        self.edit.setAccessibleName(self.tr("Internal note") if on else self.tr("Reply to the citizen"))
        self.edit.setStyleSheet(f"QPlainTextEdit {{ background: {note_background(self.palette())}; }}" if on else "")
        self.attach_button.setEnabled(not on)
        self.send_button.setText(self.tr("Add note") if on else self.tr("Send"))

    def clear(self) -> None:
        self.edit.clear()
        self.files.clear()
        self._show_files()
        self.quote(None)
        self.error_label.clear()

    def reset(self) -> None:
        """Another ticket: empty, and back to a reply (not a note)."""
        self.clear()
        self.note_toggle.setChecked(False)

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.edit, self.send_button, self.attach_button, self.note_toggle):
            widget.setEnabled(enabled)
        self.canned_button.setEnabled(enabled and getattr(self, "_can_canned", False))
        if enabled:
            self._on_note(self.note_toggle.isChecked())
