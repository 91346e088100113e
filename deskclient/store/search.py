"""Full-text search over the retained conversations, for the lead's log review.

SQLite: the FTS5 index `message_fts` (tokenizer `unicode61 remove_diacritics 2`: "cafe"
finds "Café"). PostgreSQL: the stored tsvector `message.search_vector` under a GIN index,
folded without any extension (see `migration_v2.PG_FOLDED_TEXT`; `fold_text` is its
Python twin). Both indexes follow every insert, edit and delete of `message` by
themselves (triggers, a generated column), so no write path has to remember them.

Hits come newest first, paged by a keyset (`before_id`), so a word found in every
message costs no more than a rare one: the index is walked backwards and stops at a page.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from ..domain.clock import UTC
from .folded_names import fold_name
from .lead_records import HitPage, MessageHit, ReviewFilter, ReviewTicket, TicketPage

_COMBINING = re.compile("[\u0300-\u036f]")
_PUNCTUATION = re.compile("[!-/:-@\\[-`{-~\u00a1\u00ab\u00b7\u00bb\u00bf\u2010-\u2015\u2018-\u201f\u2026]")
_WORD = re.compile(r"[^\W_]+")
_QUERY_PART = re.compile(r'"([^"]*)"|(\S+)')
_SPACES = re.compile(r"\s+")
SNIPPET_WORDS = 8
COMMON_HITS = 5000  # SQLite: a query with more hits than this is "common" (see _plan)
PG_WINDOW = 2_500  # PostgreSQL: the newest messages walked before asking the GIN index …
PG_WALK_MAX = 300_000  # … and at most this many more when hits there were merely sparse
# What the GIN index costs per hit, in rows walked (measured at 1M messages: a walked row
# about 1 us, a hit fetched from the index about 5; a phrase's candidates rechecked about
# 25 times a hit; with the ticket filters, every hit joined to its ticket 5 times).
GIN_HIT_COST = 5
PHRASE_RECHECK = 25
FILTERED_JOIN = 5
# Each search's own planner settings (SET LOCAL, its transaction): plans made for the
# query's own words and limits even when psycopg has prepared the statement (a generic
# plan cannot tell a rare word from a common one), and no parallel workers, whose start
# costs more than these small queries.
_PG_SETTINGS = ("SELECT set_config('plan_cache_mode', 'force_custom_plan', true), "
                "set_config('max_parallel_workers_per_gather', '0', true)")
FEW_TICKETS = 40  # filters keeping at most this many tickets: answer from the tickets
FEW_TICKETS_MAX = 2000  # up to this many: bound the index walk by their message ids
TICKET_SCAN_HITS = 20_000  # a ticket list walks at most this many hits …
TICKET_SCAN_BATCH = 500  # … this many at a time


def fold_text(text: str) -> str:
    """Lower case, accents off, punctuation to spaces: what both indexes store."""
    text = _COMBINING.sub("", unicodedata.normalize("NFD", text))
    return _PUNCTUATION.sub(" ", text).lower()


def _fold_words(text: str) -> list[str]:
    return _WORD.findall(fold_text(text))


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]  # one word, or a phrase
    prefix: bool = False  # the last word may continue ("certific*")


def parse_query(text: str) -> list[Term]:
    """Words, `prefix*` and `"a phrase"`; everything else in the query is ignored."""
    terms: list[Term] = []
    for phrase, word in _QUERY_PART.findall(text):
        if phrase:
            words = _fold_words(phrase)
            if words:
                terms.append(Term(tuple(words)))
            continue
        prefix = word.endswith("*")
        words = _fold_words(word)
        if not words:
            continue
        # "2026-000123" is two words to both indexes: a phrase of them.
        terms.append(Term(tuple(words), prefix=prefix))
    return terms


def fts5_query(terms: list[Term]) -> str:
    parts = []
    for term in terms:
        quoted = '"' + " ".join(term.words) + '"'
        parts.append(quoted + ("*" if term.prefix else ""))
    return " AND ".join(parts)


def pg_tsquery(terms: list[Term]) -> str:
    parts = []
    for term in terms:
        words = [f"'{w}'" for w in term.words]
        if term.prefix:
            words[-1] += ":*"
        parts.append(words[0] if len(words) == 1 else "(" + " <-> ".join(words) + ")")
    return " & ".join(parts)


def snippet(text: str, terms: list[Term], words_around: int = SNIPPET_WORDS) -> str:
    """A few words around the first matching word, matches in [brackets], the text
    between the words as written (the middle dot of "sol·licitud", an apostrophe, a
    comma; line breaks and runs of spaces as one space). Matching words joined by
    punctuation alone share a bracket: "[sol·licitud]", "[2026-000123]"."""
    words = list(_WORD.finditer(text))
    if not words:
        return ""
    wanted = [(t.words, t.prefix) for t in terms]
    singles = {w for ws, _ in wanted for w in ws}
    prefixes = [ws[-1] for ws, prefix in wanted if prefix]

    def matches(word: str) -> bool:
        folded = fold_text(word)
        return folded in singles or any(folded.startswith(p) for p in prefixes)

    hits = {i for i, w in enumerate(words) if matches(w.group())}
    first = min(hits) if hits else 0
    start = max(0, first - words_around // 2)
    end = min(len(words), start + words_around)

    def joined(i: int) -> bool:  # words i - 1 and i with no space between ("l'ajut", "2026-000123")
        return not _SPACES.search(text, words[i - 1].end(), words[i].start())

    for _ in range(3):  # a cut joined word is taken whole, within reason (a long URL is not)
        if start > 0 and joined(start):
            start -= 1
        if end < len(words) and joined(end):
            end += 1
    before = text[words[start - 1].end() if start else 0:words[start].start()]
    after = text[words[end - 1].end():words[end].start() if end < len(words) else len(text)]
    pieces = [_SPACES.split(before)[-1]]  # what leads into the first word: "¿", "«"
    bracket_open = False
    for i in range(start, end):
        gap = _SPACES.sub(" ", text[words[i - 1].end():words[i].start()]) if i > start else ""
        if bracket_open and (i not in hits or " " in gap):
            pieces.append("]")
            bracket_open = False
        pieces.append(gap)
        if i in hits and not bracket_open:
            pieces.append("[")
            bracket_open = True
        pieces.append(words[i].group())
    pieces.append("]" if bracket_open else "")
    pieces.append(_SPACES.split(after)[0])  # what ends the last word: "?", "»", "."
    return ("… " if start else "") + "".join(pieces) + (" …" if end < len(words) else "")


def like_containing(text: str) -> str:
    """A LIKE pattern (with `ESCAPE '\\'`) matching `text` anywhere: a % or _ the lead
    typed is that character, not a wildcard."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _naive(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


