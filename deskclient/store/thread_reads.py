"""Reading a ticket's thread: messages in the order they were written, with their files
and edit history."""

from __future__ import annotations

from datetime import datetime
from typing import Iterable

import peewee as pw

from .records import AttachmentRow, MessageRow


class ThreadReads:
    """TicketStore mixin (uses `self.db`, `self.m`)."""

    def thread(self, ticket_id: int, before_id: int | None = None, limit: int = 200) -> list[MessageRow]:
        """Up to `limit` messages before `before_id` (newest when None), oldest first.

        In the order they were written (Telegram's date), not the order they were filed:
        a message with a file is filed after the download, maybe after a later one.
        """
        m = self.m
        query = self._message_query().where(m.Message.ticket == ticket_id)
        if before_id is not None:
            anchor_row = m.Message.get_or_none(m.Message.id == before_id)
            if anchor_row is None:  # purged meanwhile: nothing older to show either
                return []
            anchor = anchor_row.created_at
            query = query.where((m.Message.created_at < anchor) |
                                ((m.Message.created_at == anchor) & (m.Message.id < before_id)))
        query = query.order_by(m.Message.created_at.desc(), m.Message.id.desc()).limit(limit)
        return self._with_attachments(list(query)[::-1])

    def messages_back_to(self, ticket_id: int, channel_message_id: int, before_id: int) -> int:
        """How many of the ticket's messages before `before_id` reach back to the one with
        this channel message id (0 when it is not among them): the window a quote jump loads."""
        p = self.db.param
        row = self.db.execute_sql(
            "SELECT COUNT(*) FROM message q JOIN message b ON b.id = " + p + " "
            "JOIN message m ON m.ticket_id = q.ticket_id "
            f"WHERE q.ticket_id = {p} AND q.channel_message_id = {p} "
            "AND (m.created_at > q.created_at OR (m.created_at = q.created_at AND m.id >= q.id)) "
            "AND (m.created_at < b.created_at OR (m.created_at = b.created_at AND m.id < b.id))",
            (before_id, ticket_id, channel_message_id)).fetchone()
        return int(row[0] or 0)

    def _message_query(self):
        """Messages with their author's login and their citizen's read receipt (seen)."""
        m = self.m
        return (m.Message.select(m.Message, m.Agent.id, m.Agent.login, m.Citizen.id, m.Citizen.seen_up_to)
                .join(m.Agent, pw.JOIN.LEFT_OUTER).switch(m.Message).join(m.Citizen))

    def _with_attachments(self, rows) -> list[MessageRow]:
        m = self.m
        attachments: dict[int, list[AttachmentRow]] = {}
        if rows:
            for a in m.Attachment.select().where(m.Attachment.message.in_([r.id for r in rows])):
                attachments.setdefault(a.message_id, []).append(_attachment_row(a))
        return [_message_row(r, attachments.get(r.id, ())) for r in rows]

    def messages(self, message_ids) -> list[MessageRow]:
        """Several messages in one query, with their attachments."""
        ids = sorted(set(message_ids))
        if not ids:
            return []
        m = self.m
        query = self._message_query().where(m.Message.id.in_(ids)).order_by(m.Message.id)
        return self._with_attachments(list(query))

    def message(self, message_id: int) -> MessageRow:
        found = self.messages([message_id])
        if not found:
            raise self.m.Message.DoesNotExist(f"message {message_id}")
        return found[0]

    def attachment(self, attachment_id: int) -> AttachmentRow:
        return _attachment_row(self.m.Attachment.get_by_id(attachment_id))

    def message_history(self, message_id: int) -> list[tuple[datetime, str]]:
        """Earlier texts of an edited message, oldest first."""
        m = self.m
        return [(e.replaced_at, e.previous_text) for e in
                m.MessageEdit.select().where(m.MessageEdit.message == message_id).order_by(m.MessageEdit.id)]


def _attachment_row(a) -> AttachmentRow:
    return AttachmentRow(a.id, a.kind, a.file_name, a.mime, a.size, a.sha256, a.stored_path,
                         a.kept, a.refusal, a.state, a.duration)


def _message_row(r, attachments: Iterable[AttachmentRow]) -> MessageRow:
    return MessageRow(
        id=r.id, ticket_id=r.ticket_id, kind=r.kind, notice=r.notice, text=r.text,
        created_at=r.created_at, author_login=r.author.login if r.author_id else None,
        channel_message_id=r.channel_message_id, reply_to_channel_message_id=r.reply_to_channel_message_id,
        reply_quote=r.reply_quote, forward_from=r.forward_from, forward_date=r.forward_date,
        edited_at=r.edited_at, deleted_at=r.deleted_at, delivery=r.delivery, failure=r.failure,
        attachments=tuple(attachments), pending_change=r.pending_change,
        seen=_seen(r) or r.receipt == "read", delivered=r.receipt == "delivered",
        sent_as_template=r.sent_as_template,
    )


def _seen(r) -> bool:
    """Sent to the citizen (an agent's reply or an automatic message) and read by them:
    Telegram's ids in a private chat grow, so everything up to the receipt's id is read."""
    up_to = r.citizen.seen_up_to
    return (r.kind in ("out", "system") and r.delivery == "sent" and r.channel_message_id is not None
            and up_to is not None and r.channel_message_id <= up_to)
