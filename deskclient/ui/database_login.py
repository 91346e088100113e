"""The window's way into the team database (issue 11): the password when the server asks
for one (again after a wrong one, with a plain sentence; kept in the OS keyring if the
agent wants and there is one), a message box instead of a silent exit when the desk
cannot start, and the log-out when IT removed this login while it worked."""

from __future__ import annotations

import asyncio
import logging
from urllib.parse import urlsplit

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget,
)

from ..errors import DatabasePasswordNeeded, UserFacingError
from ..services import identity
from ..services.identity import LoggedOut
from .sentences import reason_text

log = logging.getLogger("deskclient.ui")


class DatabasePasswordDialog(QDialog):
    """Asks for the database login's password. No signals of its own: accepted or rejected."""

    def __init__(self, user: str, host: str, wrong: bool, can_remember: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("databasePassword")
        self.setWindowTitle(self.tr("Database password"))
        self.prompt = QLabel(self.tr("The team database on {0} asks for the password of {1}.")
                             .format(host, user), wordWrap=True)
        self.error_label = QLabel(self.tr("That password was not accepted. Try again.") if wrong else "",
                                  wordWrap=True)
        self.error_label.setObjectName("error")
        self.password_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.remember_box = QCheckBox(self.tr("Remember it on this computer"))
        self.remember_box.setVisible(can_remember)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.prompt, self.error_label, self.password_edit, self.remember_box, buttons):
            layout.addWidget(widget)

    @property
    def password(self) -> str:
        return self.password_edit.text()


async def _finished(dialog: QDialog) -> int:
    """Open a dialog without blocking the loop; its result once it closes."""
    done: asyncio.Future = asyncio.get_running_loop().create_future()
    dialog.finished.connect(lambda result: done.done() or done.set_result(result))
    dialog.open()
    return await done


async def ask_password(needed: DatabasePasswordNeeded, url: str) -> tuple[str, bool] | None:
    """(password, remember it) or None if the agent cancelled."""
    dialog = DatabasePasswordDialog(needed.user, urlsplit(url).hostname or "localhost", needed.wrong,
                                    identity.can_remember())
    result = await _finished(dialog)
    dialog.deleteLater()
    if result != QDialog.DialogCode.Accepted:
        return None
    return dialog.password, dialog.remember_box.isChecked()


async def show_cannot_start(text: str, close_after: float | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, "deskclient", text, QMessageBox.StandardButton.Close)
    box.setObjectName("cannotStart")
    if close_after is not None:  # `--quit-after` (smoke tests): nobody is there to close it
        QTimer.singleShot(int(close_after * 1000), box.reject)
    await _finished(box)
    box.deleteLater()


async def open_desk(config, build, close_after: float | None = None):
    """`build(config)` (app.build_desk), asking for the database password as long as the
    server wants one; None if the agent cancelled. A desk that cannot start (a login that
    is neither agent nor lead, a server away) says why in a message box, then the error
    goes on to the command line's one-line report."""
    url = config.database_url
    stored = identity.remembered_password(url) if url.startswith("postgres") else None
    attempt = config.with_values({"database.url": identity.with_password(url, stored)}) if stored else config
    password, remember = None, False
    while True:
        try:
            desk = build(attempt)
        except DatabasePasswordNeeded as needed:
            if stored is not None:  # the keyring's is out of date: forget it, ask
                identity.forget_password(url)
                stored = None
            answer = await ask_password(needed, url)
            if answer is None:
                return None
            password, remember = answer
            attempt = config.with_values({"database.url": identity.with_password(url, password, needed.user)})
            continue
        except UserFacingError as exc:
            await show_cannot_start(str(exc), close_after)
            raise
        if password is not None and remember:
            identity.remember_password(url, password)
        return desk


def log_out_when_removed(bus, window) -> list[str]:
    """On `LoggedOut`: say why, then close the window for good. Returns the list the
    reason is put in, for the command line to report once the window is gone."""
    said: list[str] = []

    def on_event(event) -> None:
        if not isinstance(event, LoggedOut) or said:
            return
        said.append(event.text)
        log.warning("logged out: the database no longer lets this login work here")
        box = QMessageBox(QMessageBox.Icon.Warning, "deskclient", reason_text(event.text),
                          QMessageBox.StandardButton.Close, window)
        box.setObjectName("loggedOut")
        box.finished.connect(lambda _result: window.quit_app())
        box.open()

    bus.subscribe(on_event)
    return said
