"""One ticket: its header and actions, its thread, and the composer under it; the citizen
panel beside them (citizen_panel.py)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QInputDialog, QLabel, QMessageBox, QPushButton, QSplitter, QVBoxLayout, QWidget,
)
from qasync import asyncSlot

from ..domain.bidi import isolate
from ..domain.canned import CannedReply
from ..domain.customer_window import CustomerWindow
from ..domain.language import LANGUAGE_NAMES
from ..errors import TicketGone, UserFacingError
from ..services.desk import DeskService
from ..store.records import AgentRecord, TicketRow
from .accessibility import scaled_font
from .bubble_media import InlineMedia
from .canned_manager import CannedManager
from .citizen_panel import CitizenPanel, CitizenReads
from .composer import Composer
from .formats import short_moment
from .labels import ticket_status
from .message_menu import MessageActions
from .place_tasks import in_background as _in_background
from .palette_colours import text_colour
from .preview_window import PreviewWindow
from .thread_model import QuoteTooFar, ThreadModel
from .thread_view import BubbleDelegate, ThreadView
from .typing_indicator import TypingIndicator
from .window_strip import WindowStrip


@dataclass(frozen=True)
class TicketReads:
    """What the panel shows of a ticket beside its thread, read together (TicketPanel.read)."""

    ticket: TicketRow
    chosen_by_citizen: bool
    agents: list[AgentRecord]
    window: CustomerWindow | None
    templates: list[str]
    canned: list[CannedReply]
    citizen: CitizenReads


class TicketPanel(QWidget):
    def __init__(self, desk: DeskService, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.model = ThreadModel(desk, self)
        self.ticket_id: int | None = None
        self.previews: list[PreviewWindow] = []
        self._thumbnail_fetches: dict[int, asyncio.Task] = {}  # attachment id -> its fetch

        self.header = QLabel(self.tr("Select a ticket"))
        self.header.setObjectName("ticketHeader")
        self.header.setFont(scaled_font(self.header.font(), 1.15, bold=True))  # follows the agent's font size
        self.flag = QLabel()
        self.flag.setStyleSheet(f"color:{text_colour('#b26a00', self.palette())};font-weight:bold;")
        self.claim_button = QPushButton(self.tr("&Claim"))
        self.assign_combo = QComboBox()
        self.assign_combo.setToolTip(self.tr("Assign to an agent (team leads)"))
        self.assign_combo.setAccessibleName(self.tr("Assigned agent"))
        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(self.tr("Category"))
        self.category_combo.addItem(self.tr("(no category)"), None)
        for category in desk.categories:
            self.category_combo.addItem(category, category)
        # The citizen's language, which the automatic messages are sent in: each by its own
        # name (no translation needed), so an agent corrects the desk's guess.
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("ticketLanguage")
        self.language_combo.setAccessibleName(self.tr("Citizen's language"))
        for code in desk.rules.languages:
            self.language_combo.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.close_button = QPushButton(self.tr("Clo&se ticket"))
        self.reopen_button = QPushButton(self.tr("Re&open"))
        self.view = ThreadView(BubbleDelegate(desk.cached_file, desk.rules.calendar.tz,
                                              lambda: self.model.citizen_name), self)
        self.view.bubbles.thumbnailWanted.connect(self._fetch_thumbnail)
        self.view.setModel(self.model)
        self.media = InlineMedia(self.view, desk)  # voice notes played in their bubble, videos' frames
        self.composer = Composer(desk.rules.files, self)
        self.error_label = self.composer.error_label
        self.window_strip = WindowStrip(desk.rules.calendar.tz, desk.clock.now, self)  # WhatsApp's 24-hour window
        self.window_strip.templateRequested.connect(self.send_template)
        self.window_strip.windowClosed.connect(self.refresh)
        self.typing = TypingIndicator(self)  # "Marta is typing…"
        self.typing.watch(self.model)
        # The language box is laid out in the citizen panel, with the rest about the citizen.
        self.citizen_panel = CitizenPanel(desk, self.language_combo, self._on_link, self)
        self.citizen_panel.watch(self.model)
        self.citizen_panel.noteWanted.connect(self.write_note)

        actions = QHBoxLayout()
        for widget in (self.claim_button, self.assign_combo, self.category_combo,
                       self.close_button, self.reopen_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.typing)
        conversation = QWidget(self)
        column = QVBoxLayout(conversation)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view, 1)
        column.addWidget(self.window_strip)
        column.addWidget(self.composer)
        self.side_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.side_splitter.setObjectName("citizenSplitter")
        self.side_splitter.addWidget(conversation)
        self.side_splitter.addWidget(self.citizen_panel)
        self.side_splitter.setStretchFactor(0, 1)
        self.side_splitter.setSizes([480, 220])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.flag)
        layout.addLayout(actions)
        layout.addWidget(self.side_splitter, 1)

        self.claim_button.clicked.connect(self.claim)
        self.close_button.clicked.connect(self.confirm_close)
        self.reopen_button.clicked.connect(self.reopen)
        self.category_combo.activated.connect(self._on_category)
        self.language_combo.activated.connect(self._on_language)
        self.assign_combo.activated.connect(self._on_assign)
        self.composer.sendRequested.connect(self.send)
        self.composer.cannedRequested.connect(self._on_canned)
        self.view.linkActivated.connect(self._on_link)
        self.view.nearTop.connect(self._load_older)
        self.composer.manageCannedRequested.connect(self.manage_canned)
        self.message_actions = MessageActions(self)  # context menu, copy, quote, edit/delete own
        self.canned_manager: CannedManager | None = None
        self.citizen_id: int | None = None  # the shown ticket's citizen
        self.channel: str | None = None  # the shown ticket's network (domain/channels.py)
        self._refreshes = 0  # a refresh read off the GUI thread shows only if none came since
        self._keyboard_order()
        self.show_ticket(None)

    def _keyboard_order(self) -> None:
        """Tab goes where the eye does: the ticket's actions, the thread, the composer's
        text and buttons, then the citizen panel (widgets made later joined the end)."""
        chain = [self.claim_button, self.assign_combo, self.category_combo, self.close_button,
                 self.reopen_button, self.view, self.composer.edit, self.composer.note_toggle,
                 self.composer.attach_button, self.composer.canned_button, self.composer.send_button,
                 self.window_strip.combo, self.window_strip.send_button]
        chain += _focusable_inside(self.citizen_panel)
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # -- showing -----------------------------------------------------------------------

    def show_ticket(self, ticket_id: int | None) -> None:
        self.ticket_id = ticket_id or None
        citizen_before = self.citizen_id
        self.model.show_ticket(self.ticket_id)
        self.view.scrollToBottom()
        self.composer.reset()  # a note mode or a quote does not follow to another ticket
        self.refresh()
        if self.citizen_id != citizen_before:  # another citizen's files stay out of sight
            self.close_previews()

    def refresh(self) -> None:
        """The ticket's header, actions and citizen read again, now (a selection, an
        action's result); `refresh_off_gui` while messages flow."""
        self._refreshes += 1
        try:
            reads = self.read(self.desk, self.ticket_id) if self.ticket_id is not None else None
        except TicketGone:  # purged on its own thread; the window hears of it right after
            self.ticket_gone()
            return
        self._show_read(reads)

    async def refresh_off_gui(self) -> None:
        """As `refresh`, its reads on the store's thread (a burst's changes to the open
        ticket: 10-20 ms of reads each on a big store); a ticket shown or refreshed
        meanwhile wins."""
        ticket_id, refreshes = self.ticket_id, self._refreshes
        if ticket_id is None:
            return
        try:
            reads = await self.desk.off_gui(self.read, self.desk, ticket_id)
        except TicketGone:
            reads = None
        if not shiboken6.isValid(self) or self.ticket_id != ticket_id or self._refreshes != refreshes:
            return
        self._refreshes += 1
        if reads is None:
            self.ticket_gone()
        else:
            self._show_read(reads)

    @staticmethod
    def read(desk: DeskService, ticket_id: int) -> TicketReads:
        """What `_show_read` shows: no Qt, so on any thread. TicketGone if it went."""
        ticket = desk.ticket(ticket_id)
        return TicketReads(
            ticket, bool(ticket.category) and desk.category_chosen_by_citizen(ticket.id), desk.agents(),
            desk.windows.window(ticket) if ticket.status != "closed" else None, desk.windows.templates(),
            desk.canned_replies(), CitizenPanel.read(desk, ticket.citizen_id))

    def _show_read(self, reads: TicketReads | None) -> None:
        controls = (self.claim_button, self.close_button, self.reopen_button, self.category_combo,
                    self.assign_combo, self.language_combo)
        self.citizen_id = self.channel = None
        if reads is None:
            self.header.setText(self.tr("Select a ticket"))
            self.citizen_panel.show_citizen(None, None)
            self.typing.follow(None)
            self.flag.hide()
            for widget in controls:
                widget.setEnabled(False)
            self.composer.set_enabled(False)
            self.window_strip.show_window(None, [])
            return
        ticket = reads.ticket
        self.citizen_id, self.channel = ticket.citizen_id, ticket.channel
        self.citizen_panel.show_read(ticket.citizen_id, ticket.id, reads.citizen)
        self.typing.follow(ticket.id, ticket.citizen_name)
        sla = self.desk.sla_left(ticket)
        status = ticket_status(ticket.status)
        self.header.setText(f"{ticket.number} · {isolate(ticket.citizen_name)} · {ticket.language} · {status}"
                            + (self.tr(" · SLA breached") if sla.breached and ticket.status == "open" else "")
                            + (self.tr(" · category chosen by the citizen")
                               if reads.chosen_by_citizen else ""))
        self.flag.setText(self.tr("The citizen wrote after the closing message — reopen if needed.")
                          if ticket.citizen_wrote_while_closing else "")
        self.flag.setVisible(ticket.citizen_wrote_while_closing)
        is_lead = self.desk.agent.role == "lead"
        self.claim_button.setEnabled(ticket.assignee_id is None and ticket.status != "closed")
        self.claim_button.setText(self.tr("&Claim") if ticket.assignee_id is None
                                  else self.tr("Claimed by {0}").format(ticket.assignee_login))
        self.assign_combo.clear()
        self.assign_combo.addItem(self.tr("(unassigned)"), None)
        for agent in reads.agents:
            self.assign_combo.addItem(agent.display_name, agent.id)
        self.assign_combo.setCurrentIndex(max(0, self.assign_combo.findData(ticket.assignee_id)))
        self.assign_combo.setEnabled(is_lead and ticket.status != "closed")
        self.assign_combo.setVisible(is_lead)
        self.close_button.setEnabled(ticket.status == "open")
        self.reopen_button.setEnabled(ticket.status == "closing")
        self.category_combo.setEnabled(True)
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(ticket.category)))
        self.language_combo.setEnabled(ticket.status != "closed")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(ticket.language)))
        self.composer.set_enabled(ticket.status != "closed")
        self.window_strip.show_window(reads.window, reads.templates)
        self.composer.set_canned(reads.canned, is_lead)

    def write_note(self) -> None:
        """The citizen panel's "Add a note…": the composer writes an internal note."""
        if self.ticket_id is not None:
            self.composer.note_toggle.setChecked(True)
            self.composer.edit.setFocus()

    def _load_older(self) -> None:
        """Older messages above; the agent keeps looking at the same message."""
        bar = self.view.verticalScrollBar()
        before = bar.maximum()
        if self.model.load_older():
            self.view.doItemsLayout()  # the new heights, before the scroll range is read
            bar.setValue(bar.maximum() - before)

    def jump_to_quote(self, channel_message_id: int) -> bool:
        try:
            row = self.model.row_of_channel_message_id(channel_message_id)
        except QuoteTooFar as far:
            self.composer.error_label.setText(self.tr(
                "The quoted message is {0} messages back, too far to jump to: its text is in the quote.")
                .format(far.count))
            return False
        if row is None:
            self.composer.error_label.setText(self.tr("The quoted message is not in this ticket."))
            return False
        self.model.highlight(row)
        self.view.scrollTo(self.model.index(row))
        return True

    # -- actions -----------------------------------------------------------------------

    async def _act(self, coro) -> bool:
        self.composer.error_label.clear()
        shown = self.ticket_id
        try:
            await coro
        except TicketGone:  # purged or erased meanwhile, maybe on another workstation
            if self.ticket_id == shown:  # still on screen: it goes, saying why
                self.ticket_gone()
            return False
        except UserFacingError as exc:
            self.composer.error_label.setText(str(exc))
            return False
        return True

    @asyncSlot()
    async def send(self) -> None:
        if self.ticket_id is None:
            return
        text = self.composer.text()
        if self.composer.note_toggle.isChecked():
            action = self.desk.note(self.ticket_id, text)
        elif self.composer.files:
            action = self._send_files(self.ticket_id, text, list(self.composer.files), self.composer.quoting)
        else:
            action = self.desk.reply(self.ticket_id, text, self.composer.quoting)
        shown = self.ticket_id
        if await self._act(action) and self.ticket_id == shown and self.composer.text() == text:
            self.composer.clear()  # not a draft the agent went on to write meanwhile

    @asyncSlot(str)
    async def send_template(self, use: str) -> None:
        """The approved template for `use`, with the composer's words as its text."""
        if self.ticket_id is not None and await self._act(
                self.desk.windows.send_template(self.ticket_id, use, self.desk.agent, self.composer.text())):
            self.composer.clear()

    async def _send_files(self, ticket_id: int, text: str, files, quoting=None) -> None:
        for n, path in enumerate(files):
            await self.desk.reply_with_file(ticket_id, text if n == 0 else "", path, quoting if n == 0 else None)

    @asyncSlot()
    async def claim(self) -> None:
        if self.ticket_id is not None:
            await self._act(self.desk.claim(self.ticket_id))

    def confirm_close(self) -> None:
        if self.ticket_id is None:
            return
        ticket = self.desk.ticket(self.ticket_id)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Close ticket"),
                          self.tr("Close {0}? {1} gets the closing message; a message from them in "
                                  "the next minutes joins this ticket.").format(ticket.number,
                                                                                isolate(ticket.citizen_name)),
                          QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmClose")
        box.accepted.connect(self.close_ticket)
        box.open()  # never blocks the loop
        self._confirm = box

    @asyncSlot()
    async def close_ticket(self) -> None:
        if self.ticket_id is not None:
            await self._act(self.desk.close(self.ticket_id))

    @asyncSlot()
    async def reopen(self) -> None:
        if self.ticket_id is not None:
            await self._act(self.desk.reopen(self.ticket_id))

    @asyncSlot(int)
    async def _on_category(self, index: int) -> None:
        if self.ticket_id is not None:
            await self._act(self.desk.set_category(self.ticket_id, self.category_combo.itemData(index)))

    @asyncSlot(int)
    async def _on_language(self, index: int) -> None:
        if self.ticket_id is not None:
            await self._act(self.desk.set_language(self.ticket_id, self.language_combo.itemData(index)))

    @asyncSlot(int)
    async def _on_assign(self, index: int) -> None:
        if self.ticket_id is not None:
            await self._act(self.desk.assign(self.ticket_id, self.assign_combo.itemData(index)))

    def manage_canned(self) -> CannedManager:
        """A lead's canned replies, in a dialog that does not block the loop."""
        if self.canned_manager is None:
            self.canned_manager = CannedManager(self.desk, self)
            self.canned_manager.changed.connect(self.refresh)
        self.canned_manager.show()
        self.canned_manager.activateWindow()
        return self.canned_manager

    def _on_canned(self, title: str) -> None:
        if self.ticket_id is not None:
            self.composer.insert(self.desk.canned_text(title, self.desk.ticket(self.ticket_id)))

    def _on_link(self, link: str) -> None:
        kind, _, value = link.partition(":")
        if kind == "quote":
            self.jump_to_quote(int(value))
        elif kind == "retry":
            self._retry(int(value))
        elif kind == "edit":
            self.edit_failed(int(value))
        elif kind == "file":
            self.open_attachment(int(value))
        elif kind == "history":
            self.show_history(int(value))

    @asyncSlot(int)
    async def _retry(self, message_id: int) -> None:
        await self._act(self.desk.retry(message_id))

    def edit_failed(self, message_id: int) -> None:
        """A message Telegram refused, with its text to change; OK sends it again."""
        dialog = QInputDialog(self)
        dialog.setObjectName("editFailed")
        dialog.setWindowTitle(self.tr("Edit and send again"))
        dialog.setLabelText(self.tr("Telegram refused this message. Change it and send it again:"))
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setTextValue(self.desk.message(message_id).text)
        dialog.textValueSelected.connect(lambda text: self._send_edited(message_id, text))
        dialog.open()  # never blocks the loop
        self._edit_dialog = dialog

    @asyncSlot(int, str)
    async def _send_edited(self, message_id: int, text: str) -> None:
        await self._act(self.desk.edit_failed(message_id, text))

    def ticket_gone(self) -> None:
        """The open ticket was purged or erased: nothing of it stays on screen (its file
        previews, an earlier-text box, a pending confirmation), and the agent reads why."""
        self.close_previews()
        for box in self.findChildren(QMessageBox):
            box.close()
        self.show_ticket(None)
        self.composer.error_label.setText(self.tr("That ticket is no longer in the records (purged or erased)."))

    def open_attachment(self, attachment_id: int) -> PreviewWindow | None:
        """A preview window, at once; a file this workstation has no copy of is fetched
        (team mode) while the window shows its progress."""
        try:
            kept, path = self.desk.attachment_at_hand(attachment_id)
        except UserFacingError as exc:
            self.composer.error_label.setText(str(exc))
            return None
        window = PreviewWindow(path, kept.kind, kept.file_name, self)
        self.previews.append(window)
        # A closed preview deletes itself: the list lets go of it then, so no later call
        # touches a deleted window (which raised RuntimeError for the rest of the session).
        window.destroyed.connect(lambda *_: self._forget_preview(window))
        window.show()
        if path is None:
            fetch = _in_background(self._fetch_into(window, attachment_id))
            window.destroyed.connect(lambda *_: fetch.cancel())  # the transfer still fills the cache
        return window

    def _forget_preview(self, window: PreviewWindow) -> None:
        self.previews = [w for w in self.previews if w is not window]

    def close_previews(self) -> None:
        """Close every file preview this panel opened (each deletes itself)."""
        previews, self.previews = self.previews, []
        for window in previews:
            if shiboken6.isValid(window):
                window.close()

    async def _fetch_into(self, window: PreviewWindow, attachment_id: int) -> None:
        def progress(done: int, total: int) -> None:
            if shiboken6.isValid(window):
                window.show_progress(done, total)

        try:
            path = await self.desk.attachment_file(attachment_id, progress)
        except UserFacingError as exc:
            if shiboken6.isValid(window):
                window.show_failure(str(exc))
            return
        if shiboken6.isValid(window):
            window.show_file(path)

    def _fetch_thumbnail(self, attachment_id: int, message_id: int) -> None:
        """A thumbnail whose file is not here yet: fetched in the background, then drawn."""
        if attachment_id not in self._thumbnail_fetches:
            self._thumbnail_fetches[attachment_id] = _in_background(
                self._thumbnail_fetched(attachment_id, message_id))

    async def _thumbnail_fetched(self, attachment_id: int, message_id: int) -> None:
        try:
            await self.desk.attachment_file(attachment_id)
            unavailable = False
        except UserFacingError:
            unavailable = True
        if not shiboken6.isValid(self):
            return
        if unavailable:
            self.view.bubbles.thumbnail_unavailable(attachment_id)  # a grey box, not asked again
        self.view.bubbles.clear_cache(message_id)
        self.model.message_changed(message_id)
        self.view.scheduleDelayedItemsLayout()

    def show_history(self, message_id: int) -> None:
        earlier = self.desk.message_history(message_id)
        text = "\n\n".join(f"{short_moment(when, self.desk.rules.calendar.tz)} — {old}"
                           for when, old in earlier) or self.tr("No earlier text was kept.")
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Earlier text"), text, QMessageBox.StandardButton.Close, self)
        box.setObjectName("editHistory")
        box.open()
        self._history = box


def _focusable_inside(widget: QWidget) -> list[QWidget]:
    """`widget`'s descendants that Tab stops at, in their focus chain's order."""
    found, at = [], widget.nextInFocusChain()
    while at is not widget and at is not None:
        if widget.isAncestorOf(at) and at.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(at)
        at = at.nextInFocusChain()
    return found
