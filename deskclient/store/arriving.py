"""Files filed before they are fetched: a citizen's message is stored at once, with its
attachment 'arriving'; the file (and a reply's quote) is fetched afterwards and settled
here. So an edit or deletion that comes while a file downloads finds the message, and a
process that dies meanwhile leaves a row the next duty holder fetches again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..domain.files import FileKind
from ..domain.messages import SystemNotice
from ..domain.rules import DeskRules
from .records import RefusedFile, StoredFile

ARRIVING = "arriving"
DONE = "done"
FAILED = "failed"


@dataclass(frozen=True)
class ArrivingFile:
    """An accepted offer, filed before its bytes are fetched (declared name, mime, size)."""

    kind: str
    file_name: str
    mime: str
    size: int
    duration: int | None = None  # seconds, a voice note's or a video's (IncomingFile.duration)
    ref: str | None = None  # IncomingFile.ref, kept to fetch it again (schema v14)


@dataclass(frozen=True)
class ArrivingRow:
    """An attachment still to fetch, with what the gateway needs to fetch it again."""

    message_id: int
    citizen_address: int
    channel_message_id: int
    access_hash: int | None
    file_name: str
    mime: str
    size: int
    kind: str = ""  # a FileKind value: "sticker" is fetched again as a sticker's image
    ref: str | None = None  # the offer's IncomingFile.ref; None on rows filed before v14


class ArrivingAttachments:
    """TicketStore mixin: the store side of fetching files after filing."""

    def arriving_files(self, limit: int = 100) -> list[ArrivingRow]:
        m = self.m
        rows = (m.Attachment.select(m.Attachment.message, m.Attachment.file_name, m.Attachment.mime,
                                    m.Attachment.size, m.Message.channel_message_id,
                                    m.Citizen.address, m.Citizen.access_hash, m.Attachment.kind,
                                    m.Attachment.fetch_ref)
                .join(m.Message).join(m.Citizen)
                .where(m.Attachment.state == ARRIVING, m.Message.deleted_at.is_null(True))
                .order_by(m.Attachment.id).limit(limit).tuples())
        return [ArrivingRow(message_id=r[0], file_name=r[1], mime=r[2], size=r[3], channel_message_id=r[4],
                            citizen_address=r[5], access_hash=r[6], kind=r[7], ref=r[8]) for r in rows]

    def settle_attachment(self, message_id: int, outcome: StoredFile | RefusedFile | None,
                          rules: DeskRules, source: Path | None = None) -> tuple[bool, tuple[int, ...]]:
        """The fetch of a message's arriving file ended: kept, refused (the citizen's
        refusal notice is queued, as when a file is refused on arrival) or failed (None;
        a sticker's image let go is no attachment at all: domain/files.py).
        With `source` (team mode) the kept file's bytes go into the shared store in the
        same transaction (store/file_chunks.py).
        Returns (settled, queued message ids); settled is False when another fetch
        settled it first (the caller then discards its copy)."""
        m = self.m

        def work():
            message = m.Message.get_or_none(m.Message.id == message_id)
            if message is None:  # purged or erased meanwhile
                return False, ()
            if outcome is None and m.Attachment.delete().where(  # a sticker's image let go: its emoji stays
                    m.Attachment.message == message_id, m.Attachment.state == ARRIVING,
                    m.Attachment.kind == FileKind.STICKER.value).execute():
                self._announce("message_changed", message.ticket_id, message_id)
                return True, ()
            query = m.Attachment.update(**_settled_values(outcome)).where(
                m.Attachment.message == message_id, m.Attachment.state == ARRIVING)
            if not query.execute():
                return False, ()
            if source is not None and isinstance(outcome, StoredFile):
                attachment = m.Attachment.get(m.Attachment.message == message_id)
                self._put_chunks(attachment.id, source)
            queued: tuple[int, ...] = ()
            if isinstance(outcome, RefusedFile):
                ticket = m.Ticket.get_by_id(message.ticket_id)
                queued = (self._queue_notice(ticket.id, message.citizen_id, SystemNotice.FILE_REFUSED,
                                             rules.refusal_notice(outcome.file_name, ticket.language),
                                             message.created_at),)
                self._announce("message_added", ticket.id, queued[0])
            self._announce("message_changed", message.ticket_id, message_id)
            return True, queued

        return self._retrying(work)

    def set_reply_quote(self, account: str, citizen_address: int, channel_message_id: int,
                        quote: str) -> bool:
        """Keep the quoted text of a reply, fetched from Telegram after filing."""
        m = self.m

        def work():
            message = self._message_of(account, citizen_address, channel_message_id).first()
            if message is None:
                return False
            done = (m.Message.update(reply_quote=quote)
                    .where(m.Message.id == message.id, m.Message.reply_quote.is_null(True))
                    .execute())
            if done:
                row = m.Message.get_by_id(message.id)
                self._announce("message_changed", row.ticket_id, message.id)
            return bool(done)

        return self._retrying(work)

    def _attach_arriving(self, message_id: int, file: ArrivingFile) -> None:
        self.m.Attachment.create(message=message_id, kind=file.kind, file_name=file.file_name,
                                 mime=file.mime, size=file.size, kept=False, state=ARRIVING,
                                 duration=file.duration, fetch_ref=file.ref)


def _settled_values(outcome: StoredFile | RefusedFile | None) -> dict:
    if isinstance(outcome, StoredFile):
        return dict(state=DONE, kept=True, size=outcome.size, sha256=outcome.sha256,
                    stored_path=outcome.stored_path, kind=outcome.kind, file_name=outcome.file_name)
    if isinstance(outcome, RefusedFile):
        return dict(state=DONE, kept=False, size=outcome.size, refusal=outcome.reason, kind=outcome.kind)
    return dict(state=FAILED, kept=False)

