"""The team lead's window: log review, statistics, audit log, retention and citizens.

Thin like the main window: widgets and models here, every action through LeadService
and CitizenRequests (which check the role and audit). Loads run as asyncio tasks, one
per place: a new search cancels the one still running. Open it with
`install_lead_menu(main_window, desk)`, which adds a *Lead* menu for team leads only.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from datetime import datetime, time
from typing import Awaitable

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit,
    QMainWindow, QPushButton, QSplitter, QStackedWidget, QTableView, QTabWidget, QTextBrowser,
    QVBoxLayout, QWidget,
)

from ..domain.tickets import Role
from ..errors import UserFacingError
from ..services.exports import transcripts_html
from ..store.lead_records import ReviewFilter
from .i18n import window_language
from .labels import TICKET_STATUS, ticket_status
from .lead_audit_tab import LeadAuditTab
from .lead_dates import any_date_edit, chosen_day
from .lead_models import TICKET_ID_ROLE, MessageHitsModel, ReviewTicketsModel
from .lead_retention_tab import LeadRetentionTab
from .lead_statistics_tab import LeadStatisticsTab
from .shortcut_list import menu_before_help
from .window_state import WindowState

log = logging.getLogger("deskclient.ui")

PAGE = 50


class LeadWindow(LeadStatisticsTab, LeadAuditTab, LeadRetentionTab, QMainWindow):
    """Signals: purgeProgress(PurgeProgress) (emitted from the purge's thread, shown here).

    The log review tab is here; the others are in lead_statistics_tab.py,
    lead_audit_tab.py and lead_retention_tab.py."""

    purgeProgress = Signal(object)

    def __init__(self, lead, citizens, agents, categories: list[str], parent=None, bridge=None) -> None:
        super().__init__(parent)
        self.lead = lead
        self.citizens = citizens
        self.tz = lead.tz
        self._tasks: dict[str, asyncio.Task] = {}
        self._filter = ReviewFilter()
        self._searched = False
        self._transcript_id: int | None = None
        # The transcript follows the selected row: a short pause first, so that arrowing
        # through the results opens (and audits) only the ticket the lead stops on.
        self._follow = QTimer(self, singleShot=True, interval=250)
        self._follow.timeout.connect(self._show_selected_transcript)
        self._citizens_found: dict[int, object] = {}
        # Tickets purged meanwhile (the daily purge, an erasure, another workstation)
        # leave this window too: the results are searched again, once per burst.
        self._research = QTimer(self, singleShot=True, interval=500)
        self._research.timeout.connect(lambda: self._searched and self.run("review", self._search(self._filter)))
        if bridge is not None:
            bridge.storeChanged.connect(self._on_store_change)
        self.setWindowTitle(self.tr("deskclient — team lead"))
        self.resize(1200, 760)
        tabs = QTabWidget()
        tabs.addTab(self._review_tab(agents, categories), self.tr("&Log review"))
        tabs.addTab(self._statistics_tab(), self.tr("&Statistics"))
        tabs.addTab(self._audit_tab(agents), self.tr("&Audit log"))
        tabs.addTab(self._retention_tab(), self.tr("&Retention and citizens"))
        tabs.tabBar().setAccessibleName(self.tr("Sections"))
        self.setCentralWidget(tabs)
        self.tabs = tabs
        self.purgeProgress.connect(self._on_purge_progress)
        # Size, section, splitter and columns as the lead left them (ui-state.ini, as the main window).
        self.window_state = WindowState(
            "lead", self, {"review": self.review_splitter},
            {"tickets": self.tickets_view.horizontalHeader(), "messages": self.hits_view.horizontalHeader(),
             "audit": self.audit_view.horizontalHeader()},
            {"sections": self.tabs, "statistics": self.stats_pages})
        self.window_state.restore()

    # -- running work --------------------------------------------------------------

    def run(self, place: str, work: Awaitable) -> asyncio.Task:
        """Start `work` for one place of the window, cancelling what ran there before."""
        previous = self._tasks.get(place)
        if previous is not None and not previous.done():
            previous.cancel()
        task = asyncio.ensure_future(work)
        self._tasks[place] = task
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task) -> None:
        if task.cancelled():
            return
        error = task.exception()
        if isinstance(error, UserFacingError):
            self.show_message(str(error))
        elif error is not None:
            sys.excepthook(type(error), error, error.__traceback__)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)

    # -- log review ----------------------------------------------------------------

    def _review_tab(self, agents, categories: list[str]) -> QWidget:
        self.search_text = QLineEdit()
        self.search_text.setPlaceholderText(self.tr('Words, prefix*, "a phrase" (accents and case ignored)'))
        self.search_text.returnPressed.connect(self.start_search)
        self.agent_box = QComboBox()
        self.agent_box.addItem(self.tr("any agent"), None)
        for agent in agents:
            self.agent_box.addItem(agent.login, agent.id)
        self.category_box = QComboBox()
        self.category_box.addItem(self.tr("any category"), None)
        for category in categories:
            self.category_box.addItem(category, category)
        self.status_box = QComboBox()
        self.status_box.addItem(self.tr("any status"), None)
        for status in TICKET_STATUS:  # shown in the window's language, filtered by the code
            self.status_box.addItem(ticket_status(status), status)
        self.sla_box = QComboBox()
        for label, value in ((self.tr("any SLA"), None), (self.tr("SLA breached"), True),
                             (self.tr("SLA met"), False)):
            self.sla_box.addItem(label, value)
        self.citizen_text = QLineEdit()
        self.citizen_text.setPlaceholderText(self.tr("citizen name or phone"))
        self.citizen_text.returnPressed.connect(self.start_search)
        # Each filter named for a screen reader (a combo box would otherwise be read by its choice).
        for widget, name in ((self.search_text, self.tr("Words to search")), (self.agent_box, self.tr("Agent")),
                             (self.category_box, self.tr("Category")), (self.status_box, self.tr("Status")),
                             (self.sla_box, self.tr("SLA")), (self.citizen_text, self.tr("citizen name or phone"))):
            widget.setAccessibleName(name)
        self.hold_only = QCheckBox(self.tr("on legal hold"))
        self.date_from, self.date_to = any_date_edit(), any_date_edit()
        self.date_from.setAccessibleName(self.tr("Opened from"))
        self.date_to.setAccessibleName(self.tr("Opened to"))
        search = QPushButton(self.tr("Search"))
        search.clicked.connect(self.start_search)
        filters = QHBoxLayout()
        for widget in (self.agent_box, self.category_box, self.status_box, self.sla_box, self.citizen_text,
                       QLabel(self.tr("opened from")), self.date_from, QLabel(self.tr("to")), self.date_to,
                       self.hold_only):
            filters.addWidget(widget)
        top = QHBoxLayout()
        top.addWidget(self.search_text, 1)
        top.addWidget(search)

        self.hits_model = MessageHitsModel(self.tz, self)
        self.hits_model.fetchRequested.connect(lambda: self.run("review-more", self._more_hits()))
        self.tickets_model = ReviewTicketsModel(self.tz, self)
        self.tickets_model.fetchRequested.connect(lambda: self.run("review-more", self._more_tickets()))
        self.hits_view = self._table(self.hits_model)
        self.tickets_view = self._table(self.tickets_model)
        self.hits_view.setAccessibleName(self.tr("Messages found"))
        self.tickets_view.setAccessibleName(self.tr("Tickets found"))
        self.results = QStackedWidget()
        self.results.addWidget(self.tickets_view)
        self.results.addWidget(self.hits_view)
        self.result_count = QLabel()
        self.transcript_view = QTextBrowser()
        self.transcript_view.setAccessibleName(self.tr("Transcript"))
        self.transcript_view.setOpenLinks(False)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Open &transcript"), self.open_transcript),
                           (self.tr("Export &PDF"), lambda: self.export_selected("pdf")),
                           (self.tr("Export &CSV"), lambda: self.export_selected("csv")),
                           (self.tr("Legal &hold…"), self.hold_selected),
                           (self.tr("&Release hold"), self.release_selected)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.result_count)
        left = QWidget()
        column = QVBoxLayout(left)
        column.addLayout(top)
        column.addLayout(filters)
        column.addWidget(self.results, 1)
        column.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.transcript_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.review_splitter = splitter
        return splitter

    def _table(self, model) -> QTableView:
        view = QTableView()
        view.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it): no keyboard trap
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().hide()
        view.doubleClicked.connect(lambda _index: self.open_transcript())
        view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed(view))
        return view

    def _selection_changed(self, view: QTableView) -> None:
        if view is not self.results.currentWidget():
            return
        ids = self.selected_ticket_ids()
        if not ids:  # nothing selected: nothing shown, so no action seems to apply to it
            self._follow.stop()
            self._clear_transcript()
        elif ids[0] != self._transcript_id:
            self._follow.start()

    def _show_selected_transcript(self) -> None:
        ids = self.selected_ticket_ids()
        if ids and ids[0] != self._transcript_id:
            self.open_transcript()

    def _clear_transcript(self) -> None:
        task = self._tasks.get("transcript")
        if task is not None and not task.done():
            task.cancel()
        self._transcript_id = None
        self.transcript_view.clear()

    def _select_ticket(self, ticket_id: int | None) -> None:
        """After new results: the row of the ticket on show selected again, or the
        transcript cleared when it is not among them."""
        view = self.results.currentWidget()
        model = view.model()
        for row in range(model.rowCount()) if ticket_id is not None else ():
            if model.index(row, 0).data(TICKET_ID_ROLE) == ticket_id:
                view.selectRow(row)
                return
        self._clear_transcript()

    def current_filter(self) -> ReviewFilter:
        day_from, day_to = chosen_day(self.date_from), chosen_day(self.date_to)
        return ReviewFilter(
            text=self.search_text.text().strip(),
            opened_from=datetime.combine(day_from, time(), self.tz) if day_from else None,
            opened_to=datetime.combine(day_to, time(), self.tz).replace(hour=23, minute=59, second=59)
            if day_to else None,
            agent_id=self.agent_box.currentData(), category=self.category_box.currentData(),
            status=self.status_box.currentData(), sla_breached=self.sla_box.currentData(),
            citizen=self.citizen_text.text().strip(), on_hold=True if self.hold_only.isChecked() else None)

    def start_search(self) -> asyncio.Task:
        self._filter = self.current_filter()
        self._searched = True
        return self.run("review", self._search(self._filter))

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """A closed window follows nothing more: no transcript opened after it closed.
        Its layout is kept for the next time it opens."""
        self.window_state.save()
        self._follow.stop()
        self._research.stop()
        super().closeEvent(event)

    def _on_store_change(self, change) -> None:
        if change.kind != "ticket_purged":
            return
        if change.ticket_id == self._transcript_id:
            self._clear_transcript()
        self._research.start()

    async def _search(self, f: ReviewFilter) -> None:
        if f.text:
            page = await self.lead.search_messages(f, limit=PAGE)
            self.hits_model.reset(page)
            self.results.setCurrentWidget(self.hits_view)
            self.result_count.setText(self.tr("%n message(s) shown", "", self.hits_model.rowCount()))
        else:
            page = await self.lead.search_tickets(f, 0, PAGE)
            self.tickets_model.reset(page)
            self.results.setCurrentWidget(self.tickets_view)
            if page.total is None:  # a very common text: not counted
                self.result_count.setText(self.tr("more than %n ticket(s)", "", len(page.tickets)))
            else:
                self.result_count.setText(self.tr("%n ticket(s)", "", page.total))
        self._select_ticket(self._transcript_id)

    async def _more_hits(self) -> None:
        page = await self.lead.search_messages(self._filter, self.hits_model.next_before, PAGE)
        self.hits_model.append(page)

    async def _more_tickets(self) -> None:
        page = await self.lead.search_tickets(self._filter, self.tickets_model.rowCount(), PAGE)
        self.tickets_model.append(page)

    def selected_ticket_ids(self) -> list[int]:
        view = self.results.currentWidget()
        rows = sorted({i.row() for i in view.selectionModel().selectedRows()}) if view.selectionModel() else []
        ids = [view.model().index(r, 0).data(TICKET_ID_ROLE) for r in rows]
        return list(dict.fromkeys(ids))

    def open_transcript(self) -> None:
        ids = self.selected_ticket_ids()
        if ids:
            self.run("transcript", self._transcript(ids[0]))

    async def _transcript(self, ticket_id: int) -> None:
        transcript = await self.lead.transcript(ticket_id)
        self._transcript_id = ticket_id
        self.transcript_view.setHtml(transcripts_html([transcript], self.tz, self.lead.policy.months,
                                                      window_language()))

    def export_selected(self, fmt: str) -> None:
        ids = self.selected_ticket_ids()
        if not ids:
            self.show_message(self.tr("Select the tickets to export."))
            return
        self.run("export", self._export(ids, fmt))

    async def _export(self, ids: list[int], fmt: str) -> None:
        path = await self.lead.export_transcripts(ids, fmt, window_language())
        self.show_message(self.tr("Exported to %1").replace("%1", str(path)))
        # What is on screen is what went into the file: read again (replies may have come).
        selected = self.selected_ticket_ids()
        if selected:
            self.run("transcript", self._transcript(selected[0]))

    def hold_selected(self) -> None:
        ids = self.selected_ticket_ids()
        if not ids:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Legal hold"))
        dialog.setLabelText(self.tr("Why is this ticket kept beyond the retention period?"))
        dialog.textValueSelected.connect(lambda reason: self.run("hold", self._hold(ids[0], reason)))
        dialog.open()  # never blocks the loop

    async def _hold(self, ticket_id: int, reason: str) -> None:
        await self.lead.hold(ticket_id, reason)
        self.show_message(self.tr("The ticket is on legal hold."))
        self.start_search()

    def release_selected(self) -> None:
        ids = self.selected_ticket_ids()
        if ids:
            self.run("hold", self._release(ids[0]))

    async def _release(self, ticket_id: int) -> None:
        await self.lead.release(ticket_id)
        self.show_message(self.tr("The legal hold was released."))
        self.start_search()


def install_lead_menu(window: QMainWindow, desk, bridge=None) -> QAction | None:
    """Add a *Lead* menu to the main window when this workstation's agent is a lead.
    `desk` is the composition root's Desk (its `lead`, `citizens`, `store`, `config`);
    `bridge` brings the store's changes (purged tickets leave the lead's window too)."""
    lead = getattr(desk, "lead", None)
    if lead is None or lead.agent.role != Role.LEAD.value:
        return None
    holder: dict[str, LeadWindow] = {}

    def show() -> None:
        if "window" not in holder:  # created when first shown
            holder["window"] = LeadWindow(lead, desk.citizens, desk.store.agents(),
                                          desk.config["tickets.categories"], bridge=bridge)
        holder["window"].show()
        holder["window"].raise_()

    # The window passed in may be any QMainWindow: a fixed context lupdate can see.
    action = QAction(QCoreApplication.translate("LeadWindow", "&Team lead…"), window)
    action.setShortcut(QKeySequence("Ctrl+Shift+T"))
    action.triggered.connect(show)

    def close_with_the_desk() -> None:
        """The app ends with the agent's window: the lead's, still open, closes too (and
        keeps its layout) rather than vanishing without a close."""
        lead_window = holder.get("window")
        if lead_window is not None and lead_window.isVisible():
            lead_window.close()

    closed = getattr(window, "closed", None)  # MainWindow's: closed for good, not hidden in the tray
    if closed is not None:
        closed.connect(close_with_the_desk)
    menu = menu_before_help(window, QCoreApplication.translate("LeadWindow", "&Lead"))
    menu.addAction(action)
    panel = getattr(window, "ticket", None)  # the agent's window: canned replies, written here
    if panel is not None and hasattr(panel, "manage_canned"):
        menu.addAction(QCoreApplication.translate("LeadWindow", "&Canned replies…"), panel.manage_canned)
    if panel is not None:  # issue 16: the open ticket's citizen is the same person as another
        from .citizen_links import link_open_citizen, unlink_open_citizen
        menu.addAction(QCoreApplication.translate("LeadWindow", "&Link citizens…"),
                       lambda: link_open_citizen(window, lead)).setObjectName("linkCitizensAction")
        menu.addAction(QCoreApplication.translate("LeadWindow", "&Unlink citizen…"),
                       lambda: unlink_open_citizen(window, lead)).setObjectName("unlinkCitizenAction")
    return action
