"""Above the composer of a WhatsApp ticket: the 24-hour customer-service window. Open:
until when free replies reach the citizen. Closed: since when, that a free reply cannot
reach them, and the approved templates to send instead (services/customer_windows.py).
Hidden on Telegram, which has no window."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from ..domain.customer_window import CustomerWindow
from .formats import short_moment
from .palette_colours import text_colour

MAX_TIMER_S = 86_400.0  # a day: within QTimer's range; shown again then if still open


class WindowStrip(QWidget):
    """Signals: templateRequested(str) with the chosen template's use; windowClosed() when an
    open window shown here reaches its end (the panel then shows it again, closed)."""

    templateRequested = Signal(str)
    windowClosed = Signal()

    def __init__(self, tz: tzinfo, now: Callable[[], datetime], parent=None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.now = now  # the desk's clock
        self.label = QLabel(wordWrap=True)
        self.label.setObjectName("customerWindow")
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Approved template"))
        self.send_button = QPushButton(self.tr("Send &template"))
        self.send_button.clicked.connect(self._send)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.combo)
        row.addWidget(self.send_button)
        self.closed = False
        self._end = QTimer(self, singleShot=True)
        self._end.timeout.connect(self.windowClosed)
        self.hide()

    def show_window(self, window: CustomerWindow | None, templates: list[str]) -> None:
        """The ticket's window (None: a channel without one) and the uses configured."""
        self.closed = window is not None and not window.open
        self.setVisible(window is not None)
        self._end.stop()
        if window is None:
            return
        if window.open and window.closes_at is not None:
            left = (window.closes_at - self.now()).total_seconds()
            self._end.start(int(min(max(left, 0.0), MAX_TIMER_S) * 1000) + 500)
        self.combo.clear()
        for use in templates:
            self.combo.addItem(use, use)
        when = short_moment(window.closes_at, self.tz) if window.closes_at else ""
        if not self.closed:
            self.label.setText(self.tr("WhatsApp: free replies reach the citizen until {0}.").format(when))
            self.label.setStyleSheet("")
        elif templates:
            self.label.setText(self.tr("WhatsApp's 24-hour window closed {0}: a free reply can no longer reach "
                                       "the citizen. Send an approved template:").format(when))
        else:
            self.label.setText(self.tr("WhatsApp's 24-hour window closed {0}: a free reply can no longer reach "
                                       "the citizen, and no approved template is configured.").format(when))
        if self.closed:
            self.label.setStyleSheet(f"color:{text_colour('#b00020', self.palette())};")
        for widget in (self.combo, self.send_button):
            widget.setVisible(self.closed and bool(templates))

    def _send(self) -> None:
        use = self.combo.currentData()
        if use:
            self.templateRequested.emit(use)
