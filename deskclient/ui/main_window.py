"""The first agent window: a live queue, a thread, a composer. Thin by design.

It holds models and widgets and forwards what the agent does to DeskService; every
change it shows arrives as a store change through the EventBridge.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListView, QMainWindow, QPlainTextEdit, QPushButton, QSplitter, QTableView, QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from ..errors import UserFacingError
from ..services.desk import DeskService
from ..store.records import Change
from ..store.repository import QueueView
from ..services.account import AccountService
from .bridge import EventBridge
from .login_dialog import LoginDialog
from .queue_model import TICKET_ID_ROLE, TicketQueueModel
from .thread_model import ThreadModel

log = logging.getLogger("deskclient.ui")

VIEWS = [("All", QueueView.ALL), ("Mine", QueueView.MINE), ("Unassigned", QueueView.UNASSIGNED),
         ("Closing", QueueView.CLOSING), ("Closed", QueueView.CLOSED)]


class MainWindow(QMainWindow):
    """Signals: closed() when the agent closes the window (the app then shuts down)."""

    closed = Signal()

    def __init__(self, desk: DeskService, bridge: EventBridge, network_label: str,
                 account: AccountService | None = None) -> None:
        super().__init__()
        self.desk = desk
        self.account = account
        self.login_dialog: LoginDialog | None = None
        self.is_demo = network_label == "DEMO"
        self.setWindowTitle("deskclient — DEMO network" if self.is_demo else "deskclient")
        self.resize(1280, 800)

        self.queue_model = TicketQueueModel(desk, self)
        self.thread_model = ThreadModel(desk, self)
        self._build_widgets()
        self._build_actions()
        self._build_status_bar(network_label)

        bridge.storeChanged.connect(self._on_store_change)
        bridge.connectionChanged.connect(self._on_connection)
        bridge.sendingPaused.connect(self._on_sending_paused)
        bridge.problem.connect(self.show_error)

        self._sla_timer = QTimer(self, interval=30_000, timeout=self.queue_model.tick)
        self._sla_timer.start()
        self.queue_model.reload()
        self._update_ticket_controls()

    # -- layout ------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        central = QWidget(self)
        outer = QVBoxLayout(central)
        if self.is_demo:
            banner = QLabel("DEMO — simulated citizens, nothing is sent to Telegram")
            banner.setObjectName("demoBanner")
            banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
            banner.setStyleSheet("background:#ffd54f;color:#000;font-weight:bold;padding:4px;")
            outer.addWidget(banner)

        filters = QHBoxLayout()
        self.view_combo = QComboBox()
        for label, view in VIEWS:
            self.view_combo.addItem(label, view)
        self.search_edit = QLineEdit(placeholderText="Search number or citizen…")
        self.search_edit.setClearButtonEnabled(True)
        filters.addWidget(QLabel("View:"))
        filters.addWidget(self.view_combo)
        filters.addWidget(self.search_edit, 1)
        outer.addLayout(filters)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.queue_view = QTableView()
        self.queue_view.setModel(self.queue_model)
        self.queue_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue_view.verticalHeader().hide()
        self.queue_view.setWordWrap(False)
        self.queue_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.queue_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.queue_view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((105, 140, 90, 170, 70, 60)):
            self.queue_view.setColumnWidth(column, width)
        splitter.addWidget(self.queue_view)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        self.ticket_header = QLabel("Select a ticket")
        self.ticket_header.setObjectName("ticketHeader")
        self.ticket_header.setStyleSheet("font-weight:bold;font-size:14px;")
        right_layout.addWidget(self.ticket_header)
        actions = QHBoxLayout()
        self.claim_button = QPushButton("&Claim")
        self.category_combo = QComboBox()
        self.category_combo.addItem("(no category)", None)
        for category in self.desk.categories:
            self.category_combo.addItem(category, category)
        self.close_button = QPushButton("Clo&se ticket")
        self.reopen_button = QPushButton("&Reopen")
        for widget in (self.claim_button, self.category_combo, self.close_button, self.reopen_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        right_layout.addLayout(actions)

        self.thread_view = QListView()
        self.thread_view.setModel(self.thread_model)
        self.thread_view.setWordWrap(True)
        self.thread_view.setSpacing(4)
        self.thread_view.setUniformItemSizes(False)
        self.thread_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.thread_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        right_layout.addWidget(self.thread_view, 1)

        self.composer = QPlainTextEdit(placeholderText="Write a reply… (Ctrl+Enter sends)")
        self.composer.setMaximumHeight(120)
        right_layout.addWidget(self.composer)
        send_row = QHBoxLayout()
        self.note_toggle = QCheckBox("Internal &note")
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color:#b00020;")
        self.error_label.setWordWrap(True)
        self.send_button = QPushButton("Send")
        send_row.addWidget(self.note_toggle)
        send_row.addWidget(self.error_label, 1)
        send_row.addWidget(self.send_button)
        right_layout.addLayout(send_row)
        splitter.addWidget(right)
        splitter.setSizes([620, 660])
        outer.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.view_combo.currentIndexChanged.connect(self._apply_filter)
        self.search_edit.textChanged.connect(self._apply_filter)
        self.queue_view.selectionModel().currentRowChanged.connect(self._on_ticket_selected)
        self.thread_view.verticalScrollBar().valueChanged.connect(self._maybe_load_older)
        self.claim_button.clicked.connect(self.claim)
        self.close_button.clicked.connect(self.close_ticket)
        self.reopen_button.clicked.connect(self.reopen_ticket)
        self.send_button.clicked.connect(self.send)
        self.category_combo.activated.connect(self._on_category)

    def _build_actions(self) -> None:
        if self.account is not None:
            menu = self.menuBar().addMenu("&Account")
            login = menu.addAction("&Log in to Telegram…")
            login.triggered.connect(self.show_login)
            logout = menu.addAction("Log &out of Telegram")
            logout.triggered.connect(self.log_out)
        send = QAction("Send", self, shortcut=QKeySequence("Ctrl+Return"))
        send.triggered.connect(self.send)
        search = QAction("Search", self, shortcut=QKeySequence.StandardKey.Find)
        search.triggered.connect(self.search_edit.setFocus)
        self.addActions([send, search])

    def _build_status_bar(self, network_label: str) -> None:
        bar = self.statusBar()
        self.connection_label = QLabel("offline")
        self.connection_label.setObjectName("connectionState")
        role = self.desk.agent.role
        bar.addPermanentWidget(QLabel(f"{network_label} · {self.desk.agent.display_name} ({role})"))
        bar.addPermanentWidget(self.connection_label)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.closed.emit()
        super().closeEvent(event)

    # -- reactions ---------------------------------------------------------------------

    def selected_ticket_id(self) -> int | None:
        return self.thread_model.ticket_id

    def select_ticket(self, ticket_id: int) -> None:
        row = self.queue_model.row_of(ticket_id)
        if row is not None:
            self.queue_view.selectionModel().setCurrentIndex(
                self.queue_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _apply_filter(self) -> None:
        current = self.selected_ticket_id()
        self.queue_model.set_filter(self.view_combo.currentData(), self.search_edit.text().strip())
        if current is not None:
            self.select_ticket(current)

    def _on_ticket_selected(self, current, _previous) -> None:
        ticket_id = current.data(TICKET_ID_ROLE) if current.isValid() else None
        if ticket_id == self.thread_model.ticket_id:
            return
        self.thread_model.show_ticket(ticket_id)
        self.thread_view.scrollToBottom()
        self.error_label.clear()
        self._update_ticket_controls()
        if ticket_id is not None:
            self._mark_read(ticket_id)

    def _maybe_load_older(self, value: int) -> None:
        if value == 0 and self.thread_model.ticket_id is not None:
            bar = self.thread_view.verticalScrollBar()
            before = bar.maximum()
            if self.thread_model.load_older():
                bar.setValue(bar.maximum() - before)

    def _update_ticket_controls(self) -> None:
        ticket_id = self.selected_ticket_id()
        if ticket_id is None:
            self.ticket_header.setText("Select a ticket")
            for w in (self.claim_button, self.close_button, self.reopen_button, self.send_button,
                      self.category_combo, self.composer):
                w.setEnabled(False)
            return
        ticket = self.desk.ticket(ticket_id)
        state = ticket.status + (" — the citizen wrote after closing" if ticket.citizen_wrote_while_closing else "")
        self.ticket_header.setText(f"{ticket.number} · {ticket.citizen_name} · {ticket.language} · {state}")
        self.claim_button.setEnabled(ticket.assignee_id is None and ticket.status != "closed")
        self.claim_button.setText("&Claim" if ticket.assignee_id is None else f"Claimed by {ticket.assignee_login}")
        self.close_button.setEnabled(ticket.status == "open")
        self.reopen_button.setEnabled(ticket.status == "closing")
        self.send_button.setEnabled(ticket.status != "closed")
        self.composer.setEnabled(ticket.status != "closed")
        self.category_combo.setEnabled(True)
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(ticket.category)))

    def _on_store_change(self, change: Change) -> None:
        if change.kind == "ticket_opened":
            current = self.selected_ticket_id()
            self.queue_model.reload()
            if current is not None:
                self.select_ticket(current)
        else:
            self.queue_model.refresh_ticket(change.ticket_id)
        if change.ticket_id != self.thread_model.ticket_id:
            return
        if change.message_id is not None:
            if change.kind == "message_changed":
                self.thread_model.message_changed(change.message_id)
            else:
                self.thread_model.message_added(change.message_id)
                self.thread_view.scrollToBottom()
                if change.kind == "message_added":
                    self._mark_read(change.ticket_id)
        if change.kind == "ticket_changed":
            self._update_ticket_controls()

    def show_login(self) -> None:
        if self.account is None:
            return
        if self.login_dialog is None:
            self.login_dialog = LoginDialog(self.account, self)
            self.login_dialog.loggedIn.connect(
                lambda name: self.statusBar().showMessage(f"Logged in as {name}", 10_000))
        self.login_dialog.open()

    @asyncSlot()
    async def log_out(self) -> None:
        if self.account is not None:
            await self._act(self.account.log_out())

    def _on_connection(self, state: str) -> None:
        self.connection_label.setText(state)
        if state == "logged out":
            self.show_login()
        colour = {"online": "#1b5e20", "connecting": "#b26a00"}.get(state, "#b00020")
        self.connection_label.setStyleSheet(f"color:{colour};font-weight:bold;")

    def _on_sending_paused(self, seconds: int) -> None:
        if seconds:
            self.statusBar().showMessage(f"Telegram asked us to wait: sending resumes in {seconds} s")
        else:
            self.statusBar().clearMessage()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.statusBar().showMessage(text, 10_000)

    # -- agent actions (async, never blocking the window) ------------------------------

    async def _act(self, coro) -> bool:
        self.error_label.clear()
        try:
            await coro
        except UserFacingError as exc:
            self.show_error(str(exc))
            return False
        return True

    @asyncSlot()
    async def send(self) -> None:
        ticket_id = self.selected_ticket_id()
        if ticket_id is None:
            return
        text = self.composer.toPlainText()
        action = self.desk.note if self.note_toggle.isChecked() else self.desk.reply
        if await self._act(action(ticket_id, text)):
            self.composer.clear()

    @asyncSlot()
    async def claim(self) -> None:
        if (ticket_id := self.selected_ticket_id()) is not None:
            await self._act(self.desk.claim(ticket_id))

    @asyncSlot()
    async def close_ticket(self) -> None:
        if (ticket_id := self.selected_ticket_id()) is not None:
            await self._act(self.desk.close(ticket_id))

    @asyncSlot()
    async def reopen_ticket(self) -> None:
        if (ticket_id := self.selected_ticket_id()) is not None:
            await self._act(self.desk.reopen(ticket_id))

    @asyncSlot(int)
    async def _on_category(self, index: int) -> None:
        if (ticket_id := self.selected_ticket_id()) is not None:
            await self._act(self.desk.set_category(ticket_id, self.category_combo.itemData(index)))

    @asyncSlot(int)
    async def _mark_read(self, ticket_id: int) -> None:
        await self.desk.mark_read(ticket_id)
