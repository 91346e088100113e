"""A window around one file's preview, opened from a thread bubble.

It opens at once. When this workstation has no copy of the file yet (team mode: the
bytes are in the shared store), it shows a progress bar while the file is fetched, then
the preview (`show_file`), or the plain sentence saying why the file cannot be had
(`show_failure`).

Esc and Ctrl+W close it (the ticket panel also closes it when the agent moves to
another citizen's ticket). A voice note gets a small player, not a document's window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from .previews import PreviewWidget, open_preview


class PreviewWindow(QWidget):
    def __init__(self, path: Path | None, kind: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(name)
        self.resize(*((460, 130) if kind == "audio" else (820, 640)))
        for keys in (QKeySequence(Qt.Key.Key_Escape), QKeySequence("Ctrl+W")):
            closing = QShortcut(keys, self, context=Qt.ShortcutContext.WindowShortcut)
            closing.activated.connect(self.close)
        self.kind = kind
        self.name = name
        self.preview: PreviewWidget | None = None
        self.fetching = QProgressBar(self)
        self.fetching.setObjectName("fileFetching")
        self.fetching.setRange(0, 0)  # busy until the first bytes arrive
        self.failure = QLabel(self)
        self.failure.setObjectName("fileUnavailable")
        self.failure.setWordWrap(True)
        self.failure.setTextFormat(Qt.TextFormat.PlainText)
        self.failure.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.failure.hide()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.fetching, 0, Qt.AlignmentFlag.AlignVCenter)
        self._layout.addWidget(self.failure, 1)
        if path is not None:
            self.show_file(path)

    def show_progress(self, done: int, total: int) -> None:
        """Bytes fetched so far (called on the GUI thread)."""
        scale = max(1, total // 1_000_000)  # QProgressBar counts in int: keep under 2**31
        self.fetching.setRange(0, max(1, total // scale))
        self.fetching.setValue(min(done, total) // scale)

    def show_file(self, path: Path) -> None:
        self.fetching.hide()
        self.failure.hide()
        self.preview = open_preview(path, self.kind, self, self.name)
        self._layout.addWidget(self.preview, 1)

    def show_failure(self, sentence: str) -> None:
        self.fetching.hide()
        self.failure.setText(sentence)
        self.failure.show()
