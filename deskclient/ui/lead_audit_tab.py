"""The lead window's Audit log tab: who did what and when, filtered by agent, action
and period, paged as the lead scrolls, and exported as CSV.

A part of LeadWindow (mixed into it, so its widgets stay the window's attributes); it
uses the window's `lead`, `tz`, `run()`, `show_message()` and `_table()`.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime, time

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..store.lead_records import AuditFilter
from .labels import AUDIT_ACTION, audit_action
from .lead_dates import any_date_edit, chosen_day
from .lead_models import AuditLogModel

AUDIT_PAGE = 200


def _collation_key(text: str) -> tuple:
    """Sort key: letters without their accents first, case ignored ("é" beside "e", not
    after "z"), the exact text to break ties."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return plain.casefold(), text


class LeadAuditTab:
    """The Audit log tab of LeadWindow."""

    def _audit_tab(self, agents) -> QWidget:
        self.audit_agent = QComboBox()
        self.audit_agent.addItem(self.tr("any agent"), None)
        for agent in agents:
            self.audit_agent.addItem(agent.login, agent.id)
        self.audit_action = QComboBox()
        self._list_audit_actions([])
        self.audit_from, self.audit_to = any_date_edit(), any_date_edit()
        self.audit_agent.setAccessibleName(self.tr("Agent"))
        self.audit_action.setAccessibleName(self.tr("Action"))
        self.audit_from.setAccessibleName(self.tr("Audit events from"))
        self.audit_to.setAccessibleName(self.tr("Audit events to"))
        show = QPushButton(self.tr("Show"))
        show.clicked.connect(lambda: self.run("audit", self._audit()))
        export = QPushButton(self.tr("Export CSV"))
        export.clicked.connect(lambda: self.run("export", self._audit_csv()))
        row = QHBoxLayout()
        for widget in (self.audit_agent, QLabel(self.tr("action")), self.audit_action, QLabel(self.tr("from")),
                       self.audit_from, QLabel(self.tr("to")), self.audit_to, show, export):
            row.addWidget(widget)
        row.addStretch(1)
        self.audit_model = AuditLogModel(self.tz, self)
        self.audit_model.fetchRequested.connect(lambda: self.run("audit-more", self._more_audit()))
        self.audit_view = self._table(self.audit_model)
        self.audit_view.setAccessibleName(self.tr("Audit log"))
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addWidget(self.audit_view, 1)
        return tab

    def audit_filter(self) -> AuditFilter:
        day_from, day_to = chosen_day(self.audit_from), chosen_day(self.audit_to)
        return AuditFilter(
            date_from=datetime.combine(day_from, time(), self.tz) if day_from else None,
            date_to=datetime.combine(day_to, time(23, 59, 59), self.tz) if day_to else None,
            agent_id=self.audit_agent.currentData(), action=self.audit_action.currentData())

    def _list_audit_actions(self, recorded: list[str]) -> None:
        """Every action the desk audits (and any other code found in the log), by its
        label, in alphabetical order of the labels; the choice stays."""
        current = self.audit_action.currentData()
        self.audit_action.clear()
        self.audit_action.addItem(self.tr("any action"), None)
        for label, code in sorted(((audit_action(c), c) for c in set(AUDIT_ACTION) | set(recorded)),
                                  key=lambda pair: (_collation_key(pair[0]), pair[1])):
            self.audit_action.addItem(label, code)
        self.audit_action.setCurrentIndex(max(0, self.audit_action.findData(current)))

    async def _audit(self) -> None:
        rows, total = await self.lead.audit_log(self.audit_filter(), 0, AUDIT_PAGE)
        first = self.audit_model.rowCount() == 0
        self.audit_model.reset(rows, total)
        if first and rows:  # once: widths from the first page, then the lead's own
            self.audit_view.resizeColumnsToContents()
        self._list_audit_actions(await self.lead.audit_actions())

    async def _more_audit(self) -> None:
        rows, total = await self.lead.audit_log(self.audit_filter(), self.audit_model.rowCount(), AUDIT_PAGE)
        self.audit_model.append(rows, total)

    async def _audit_csv(self) -> None:
        path = await self.lead.export_audit_csv(self.audit_filter())
        self.show_message(self.tr("Exported to %1").replace("%1", str(path)))
