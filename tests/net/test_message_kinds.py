"""Issue 13 items 1–4 at the gateway: every kind of message a citizen can send reaches
the desk as it was meant. A real TelegramClient under the real TelethonGateway, on the
simulated Telegram (in process, and one test across the simulator's process)."""

from __future__ import annotations

import asyncio

import pytest
from telethon.tl import types

from deskclient.domain.message_content import MARKER
from deskclient.net.client_factory import simulator_process_client_factory
from deskclient.net.telethon_gateway import TelethonGateway
from deskclient.resources import sample_file
from tests.net.conftest import Recorder, logged_in_gateway, until
from tests.simulator import sim_process  # noqa: F401 (the fixture)

OSM = "https://www.openstreetmap.org/?mlat=41.38506&mlon=2.17340#map=17/41.38506/2.17340"


def received(telegram, gateway_factory, send):
    """Log in, let `send(telegram)` play the citizen, return the InboundMessages."""
    async def scenario():
        listener = Recorder()
        gateway = gateway_factory()
        await logged_in_gateway(telegram, gateway, listener)
        try:
            count = send(telegram)
            await until(lambda: len(listener.messages) >= count)
            await asyncio.sleep(0.05)  # nothing more comes
        finally:
            await gateway.stop()
        return listener.messages

    return asyncio.run(scenario())


def one(telegram, gateway_factory, media, text=""):
    def send(t):
        t.user_sends(t.citizen, t.account, text, media=media(t))
        return 1
    [message] = received(telegram, gateway_factory, send)
    return message


def markers(message):
    return [e for e in message.entities if e["_"] == MARKER]


# -- 1. a link preview is not a file ------------------------------------------------------

def test_link_preview_with_a_docx_is_the_citizens_text_and_no_file(telegram, gateway_factory):
    text = "El formulari és a https://seu.example.cat/formulari.docx"
    docx = (sample_file("formulari.docx").read_bytes(), "formulari.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    message = one(telegram, gateway_factory, lambda t: t.web_page(
        "https://seu.example.cat/formulari.docx", "Formulari", document=docx), text)
    assert message.text == text and message.file is None and not markers(message)


def test_link_preview_with_a_photo_is_not_filed_as_the_citizens_photo(telegram, gateway_factory):
    text = "Mireu https://www.gencat.cat/ca/inici"
    message = one(telegram, gateway_factory, lambda t: t.web_page(
        "https://www.gencat.cat/ca/inici", "Gencat", photo=sample_file("foto.jpg").read_bytes()), text)
    assert message.text == text and message.file is None


# -- 2. non-file media shown for what they are ---------------------------------------------

def test_location_is_coordinates_and_a_map_link(telegram, gateway_factory):
    message = one(telegram, gateway_factory, lambda t: t.location(41.38506, 2.17340))
    assert message.text == f"📍 41.38506, 2.17340\n{OSM}" and message.file is None
    [marker] = markers(message)
    assert marker["kind"] == "location" and (marker["latitude"], marker["longitude"]) == (41.38506, 2.17340)


def test_venue_has_its_title_address_and_map_link(telegram, gateway_factory):
    message = one(telegram, gateway_factory, lambda t: t.venue(
        41.40363, 2.17436, "Basílica de la Sagrada Família", "C/ de Mallorca, 401, Barcelona"))
    assert message.text.splitlines() == [
        "📍 Basílica de la Sagrada Família", "C/ de Mallorca, 401, Barcelona", "41.40363, 2.17436",
        "https://www.openstreetmap.org/?mlat=41.40363&mlon=2.17436#map=17/41.40363/2.17436"]


def test_shared_contact_is_its_name_and_number(telegram, gateway_factory):
    message = one(telegram, gateway_factory, lambda t: t.contact("Jordi", "Vila Serra", "34612345678"))
    assert message.text == "👤 Jordi Vila Serra · +34612345678" and message.file is None
    assert markers(message)[0]["kind"] == "contact"


