"""What every file preview shares: the toolbar, Save as…, Open with…, and the plain error.

A preview never raises for a bad file: whatever the citizen sent, the agent sees either the
content or one sentence saying why it is not shown. Checks that are cheap (empty file,
content that is not what the name says, declared sizes) run before any decoder sees the
bytes, so every decode that follows on the GUI thread is bounded.

The sentences are in the window's language: widgets use self.tr, module functions the
fixed context "Previews" (file descriptions such as "a JPEG image" are marked with
QT_TRANSLATE_NOOP where they are defined and translated where a sentence is built).
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QToolBar, QVBoxLayout, QWidget,
)

from ...domain.files import sniff
from ...errors import UserFacingError
from ..formats import file_size
from .open_with import open_with_desktop

log = logging.getLogger("deskclient.ui")

HEAD_BYTES = 4096  # enough for sniff() and for every header we check
NAME_WIDTH = 220  # pixels for the file name in the header; longer names are elided

# What sniff() found, as a person would say it.
LOOKS_LIKE = {
    "pdf": QT_TRANSLATE_NOOP("Previews", "a PDF document"),
    "jpeg": QT_TRANSLATE_NOOP("Previews", "a JPEG image"),
    "png": QT_TRANSLATE_NOOP("Previews", "a PNG image"),
    "bmp": QT_TRANSLATE_NOOP("Previews", "a BMP image"),
    "ogg": QT_TRANSLATE_NOOP("Previews", "an Ogg audio file"),
    "mp4": QT_TRANSLATE_NOOP("Previews", "an MP4 video"),
    "zip": QT_TRANSLATE_NOOP("Previews", "a ZIP archive"),
    "executable": QT_TRANSLATE_NOOP("Previews", "a program"),
    "xml": QT_TRANSLATE_NOOP("Previews", "a text or XML file"),
}


class PreviewUnavailable(UserFacingError):
    """The file cannot be shown; the message is the sentence the agent reads.

    `suspicious` marks files whose content lies about their type or could attack a viewer:
    for those, Open with… is turned off as well.
    """

    def __init__(self, message: str, *, suspicious: bool = False) -> None:
        super().__init__(message)
        self.suspicious = suspicious


def format_size(size: int) -> str:
    """`812 bytes`, `10.2 KB`, `5,3 Mo`: in the window's language (ui/formats.py)."""
    return file_size(size)


