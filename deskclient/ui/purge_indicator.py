"""The scheduled retention purge in the status bar: a progress bar while it runs, one
line when it is done. The agent keeps working meanwhile (it runs on its own thread)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QStatusBar, QWidget


class PurgeIndicator(QWidget):
    def __init__(self, status_bar: QStatusBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status_bar = status_bar
        self.label = QLabel(self.tr("Retention purge"))
        self.bar = QProgressBar()
        self.bar.setFixedWidth(230)  # room for "25,508 of 25,508 tickets" in every language
        self.bar.setTextVisible(True)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.hide()

    def on_progress(self, stage: str, done: int, total: int) -> None:
        if stage == "done":
            self.hide()
            if done:
                self.status_bar.showMessage(
                    self.tr("Retention purge done: tickets past the retention period deleted: {0}").format(done),
                    10_000)
            return
        if stage == "failed":
            self.hide()
            return
        self.show()
        if stage == "tickets" and total:
            self.label.setText(self.tr("Retention purge"))
            self.bar.setRange(0, total)
            self.bar.setValue(done)
            self.bar.setFormat(self.tr("%v of %m tickets"))
        else:  # files and compaction: no count to show
            self.label.setText(self.tr("Retention purge: tidying up") if stage == "files"
                               else self.tr("Retention purge: compacting the database"))
            self.bar.setRange(0, 0)
