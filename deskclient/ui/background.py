"""A single desk keeps running when its window is closed: it lives on in the system tray.

The single desk (SQLite, one PC) is service and window at once: closing the window must
not stop it answering citizens. With `app.tray` on and a system tray present, closing
hides the window; the tray icon's menu has Open and Quit. The first time, a tray message
says so; that it was said is remembered in the user settings (QSettings), so it is said
once. Without a tray (or with `app.tray = false`, a team workstation, `--demo`),
closing quits as before.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from ..autostart import is_single_desk
from ..config import Config

TOLD_KEY = "tray/told_keeps_running"


def user_settings() -> QSettings:
    """What the app remembers for this user, apart from the config:
    `$XDG_CONFIG_HOME/deskclient/ui-state.ini`."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "deskclient", "ui-state")


def keeps_running_in_tray(config: Config, demo: bool, tray_available: bool) -> bool:
    return bool(config["app.tray"]) and not demo and is_single_desk(config) and tray_available


class TrayKeeper(QObject):
    """Hides the window on close instead of quitting; the tray's menu opens or quits."""

    def __init__(self, window, tray: QSystemTrayIcon, settings: QSettings | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.tray = tray
        self.settings = settings or user_settings()
        self.menu = QMenu(window)
        self.open_action = self.menu.addAction(self.tr("&Open deskclient"))
        self.open_action.triggered.connect(self.show_window)
        self.menu.addSeparator()
        self.quit_action = self.menu.addAction(self.tr("&Quit (stop answering citizens)"))
        self.quit_action.triggered.connect(window.quit_app)
        tray.setContextMenu(self.menu)
        window.hide_on_close = lambda: True
        window.hiddenToTray.connect(self._hidden)

    def show_window(self) -> None:
        self.window.showNormal()
        self.window.activateWindow()

    @property
    def told(self) -> bool:
        return str(self.settings.value(TOLD_KEY, "false")).lower() == "true"

    def _hidden(self) -> None:
        if self.told:
            return
        text = self.tr("deskclient keeps running here and answers citizens. "
                       "Quit it from this icon's menu.")
        self.window.statusBar().showMessage(text, 20_000)
        if self.tray.isVisible() and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage("deskclient", text, QSystemTrayIcon.MessageIcon.Information, 10_000)
        self.settings.setValue(TOLD_KEY, "true")
        self.settings.sync()
