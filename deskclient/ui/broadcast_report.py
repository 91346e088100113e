"""The broadcasts window (issue 12 items 5 and 6): every broadcast with its progress, live
while it is sent, and one broadcast's report: queued, sent, failed (why), left the list,
unsubscribed along the way, its texts, its channel post with the post's link, and the
CSV export. A lead composes from here (ui/broadcast_composer.py), cancels, and edits or
deletes a channel post (made on Telegram by the duty holder, whichever workstation asked).

Thin like the lead's window: it talks to the BroadcastService (`desk.broadcasts`) and
its `channels`; progress comes as `EventBridge.broadcastProgressed` (a few times a second
at most per broadcast, from any workstation), the list's row is updated in place and
the report shown is read again. Reads are the service's quick indexed ones; exports and
changes run as asyncio tasks, one per place.
"""

from __future__ import annotations

import asyncio
import html

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
    QMainWindow, QMessageBox, QProgressBar, QPushButton, QSplitter, QTableView, QTableWidget, QTableWidgetItem,
    QTextBrowser, QVBoxLayout, QWidget,
)

from ..domain.channels import channel_name
from .broadcast_composer import BroadcastComposer, fit_rows, formatted_html, language_name, markup_of
from .broadcast_models import (
    BROADCAST_ID_ROLE, BroadcastListModel, Column, ProgressDelegate, broadcast_state, channel_state,
    failure_reason, pending_change,
)
from .formats import full_moment, number
from .place_tasks import PlaceTasks
from .shortcut_list import menu_before_help

PAGE = 100


