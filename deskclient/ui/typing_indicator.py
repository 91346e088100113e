""""Marta is typing…" in the open ticket, while the citizen types (issue 15 item 10).

Telegram repeats a typing update every few seconds while someone types and sends a
cancel when they stop without sending; an update that is not repeated within
EXPIRY_MS has run out (Telegram's own clients wait about 6 s). A message from the
citizen ends it too. Nothing of it is stored: it comes through the EventBridge's
`citizenTyping` (the store's announcements; NOTIFY from the service in team mode).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from ..domain.bidi import isolate
from .thread_model import MessageRole

EXPIRY_MS = 6_000


class TypingIndicator(QLabel):
    """Shows who types in the ticket it follows (`follow`), for EXPIRY_MS after each update."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("citizenTyping")
        self.setStyleSheet("font-style:italic;")
        self.ticket_id: int | None = None
        self._name = ""
        self._expiry = QTimer(self, singleShot=True, interval=EXPIRY_MS)
        self._expiry.timeout.connect(self.stop)
        self.stop()

    def watch(self, thread_model) -> None:
        """A message from the citizen arriving in the thread ends their typing."""
        def inserted(_parent, first: int, last: int) -> None:
            if last == thread_model.rowCount() - 1 and any(  # new at the end, not older ones loaded
                    thread_model.index(row).data(MessageRole.KIND) == "in" for row in range(first, last + 1)):
                self.stop()

        thread_model.rowsInserted.connect(inserted)

    @property
    def typing(self) -> bool:
        return bool(self.text())

    def follow(self, ticket_id: int | None, citizen_name: str = "") -> None:
        """The ticket now shown (None: none); a change of ticket ends what was shown."""
        if ticket_id != self.ticket_id:
            self.stop()
        self.ticket_id = ticket_id
        self._name = citizen_name

    def on_typing(self, ticket_id: int, typing: bool) -> None:
        if ticket_id != self.ticket_id or self.ticket_id is None:
            return
        if not typing:
            self.stop()
            return
        self.setText(self.tr("{0} is typing…").format(isolate(self._name)))
        self.setAccessibleName(self.text())
        self._expiry.start()

    def stop(self) -> None:
        self._expiry.stop()
        self.clear()
        self.setAccessibleName(self.tr("Nobody is typing"))
