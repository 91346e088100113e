"""Chats whose history the service account must delete on Telegram's side (issue 14
item 6): the purge and a citizen's erasure remove the desk's copy of a conversation,
and the same conversation must go from the account's chat list too, on Telegram's
servers and on every phone logged into the account.

The purge's transaction queues one `HistoryDelete` row per Telegram chat it removed
conversations from (`queue_history_deletes`, called by store/retention.py for each
chunk; WhatsApp has no deletion of a chat's history, so its chats get none): the
citizen's address and access hash (kept here only until the deletion is done, since
the citizen's own row may be gone) and the newest Telegram message id of
what was purged, so that a newer conversation the desk still keeps stays on Telegram
too. A later purge of the same chat raises that id on the same row. The duty holder's
`HistoryDeleter` (services/history_deletes.py) makes each one with
`messages.DeleteHistory` and, once Telegram confirmed it, removes the row and audits it
in one transaction: a restart in between leaves the row, and it is done once.

A mixin of `TicketStore`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Sequence

import peewee as pw
from peewee import EXCLUDED

from ..domain.channels import TELEGRAM, WHATSAPP_PREFIX

PURGE, ERASURE = "purge", "erasure"


@dataclass(frozen=True)
class PendingHistoryDelete:
    id: int
    account: str
    address: int
    access_hash: int | None
    max_id: int
    reason: str  # PURGE or ERASURE
    attempts: int


def queue_history_deletes(m, ticket_ids: Sequence[int], reason: str, now: datetime) -> int:
    """Inside the purge's transaction, before its messages go: one pending deletion per
    Telegram chat these tickets' messages are in (those with a message id on Telegram).
    Returns how many chats."""
    if not ticket_ids:
        return 0
    rows = list(m.Message.select(m.Citizen.account, m.Citizen.address, m.Citizen.access_hash,
                                 pw.fn.MAX(m.Message.channel_message_id))
                .join(m.Citizen, on=(m.Message.citizen == m.Citizen.id))
                .where(m.Message.ticket.in_(list(ticket_ids)) & m.Message.channel_message_id.is_null(False)
                       & (m.Citizen.channel == TELEGRAM))
                .group_by(m.Citizen.account, m.Citizen.address, m.Citizen.access_hash)
                .tuples())
    if not rows:
        return 0
    # One statement for the chunk's chats (a purge chunk holds hundreds: a statement per
    # chat was most of its time on PostgreSQL). A deletion still pending for a chat
    # reaches further instead, keeping its reason, queue time and attempts.
    table = m.HistoryDelete
    (table.insert_many([{"account": account, "address": address, "access_hash": access_hash,
                         "max_id": max_id, "reason": reason, "queued_at": now}
                        for account, address, access_hash, max_id in rows])
     .on_conflict(conflict_target=[table.account, table.address],
                  update={table.max_id: pw.Case(None, [(EXCLUDED.max_id > table.max_id, EXCLUDED.max_id)],
                                                table.max_id),
                          table.access_hash: pw.fn.COALESCE(EXCLUDED.access_hash, table.access_hash),
                          table.next_try_at: None})
     .execute())
    return len(rows)


class HistoryDeletes:
    def pending_history_deletes(self, now: datetime, account: str | None = None) -> list[PendingHistoryDelete]:
        """Deletions due by `now` (never tried, or their next try has come), oldest first."""
        m = self.m
        query = m.HistoryDelete.select().where(m.HistoryDelete.next_try_at.is_null()
                                               | (m.HistoryDelete.next_try_at <= now))
        if account is not None:
            query = query.where(m.HistoryDelete.account == account)
        return [PendingHistoryDelete(r.id, r.account, r.address, r.access_hash, r.max_id,
                                     r.reason, r.attempts)
                for r in query.order_by(m.HistoryDelete.id)]

    def next_history_delete_at(self) -> datetime | None:
        """When the earliest postponed deletion is due (None: none is postponed)."""
        m = self.m
        row = (m.HistoryDelete.select(m.HistoryDelete.next_try_at)
               .where(m.HistoryDelete.next_try_at.is_null(False))
               .order_by(m.HistoryDelete.next_try_at).first())
        return row.next_try_at if row else None

    def history_delete_failed(self, pending: PendingHistoryDelete, reason: str, next_try_at: datetime) -> None:
        m = self.m

        def work():
            (m.HistoryDelete.update(attempts=m.HistoryDelete.attempts + 1, last_error=reason[:200],
                                    next_try_at=next_try_at)
             .where(m.HistoryDelete.id == pending.id).execute())

        self._retrying(work)

    def history_delete_ended(self, pending: PendingHistoryDelete, revoked: bool,
                             refused: str | None = None) -> bool:
        """Telegram deleted the history (or refused for good, `refused` saying why): the
        row goes and the audit says so, at once. False if another process ended it first,
        or a later purge reached further meanwhile (the row stays for that)."""
        m = self.m

        def work():
            gone = (m.HistoryDelete.delete()
                    .where((m.HistoryDelete.id == pending.id) & (m.HistoryDelete.max_id == pending.max_id))
                    .execute())
            if not gone:
                return False
            sides = "both sides" if revoked else "the service account's side"
            if refused is None:
                self._audit("telegram_history_deleted", None, None,
                            f"{pending.reason}: a chat's history deleted on {sides}")
            else:
                self._audit("telegram_history_refused", None, None,
                            f"{pending.reason}: a chat's history could not be deleted on Telegram ({refused})")
            return True

        return self._retrying(work)

    def forget_whatsapp_history_deletes(self) -> int:
        """Rows an earlier version queued for WhatsApp chats, which have no history to
        delete (they could only fail, keeping the citizen's number): removed, and
        how many said."""
        m = self.m
        return self._retrying(lambda: m.HistoryDelete.delete()
                              .where(m.HistoryDelete.account.startswith(WHATSAPP_PREFIX)).execute())

    def history_deletes_left(self) -> int:
        """How many chats still wait for their history to be deleted on Telegram."""
        return self.m.HistoryDelete.select().count()
