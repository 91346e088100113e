"""A window around one file's preview, opened from a thread bubble."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from .previews import PreviewWidget, open_preview


class PreviewWindow(QWidget):
    def __init__(self, path: Path, kind: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(name)
        self.resize(820, 640)
        self.preview: PreviewWidget = open_preview(path, kind, self, name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
