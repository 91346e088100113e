"""Open with…: the desktop's program for a received file, and a sentence when there is
none. On Linux the desktop's opener (`xdg-open`) is run and its exit status read: a
status other than 0 means no program took the file (Qt's own openUrl only says whether
the opener started). What the opener prints is dropped: it names the file."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QProcess, QUrl
from PySide6.QtGui import QDesktopServices


def open_with_desktop(path: Path, failed: Callable[[], None]) -> bool:
    """Start the desktop's program for `path`; `failed()` is called (now, or when the
    opener gives up) if no program opens it. False when it failed at once."""
    if not sys.platform.startswith("linux"):
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            return True
        failed()
        return False
    opener = shutil.which("xdg-open")
    if opener is None:
        failed()
        return False
    # Owned by the application: the opener may outlive the preview that started it.
    process = QProcess(QCoreApplication.instance())
    process.setProgram(opener)
    process.setArguments([str(path)])
    process.setStandardOutputFile(QProcess.nullDevice())
    process.setStandardErrorFile(QProcess.nullDevice())
    holder = getattr(failed, "__self__", None)  # a preview's bound method: it may be gone by then

    def finished(code: int, status: QProcess.ExitStatus) -> None:
        process.deleteLater()
        if (code != 0 or status != QProcess.ExitStatus.NormalExit) and (holder is None or shiboken6.isValid(holder)):
            failed()

    def error(kind: QProcess.ProcessError) -> None:
        if kind == QProcess.ProcessError.FailedToStart:
            finished(1, QProcess.ExitStatus.NormalExit)

    process.finished.connect(finished)
    process.errorOccurred.connect(error)
    process.start()
    return True
