"""Small dialogs for what cannot be undone and for a citizen's rectification.

`confirm` asks before an action that cannot be taken back (the purge, an erasure, logging
the service account out of Telegram): No is the default button and Esc's answer, so a
stray Return never deletes anything. `CitizenCorrectionDialog` holds the stored name and
phone, each field starting from the current value, so that a lead corrects one digit
rather than typing everything again (or clearing what they meant to keep).

Both open window-modal with `open()`: they never block the asyncio loop.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QWidget


def confirm(parent: QWidget, title: str, question: str, then: Callable[[], object],
            yes_text: str | None = None) -> QMessageBox:
    """Ask `question`; call `then()` only if the user chooses Yes (never the default).
    `yes_text` names the action on the Yes button ("Erase now")."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName("confirmIrreversible")
    no = box.button(QMessageBox.StandardButton.No)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    if yes_text:
        box.button(QMessageBox.StandardButton.Yes).setText(yes_text)
    box.accepted.connect(then)  # Yes has the YesRole: accepted; No rejects
    box.open()
    return box


class CitizenCorrectionDialog(QDialog):
    """Rectification of a citizen's stored name and phone.

    Signals: corrected(str name, str phone) with only the fields the lead changed (the
    other as None); an empty phone clears the stored one, an empty name is refused by the
    service with a plain sentence."""

    corrected = Signal(object, object)

    def __init__(self, name: str, phone: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("citizenCorrection")
        self.setWindowTitle(self.tr("Correct the stored data"))
        self._name, self._phone = name, phone or ""
        self.name_edit = QLineEdit(self._name)
        self.phone_edit = QLineEdit(self._phone)
        self.phone_edit.setPlaceholderText(self.tr("no phone stored"))
        note = QLabel(self.tr("What the citizen asked to rectify. Each change is in the audit log (without "
                              "the values)."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Phone:"), self.phone_edit)
        form.addRow(buttons)
        self.accepted.connect(self._emit_changes)

    def _emit_changes(self) -> None:
        name, phone = self.name_edit.text(), self.phone_edit.text().strip()
        self.corrected.emit(name if name != self._name else None, phone if phone != self._phone else None)

