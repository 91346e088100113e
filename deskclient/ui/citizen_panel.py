"""The citizen beside the thread (issue 15 item 9), as helpdesks show a contact: who
they are, the language the desk writes to them in, their Telegram username or WhatsApp
number, their phone when the records hold one, their other tickets (a click reads one, in a window of its own:
earlier_thread.py) and the agents' internal notes on any of their tickets, newest first.

Notes are the tickets' own internal notes, not a file kept about the citizen: what one
agent noted reaches whoever answers them next, and goes with its ticket when the
retention purge or an erasure takes it. "Add a note…" turns the composer to an
internal note on the open ticket.

The language box is the ticket panel's (TicketPanel.language_combo, which corrects the
ticket's and the citizen's language through DeskService.set_language), laid out here.
Reads are short indexed queries (DeskService.citizen_*), made together by `read` so that
the ticket panel can make them on the store's thread while messages flow (`show_read`
shows them); reading a closed ticket is audited (DeskService.thread_opened).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable

import shiboken6
from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QLabel, QListView, QPushButton, QSizePolicy, QVBoxLayout, QWidget,
)

from ..domain.bidi import isolate
from ..domain.channels import WHATSAPP
from ..errors import StoreUnavailable, TicketGone
from ..services.desk import DeskService
from ..store.records import CitizenCard, CitizenNote, TicketRow
from .accessibility import scaled_font
from .channel_icons import channel_icon, channel_name
from .earlier_thread import EarlierThread
from .formats import day, short_moment
from .labels import ticket_status
from .place_tasks import in_background
from .thread_model import MessageRole

log = logging.getLogger("deskclient.ui")

PAGE = 50
TICKET_ID = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class CitizenReads:
    """What the panel shows of a citizen, read together (CitizenPanel.read): the card
    (None: erased meanwhile), the first page of their tickets, their notes."""

    card: CitizenCard | None
    tickets: list[TicketRow]
    notes: list[CitizenNote]


class CitizenTicketsModel(QAbstractListModel):
    """The citizen's tickets but the one open beside it, newest first, a page at a time."""

    def __init__(self, desk: DeskService, parent=None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._rows: list[TicketRow] = []
        self._citizen: int | None = None
        self._current: int | None = None
        self._read = 0  # rows read from the store (the open ticket among them)
        self._more = False

    def show_citizen(self, citizen_id: int | None, current_ticket_id: int | None,
                     first_page: list[TicketRow]) -> None:
        """`first_page`: `DeskService.citizen_tickets(citizen_id, 0, PAGE)`."""
        self.beginResetModel()
        self._citizen, self._current, self._rows, self._read, self._more = citizen_id, current_ticket_id, [], 0, False
        if citizen_id is not None:
            self._rows = self._taken(first_page)
        self.endResetModel()

    def _read_page(self) -> list[TicketRow]:
        return self._taken(self._desk.citizen_tickets(self._citizen, self._read, PAGE))

    def _taken(self, page: list[TicketRow]) -> list[TicketRow]:
        self._read += len(page)
        self._more = len(page) == PAGE
        return [t for t in page if t.id != self._current]

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 (Qt override)
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 (Qt override)
        if parent.isValid() or not self._more:
            return
        more = self._read_page()
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        ticket = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            tz = self._desk.rules.calendar.tz
            first = f"{ticket.number} · {ticket_status(ticket.status)} · {day(ticket.opened_at, tz)}"
            if role == Qt.ItemDataRole.AccessibleTextRole:  # the icon's words
                first = f"{channel_name(ticket.channel)} · {first}"
            return f"{first}\n{ticket.last_preview[:70]}" if ticket.last_preview else first
        if role == Qt.ItemDataRole.DecorationRole:  # a linked person's tickets come from both channels
            return channel_icon(ticket.channel)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Read this ticket")
        if role == TICKET_ID:
            return ticket.id
        return None


class CitizenNotesModel(QAbstractListModel):
    """The agents' internal notes on any of the citizen's tickets, newest first."""

    def __init__(self, desk: DeskService, parent=None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._rows: list[CitizenNote] = []

    def show_citizen(self, citizen_id: int | None) -> None:
        self.show_notes(self._desk.citizen_notes(citizen_id) if citizen_id is not None else [])

    def show_notes(self, notes: list[CitizenNote]) -> None:
        self.beginResetModel()
        self._rows = notes
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        note = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            when = short_moment(note.created_at, self._desk.rules.calendar.tz)
            return f"{when} · {note.author_login or ''} · {note.ticket_number}\n{note.text}"
        if role == TICKET_ID:
            return note.ticket_id
        return None


class CitizenPanel(QWidget):
    """Signals: noteWanted() — the agent asked to write a note on the open ticket.
    `links(anchor)` handles a "file:" or "history:" link of an earlier ticket's thread
    (the ticket panel's previews)."""

    noteWanted = Signal()

    def __init__(self, desk: DeskService, language: QComboBox, links: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("citizenPanel")
        self.desk = desk
        self.links = links
        self.citizen_id: int | None = None
        self.ticket_id: int | None = None
        self.windows: dict[int, EarlierThread] = {}  # ticket id -> its reading window

        self.name = QLabel()
        self.name.setObjectName("citizenName")
        self.name.setFont(scaled_font(self.name.font(), 1.1, bold=True))
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.username = QLabel()
        self.username.setObjectName("citizenUsername")
        self.username.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address_label = QLabel()  # the open citizen's channel: Telegram or WhatsApp
        self.phone_label = QLabel(self.tr("Phone:"))
        self.phone = QLabel()  # the stored phone (a WhatsApp citizen's: only if not their number)
        self.phone.setObjectName("citizenPhone")
        self.phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.linked = QLabel()  # the same person on another channel, as a lead linked them
        self.linked.setObjectName("citizenLinked")
        self.linked.setWordWrap(True)
        self.language = language
        self.tickets_heading = QLabel()
        self.tickets = CitizenTicketsModel(desk, self)
        self.tickets_view = self._list(self.tickets, "citizenTickets", self.tr("Earlier tickets"))
        self.tickets_view.clicked.connect(self._on_ticket)
        self.tickets_view.activated.connect(self._on_ticket)  # Return, for the keyboard
        self.no_tickets = QLabel(self.tr("No earlier tickets."))
        self.notes_heading = QLabel(self.tr("Notes"))
        self.notes = CitizenNotesModel(desk, self)
        self.notes_view = self._list(self.notes, "citizenNotes", self.tr("Notes"))
        self.no_notes = QLabel(self.tr("No notes yet."))
        self.add_note = QPushButton(self.tr("Add a &note…"))
        self.add_note.setObjectName("citizenAddNote")
        self.add_note.clicked.connect(self.noteWanted)
        for heading in (self.tickets_heading, self.notes_heading):
            heading.setFont(scaled_font(heading.font(), 1.0, bold=True))
        for empty in (self.no_tickets, self.no_notes):
            empty.setEnabled(False)  # greyed, as a placeholder

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Language:"), language)
        form.addRow(self.address_label, self.username)
        form.addRow(self.phone_label, self.phone)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.name)
        layout.addLayout(form)
        layout.addWidget(self.linked)
        layout.addSpacing(6)
        layout.addWidget(self.tickets_heading)
        layout.addWidget(self.no_tickets)
        layout.addWidget(self.tickets_view, 200)
        layout.addSpacing(6)
        layout.addWidget(self.notes_heading)
        layout.addWidget(self.no_notes)
        layout.addWidget(self.notes_view, 300)
        layout.addStretch(1)  # empty lists hidden: what there is stays at the top
        layout.addWidget(self.add_note)
        self.setMinimumWidth(180)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.show_citizen(None, None)

    def _list(self, model, name: str, accessible: str) -> QListView:
        view = QListView(self)
        view.setObjectName(name)
        view.setAccessibleName(accessible)
        view.setModel(model)
        view.setWordWrap(True)
        view.setUniformItemSizes(False)
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSpacing(2)
        return view

    # -- showing -----------------------------------------------------------------------

    def show_citizen(self, citizen_id: int | None, ticket_id: int | None) -> None:
        """The open ticket's citizen (None: no ticket open); read again on every call, so
        the ticket panel's refresh brings in a new ticket or note of theirs."""
        self.show_read(citizen_id, ticket_id, self.read(self.desk, citizen_id))

    @staticmethod
    def read(desk: DeskService, citizen_id: int | None) -> CitizenReads:
        """What `show_read` shows: no Qt, so on any thread."""
        if citizen_id is None:
            return CitizenReads(None, [], [])
        try:
            card = desk.citizen_card(citizen_id)
        except TicketGone:  # erased meanwhile: the window hears of it right after
            return CitizenReads(None, [], [])
        return CitizenReads(card, desk.citizen_tickets(citizen_id, 0, PAGE), desk.citizen_notes(citizen_id))

    def show_read(self, citizen_id: int | None, ticket_id: int | None, reads: CitizenReads) -> None:
        if citizen_id != self.citizen_id:
            self.close_windows()  # another citizen's conversations stay out of sight
        self.citizen_id, self.ticket_id = citizen_id, ticket_id
        card = reads.card
        if card is None:
            citizen_id = None
        self.setEnabled(card is not None)
        self.name.setText(isolate(card.name) if card else "")
        self.username.setText(f"@{card.username}" if card and card.username else
                              self.tr("no public username") if card else "")
        self._show_channel(card)
        self.tickets.show_citizen(citizen_id, ticket_id, reads.tickets)
        self.notes.show_notes(reads.notes)
        earlier = max(0, card.tickets - 1) if card else 0
        self.tickets_heading.setText(self.tr("Earlier tickets ({0})").format(earlier))
        self.no_tickets.setVisible(self.tickets.rowCount() == 0)
        self.tickets_view.setVisible(self.tickets.rowCount() > 0)
        self.refresh_notes_visibility()

    def _show_channel(self, card: CitizenCard | None) -> None:
        """A WhatsApp citizen's number in place of a Telegram username: the conversation's
        address (the wa_id), where every reply goes. A lead may rectify the stored phone
        ("my number is now…"), which moves no conversation: a phone other than that
        number is shown apart, as the phone. A Telegram citizen's phone, stored when
        they shared it with the account (or as a lead rectified it), is shown as the
        phone too; none stored, no phone row. No citizen: no channel named. Then the
        citizens a lead linked to this one (issue 16), by name and channel."""
        whatsapp = card is not None and card.channel == WHATSAPP
        self.address_label.setText("" if card is None else self.tr("WhatsApp:") if whatsapp
                                   else self.tr("Telegram:"))
        phone = (card.phone or "").strip() if card is not None else ""
        if whatsapp:
            self.username.setText(f"+{card.address}")
            if "".join(c for c in phone if c.isdigit()) == str(card.address):
                phone = ""  # the number they write from, said once
        self.phone.setText(phone)
        self.phone_label.setVisible(bool(phone))
        self.phone.setVisible(bool(phone))
        others = ", ".join(f"{isolate(name)} ({channel_name(channel)})" for name, channel in card.linked) \
            if card is not None else ""
        self.linked.setText(self.tr("Same person as: {0}").format(others) if others else "")
        self.linked.setVisible(bool(others))

    def watch(self, thread_model) -> None:
        """A note arriving in the open ticket's thread (this agent's, or a colleague's
        through NOTIFY) joins the notes."""
        def inserted(_parent, first: int, last: int) -> None:
            if last == thread_model.rowCount() - 1 and any(
                    thread_model.index(row).data(MessageRole.KIND) == "note" for row in range(first, last + 1)):
                self.refresh_notes()

        thread_model.rowsInserted.connect(inserted)

    def refresh_notes(self) -> None:
        """A note was written on the open ticket."""
        self.notes.show_citizen(self.citizen_id)
        self.refresh_notes_visibility()

    def refresh_notes_visibility(self) -> None:
        self.no_notes.setVisible(self.notes.rowCount() == 0)
        self.notes_view.setVisible(self.notes.rowCount() > 0)

    # -- reading an earlier ticket -----------------------------------------------------

    def _on_ticket(self, index: QModelIndex) -> None:
        ticket_id = index.data(TICKET_ID)
        if ticket_id is not None:
            self.read_ticket(ticket_id)

    def read_ticket(self, ticket_id: int) -> EarlierThread | None:
        """That ticket's thread in a window of its own (one per ticket); reading a closed
        one is audited, once per opening."""
        window = self.windows.get(ticket_id)
        if window is not None and shiboken6.isValid(window):
            window.raise_()
            window.activateWindow()
            return window
        try:
            window = EarlierThread(self.desk, ticket_id, self.links, self)
        except TicketGone:
            self.show_citizen(self.citizen_id, self.ticket_id)  # purged meanwhile: the list follows
            return None
        self.windows[ticket_id] = window
        window.destroyed.connect(lambda *_: self.windows.pop(ticket_id, None))
        window.show()
        in_background(self._audit_opening(ticket_id))
        return window

    async def _audit_opening(self, ticket_id: int) -> None:
        try:
            await self.desk.thread_opened(ticket_id)
        except (StoreUnavailable, TicketGone) as exc:
            log.info("opening not audited: %s", type(exc).__name__)

    def close_windows(self) -> None:
        windows, self.windows = list(self.windows.values()), {}
        for window in windows:
            if shiboken6.isValid(window):
                window.close()