def test_poll_is_its_question_and_options(telegram, gateway_factory):
    message = one(telegram, gateway_factory, lambda t: t.poll("Quin dia us va millor?", ["Dilluns", "Dimecres"]))
    assert message.text == "📊 Quin dia us va millor?\n• Dilluns\n• Dimecres"


def test_dice_and_game(telegram, gateway_factory):
    def send(t):
        t.user_sends(t.citizen, t.account, media=t.dice("🎯", 6))
        t.user_sends(t.citizen, t.account, media=t.game("Tetris"))
        return 2
    dice, game = received(telegram, gateway_factory, send)
    assert (dice.text, game.text) == ("🎯 6", "🎮 Tetris")
    assert dice.file is None and game.file is None  # a game's picture is not the citizen's


def test_a_live_location_that_moves_is_an_edit_with_the_new_place(telegram, gateway_factory):
    async def scenario():
        listener = Recorder()
        gateway = gateway_factory()
        await logged_in_gateway(telegram, gateway, listener)
        try:
            t = telegram
            sent = t.user_sends(t.citizen, t.account, media=t.location(41.38506, 2.17340, live_period=900))
            await until(lambda: listener.messages)
            t.user_edits(t.citizen, t.account, sent.id, "", media=t.location(41.38600, 2.17000, live_period=900))
            await until(lambda: listener.edits)
        finally:
            await gateway.stop()
        return listener.messages[0], listener.edits[0]

    message, edit = asyncio.run(scenario())
    assert message.text.startswith("📍 41.38506, 2.17340 (live)\n")
    assert edit.text.startswith("📍 41.38600, 2.17000 (live)\nhttps://www.openstreetmap.org/?mlat=41.38600")
    assert edit.entities[-1]["latitude"] == 41.386


# -- 3. stickers and animations -------------------------------------------------------------

@pytest.mark.parametrize("kind,form", [("tgs", "(animated sticker)"), ("webm", "(video sticker)")])
def test_a_moving_sticker_is_its_emoji_and_never_a_file(telegram, gateway_factory, kind, form):
    message = one(telegram, gateway_factory, lambda t: t.sticker("😀", kind))
    assert message.text == f"😀 {form}" and message.file is None


def test_a_static_sticker_is_its_emoji_and_its_image_to_draw_never_a_citizens_file(
        telegram, gateway_factory, tmp_path):
    """The .webp's bytes come through the gateway as a sticker's image (flagged, so the
    desk's file policy never refuses it), whatever name the sticker came with."""
    webp = sample_file("sticker.webp").read_bytes()

    async def scenario():
        listener = Recorder()
        gateway = gateway_factory()
        await logged_in_gateway(telegram, gateway, listener)
        try:
            telegram.user_sends(telegram.citizen, telegram.account, media=telegram.sticker("😀", "webp", webp))
            await until(lambda: listener.messages)
            [message] = listener.messages
            written = await gateway.download(message.file, tmp_path / "sticker", 512 * 1024)
        finally:
            await gateway.stop()
        return message, written

    message, written = asyncio.run(scenario())
    assert message.text == "😀 (sticker)"
    offered = message.file
    assert offered.sticker and (offered.name, offered.mime) == (f"sticker_{message.channel_message_id}.webp", "image/webp")
    assert written == len(webp) and (tmp_path / "sticker").read_bytes() == webp


def test_gif_sent_as_an_animation_is_offered_as_mp4_video(telegram, gateway_factory):
    mp4 = sample_file("video.mp4").read_bytes()
    message = one(telegram, gateway_factory, lambda t: t.animation(mp4, "ballant.gif"), "😂")
    assert message.text == "😂"
    assert (message.file.name, message.file.mime) == ("ballant.mp4", "video/mp4")


