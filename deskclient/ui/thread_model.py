"""One ticket's thread: a window of messages around the newest, older ones on demand.

The plain-text rendering (the rows' display text) is in the window's language, context
"ThreadModel"; what citizens and agents wrote is shown as it is.
"""

from __future__ import annotations

import enum
from datetime import tzinfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt,
)
from PySide6.QtGui import QBrush, QColor

from ..domain.bidi import isolate
from ..services.desk import DeskService
from ..store.records import MessageRow
from .accessibility import message_state, spoken_message
from .formats import number, short_moment
from .labels import file_refusal
from .sentences import reason_text

WINDOW = 200  # messages loaded each time the agent scrolls to the top
FIRST_WINDOW = 50  # what opening a ticket lays out: its newest messages fill the screen
QUOTE_REACH = 5_000  # a quote jump loads at most this many: more would lay out for seconds


class QuoteTooFar(Exception):
    """The quoted message is further back than a jump loads; `count` messages back."""

    def __init__(self, count: int) -> None:
        super().__init__(f"{count} messages back")
        self.count = count


class MessageRole(enum.IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    KIND = Qt.ItemDataRole.UserRole + 2
    DELIVERY = Qt.ItemDataRole.UserRole + 3
    ROW = Qt.ItemDataRole.UserRole + 4
    HIGHLIGHT = Qt.ItemDataRole.UserRole + 5


_BACKGROUND = {"in": "#ffffff", "out": "#dcf3dc", "system": "#eeeeee", "note": "#fff4c2"}
_DELIVERY = {"queued": QT_TRANSLATE_NOOP("ThreadModel", "… queued"),
             "sent": QT_TRANSLATE_NOOP("ThreadModel", "✓ sent"),
             "failed": QT_TRANSLATE_NOOP("ThreadModel", "✗ failed"),
             "delivered": QT_TRANSLATE_NOOP("ThreadModel", "✓✓ delivered"),
             "seen": QT_TRANSLATE_NOOP("ThreadModel", "✓✓ seen")}


def delivery_shown(message: MessageRow) -> str:
    """What the bubble says of an outgoing message: queued, sent, delivered, seen, failed."""
    return "seen" if message.seen else "delivered" if message.delivered else message.delivery


def describe(message: MessageRow, citizen_name: str, tz: tzinfo) -> str:
    """The plain-text rendering of one message, in the desk's time zone."""
    who = {"in": citizen_name,
           "out": message.author_login or QCoreApplication.translate("ThreadModel", "agent"),
           "system": QCoreApplication.translate("ThreadModel", "automatic message"),
           "note": QCoreApplication.translate("ThreadModel", "internal note by {0}").format(message.author_login),
           }[message.kind]
    lines = [f"{short_moment(message.created_at, tz)}  {who}"]
    if message.forward_from:
        lines.append(QCoreApplication.translate("ThreadModel", "↪ Forwarded from {0}").format(
            reason_text(message.forward_from)))
    if message.reply_quote:
        lines.append(f"┃ {message.reply_quote[:200]}")
    if message.text:
        lines.append(message.text)
    for attachment in message.attachments:
        if attachment.state == "arriving":
            lines.append(QCoreApplication.translate("ThreadModel", "Attached: {0} (arriving…)").format(
                attachment.file_name))
        elif attachment.state == "failed":
            lines.append(QCoreApplication.translate("ThreadModel", "{0}: the file could not be downloaded").format(
                attachment.file_name))
        elif attachment.kept:
            lines.append(QCoreApplication.translate("ThreadModel", "Attached: {0} ({1} bytes)").format(
                attachment.file_name, number(attachment.size)))
        else:
            lines.append(QCoreApplication.translate("ThreadModel", "Refused file: {0} ({1})").format(
                attachment.file_name, file_refusal(attachment.refusal or "")))
    tags = []
    if message.edited_at:
        tags.append(QCoreApplication.translate("ThreadModel", "edited"))
    if message.deleted_at:
        tags.append(QCoreApplication.translate("ThreadModel", "deleted by the citizen"))
    if message.delivery:
        tags.append(QCoreApplication.translate("ThreadModel", _DELIVERY[delivery_shown(message)]))
        if message.delivery == "failed" and message.failure:
            tags[-1] += ": " + reason_text(message.failure)
    if message.sent_as_template and message.delivery == "sent":  # outside WhatsApp's 24-hour window
        tags.append(QCoreApplication.translate("ThreadModel", "as the approved template {0}").format(
            message.sent_as_template))
    if tags:
        lines.append(" · ".join(tags))
    return "\n".join(lines)


class ThreadModel(QAbstractListModel):
    def __init__(self, desk: DeskService, parent=None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._rows: list[MessageRow] = []
        self.ticket_id: int | None = None
        self._citizen = ""
        self._has_older = False
        self._highlighted: int | None = None

    def show_ticket(self, ticket_id: int | None) -> None:
        self.beginResetModel()
        self._highlighted = None
        self.ticket_id = ticket_id
        self._rows = self._desk.thread(ticket_id, None, FIRST_WINDOW) if ticket_id else []
        self._citizen = isolate(self._desk.ticket(ticket_id).citizen_name) if ticket_id else ""
        self._has_older = len(self._rows) == FIRST_WINDOW
        self.endResetModel()

    def load_older(self, count: int = WINDOW) -> int:
        """Prepend the previous `count` messages; returns how many rows came in."""
        if not self._has_older or not self._rows:
            return 0
        older = self._desk.thread(self.ticket_id, self._rows[0].id, count)
        self._has_older = len(older) == count
        if older:
            self.beginInsertRows(QModelIndex(), 0, len(older) - 1)
            self._rows[:0] = older
            if self._highlighted is not None:
                self._highlighted += len(older)
            self.endInsertRows()
        return len(older)

    @property
    def citizen_name(self) -> str:
        return self._citizen

    def row_of_channel_message_id(self, channel_message_id: int) -> int | None:
        """The row holding that Telegram message; if it is older than what is loaded,
        the history back to it is loaded in one go (the store says how far that is), up
        to QUOTE_REACH messages; further back raises QuoteTooFar."""
        found = self._row_of(channel_message_id)
        if found is None and self._has_older and self._rows:
            back = self._desk.messages_back_to(self.ticket_id, channel_message_id, self._rows[0].id)
            if back > QUOTE_REACH:
                raise QuoteTooFar(back)
            if back and self.load_older(back + WINDOW):  # a window above it, for context
                found = self._row_of(channel_message_id)
        return found

    def _row_of(self, channel_message_id: int) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row.channel_message_id == channel_message_id), None)

    def highlight(self, row: int | None) -> None:
        """Mark one bubble (the target of a jump to a quoted message)."""
        previous, self._highlighted = self._highlighted, row
        for changed in (previous, row):
            if changed is not None and 0 <= changed < len(self._rows):
                self.dataChanged.emit(self.index(changed), self.index(changed))

    def messages_added(self, message_ids: list[int]) -> None:
        """New messages of this ticket, read together and appended in the thread's order."""
        self.messages_read(message_ids, [], self._desk.messages(message_ids))

    def messages_read(self, added: list[int], changed, fresh: list[MessageRow]) -> None:
        """Messages `added` to this ticket and `changed` in it, as `fresh` has them (read
        by the caller, maybe on the store's thread: `messages(added + changed)`): the
        rows loaded are replaced, the new ones appended in the thread's order."""
        known = {r.id for r in self._rows}
        by_id = {m.id: m for m in fresh if m.ticket_id == self.ticket_id}
        for message_id in dict.fromkeys([*changed, *(i for i in added if i in known)]):
            self._replace(message_id, by_id.get(message_id))
        new = [by_id[i] for i in dict.fromkeys(added) if i not in known and i in by_id]
        if not new:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(new) - 1)
        self._rows.extend(sorted(new, key=lambda m: (m.created_at, m.id)))
        self.endInsertRows()

    def message_changed(self, message_id: int) -> None:
        if any(row.id == message_id for row in self._rows):
            self._replace(message_id, self._desk.message(message_id))

    def _replace(self, message_id: int, fresh: MessageRow | None) -> None:
        for n, row in enumerate(self._rows):
            if row.id == message_id:
                if fresh is not None:
                    self._rows[n] = fresh
                    self.dataChanged.emit(self.index(n), self.index(n))
                return

    def seen_changed(self) -> None:
        """The citizen read more (a read receipt): what was sent and not yet seen is read
        again, in one query."""
        waiting = [row.id for row in self._rows if row.delivery == "sent" and not row.seen]
        fresh = {m.id: m for m in self._desk.messages(waiting)}
        for n, row in enumerate(self._rows):
            if row.id in fresh and fresh[row.id] != row:
                self._rows[n] = fresh[row.id]
                self.dataChanged.emit(self.index(n), self.index(n))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        message = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return describe(message, self._citizen, self._desk.rules.calendar.tz)
        if role == Qt.ItemDataRole.AccessibleTextRole:  # what a screen reader says of the bubble
            return spoken_message(message, self._citizen, self._desk.rules.calendar.tz)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return message_state(message)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(_BACKGROUND[message.kind]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignRight if message.kind == "out" else Qt.AlignmentFlag.AlignLeft
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role == MessageRole.ID:
            return message.id
        if role == MessageRole.KIND:
            return message.kind
        if role == MessageRole.DELIVERY:
            return message.delivery
        if role == MessageRole.ROW:
            return message
        if role == MessageRole.HIGHLIGHT:
            return index.row() == self._highlighted
        return None