def read_head(path: Path) -> tuple[bytes, int]:
    """The first bytes of the file and its size; refuses missing and empty files."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError as exc:
        log.info("preview: cannot read file (%s)", exc.__class__.__name__)
        unreadable = QCoreApplication.translate("Previews", "The file is missing or cannot be read.")
        raise PreviewUnavailable(unreadable) from exc
    if size == 0 or not head:
        raise PreviewUnavailable(QCoreApplication.translate("Previews", "The file is empty."))
    return head, size


def not_what_it_says(expected: str, head: bytes) -> PreviewUnavailable:
    """`This file is not a JPEG image (it looks like a ZIP archive).`

    `expected` is an English description marked with QT_TRANSLATE_NOOP("Previews", …)."""
    found = sniff(head)
    if found in LOOKS_LIKE and LOOKS_LIKE[found] != expected:
        why = QCoreApplication.translate("Previews", "it looks like {0}").format(
            QCoreApplication.translate("Previews", LOOKS_LIKE[found]))
    else:
        why = QCoreApplication.translate("Previews", "its content is not a format the viewer knows")
    return PreviewUnavailable(QCoreApplication.translate("Previews", "This file is not {0} ({1}).").format(
        QCoreApplication.translate("Previews", expected), why), suspicious=True)


class PreviewWidget(QWidget):
    """A read-only view of one received file, with Save as… and Open with….

    Subclasses build their content into `body` and implement `load()`, raising
    `PreviewUnavailable` for anything the agent should be told instead of a preview.
    `open_preview()` calls `start()` once the widget is built.

    Signals:
        failed(str): the file cannot be shown; the sentence is also in `error`.
        saved(str): a copy was written to this path by Save as….
    """

    failed = Signal(str)
    saved = Signal(str)

    kind = "other"

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self._error = ""
        self._notice = ""
        self.setObjectName(f"{self.kind}Preview")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        # name | the kind's own tools (overflow into » when narrow) | Save as…, Open with…
        header = QWidget(self)
        header.setObjectName("previewHeader")
        header_row = QHBoxLayout(header)
        header_row.setContentsMargins(0, 0, 0, 0)
        header_row.setSpacing(0)
        self.name_label = QLabel()
        self.name_label.setObjectName("previewFileName")
        self.name_label.setStyleSheet("font-weight:bold;padding:0 8px;")
        self.name_label.setToolTip(str(self.path))
        self.show_name(self.path.name)
        header_row.addWidget(self.name_label)
        self.toolbar = QToolBar(header)
        self.toolbar.setObjectName("previewToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        header_row.addWidget(self.toolbar, 1)
        self.file_toolbar = QToolBar(header)
        self.file_toolbar.setObjectName("fileToolbar")
        self.file_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        header_row.addWidget(self.file_toolbar)
        layout.addWidget(header)

        self.message_label = QLabel()
        self.message_label.setObjectName("previewMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.hide()
        layout.addWidget(self.message_label)

        self.body = QWidget(self)
        self.body.setObjectName("previewBody")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(0)
        layout.addWidget(self.body, 1)

        self.save_as_action = QAction(self.tr("Save as…"), self)
        self.save_as_action.setIconText(self.tr("Save as…"))  # tool buttons drop a trailing "…"
        self.save_as_action.setToolTip(self.tr("Save a copy of this file"))
        self.save_as_action.triggered.connect(self.ask_where_to_save)
        self.open_with_action = QAction(self.tr("Open with…"), self)
        self.open_with_action.setIconText(self.tr("Open with…"))
        self.open_with_action.setToolTip(self.tr("Open this file in another program"))
        self.open_with_action.triggered.connect(self.open_externally)
        self.file_toolbar.addAction(self.save_as_action)
        self.file_toolbar.addAction(self.open_with_action)

    # -- for subclasses ------------------------------------------------------------------

    def add_action(self, action: QAction) -> QAction:
        """A toolbar action whose shortcut works while focus is inside this preview."""
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        self.toolbar.addAction(action)
        return action

    def load(self) -> None:
        """Show the file; raise PreviewUnavailable to show a sentence instead."""

    def release(self) -> None:
        """Let go of players and documents; called when the preview closes."""

    # -- lifecycle -----------------------------------------------------------------------

    def start(self) -> None:
        """Load the file, or show why not. Called once by open_preview()."""
        try:
            self.load()
        except PreviewUnavailable as exc:
            self.show_error(str(exc), suspicious=exc.suspicious)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.release()
        super().closeEvent(event)

    # -- messages ------------------------------------------------------------------------

    @property
    def error(self) -> str:
        """Why the file is not shown, as one plain sentence; empty when it is shown."""
        return self._error

    @property
    def notice(self) -> str:
        """Something the agent should know about what is shown (cut short, not well-formed)."""
        return self._notice

    def show_error(self, message: str, *, suspicious: bool = False) -> None:
        """Replace the content by `message`. Safe to call at any time, also after loading."""
        self.release()
        self._error = message
        self.body.hide()
        self.toolbar.hide()  # zoom, pages, find: nothing to act on
        for action in self.actions():
            action.setEnabled(False)  # and their shortcuts
        if suspicious:
            self.open_with_action.setEnabled(False)
            self.open_with_action.setToolTip(
                self.tr("Turned off: this file may be unsafe to open in another program"))
        self.message_label.setText(message)
        self.message_label.setStyleSheet(
            "color:#7a1010;background:#fdecea;border:1px solid #f5c2c0;"
            "padding:16px;")  # the agent's own font size (no pixel size: EN 301 549)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.message_label.show()
        self.layout().setStretchFactor(self.message_label, 1)
        self.failed.emit(message)

    def show_notice(self, message: str) -> None:
        """A strip above the content; the content stays visible."""
        self._notice = message
        self.message_label.setText(message)
        self.message_label.setStyleSheet(
            "color:#5c4400;background:#fff6d5;border-bottom:1px solid #e8d48a;padding:6px 8px;")
        self.message_label.setVisible(bool(message) and not self._error)

    def show_name(self, name: str) -> None:
        """The name the citizen gave the file (the stored one carries a unique prefix):
        in the header and as Save as…'s suggestion."""
        self.file_name = name
        self.name_label.setText(self.name_label.fontMetrics().elidedText(
            name, Qt.TextElideMode.ElideMiddle, NAME_WIDTH))

    # -- Save as…, Open with… ------------------------------------------------------------

    def save_to(self, destination: Path) -> Path:
        """Copy the received file, byte for byte, to `destination`. Raises OSError."""
        destination = Path(destination)
        shutil.copyfile(self.path, destination)
        self.saved.emit(str(destination))
        return destination

    def ask_where_to_save(self) -> None:
        """Save as…: a window-modal file dialog that does not block the event loop."""
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DownloadLocation) or str(Path.home())
        dialog = QFileDialog(self, self.tr("Save a copy as"), str(Path(folder) / self.file_name))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self._save_chosen)
        dialog.open()

    def _save_chosen(self, destination: str) -> None:
        try:
            self.save_to(Path(destination))
        except OSError as exc:
            reason = exc.strerror or self.tr("the destination cannot be written")
            not_saved = self.tr("The copy was not saved: {0}.").format(reason)
            if self._error:
                self.message_label.setText(f"{self._error}\n\n{not_saved}")
            else:
                self.show_notice(not_saved)

    def open_externally(self) -> bool:
        """Open with…: the desktop's program for this type of file; when no program on
        this computer opens it, the preview says so (previews/open_with.py)."""
        return open_with_desktop(self.path, self.no_program)

    def no_program(self) -> None:
        sentence = self.tr("No program on this computer opens this type of file. "
                           "Use Save as… to keep a copy.")
        if self._error:
            self.message_label.setText(f"{self._error}\n\n{sentence}")
        else:
            self.show_notice(sentence)


class OtherPreview(PreviewWidget):
    """Files the desk keeps but cannot show: name, size, and the two actions."""

    kind = "other"

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(path, parent)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("otherSummary")
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.body_layout.addWidget(self.summary_label)

    def load(self) -> None:
        _, size = read_head(self.path)
        self.summary_label.setText(
            f"{self.file_name}\n{format_size(size)}\n\n"
            + self.tr("There is no preview for this type of file.") + "\n"
            + self.tr("Use Save as… to keep a copy, or Open with… to open it in another program."))
