"""Anonymous figures that outlive the purge (PRODUCT.md: "counts, categories, times, SLA").

A `ticket_stat` row is written in the same transaction that closes a ticket for good
(`write_ticket_stat`, called from `TicketStore._finalize`), and for any ticket that lacks
one just before the purge deletes it (`ensure_ticket_stats`). It holds the local day
the ticket opened, its category, the agent's id, first-response times and whether the
SLA was breached: no citizen, no number, no text.

The figures read `ticket_stat` for tickets closed for good and work the same numbers out
of the ticket rows still open (or closed before schema v2), so today's counts are
current and a purge leaves every figure unchanged.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Iterable

import peewee as pw

from ..domain.rules import DeskRules
from .lead_records import TicketFigure


def _figure_values(ticket, rules: DeskRules, closed_at: datetime | None, now: datetime) -> dict:
    opened_at = ticket.opened_at
    responded = ticket.first_response_at
    due = ticket.first_response_due
    if responded is not None:
        wall = int((responded - opened_at).total_seconds())
        service = int(rules.calendar.service_time_between(opened_at, responded).total_seconds())
        breached = responded > due
    else:
        wall = service = None
        # No reply: breached if it was due before the ticket was closed (or before now).
        breached = due <= (ticket.closing_at or closed_at or now)
    return dict(
        ticket_id=ticket.id,
        opened_on=opened_at.astimezone(rules.calendar.tz).date(),
        opened_at=opened_at,
        closed_at=closed_at,
        category=ticket.category,
        agent=ticket.assignee_id,
        first_response_seconds=wall,
        first_response_service_seconds=service,
        breached=breached,
    )


def write_ticket_stat(m, ticket_id: int, closed_at: datetime, rules: DeskRules) -> None:
    """Record a ticket's figures as it closes for good. Idempotent; inside the caller's
    transaction."""
    ticket = m.Ticket.get_by_id(ticket_id)
    m.TicketStat.insert(**_figure_values(ticket, rules, closed_at, closed_at)).on_conflict_ignore().execute()


def ensure_ticket_stats(m, ticket_ids: Iterable[int], rules: DeskRules, now: datetime) -> int:
    """Figures for the given tickets that have none yet (closed before schema v2, or
    erased while still open). Returns how many were written."""
    ids = list(ticket_ids)
    if not ids:
        return 0
    recorded = m.TicketStat.select(m.TicketStat.ticket_id).where(m.TicketStat.ticket_id == m.Ticket.id)
    missing = m.Ticket.select().where(m.Ticket.id.in_(ids), ~pw.fn.EXISTS(recorded))
    rows = [_figure_values(t, rules, t.closed_at or now, now) for t in missing]
    for start in range(0, len(rows), 200):
        m.TicketStat.insert_many(rows[start:start + 200]).on_conflict_ignore().execute()
    return len(rows)


def ticket_figures(m, rules: DeskRules, now: datetime, day_from: date | None = None,
                   day_to: date | None = None) -> list[TicketFigure]:
    """Every ticket opened between two local days (inclusive), as anonymous figures."""
    stat = m.TicketStat
    query = stat.select()
    if day_from is not None:
        query = query.where(stat.opened_on >= day_from)
    if day_to is not None:
        query = query.where(stat.opened_on <= day_to)
    figures = [TicketFigure(s.opened_on, s.category, s.agent_id, s.first_response_seconds,
                            s.first_response_service_seconds, s.breached) for s in query]
    # Tickets not closed for good yet (or closed before figures were kept).
    recorded = stat.select(stat.ticket_id).where(stat.ticket_id == m.Ticket.id)
    live = m.Ticket.select().where(~pw.fn.EXISTS(recorded))
    tz = rules.calendar.tz
    margin = timedelta(days=1)  # local days against UTC times: narrowed exactly below
    if day_from is not None:
        live = live.where(m.Ticket.opened_at >= datetime.combine(day_from, time(), tz) - margin)
    if day_to is not None:
        live = live.where(m.Ticket.opened_at < datetime.combine(day_to, time(), tz) + 2 * margin)
    for ticket in live:
        values = _figure_values(ticket, rules, ticket.closed_at, now)
        day = values["opened_on"]
        if (day_from is not None and day < day_from) or (day_to is not None and day > day_to):
            continue
        figures.append(TicketFigure(day, values["category"], values["agent"],
                                    values["first_response_seconds"],
                                    values["first_response_service_seconds"], values["breached"]))
    return figures
