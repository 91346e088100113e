"""The lead's statistics as charts: tickets over time, first response, SLA compliance.

Drawn from a `Statistics` value alone (no store, no service), so the charts show exactly
the figures the table and the CSV export show.
"""

from __future__ import annotations

import html
import math
from datetime import timedelta

from PySide6.QtCharts import (
    QAbstractAxis, QAbstractBarSeries, QBarCategoryAxis, QBarSeries, QBarSet, QCategoryAxis, QChart, QChartView,
    QHorizontalBarSeries, QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from ..services.statistics import Statistics, Summary
from .formats import day_with_weekday, number, percent, short_day
from .labels import statistics_key

MAX_DAILY_BARS = 45  # a longer span is drawn per ISO week
MAX_TIME_LABELS = 32  # more bars than this: only every second, third… bar is named
BAR_ROW_HEIGHT = 22  # pixels per bar in the horizontal charts, so long lists stay legible
MIN_ROWS = 2  # a chart of one category or agent keeps room for its axis labels (Qt elides them to "…")
VOLUME_HEIGHT = 320


def daily_counts(stats: Statistics) -> list[tuple[str, int]]:
    """Tickets per day from the first to the last day with tickets, empty days as 0; each
    day as the window's language writes a day and month (23/11, 11/23)."""
    counts = dict(stats.per_day)
    first, last = stats.per_day[0][0], stats.per_day[-1][0]
    days = (first + timedelta(days=n) for n in range((last - first).days + 1))
    return [(short_day(day), counts.get(day, 0)) for day in days]


def weekly_counts(stats: Statistics) -> list[tuple[str, int]]:
    """Tickets per ISO week ("2026-W48") over the same span, empty weeks as 0."""
    counts = dict(stats.per_week)
    first, last = stats.per_day[0][0], stats.per_day[-1][0]
    monday = first - timedelta(days=first.weekday())
    out = []
    while monday <= last:
        year, week, _ = monday.isocalendar()
        key = f"{year}-W{week:02d}"
        out.append((key, counts.get(key, 0)))
        monday += timedelta(weeks=1)
    return out


def _minutes(seconds: float) -> float:
    """The one unit of response times, in the charts and the table alike."""
    return round(seconds / 60, 1)


def _minutes_text(seconds: float | None) -> str:
    return "—" if seconds is None else number(_minutes(seconds))


def statistics_html(stats: Statistics) -> str:
    """The Statistics tab's table: the charts' figures in the charts' units (minutes to
    the first reply, percent of tickets answered on time). Titles in the window's
    language (context "LeadWindow"); category and agent names as stored."""
    translate = QCoreApplication.translate
    titles = ("", translate("LeadWindow", "Tickets"), translate("LeadWindow", "Answered"),
              translate("LeadWindow", "First response median"), translate("LeadWindow", "p90"),
              translate("LeadWindow", "Service-hours median"), translate("LeadWindow", "p90"),
              translate("LeadWindow", "SLA met"))
    head = "".join(f"<th>{html.escape(title)}</th>" for title in titles)
    table = "<table border='1' cellspacing='0' cellpadding='3'>"

    def rows(title: str, summaries: dict[str, Summary]) -> str:
        out = [f"<h3>{html.escape(title)}</h3>{table}<tr>{head}</tr>"]
        for key, s in summaries.items():
            compliance = "—" if s.sla_compliance is None else percent(s.sla_compliance)
            times = (s.median_first_response, s.p90_first_response, s.median_first_response_service,
                     s.p90_first_response_service)
            cells = [statistics_key(key), number(s.tickets), number(s.responded), *map(_minutes_text, times),
                     compliance]
            out.append("<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in cells) + "</tr>")
        out.append("</table>")
        return "".join(out)

    unit = translate("LeadWindow", "Response times in minutes (wall clock, or counting service hours only).")
    per_week, per_day = translate("LeadWindow", "Per week"), translate("LeadWindow", "Per day")
    parts = [f"<p>{html.escape(unit)}</p>",
             rows(translate("LeadWindow", "All tickets"), {translate("LeadWindow", "all"): stats.overall}),
             rows(translate("LeadWindow", "By category"), stats.by_category),
             rows(translate("LeadWindow", "By agent"), stats.by_agent),
             f"<h3>{html.escape(per_week)}</h3>{table}"]
    parts += [f"<tr><td>{week}</td><td>{number(count)}</td></tr>" for week, count in stats.per_week]
    parts.append(f"</table><h3>{html.escape(per_day)}</h3>{table}")
    parts += [f"<tr><td>{html.escape(day_with_weekday(day))}</td><td>{number(count)}</td></tr>"
              for day, count in stats.per_day]
    parts.append("</table>")
    return "".join(parts)


def _nice_step(maximum: float) -> int:
    """A whole tick step (1, 2, 5, 10, 20…) giving about five ticks up to `maximum`."""
    raw = max(maximum, 1) / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    return max(1, next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw))


def _value_axis(title: str, top: float, step: int) -> QValueAxis:
    """An axis from 0 to `top` with ticks every `step` (never 0.5 tickets)."""
    axis = QValueAxis()
    axis.setTitleText(title)
    axis.setRange(0, top)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%d")
    return axis


def _axis_up_to(title: str, maximum: float) -> QValueAxis:
    """A value axis with room beyond the longest bar for its label."""
    step = _nice_step(maximum)
    return _value_axis(title, max(1, math.ceil(maximum * 1.12 / step)) * step, step)


def _time_axis(title: str, labels: list[str]) -> QCategoryAxis:
    """Bar positions 0…n-1 named below, thinned to at most MAX_TIME_LABELS names."""
    axis = QCategoryAxis()
    axis.setTitleText(title)
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setRange(-0.5, len(labels) - 0.5)
    for position in range(0, len(labels), math.ceil(len(labels) / MAX_TIME_LABELS)):
        axis.append(labels[position], position)
    axis.setLabelsAngle(-90)
    axis.setGridLineVisible(False)
    return axis


def _names_axis(names: list[str]) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(names)
    return axis


def _chart(title: str, series: QAbstractBarSeries, names: QAbstractAxis, values: QValueAxis) -> QChart:
    """Bars with their values written at their ends; names below or left, values beside."""
    horizontal = isinstance(series, QHorizontalBarSeries)
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.addSeries(series)
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(names)
    series.attachAxis(values)
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    for bars in series.barSets():  # the theme writes labels white, for inside the bars
        bars.setLabelColor(chart.titleBrush().color())
    chart.legend().setVisible(len(series.barSets()) > 1)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
    return chart


def _bars_height(chart: QChart, text_lines: int, rows: int, bars_per_row: int = 1) -> int:
    """Pixels for a horizontal bar chart: its lines of text (title, legend, tick labels,
    axis title) in the chart's own font, so a larger system font gets room too, and at
    least MIN_ROWS bars' worth of plot: with less, Qt Charts elides every tick label
    and the axis title to "…"."""
    line = QFontMetrics(chart.titleFont()).lineSpacing()
    return text_lines * 2 * line + 16 + max(rows, MIN_ROWS) * bars_per_row * max(BAR_ROW_HEIGHT, line + 8)


def _view(chart: QChart, height: int) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setFixedHeight(height)
    return view


class StatisticsCharts(QWidget):
    """Charts of one `Statistics`, or a plain notice when the range holds no ticket.

    After `show_statistics`, `volume`, `response_by_category`, `response_by_agent`,
    `sla_by_category` and `sla_by_agent` are the QChartViews on show.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.notice = QLabel()  # blank until the first figures come
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.notice)
        self.pages.addWidget(self.scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.volume = self.response_by_category = self.response_by_agent = None
        self.sla_by_category = self.sla_by_agent = None

    def show_statistics(self, stats: Statistics) -> None:
        if not stats.overall.tickets:
            self.notice.setText(self.tr("No tickets in this range"))
            self.pages.setCurrentWidget(self.notice)
            return
        self.volume = _view(self._volume_chart(stats), VOLUME_HEIGHT)
        self.response_by_category = self._response_view(self.tr("First response by category"), stats.by_category)
        self.response_by_agent = self._response_view(self.tr("First response by agent"), stats.by_agent)
        self.sla_by_category = self._compliance_view(self.tr("SLA met by category"), stats.by_category)
        self.sla_by_agent = self._compliance_view(self.tr("SLA met by agent"), stats.by_agent)
        content = QWidget()
        grid = QGridLayout(content)
        top = Qt.AlignmentFlag.AlignTop  # a few agents keep their own height beside many categories
        grid.addWidget(self.volume, 0, 0, 1, 2)
        grid.addWidget(self.response_by_category, 1, 0, top)
        grid.addWidget(self.response_by_agent, 1, 1, top)
        grid.addWidget(self.sla_by_category, 2, 0, top)
        grid.addWidget(self.sla_by_agent, 2, 1, top)
        grid.setRowStretch(3, 1)
        self.scroll.setWidget(content)  # deletes the previous charts
        self.pages.setCurrentWidget(self.scroll)

    def _volume_chart(self, stats: Statistics) -> QChart:
        if (stats.per_day[-1][0] - stats.per_day[0][0]).days < MAX_DAILY_BARS:
            title, axis_title, counts = self.tr("Tickets per day"), self.tr("Day opened"), daily_counts(stats)
        else:
            title, axis_title, counts = (self.tr("Tickets per week"), self.tr("ISO week opened"),
                                         weekly_counts(stats))
        bars = QBarSet(self.tr("Tickets"))
        bars.append([count for _, count in counts])
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(len(counts) <= MAX_TIME_LABELS)  # beyond, they would overlap
        return _chart(title, series, _time_axis(axis_title, [label for label, _ in counts]),
                      _axis_up_to(self.tr("Tickets"), max(count for _, count in counts)))

    def _response_view(self, title: str, summaries: dict[str, Summary]) -> QChartView:
        """Median and p90 minutes to the first reply, wall clock. Keys without any reply
        have no first response and are left out (the table lists them)."""
        answered = [(key, s) for key, s in reversed(summaries.items()) if s.responded]  # first on top
        median, p90 = QBarSet(self.tr("Median")), QBarSet(self.tr("90th percentile"))
        median.append([_minutes(s.median_first_response) for _, s in answered])
        p90.append([_minutes(s.p90_first_response) for _, s in answered])
        series = QHorizontalBarSeries()
        series.append(median)
        series.append(p90)
        series.setLabelsVisible(True)
        longest = max((_minutes(s.p90_first_response) for _, s in answered), default=0)
        chart = _chart(title, series, _names_axis([statistics_key(key) for key, _ in answered]),
                       _axis_up_to(self.tr("Minutes to the first reply"), longest))
        return _view(chart, _bars_height(chart, 4, len(answered), bars_per_row=2))

    def _compliance_view(self, title: str, summaries: dict[str, Summary]) -> QChartView:
        rows = list(reversed(summaries.items()))  # first on top
        met = QBarSet(self.tr("SLA met"))
        met.append([round(s.sla_compliance * 100, 1) for _, s in rows])
        series = QHorizontalBarSeries()
        series.append(met)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value%")
        # Up to 112 so that "100%" still fits beside its bar; the ticks stop at 100.
        chart = _chart(title, series, _names_axis([statistics_key(key) for key, _ in rows]),
                       _value_axis(self.tr("Tickets answered on time (%)"), 112, 20))
        return _view(chart, _bars_height(chart, 3, len(rows)))
