"""Issue 13 items 1–4 through a whole desk (real gateway, TelegramClient, services and
SQLite store on the simulated Telegram): what a citizen sends besides text and files is
filed as its readable form, in the thread, the queue preview, the lead's search and
the transcript; a link preview and a sticker are never refused as files; a GIF and a
round video note are kept as video; a service message joins an open ticket only."""

from __future__ import annotations

from telethon.tl import types

from deskclient.resources import sample_file
from deskclient.services.exports import transcript_csv_rows
from deskclient.store.lead_records import ReviewFilter
from tests.services.conftest import play, until

JORDI = 1006
GIULIA = 1004
DOCX = (sample_file("formulari.docx").read_bytes(), "formulari.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")


async def sends(scene, user_id: int, text: str = "", media=None) -> int:
    """The citizen sends `media(server)` (a builder of the simulator's media.py)."""
    citizen = scene.network.citizens[user_id].user
    message = scene.server.user_sends(citizen, scene.network.account, text,
                                      media=media(scene.server) if media else None)
    await until(lambda: scene.stored(user_id, message.id))
    await scene.settled()
    return message.id


async def acts(scene, user_id: int, action, reply_to: int | None = None) -> int:
    citizen = scene.network.citizens[user_id].user
    return scene.server.user_acts(citizen, scene.network.account, action, reply_to=reply_to).id


def thread(scene, user_id=JORDI):
    return scene.desk.store.thread(scene.ticket(user_id).id)


def test_a_docx_link_preview_is_the_citizens_text_never_a_refused_file(scene_factory):
    text = "Bon dia, el formulari és a https://seu.example.cat/formulari.docx"

    async def body(scene):
        await sends(scene, GIULIA, text, lambda s: s.web_page(
            "https://seu.example.cat/formulari.docx", "Formulari", document=DOCX))
        await sends(scene, GIULIA, "https://www.gencat.cat", lambda s: s.web_page(
            "https://www.gencat.cat", "Gencat", photo=sample_file("foto.jpg").read_bytes()))
        messages = thread(scene, GIULIA)
        citizen = [m for m in messages if m.kind == "in"]
        assert [m.text for m in citizen] == [text, "https://www.gencat.cat"]
        assert all(not m.attachments for m in messages)
        assert scene.downloads == 0 and not list(scene.desk.files_dir.rglob("*.*"))
        assert not any("formulari" in sent for sent in scene.received(GIULIA))  # no refusal notice
        assert [m.notice for m in messages if m.kind == "system"] == ["opening"]

    play(scene_factory, body)


def test_location_contact_and_poll_are_readable_everywhere_text_is(scene_factory):
    async def body(scene):
        await sends(scene, JORDI, media=lambda s: s.location(41.38506, 2.17340))
        await sends(scene, JORDI, media=lambda s: s.venue(41.40363, 2.17436, "Sagrada Família",
                                                          "C/ de Mallorca, 401"))
        await sends(scene, JORDI, media=lambda s: s.poll("Quin dia?", ["Dilluns", "Dimarts"]))
        await sends(scene, JORDI, media=lambda s: s.dice("🎲", 4))
        await sends(scene, JORDI, media=lambda s: s.contact("Núria", "Vila", "34612345678"))
        citizen = [m for m in thread(scene) if m.kind == "in"]
        assert citizen[0].text.startswith("📍 41.38506, 2.17340\nhttps://www.openstreetmap.org/?mlat=41.38506")
        assert citizen[1].text.startswith("📍 Sagrada Família\nC/ de Mallorca, 401\n")
        assert citizen[2].text == "📊 Quin dia?\n• Dilluns\n• Dimarts"
        assert citizen[3].text == "🎲 4"
        assert citizen[4].text == "👤 Núria Vila · +34612345678"
        assert all(not m.attachments for m in citizen)
        ticket = scene.ticket(JORDI)
        assert ticket.last_preview == "👤 Núria Vila · +34612345678"  # the queue's last message
        lead = scene.desk.lead.review
        hits = lead.search.messages(ReviewFilter(text="nuria vila"), scene.desk.clock.now()).hits
        assert [h.message_id for h in hits] == [citizen[4].id]
        assert lead.search.messages(ReviewFilter(text="Dilluns"), scene.desk.clock.now()).hits
        transcript = lead.transcript(ticket.id, scene.desk.clock.now())
        rows = "\n".join(",".join(map(str, r)) for r in transcript_csv_rows([transcript], scene.desk.rules.calendar.tz))
        assert "📍 41.38506, 2.17340" in rows and "+34612345678" in rows and "Sagrada Família" in rows

    play(scene_factory, body)


def test_stickers_are_emoji_and_animations_and_video_notes_are_kept_as_video(scene_factory):
    mp4 = sample_file("video.mp4").read_bytes()

    async def body(scene):
        await sends(scene, JORDI, media=lambda s: s.sticker("👍", "webp"))
        await sends(scene, JORDI, media=lambda s: s.sticker("🎉", "tgs"))
        await sends(scene, JORDI, media=lambda s: s.sticker("😺", "webm"))
        await sends(scene, JORDI, "😂", media=lambda s: s.animation(mp4, "ballant.gif"))
        await sends(scene, JORDI, media=lambda s: s.video_note(mp4))
        citizen = [m for m in thread(scene) if m.kind == "in"]
        assert [m.text for m in citizen[:3]] == ["👍 (sticker)", "🎉 (animated sticker)", "😺 (video sticker)"]
        assert [[a.kind for a in m.attachments] for m in citizen[:3]] == [["sticker"], [], []]  # an image to draw
        [gif], [note] = citizen[3].attachments, citizen[4].attachments
        assert (gif.kept, gif.kind, gif.file_name) == (True, "video", "ballant.mp4")
        assert (note.kept, note.kind) == (True, "video") and note.file_name.startswith("video_note_")
        assert [m.notice for m in thread(scene) if m.kind == "system"] == ["opening"]  # nothing refused

    play(scene_factory, body)


def test_service_messages_join_an_open_ticket_and_never_open_one(scene_factory):
    async def body(scene):
        await acts(scene, JORDI, types.MessageActionScreenshotTaken())
        await acts(scene, JORDI, types.MessageActionPhoneCall(call_id=7, reason=types.PhoneCallDiscardReasonMissed()))
        await scene.settled()
        assert scene.ticket(JORDI) is None and scene.received(JORDI) == []  # no ticket, no opening message
        first = await sends(scene, JORDI, "Hola, tinc un dubte amb el pagament")
        pin = await acts(scene, JORDI, types.MessageActionPinMessage(), reply_to=first)
        await until(lambda: scene.stored(JORDI, pin))
        screenshot = await acts(scene, JORDI, types.MessageActionScreenshotTaken())
        await until(lambda: scene.stored(JORDI, screenshot))
        await sends(scene, JORDI, "i ara?", media=lambda s: s.unsupported())
        citizen = [m for m in thread(scene) if m.kind == "in"]
        assert [m.text for m in citizen] == ["Hola, tinc un dubte amb el pagament", "📌 (pinned)", "📸 (screenshot)",
                                             "i ara?\n❓ (a kind of message this version cannot show)"]
        assert citizen[1].reply_quote == "Hola, tinc un dubte amb el pagament"
        assert len(scene.received(JORDI)) == 1  # the opening message only

    play(scene_factory, body)
