"""First start: the Telegram API id and hash (and where to get them), or the demo."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
)

from ..config import save_user_values
from ..errors import ConfigError

WHERE_TO_GET_THEM = QT_TRANSLATE_NOOP(
    "FirstRunDialog",
    "deskclient talks to Telegram as your service's own application. Your organisation "
    "registers it once: log in at <a href='https://my.telegram.org'>my.telegram.org</a> with "
    "the service account's phone number, open <i>API development tools</i>, create an "
    "application, and copy its <b>api_id</b> and <b>api_hash</b> here. IT can also put them "
    "in <tt>/etc/xdg/deskclient/config.toml</tt> for every workstation."
)


class FirstRunDialog(QDialog):
    """Signals: configured() once the id and hash are saved; demoChosen()."""

    configured = Signal()
    demoChosen = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to deskclient"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr(WHERE_TO_GET_THEM), wordWrap=True, openExternalLinks=True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.api_id = QLineEdit(placeholderText="1234567")
        self.api_hash = QLineEdit(placeholderText="0123456789abcdef0123456789abcdef")
        self.api_hash.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.error_label = QLabel(wordWrap=True)
        self.error_label.setStyleSheet("color:#b00020;")
        self.save_button = QPushButton(self.tr("Save and log in"))
        self.save_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("Try the demo first"))
        form = QFormLayout()
        form.addRow("api_id", self.api_id)
        form.addRow("api_hash", self.api_hash)
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.demo_button.clicked.connect(self._demo)

    def save(self) -> None:
        api_id = self.api_id.text().strip()
        api_hash = self.api_hash.text().strip()
        if not api_id.isdigit():
            self.error_label.setText(self.tr("The api_id is a number, e.g. 1234567."))
            return
        if len(api_hash) != 32 or any(c not in "0123456789abcdef" for c in api_hash.lower()):
            self.error_label.setText(self.tr("The api_hash is 32 letters and digits (0-9, a-f)."))
            return
        try:
            save_user_values({"telegram.api_id": api_id, "telegram.api_hash": api_hash.lower()})
        except (ConfigError, OSError) as exc:
            self.error_label.setText(self.tr("Cannot save the settings: {0}").format(exc))
            return
        self.configured.emit()
        self.accept()

    def _demo(self) -> None:
        self.demoChosen.emit()
        self.accept()
