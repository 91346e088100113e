"""A kept file's bytes in the store, in 256 KiB rows: a 20 MB file is written and read
back one chunk at a time, never as one value in memory."""

from __future__ import annotations

import hashlib
import os
import tracemalloc

from deskclient.store.file_chunks import CHUNK_BYTES
from deskclient.store.records import StoredFile
from tests.factories import citizen, inbound

MB = 1024 * 1024


def big_file(path, size: int) -> str:
    """A file of `size` random bytes, written a megabyte at a time; returns its sha256."""
    digest = hashlib.sha256()
    with path.open("wb") as fh:
        for _ in range(size // MB):
            block = os.urandom(MB)
            digest.update(block)
            fh.write(block)
    return digest.hexdigest()


def test_a_20_mb_file_is_written_and_read_in_chunks(store, rules, clock, tmp_path):
    source = tmp_path / "video.mp4"
    sha = big_file(source, 20 * MB)
    stored = StoredFile("video", "video.mp4", "video/mp4", 20 * MB, sha, "2026-11/abc_video.mp4")
    message_id = store.ingest(inbound(citizen(42), clock.now(), "Li envio el vídeo"), rules, stored).message_id
    attachment = store.kept_file_of_message(message_id)
    assert not attachment.in_store

    tracemalloc.start()
    try:
        chunks = store.put_chunks(attachment.attachment_id, source)
        _, written_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        digest, size, count = hashlib.sha256(), 0, 0
        for data in store.iter_chunks(attachment.attachment_id):
            assert len(data) <= CHUNK_BYTES
            digest.update(data)
            size += len(data)
            count += 1
        _, read_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert chunks == count == store.chunk_count(attachment.attachment_id) == 80  # 20 MB / 256 KiB
    assert size == 20 * MB and digest.hexdigest() == sha
    assert store.kept_file(attachment.attachment_id).in_store
    # Python never held the file: a few chunks at most (the driver's copy of one included).
    assert written_peak < 4 * MB and read_peak < 4 * MB, (written_peak, read_peak)


def test_chunks_go_with_their_attachment(store, rules, clock, tmp_path):
    source = tmp_path / "rebut.pdf"
    source.write_bytes(b"%PDF-1.4 " + b"x" * (CHUNK_BYTES + 10))
    stored = StoredFile("document", "rebut.pdf", "application/pdf", source.stat().st_size,
                        hashlib.sha256(source.read_bytes()).hexdigest(), "2026-11/abc_rebut.pdf")
    message_id = store.ingest(inbound(citizen(43), clock.now(), "El rebut"), rules, stored).message_id
    attachment_id = store.kept_file_of_message(message_id).attachment_id
    assert store.put_chunks(attachment_id, source) == 2
    assert store.chunk_count(attachment_id) == 2
    store.m.Attachment.delete().where(store.m.Attachment.id == attachment_id).execute()
    assert store.chunk_count(attachment_id) == 0