def test_round_video_note_is_offered_as_mp4_video(telegram, gateway_factory):
    mp4 = sample_file("video.mp4").read_bytes()
    message = one(telegram, gateway_factory, lambda t: t.video_note(mp4))
    assert message.file.name == f"video_note_{message.channel_message_id}.mp4" and message.file.mime == "video/mp4"


def test_custom_emoji_in_text_keeps_its_fallback_character(telegram, gateway_factory):
    text = "Gràcies 🙏"
    entity = types.MessageEntityCustomEmoji(offset=8, length=2, document_id=5368324170671202286)

    def send(t):
        t.user_sends(t.citizen, t.account, text, entities=[entity])
        return 1
    [message] = received(telegram, gateway_factory, send)
    assert message.text == text
    assert message.entities[0]["_"] == "MessageEntityCustomEmoji"


# -- 4. everything else ------------------------------------------------------------------

def test_unknown_media_and_service_messages_get_a_short_description(telegram, gateway_factory):
    def send(t):
        first = t.user_sends(t.citizen, t.account, "Hola")
        t.user_acts(t.citizen, t.account, types.MessageActionPinMessage(), reply_to=first.id)
        t.user_acts(t.citizen, t.account, types.MessageActionScreenshotTaken())
        t.user_acts(t.citizen, t.account, types.MessageActionPhoneCall(
            call_id=1, reason=types.PhoneCallDiscardReasonMissed()))
        t.user_acts(t.citizen, t.account, t.action_of_kind("other"))
        t.user_sends(t.citizen, t.account, "i això?", media=t.unsupported())
        return 6
    messages = received(telegram, gateway_factory, send)
    assert [m.text for m in messages[1:]] == [
        "📌 (pinned)", "📸 (screenshot)", "📞 (missed call)", "ℹ️ (suggest birthday)",
        "i això?\n❓ (a kind of message this version cannot show)"]
    pin = messages[1]
    assert pin.reply_to_channel_message_id == messages[0].channel_message_id and not pin.opens_ticket
    assert messages[0].opens_ticket and messages[-1].opens_ticket
    assert all(m.file is None for m in messages)


# -- across the simulator's process, through its operator -------------------------------

def test_kinds_through_the_simulator_process(sim_process, config, clock, tmp_path):  # noqa: F811
    sim = sim_process
    data_dir = tmp_path / "desk"
    sim.session_for(data_dir)
    desk_config = sim.config_for(config, data_dir)
    op, citizen, account = sim.operator, sim.citizen, sim.account

    async def scenario():
        listener = Recorder()
        gateway = TelethonGateway(simulator_process_client_factory(desk_config), clock)
        await gateway.start(listener)
        try:
            await gateway.wait_online()
            first = op.user_sends_media(citizen, account, "location", latitude=41.38506, longitude=2.17340)
            op.user_sends_media(citizen, account, "contact", first_name="Jordi", phone="+34612345678")
            op.user_sends_media(citizen, account, "sticker", emoji="👍", form="tgs")
            op.user_sends_media(citizen, account, "web_page", "Vegeu https://seu.example.cat/f.docx",
                                url="https://seu.example.cat/f.docx", data=b"PK\x03\x04 docx",
                                document_name="f.docx", document_mime="application/msword")
            op.user_acts(citizen, account, "pin", reply_to=first)
            op.user_sends_media(citizen, account, "animation", name="hola.gif",
                                data=sample_file("video.mp4").read_bytes())
            await until(lambda: len(listener.messages) == 6, timeout=10)
        finally:
            await gateway.stop()
        return listener.messages

    messages = asyncio.run(scenario())
    assert [m.text for m in messages] == [
        f"📍 41.38506, 2.17340\n{OSM}", "👤 Jordi · +34612345678", "👍 (animated sticker)",
        "Vegeu https://seu.example.cat/f.docx", "📌 (pinned)", ""]
    assert [m.file.name if m.file else None for m in messages] == [None] * 5 + ["hola.mp4"]

