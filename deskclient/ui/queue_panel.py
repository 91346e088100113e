"""The queue: views (Mine, Unassigned, Closing, Closed, All) with counts, a search box,
and the lazily paged table, most urgent SLA first."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLineEdit, QTabBar, QTableView, QToolButton, QVBoxLayout,
    QWidget,
)

from ..services.desk import DeskService
from ..store.queue_reads import QueueView
from .queue_model import TICKET_ID_ROLE, Column, TicketQueueModel

VIEWS = [(QueueView.MINE, QT_TRANSLATE_NOOP("QueuePanel", "Mine")),
         (QueueView.UNASSIGNED, QT_TRANSLATE_NOOP("QueuePanel", "Unassigned")),
         (QueueView.CLOSING, QT_TRANSLATE_NOOP("QueuePanel", "Closing")),
         (QueueView.CLOSED, QT_TRANSLATE_NOOP("QueuePanel", "Closed")),
         (QueueView.ALL, QT_TRANSLATE_NOOP("QueuePanel", "All"))]
SEARCH_DELAY_MS = 150


class QueueProxy(QSortFilterProxyModel):
    """Keeps the store's order (SLA due first) and hides nothing: filtering happens in
    the store, over every ticket, not only the pages loaded so far. It exists so that a
    view can sort the loaded rows by a column on request."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(False)


class QueuePanel(QWidget):
    """Signals: ticketSelected(int) (0 when none)."""

    ticketSelected = Signal(int)

    def __init__(self, desk: DeskService, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.model = TicketQueueModel(desk, self)
        self.proxy = QueueProxy(self)
        self.proxy.setSourceModel(self.model)

        self.tabs = QTabBar()
        self.tabs.setAccessibleName(self.tr("Queue views"))
        for view, label in VIEWS:
            self.tabs.addTab(self.tr(label))
            self.tabs.setTabData(self.tabs.count() - 1, view)
        self.tabs.setCurrentIndex(len(VIEWS) - 1)  # All: new tickets and mine, by urgency
        self.search = QLineEdit(placeholderText=self.tr("Search number or citizen…  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search tickets"))
        for clear in self.search.findChildren(QToolButton):  # the clear button, an icon only
            clear.setAccessibleName(self.tr("Clear search"))
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Tickets"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it): no keyboard trap
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # Rows as tall as the agent's font needs (a large system font is not clipped).
        self.table.verticalHeader().setDefaultSectionSize(max(24, self.table.fontMetrics().height() + 8))
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        bold = QFont(self.table.font())
        bold.setBold(True)
        for column, width in enumerate((105, 140, 100, 190, 75, 70)):
            title = str(self.proxy.headerData(column, Qt.Orientation.Horizontal) or "")
            # A longer title in another language widens its column, uncut.
            self.table.setColumnWidth(column, max(width, QFontMetrics(bold).horizontalAdvance(title) + 16))

        # At 1280 px the SLA, status and assignee columns show without scrolling: the last
        # message, the widest, goes to the end and takes the width left (as restored
        # header states may order them otherwise, this is only the first layout).
        columns = self.table.horizontalHeader()
        columns.moveSection(columns.visualIndex(Column.LAST_MESSAGE), columns.count() - 1)
        assignee = str(self.proxy.headerData(Column.ASSIGNEE, Qt.Orientation.Horizontal) or "")
        self.table.setColumnWidth(Column.ASSIGNEE, max(80, self.table.fontMetrics().horizontalAdvance(assignee) + 24))
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, context=Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.escape_search)

        top = QHBoxLayout()
        top.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.tabs.currentChanged.connect(self.apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

    @property
    def view(self) -> str:
        return self.tabs.tabData(self.tabs.currentIndex())

    def apply_filter(self) -> None:
        current = self.current_ticket_id()
        self.model.set_filter(self.view, self.search.text().strip())
        if current:
            self.select_ticket(current)

    def escape_search(self) -> None:
        """Esc in the search box: the search cleared (the whole view again at once); a
        second Esc goes back to the queue."""
        if self.search.text():
            self.search.clear()
            self._search_timer.stop()
            self.apply_filter()
        else:
            self.table.setFocus()

    def show_counts(self, counts: dict[str, tuple[int, int]]) -> None:
        """Tab labels with how many tickets each view holds (unread ones in brackets)."""
        for n, (view, label) in enumerate(VIEWS):
            total, unread = counts.get(view, (0, 0))
            text = f"{self.tr(label)} {total}" + (f" ({unread})" if unread else "")
            self.tabs.setTabText(n, text)

    def current_ticket_id(self) -> int:
        index = self.table.currentIndex()
        return index.data(TICKET_ID_ROLE) if index.isValid() else 0

    def select_ticket(self, ticket_id: int) -> bool:
        row = self.model.row_of(ticket_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def select_next(self) -> None:
        """The next ticket down the queue (wraps to the top)."""
        rows = self.proxy.rowCount()
        if rows:
            current = self.table.currentIndex().row()
            self.table.selectRow((current + 1) % rows)

    def _on_current(self, current, _previous) -> None:
        self.ticketSelected.emit(current.data(TICKET_ID_ROLE) if current.isValid() else 0)
