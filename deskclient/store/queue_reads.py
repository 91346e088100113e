"""Reading the queue: a page of tickets by view and search, their counts, one ticket.

In plain SQL: it is on the GUI thread's path (every keystroke in the search box, every
batch of changes), and building 200 rows through the query builder and model instances
cost ten times the query itself.
"""

from __future__ import annotations

import logging

from ..domain.messages import MessageKind
from ..errors import StoreUnavailable, TicketGone
from .folded_names import fold_name
from .records import TicketRow

log = logging.getLogger("deskclient.store")

# queue_tally rows past which the reader folds the deltas (a few per ticket changed).
TALLY_FOLD_AT = 500


class QueueView:
    MINE = "mine"
    UNASSIGNED = "unassigned"
    CLOSING = "closing"
    CLOSED = "closed"
    ALL = "all"


class QueueReads:
    """TicketStore mixin (uses `self.db`, `self.m`, `self._sql`, `self.opened`,
    `self.has_queue_index`, `self._retrying`)."""

    def _view_condition(self, view: str, agent_id: int | None) -> tuple[str, list]:
        p = self.db.param
        return {
            QueueView.MINE: (f"t.assignee_id = {p} AND t.active", [agent_id]),
            QueueView.UNASSIGNED: ("t.assignee_id IS NULL AND t.status = 'open'", []),
            QueueView.CLOSING: ("t.status = 'closing'", []),
            QueueView.CLOSED: ("t.status = 'closed'", []),
        }.get(view, ("1 = 1", []))

    def _queue_where(self, view: str, agent_id: int | None, search: str) -> tuple[str, list]:
        condition, params = self._view_condition(view, agent_id)
        # Compared with the folded name (folded_names.py): "nuria" finds "Núria", and
        # "Núria" finds "Nuria". NUL: pasted in; FTS5 and PostgreSQL refuse it.
        search = fold_name(search.replace("\x00", ""))
        if not search:
            return condition, params
        p = self.db.param
        if self._few_search_hits(search):
            condition += f" AND t.id IN (SELECT rowid FROM ticket_search WHERE ticket_search MATCH {p})"
            return condition, params + [_trigram_phrase(search)]
        # Short text, PostgreSQL, or a common one: matches are dense, so the scan in queue
        # order finds a page of them early. % and _ are text here too, as in the index.
        pattern = "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        like = f"LIKE {p} ESCAPE '\\'"
        # A number's prefix may have capitals; SQLite's LIKE folds ASCII letters itself.
        number = "LOWER(t.number)" if self.opened.is_postgres else "t.number"
        condition += f" AND ({number} {like} OR c.search_name {like})"
        return condition, params + [pattern, pattern]

    def _few_search_hits(self, search: str) -> bool:
        """SQLite's trigram index answers a search of 3 characters or more; when it holds
        thousands of hits, sorting them all would cost more than the plain scan."""
        if not self.has_queue_index or len(search) < 3:
            return False
        hits = self.db.execute_sql("SELECT COUNT(*) FROM (SELECT 1 FROM ticket_search WHERE ticket_search "
                                   f"MATCH ? LIMIT {_SEARCH_INDEX_LIMIT})", (_trigram_phrase(search),)).fetchone()
        return hits[0] < _SEARCH_INDEX_LIMIT

    def _ticket_rows(self, where: str, params: list, tail: str = "") -> list[TicketRow]:
        sql = f"{self._sql.ticket_rows} WHERE {where} {tail}"
        convert = self.m.Ticket.opened_at.python_value
        return [_plain_ticket_row(r, convert) for r in self.db.execute_sql(sql, params).fetchall()]

    def queue(self, view: str = QueueView.ALL, agent_id: int | None = None, search: str = "",
              offset: int = 0, limit: int = 200) -> list[TicketRow]:
        """A page of the queue, active tickets by SLA due first, then the rest by recency."""
        where, params = self._queue_where(view, agent_id, search)
        p = self.db.param
        return self._ticket_rows(where, params + [limit, offset],
                                 f"ORDER BY t.active DESC, t.first_response_due, t.id LIMIT {p} OFFSET {p}")

    def tickets(self, ticket_ids) -> dict[int, TicketRow]:
        """Several tickets in one query (a batch of changes to show)."""
        ids = sorted(set(ticket_ids))
        if not ids:
            return {}
        where = f"t.id IN ({', '.join([self.db.param] * len(ids))})"
        return {row.id: row for row in self._ticket_rows(where, ids)}

    def incoming(self, message_ids) -> set[int]:
        ids = sorted(set(message_ids))
        if not ids:
            return set()
        m = self.m
        return {r[0] for r in m.Message.select(m.Message.id)
                .where(m.Message.id.in_(ids), m.Message.kind == MessageKind.IN.value).tuples()}

    def queue_counts(self, agent_id: int | None) -> dict[str, tuple[int, int]]:
        """view -> (tickets, tickets with unread messages), summed from `queue_tally`
        (schema v9: a few rows per status and agent, kept by triggers), not counted over
        the tickets; the views' own conditions pick the rows. The deltas are folded back
        into one row each once there are more than TALLY_FOLD_AT of them."""
        views = (QueueView.MINE, QueueView.UNASSIGNED, QueueView.CLOSING, QueueView.CLOSED, QueueView.ALL)
        columns, params = ["SUM(t.deltas)"], []
        for view in views:
            condition, values = self._view_condition(view, agent_id)
            columns.append(f"SUM(CASE WHEN {condition} THEN t.tickets ELSE 0 END)")
            columns.append(f"SUM(CASE WHEN {condition} THEN t.unread ELSE 0 END)")
            params += values * 2
        row = self.db.execute_sql(
            f"SELECT {', '.join(columns)} FROM (SELECT status, active, assignee_id, SUM(tickets) AS tickets,"
            " SUM(unread) AS unread, COUNT(*) AS deltas FROM queue_tally GROUP BY status, active, assignee_id) t",
            params).fetchone()
        if (row[0] or 0) > TALLY_FOLD_AT:
            self._fold_tally()
        values = [int(v or 0) for v in row[1:]]
        return {view: (values[2 * n], values[2 * n + 1]) for n, view in enumerate(views)}

    def _fold_tally(self) -> None:
        """One row per (status, active, assignee) in place of its deltas, in one
        transaction. PostgreSQL: one statement deletes the rows it sees and inserts their
        sums, so a delta committed meanwhile by another transaction is kept as it is."""
        folded = ("SELECT status, active, assignee_id, SUM(tickets), SUM(unread) FROM {} "
                  "GROUP BY status, active, assignee_id HAVING SUM(tickets) <> 0 OR SUM(unread) <> 0")
        into = "INSERT INTO queue_tally (status, active, assignee_id, tickets, unread) "

        def fold() -> None:
            if self.opened.is_postgres:
                self.db.execute_sql("WITH gone AS (DELETE FROM queue_tally RETURNING *) "
                                    + into + folded.format("gone"))
            else:  # SQLite: the write lock is this transaction's alone
                sums = self.db.execute_sql(folded.format("queue_tally")).fetchall()
                self.db.execute_sql("DELETE FROM queue_tally")
                for values in sums:
                    self.db.execute_sql(into + "VALUES (?, ?, ?, ?, ?)", values)

        try:
            self._retrying(fold)
        except StoreUnavailable as exc:  # the sums are right meanwhile: fold next time
            log.info("queue counts not folded: %s", exc)

    def ticket(self, ticket_id: int) -> TicketRow:
        found = self.tickets([ticket_id])
        if not found:
            raise TicketGone("That ticket is no longer in the records (purged or erased).")
        return found[ticket_id]

    def active_ticket_for(self, account: str, citizen_address: int) -> TicketRow | None:
        p = self.db.param
        rows = self._ticket_rows(f"c.account = {p} AND c.address = {p} AND t.active",
                                 [account, citizen_address])
        return rows[0] if rows else None


_SEARCH_INDEX_LIMIT = 1000


def _trigram_phrase(text: str) -> str:
    """The text as one FTS5 phrase: with the trigram tokenizer, any substring of a column."""
    return '"' + text.replace('"', '""') + '"'


def _plain_ticket_row(r: tuple, when) -> TicketRow:
    """A TicketRow from the columns of _HotPathSql.ticket_rows; `when` reads a stored date."""
    return TicketRow(
        id=r[0], number=r[1], citizen_id=r[2], citizen_name=r[3], citizen_address=r[4], language=r[5],
        status=r[6], category=r[7], assignee_id=r[8], assignee_login=r[9], opened_at=when(r[10]),
        first_response_due=when(r[11]), first_response_at=when(r[12]) if r[12] else None,
        closing_at=when(r[13]) if r[13] else None, closed_at=when(r[14]) if r[14] else None,
        last_message_at=when(r[15]), last_preview=r[16] or "", unread=r[17],
        citizen_wrote_while_closing=bool(r[18]), channel=r[19],
    )
