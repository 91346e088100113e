"""The ticket queue as a lazily paged table model, sorted by SLA due."""

from __future__ import annotations

import enum
from datetime import timedelta
from functools import lru_cache

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from ..domain.bidi import isolate
from ..services.desk import DeskService
from ..store.records import TicketRow
from ..store.queue_reads import QueueView
from .channel_icons import channel_icon, channel_name
from .labels import ticket_status
from .palette_colours import text_colour

PAGE = 200


class Column(enum.IntEnum):
    NUMBER = 0
    CITIZEN = 1
    CATEGORY = 2
    LAST_MESSAGE = 3
    SLA = 4
    STATUS = 5
    ASSIGNEE = 6


HEADERS = {Column.NUMBER: QT_TRANSLATE_NOOP("TicketQueueModel", "Number"),
           Column.CITIZEN: QT_TRANSLATE_NOOP("TicketQueueModel", "Citizen"),
           Column.CATEGORY: QT_TRANSLATE_NOOP("TicketQueueModel", "Category"),
           Column.LAST_MESSAGE: QT_TRANSLATE_NOOP("TicketQueueModel", "Last message"),
           Column.SLA: QT_TRANSLATE_NOOP("TicketQueueModel", "SLA left"),
           Column.STATUS: QT_TRANSLATE_NOOP("TicketQueueModel", "Status"),
           Column.ASSIGNEE: QT_TRANSLATE_NOOP("TicketQueueModel", "Assignee")}

TICKET_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# The tooltips' words (a citizen's channel, a flag's meaning) are also each cell's
# description for a screen reader, which never sees the painted mark.
_ROLES = frozenset({TICKET_ID_ROLE, Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole,
                    Qt.ItemDataRole.AccessibleDescriptionRole})
_BREACHED, _SOON, _FINE = "#b00020", "#b26a00", "#1b5e20"  # red, amber, green: where the theme can show them
_BOLD = QFont()
_BOLD.setBold(True)


@lru_cache(maxsize=32)
def _sla_brush(colour: str, _palette_key: int) -> QBrush:
    """The SLA's colour if it reads on the table (a high-contrast theme: the theme's text),
    once per palette."""
    return QBrush(QColor(text_colour(colour, QGuiApplication.palette(), QPalette.ColorRole.Base)))


