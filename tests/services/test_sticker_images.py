"""A static sticker's image is kept to be drawn in the thread (issue 13 item 3), never
refused as a citizen's file: through a whole desk on the simulated Telegram (real
gateway and TelegramClient), and fetched again after a restart as a sticker."""

from __future__ import annotations

import asyncio

from deskclient.resources import sample_file
from deskclient.services.arriving_files import ArrivingFiles
from tests.factories import IncomingFile, citizen, inbound
from tests.services.conftest import play
from tests.services.test_ingest_faults import HeldFiles, make_ingest
from tests.services.test_message_kinds import JORDI, sends, thread

WEBP = sample_file("sticker.webp").read_bytes()


def test_a_static_stickers_image_is_kept_and_never_refused(scene_factory):
    async def body(scene):
        await sends(scene, JORDI, media=lambda s: s.sticker("😀", "webp"))
        [sticker] = [m for m in thread(scene) if m.kind == "in"]
        assert sticker.text == "😀 (sticker)"
        [image] = sticker.attachments
        assert (image.kind, image.kept, image.state, image.size) == ("sticker", True, "done", len(WEBP))
        assert (scene.desk.files_dir / image.stored_path).read_bytes() == WEBP
        assert image.file_name.endswith(".webp")  # the policy accepts no .webp from citizens
        assert [m.notice for m in thread(scene) if m.kind == "system"] == ["opening"]
        assert not any("webp" in said for said in scene.received(JORDI))  # no refusal notice

    play(scene_factory, body)


def test_a_sticker_that_is_no_webp_or_too_large_is_let_go_quietly(scene_factory):
    """Its emoji stands alone: no refusal to the citizen, nothing kept, an oversized one
    not even downloaded."""
    async def body(scene):
        await sends(scene, JORDI, media=lambda s: s.sticker("🙂", "webp", sample_file("foto.jpg").read_bytes()))
        before = scene.downloads
        await sends(scene, JORDI, media=lambda s: s.sticker("🙃", "webp", b"RIFF\0\0\0\0WEBP" + b"\0" * 600_000))
        assert scene.downloads == before
        disguised, large = [m for m in thread(scene) if m.kind == "in"]
        assert (disguised.text, large.text) == ("🙂 (sticker)", "🙃 (sticker)")
        assert disguised.attachments == () and large.attachments == ()  # nothing for a transcript to list
        assert [m.notice for m in thread(scene) if m.kind == "system"] == ["opening"]
        assert len(scene.received(JORDI)) == 1  # the opening message only
        assert not list(scene.desk.files_dir.rglob("*.webp"))

    play(scene_factory, body)


def test_a_sticker_left_arriving_is_fetched_again_as_a_sticker(store, rules, clock, tmp_path):
    who = citizen(813, "Iker Etxeberria")
    offer = IncomingFile(ref=f"{who.address}:41", name="sticker_41.webp", mime="image/webp", size=len(WEBP),
                         sticker=True)

    async def scenario():
        gateway = HeldFiles(WEBP)
        ingest, runner, _ = make_ingest(store, rules, clock, tmp_path, gateway)
        result = await ingest.on_message(inbound(who, clock.now(), "😀 (sticker)", channel_message_id=41, file=offer))
        await ingest.stop()  # the process dies while fetching: the image stays arriving
        after_restart, runner2, _ = make_ingest(store, rules, clock, tmp_path, gateway)
        gateway.release.set()
        fetched = await ArrivingFiles(store, runner2, after_restart.fetcher).scan()
        runner.shutdown()
        runner2.shutdown()
        return result, gateway, fetched

    result, gateway, fetched = asyncio.run(scenario())
    assert fetched == 1 and gateway.fetched[-1].sticker
    [message] = store.messages([result.message_id])
    [image] = message.attachments
    assert (image.kind, image.kept, image.state) == ("sticker", True, "done")
    assert (tmp_path / "files" / image.stored_path).read_bytes() == WEBP
    assert [m.notice for m in store.thread(message.ticket_id) if m.kind == "system"] == ["opening"]
