"""What a citizen sends on WhatsApp reaches the desk's listener as the desk's values:
through signed webhooks from the simulated Cloud API into the real webhook server and
gateway."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from deskclient.domain.message_content import map_link
from deskclient.net.whatsapp import message_key
from deskclient.resources import sample_file
from tests.net.whatsapp.conftest import MARTA, whatsapp_desk
from tests.waiting import until

ONE_PIXEL_WEBP = b"RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00/\x00\x00\x00\x10\x07\x10\x11\x11\x88\x88\xfe\x07\x00"


def test_text_arrives_with_the_citizen_and_the_message_id(clock):
    async def scenario():
        async with whatsapp_desk(clock) as desk:
            desk.sim.name_citizen(MARTA, "Marta Puig")
            wamid = await desk.sim.citizen_sends_text(MARTA, "Bon dia, no puc signar la sol·licitud")
            await until(lambda: len(desk.listener.messages) == 1)
            [message] = desk.listener.messages
            assert message.account == f"whatsapp:{desk.sim.phone_number_id}" == desk.gateway.account
            assert message.citizen.address == int(MARTA) and message.citizen.phone == f"+{MARTA}"
            assert message.citizen.name == "Marta Puig"
            assert message.text == "Bon dia, no puc signar la sol·licitud"
            assert message.external_id == wamid and message.channel_message_id == message_key(wamid)
            assert message.date == clock.now().replace(microsecond=0)
            assert message.opens_ticket and message.forward is None and message.file is None

    asyncio.run(scenario())


def test_a_pdf_is_offered_then_downloaded_through_the_media_endpoint(clock, tmp_path):
    pdf = sample_file("certificat.pdf").read_bytes()

    async def scenario():
        async with whatsapp_desk(clock) as desk:
            await desk.sim.citizen_sends_document(MARTA, pdf, "certificat.pdf", "application/pdf",
                                                  caption="El certificat")
            await until(lambda: len(desk.listener.messages) == 1)
            [message] = desk.listener.messages
            assert message.text == "El certificat"
            offered = message.file
            assert (offered.name, offered.mime) == ("certificat.pdf", "application/pdf")
            # An hour later: the URL Meta gave at upload would be long gone; a fresh one is asked for.
            clock.advance(timedelta(hours=1))
            size = await desk.gateway.download(offered, tmp_path / "got.pdf", max_bytes=20_000_000)
            assert size == len(pdf) and (tmp_path / "got.pdf").read_bytes() == pdf
            # Past the size limit the download stops (the file policy refuses it then).
            big = pdf + bytes(8_000_000)
            await desk.sim.citizen_sends_document(MARTA, big, "gran.pdf", "application/pdf")
            await until(lambda: len(desk.listener.messages) == 2)
            over = await desk.gateway.download(desk.listener.messages[1].file, tmp_path / "cut.pdf",
                                               max_bytes=1_000_000)
            assert 1_000_000 < over < len(big) // 2

    asyncio.run(scenario())


def test_a_media_url_is_good_for_five_minutes_only(clock):
    """The simulator holds Meta's rule the gateway is built for: the URL from GET
    /{media-id} answers with the token, and not after five minutes."""
    import aiohttp

    async def scenario():
        async with whatsapp_desk(clock) as desk:
            await desk.sim.citizen_sends_image(MARTA, sample_file("foto.jpg").read_bytes())
            await until(lambda: len(desk.listener.messages) == 1)
            media_id = desk.listener.messages[0].file.ref.partition(":")[2]
            url = await desk.gateway.graph.media_url(media_id)
            auth = {"Authorization": f"Bearer {desk.sim.access_token}"}
            async with aiohttp.ClientSession() as http:
                async with http.get(url) as response:
                    assert response.status == 401  # without the token
                async with http.get(url, headers=auth) as response:
                    assert response.status == 200 and response.content_type == "image/jpeg"
                clock.advance(timedelta(minutes=5))
                async with http.get(url, headers=auth) as response:
                    assert response.status == 404

    asyncio.run(scenario())


def test_photo_voice_note_video_and_sticker_are_files_named_by_kind(clock):
    async def scenario():
        async with whatsapp_desk(clock) as desk:
            sim = desk.sim
            await sim.citizen_sends_image(MARTA, sample_file("foto.jpg").read_bytes(), caption="La foto")
            await sim.citizen_sends_audio(MARTA, sample_file("nota-veu.oga").read_bytes())
            await sim.citizen_sends_video(MARTA, sample_file("video.mp4").read_bytes())
            await sim.citizen_sends_sticker(MARTA, ONE_PIXEL_WEBP)
            await until(lambda: len(desk.listener.messages) == 4)
            photo, voice, video, sticker = desk.listener.messages
            assert photo.text == "La foto" and photo.file.name.endswith(".jpg") and photo.file.mime == "image/jpeg"
            assert voice.file.name.startswith("voice_") and voice.file.name.endswith(".oga")
            assert voice.file.mime == "audio/ogg"  # without WhatsApp's "; codecs=opus"
            assert video.file.name.endswith(".mp4") and not video.file.sticker
            assert sticker.file.sticker and sticker.text == "🏷️ (sticker)"

    asyncio.run(scenario())


def test_reply_forward_location_contact_and_reaction_are_readable(clock):
    async def scenario():
        async with whatsapp_desk(clock) as desk:
            sim = desk.sim
            first = await sim.citizen_sends_text(MARTA, "Tinc una multa")
            await sim.citizen_sends_text(MARTA, "Aquesta, la d'abans", reply_to=first)
            await sim.citizen_sends_text(MARTA, "Pagament pendent: 45,00 €", forwarded=True)
            await sim.citizen_sends_text(MARTA, "Cadena", frequently_forwarded=True)
            await sim.citizen_sends_location(MARTA, 41.65606, -0.87734, name="Pilar", address="Plaza del Pilar")
            await sim.citizen_sends_contact(MARTA, "Núria Vila", "+34 622 33 44 55")
            await sim.citizen_reacts(MARTA, first, "👍")
            await until(lambda: len(desk.listener.messages) == 7)
            _, reply, forward, chain, place, contact, reaction = desk.listener.messages
            assert reply.reply_to_channel_message_id == message_key(first) and reply.forward is None
            assert forward.forward is not None and forward.text == "Pagament pendent: 45,00 €"
            assert "many times" in chain.forward.name and forward.forward != chain.forward
            assert place.text.splitlines() == ["📍 Pilar", "Plaza del Pilar", "41.65606, -0.87734",
                                               map_link(41.65606, -0.87734)]
            assert [e["kind"] for e in place.entities] == ["venue"]
            assert contact.text == "👤 Núria Vila · +34 622 33 44 55"
            # A reaction: a small mark on the message reacted to, never a ticket of its own.
            assert reaction.text == "👍 (reaction)" and reaction.reply_to_channel_message_id == message_key(first)
            assert not reaction.opens_ticket

    asyncio.run(scenario())


def test_a_citizen_s_edit_and_deletion_reach_the_message_they_change(clock):
    async def scenario():
        async with whatsapp_desk(clock) as desk:
            sim = desk.sim
            first = await sim.citizen_sends_text(MARTA, "El meu DNI és 1234567Z")
            await sim.citizen_edits(MARTA, first, "El meu DNI és 12345678Z")
            await sim.citizen_deletes(MARTA, first)
            await until(lambda: desk.listener.deletions)
            assert [m.text for m in desk.listener.messages] == ["El meu DNI és 1234567Z"]  # no ticket from either
            [edit] = desk.listener.edits
            assert (edit.channel_message_id, edit.text, edit.citizen_address) == (message_key(first), "El meu DNI és 12345678Z",
                                                                           int(MARTA))
            [deletion] = desk.listener.deletions
            assert deletion.channel_message_ids == (message_key(first),) and deletion.account == desk.gateway.account

    asyncio.run(scenario())


def test_a_status_names_the_outbox_row_or_the_broadcast_copy_it_was_tagged_with():
    """A reply's tag is its outbox id, a broadcast copy's a negative one: both come back
    (the copy's lost sign left a copy on the wire at a kill waiting for ever); a tag
    that is no id is none."""
    from deskclient.net.whatsapp.inbound import delivery_status

    def tagged(tag):
        return delivery_status("whatsapp:1", {"id": "wamid.x", "status": "sent", "recipient_id": "34600000001",
                                              "timestamp": "1764400000", "biz_opaque_callback_data": tag}).outbox_id

    assert (tagged("42"), tagged("-7"), tagged("-"), tagged("4x"), tagged("9" * 25)) == (42, -7, None, None, None)
