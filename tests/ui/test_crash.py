"""An unexpected error: logged and shown with a copyable report, no message content, and
the app goes on."""

import asyncio
import logging

import pytest
from PySide6.QtWidgets import QPushButton, QWidget
from qasync import asyncSlot

from deskclient.ui.crash import CrashHandler

pytestmark = pytest.mark.gui

SECRET = "DNI 12345678Z de la Marta"


class Buggy(QWidget):
    def __init__(self):
        super().__init__()
        self.button = QPushButton("go", self)
        self.button.clicked.connect(self.go)
        self.after = 0

    @asyncSlot()
    async def go(self):
        await asyncio.sleep(0)
        raise ValueError(f"cannot parse {SECRET}")


def test_a_bug_in_a_slot_is_reported_without_content_and_the_app_goes_on(qtbot, qloop, caplog, qapp):
    window = Buggy()
    qtbot.addWidget(window)
    handler = CrashHandler(window)
    handler.install(qloop)
    reports = []
    handler.crashed.connect(reports.append)
    try:
        async def scenario():
            with caplog.at_level(logging.ERROR, logger="deskclient.ui"):
                window.button.click()
                for _ in range(100):
                    if reports:
                        break
                    await asyncio.sleep(0.01)
            await asyncio.sleep(0.01)  # the loop still runs
            window.after += 1

        qloop.run_until_complete(scenario())
    finally:
        handler.uninstall()
    [report] = reports
    assert "ValueError" in report and "in go" in report
    assert SECRET not in report and SECRET not in caplog.text
    assert "in go" in caplog.text
    [dialog] = handler.dialogs
    assert dialog.isVisible() and dialog.report.toPlainText() == report
    assert window.after == 1
    dialog.accept()
    qapp.clipboard().clear()
