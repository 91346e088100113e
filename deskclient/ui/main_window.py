"""The agent's window: the queue on the left, the open ticket on the right. Thin by
design: panels hold the widgets, DeskService does the work, the EventBridge brings every
change (this workstation's and, in team mode, the others')."""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget
from qasync import asyncSlot

from ..domain.channels import WHATSAPP
from ..errors import StoreUnavailable, TicketGone
from ..net.gateway import ConnectionState
from ..net.no_session import LABEL as NO_SESSION_LABEL
from ..services.account import AccountService
from ..services.desk import DeskService
from ..store.records import RESYNC, SEEN, Change
from .bridge import EventBridge
from .labels import agent_role, connection_state
from .lead_dialogs import confirm
from .login_dialog import LoginDialog
from .palette_colours import text_colour
from .place_tasks import in_background
from .purge_indicator import PurgeIndicator
from .queue_panel import QueuePanel
from .shortcut_list import install_shortcut_list
from .ticket_panel import TicketPanel
from .tray import Notifier
from .window_state import WindowState

log = logging.getLogger("deskclient.ui")

SLA_TICK_MS = 30_000
# The tab counts (store/queue_reads.py: under a millisecond, read from maintained counts)
# are read on the store's thread: during a burst they follow at most this often.
COUNTS_INTERVAL_MS = 500


