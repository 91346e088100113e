"""Composing a broadcast (issue 12 item 3): texts per language, topics, a file, a channel,
now or at a time, and how many subscribers will get it, per language, before it goes.

The dialog talks to the BroadcastService only (`desk.broadcasts`): `preview(topics)`
for the counts, `compose(...)` to store it (the duty holder sends it). Formatting is the
light markup the service reads (**bold**, __italic__, [a link](https://…)): the buttons
wrap the selection, the line under the texts shows the result. A file is checked against
the desk's file policy the moment it is chosen (type by name and by its first bytes,
size): a refused one is never attached, and the reason is said at once. Emergencies go
out in several languages at once: each subscriber gets the text in their own language,
or the default language's when theirs has none.

Loads run as asyncio tasks (a new preview cancels the one still running); the dialog is
opened with `open()`, never blocking the loop.
"""

from __future__ import annotations

import html
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QDateTimeEdit, QDialog, QFileDialog, QFormLayout, QHBoxLayout,
    QHeaderView, QInputDialog, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton, QTableWidget,
    QTableWidgetItem, QTabWidget, QVBoxLayout,
)

from ..domain.language import LANGUAGE_NAMES
from ..errors import UserFacingError
from .formats import file_size, number
from .labels import file_refusal
from .place_tasks import PlaceTasks

PREVIEW_DELAY_MS = 250  # typing or ticking topics: one preview per pause
_HEAD = 4096


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def fit_rows(table, rows: int, least: int = 1) -> None:
    """A small table (a few rows at most) as tall as its rows: no scroll bar, no void."""
    header = table.horizontalHeader().sizeHint().height()
    row = table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(header + max(rows, least) * row + 2 * table.frameWidth() + 2)


def formatted_html(text: str, entities) -> str:
    """A composed text as the subscriber will see it (bold, italic, links), for the preview."""
    units = text.encode("utf-16-le")
    marks: dict[int, list[str]] = {}
    for entity in sorted(entities, key=lambda e: (e["offset"], -e["length"])):
        tags = {"MessageEntityBold": ("<b>", "</b>"), "MessageEntityItalic": ("<i>", "</i>"),
                "MessageEntityStrike": ("<s>", "</s>"), "MessageEntityCode": ("<code>", "</code>")}
        if entity["_"] == "MessageEntityTextUrl":
            opening, closing = f"<a href='{html.escape(entity['url'], quote=True)}'>", "</a>"
        elif entity["_"] in tags:
            opening, closing = tags[entity["_"]]
        else:
            continue
        marks.setdefault(entity["offset"], []).append(opening)
        marks.setdefault(entity["offset"] + entity["length"], []).insert(0, closing)
    out, position = [], 0
    for offset in sorted(marks):
        out.append(html.escape(units[2 * position:2 * offset].decode("utf-16-le", "replace")))
        out.extend(marks[offset])
        position = offset
    out.append(html.escape(units[2 * position:].decode("utf-16-le", "replace")))
    return "".join(out).replace("\n", "<br>")


def markup_of(text: str, entities) -> str:
    """A stored text and its formatting back as the composer's markup (to edit a post)."""
    units = text.encode("utf-16-le")
    marks: dict[int, list[str]] = {}
    markers = {"MessageEntityBold": "**", "MessageEntityItalic": "__", "MessageEntityStrike": "~~",
               "MessageEntityCode": "`"}
    for entity in sorted(entities or (), key=lambda e: (e["offset"], -e["length"])):
        if entity["_"] == "MessageEntityTextUrl":
            opening, closing = "[", f"]({entity['url']})"
        elif entity["_"] in markers:
            opening = closing = markers[entity["_"]]
        else:
            continue
        marks.setdefault(entity["offset"], []).append(opening)
        marks.setdefault(entity["offset"] + entity["length"], []).insert(0, closing)
    out, position = [], 0
    for offset in sorted(marks):
        out.append(units[2 * position:2 * offset].decode("utf-16-le", "replace"))
        out.extend(marks[offset])
        position = offset
    out.append(units[2 * position:].decode("utf-16-le", "replace"))
    return "".join(out)


