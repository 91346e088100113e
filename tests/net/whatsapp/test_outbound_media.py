"""An agent's file to a WhatsApp citizen as Meta's /media takes it (breaker 17:15): seed
002's own formats BMP and XML, an image over 5 MB, a file WhatsApp takes in no form; the
simulated Cloud API refusing what Meta refuses, with Meta's code and words."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest

from deskclient.domain.messages import OutboundMessage
from deskclient.net.gateway import Undeliverable
from deskclient.net.whatsapp.media import TOO_BIG, UNSUPPORTED
from deskclient.resources import sample_file
from tests.net.whatsapp.conftest import MARTA, whatsapp_desk

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def outgoing(message_id: int, name: str, text: str = "") -> OutboundMessage:
    return OutboundMessage(message_id=message_id, citizen_address=int(MARTA), text=text, random_id=900 + message_id,
                           file_path=f"f{message_id}", file_name=name)


async def send_files(desk, tmp_path, files: list[tuple[str, bytes, str]]) -> list:
    """Each (name, bytes, caption) sent by the gateway, in order; what the citizen got."""
    await desk.sim.citizen_sends_text(MARTA, "Em podeu enviar els documents?")
    for n, (name, data, caption) in enumerate(files, start=1):
        (tmp_path / f"f{n}").write_bytes(data)
        await desk.gateway.send(outgoing(n, name, caption), tmp_path)
    return desk.sim.received(MARTA)


def test_seed_002s_bmp_and_xml_and_a_big_photo_go_as_whatsapp_takes_them(clock, tmp_path):
    """A BMP as a PNG image, an XML form as a text/plain document under its own name, a
    6 MB JPEG as a document (images stop at 5 MB), a voice note as audio, a PDF as is.
    Before: uploaded as image/bmp and application/xml, which Meta's /media refuses (#100),
    and the 6 MB photo sent as an image (#131053): none reached the citizen."""
    bmp, xml = sample_file("escaneig.bmp").read_bytes(), sample_file("factura.xml").read_bytes()
    photo = sample_file("foto.jpg").read_bytes()
    big_photo = photo + b"\0" * (6 * 1024 * 1024)  # still a JPEG by its first bytes
    voice, pdf = sample_file("nota-veu.oga").read_bytes(), sample_file("certificat.pdf").read_bytes()

    async def scenario():
        async with whatsapp_desk(clock) as desk:
            got = await send_files(desk, tmp_path, [
                ("escaneig.bmp", bmp, "L'escaneig"), ("factura.xml", xml, ""), ("plànol.jpg", big_photo, ""),
                ("nota-veu.oga", voice, ""), ("certificat.pdf", pdf, "El certificat")])
            assert [(r.type, r.mime, r.file_name if r.type == "document" else None) for r in got] == [
                ("image", "image/png", None), ("document", "text/plain", "factura.xml"),
                ("document", "image/jpeg", "plànol.jpg"), ("audio", "audio/ogg", None),
                ("document", "application/pdf", "certificat.pdf")]
            scan = got[0]
            assert scan.file.startswith(PNG_SIGNATURE) and scan.text == "L'escaneig"
            assert (got[1].file, got[2].file, got[3].file, got[4].file) == (xml, big_photo, voice, pdf)
            from PySide6.QtGui import QImage
            assert QImage.fromData(scan.file).size().toTuple() == QImage.fromData(bmp).size().toTuple()

    asyncio.run(scenario())


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("expedient.zip", b"PK\x03\x04" + b"\0" * 100, UNSUPPORTED),
    ("sol·licitud.odt", b"PK\x03\x04" + b"\0" * 100, UNSUPPORTED),
    ("escaneig.bmp", b"BM" + b"\0" * 100, "the image could not be read to convert it for WhatsApp"),
])
def test_a_file_whatsapp_takes_in_no_form_fails_before_any_upload(clock, tmp_path, name, data, reason):
    async def scenario():
        async with whatsapp_desk(clock) as desk:
            await desk.sim.citizen_sends_text(MARTA, "Hola")
            uploads = len(desk.sim._media)
            (tmp_path / "f1").write_bytes(data)
            with pytest.raises(Undeliverable) as refused:
                await desk.gateway.send(outgoing(1, name, "L'expedient"), tmp_path)
            assert str(refused.value) == reason
            assert (len(desk.sim._media), desk.sim.sends, desk.sim.received(MARTA)) == (uploads, 0, [])

    asyncio.run(scenario())


def test_a_file_over_100_mb_fails_before_any_upload(clock, tmp_path):
    async def scenario():
        async with whatsapp_desk(clock) as desk:
            with (tmp_path / "f1").open("wb") as out:
                out.truncate(100 * 1024 * 1024 + 1)
            with pytest.raises(Undeliverable) as refused:
                await desk.gateway.send(outgoing(1, "arxiu.pdf"), tmp_path)
            assert str(refused.value) == TOO_BIG and desk.sim.sends == 0

    asyncio.run(scenario())


def test_the_simulated_media_endpoint_refuses_what_meta_refuses(clock):
    """/media: a BMP is Meta's error 100 with its list of types; an image message whose
    file is over 5 MB is 131053, as a document it goes."""
    async def scenario():
        async with whatsapp_desk(clock) as desk, aiohttp.ClientSession() as http:
            sim = desk.sim
            form = aiohttp.FormData({"messaging_product": "whatsapp", "type": "image/bmp"})
            form.add_field("file", b"BM" + b"\0" * 100, filename="escaneig.bmp", content_type="image/bmp")
            async with http.post(f"{sim.base_url}/{sim.phone_number_id}/media", data=form,
                                 headers={"Authorization": f"Bearer {sim.access_token}"}) as answer:
                error = (await answer.json())["error"]
            assert (answer.status, error["code"]) == (400, 100)
            assert error["message"].startswith("(#100) Param file must be a file with one of the following types: "
                                               "audio/aac, audio/mp4, ")
            assert error["message"].endswith("video/mp4, video/3gpp. Received file of type 'image/bmp'.")

            await sim.citizen_sends_text(MARTA, "Hola")
            big = await desk.gateway.graph.upload(b"\xff\xd8\xff" + b"\0" * (5 * 1024 * 1024), "foto.jpg",
                                                  "image/jpeg")
            with pytest.raises(Undeliverable) as refused:
                await desk.gateway.graph.send({"to": MARTA, "type": "image", "image": {"id": big}})
            assert str(refused.value) == "WhatsApp could not take the file"  # 131053
            assert await desk.gateway.graph.send({"to": MARTA, "type": "document",
                                                  "document": {"id": big, "filename": "foto.jpg"}})

    asyncio.run(scenario())
