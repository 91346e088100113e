"""The lead window's Retention and citizens tab: the purge (previewed, run now, or the
service's daily one described) with its progress, and a citizen's requests: find them,
export everything held about them, correct their name or phone, erase them.

A part of LeadWindow (mixed into it, so its widgets stay the window's attributes); it
uses the window's `lead`, `citizens`, `tz`, `run()`, `show_message()` and its
`purgeProgress` signal.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QProgressBar, QPushButton,
    QVBoxLayout, QWidget,
)

from ..domain.bidi import isolate
from ..domain.channels import channel_of
from ..services.purge import PurgeProgress, PurgeReport
from .channel_icons import channel_name
from .labels import purge_stage
from .lead_dialogs import CitizenCorrectionDialog, confirm
from .purge_report import purge_report_text


class LeadRetentionTab:
    """The Retention and citizens tab of LeadWindow."""

    def _retention_tab(self) -> QWidget:
        months = self.lead.policy.months
        intro = QLabel(self.tr("Conversations are kept %1 months after a ticket closes, then purged for good "
                               "(database, files, thumbnails, exports, logs, the Telegram session's cache). "
                               "Tickets on legal hold are kept.").replace("%1", str(months)))
        intro.setWordWrap(True)
        preview = QPushButton(self.tr("&Preview the purge"))
        preview.clicked.connect(lambda: self.run("purge", self._purge(dry_run=True)))
        if self.lead.purge_is_the_services:  # team mode: the service purges, at its quiet hour
            purge = QLabel(self.tr("The service purges daily at %1 (%2 time); each purge is in the audit log.")
                           .replace("%1", f"{self.lead.purge_hour:%H:%M}").replace("%2", self.tz.key))
            purge.setWordWrap(True)
        else:
            purge = QPushButton(self.tr("P&urge now…"))
            purge.clicked.connect(self.confirm_purge)
        self.purge_now = purge
        self.purge_bar = QProgressBar()
        self.purge_result = QLabel()
        self.purge_result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(preview)
        row.addWidget(purge)
        row.addWidget(self.purge_bar, 1)

        self.citizen_query = QLineEdit()
        self.citizen_query.setPlaceholderText(self.tr("name, phone or Telegram/WhatsApp id"))
        self.citizen_query.returnPressed.connect(lambda: self.run("citizens", self._find_citizens()))
        self.citizen_list = QListWidget()  # at most 50 rows
        self.citizen_list.setAccessibleName(self.tr("Citizens found"))
        citizen_buttons = QHBoxLayout()
        for text, slot in ((self.tr("Export everything (ZIP)"), self.export_citizen),
                           (self.tr("Correct name or phone…"), self.correct_citizen),
                           (self.tr("Erase now…"), self.confirm_erase)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            citizen_buttons.addWidget(button)
        citizen_buttons.addStretch(1)

        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.purge_result)
        form = QFormLayout()
        form.addRow(self.tr("Citizens' requests:"), self.citizen_query)
        layout.addLayout(form)
        layout.addWidget(self.citizen_list, 1)
        layout.addLayout(citizen_buttons)
        return tab

    def confirm_purge(self) -> None:
        self.confirmation = confirm(self, self.tr("Purge"),
                                    self.tr("Delete for good every conversation past the retention period? "
                                            "This cannot be undone."),
                                    lambda: self.run("purge", self._purge(dry_run=False)), self.tr("Purge now"))

    async def _purge(self, dry_run: bool) -> PurgeReport:
        self.purge_bar.setRange(0, 0)
        try:
            report = await self.lead.purge(dry_run=dry_run, progress=self.purgeProgress.emit)
        finally:
            self.purge_bar.setRange(0, 1)
            self.purge_bar.setValue(1)
        self.purge_result.setText(purge_report_text(report, self.tz))
        return report

    def _on_purge_progress(self, progress: PurgeProgress) -> None:
        if progress.stage == "tickets" and progress.total:
            self.purge_bar.setRange(0, progress.total)
            self.purge_bar.setValue(progress.done)
        self.purge_bar.setFormat(f"{purge_stage(progress.stage)} %v/%m")

    async def _find_citizens(self) -> None:
        found = await self.citizens.find(self.citizen_query.text())
        self.citizen_list.clear()
        self._citizens_found = {c.id: c for c in found}
        for c in found:
            channel = channel_name(channel_of(c.account))  # two channels: two citizens, unless linked
            item = QListWidgetItem(f"{isolate(c.name)} · {c.phone or '—'} · {channel} {c.address}")
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.citizen_list.addItem(item)

    def _citizen_id(self) -> int | None:
        item = self.citizen_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def export_citizen(self) -> None:
        citizen_id = self._citizen_id()
        if citizen_id is not None:
            self.run("citizen", self._export_citizen(citizen_id))

    async def _export_citizen(self, citizen_id: int) -> None:
        path = await self.citizens.export(citizen_id)
        self.show_message(self.tr("Exported to %1").replace("%1", str(path)))

    def correct_citizen(self) -> None:
        citizen_id = self._citizen_id()
        if citizen_id is None:
            return
        record = self._citizens_found.get(citizen_id)
        dialog = CitizenCorrectionDialog(record.name if record else "", record.phone if record else None, self)
        dialog.corrected.connect(lambda name, phone: self.run("citizen", self._correct(citizen_id, name, phone)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.correction = dialog
        dialog.open()

    async def _correct(self, citizen_id: int, name: str | None, phone: str | None = None) -> None:
        changed = await self.citizens.correct(citizen_id, name=name, phone=phone)
        self.show_message(self.tr("Corrected: %1").replace("%1", ", ".join(changed) or self.tr("nothing")))
        await self._find_citizens()

    def confirm_erase(self) -> None:
        citizen_id = self._citizen_id()
        if citizen_id is None:
            return
        self.confirmation = confirm(self, self.tr("Erase"),
                                    self.tr("Erase everything held about this citizen (and about the citizens "
                                            "linked to them as the same person), now and for good? "
                                            "This cannot be undone."),
                                    lambda: self.run("citizen", self._erase(citizen_id)), self.tr("Erase now"))

    async def _erase(self, citizen_id: int) -> None:
        report = await self.citizens.erase(citizen_id, progress=self.purgeProgress.emit)
        self.purge_result.setText(purge_report_text(report, self.tz))
        await self._find_citizens()