_TICKET_COLUMNS = ("t.id, t.number, t.citizen_id, c.name, t.status, t.category, t.assignee_id, "
                   "ag.login, t.opened_at, t.first_response_due, t.first_response_at, t.closed_at, "
                   "t.closing_at, t.hold_reason, t.held_at")
_TICKETS_AND_CITIZENS = "ticket t JOIN citizen c ON c.id = t.citizen_id "
_TICKET_FROM = _TICKETS_AND_CITIZENS + "LEFT JOIN agent ag ON ag.id = t.assignee_id"


class LogSearch:
    """Read-only queries of the log review. Audit and role checks are the service's."""

    def __init__(self, store) -> None:
        self.store = store
        self.db = store.db
        self.m = store.m
        self.is_postgres = store.opened.is_postgres
        self.p = store.db.param

    # -- shared pieces -----------------------------------------------------------------

    def breached_sql(self) -> str:
        """A ticket's SLA is breached when the first reply came after it was due, or
        none came and the due time passed before it was closed (or before now)."""
        p = self.p
        return ("((t.first_response_at IS NOT NULL AND t.first_response_at > t.first_response_due) OR "
                f"(t.first_response_at IS NULL AND t.first_response_due <= COALESCE(t.closing_at, {p})))")

    def _where(self, f: ReviewFilter, now: datetime) -> tuple[list[str], list]:
        p = self.p
        where: list[str] = []
        params: list = []
        if f.opened_from is not None:
            where.append(f"t.opened_at >= {p}")
            params.append(_naive(f.opened_from))
        if f.opened_to is not None:
            where.append(f"t.opened_at < {p}")
            params.append(_naive(f.opened_to))
        if f.agent_id is not None:
            where.append(f"t.assignee_id = {p}")
            params.append(f.agent_id)
        if f.category:
            where.append(f"t.category = {p}")
            params.append(f.category)
        if f.status:
            where.append(f"t.status = {p}")
            params.append(f.status)
        if f.sla_breached is not None:
            where.append(self.breached_sql() if f.sla_breached else f"NOT {self.breached_sql()}")
            params.append(_naive(now))
        if f.citizen_id is not None:
            where.append(f"t.citizen_id = {p}")
            params.append(f.citizen_id)
        if f.citizen:  # the name with accents and case folded (folded_names.py)
            like = f"{'ILIKE' if self.is_postgres else 'LIKE'} {p} ESCAPE '\\'"
            where.append(f"(c.search_name LIKE {p} ESCAPE '\\' OR c.username {like} OR c.phone {like})")
            params.extend([like_containing(fold_name(f.citizen))] + [like_containing(f.citizen)] * 2)
        if f.on_hold is not None:
            where.append("t.hold_reason IS NOT NULL" if f.on_hold else "t.hold_reason IS NULL")
        return where, params

    def _ticket(self, row, now: datetime) -> ReviewTicket:
        value = self.m.Ticket.opened_at.python_value
        (tid, number, citizen_id, name, status, category, assignee_id, login, opened_at, due,
         responded, closed_at, closing_at, hold_reason, held_at) = row
        opened_at, due, responded, closed_at, closing_at, held_at = (
            value(v) for v in (opened_at, due, responded, closed_at, closing_at, held_at))
        if responded is not None:
            breached = responded > due
        else:
            breached = due <= (closing_at or now)
        return ReviewTicket(tid, number, citizen_id, name or "", status, category, assignee_id,
                            login, opened_at, due, responded, closed_at, breached, hold_reason,
                            held_at)

    # -- planning ------------------------------------------------------------------------
    #
    # Walking the index newest first and stopping at the page makes a word found in
    # every message as cheap as a rare one, *unless* few hits survive the walk: the
    # filters keep a handful (a common word in one citizen's conversations), or, on
    # PostgreSQL, the word itself is rare (a GIN index gives no order: the walk is the
    # primary key's, testing each row). Counts that stop early tell those cases apart:
    # - filters keeping at most FEW_TICKETS tickets: those tickets' messages, each tested;
    # - at most FEW_TICKETS_MAX tickets: the walk bounded by their first and last message;
    # - SQLite: otherwise FTS5's own walk, newest first (rare words are cheap there too);
    # - PostgreSQL: otherwise the walk over the newest PG_WINDOW messages; if hits were
    #   sparse there, on as far as that density says the page needs, when that costs
    #   less than every hit from the GIN index as dense everywhere (GIN_HIT_COST; up to
    #   PG_WALK_MAX); else, or if that still does not fill the page (a rare word), every
    #   hit from the GIN index, sorted (`ORDER BY m.id + 0` keeps the planner off the
    #   primary key's order), the page's 50 only then joined to their tickets when no
    #   ticket filter needs them first.

    def _hits_over(self, query: str, threshold: int) -> bool:
        p = self.p
        return self.db.execute_sql(
            f"SELECT COUNT(*) FROM (SELECT rowid FROM message_fts WHERE message_fts MATCH {p} "
            f"LIMIT {p}) hits", (query, threshold + 1)).fetchone()[0] > threshold

    def _candidate_tickets(self, where: list[str], params: list, cap: int) -> int:
        p = self.p
        return self.db.execute_sql(
            f"SELECT COUNT(*) FROM (SELECT 1 FROM {_TICKET_FROM} WHERE {' AND '.join(where)} "
            f"LIMIT {p}) candidates", params + [cap + 1]).fetchone()[0]

    def _message_bounds(self, where: list[str], params: list) -> tuple[int | None, int | None]:
        row = self.db.execute_sql(
            f"SELECT MIN(m.id), MAX(m.id) FROM message m WHERE m.ticket_id IN "
            f"(SELECT t.id FROM {_TICKET_FROM} WHERE {' AND '.join(where)})", params).fetchone()
        return row[0], row[1]

    def _plan(self, query: str, where: list[str], params: list) -> tuple[str, tuple[int, int] | None]:
        """("tickets" | "walk" | "empty", message id bounds for the walk)."""
        if not where:
            return "walk", None
        if not self.is_postgres and not self._hits_over(query, COMMON_HITS):
            return "walk", None  # few hits in all: FTS5 walks them in no time
        candidates = self._candidate_tickets(where, params, FEW_TICKETS_MAX)
        if candidates <= FEW_TICKETS:
            return "tickets", None
        if candidates <= FEW_TICKETS_MAX:
            low, high = self._message_bounds(where, params)
            return ("walk", (low, high)) if high is not None else ("empty", None)
        return "walk", None

    # -- queries -----------------------------------------------------------------------

    def messages(self, f: ReviewFilter, now: datetime, before_id: int | None = None,
                 limit: int = 50) -> HitPage:
        """Messages matching `f.text` (required), newest first, `limit` per page."""
        terms = parse_query(f.text)
        if not terms:
            return HitPage([], None)
        rows = self._hit_rows(f, terms, now, before_id, limit + 1, with_text=True)
        value = self.m.Message.created_at.python_value
        hits = [MessageHit(r[0], r[1], r[2], r[3], r[4], r[5], r[6] or "", r[7], r[8], value(r[9]),
                           snippet(r[10] or "", terms)) for r in rows[:limit]]
        more = len(rows) > limit
        return HitPage(hits, hits[-1].message_id if more and hits else None)

    def _hit_rows(self, f: ReviewFilter, terms: list[Term], now: datetime, before_id: int | None,
                  limit: int, with_text: bool) -> list[tuple]:
        p = self.p
        where, params = self._where(f, now)
        query = pg_tsquery(terms) if self.is_postgres else fts5_query(terms)
        plan, bounds = self._plan(query, where, params)
        if plan == "empty":
            return []
        columns = ("SELECT m.id, m.ticket_id, t.number, t.status, t.category, ag.login, c.name, m.kind, "
                   f"au.login, m.created_at{', m.text' if with_text else ''} FROM ")
        agents = "LEFT JOIN agent ag ON ag.id = t.assignee_id LEFT JOIN agent au ON au.id = m.author_id "
        joins = f"JOIN ticket t ON t.id = m.ticket_id JOIN citizen c ON c.id = t.citizen_id {agents}"
        if self.is_postgres:
            return self._pg_hit_rows(columns, joins, agents, where, params, query, plan, bounds,
                                     before_id, limit)
        if plan == "tickets":
            # A few tickets: their messages, each looked up in the index by rowid.
            where.append(f"EXISTS (SELECT 1 FROM message_fts WHERE message_fts MATCH {p} AND rowid = m.id)")
            params.append(query)
            source = f"{_TICKETS_AND_CITIZENS}CROSS JOIN message m ON m.ticket_id = t.id {agents}"
            order = id_column = "m.id"
        else:
            # CROSS JOIN keeps the index as the outer loop, walked by rowid, newest first.
            where.insert(0, f"message_fts MATCH {p}")
            params.insert(0, query)
            source = f"message_fts f CROSS JOIN message m ON m.id = f.rowid {joins}"
            order = id_column = "f.rowid"
        if bounds is not None:
            where += [f"{id_column} >= {p}", f"{id_column} <= {p}"]
            params += list(bounds)
        if before_id is not None:
            where.append(f"{id_column} < {p}")
            params.append(before_id)
        sql = f"{columns}{source}WHERE {' AND '.join(where)} ORDER BY {order} DESC LIMIT {p}"
        return self.db.execute_sql(sql, params + [limit]).fetchall()

    def _pg_hit_rows(self, columns: str, joins: str, agents: str, where: list[str], params: list,
                     query: str, plan: str, bounds: tuple[int, int] | None, before_id: int | None,
                     limit: int) -> list[tuple]:
        with self.db.atomic():
            self.db.execute_sql(_PG_SETTINGS)
            return self._pg_pages(columns, joins, agents, where, params, query, plan, bounds, before_id, limit)

    def _pg_pages(self, columns: str, joins: str, agents: str, where: list[str], params: list,
                  query: str, plan: str, bounds: tuple[int, int] | None, before_id: int | None,
                  limit: int) -> list[tuple]:
        p = self.p
        filtered = bool(where)  # conditions on the ticket or citizen
        where = [f"m.search_vector @@ to_tsquery('simple', {p})"] + where
        params = [query] + params
        if before_id is not None:
            where.append(f"m.id < {p}")
            params.append(before_id)
        if bounds is not None:
            where += [f"m.id >= {p}", f"m.id <= {p}"]
            params += list(bounds)

        def page(source: str, extra: list[str], extra_params: list, order: str) -> list[tuple]:
            sql = (f"{columns}{source}WHERE {' AND '.join(where + extra)} "
                   f"ORDER BY {order} DESC LIMIT {p}")
            return self.db.execute_sql(sql, params + extra_params + [limit]).fetchall()

        def every_hit() -> list[tuple]:
            if filtered:
                return page(f"message m {joins}", [], [], "m.id + 0")
            newest = (f"(SELECT * FROM message m WHERE {' AND '.join(where)} "
                      f"ORDER BY m.id + 0 DESC LIMIT {p}) m ")
            return self.db.execute_sql(f"{columns}{newest}{joins}ORDER BY m.id DESC",
                                       params + [limit]).fetchall()

        if plan == "tickets":
            return page(f"{_TICKETS_AND_CITIZENS}JOIN message m ON m.ticket_id = t.id {agents}", [], [],
                        "m.id + 0")
        # The newest PG_WINDOW messages the page could come from, walked in id order.
        tops = [self.db.execute_sql("SELECT MAX(id) FROM message").fetchone()[0]]
        tops += [bounds[1]] if bounds else []
        tops += [before_id - 1] if before_id is not None else []
        if tops[0] is None:
            return []
        top = min(tops)
        rows = page(f"message m {joins}", [f"m.id > {p}", f"m.id <= {p}"], [top - PG_WINDOW, top], "m.id")
        if len(rows) >= limit:
            return rows
        if rows:
            # As dense further down, this many more rows would fill the page: walk them
            # too, if that is cheaper than asking the index for every hit.
            span = (limit - len(rows)) * PG_WINDOW // len(rows) * 3 // 2 + 1
            hits = len(rows) * (top - (bounds[0] if bounds else 0)) // PG_WINDOW
            per_hit = (GIN_HIT_COST * (PHRASE_RECHECK if "<->" in query else 1)
                       * (FILTERED_JOIN if filtered else 1))
            if span <= min(PG_WALK_MAX, hits * per_hit):
                start = top - PG_WINDOW
                rows += page(f"message m {joins}", [f"m.id > {p}", f"m.id <= {p}"], [start - span, start],
                             "m.id")
                if len(rows) >= limit:
                    return rows[:limit]
        return every_hit()

    def tickets(self, f: ReviewFilter, now: datetime, offset: int = 0, limit: int = 50) -> TicketPage:
        """Tickets matching every filter, most recently opened first, with the total.

        With `f.text`: the tickets having a matching message, the one with the most
        recent match first, gathered from the newest hits down (so a common word costs
        a page, not every hit); `total` is then exact only when every hit was seen
        within `TICKET_SCAN_HITS`, else None ("more than these").
        """
        terms = parse_query(f.text)
        if terms:
            return self._tickets_with_text(f, terms, now, offset, limit)
        p = self.p
        where, params = self._where(f, now)
        condition = f"WHERE {' AND '.join(where)}" if where else ""
        rows = self.db.execute_sql(
            f"SELECT {_TICKET_COLUMNS} FROM {_TICKET_FROM} {condition} "
            f"ORDER BY t.opened_at DESC, t.id DESC LIMIT {p} OFFSET {p}",
            params + [limit + 1, offset]).fetchall()
        total = self.db.execute_sql(f"SELECT COUNT(*) FROM {_TICKET_FROM} {condition}", params).fetchone()[0]
        return TicketPage([self._ticket(r, now) for r in rows[:limit]], total, offset, len(rows) > limit)

    def _tickets_with_text(self, f: ReviewFilter, terms: list[Term], now: datetime, offset: int,
                           limit: int) -> TicketPage:
        wanted = offset + limit + 1
        order: dict[int, None] = {}
        before = None
        scanned = 0
        exhausted = False
        batch = min(TICKET_SCAN_BATCH, 2 * wanted)  # a ticket has a hit or two, mostly
        while len(order) < wanted and scanned < TICKET_SCAN_HITS:
            rows = self._hit_rows(f, terms, now, before, batch, with_text=False)
            for row in rows:
                order.setdefault(row[1], None)
            scanned += len(rows)
            if len(rows) < batch:
                exhausted = True
                break
            before = rows[-1][0]
        ids = list(order)[offset:offset + limit]
        found = {}
        if ids:
            p = self.p
            marks = ", ".join([p] * len(ids))
            for row in self.db.execute_sql(f"SELECT {_TICKET_COLUMNS} FROM {_TICKET_FROM} WHERE t.id IN ({marks})",
                                           ids).fetchall():
                found[row[0]] = self._ticket(row, now)
        tickets = [found[i] for i in ids if i in found]
        total = len(order) if exhausted else None
        return TicketPage(tickets, total, offset, len(order) > offset + limit)

    def ticket(self, ticket_id: int, now: datetime) -> ReviewTicket:
        p = self.p
        row = self.db.execute_sql(f"SELECT {_TICKET_COLUMNS} FROM {_TICKET_FROM} WHERE t.id = {p}",
                                  (ticket_id,)).fetchone()
        if row is None:
            raise LookupError(ticket_id)
        return self._ticket(row, now)

    def raw_fts_ids(self, text: str, limit: int = 50) -> list[int]:
        """The bare index lookup, newest first: the benchmark's yardstick."""
        terms = parse_query(text)
        p = self.p
        if self.is_postgres:  # with the searches' own planner settings
            sql = (f"SELECT id FROM message WHERE search_vector @@ to_tsquery('simple', {p}) "
                   f"ORDER BY id DESC LIMIT {p}")
            with self.db.atomic():
                self.db.execute_sql(_PG_SETTINGS)
                return [r[0] for r in self.db.execute_sql(sql, (pg_tsquery(terms), limit)).fetchall()]
        sql = f"SELECT rowid FROM message_fts WHERE message_fts MATCH {p} ORDER BY rowid DESC LIMIT {p}"
        query = fts5_query(terms)
        return [r[0] for r in self.db.execute_sql(sql, (query, limit)).fetchall()]
