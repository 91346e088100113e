"""Two strips above the composer's buttons: the files attached so far, each with a button
that takes it off before sending, and the message the reply will quote (with one that
stops quoting), as in Telegram Desktop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from ..domain.bidi import isolate
from ..store.records import MessageRow
from .palette_colours import bubble_colours, chip_background


class AttachedFiles(QWidget):
    """One chip per attached file: its name and a × that removes it.

    Signals: removeRequested(int) with the file's position in the list shown."""

    removeRequested = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("attachedFiles")
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._title = QLabel(self.tr("Attached:"))
        self._row.addWidget(self._title)
        self._chips: list[QWidget] = []
        self._names: list[str] = []
        self._row.addStretch(1)
        self.hide()

    def show_files(self, paths: list[Path]) -> None:
        for chip in self._chips:
            chip.deleteLater()
        self._chips, self._names = [], [p.name for p in paths]
        for n, path in enumerate(paths):
            chip = QWidget(self)
            chip.setObjectName("attachedFile")
            chip.setStyleSheet(f"#attachedFile {{ background:{chip_background(self.palette())}; border-radius:8px; }}")
            row = QHBoxLayout(chip)
            row.setContentsMargins(6, 0, 0, 0)
            row.setSpacing(2)
            row.addWidget(QLabel(path.name, chip))
            remove = QToolButton(chip)
            remove.setText("×")
            remove.setAutoRaise(True)
            remove.setObjectName("removeAttached")
            remove.setToolTip(self.tr("Remove {0}").format(path.name))
            remove.setAccessibleName(self.tr("Remove {0}").format(path.name))
            remove.clicked.connect(lambda _=False, at=n: self.removeRequested.emit(at))
            row.addWidget(remove)
            self._row.insertWidget(self._row.count() - 1, chip)
            self._chips.append(chip)
        self.setVisible(bool(paths))

    def text(self) -> str:
        """What is attached, in one line (also what a screen reader gets)."""
        return self.tr("Attached: {0}").format(", ".join(self._names)) if self._names else ""

    def remove_buttons(self) -> list[QToolButton]:
        return [chip.findChild(QToolButton, "removeAttached") for chip in self._chips]


class QuoteStrip(QWidget):
    """"Replying to …" with the start of the quoted message, and a × that drops it.

    Signals: cancelled()."""

    cancelled = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("replyQuote")
        self.setStyleSheet(f"#replyQuote {{ border-left:3px solid {bubble_colours(self.palette()).accent}; }}")
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.label, 1)
        cancel = QToolButton(self)
        cancel.setText("×")
        cancel.setAutoRaise(True)
        cancel.setObjectName("cancelQuote")
        cancel.setToolTip(self.tr("Do not quote"))
        cancel.setAccessibleName(self.tr("Do not quote"))
        cancel.clicked.connect(self.cancelled)
        row.addWidget(cancel)
        self.hide()

    def show_message(self, message: MessageRow | None, author: str) -> None:
        if message is None:
            self.hide()
            return
        words = " ".join((message.text or ", ".join(a.file_name for a in message.attachments)).split())
        words = words if len(words) <= 90 else words[:89] + "…"
        self.label.setText(self.tr("Replying to {0}: {1}").format(isolate(author), words))
        self.show()
