"""*Log out of Telegram* asks first, No by default (issue 15 item 14): logging the service
account out stops the desk receiving until someone logs in again with a code."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.test_agent_desktop import open_desk
from tests.waiting import until


def _logouts(desk) -> int:
    return sum(1 for _, action, _, _ in desk.store.audit_trail() if action == "telegram_logout")


def test_log_out_of_telegram_asks_first_and_defaults_to_no(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            action = window.actions_by_name["logout"]
            assert action.text() == "Log &out of Telegram…"  # the dots: a question follows
            action.trigger()
            box = window.confirmation
            assert box.isVisible() and box.defaultButton() is box.button(QMessageBox.StandardButton.No)
            assert box.button(QMessageBox.StandardButton.Yes).text() == "Log out"
            qtbot.keyClick(box, Qt.Key.Key_Return)  # a stray Return keeps the session
            assert not box.isVisible() and _logouts(desk) == 0

            action.trigger()
            window.confirmation.button(QMessageBox.StandardButton.Yes).click()
            await until(lambda: _logouts(desk) == 1)
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())
