"""What a team lead does beyond an agent (PRODUCT.md, "People"): the retained-log review,
statistics, the audit log, legal holds, the retention purge and citizens' requests.

Every method checks, here at the service layer, that the acting agent is a lead *as
stored now* (a lead demoted meanwhile is refused) and raises `NotAllowed` otherwise;
the refusal itself is audited. Every lead action is audited, with ids, counts and
filters but never message text or the words searched for.

Store work runs on the store runner (one connection, short queries); a purge or a
large export runs on a thread of its own so ingest and agents keep working.

In team mode (PostgreSQL) the purge is the service's: it runs daily at the purge hour
under the service's login, which owns the tables it rewrites. A lead whose login is not
in the service group previews it and reads its record in the audit log; "Purge now" is
not offered, and refused here too.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import date, time
from pathlib import Path
from typing import Callable, Sequence

from ..domain.clock import Clock
from ..domain.retention import RetentionPolicy
from ..domain.rules import DeskRules
from ..domain.tickets import Role
from ..errors import NotAllowed, Reason, UserFacingError, sentence
from ..store.lead_records import (
    AuditFilter, AuditRow, HitPage, ReviewFilter, TicketPage, Transcript,
)
from ..store.records import AgentRecord
from ..store.retention import RetentionStore
from ..store.review import ReviewStore
from ..store.stats import ticket_figures
from ..store.team_roles import database_identity
from . import exports
from .purge import PurgeProgress, PurgeReport, RetentionPurge
from .runner import StoreRunner
from .statistics import STATS_CSV_HEADER, Statistics, compute_statistics, statistics_rows

log = logging.getLogger("deskclient.services")

MAX_TRANSCRIPTS_PER_EXPORT = 5000
AUDIT_CSV_HEADER = ("id", "at", "action", "agent", "ticket_id", "ticket", "detail")


class LeadGuard:
    """The role check and audit shared by the lead's services."""

    def __init__(self, store, runner: StoreRunner, agent: AgentRecord, review: ReviewStore) -> None:
        self.store = store
        self.runner = runner
        self.agent = agent
        self.review = review

    def check_lead(self, what: str) -> None:
        """Blocking: raise NotAllowed (and audit the attempt) unless the agent is a lead."""
        if self.review.role_of(self.agent.id) != Role.LEAD.value:
            self.store.audit("refused", self.agent, f"{what}: not a team lead")
            log.info("lead action refused: %s", what)
            raise NotAllowed("Only a team lead can {what}.", what=Reason(what))

    async def _lead(self, what: str) -> None:
        await self.runner.run(self.check_lead, what)

    async def _audit(self, action: str, detail: str = "", ticket_id: int | None = None) -> None:
        await self.runner.run(self.store.audit, action, self.agent, detail, ticket_id)


