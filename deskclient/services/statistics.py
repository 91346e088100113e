"""The desk's figures from anonymous ticket figures: volumes, first response, SLA.

Pure arithmetic over `TicketFigure`s (store/stats.py gathers them), so the same numbers
come out before and after a purge.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Sequence

from ..store.lead_records import TicketFigure


def percentile(values: Sequence[float], fraction: float) -> float | None:
    """Nearest-rank percentile (p90 of ten values is the ninth smallest)."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


@dataclass(frozen=True)
class Summary:
    tickets: int
    responded: int
    median_first_response: float | None  # seconds, wall clock
    p90_first_response: float | None
    median_first_response_service: float | None  # seconds of service hours
    p90_first_response_service: float | None
    breached: int

    @property
    def sla_compliance(self) -> float | None:
        """Share of tickets whose first response was on time (None without tickets)."""
        return None if not self.tickets else 1 - self.breached / self.tickets


def summarise(figures: Iterable[TicketFigure]) -> Summary:
    figures = list(figures)
    wall = [f.first_response_seconds for f in figures if f.first_response_seconds is not None]
    service = [f.first_response_service_seconds for f in figures
               if f.first_response_service_seconds is not None]
    return Summary(
        tickets=len(figures), responded=len(wall),
        median_first_response=statistics.median(wall) if wall else None,
        p90_first_response=percentile(wall, 0.9),
        median_first_response_service=statistics.median(service) if service else None,
        p90_first_response_service=percentile(service, 0.9),
        breached=sum(1 for f in figures if f.breached),
    )


@dataclass(frozen=True)
class Statistics:
    day_from: date | None
    day_to: date | None
    overall: Summary
    per_day: list[tuple[date, int]] = field(default_factory=list)
    per_week: list[tuple[str, int]] = field(default_factory=list)  # ("2026-W48", n)
    by_category: dict[str, Summary] = field(default_factory=dict)
    by_agent: dict[str, Summary] = field(default_factory=dict)


UNCATEGORISED = "(no category)"
UNASSIGNED = "(unassigned)"


def compute_statistics(figures: Sequence[TicketFigure], agent_names: dict[int, str],
                       day_from: date | None = None, day_to: date | None = None) -> Statistics:
    per_day = Counter(f.opened_on for f in figures)
    per_week: Counter = Counter()
    for f in figures:
        year, week, _ = f.opened_on.isocalendar()
        per_week[f"{year}-W{week:02d}"] += 1
    categories: dict[str, list[TicketFigure]] = defaultdict(list)
    agents: dict[str, list[TicketFigure]] = defaultdict(list)
    for f in figures:
        categories[f.category or UNCATEGORISED].append(f)
        name = agent_names.get(f.agent_id, f"agent {f.agent_id}") if f.agent_id is not None else UNASSIGNED
        agents[name].append(f)
    return Statistics(
        day_from, day_to, summarise(figures),
        per_day=sorted(per_day.items()), per_week=sorted(per_week.items()),
        by_category={k: summarise(v) for k, v in sorted(categories.items())},
        by_agent={k: summarise(v) for k, v in sorted(agents.items())},
    )


STATS_CSV_HEADER = ("section", "key", "tickets", "responded", "median_first_response_s",
                    "p90_first_response_s", "median_first_response_service_s",
                    "p90_first_response_service_s", "breached", "sla_compliance")


def statistics_rows(stats: Statistics):
    def row(section: str, key: str, s: Summary):
        compliance = s.sla_compliance
        return (section, key, s.tickets, s.responded, s.median_first_response, s.p90_first_response,
                s.median_first_response_service, s.p90_first_response_service, s.breached,
                "" if compliance is None else f"{compliance:.4f}")

    yield row("overall", "all", stats.overall)
    for key, summary in stats.by_category.items():
        yield row("category", key, summary)
    for key, summary in stats.by_agent.items():
        yield row("agent", key, summary)
    for day, count in stats.per_day:
        yield ("day", day.isoformat(), count, "", "", "", "", "", "", "")
    for week, count in stats.per_week:
        yield ("week", week, count, "", "", "", "", "", "", "")
