"""Logging the service account in to Telegram, without ever blocking the window.

Pages: phone → code → (password); a QR code to scan from a phone already logged in;
a bot token. Every failure is one plain sentence under the form, and the form stays
filled so the agent can try again.
"""

from __future__ import annotations

import asyncio
import io

import segno
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)
from qasync import asyncSlot

from ..errors import PasswordNeeded, UserFacingError
from ..services.account import AccountService

QR_EXPLAINED = QT_TRANSLATE_NOOP("LoginDialog", "On a phone already logged in to the service account: Telegram → Settings → "
                "Devices → Link Desktop Device, then point the camera at this code.")


def qr_pixmap(url: str, scale: int = 6) -> QPixmap:
    """The login URL as a QR code (segno draws it; Qt has no QR encoder)."""
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=scale, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class LoginDialog(QDialog):
    """Signals: loggedIn(str) with the account's name."""

    loggedIn = Signal(str)

    def __init__(self, account: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account = account
        self.setWindowTitle(self.tr("Log in to Telegram"))
        self.setMinimumWidth(420)
        self._qr_task: asyncio.Task | None = None

        self.pages = QStackedWidget()
        self.phone_edit = QLineEdit(placeholderText="+34 600 000 000")
        self.send_code_button = QPushButton(self.tr("Send code"))
        self.code_edit = QLineEdit(placeholderText="12345")
        self.code_button = QPushButton(self.tr("Log in"))
        self.password_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password_hint = QLabel()
        self.password_button = QPushButton(self.tr("Log in"))
        self.qr_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.qr_refresh = QPushButton(self.tr("Show a new code"))
        self.bot_edit = QLineEdit(placeholderText="123456:ABC-DEF…")
        self.bot_button = QPushButton(self.tr("Log in"))
        self.error_label = QLabel(wordWrap=True)
        self.error_label.setStyleSheet("color:#b00020;")
        self.error_label.setObjectName("loginError")

        self.pages.addWidget(self._page(self.tr("The service account's phone number, with its country code:"),
                                        self.phone_edit, self.send_code_button))
        self.pages.addWidget(self._page(self.tr("The code Telegram has just sent to that account:"),
                                        self.code_edit, self.code_button))
        self.pages.addWidget(self._page(self.tr("This account has two-step verification. Its password:"),
                                        self.password_edit, self.password_hint, self.password_button))
        self.pages.addWidget(self._page(self.tr(QR_EXPLAINED), self.qr_label, self.qr_refresh))
        self.pages.addWidget(self._page(self.tr("A bot token from @BotFather:"), self.bot_edit, self.bot_button))

        switches = QHBoxLayout()
        self.by_phone = QPushButton(self.tr("Phone number"))
        self.by_qr = QPushButton(self.tr("QR code"))
        self.by_bot = QPushButton(self.tr("Bot token"))
        for button in (self.by_phone, self.by_qr, self.by_bot):
            button.setFlat(True)
            switches.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(switches)
        layout.addWidget(self.pages)
        layout.addWidget(self.error_label)

        self.send_code_button.clicked.connect(self.send_code)
        self.phone_edit.returnPressed.connect(self.send_code)
        self.code_button.clicked.connect(self.enter_code)
        self.code_edit.returnPressed.connect(self.enter_code)
        self.password_button.clicked.connect(self.enter_password)
        self.password_edit.returnPressed.connect(self.enter_password)
        self.bot_button.clicked.connect(self.bot_token)
        self.qr_refresh.clicked.connect(self.show_qr)
        self.by_phone.clicked.connect(lambda: self._switch(0))
        self.by_qr.clicked.connect(self.show_qr)
        self.by_bot.clicked.connect(lambda: self._switch(4))

    @staticmethod
    def _page(text: str, *widgets: QWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(text, wordWrap=True))
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        return page

    def _switch(self, index: int) -> None:
        if self._qr_task is not None:
            self._qr_task.cancel()
        self.error_label.clear()
        self.pages.setCurrentIndex(index)

    async def _step(self, coro, busy: bool = True) -> object | None:
        """Run one login step (the form disabled while busy); show a failure in plain words."""
        self.error_label.clear()
        self.pages.setEnabled(not busy)
        try:
            return await coro
        except PasswordNeeded as needed:
            self.password_hint.setText(self.tr("Hint: {0}").format(needed.hint) if needed.hint else "")
            self.pages.setCurrentIndex(2)
            self.password_edit.setFocus()
        except UserFacingError as exc:
            self.error_label.setText(str(exc))
        finally:
            self.pages.setEnabled(True)
        return None

    def _done(self, name: object) -> None:
        if name:
            self.loggedIn.emit(str(name))
            self.accept()

    @asyncSlot()
    async def send_code(self) -> None:
        if await self._step(self._sent(self.account.send_code(self.phone_edit.text()))):
            self.pages.setCurrentIndex(1)
            self.code_edit.setFocus()

    @staticmethod
    async def _sent(coro) -> bool:
        await coro
        return True

    @asyncSlot()
    async def enter_code(self) -> None:
        self._done(await self._step(self.account.enter_code(self.code_edit.text())))

    @asyncSlot()
    async def enter_password(self) -> None:
        self._done(await self._step(self.account.enter_password(self.password_edit.text())))

    @asyncSlot()
    async def bot_token(self) -> None:
        self._done(await self._step(self.account.bot_token(self.bot_edit.text())))

    @asyncSlot()
    async def show_qr(self) -> None:
        self._switch(3)
        url = await self._step(self.account.qr_url())
        if not url:
            return
        self.qr_label.setPixmap(qr_pixmap(str(url)))
        # The code stays sharp and black while it waits to be scanned.
        self._qr_task = asyncio.ensure_future(self._step(self.account.qr_wait(), busy=False))
        try:
            self._done(await self._qr_task)
        except asyncio.CancelledError:
            pass

    def done(self, result: int) -> None:  # noqa: D401 (Qt override)
        if self._qr_task is not None:
            self._qr_task.cancel()
        super().done(result)
