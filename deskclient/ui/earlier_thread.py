"""Another ticket of the same citizen, read beside the open one (the citizen panel's list):
its thread as bubbles, voice notes playable, files opening in their previews, nothing
to send. Esc and Ctrl+W close it; the citizen panel closes it when the agent moves to
another citizen. Opening it is audited by the panel (DeskService.thread_opened).
"""

from __future__ import annotations

from typing import Callable

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..domain.bidi import isolate
from ..errors import UserFacingError
from ..services.desk import DeskService
from .accessibility import scaled_font
from .bubble_media import InlineMedia
from .formats import day
from .labels import ticket_status
from .place_tasks import in_background
from .thread_model import QuoteTooFar, ThreadModel
from .thread_view import BubbleDelegate, ThreadView


class EarlierThread(QWidget):
    """A window showing one ticket's thread, read-only. `links(anchor)` opens a "file:"
    preview or a "history:" box (the ticket panel's); quotes jump within this thread."""

    def __init__(self, desk: DeskService, ticket_id: int, links: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("earlierThread")
        self.desk = desk
        self.ticket_id = ticket_id
        self._links = links
        ticket = desk.ticket(ticket_id)  # TicketGone when it is no longer there
        self.model = ThreadModel(desk, self)
        self.model.show_ticket(ticket_id)
        self.view = ThreadView(BubbleDelegate(desk.cached_file, desk.rules.calendar.tz,
                                              lambda: self.model.citizen_name), self)
        self.view.setModel(self.model)
        self.media = InlineMedia(self.view, desk)
        self.view.linkActivated.connect(self._on_link)
        self.view.nearTop.connect(self.model.load_older)
        self._fetching: set[int] = set()  # images being fetched (team mode), each once
        self.view.bubbles.thumbnailWanted.connect(self._want_thumbnail)
        tz = desk.rules.calendar.tz
        title = f"{ticket.number} · {isolate(ticket.citizen_name)}"
        self.setWindowTitle(title)
        header = QLabel(f"{title} · {ticket_status(ticket.status)} · {day(ticket.opened_at, tz)}")
        header.setObjectName("earlierThreadHeader")
        header.setFont(scaled_font(header.font(), 1.1, bold=True))
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.view, 1)
        for keys in (QKeySequence(Qt.Key.Key_Escape), QKeySequence.StandardKey.Close):
            QShortcut(keys, self, self.close)
        self.resize(560, 640)
        self.view.scrollToBottom()

    def _on_link(self, link: str) -> None:
        kind, _, value = link.partition(":")
        if kind == "quote":
            try:
                row = self.model.row_of_channel_message_id(int(value))
            except QuoteTooFar:
                return
            if row is not None:
                self.model.highlight(row)
                self.view.scrollTo(self.model.index(row))
        elif kind in ("file", "history"):
            self._links(link)

    def _want_thumbnail(self, attachment_id: int, message_id: int) -> None:
        if attachment_id not in self._fetching:
            self._fetching.add(attachment_id)
            in_background(self._thumbnail(attachment_id, message_id))

    async def _thumbnail(self, attachment_id: int, message_id: int) -> None:
        """An image this workstation has no copy of yet (team mode): fetched, then drawn."""
        try:
            await self.desk.attachment_file(attachment_id)
        except UserFacingError:
            if shiboken6.isValid(self):
                self.view.bubbles.thumbnail_unavailable(attachment_id)
        if shiboken6.isValid(self):
            self.view.bubbles.clear_cache(message_id)
            self.model.message_changed(message_id)
