"""Desktop notifications: a new ticket, a new message on one of my tickets. A click on
the notification opens that ticket. Only names and numbers, never message text."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyle, QSystemTrayIcon, QWidget

from ..services.desk import DeskService
from ..store.records import Change


class Notifier(QObject):
    """Signals: openTicket(int) when a notification is clicked."""

    openTicket = Signal(int)

    def __init__(self, desk: DeskService, window: QWidget) -> None:
        super().__init__(window)
        self.desk = desk
        self.window = window
        self.shown: list[tuple[str, str, int]] = []  # what was notified, newest last
        self._last_ticket = 0
        self.tray = QSystemTrayIcon(self._icon(window), self)
        self.tray.setToolTip("deskclient")
        self.tray.messageClicked.connect(lambda: self.openTicket.emit(self._last_ticket))
        self.tray.activated.connect(lambda _reason: window.showNormal() or window.activateWindow())
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.show()

    @staticmethod
    def _icon(window: QWidget) -> QIcon:
        from ..resources import resources_dir
        svg = resources_dir() / "icons" / "deskclient.svg"
        return QIcon(str(svg)) if svg.exists() else window.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxInformation)

    def on_change(self, change: Change, viewing: int | None) -> None:
        if change.kind not in ("ticket_opened", "message_added") or change.message_id is None:
            return
        ticket = self.desk.ticket(change.ticket_id)
        if change.kind == "ticket_opened":
            self.notify(self.tr("New ticket"), f"{ticket.number} · {ticket.citizen_name}", ticket.id)
            return
        message = self.desk.message(change.message_id)
        mine = ticket.assignee_id == self.desk.agent.id
        if message.kind == "in" and mine and (ticket.id != viewing or not self.window.isActiveWindow()):
            self.notify(self.tr("New message"), self.tr("{0} wrote on {1}").format(ticket.citizen_name, ticket.number),
                        ticket.id)

    def notify(self, title: str, body: str, ticket_id: int) -> None:
        self.shown.append((title, body, ticket_id))
        self._last_ticket = ticket_id
        if self.tray.isVisible():
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 8000)