class BroadcastsWindow(PlaceTasks, QMainWindow):
    """The list of broadcasts, one broadcast's report, the composer."""

    def __init__(self, broadcasts, tz, bridge=None, parent=None) -> None:
        super().__init__(parent)
        self.broadcasts = broadcasts
        self.tz = tz
        self.shown_id: int | None = None
        self.composer: BroadcastComposer | None = None
        self.setWindowTitle(self.tr("deskclient — broadcasts"))
        self.resize(1240, 780)

        self.new_button = QPushButton(self.tr("&New broadcast…"))
        self.new_button.clicked.connect(self.open_composer)
        self.new_button.setEnabled(broadcasts.may_compose)
        self.subscribers = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.subscribers, 1)

        self.model = BroadcastListModel(tz, PAGE, self)
        self.model.fetchRequested.connect(self._more)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(Column.PROGRESS, ProgressDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        for column, width in ((Column.WHEN, 130), (Column.TOPICS, 150), (Column.LANGUAGES, 130),
                              (Column.STATE, 80), (Column.PROGRESS, 120), (Column.SENT, 55), (Column.FAILED, 55)):
            self.view.setColumnWidth(column, width)
        self.view.selectionModel().currentRowChanged.connect(self._row_chosen)

        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(self._report_panel())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 480])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        if bridge is not None:
            bridge.broadcastProgressed.connect(self.on_progress)
            bridge.subscribersChanged.connect(self.show_subscribers)
        self.reload()
        self.show_subscribers()

    def show_problem(self, text: str) -> None:
        self.show_message(text)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)

    # -- the list ------------------------------------------------------------------------

    def reload(self) -> None:
        """The latest broadcasts again, the one shown kept selected."""
        shown = self.shown_id
        self.model.reset(self.broadcasts.broadcasts(PAGE))
        if shown is not None:
            self.select(shown)
        elif self.model.rowCount():
            self.view.selectRow(0)

    def _more(self) -> None:
        self.model.append(self.broadcasts.broadcasts(PAGE, before_id=self.model.last_id))

    def select(self, broadcast_id: int) -> bool:
        row = self.model.row_of(broadcast_id)
        if row is None:
            return False
        self.view.selectRow(row)
        self.show_report(broadcast_id)
        return True

    def _row_chosen(self, current, _previous) -> None:
        if current.isValid():
            self.show_report(current.data(BROADCAST_ID_ROLE))

    def on_progress(self, broadcast_id: int, state: str, figures) -> None:
        """A broadcast moved (composed, sending, a batch sent, done, cancelled; a channel post)."""
        if not self.model.update(broadcast_id, state, figures):
            self.reload()  # composed meanwhile, here or on another workstation
        if broadcast_id == self.shown_id:
            self.show_report(broadcast_id)

    def show_subscribers(self) -> None:
        counts = self.broadcasts.subscriber_counts()
        languages = " · ".join(f"{language_name(code)} {number(n)}" for code, n in
                               sorted(counts.by_language.items(), key=lambda kv: (-kv[1], kv[0])))
        topics = " · ".join(f"{topic} {number(counts.by_topic.get(topic, 0))}" for topic in self.broadcasts.topics)
        self.subscribers.setText(self.tr("Subscribers: {0}").format(number(counts.total))
                                 + (f" — {languages}" if languages else "") + (f" — {topics}" if counts.total else ""))

    # -- one broadcast's report --------------------------------------------------------------

    def _report_panel(self) -> QWidget:
        self.title = QLabel(wordWrap=True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar()
        self.bar.setFormat("%v/%m")
        self.figure_labels: dict[str, QLabel] = {}
        figures = QFormLayout()
        for key, title in (("queued", self.tr("Waiting to be sent:")), ("sent", self.tr("Sent:")),
                           ("failed", self.tr("Failed:")),
                           ("unsubscribed", self.tr("Taken off the list along the way:")),
                           ("left", self.tr("Left the list before their turn:")),
                           ("cancelled", self.tr("Not sent (cancelled):"))):
            label = QLabel()
            self.figure_labels[key] = label
            figures.addRow(title, label)
        self.failures = QTableWidget(0, 3)  # one row per reason: a handful
        self.failures.setHorizontalHeaderLabels([self.tr("Why it failed"), self.tr("Subscribers"),
                                                 self.tr("Of them taken off the list")])
        self.failures.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.failures.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.failures.verticalHeader().hide()
        self.failures.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        fit_rows(self.failures, 0)
        self.texts = QTextBrowser()
        self.texts.setOpenExternalLinks(False)

        self.channel_box = QGroupBox(self.tr("Channel post"))
        self.channel_line = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.channel_line.setOpenExternalLinks(False)
        self.channel_line.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        self.edit_post_button = QPushButton(self.tr("&Edit the post…"))
        self.edit_post_button.clicked.connect(self.ask_post_edit)
        self.delete_post_button = QPushButton(self.tr("&Delete the post…"))
        self.delete_post_button.clicked.connect(self.confirm_post_delete)
        channel_buttons = QHBoxLayout()
        channel_buttons.addWidget(self.edit_post_button)
        channel_buttons.addWidget(self.delete_post_button)
        channel_buttons.addStretch(1)
        channel_layout = QVBoxLayout(self.channel_box)
        channel_layout.addWidget(self.channel_line)
        channel_layout.addLayout(channel_buttons)

        self.export_button = QPushButton(self.tr("Export &CSV…"))
        self.export_button.clicked.connect(self.choose_export)
        self.cancel_button = QPushButton(self.tr("Cancel the broadcast…"))
        self.cancel_button.clicked.connect(self.confirm_cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)

        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.addWidget(self.title)
        layout.addWidget(self.bar)
        layout.addLayout(figures)
        layout.addWidget(self.failures)
        layout.addWidget(self.channel_box)
        layout.addWidget(self.texts, 1)
        layout.addLayout(buttons)
        self._show_nothing()
        return panel

    def _show_nothing(self) -> None:
        self.title.setText(self.tr("No broadcast chosen."))
        for widget in (self.export_button, self.cancel_button, self.bar):
            widget.setEnabled(False)
        self.channel_box.hide()

    def show_report(self, broadcast_id: int) -> None:
        report = self.broadcasts.report(broadcast_id)
        b, f = report.broadcast, report.broadcast.figures
        self.shown_id = broadcast_id
        self.model.refresh_row(b)
        parts = [self.tr("Broadcast {0}").format(b.id), broadcast_state(b.state)]
        if self.broadcasts.held_back(b):
            parts.append(self.tr("waiting while an urgent broadcast goes first"))
        if b.waits_for:  # its subscribers on that channel are added once it is connected
            parts.append(self.tr("waiting for {0} to connect").format(", ".join(map(channel_name, b.waits_for))))
        parts.append(full_moment(b.started_at or b.send_at, self.tz))
        parts.append(self.tr("to {0}").format(", ".join(b.topics)) if b.topics else self.tr("no list"))
        if b.file_name:
            parts.append(self.tr("file {0}").format(b.file_name))
        if b.created_by:
            parts.append(self.tr("by {0}").format(b.created_by))
        self.title.setText(" · ".join(parts))
        self.bar.setEnabled(True)
        self.bar.setRange(0, max(f.total, 1))
        self.bar.setValue(f.settled if f.total else (1 if b.state == "done" else 0))
        for key, label in self.figure_labels.items():
            label.setText(number(getattr(f, key)))
        self.failures.setRowCount(len(report.failures))
        fit_rows(self.failures, len(report.failures))
        for row, failure in enumerate(report.failures):
            for column, value in enumerate((failure_reason(failure.reason), number(failure.count),
                                            number(failure.unsubscribed))):
                self.failures.setItem(row, column, QTableWidgetItem(value))
        blocks = []
        for code in b.languages:
            text, entities = report.texts.get(code, ("", []))
            blocks.append(f"<h4>{html.escape(language_name(code))}</h4><p>{formatted_html(text, entities)}</p>")
        self.texts.setHtml("".join(blocks))
        self.export_button.setEnabled(not b.recipients_purged)
        self.cancel_button.setEnabled(self.broadcasts.may_compose and b.state in ("scheduled", "sending"))
        self._show_channel(broadcast_id)

    def _show_channel(self, broadcast_id: int) -> None:
        channels = self.broadcasts.channels
        post = channels.channel_post(broadcast_id) if channels is not None else None
        self.channel_box.setVisible(post is not None)
        if post is None:
            return
        words = [f"@{html.escape(post.username)}: {html.escape(channel_state(post.state))}"]
        if post.link:
            words.append(f"<a href='{html.escape(post.link, quote=True)}'>{html.escape(post.link)}</a>")
        if post.pending:
            words.append(html.escape(pending_change(post.pending)))
        if post.edited_at:
            words.append(html.escape(self.tr("edited {0}").format(full_moment(post.edited_at, self.tz))))
        if post.reason:
            words.append(f"<span style='color:#b00020'>{html.escape(failure_reason(post.reason))}</span>")
        self.channel_line.setText(" — ".join(words))
        changeable = channels.may_change and post.state in ("queued", "posted") and post.pending != "delete"
        self.edit_post_button.setEnabled(changeable)
        self.delete_post_button.setEnabled(changeable)

    # -- actions ----------------------------------------------------------------------------

    def open_composer(self) -> BroadcastComposer:
        composer = BroadcastComposer(self.broadcasts, self.tz, self)
        composer.composed.connect(self._composed)
        composer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.composer = composer
        composer.open()  # never blocks the loop
        return composer

    def _composed(self, broadcast_id: int) -> None:
        self.reload()
        self.select(broadcast_id)
        self.show_message(self.tr("Broadcast {0} stored; the service sends it.").format(broadcast_id))

    def choose_export(self) -> None:
        if self.shown_id is None:
            return
        dialog = QFileDialog(self, self.tr("Export the broadcast's recipients"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("CSV files (*.csv)"))
        dialog.selectFile(f"broadcast-{self.shown_id}.csv")
        broadcast_id = self.shown_id
        dialog.fileSelected.connect(lambda path: self.export_to(broadcast_id, path))
        dialog.open()

    def export_to(self, broadcast_id: int, path) -> asyncio.Task:
        return self.run("export", self._export(broadcast_id, path))

    async def _export(self, broadcast_id: int, path) -> None:
        written = await self.broadcasts.export_csv(broadcast_id, path)
        self.show_message(self.tr("Exported to %1").replace("%1", str(written)))

    def confirm_cancel(self) -> None:
        broadcast_id = self.shown_id
        if broadcast_id is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cancel the broadcast"),
                          self.tr("Stop this broadcast? Whoever has not got it yet will not."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.accepted.connect(lambda: self.run("cancel", self.broadcasts.cancel(broadcast_id)))
        box.open()

    def ask_post_edit(self) -> None:
        broadcast_id = self.shown_id
        post = self.broadcasts.channels.channel_post(broadcast_id) if broadcast_id is not None else None
        if post is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Edit the channel post"))
        dialog.setLabelText(self.tr("The post's new text (**bold**, __italic__, [a link](https://…)):"))
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setTextValue(markup_of(post.text, post.entities))
        dialog.textValueSelected.connect(lambda text: self.edit_post(broadcast_id, text))
        dialog.open()

    def edit_post(self, broadcast_id: int, markup: str) -> asyncio.Task:
        return self.run("channel", self._channel_change(self.broadcasts.channels.edit(broadcast_id, markup),
                                                        broadcast_id))

    def confirm_post_delete(self) -> None:
        broadcast_id = self.shown_id
        if broadcast_id is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete the channel post"),
                          self.tr("Delete this post from the channel, for everyone who follows it?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.accepted.connect(lambda: self.delete_post(broadcast_id))
        box.open()

    def delete_post(self, broadcast_id: int) -> asyncio.Task:
        return self.run("channel", self._channel_change(self.broadcasts.channels.delete(broadcast_id),
                                                        broadcast_id))

    async def _channel_change(self, work, broadcast_id: int) -> None:
        await work
        if broadcast_id == self.shown_id:
            self._show_channel(broadcast_id)


def install_broadcasts_menu(window: QMainWindow, desk, bridge=None) -> QAction | None:
    """A *Broadcasts* menu in the main window for a team lead (who composes and follows the
    lists and the channel posts). `desk` is the composition root's Desk."""
    broadcasts = getattr(desk, "broadcasts", None)
    if broadcasts is None or not broadcasts.may_compose:
        return None
    holder: dict[str, BroadcastsWindow] = {}

    def show() -> BroadcastsWindow:
        if "window" not in holder:  # created when first shown
            holder["window"] = BroadcastsWindow(broadcasts, desk.rules.calendar.tz, bridge)
        holder["window"].show()
        holder["window"].raise_()
        return holder["window"]

    menu = menu_before_help(window, QCoreApplication.translate("BroadcastsWindow", "&Broadcasts"))
    action = QAction(QCoreApplication.translate("BroadcastsWindow", "Broadcasts and &channel posts…"), window)
    action.setShortcut(QKeySequence("Ctrl+Shift+B"))
    action.triggered.connect(show)
    menu.addAction(action)
    compose = QAction(QCoreApplication.translate("BroadcastsWindow", "&New broadcast…"), window)
    compose.triggered.connect(lambda: show().open_composer())
    menu.addAction(compose)
    window.broadcasts_window = show  # for tests and the screenshots
    return action