class BroadcastComposer(PlaceTasks, QDialog):
    """Signals: composed(int) with the new broadcast's id, once it is stored."""

    composed = Signal(int)

    def __init__(self, broadcasts, tz, parent=None) -> None:
        super().__init__(parent)
        self.broadcasts = broadcasts
        self.tz = tz
        self.policy = broadcasts.files
        self.file: Path | None = None
        self.last_preview = None  # BroadcastPreview of the chosen topics
        self.setWindowTitle(self.tr("New broadcast"))
        self.resize(860, 720)

        self.texts = QTabWidget()
        self.edits: dict[str, QPlainTextEdit] = {}
        for code in broadcasts.languages:
            edit = QPlainTextEdit()
            edit.setPlaceholderText(self.tr("The text for subscribers who speak {0}. **bold**, __italic__, "
                                            "[a link](https://…)").format(language_name(code)))
            edit.textChanged.connect(self._texts_changed)
            self.edits[code] = edit
            self.texts.addTab(edit, language_name(code))
        self.texts.currentChanged.connect(lambda _i: self._show_formatted())
        self.default_box = QComboBox()
        for code in broadcasts.languages:
            self.default_box.addItem(language_name(code), code)
        self.default_box.setCurrentIndex(max(0, self.default_box.findData(broadcasts.default_language)))
        self.default_box.currentIndexChanged.connect(lambda _i: self._show_counts())
        bold = QPushButton(self.tr("&Bold"))
        bold.clicked.connect(lambda: self.wrap("**", "**"))
        italic = QPushButton(self.tr("&Italic"))
        italic.clicked.connect(lambda: self.wrap("__", "__"))
        link = QPushButton(self.tr("&Link…"))
        link.clicked.connect(self.ask_link)
        tools = QHBoxLayout()
        for widget in (bold, italic, link):
            tools.addWidget(widget)
        tools.addStretch(1)
        tools.addWidget(QLabel(self.tr("Other languages get the text in:")))
        tools.addWidget(self.default_box)
        self.formatted = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.formatted.setOpenExternalLinks(False)
        self.formatted.setStyleSheet("QLabel { background: #f4f6f8; padding: 6px; }")

        self.topic_boxes: dict[str, QCheckBox] = {}
        topics = QHBoxLayout()
        for topic in broadcasts.topics:  # the deployment's own names (configuration)
            box = QCheckBox(topic)
            box.toggled.connect(lambda _on: self.preview_soon())
            self.topic_boxes[topic] = box
            topics.addWidget(box)
        topics.addStretch(1)

        self.channel_box = QCheckBox(self.tr("Post to the &channel too:"))
        self.channel_box.toggled.connect(lambda _on: self._show_counts())
        self.channel_name = QLineEdit(placeholderText="@gencat")
        last = broadcasts.channels.last_channel() if broadcasts.channels is not None else None
        if last:
            self.channel_name.setText(f"@{last}")
        self.channel_name.textChanged.connect(lambda _t: self._show_counts())
        channel = QHBoxLayout()
        channel.addWidget(self.channel_box)
        channel.addWidget(self.channel_name, 1)

        self.attach_button = QPushButton(self.tr("&Attach a file…"))
        self.attach_button.clicked.connect(self.choose_file)
        self.remove_file_button = QPushButton(self.tr("Remove the file"))
        self.remove_file_button.clicked.connect(lambda: self.set_file(None))
        self.file_label = QLabel(self.tr("No file"))
        files = QHBoxLayout()
        for widget in (self.attach_button, self.remove_file_button):
            files.addWidget(widget)
        files.addWidget(self.file_label, 1)

        self.send_now = QRadioButton(self.tr("Send &now"))
        self.send_later = QRadioButton(self.tr("Send &at"))
        group = QButtonGroup(self)
        group.addButton(self.send_now)
        group.addButton(self.send_later)
        self.send_now.setChecked(True)
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        soon = (broadcasts.clock.now() + timedelta(hours=1)).astimezone(tz).replace(second=0, microsecond=0)
        self.when.setDateTime(QDateTime(soon.date(), soon.time()))
        self.when.setEnabled(False)
        self.send_later.toggled.connect(self._when_toggled)
        when = QHBoxLayout()
        for widget in (self.send_now, self.send_later, self.when):
            when.addWidget(widget)
        when.addWidget(QLabel(tz.key if hasattr(tz, "key") else ""))
        when.addStretch(1)

        self.counts = QTableWidget(0, 3)  # one row per subscribers' language: at most the desk's few
        self.counts.setHorizontalHeaderLabels([self.tr("Subscribers' language"), self.tr("Subscribers"),
                                               self.tr("Text they get")])
        self.counts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.counts.verticalHeader().hide()
        self.counts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.counts.setMinimumHeight(60)
        self.summary = QLabel(wordWrap=True)
        self.error_label = QLabel(wordWrap=True)
        self.error_label.setStyleSheet("color:#b00020;")
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(lambda: self.run("compose", self.submit()))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error_label, 1)
        buttons.addWidget(close)
        buttons.addWidget(self.send_button)

        form = QFormLayout()
        form.addRow(self.tr("Topics:"), topics)
        form.addRow(self.tr("File:"), files)
        form.addRow(self.tr("Channel:"), channel)
        form.addRow(self.tr("When:"), when)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.texts, 1)
        layout.addWidget(self.formatted)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Who will get it:")))
        layout.addWidget(self.counts)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)

        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(lambda: self.run("preview", self.refresh_preview()))
        self._show_formatted()
        self._show_counts()

    def show_problem(self, text: str) -> None:
        self.error_label.setText(text)

    # -- texts -------------------------------------------------------------------------

    def set_text(self, language: str, text: str) -> None:
        self.edits[language].setPlainText(text)

    def texts_given(self) -> dict[str, str]:
        return {code: edit.toPlainText() for code, edit in self.edits.items() if edit.toPlainText().strip()}

    def current_edit(self) -> QPlainTextEdit:
        return self.texts.currentWidget()

    def wrap(self, before: str, after: str) -> None:
        """Mark the selection (or insert the markers at the cursor)."""
        cursor = self.current_edit().textCursor()
        chosen = cursor.selectedText()
        cursor.insertText(f"{before}{chosen}{after}")
        if not chosen:
            cursor.movePosition(cursor.MoveOperation.Left, n=len(after))
            self.current_edit().setTextCursor(cursor)
        self.current_edit().setFocus()

    def ask_link(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Link"))
        dialog.setLabelText(self.tr("Address (https://…):"))
        dialog.setTextValue("https://")
        dialog.textValueSelected.connect(self.add_link)
        dialog.open()

    def add_link(self, url: str) -> None:
        url = url.strip()
        if not url.startswith(("https://", "http://")):
            self.error_label.setText(self.tr("A link starts with https://"))
            return
        cursor = self.current_edit().textCursor()
        cursor.insertText(f"[{cursor.selectedText() or url}]({url})")

    def _texts_changed(self) -> None:
        self._show_formatted()
        self._show_counts()

    def _show_formatted(self) -> None:
        edit = self.current_edit()
        composed = self.broadcasts.formatted(edit.toPlainText()) if edit is not None else None
        self.formatted.setText(formatted_html(composed.text, composed.entities) if composed and composed.text
                               else self.tr("<i>As the subscribers will see it.</i>"))

    # -- file -------------------------------------------------------------------------

    def choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Attach a file"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        names = " ".join(f"*.{e}" for e in sorted(self.policy.accepted_extensions))
        dialog.setNameFilter(self.tr("Accepted files ({0})").format(names))
        dialog.fileSelected.connect(lambda path: self.set_file(Path(path)))
        dialog.open()

    def set_file(self, path: Path | None) -> bool:
        """Attach `path` if the file policy accepts it (by name, by its first bytes, by
        size); a refused one is not attached and the reason is shown. None removes it."""
        self.error_label.clear()
        if path is None:
            self.file = None
        else:
            try:
                size = path.stat().st_size
                with path.open("rb") as fh:
                    head = fh.read(_HEAD)
            except OSError:
                self.error_label.setText(self.tr("{0} cannot be read").format(path.name))
                return False
            verdict = self.policy.check_offer(path.name, "", size)
            if verdict.accepted:
                verdict = self.policy.check_content(verdict, head, size)
            if not verdict.accepted:
                self.error_label.setText(self.tr("{0} cannot be broadcast: {1}. Accepted: {2}.").format(
                    path.name, file_refusal(verdict.reason), self.policy.accepted_names()))
                return False
            self.file = path
        self.file_label.setText(f"{self.file.name} ({file_size(self.file.stat().st_size)})" if self.file
                                else self.tr("No file"))
        return True

    # -- when ---------------------------------------------------------------------------

    def _when_toggled(self, later: bool) -> None:
        self.when.setEnabled(later)
        self.send_button.setText(self.tr("Schedule") if later else self.tr("Send"))

    def schedule(self, moment: datetime | None) -> None:
        """Send at `moment` (aware), or now (None)."""
        if moment is None:
            self.send_now.setChecked(True)
            return
        local = moment.astimezone(self.tz)
        self.when.setDateTime(QDateTime(local.date(), local.time().replace(second=0, microsecond=0)))
        self.send_later.setChecked(True)

    def send_at(self) -> datetime | None:
        if not self.send_later.isChecked():
            return None
        return self.when.dateTime().toPython().replace(tzinfo=self.tz)

    # -- who gets it ---------------------------------------------------------------------

    def topics(self) -> list[str]:
        return [topic for topic, box in self.topic_boxes.items() if box.isChecked()]

    def channel(self) -> str | None:
        return self.channel_name.text().strip() if self.channel_box.isChecked() else None

    def preview_soon(self) -> None:
        self._preview_timer.start()

    async def refresh_preview(self) -> None:
        topics = self.topics()
        self.last_preview = await self.broadcasts.preview(topics) if topics else None
        self._show_counts()

    def counts_by_language(self) -> dict[str, tuple[int, str]]:
        """Subscribers' language -> (how many, the language of the text they get)."""
        preview = self.last_preview
        if preview is None:
            return {}
        given = set(self.texts_given())
        default = self.default_box.currentData()
        return {lang: (count, lang if lang in given else default)
                for lang, count in sorted(preview.by_language.items(), key=lambda kv: (-kv[1], kv[0]))}

    def _show_counts(self) -> None:
        rows = self.counts_by_language()
        default = self.default_box.currentData()
        self.counts.setRowCount(len(rows))
        fit_rows(self.counts, len(rows))
        for row, (lang, (count, gets)) in enumerate(rows.items()):
            text = language_name(gets) if gets in self.texts_given() else self.tr("{0} (no text yet)").format(
                language_name(gets))
            if gets != lang:
                text = self.tr("{0}, the default").format(text)
            for column, value in enumerate((language_name(lang), number(count), text)):
                item = QTableWidgetItem(value)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.counts.setItem(row, column, item)
        total = sum(count for count, _ in rows.values())
        parts = []
        if self.topics():
            parts.append(self.tr("Subscribers who will get it: {0}.").format(number(total)))
        else:
            parts.append(self.tr("No topic chosen: nobody on the list gets it."))
        if self.broadcasts.urgent(self.topics()):
            parts.append(self.tr("Urgent: it goes before the rest of any broadcast being sent."))
        channel = self.channel()
        if channel:  # in one post, every language's text (services/channel_posts.channel_text)
            others = [lang for lang in self.texts_given() if lang != default]
            parts.append(self.tr("It is posted to {0} too, in {1}.").format(
                "@" + channel.lstrip("@"), ", ".join(language_name(lang) for lang in [default, *others])))
        self.summary.setText(" ".join(parts))

    # -- sending ------------------------------------------------------------------------

    async def submit(self) -> int | None:
        """Store the broadcast (the service checks it in full first); the duty holder sends it."""
        self.error_label.clear()
        texts = self.texts_given()
        if not texts:
            raise UserFacingError(self.tr("Write the text in at least one language."))
        if not self.topics() and not self.channel():
            raise UserFacingError(self.tr("Choose a topic, or a channel to post to."))
        default = self.default_box.currentData()
        if default not in texts:
            raise UserFacingError(self.tr("Write the {0} text too: subscribers of languages without a text "
                                          "get that one.").format(language_name(default)))
        send_at = self.send_at()
        if send_at is not None and send_at <= self.broadcasts.clock.now():
            raise UserFacingError(self.tr("That time has passed: choose a later one, or send now."))
        self.send_button.setEnabled(False)
        try:
            broadcast_id = await self.broadcasts.compose(texts, self.topics(), file=self.file, send_at=send_at,
                                                         default_language=default, channel=self.channel())
        finally:
            self.send_button.setEnabled(True)
        self.composed.emit(broadcast_id)
        self.accept()
        return broadcast_id
