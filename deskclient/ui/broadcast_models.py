"""The broadcasts' list: its model, the progress bar drawn in its rows, and the words for
the states and failure reasons the store and the network give in English.

The model holds what the window loaded and never calls a service: a progress event
updates one row (`update`, one `dataChanged`), scrolling to the end asks the window for
the next page (`fetchRequested`): it is one of the lead's paged models (ui/lead_models.py). Topics and channel names are
the deployment's own data, shown as they are.
"""

from __future__ import annotations

import enum
import re
from dataclasses import replace
from datetime import tzinfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionProgressBar

from ..store.broadcast_records import BroadcastFigures, BroadcastRow
from .broadcast_composer import language_name
from .formats import full_moment, number
from .lead_models import _PagedModel
from .sentences import reason_text

BROADCAST_ID_ROLE = Qt.ItemDataRole.UserRole + 1
FIGURES_ROLE = Qt.ItemDataRole.UserRole + 2

BROADCAST_STATE = {
    "scheduled": QT_TRANSLATE_NOOP("BroadcastLabels", "scheduled"),
    "sending": QT_TRANSLATE_NOOP("BroadcastLabels", "sending"),
    "done": QT_TRANSLATE_NOOP("BroadcastLabels", "done"),
    "cancelled": QT_TRANSLATE_NOOP("BroadcastLabels", "cancelled"),
}
CHANNEL_STATE = {
    "queued": QT_TRANSLATE_NOOP("BroadcastLabels", "waiting to be posted"),
    "posted": QT_TRANSLATE_NOOP("BroadcastLabels", "posted"),
    "failed": QT_TRANSLATE_NOOP("BroadcastLabels", "not posted"),
    "deleted": QT_TRANSLATE_NOOP("BroadcastLabels", "deleted from the channel"),
    "cancelled": QT_TRANSLATE_NOOP("BroadcastLabels", "not posted: cancelled"),
}
PENDING_CHANGE = {
    "edit": QT_TRANSLATE_NOOP("BroadcastLabels", "edit asked for, not made yet"),
    "delete": QT_TRANSLATE_NOOP("BroadcastLabels", "deletion asked for, not made yet"),
}
# Why a copy or a post failed, as the gateway words it for the records: each shape, and
# what the window shows for it. Another reason is said as the desk's messages' are.
FAILURE_REASON = (
    (re.compile(r"the citizen has blocked the service account"),
     QT_TRANSLATE_NOOP("BroadcastLabels", "blocked the service account")),
    (re.compile(r"the citizen's Telegram account was deleted"),
     QT_TRANSLATE_NOOP("BroadcastLabels", "deleted their Telegram account")),
    (re.compile(r"the service account is not an admin of @(?P<name>\w+)"),
     QT_TRANSLATE_NOOP("BroadcastLabels", "the service account is not an admin of @{name}")),
    (re.compile(r"no Telegram channel is called @(?P<name>\w+)"),
     QT_TRANSLATE_NOOP("BroadcastLabels", "no Telegram channel is called @{name}")),
    (re.compile(r"@(?P<name>\w+) is not a Telegram channel"),
     QT_TRANSLATE_NOOP("BroadcastLabels", "@{name} is not a Telegram channel")),
    (re.compile(r"the post is no longer in @(?P<name>\w+)"),
     QT_TRANSLATE_NOOP("BroadcastLabels", "the post is no longer in @{name}")),
)


def _label(words: dict[str, str], code: str | None) -> str:
    return QCoreApplication.translate("BroadcastLabels", words[code]) if code in words else (code or "")


def broadcast_state(code: str) -> str:
    return _label(BROADCAST_STATE, code)


def channel_state(code: str) -> str:
    return _label(CHANNEL_STATE, code)


def pending_change(code: str | None) -> str:
    return _label(PENDING_CHANGE, code)


def failure_reason(reason: str) -> str:
    for shape, words in FAILURE_REASON:
        match = shape.fullmatch(reason.strip())
        if match is not None:
            return QCoreApplication.translate("BroadcastLabels", words).format(**match.groupdict())
    return reason_text(reason)


class Column(enum.IntEnum):
    WHEN = 0
    TOPICS = 1
    LANGUAGES = 2
    STATE = 3
    PROGRESS = 4
    SENT = 5
    FAILED = 6
    TEXT = 7


class BroadcastListModel(_PagedModel):
    """The latest broadcasts first, paged like the lead's lists (the window hands the next
    page to `append` when the view asks). Signals: fetchRequested()."""

    HEADERS = (QT_TRANSLATE_NOOP("BroadcastModels", "When"), QT_TRANSLATE_NOOP("BroadcastModels", "Topics"),
               QT_TRANSLATE_NOOP("BroadcastModels", "Languages"), QT_TRANSLATE_NOOP("BroadcastModels", "State"),
               QT_TRANSLATE_NOOP("BroadcastModels", "Progress"), QT_TRANSLATE_NOOP("BroadcastModels", "Sent"),
               QT_TRANSLATE_NOOP("BroadcastModels", "Failed"), QT_TRANSLATE_NOOP("BroadcastModels", "Text"))

    def __init__(self, tz: tzinfo, page: int = 100, parent=None) -> None:
        super().__init__(tz, parent)
        self.page = page

    def reset(self, rows: list[BroadcastRow]) -> None:
        self._reset(rows, len(rows) >= self.page)

    def append(self, rows: list[BroadcastRow]) -> None:
        self._append(rows, len(rows) >= self.page)

    @property
    def last_id(self) -> int | None:
        return self._rows[-1].id if self._rows else None

    def row_of(self, broadcast_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == broadcast_id), None)

    def broadcast_at(self, row: int) -> BroadcastRow:
        return self._rows[row]

    def update(self, broadcast_id: int, state: str, figures: BroadcastFigures) -> bool:
        """A progress event: that row's state and figures; False if it is not listed."""
        row = self.row_of(broadcast_id)
        if row is None:
            return False
        self._rows[row] = replace(self._rows[row], state=state, figures=figures)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))
        return True

    def refresh_row(self, fresh: BroadcastRow) -> None:
        row = self.row_of(fresh.id)
        if row is not None:
            self._rows[row] = fresh
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate("BroadcastModels", self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not self._valid(index):
            return None
        b = self._rows[index.row()]
        if role == BROADCAST_ID_ROLE:
            return b.id
        if role == FIGURES_ROLE:
            return b.figures
        column = Column(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.SENT, Column.FAILED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        f = b.figures
        if column == Column.WHEN:
            return full_moment(b.started_at or b.send_at, self.tz)
        if column == Column.TOPICS:
            return ", ".join(b.topics) or "—"
        if column == Column.LANGUAGES:
            return ", ".join(language_name(code) for code in b.languages)
        if column == Column.STATE:
            return broadcast_state(b.state)
        if column == Column.PROGRESS:
            return f"{number(f.settled)}/{number(f.total)}"
        if column == Column.SENT:
            return number(f.sent)
        if column == Column.FAILED:
            return number(f.failed)
        return b.preview.replace("\n", " ")


class ProgressDelegate(QStyledItemDelegate):
    """A progress bar in the Progress column: recipients settled (sent, failed, left) of all."""

    def paint(self, painter, option, index) -> None:
        figures = index.data(FIGURES_ROLE)
        if index.column() != Column.PROGRESS or figures is None:
            super().paint(painter, option, index)
            return
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(2, 3, -2, -3)
        bar.minimum = 0
        bar.maximum = max(figures.total, 1)
        bar.progress = figures.settled if figures.total else 0
        bar.text = index.data() if figures.total else "—"
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)
