"""A lead's canned replies: written and changed in the app, one text per language, with
placeholders the composer fills in ({citizen_name}, {ticket_number}, {agent_name}) and
the shortcut agents type after "/".

Texts typed for several languages are kept while the lead moves between them and saved
together. Every change goes through DeskService (audited; an agent is refused there
too); nothing here reads or writes the database.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget,
)
from qasync import asyncSlot

from ..domain.canned import PLACEHOLDERS, CannedReply, normal_shortcut
from ..domain.language import LANGUAGE_NAMES
from ..errors import UserFacingError
from ..services.desk import DeskService

class CannedManager(QDialog):
    """Signals: changed() after every save, rename or deletion (the composer's list follows)."""

    changed = Signal()

    def __init__(self, desk: DeskService, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("cannedManager")
        self.setWindowTitle(self.tr("Canned replies"))
        self.resize(820, 520)
        self.replies: list[CannedReply] = []
        self._title: str | None = None  # the stored title being edited; None: a new reply
        self._drafts: dict[str, str] = {}  # language -> text typed, saved or not
        self._language = ""

        self.list = QListWidget()
        self.list.setObjectName("cannedList")
        self.list.setAccessibleName(self.tr("Canned replies"))
        self.list.currentItemChanged.connect(self._on_selected)
        new = QPushButton(self.tr("&New reply"))
        new.clicked.connect(self.new_reply)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(new)

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("cannedTitle")
        self.shortcut_edit = QLineEdit()
        self.shortcut_edit.setObjectName("cannedShortcut")
        self.shortcut_edit.setPlaceholderText(self.tr("e.g. hours (agents type /hours)"))
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("cannedLanguage")
        for code in desk.rules.languages:
            self.language_combo.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language_combo.currentIndexChanged.connect(self._on_language)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("cannedBody")
        self.body_edit.setAccessibleName(self.tr("Text"))
        placeholders = QHBoxLayout()
        placeholders.addWidget(QLabel(self.tr("Insert:")))
        for placeholder in PLACEHOLDERS:
            button = QPushButton(placeholder)
            button.setToolTip(self.tr("Filled in with the {0} when an agent inserts the reply")
                              .format(self._placeholder_label(placeholder)))
            button.clicked.connect(lambda _=False, p=placeholder: self._insert(p))
            placeholders.addWidget(button)
        placeholders.addStretch(1)
        self.languages_label = QLabel()
        self.languages_label.setObjectName("cannedLanguages")
        self.error_label = QLabel(wordWrap=True)
        self.error_label.setObjectName("cannedError")
        self.error_label.setStyleSheet("color:#b00020;")

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Shortcut:"), self.shortcut_edit)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("Te&xt:"), self.body_edit)
        form.addRow("", placeholders)
        form.addRow("", self.languages_label)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.delete_language_button = QPushButton(self.tr("Delete this &language"))
        self.delete_language_button.clicked.connect(self.delete_language)
        self.delete_button = QPushButton(self.tr("&Delete reply…"))
        self.delete_button.clicked.connect(self.confirm_delete)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.delete_language_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(form, 1)
        right_layout.addWidget(self.error_label)
        right_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([260, 560])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self._language = self.language_combo.currentData() or ""
        self.reload()

    def _placeholder_label(self, placeholder: str) -> str:
        return {"{citizen_name}": self.tr("citizen's name"), "{ticket_number}": self.tr("ticket number"),
                "{agent_name}": self.tr("agent's name")}[placeholder]

    # -- showing ---------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """The list again from the desk; `select` (a title) shown, else the first."""
        self.replies = self.desk.canned_replies()
        self.list.blockSignals(True)
        self.list.clear()
        for reply in self.replies:
            item = QListWidgetItem(f"{reply.title}\n/{reply.shortcut} · {', '.join(sorted(reply.bodies))}")
            item.setData(Qt.ItemDataRole.UserRole, reply.title)
            self.list.addItem(item)
        self.list.blockSignals(False)
        titles = [r.title for r in self.replies]
        if select in titles:
            self.list.setCurrentRow(titles.index(select))
        elif titles:
            self.list.setCurrentRow(0)
        else:
            self.new_reply()

    def reply(self, title: str | None) -> CannedReply | None:
        return next((r for r in self.replies if r.title == title), None)

    def _on_selected(self, current: QListWidgetItem | None, _previous=None) -> None:
        if current is not None:
            self._edit(self.reply(current.data(Qt.ItemDataRole.UserRole)))

    def new_reply(self) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self._edit(None)
        self.title_edit.setFocus()

    def _edit(self, reply: CannedReply | None) -> None:
        self._title = reply.title if reply else None
        self._drafts = dict(reply.bodies) if reply else {}
        self.title_edit.setText(reply.title if reply else "")
        self.shortcut_edit.setText(reply.shortcut if reply else "")
        self.body_edit.setPlainText(self._drafts.get(self._language, ""))
        self.delete_button.setEnabled(reply is not None)
        self.error_label.clear()
        self._show_languages()

    def _on_language(self, _index: int) -> None:
        self._drafts[self._language] = self.body_edit.toPlainText()
        self._language = self.language_combo.currentData()
        self.body_edit.setPlainText(self._drafts.get(self._language, ""))
        self._show_languages()

    def _show_languages(self) -> None:
        stored = self.reply(self._title)
        names = [LANGUAGE_NAMES.get(code, code) for code in sorted(stored.bodies)] if stored else []
        self.languages_label.setText(self.tr("Written in: {0}").format(", ".join(names)) if names
                                     else self.tr("Not saved yet."))
        self.delete_language_button.setEnabled(bool(stored and self._language in stored.bodies))

    def _insert(self, placeholder: str) -> None:
        self.body_edit.insertPlainText(placeholder)
        self.body_edit.setFocus()

    # -- changing --------------------------------------------------------------------

    def _checked(self) -> tuple[str, str] | None:
        """Title and shortcut, or None with the reason shown (in the window's language;
        the service checks again)."""
        title, typed = self.title_edit.text().strip(), self.shortcut_edit.text().strip()
        shortcut = normal_shortcut(typed) if typed else ""
        if not title:
            self.error_label.setText(self.tr("Give the reply a title."))
        elif typed and not shortcut:
            self.error_label.setText(self.tr("A shortcut is made of letters a–z, digits, - and _ (at most 40)."))
        elif shortcut and any(r.shortcut == shortcut and r.title != self._title for r in self.replies):
            other = next(r.title for r in self.replies if r.shortcut == shortcut)
            self.error_label.setText(self.tr("/{0} is already the shortcut of “{1}”.").format(shortcut, other))
        elif title != self._title and self.reply(title) is not None:
            self.error_label.setText(self.tr("There is already a reply called “{0}”.").format(title))
        else:
            return title, shortcut
        return None

    @asyncSlot()
    async def save(self) -> None:
        """Every language whose text changed (one at least), the shortcut, a new title."""
        self._drafts[self._language] = self.body_edit.toPlainText()
        checked = self._checked()
        if checked is None:
            return
        title, shortcut = checked
        stored = self.reply(self._title)
        bodies = stored.bodies if stored else {}
        changed = {code: text for code, text in self._drafts.items()
                   if text.strip() and text != bodies.get(code)}
        if not changed and not stored:
            self.error_label.setText(self.tr("Write the text in one language at least."))
            return
        if not changed and shortcut != stored.shortcut:  # the shortcut alone: saved with one text
            code = self._language if self._language in bodies else next(iter(bodies))
            changed = {code: bodies[code]}
        try:
            if stored is not None and title != stored.title:
                await self.desk.rename_canned(stored.title, title)
            for code, text in changed.items():
                await self.desk.save_canned(title, code, text, shortcut)
        except UserFacingError as exc:
            self.error_label.setText(str(exc))
            return
        self._after_change(title)
        self.error_label.setText(self.tr("Saved."))

    @asyncSlot()
    async def delete_language(self) -> None:
        stored = self.reply(self._title)
        if stored is None or self._language not in stored.bodies:
            return
        try:
            await self.desk.delete_canned(stored.title, self._language)
        except UserFacingError as exc:
            self.error_label.setText(str(exc))
            return
        self._after_change(stored.title)

    def confirm_delete(self) -> None:
        stored = self.reply(self._title)
        if stored is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete canned reply"),
                          self.tr("Delete “{0}” in every language?").format(stored.title),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("confirmCannedDelete")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.buttonClicked.connect(lambda button: box.standardButton(button) == QMessageBox.StandardButton.Yes
                                  and self._delete(stored.title))
        box.open()  # never blocks the loop
        self._confirm = box

    @asyncSlot(str)
    async def _delete(self, title: str) -> None:
        try:
            await self.desk.delete_canned(title, None)
        except UserFacingError as exc:
            self.error_label.setText(str(exc))
            return
        self._after_change(None)

    def _after_change(self, title: str | None) -> None:
        language = self._language
        self.reload(title)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.changed.emit()
