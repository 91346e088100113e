"""Bugs reach here: an unexpected exception is logged and shown in a dialog with a report
to copy, and the app goes on. The report has the code path only — never the exception's
message or any variable, which could hold a citizen's words."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from .. import __version__

log = logging.getLogger("deskclient.ui")


def crash_report(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    frames = traceback.extract_tb(tb)
    lines = [f"deskclient {__version__} · Python {platform.python_version()} · PySide6 {pyside_version}"
             f" · {platform.system()} {platform.release()}",
             "Traceback (code path only; the message is left out as it may hold personal data):"]
    lines += [f'  File "{f.filename}", line {f.lineno}, in {f.name}' for f in frames]
    lines.append(f"{exc_type.__module__}.{exc_type.__qualname__}")
    return "\n".join(lines)


class CrashDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.report = QPlainTextEdit(report, readOnly=True)
        copy = QPushButton(self.tr("Copy the report"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(report))
        close = QPushButton(self.tr("Continue"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "deskclient hit an unexpected error and carried on. Please send this report to IT; "
            "it holds no message content."), wordWrap=True))
        layout.addWidget(self.report)
        layout.addWidget(copy)
        layout.addWidget(close)
        self.resize(640, 360)


class CrashHandler(QObject):
    """Signals: crashed(str) with the report. Installed as sys.excepthook, which is also
    where qasync's asyncSlot sends the exceptions of the coroutines it runs."""

    crashed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._previous = sys.excepthook
        self.dialogs: list[CrashDialog] = []

    def install(self, loop=None) -> None:
        sys.excepthook = self.handle
        if loop is not None:
            loop.set_exception_handler(self._loop_exception)

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def handle(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            return self._previous(exc_type, exc, tb)
        report = crash_report(exc_type, tb)
        log.error("unexpected error\n%s", report)
        self.crashed.emit(report)
        if len(self.dialogs) < 3:  # a loop of errors must not bury the screen in dialogs
            dialog = CrashDialog(report, self._parent)
            dialog.finished.connect(lambda _r, d=dialog: self.dialogs.remove(d))
            self.dialogs.append(dialog)
            dialog.open()

    def _loop_exception(self, loop, context: dict) -> None:
        exc = context.get("exception")
        if exc is None:
            log.warning("asyncio: %s", context.get("message", "unknown problem"))
            return
        self.handle(type(exc), exc, exc.__traceback__)
