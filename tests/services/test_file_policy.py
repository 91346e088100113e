"""Citizens' files through the real gateway and intake: kept, refused before download,
or refused by content — and the refusal goes out in the citizen's language."""

import hashlib

import pytest

from deskclient.resources import sample_file
from tests.services.conftest import play, until

JORDI = 1006
GIULIA = 1004


def attachments(scene, user_id=JORDI):
    thread = scene.desk.store.thread(scene.ticket(user_id).id)
    return [a for m in thread for a in m.attachments], thread


def stored_files(scene):
    return sorted(p for p in scene.desk.files_dir.rglob("*") if p.is_file())


@pytest.mark.parametrize("name,kind", [
    ("certificat.pdf", "pdf"), ("foto.jpg", "image"), ("captura.png", "image"),
    ("escaneig.bmp", "image"), ("factura.xml", "xml"), ("nota-veu.oga", "audio"), ("video.mp4", "video"),
])
def test_accepted_sample_is_kept_with_its_checksum(scene_factory, name, kind):
    async def body(scene):
        await scene.says(JORDI, "Adjunt", file=name)
        [attachment], _ = attachments(scene)
        assert attachment.kept and attachment.kind == kind and attachment.file_name == name
        data = sample_file(name).read_bytes()
        assert attachment.sha256 == hashlib.sha256(data).hexdigest()
        stored = scene.desk.files_dir / attachment.stored_path
        assert stored.read_bytes() == data and oct(stored.stat().st_mode)[-3:] == "600"

    play(scene_factory, body)


def test_docx_is_refused_in_the_citizens_language_and_never_downloaded(scene_factory):
    async def body(scene):
        await scene.says(GIULIA, "Buongiorno, ecco il modulo", file="formulari.docx")
        [attachment], _ = attachments(scene, GIULIA)
        assert not attachment.kept and attachment.stored_path is None and "docx" in attachment.refusal
        assert scene.downloads == 0 and stored_files(scene) == []
        await until(lambda: "formulari.docx" in scene.received(GIULIA)[-1])
        refusal = scene.received(GIULIA)[-1]
        assert "Formati ammessi" in refusal and "PDF" in refusal

    play(scene_factory, body)


def test_file_over_the_size_limit_is_never_downloaded(scene_factory):
    async def body(scene):
        limit = scene.desk.rules.files.max_bytes
        await scene.sends_file(JORDI, sample_file("video.mp4").read_bytes(), "gran.mp4", "video/mp4",
                               declared_size=limit + 1)
        [attachment], _ = attachments(scene)
        assert not attachment.kept and "limit" in attachment.refusal
        assert scene.downloads == 0 and stored_files(scene) == []

    play(scene_factory, body)


@pytest.mark.parametrize("hostile,expected", [
    ("../../.bashrc", "bashrc.pdf"), ("..\\..\\evil.pdf", "evil.pdf"), ("fac\x00tu\x1bra\n.pdf", "factura.pdf"),
])
def test_hostile_names_are_stored_under_a_safe_name(scene_factory, hostile, expected):
    async def body(scene):
        await scene.sends_file(JORDI, sample_file("certificat.pdf").read_bytes(), hostile, "application/pdf")
        [attachment], _ = attachments(scene)
        assert attachment.kept and attachment.file_name == expected
        for path in stored_files(scene):
            assert path.resolve().is_relative_to(scene.desk.files_dir.resolve())

    play(scene_factory, body)


def test_executable_named_pdf_is_refused_by_content_and_deleted(scene_factory):
    async def body(scene):
        await scene.sends_file(JORDI, b"MZ\x90\x00" + b"\x00" * 2000, "factura.pdf", "application/pdf")
        [attachment], thread = attachments(scene)
        assert not attachment.kept and "executable" in attachment.refusal
        assert stored_files(scene) == []  # downloaded to check, then removed
        assert any(m.notice == "file_refused" for m in thread)

    play(scene_factory, body)


def test_empty_file_is_refused(scene_factory):
    async def body(scene):
        await scene.sends_file(JORDI, b"", "buit.pdf", "application/pdf")
        [attachment], _ = attachments(scene)
        assert not attachment.kept and "empty" in attachment.refusal

    play(scene_factory, body)
