"""Citizens' files through the real intake: kept, refused before download, or by content."""

import asyncio
import hashlib

import pytest

from deskclient.resources import sample_file
from tests.services.conftest import settle

JORDI = 1006


def run_with_desk(make_desk, body):
    async def scenario():
        desk = await make_desk()
        try:
            return await body(desk)
        finally:
            await desk.stop()

    return asyncio.run(scenario())


def attachments(desk):
    ticket = desk.store.active_ticket_for("demo", JORDI)
    return [a for m in desk.store.thread(ticket.id) for a in m.attachments], desk.store.thread(ticket.id)


def stored_files(desk):
    return sorted(p for p in desk.files_dir.rglob("*") if p.is_file())


@pytest.mark.parametrize("name,kind", [
    ("certificat.pdf", "pdf"), ("foto.jpg", "image"), ("captura.png", "image"),
    ("escaneig.bmp", "image"), ("factura.xml", "xml"), ("nota-veu.oga", "audio"), ("video.mp4", "video"),
])
def test_accepted_sample_is_kept_with_its_checksum(make_desk, name, kind):
    async def body(desk):
        await desk.gateway.citizen_says(JORDI, "Adjunt", file=name)
        await settle(desk)
        [attachment], _ = attachments(desk)
        assert attachment.kept and attachment.kind == kind and attachment.file_name == name
        data = sample_file(name).read_bytes()
        assert attachment.sha256 == hashlib.sha256(data).hexdigest()
        assert (desk.files_dir / attachment.stored_path).read_bytes() == data
        assert oct((desk.files_dir / attachment.stored_path).stat().st_mode)[-3:] == "600"

    run_with_desk(make_desk, body)


def test_docx_is_refused_in_the_citizens_language_and_never_downloaded(make_desk):
    async def body(desk):
        await desk.gateway.citizen_says(1004, "Buongiorno, ecco il modulo", file="formulari.docx")
        await settle(desk)
        ticket = desk.store.active_ticket_for("demo", 1004)
        thread = desk.store.thread(ticket.id)
        [attachment] = thread[0].attachments
        assert not attachment.kept and attachment.stored_path is None and "docx" in attachment.refusal
        assert desk.gateway.downloads == []
        assert stored_files(desk) == []
        refusal = desk.gateway.received[1004][-1]
        assert "formulari.docx" in refusal and "Formati ammessi" in refusal and "PDF" in refusal

    run_with_desk(make_desk, body)


def test_file_over_the_size_limit_is_never_downloaded(make_desk):
    async def body(desk):
        limit = desk.rules.files.max_bytes
        await desk.gateway.citizen_sends_file(JORDI, sample_file("video.mp4"), "gran.mp4", "video/mp4",
                                              declared_size=limit + 1)
        await settle(desk)
        [attachment], _ = attachments(desk)
        assert not attachment.kept and "limit" in attachment.refusal
        assert desk.gateway.downloads == [] and stored_files(desk) == []

    run_with_desk(make_desk, body)


@pytest.mark.parametrize("hostile,expected", [
    ("../../.bashrc", "bashrc.pdf"), ("..\\..\\evil.pdf", "evil.pdf"), ("fac\x00tu\x1bra\n.pdf", "factura.pdf"),
])
def test_hostile_names_are_stored_under_a_safe_name(make_desk, hostile, expected):
    async def body(desk):
        await desk.gateway.citizen_sends_file(JORDI, sample_file("certificat.pdf"), hostile, "application/pdf")
        await settle(desk)
        [attachment], _ = attachments(desk)
        assert attachment.file_name == expected
        for path in stored_files(desk):
            assert path.resolve().is_relative_to(desk.files_dir.resolve())

    run_with_desk(make_desk, body)


def test_executable_named_pdf_is_refused_by_content_and_deleted(make_desk, tmp_path):
    fake = tmp_path / "factura.pdf"
    fake.write_bytes(b"MZ\x90\x00" + b"\x00" * 2000)

    async def body(desk):
        await desk.gateway.citizen_sends_file(JORDI, fake, "factura.pdf", "application/pdf")
        await settle(desk)
        [attachment], thread = attachments(desk)
        assert not attachment.kept and "executable" in attachment.refusal
        assert stored_files(desk) == []  # downloaded to check, then removed
        assert any(m.notice == "file_refused" for m in thread)

    run_with_desk(make_desk, body)


def test_empty_file_is_refused(make_desk, tmp_path):
    empty = tmp_path / "buit.pdf"
    empty.write_bytes(b"")

    async def body(desk):
        await desk.gateway.citizen_sends_file(JORDI, empty, "buit.pdf", "application/pdf")
        await settle(desk)
        [attachment], _ = attachments(desk)
        assert not attachment.kept and "empty" in attachment.refusal

    run_with_desk(make_desk, body)
