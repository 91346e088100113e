"""Item models of the team lead's screens: search hits, tickets, the audit log.

Models hold what the window loaded and never call a service: when a view scrolls to the
end, `fetchMore` emits `fetchRequested` and the window loads the next page (audited, off
the GUI thread) and hands it back with `append`.

Column titles are translated in the fixed context "LeadModels" (marked with
QT_TRANSLATE_NOOP, so pyside6-lupdate sees them although `headerData` looks them up by
value). What the rows hold (category, names) is data and shown as stored; an audited
action shows its label (ui/labels.py), its code under ACTION_CODE_ROLE.
"""

from __future__ import annotations

import enum
from datetime import datetime, tzinfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt,
    Signal,
)

from ..domain.bidi import isolate
from ..store.lead_records import AuditRow, HitPage, MessageHit, ReviewTicket, TicketPage
from .formats import full_moment
from .labels import audit_action, ticket_status

TICKET_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MESSAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
ACTION_CODE_ROLE = Qt.ItemDataRole.UserRole + 3


def _when(moment: datetime | None, tz: tzinfo) -> str:
    return full_moment(moment, tz)


class _PagedModel(QAbstractTableModel):
    """Signals: fetchRequested() when a view wants the next page."""

    fetchRequested = Signal()
    HEADERS: tuple[str, ...] = ()

    def __init__(self, tz: tzinfo, parent=None) -> None:
        super().__init__(parent)
        self.tz = tz
        self._rows: list = []
        self._more = False
        self.loading = False

    def _reset(self, rows: list, more: bool) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._more = more
        self.loading = False
        self.endResetModel()

    def _append(self, rows: list, more: bool) -> None:
        self.loading = False
        self._more = more
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._more and not self.loading

    def fetchMore(self, parent=QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self.loading = True
            self.fetchRequested.emit()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate("LeadModels", self.HEADERS[section])
        return None

    def row_at(self, row: int):
        return self._rows[row]

    def _valid(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        return index.isValid() and 0 <= index.row() < len(self._rows) and 0 <= index.column() < len(self.HEADERS)


class HitColumn(enum.IntEnum):
    TIME = 0
    TICKET = 1
    CITIZEN = 2
    AUTHOR = 3
    CATEGORY = 4
    TEXT = 5


class MessageHitsModel(_PagedModel):
    """Full-text hits, newest first; paged by the last message id (keyset)."""

    HEADERS = (QT_TRANSLATE_NOOP("LeadModels", "Time"), QT_TRANSLATE_NOOP("LeadModels", "Ticket"),
               QT_TRANSLATE_NOOP("LeadModels", "Citizen"), QT_TRANSLATE_NOOP("LeadModels", "From"),
               QT_TRANSLATE_NOOP("LeadModels", "Category"), QT_TRANSLATE_NOOP("LeadModels", "Text"))

    def reset(self, page: HitPage) -> None:
        self.next_before = page.next_before
        self._reset(page.hits, page.next_before is not None)

    def append(self, page: HitPage) -> None:
        self.next_before = page.next_before
        self._append(page.hits, page.next_before is not None)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not self._valid(index):
            return None
        hit: MessageHit = self._rows[index.row()]
        if role == TICKET_ID_ROLE:
            return hit.ticket_id
        if role == MESSAGE_ID_ROLE:
            return hit.message_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = HitColumn(index.column())
        if column == HitColumn.TIME:
            return _when(hit.created_at, self.tz)
        if column == HitColumn.TICKET:
            return hit.ticket_number
        if column == HitColumn.CITIZEN:
            return isolate(hit.citizen_name)
        if column == HitColumn.AUTHOR:
            return {"in": isolate(hit.citizen_name), "system": self.tr("automatic")}.get(hit.kind, hit.author_login or "")
        if column == HitColumn.CATEGORY:
            return hit.category or ""
        return hit.snippet


class TicketColumn(enum.IntEnum):
    NUMBER = 0
    OPENED = 1
    CLOSED = 2
    CITIZEN = 3
    AGENT = 4
    CATEGORY = 5
    STATUS = 6
    SLA = 7
    HOLD = 8


class ReviewTicketsModel(_PagedModel):
    """Tickets of the review (filters only, or with a text), paged by offset."""

    HEADERS = (QT_TRANSLATE_NOOP("LeadModels", "Ticket"), QT_TRANSLATE_NOOP("LeadModels", "Opened"),
               QT_TRANSLATE_NOOP("LeadModels", "Closed"), QT_TRANSLATE_NOOP("LeadModels", "Citizen"),
               QT_TRANSLATE_NOOP("LeadModels", "Agent"), QT_TRANSLATE_NOOP("LeadModels", "Category"),
               QT_TRANSLATE_NOOP("LeadModels", "Status"), QT_TRANSLATE_NOOP("LeadModels", "SLA"),
               QT_TRANSLATE_NOOP("LeadModels", "Legal hold"))

    def __init__(self, tz: tzinfo, parent=None) -> None:
        super().__init__(tz, parent)
        self.total: int | None = 0

    def reset(self, page: TicketPage) -> None:
        self.total = page.total
        self._reset(page.tickets, page.more)

    def append(self, page: TicketPage) -> None:
        self.total = page.total
        self._append(page.tickets, page.more)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not self._valid(index):
            return None
        ticket: ReviewTicket = self._rows[index.row()]
        if role == TICKET_ID_ROLE:
            return ticket.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == TicketColumn.HOLD:
            return ticket.hold_reason
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = TicketColumn(index.column())
        return {
            TicketColumn.NUMBER: ticket.number,
            TicketColumn.OPENED: _when(ticket.opened_at, self.tz),
            TicketColumn.CLOSED: _when(ticket.closed_at, self.tz),
            TicketColumn.CITIZEN: isolate(ticket.citizen_name),
            TicketColumn.AGENT: ticket.assignee_login or "",
            TicketColumn.CATEGORY: ticket.category or "",
            TicketColumn.STATUS: ticket_status(ticket.status),
            TicketColumn.SLA: self.tr("breached") if ticket.breached else self.tr("on time"),
            TicketColumn.HOLD: self.tr("on hold") if ticket.hold_reason else "",
        }[column]


class AuditColumn(enum.IntEnum):
    WHEN = 0
    ACTION = 1
    AGENT = 2
    TICKET = 3
    DETAIL = 4


class AuditLogModel(_PagedModel):
    """The audit log, newest first, paged by offset against the total."""

    HEADERS = (QT_TRANSLATE_NOOP("LeadModels", "When"), QT_TRANSLATE_NOOP("LeadModels", "Action"),
               QT_TRANSLATE_NOOP("LeadModels", "Agent"), QT_TRANSLATE_NOOP("LeadModels", "Ticket"),
               QT_TRANSLATE_NOOP("LeadModels", "Detail"))

    def __init__(self, tz: tzinfo, parent=None) -> None:
        super().__init__(tz, parent)
        self.total = 0

    def reset(self, rows: list[AuditRow], total: int) -> None:
        self.total = total
        self._reset(rows, len(rows) < total)

    def append(self, rows: list[AuditRow], total: int) -> None:
        self.total = total
        self._append(rows, len(self._rows) + len(rows) < total and bool(rows))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not self._valid(index):
            return None
        event: AuditRow = self._rows[index.row()]
        if role == ACTION_CODE_ROLE:
            return event.action
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (_when(event.at, self.tz), audit_action(event.action), event.agent_login or self.tr("system"),
                event.ticket_number or "", event.detail)[index.column()]