class MainWindow(QMainWindow):
    """Signals: closed() when the agent closes the window (the app then shuts down);
    hiddenToTray() when closing only hid it (a single desk keeps running in the tray)."""

    closed = Signal()
    hiddenToTray = Signal()

    def __init__(self, desk: DeskService, bridge: EventBridge, network_label: str,
                 account: AccountService | None = None) -> None:
        super().__init__()
        self.desk = desk
        self.account = account
        self.login_dialog: LoginDialog | None = None
        self.hide_on_close = None  # () -> bool, set by ui/background.TrayKeeper
        self.is_demo = network_label == "DEMO"
        self.setWindowTitle(self.tr("deskclient — DEMO network") if self.is_demo else "deskclient")
        self.resize(1280, 800)

        self.queue = QueuePanel(desk, self)
        self.ticket = TicketPanel(desk, self)
        self.notifier = Notifier(desk, self)
        self._build_layout()
        self.actions_by_name = self._build_actions()
        self.actions_by_name["shortcuts"] = install_shortcut_list(self)  # F1, Ctrl+/
        self._build_status_bar(network_label)
        bridge.purgeProgressed.connect(self.purge_indicator.on_progress)

        self.queue.ticketSelected.connect(self._on_ticket_selected)
        self.notifier.openTicket.connect(self.open_ticket)
        bridge.storeChanged.connect(self._on_store_change)
        bridge.connectionChanged.connect(self._on_connection)
        bridge.sendingPaused.connect(self._on_sending_paused)
        bridge.problem.connect(self.show_error)
        bridge.lastingProblem.connect(self.show_lasting_problem)
        bridge.problemCleared.connect(self.clear_lasting_problem)
        bridge.citizenTyping.connect(self.ticket.typing.on_typing)
        self._lasting_problem: str | None = None
        self._pending_changes: list[Change] = []
        self._applying: asyncio.Task | None = None  # _show_changes, one at a time
        self._shut = False
        self._apply_timer = QTimer(self, singleShot=True, interval=0)
        self._apply_timer.timeout.connect(self._apply_changes)
        self._counts_timer = QTimer(self, singleShot=True)
        self._counts_timer.timeout.connect(self._update_counts)
        self._since_counts = QElapsedTimer()
        self._since_counts.start()
        self._sla_timer = QTimer(self, interval=SLA_TICK_MS)
        self._sla_timer.timeout.connect(self.queue.model.tick)
        self._sla_timer.start()
        self.queue.apply_filter()
        self._counts_timer.start(0)
        # Size, splitter and queue columns as the agent left them (ui-state.ini).
        self.window_state = WindowState("main", self, {"queue": self.splitter, "citizen": self.ticket.side_splitter},
                                        {"queue": self.queue.table.horizontalHeader()})
        self.window_state.restore()

    # Short names the tests and the shortcuts use.
    @property
    def queue_model(self):
        return self.queue.model

    @property
    def thread_model(self):
        return self.ticket.model

    @property
    def composer(self):
        return self.ticket.composer

    def _build_layout(self) -> None:
        central = QWidget(self)
        outer = QVBoxLayout(central)
        if self.is_demo:
            banner = QLabel(self.tr("DEMO — simulated citizens on a simulated Telegram; nothing leaves this computer"))
            banner.setObjectName("demoBanner")
            banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
            banner.setStyleSheet("background:#ffd54f;color:#000;font-weight:bold;padding:4px;")
            outer.addWidget(banner)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.queue)
        splitter.addWidget(self.ticket)
        splitter.setSizes([600, 680])
        self.splitter = splitter
        outer.addWidget(splitter, 1)
        self.setCentralWidget(central)

    def _build_actions(self) -> dict[str, QAction]:
        """Every action has a shortcut and lives in a menu, so all is reachable by keyboard."""
        ticket, view, account = self.tr("&Ticket"), self.tr("&View"), self.tr("&Account")
        specs = [
            (ticket, "next", self.tr("&Next ticket"), "Ctrl+J", self.queue.select_next),
            (ticket, "reply", self.tr("&Reply"), "Ctrl+R", lambda: self.ticket.composer.edit.setFocus()),
            # The one owner of Ctrl+Return (the composer claims none): the keypad's Enter too.
            (ticket, "send", self.tr("&Send"), ("Ctrl+Return", "Ctrl+Enter"), self.ticket.send),
            (ticket, "claim", self.tr("C&laim"), "Ctrl+Shift+L", self.ticket.claim),
            (ticket, "close", self.tr("&Close ticket…"), "Ctrl+Shift+W", self.ticket.confirm_close),
            (ticket, "reopen", self.tr("Re&open"), "Ctrl+Shift+O", self.ticket.reopen),
            (ticket, "note", self.tr("Internal &note"), "Ctrl+Shift+N", self.ticket.composer.note_toggle.toggle),
            (ticket, "attach", self.tr("&Attach files…"), "Ctrl+Shift+A", self.ticket.composer.choose_files),
            (view, "search", self.tr("&Search"), QKeySequence.StandardKey.Find, self.focus_search),
            (view, "mine", self.tr("&Mine"), "Alt+1", lambda: self.queue.tabs.setCurrentIndex(0)),
            (view, "unassigned", self.tr("&Unassigned"), "Alt+2", lambda: self.queue.tabs.setCurrentIndex(1)),
            (view, "closing", self.tr("C&losing"), "Alt+3", lambda: self.queue.tabs.setCurrentIndex(2)),
            (view, "closed", self.tr("Clos&ed"), "Alt+4", lambda: self.queue.tabs.setCurrentIndex(3)),
            (view, "all", self.tr("&All"), "Alt+5", lambda: self.queue.tabs.setCurrentIndex(4)),
        ]
        if self.account is not None:
            specs += [(account, "login", self.tr("&Log in to Telegram…"), None, self.show_login),
                      (account, "logout", self.tr("Log &out of Telegram…"), None, self.confirm_log_out)]
        menus: dict[str, object] = {}
        actions: dict[str, QAction] = {}
        for menu_name, name, text, shortcut, slot in specs:
            menu = menus.get(menu_name) or menus.setdefault(menu_name, self.menuBar().addMenu(menu_name))
            action = QAction(text, self)
            if isinstance(shortcut, tuple):
                action.setShortcuts([QKeySequence(key) for key in shortcut])
            elif shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False, s=slot: s())
            menu.addAction(action)
            actions[name] = action
        return actions

    def _build_status_bar(self, network_label: str) -> None:
        bar = self.statusBar()
        # Without a session, the indicator is the service's connection (services/node.py).
        self.via_service = network_label == NO_SESSION_LABEL
        self.connection_label = QLabel(self._connection_text("offline"))
        self.connection_label.setObjectName("connectionState")
        self.purge_indicator = PurgeIndicator(bar, self)
        bar.addPermanentWidget(self.purge_indicator)
        role = agent_role(self.desk.agent.role)
        bar.addPermanentWidget(QLabel(f"{network_label} · {self.desk.agent.display_name} ({role})"))
        bar.addPermanentWidget(self.connection_label)

    def shutdown(self) -> None:
        """Nothing more to show: the desk shuts down behind the window."""
        self._shut = True
        self._apply_timer.stop()
        self._counts_timer.stop()
        self._sla_timer.stop()
        self._pending_changes.clear()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.window_state.save()
        if self.hide_on_close is not None and self.hide_on_close():
            event.ignore()
            self.hide()
            self.hiddenToTray.emit()
            return
        self.shutdown()
        self.closed.emit()
        super().closeEvent(event)

    def quit_app(self) -> None:
        """Close for good, whatever the tray would keep (the tray's Quit, --quit-after)."""
        self.hide_on_close = None
        self.close()

    # -- reactions ---------------------------------------------------------------------

    @property
    def error_label(self) -> QLabel:
        return self.ticket.error_label

    def focus_search(self) -> None:
        self.queue.search.setFocus()
        self.queue.search.selectAll()

    def select_ticket(self, ticket_id: int) -> bool:
        return self.queue.select_ticket(ticket_id)

    def open_ticket(self, ticket_id: int) -> None:
        """From a notification: show the window and that ticket, whatever view was on."""
        self.showNormal()
        self.activateWindow()
        if not self.queue.select_ticket(ticket_id):
            self.queue.tabs.setCurrentIndex(self.queue.tabs.count() - 1)  # All
            self.queue.search.clear()
            self.queue.apply_filter()
            self.queue.select_ticket(ticket_id)

    def _on_ticket_selected(self, ticket_id: int) -> None:
        if ticket_id == (self.ticket.ticket_id or 0):
            return
        self.ticket.show_ticket(ticket_id)
        if ticket_id:
            self._mark_read(ticket_id)
            self._thread_opened(ticket_id)

    def _on_store_change(self, change: Change) -> None:
        """Changes are gathered and shown together on the next turn of the loop: a burst
        (a catch-up, a busy morning) costs one query and one repaint, not one each."""
        if self._shut:
            return
        self._pending_changes.append(change)
        if not self._apply_timer.isActive():
            self._apply_timer.start()

    def _apply_changes(self) -> None:
        """The changes gathered so far, shown by one task at a time (`_show_changes`);
        those arriving meanwhile are shown together by the next."""
        if self._shut or (self._applying is not None and not self._applying.done()):
            return  # _changes_shown starts the next
        changes, self._pending_changes = self._pending_changes, []
        if changes:
            self._applying = in_background(self._show_changes(changes))
            self._applying.add_done_callback(self._changes_shown)

    def _changes_shown(self, _task) -> None:
        if self._pending_changes and not self._shut and not self._apply_timer.isActive():
            self._apply_timer.start()

    async def _show_changes(self, changes: list[Change]) -> None:
        """What the changes touch is read on the store's thread (DeskService.off_gui: the
        tickets' rows and the open thread's new or changed messages, 10-20 ms on a big
        store during a burst), then shown here."""
        shown = self.ticket.ticket_id
        wanted = {c.ticket_id for c in changes if c.kind not in ("ticket_purged", RESYNC)}
        mine = [c for c in changes if shown and c.ticket_id == shown]
        changed = [c.message_id for c in mine if c.kind == "message_changed" and c.message_id]
        added = [c.message_id for c in mine if c.kind != "message_changed" and c.message_id]
        rows, messages = await self.desk.off_gui(_changes_read, self.desk, wanted, added + changed)
        if self._shut:
            return
        self.notifier.on_changes(changes, rows, self.ticket.ticket_id)
        if shown != self.ticket.ticket_id:  # another ticket shown meanwhile, read as it was shown
            shown, mine, messages = self.ticket.ticket_id, [], None
        resync = any(c.kind == RESYNC for c in changes)
        model = self.queue.model
        # A status or an assignee changed (a ticket left or joined this view, or moved in
        # its order), a ticket opened or purged: the live queue is read again, in order,
        # keeping the selection; unless it only touches tickets beyond the loaded rows.
        loaded = model.loaded_ids()
        reload = resync or model.refresh_rows(rows) or any(
            c.ticket_id in loaded if c.kind == "ticket_purged" else
            c.ticket_id not in rows or not model.beyond_loaded(rows[c.ticket_id])
            for c in changes if c.kind in ("ticket_opened", "ticket_purged")
            or c.kind == "ticket_changed" and c.ticket_id not in loaded)
        if reload:
            current = self.queue.current_ticket_id()
            self.queue.model.reload()
            if current:
                self.queue.select_ticket(current)
        if any(c.kind in ("ticket_changed", "ticket_opened", "ticket_purged", "message_added") or c.remote
               for c in changes):
            self._counts_changed()
        if shown and any(c.kind == "ticket_purged" and c.ticket_id == shown for c in changes):
            self.ticket.ticket_gone()
            return
        if shown and resync:
            self._reload_thread(shown)
            return
        if not mine:
            return
        self.ticket.model.messages_read(added, changed, messages)
        if added:
            self.ticket.view.scrollToBottom()
            if any(c.kind == "message_added" for c in mine):
                self._mark_read(shown)
        if any(c.kind == SEEN for c in mine):  # the citizen read what was sent: "seen"
            self.ticket.model.seen_changed()
        if any(c.kind == "ticket_changed" for c in mine):
            await self.ticket.refresh_off_gui()

    def _reload_thread(self, ticket_id: int) -> None:
        """After the team listener was away: the open thread read again (what the agent
        is typing stays), or gone if it was purged meanwhile."""
        try:
            self.ticket.model.show_ticket(ticket_id)
        except TicketGone:
            self.ticket.ticket_gone()
            return
        self.ticket.view.scrollToBottom()
        self.ticket.refresh()

    def _counts_changed(self) -> None:
        """The tab counts are recounted on the next turn, or once COUNTS_INTERVAL_MS has
        passed since the last count: a burst costs a few counts, not one per batch."""
        if not self._counts_timer.isActive():
            self._counts_timer.start(max(0, COUNTS_INTERVAL_MS - self._since_counts.elapsed()))

    @asyncSlot()
    async def _update_counts(self) -> None:
        if self._shut:
            return
        self._since_counts.start()
        try:
            counts = await self.desk.queue_counts()
        except StoreUnavailable as exc:  # counted again on the next change
            log.info("queue not counted: %s", exc.english)
            return
        if not self._shut:
            self.queue.show_counts(counts)

    def _connection_text(self, state: str) -> str:
        text = connection_state(state)
        if self._token_refused():  # nothing to log in to here: only IT's new token helps, as serve says
            alone = len(self.desk.gateway.channel_states()) == 1  # WhatsApp's state is the window's
            text = (self.tr("{0} (access token refused: see deskclient doctor)") if alone else
                    self.tr("{0}; WhatsApp logged out (access token refused: see deskclient doctor)")).format(text)
        return self.tr("service: {0}").format(text) if self.via_service else text

    def _token_refused(self) -> bool:
        """WhatsApp is logged out when Meta refuses the number's access token."""
        return (WHATSAPP, ConnectionState.LOGGED_OUT) in self.desk.gateway.channel_states()

    def _on_connection(self, state: str) -> None:
        self.connection_label.setText(self._connection_text(state))
        if state == "online" and self._token_refused():  # Telegram answers, WhatsApp does not
            state = "connecting"  # in amber
        colour = {"online": "#1b5e20", "connecting": "#b26a00"}.get(state, "#b00020")
        self.connection_label.setStyleSheet(f"color:{text_colour(colour, self.palette())};font-weight:bold;")
        if state == "logged out":
            self.show_login()

    def _on_sending_paused(self, seconds: int) -> None:
        if seconds:
            self.statusBar().showMessage(self.tr("Telegram asked us to wait: sending resumes in {0} s").format(seconds))
        else:
            self.statusBar().clearMessage()

    def show_error(self, text: str) -> None:
        self.ticket.error_label.setText(text)
        self.statusBar().showMessage(text, 10_000)

    def show_lasting_problem(self, text: str) -> None:
        """A problem that lasts (the database refusing writes): shown until it clears."""
        self._lasting_problem = text
        self.statusBar().showMessage(text)

    def clear_lasting_problem(self, text: str) -> None:
        if self._lasting_problem is not None and self.statusBar().currentMessage() == self._lasting_problem:
            self.statusBar().clearMessage()
        self._lasting_problem = None
        if text:
            self.statusBar().showMessage(text, 10_000)

    def show_login(self) -> None:
        if self.account is None:
            return
        if self.login_dialog is None:
            self.login_dialog = LoginDialog(self.account, self)
            self.login_dialog.loggedIn.connect(
                lambda name: self.statusBar().showMessage(self.tr("Logged in as {0}").format(name), 10_000))
        self.login_dialog.open()

    def confirm_log_out(self) -> None:
        """Logging out ends the service account's session on this computer: nothing is
        received or sent until someone logs in again with a code sent to the account's
        phone. So it asks first, No by default."""
        self.confirmation = confirm(
            self, self.tr("Log out of Telegram"),
            self.tr("Log the service account out of Telegram on this computer? Citizens' messages are not "
                    "received until someone logs in again with a code sent to the account's phone."),
            self.log_out, self.tr("Log out"))

    @asyncSlot()
    async def log_out(self) -> None:
        if self.account is not None:
            await self.ticket._act(self.account.log_out())

    @asyncSlot(int)
    async def _thread_opened(self, ticket_id: int) -> None:
        """Reading a closed conversation is audited, once per opening."""
        if self._shut:
            return
        try:
            await self.desk.thread_opened(ticket_id)
        except (StoreUnavailable, TicketGone) as exc:
            log.info("opening not audited: %s", type(exc).__name__)

    @asyncSlot(int)
    async def _mark_read(self, ticket_id: int) -> None:
        if self._shut:
            return
        try:
            await self.desk.mark_read(ticket_id)
        except StoreUnavailable as exc:  # the status bar already says the database is away;
            log.info("ticket not marked read: %s", exc.english)  # the next change marks it again


def _changes_read(desk: DeskService, ticket_ids: set[int], message_ids: list[int]):
    """On the store's thread: the changed tickets' rows, and the open thread's messages."""
    return desk.tickets(ticket_ids), desk.messages(message_ids) if message_ids else []
