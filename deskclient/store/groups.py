"""Groups the service account must leave (PRODUCT.md rule 5), until Telegram confirms it.

Whoever files the "added to a group" event queues a `GroupLeave` row (one per account
and chat, however many processes saw the event); the duty holder's `GroupLeaveRetries`
tries the pending ones with backoff. Only a confirmed leave becomes a `GroupLeft` row
(with its audit event), in the same transaction that removes the pending one: a leave
that failed is never shown as done. A mixin of `TicketStore`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..domain.messages import AddedToGroup


@dataclass(frozen=True)
class PendingLeave:
    id: int
    account: str
    chat_id: int
    title: str
    attempts: int
    last_error: str | None


class GroupLeaves:
    def queue_group_leave(self, event: AddedToGroup) -> int:
        """The pending leave for this group (created once; idempotent). Returns its id."""
        m = self.m

        def work():
            (m.GroupLeave.insert(account=event.account, chat_id=event.chat_id,
                                 title=(event.title or "")[:300], added_at=event.date)
             .on_conflict_ignore().execute())
            row = m.GroupLeave.get((m.GroupLeave.account == event.account)
                                   & (m.GroupLeave.chat_id == event.chat_id))
            return row.id

        return self._retrying(work)

    def pending_group_leaves(self, now: datetime, account: str | None = None) -> list[PendingLeave]:
        """Leaves due by `now` (never tried, or their next try has come), oldest first."""
        m = self.m
        query = m.GroupLeave.select().where(m.GroupLeave.next_try_at.is_null()
                                            | (m.GroupLeave.next_try_at <= now))
        if account is not None:
            query = query.where(m.GroupLeave.account == account)
        return [PendingLeave(row.id, row.account, row.chat_id, row.title, row.attempts, row.last_error)
                for row in query.order_by(m.GroupLeave.id)]

    def next_group_leave_at(self) -> datetime | None:
        """When the earliest postponed leave is due (None: none is postponed)."""
        m = self.m
        row = (m.GroupLeave.select(m.GroupLeave.next_try_at)
               .where(m.GroupLeave.next_try_at.is_null(False))
               .order_by(m.GroupLeave.next_try_at).first())
        return row.next_try_at if row else None

    def record_leave_failed(self, leave_id: int, reason: str, next_try_at: datetime) -> None:
        m = self.m

        def work():
            (m.GroupLeave.update(attempts=m.GroupLeave.attempts + 1, last_error=reason[:200],
                                 next_try_at=next_try_at)
             .where(m.GroupLeave.id == leave_id).execute())

        self._retrying(work)

    def record_group_left(self, leave_id: int) -> bool:
        """Telegram confirmed the leave: pending row out, GroupLeft row and audit in, at
        once. False if another process recorded it first."""
        m = self.m

        def work():
            row = m.GroupLeave.get_or_none(m.GroupLeave.id == leave_id)
            if row is None:
                return False
            deleted = m.GroupLeave.delete().where(m.GroupLeave.id == leave_id).execute()
            if not deleted:
                return False
            m.GroupLeft.create(account=row.account, chat_id=row.chat_id, title=row.title,
                               left_at=self.clock.now())
            self._audit("left_group", None, None, f"chat {row.chat_id}")
            return True

        return self._retrying(work)