class LeadService(LeadGuard):
    def __init__(self, store, runner: StoreRunner, rules: DeskRules, clock: Clock, agent: AgentRecord,
                 policy: RetentionPolicy, data_dir: Path, purge: RetentionPurge,
                 purge_hour: time = time(3, 0)) -> None:
        review = ReviewStore(store, policy)
        super().__init__(store, runner, agent, review)
        self.rules = rules
        self.clock = clock
        self.policy = policy
        self.data_dir = data_dir
        self.purge_job = purge
        self.retention = RetentionStore(store, rules)
        self.tz = rules.calendar.tz
        self.purge_hour = purge_hour
        # For the window, known once at start; the purge itself asks the database again.
        self.purge_is_the_services = not self._may_purge_now()

    @property
    def exports_dir(self) -> Path:
        return exports.exports_dir(self.data_dir)

    # -- log review ------------------------------------------------------------------

    async def search_messages(self, f: ReviewFilter, before_id: int | None = None,
                              limit: int = 50) -> HitPage:
        """Messages matching `f.text` (and the filters), newest first, one page."""
        await self._lead(sentence("search the retained conversations"))
        page = await self.runner.run(self.review.search.messages, f, self.clock.now(), before_id, limit)
        await self._audit("log_search", f"messages: {f.describe()}; {len(page.hits)} shown")
        return page

    async def search_tickets(self, f: ReviewFilter, offset: int = 0, limit: int = 50) -> TicketPage:
        """Tickets matching the filters (and with a message matching `f.text`)."""
        await self._lead(sentence("search the retained conversations"))
        page = await self.runner.run(self.review.search.tickets, f, self.clock.now(), offset, limit)
        found = f"{page.total} found" if page.total is not None else f"{len(page.tickets)}+ found"
        await self._audit("log_search", f"tickets: {f.describe()}; {found}")
        return page

    async def transcript(self, ticket_id: int) -> Transcript:
        await self._lead(sentence("open a transcript"))
        transcript = await self.runner.run(self.review.transcript, ticket_id, self.clock.now())
        await self._audit("view_transcript", f"ticket {transcript.ticket.number}", ticket_id)
        return transcript

    def _transcripts(self, ticket_ids: Sequence[int]) -> list[Transcript]:
        now = self.clock.now()
        return [self.review.transcript(t, now) for t in ticket_ids]

    async def export_transcripts(self, ticket_ids: Sequence[int], fmt: str = "pdf", language: str = "en") -> Path:
        """One file (PDF or CSV) with the transcripts of these tickets, under the exports
        dir; audited once per ticket. A PDF's words are in `language` (the window's)."""
        await self._lead(sentence("export transcripts"))
        ids = list(dict.fromkeys(ticket_ids))
        if not ids:
            raise UserFacingError("Choose at least one ticket to export.")
        if len(ids) > MAX_TRANSCRIPTS_PER_EXPORT:
            raise UserFacingError("At most {count} transcripts per export.", count=MAX_TRANSCRIPTS_PER_EXPORT)
        if fmt not in ("pdf", "csv"):
            raise UserFacingError("Transcripts export as PDF or CSV.")
        transcripts = await asyncio.to_thread(self._in_own_connection, self._transcripts, ids)
        path = exports.new_export_path(self.exports_dir, "transcripts", fmt, self.clock.now())
        if fmt == "pdf":
            await asyncio.to_thread(exports.write_transcripts_pdf, path, transcripts, self.tz, self.policy.months,
                                    language)
        else:
            await asyncio.to_thread(exports.write_transcripts_csv, path, transcripts, self.tz, self.policy.months)
        await self._register(path, f"transcripts-{fmt}", ids, "export_transcript",
                             f"{fmt} {path.name}, {len(ids)} tickets")
        return path

    async def _register(self, path: Path, kind: str, ticket_ids: Sequence[int], action: str,
                        detail: str, each_ticket: bool = True) -> None:
        try:
            await self.runner.run(self.review.register_export, path.name, kind, self.agent, ticket_ids,
                                  action, detail, each_ticket)
        except BaseException:
            path.unlink(missing_ok=True)  # an export nobody registered would escape the purge
            raise

    def _in_own_connection(self, fn: Callable, *args):
        """For work on asyncio's worker threads: close the connection they opened."""
        db = self.store.db
        opened = db.is_closed()
        try:
            return fn(*args)
        finally:
            if opened and not db.is_closed():
                db.close()

    # -- statistics ------------------------------------------------------------------

    def _statistics(self, day_from: date | None, day_to: date | None) -> Statistics:
        m = self.store.m
        figures = ticket_figures(m, self.rules, self.clock.now(), day_from, day_to)
        names = {a.id: a.login for a in m.Agent.select(m.Agent.id, m.Agent.login)}
        return compute_statistics(figures, names, day_from, day_to)

    async def statistics(self, day_from: date | None = None, day_to: date | None = None) -> Statistics:
        """Tickets per day and week, first response (median, p90), SLA compliance,
        by category and by agent, from anonymous figures (local days, inclusive)."""
        await self._lead(sentence("see the statistics"))
        stats = await self.runner.run(self._statistics, day_from, day_to)
        await self._audit("view_statistics", _days(day_from, day_to))
        return stats

    async def export_statistics_csv(self, day_from: date | None = None, day_to: date | None = None) -> Path:
        await self._lead(sentence("export the statistics"))
        stats = await self.runner.run(self._statistics, day_from, day_to)
        path = exports.new_export_path(self.exports_dir, "statistics", "csv", self.clock.now())
        await asyncio.to_thread(exports.write_csv, path, STATS_CSV_HEADER, list(statistics_rows(stats)))
        await self._register(path, "statistics", [], "export_statistics",
                             f"{path.name}, {_days(day_from, day_to)}", each_ticket=False)
        return path

    # -- the audit log ---------------------------------------------------------------

    async def audit_log(self, f: AuditFilter, offset: int = 0, limit: int = 200) -> tuple[list[AuditRow], int]:
        await self._lead(sentence("read the audit log"))
        rows, total = await self.runner.run(self.review.audit_events, f, offset, limit)
        await self._audit("view_audit", _audit_filter(f))
        return rows, total

    async def audit_actions(self) -> list[str]:
        await self._lead(sentence("read the audit log"))
        return await self.runner.run(self.review.audit_actions)

    async def export_audit_csv(self, f: AuditFilter) -> Path:
        await self._lead(sentence("export the audit log"))
        path = exports.new_export_path(self.exports_dir, "audit", "csv", self.clock.now())

        def write():
            rows = ((e.id, e.at, e.action, e.agent_login, e.ticket_id, e.ticket_number, e.detail)
                    for e in self.review.iter_audit_events(f))
            return exports.write_csv(path, AUDIT_CSV_HEADER, rows)

        count = await asyncio.to_thread(self._in_own_connection, write)
        await self._register(path, "audit", [], "export_audit",
                             f"{path.name}, {count} events, {_audit_filter(f)}", each_ticket=False)
        return path

    # -- legal hold ------------------------------------------------------------------

    async def hold(self, ticket_id: int, reason: str) -> None:
        """Exempt a ticket from the purge until released; audited with the reason."""
        await self._lead(sentence("put a ticket on legal hold"))
        reason = reason.strip()
        if not reason:
            raise UserFacingError("Say why the ticket is on legal hold (e.g. the court order).")
        await self.runner.run(self.retention.set_hold, ticket_id, reason[:300], self.agent)

    async def release(self, ticket_id: int) -> None:
        await self._lead(sentence("release a legal hold"))
        await self.runner.run(self.retention.release_hold, ticket_id, self.agent)

    # -- one person on two channels (issue 16) ----------------------------------------

    async def link_citizens(self, ticket_id: int, other_number: str) -> tuple[str, str]:
        """The citizen of this ticket and the citizen of ticket `other_number` are one
        person (the same on Telegram and WhatsApp): each one's panel shows the other's
        tickets and notes. Audited with the citizens' ids. Returns their two names."""
        await self._lead(sentence("link citizens"))
        number = other_number.strip()
        first = await self.runner.run(self.store.ticket, ticket_id)
        other = await self.runner.run(self.store.ticket_numbered, number) if number else None
        if other is None:
            raise UserFacingError("No ticket is numbered {number}.", number=number)
        if other.citizen_id == first.citizen_id:
            raise UserFacingError("Both tickets are the same citizen's.")
        await self.runner.run(self.store.link_citizens, first.citizen_id, other.citizen_id)
        await self._audit("link_citizens", f"citizens {first.citizen_id} and {other.citizen_id}", ticket_id)
        return first.citizen_name, other.citizen_name

    async def unlink_citizen(self, ticket_id: int) -> str:
        """Undo a link: this ticket's citizen is a person of their own again (each panel
        then shows its own tickets only). Audited with the citizens' ids. Returns their
        name; a citizen linked to nobody is one plain sentence."""
        await self._lead(sentence("unlink citizens"))
        ticket = await self.runner.run(self.store.ticket, ticket_id)
        others = await self.runner.run(self.store.unlink_citizen, ticket.citizen_id)
        if not others:
            raise UserFacingError("That citizen is not linked to anyone.")
        await self._audit("unlink_citizens", f"citizen {ticket.citizen_id} from citizens "
                                             f"{', '.join(map(str, others))}", ticket_id)
        return ticket.citizen_name

    # -- retention purge -------------------------------------------------------------

    async def purge(self, dry_run: bool = False,
                    progress: Callable[[PurgeProgress], None] | None = None) -> PurgeReport:
        """Purge what is past the retention window now (on a thread of its own).
        `progress` is called from that thread."""
        await self._lead(sentence("run the retention purge"))
        if not dry_run:
            await self.runner.run(self._check_may_purge_now)
        ran_by = f"lead {self.agent.login}"
        report = await asyncio.to_thread(self.purge_job.run, ran_by, self.agent, dry_run, progress)
        if dry_run:
            await self._audit("purge_preview", report.describe())
        return report

    def _may_purge_now(self) -> bool:
        """Blocking. Team mode: only a login of the service group (or a superuser)."""
        return not self.store.opened.is_postgres or database_identity(self.store.db).service

    def _check_may_purge_now(self) -> None:
        if not self._may_purge_now():
            self.store.audit("refused", self.agent, "run the retention purge: the service's in team mode")
            log.info("lead action refused: a purge in team mode")
            raise NotAllowed("The service purges daily at {hour} ({zone} time); a team lead may preview the "
                             "purge but not run it.", hour=f"{self.purge_hour:%H:%M}", zone=self.tz.key)


def _days(day_from: date | None, day_to: date | None) -> str:
    return f"days {day_from or '…'}..{day_to or '…'}"


def _audit_filter(f: AuditFilter) -> str:
    parts = []
    if f.date_from:
        parts.append(f"from={f.date_from:%Y-%m-%d}")
    if f.date_to:
        parts.append(f"to={f.date_to:%Y-%m-%d}")
    if f.agent_id is not None:
        parts.append(f"agent_id={f.agent_id}")
    if f.action:
        parts.append(f"action={f.action}")
    if f.ticket_id is not None:
        parts.append(f"ticket_id={f.ticket_id}")
    return ", ".join(parts) or "no filter"
