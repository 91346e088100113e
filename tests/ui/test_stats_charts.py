"""The lead's statistics as charts: what was seeded is what the bars say, a long span
goes per week, an empty range says so (in the lead's language too)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QCategoryAxis
from PySide6.QtCore import QDate

from deskclient.domain.tickets import Role
from deskclient.logs import log_dir
from deskclient.services.statistics import compute_statistics
from deskclient.store.database import open_database
from deskclient.store.lead_records import TicketFigure
from deskclient.store.repository import TicketStore
from deskclient.ui.stats_charts import MAX_TIME_LABELS, StatisticsCharts
from tests.conftest import local
from tests.services.lead_helpers import LeadDesk, citizen, closed_ticket


def bar_values(view, series: int = 0, bar_set: int = 0) -> list[float]:
    bars = view.chart().series()[series].barSets()[bar_set]
    return [bars.at(i) for i in range(bars.count())]


def names(view) -> list[str]:
    """The names along the bars: bottom to top (horizontal bars) or left to right."""
    for axis in view.chart().axes():
        if isinstance(axis, QBarCategoryAxis):
            return axis.categories()
        if isinstance(axis, QCategoryAxis):
            return axis.categoriesLabels()
    raise AssertionError("no named axis")


@pytest.fixture
def seeded(tmp_path, config, rules, clock):
    """Monday: Anna answers a payment question in 10 minutes, Jordi a doubt in 3 hours
    (past the 2-hour SLA). Wednesday: Anna answers another payment question in 20."""
    store = TicketStore(open_database(f"sqlite:///{tmp_path / 'lead.sqlite3'}"), clock)
    desk = LeadDesk(store, rules, clock, config, log_dir())
    anna = store.ensure_agent("anna", "Anna", Role.AGENT)
    jordi = store.ensure_agent("jordi", "Jordi", Role.AGENT)
    closed_ticket(store, rules, clock, citizen(1), agent=anna, category="Payment problems",
                  reply_after=timedelta(minutes=10))
    closed_ticket(store, rules, clock, citizen(2), agent=jordi, category="Functional doubts",
                  reply_after=timedelta(hours=3))
    clock.advance(local(2026, 11, 25, 10) - clock.now())
    closed_ticket(store, rules, clock, citizen(3), agent=anna, category="Payment problems",
                  reply_after=timedelta(minutes=20))
    yield desk
    desk.close()
    store.close()


def test_the_statistics_tab_charts_the_seeded_tickets(qloop, qtbot, seeded):
    from deskclient.ui.lead_window import LeadWindow

    window = LeadWindow(seeded.lead, seeded.citizens, seeded.store.agents(), ["Payment problems"])
    qtbot.addWidget(window)
    qloop.run_until_complete(window._statistics())
    charts = window.stats_charts
    assert window.stats_pages.currentWidget() is charts and charts.pages.currentWidget() is charts.scroll

    assert charts.volume.chart().title() == "Tickets per day"
    assert names(charts.volume) == ["23/11", "24/11", "25/11"]  # as British English writes them
    assert bar_values(charts.volume) == [2, 0, 1]  # the empty Tuesday is a day too

    # First on top: horizontal bars name their categories bottom to top.
    assert names(charts.response_by_category) == ["Payment problems", "Functional doubts"]
    assert bar_values(charts.response_by_category, bar_set=0) == [15, 180]  # median minutes
    assert bar_values(charts.response_by_category, bar_set=1) == [20, 180]  # p90
    assert names(charts.sla_by_category) == ["Payment problems", "Functional doubts"]
    assert bar_values(charts.sla_by_category) == [100, 0]
    assert names(charts.sla_by_agent) == ["jordi", "anna"]
    assert bar_values(charts.sla_by_agent) == [0, 100]

    assert "Functional doubts" in window.stats_view.toPlainText()  # the table is still there

    window.stats_from.setDate(QDate(2026, 11, 26))  # after the last ticket
    qloop.run_until_complete(window._statistics())
    assert charts.pages.currentWidget() is charts.notice
    assert charts.notice.text() == "No tickets in this range"


def figure(day: date, category: str | None = "Payment problems", breached: bool = False) -> TicketFigure:
    return TicketFigure(day, category, 1, 600, 600, breached)


def test_a_long_span_is_charted_per_week_with_its_empty_weeks(qtbot):
    monday = date(2026, 1, 5)  # ISO week 2
    figures = [figure(monday), figure(monday + timedelta(days=1)), figure(monday + timedelta(weeks=10))]
    charts = StatisticsCharts()
    qtbot.addWidget(charts)
    charts.show_statistics(compute_statistics(figures, {1: "anna"}))
    assert charts.volume.chart().title() == "Tickets per week"
    assert bar_values(charts.volume) == [2] + [0] * 9 + [1]
    assert names(charts.volume)[0] == "2026-W02"


def test_a_very_long_span_names_only_some_weeks(qtbot):
    figures = [figure(date(2024, 1, 1) + timedelta(weeks=n)) for n in range(150)]
    charts = StatisticsCharts()
    qtbot.addWidget(charts)
    charts.show_statistics(compute_statistics(figures, {1: "anna"}))
    assert len(bar_values(charts.volume)) == 150
    assert names(charts.volume)[:2] == ["2024-W01", "2024-W06"]
    assert len(names(charts.volume)) <= MAX_TIME_LABELS


def test_the_empty_notice_speaks_the_leads_language(qtbot, qapp):
    from deskclient.ui.i18n import install_translators, uninstall_translators

    translators = install_translators(qapp, "ca")
    try:
        charts = StatisticsCharts()
        qtbot.addWidget(charts)
        charts.show_statistics(compute_statistics([], {}))
        assert charts.notice.text() == "No hi ha consultes en aquest interval"
    finally:
        uninstall_translators(qapp, translators)


def drawn_texts(view) -> list[str]:
    """Every piece of text the chart draws (title, legend, tick labels, axis titles, bar
    values), as laid out: Qt Charts elides what has no room to "..."."""
    from PySide6.QtWidgets import QGraphicsTextItem

    texts = []
    for item in view.scene().items():
        shown = item.toGraphicsObject()
        if isinstance(shown, QGraphicsTextItem) and shown.isVisible() and shown.toPlainText():
            texts.append(shown.toPlainText())
    return texts


def test_one_category_and_one_agent_keep_their_labels(qtbot):
    """With a single bar per chart the plot was too short and every tick label and the
    axis title came out as "..."."""
    figures = [figure(date(2026, 11, 23)), figure(date(2026, 11, 23), breached=True)]
    charts = StatisticsCharts()
    charts.resize(1200, 900)
    qtbot.addWidget(charts)
    charts.show()
    charts.show_statistics(compute_statistics(figures, {1: "anna"}))
    qtbot.waitExposed(charts)
    for view in (charts.response_by_category, charts.response_by_agent, charts.sla_by_category,
                 charts.sla_by_agent):
        texts = drawn_texts(view)
        assert not [t for t in texts if "..." in t or "…" in t], texts
    assert {"Minutes to the first reply", "0", "10"} <= set(drawn_texts(charts.response_by_agent))
    assert {"Tickets answered on time (%)", "anna", "50%"} <= set(drawn_texts(charts.sla_by_agent))


def test_the_table_and_the_charts_agree_on_units(qtbot):
    """Minutes to the first reply and percent on time, the same figures in both."""
    from deskclient.ui.stats_charts import statistics_html

    figures = [TicketFigure(date(2026, 11, 23), "Payment problems", 1, 5430, 5430, False),  # 90.5 min
               TicketFigure(date(2026, 11, 23), "Payment problems", 1, 5430, 5430, True)]
    stats = compute_statistics(figures, {1: "anna"})
    charts = StatisticsCharts()
    qtbot.addWidget(charts)
    charts.show_statistics(stats)
    assert bar_values(charts.response_by_category) == [90.5] and bar_values(charts.sla_by_category) == [50]
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(statistics_html(stats))
    table = document.toPlainText()
    assert "Response times in minutes" in table
    assert "90.5" in table and "50%" in table and "1h 30m" not in table
