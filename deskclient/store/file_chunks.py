"""A kept file's bytes in the shared store (team mode, schema v7).

A file is cut into rows of `CHUNK_BYTES` in `file_chunk`, written in the same transaction
that keeps it (a citizen's file being settled, an agent's file reply being queued), so a
kept attachment with `in_store` has all its bytes, or the transaction did not happen.
Writing reads the source file one chunk at a time and reading fetches one row per query:
no process ever holds more than a chunk of a 20 MB file. The rows go with their attachment
(ON DELETE CASCADE), so the purge and an erasure delete them without naming them.

SQLite single desks do not use this: their files dir is the store (services/file_store.py
says why).

A mixin of TicketStore: it uses `self.m`, `self.db` and `self._retrying`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

CHUNK_BYTES = 256 * 1024


@dataclass(frozen=True)
class KeptFile:
    """What the file store needs of one attachment to find or fetch its bytes."""

    attachment_id: int
    kind: str
    file_name: str
    size: int
    sha256: str | None
    stored_path: str | None
    kept: bool
    refusal: str | None
    in_store: bool
    state: str  # arriving / done / failed (store/arriving.py)


class FileChunks:
    _KEPT_FILE = "id, kind, file_name, size, sha256, stored_path, kept, refusal, in_store, state"

    def _kept_file(self, where: str, value: int) -> KeptFile | None:
        row = self.db.execute_sql(
            f"SELECT {self._KEPT_FILE} FROM attachment WHERE {where} = {self.db.param} "
            f"ORDER BY id LIMIT 1", (value,)).fetchone()
        return _kept(row) if row else None

    def kept_file(self, attachment_id: int) -> KeptFile | None:
        """None when the attachment is gone (purged, erased)."""
        return self._kept_file("id", attachment_id)

    def kept_file_of_message(self, message_id: int) -> KeptFile | None:
        """The file of an outgoing message (a message has at most one)."""
        return self._kept_file("message_id", message_id)

    def _put_chunks(self, attachment_id: int, source: Path) -> int:
        """Inside a write transaction: the file's bytes as chunks (written once: an agent's
        login may insert them, not delete them); marks the attachment in the store.
        Returns the number of chunks."""
        p = self.db.param
        seq = 0
        with source.open("rb") as fh:
            while True:
                data = fh.read(CHUNK_BYTES)
                if not data:
                    break
                self.db.execute_sql(f"INSERT INTO file_chunk (attachment_id, seq, data) VALUES ({p}, {p}, {p})",
                                    (attachment_id, seq, data))
                seq += 1
        self.m.Attachment.update(in_store=True).where(self.m.Attachment.id == attachment_id).execute()
        return seq

    def put_chunks(self, attachment_id: int, source: Path) -> int:
        """`_put_chunks` in a transaction of its own (a file kept before schema v7, put
        into the store by the workstation that has it)."""
        return self._retrying(lambda: self._put_chunks(attachment_id, source))

    def iter_chunks(self, attachment_id: int) -> Iterator[bytes]:
        """The file's bytes in order, one row per query (a cursor would buffer them all)."""
        p = self.db.param
        seq = -1
        while True:
            row = self.db.execute_sql(
                f"SELECT seq, data FROM file_chunk WHERE attachment_id = {p} AND seq > {p} "
                f"ORDER BY seq LIMIT 1", (attachment_id, seq)).fetchone()
            if row is None:
                return
            seq = row[0]
            yield bytes(row[1])

    def chunk_count(self, attachment_id: int) -> int:
        return self.db.execute_sql(f"SELECT COUNT(*) FROM file_chunk WHERE attachment_id = {self.db.param}",
                                   (attachment_id,)).fetchone()[0]

    def files_outside_store(self, after_id: int = 0, limit: int = 200) -> list[KeptFile]:
        """Kept files whose bytes are not in the store (kept before schema v7), by id."""
        p = self.db.param
        rows = self.db.execute_sql(
            f"SELECT {self._KEPT_FILE} FROM attachment WHERE kept = {p} AND in_store = {p} "
            f"AND stored_path IS NOT NULL AND id > {p} ORDER BY id LIMIT {p}",
            (True, False, after_id, limit)).fetchall()
        return [_kept(r) for r in rows]

    def named_files(self, stored_paths: Iterable[str]) -> set[str]:
        """Of these paths (relative to a files dir), those an attachment still names."""
        paths = list(stored_paths)
        named: set[str] = set()
        for start in range(0, len(paths), 500):
            part = paths[start:start + 500]
            marks = ", ".join([self.db.param] * len(part))
            named.update(r[0] for r in self.db.execute_sql(
                f"SELECT stored_path FROM attachment WHERE stored_path IN ({marks})", part).fetchall())
        return named


def _kept(row) -> KeptFile:
    return KeptFile(attachment_id=row[0], kind=row[1], file_name=row[2], size=row[3], sha256=row[4],
                    stored_path=row[5], kept=bool(row[6]), refusal=row[7], in_store=bool(row[8]),
                    state=row[9])