def format_left(left: timedelta) -> str:
    """Time left before the first response is due ("1h 05m"); once it is past, how long
    ago, in words ("overdue 2 min", "overdue 1 h 05 min", "overdue 3 d 4 h")."""
    minutes = int(left.total_seconds() // 60)
    if minutes >= 0:
        return f"{minutes // 60}h {minutes % 60:02d}m"
    over = -minutes

    if over < 60:
        span = QCoreApplication.translate("TicketQueueModel", "{0} min").format(over)
    elif over < 24 * 60:
        span = QCoreApplication.translate("TicketQueueModel", "{0} h {1} min").format(over // 60,
                                                                                   f"{over % 60:02d}")
    else:
        span = QCoreApplication.translate("TicketQueueModel", "{0} d {1} h").format(over // (24 * 60),
                                                                                 over % (24 * 60) // 60)
    return QCoreApplication.translate("TicketQueueModel", "overdue {0}").format(span)


def _order(ticket: TicketRow) -> tuple:
    """A row's place in the queue, as store/queue_reads.py's `queue` orders them."""
    return ticket.status == "closed", ticket.first_response_due, ticket.id


class TicketQueueModel(QAbstractTableModel):
    def __init__(self, desk: DeskService, parent=None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._rows: list[TicketRow] = []
        self._more = False
        self._sla_cache: dict[int, object] = {}
        self.view = QueueView.ALL
        self.search = ""

    # paging
    def reload(self) -> None:
        """The first page again. No COUNT over the queue: a short page says it ended."""
        self.beginResetModel()
        self._sla_cache.clear()
        self._rows = self._desk.queue(self.view, self.search, 0, PAGE)
        self._more = len(self._rows) == PAGE
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or not self._more:
            return
        more = self._desk.queue(self.view, self.search, len(self._rows), PAGE)
        self._more = len(more) == PAGE
        if not more:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def set_filter(self, view: str, search: str) -> None:
        self.view, self.search = view, search
        self.reload()

    def refresh_rows(self, tickets: dict[int, TicketRow]) -> bool:
        """Replace the loaded rows of these tickets (fetched together by the caller).
        True when a status or an assignee changed: the view's rows and their order may
        then differ, and the caller reloads."""
        changed = [n for n, row in enumerate(self._rows) if row.id in tickets]
        for ticket_id in tickets:
            self._sla_cache.pop(ticket_id, None)
        moved = False
        for n in changed:
            old, new = self._rows[n], tickets[self._rows[n].id]
            moved = moved or (old.status, old.assignee_id, old.first_response_due) != (
                new.status, new.assignee_id, new.first_response_due)
            self._rows[n] = new
        if changed:
            self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), len(Column) - 1))
        return moved

    def beyond_loaded(self, ticket: TicketRow) -> bool:
        """True when this ticket sorts after every loaded row while more pages wait
        (store/queue_reads.py's ORDER BY: active first, SLA due, id): whether or not it is
        in this view, the rows shown stay as they are and the next page, read by offset,
        still finds it. A new ticket in a long queue then costs no reload."""
        return self._more and bool(self._rows) and _order(ticket) > _order(self._rows[-1])

    def tick(self) -> None:
        """The SLA column changes with time alone."""
        self._sla_cache.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, Column.SLA), self.index(len(self._rows) - 1, Column.SLA))

    def ticket_at(self, row: int) -> TicketRow:
        return self._rows[row]

    def loaded_ids(self) -> set[int]:
        """The tickets of the rows loaded (a burst's changes are checked against it once,
        not with `row_of` each: a scan of every row per change)."""
        return {t.id for t in self._rows}

    def row_of(self, ticket_id: int) -> int | None:
        return next((n for n, t in enumerate(self._rows) if t.id == ticket_id), None)

    # model
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(Column):
            return self.tr(HEADERS[Column(section)])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        # A repaint asks a dozen roles of every visible cell: unhandled ones leave first.
        if role not in _ROLES or not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        ticket = self._rows[index.row()]
        column = index.column()
        if role == TICKET_ID_ROLE:
            return ticket.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(ticket, Column(column))
        if role == Qt.ItemDataRole.ForegroundRole:
            if column != Column.SLA or ticket.status != "open":
                return None
            sla = self._sla(ticket)
            if sla.breached:
                return _sla_brush(_BREACHED, QGuiApplication.palette().cacheKey())
            return _sla_brush(_SOON if sla.left < timedelta(minutes=30) else _FINE, QGuiApplication.palette().cacheKey())
        if role == Qt.ItemDataRole.FontRole:
            return _BOLD if ticket.unread else None
        if column == Column.CITIZEN:  # their channel: its mark; its name in the tooltip, to a screen reader
            if role == Qt.ItemDataRole.DecorationRole:
                return channel_icon(ticket.channel)
            return channel_name(ticket.channel)
        if role == Qt.ItemDataRole.DecorationRole:
            return None
        if column == Column.STATUS and ticket.citizen_wrote_while_closing:
            return self.tr("The citizen wrote after the closing message")
        return None

    def _sla(self, ticket: TicketRow):
        """Worked out once per row between ticks (a service-hours walk is not free)."""
        state = self._sla_cache.get(ticket.id)
        if state is None:
            state = self._sla_cache[ticket.id] = self._desk.sla_left(ticket)
        return state

    def _display(self, ticket: TicketRow, column: Column) -> str:
        if column == Column.NUMBER:
            return ticket.number
        if column == Column.CITIZEN:
            name = isolate(ticket.citizen_name)  # a right-to-left override stays inside the name
            return f"{name} ({ticket.unread})" if ticket.unread else name
        if column == Column.CATEGORY:
            return ticket.category or ""
        if column == Column.LAST_MESSAGE:  # one line: a location or a poll is several
            return isolate(" ".join(line.strip() for line in ticket.last_preview.splitlines() if line.strip()))
        if column == Column.SLA:
            if ticket.status != "open":
                return ""
            sla = self._sla(ticket)
            if ticket.first_response_at is not None:
                return self.tr("answered late") if sla.breached else self.tr("answered")
            return format_left(sla.left)
        if column == Column.STATUS:
            return ticket_status(ticket.status) + (" ⚑" if ticket.citizen_wrote_while_closing else "")
        return ticket.assignee_login or ""
