"""The lead window's Statistics tab: tickets opened in a period, as charts and as a
table, and the same figures as a CSV file.

A part of LeadWindow (mixed into it, so its widgets stay the window's attributes); it
uses the window's `lead`, `run()` and `show_message()`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from .lead_dates import any_date_edit, chosen_day
from .stats_charts import StatisticsCharts, statistics_html


class LeadStatisticsTab:
    """The Statistics tab of LeadWindow."""

    def _statistics_tab(self) -> QWidget:
        self.stats_from, self.stats_to = any_date_edit(), any_date_edit()
        self.stats_from.setAccessibleName(self.tr("Tickets opened from"))
        self.stats_to.setAccessibleName(self.tr("Tickets opened to"))
        show = QPushButton(self.tr("Show"))
        show.clicked.connect(lambda: self.run("statistics", self._statistics()))
        export = QPushButton(self.tr("Export CSV"))
        export.clicked.connect(lambda: self.run("export", self._statistics_csv()))
        row = QHBoxLayout()
        for widget in (QLabel(self.tr("Tickets opened from")), self.stats_from, QLabel(self.tr("to")),
                       self.stats_to, show, export):
            row.addWidget(widget)
        row.addStretch(1)
        self.stats_charts = StatisticsCharts()
        self.stats_view = QTextBrowser()
        self.stats_view.setAccessibleName(self.tr("Statistics table"))
        self.stats_pages = QTabWidget()
        self.stats_pages.tabBar().setAccessibleName(self.tr("Statistics"))
        self.stats_pages.addTab(self.stats_charts, self.tr("Charts"))
        self.stats_pages.addTab(self.stats_view, self.tr("Table"))
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addWidget(self.stats_pages, 1)
        return tab

    async def _statistics(self) -> None:
        stats = await self.lead.statistics(chosen_day(self.stats_from), chosen_day(self.stats_to))
        self.stats_charts.show_statistics(stats)
        self.stats_view.setHtml(statistics_html(stats))

    async def _statistics_csv(self) -> None:
        path = await self.lead.export_statistics_csv(chosen_day(self.stats_from), chosen_day(self.stats_to))
        self.show_message(self.tr("Exported to %1").replace("%1", str(path)))
