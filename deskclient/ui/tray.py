"""Desktop notifications: a new ticket, a new message on one of my tickets. A click on
the notification opens that ticket. Only names and numbers, never message text."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyle, QSystemTrayIcon, QWidget

from ..domain.bidi import isolate
from ..services.desk import DeskService
from ..store.records import Change, TicketRow


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

    def on_changes(self, changes: list[Change], tickets: dict[int, TicketRow], viewing: int | None) -> None:
        """One batch of store changes: new tickets, and citizens' messages on my tickets."""
        opened = [tickets[c.ticket_id] for c in changes if c.kind == "ticket_opened" and c.ticket_id in tickets]
        if len(opened) == 1:
            self.notify(self.tr("New ticket"), f"{opened[0].number} · {isolate(opened[0].citizen_name)}", opened[0].id)
        elif opened:
            self.notify(self.tr("New tickets"), self.tr("{0} new tickets").format(len(opened)), opened[0].id)
        candidates = [c for c in changes if c.kind == "message_added" and c.message_id
                      and c.ticket_id in tickets and tickets[c.ticket_id].assignee_id == self.desk.agent.id
                      and (c.ticket_id != viewing or not self.window.isActiveWindow())]
        if not candidates:
            return
        incoming = self.desk.incoming(c.message_id for c in candidates)
        for ticket_id in dict.fromkeys(c.ticket_id for c in candidates if c.message_id in incoming):
            ticket = tickets[ticket_id]
            self.notify(self.tr("New message"), self.tr("{0} wrote on {1}").format(isolate(ticket.citizen_name),
                                                                                    ticket.number),
                        ticket.id)

    def notify(self, title: str, body: str, ticket_id: int) -> None:
        self.shown.append((title, body, ticket_id))
        self._last_ticket = ticket_id
        if self.tray.isVisible():
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 8000)
