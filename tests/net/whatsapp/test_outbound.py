"""What the desk sends a citizen on WhatsApp: text, files, replies and templates through
the real gateway to the simulated Cloud API, each tagged with its outbox id and followed
by status webhooks; the 24-hour window and the documented error codes."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta

import pytest
from aiohttp import web

from deskclient.domain.messages import OutboundMessage, TemplateRef
from deskclient.net.gateway import (
    ConnectionState,
    GatewayError,
    NotSent,
    Offline,
    RateLimited,
    RecipientGone,
    Undeliverable,
)
from deskclient.net.whatsapp import WhatsAppGateway, message_key, webhook_app
from deskclient.net.whatsapp_sim import SimulatedCloudAPI
from deskclient.resources import sample_file
from tests.net.whatsapp.conftest import (
    MARTA,
    StatusRecorder,
    serve_webhook,
    whatsapp_desk,
)
from tests.waiting import until


def outgoing(message_id: int, text: str = "", **fields) -> OutboundMessage:
    return OutboundMessage(message_id=message_id, citizen_address=int(MARTA), text=text,
                           random_id=900 + message_id, **fields)


def test_text_reply_goes_out_tagged_and_its_statuses_come_back(clock, tmp_path):
    async def scenario():
        async with whatsapp_desk(clock) as desk:
            question = await desk.sim.citizen_sends_text(MARTA, "Quan caduca el certificat?")
            receipt = await desk.gateway.send(
                outgoing(41, "Als quatre anys de l'emissió.", reply_to_external_id=question), tmp_path)
            [got] = desk.sim.received(MARTA)
            assert (got.type, got.text, got.reply_to) == ("text", "Als quatre anys de l'emissió.", question)
            assert got.callback_data == "41"
            assert receipt.external_id == got.wamid and receipt.channel_message_id == message_key(got.wamid)
            await until(lambda: [s.state for s in desk.listener.statuses] == ["sent", "delivered"])
            await desk.sim.citizen_reads(MARTA, got)
            await until(lambda: len(desk.listener.statuses) == 3)
            for status in desk.listener.statuses:
                assert (status.outbox_id, status.channel_message_id, status.external_id) == (41, receipt.channel_message_id, got.wamid)
                assert status.citizen_address == int(MARTA) and status.error_code is None
            assert desk.listener.statuses[-1].state == "read"

    asyncio.run(scenario())


def test_files_are_uploaded_then_sent_by_media_id(clock, tmp_path):
    pdf, photo = sample_file("certificat.pdf").read_bytes(), sample_file("foto.jpg").read_bytes()
    (tmp_path / "a1").write_bytes(pdf)
    (tmp_path / "a2").write_bytes(photo)

    async def scenario():
        async with whatsapp_desk(clock) as desk:
            await desk.sim.citizen_sends_text(MARTA, "M'envieu el justificant?")
            await desk.gateway.send(outgoing(7, "El justificant", file_path="a1", file_name="justificant.pdf"),
                                    tmp_path)
            await desk.gateway.send(outgoing(8, "", file_path="a2", file_name="plànol.jpg"), tmp_path)
            document, image = desk.sim.received(MARTA)
            assert (document.type, document.file_name, document.mime) == ("document", "justificant.pdf", "application/pdf")
            assert document.file == pdf and document.text == "El justificant"
            assert (image.type, image.mime, image.file) == ("image", "image/jpeg", photo)

    asyncio.run(scenario())


def test_after_24_hours_free_text_fails_with_131047_and_an_approved_template_goes_out(clock, tmp_path):
    async def scenario():
        async with whatsapp_desk(clock) as desk:
            desk.sim.approve_template("tancament", "ca", parameters=1)
            await desk.sim.citizen_sends_text(MARTA, "Gràcies")
            clock.advance(timedelta(hours=23, minutes=59))
            await desk.gateway.send(outgoing(1, "Encara dins la finestra"), tmp_path)
            clock.advance(timedelta(minutes=2))
            receipt = await desk.gateway.send(outgoing(2, "Ja fora de la finestra"), tmp_path)
            await until(lambda: any(s.state == "failed" for s in desk.listener.statuses))
            [failed] = [s for s in desk.listener.statuses if s.state == "failed"]
            assert (failed.outbox_id, failed.channel_message_id, failed.error_code) == (2, receipt.channel_message_id, 131047)
            assert "24 hours" in failed.reason
            assert [r.text for r in desk.sim.received(MARTA)] == ["Encara dins la finestra"]

            template = TemplateRef("tancament", "ca", ("2026-000123",))
            await desk.gateway.send(outgoing(3, "ignored", template=template, notice="closing"), tmp_path)
            assert desk.sim.received(MARTA)[-1].template == ("tancament", "ca", ("2026-000123",))
            with pytest.raises(Undeliverable, match="no approved template"):  # 132001
                await desk.gateway.send(outgoing(4, template=TemplateRef("tancament", "es", ("x",))), tmp_path)
            with pytest.raises(Undeliverable, match="parameters"):  # 132000
                await desk.gateway.send(outgoing(5, template=TemplateRef("tancament", "ca")), tmp_path)
            assert len(desk.sim.received(MARTA)) == 2

    asyncio.run(scenario())


@pytest.mark.parametrize("code, http_status, error, wait", [
    (130429, 400, RateLimited, 60), (131056, 400, RateLimited, 6), (131026, 400, RecipientGone, None),
    (100, 400, Undeliverable, None), (131000, 500, GatewayError, None), (10, 403, GatewayError, None)])
def test_documented_errors_map_to_the_gateway_s(clock, tmp_path, code, http_status, error, wait):
    async def scenario():
        async with whatsapp_desk(clock) as desk:
            await desk.sim.citizen_sends_text(MARTA, "Hola")
            desk.sim.fail_next(code, http_status)
            with pytest.raises(GatewayError) as raised:
                await desk.gateway.send(outgoing(1, "Resposta"), tmp_path)
            assert type(raised.value) is error  # a plain GatewayError: the outbox tries again
            if wait is not None:
                assert raised.value.seconds == wait
            await desk.gateway.send(outgoing(1, "Resposta"), tmp_path)  # the next try goes through
            assert [r.text for r in desk.sim.received(MARTA)] == ["Resposta"]

    asyncio.run(scenario())


def test_a_revoked_token_holds_sends_as_offline_until_it_is_valid_again(clock, tmp_path):
    async def scenario():
        async with whatsapp_desk(clock) as desk:
            await desk.sim.citizen_sends_text(MARTA, "Hola")
            good = desk.sim.access_token
            desk.sim.revoke_token()
            with pytest.raises(Offline):
                await desk.gateway.send(outgoing(1, "Resposta"), tmp_path)
            await until(lambda: desk.gateway.state is ConnectionState.LOGGED_OUT)
            with pytest.raises(Offline):  # not even tried while the token is refused
                await desk.gateway.send(outgoing(1, "Resposta"), tmp_path)
            desk.sim.access_token = good
            await desk.gateway.wait_online(timeout=5)
            await desk.gateway.send(outgoing(1, "Resposta"), tmp_path)
            assert [r.text for r in desk.sim.received(MARTA)] == ["Resposta"]
            assert desk.listener.states[-2:] == [ConnectionState.CONNECTING, ConnectionState.ONLINE]

    asyncio.run(scenario())


def test_the_api_out_of_reach_is_offline(clock, tmp_path):
    async def scenario():
        async with whatsapp_desk(clock) as desk:
            await desk.sim.citizen_sends_text(MARTA, "Hola")
            desk.gateway.graph.settings = replace(desk.gateway.settings, api_base_url="http://127.0.0.1:9/v21.0")
            with pytest.raises(Offline):
                await desk.gateway.send(outgoing(1, "Resposta"), tmp_path)
            await until(lambda: desk.gateway.state is ConnectionState.OFFLINE)

    asyncio.run(scenario())



def test_statuses_of_a_send_made_just_before_a_crash_reach_the_desk_started_again(clock, tmp_path):
    """The desk dies right after Meta took a send, before any status: Meta keeps the
    status webhooks until the desk's URL answers again, and they name the outbox id, so
    the outbox can settle the send instead of sending it twice."""

    async def desk_on(sim, port: int):
        gateway = WhatsAppGateway(sim.settings(), clock)
        runner = web.AppRunner(webhook_app(gateway), access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", port)
        await site.start()
        listener = StatusRecorder()
        await gateway.start(listener)
        await gateway.wait_online()
        return gateway, runner, listener, site._server.sockets[0].getsockname()[1]

    async def scenario():
        sim = SimulatedCloudAPI(clock, auto_statuses=False)
        await sim.start()
        try:
            gateway, runner, _, port = await desk_on(sim, 0)
            sim.webhooks.url = f"http://127.0.0.1:{port}{gateway.settings.webhook_path}"
            await sim.citizen_sends_text(MARTA, "Hola")
            receipt = await gateway.send(outgoing(77, "Resposta"), tmp_path)
            await gateway.stop()
            await runner.cleanup()  # killed: nothing listens on the webhook's port
            [got] = sim.received(MARTA)
            assert await sim.deliver_status(MARTA, got, "delivered") == 0
            gateway, runner, listener, _ = await desk_on(sim, port)  # started again
            try:
                await until(lambda: listener.statuses, timeout=15)
                [status] = listener.statuses
                assert (status.state, status.outbox_id, status.channel_message_id) == ("delivered", 77, receipt.channel_message_id)
                assert len(sim.received(MARTA)) == 1
            finally:
                await gateway.stop()
                await runner.cleanup()
        finally:
            await sim.stop()

    asyncio.run(scenario())


def test_an_answer_that_is_not_the_graph_api_s_is_tried_again_not_failed(clock, tmp_path):
    """A proxy's or a wrong address's 404 page: nothing says the message is bad."""

    async def scenario():
        async with whatsapp_desk(clock) as desk:
            await desk.sim.citizen_sends_text(MARTA, "Hola")
            desk.gateway.graph.settings = replace(desk.gateway.settings, api_base_url=desk.sim.origin + "/v0")
            with pytest.raises(GatewayError) as raised:
                await desk.gateway.send(outgoing(1, "Resposta"), tmp_path)
            assert type(raised.value) is GatewayError and raised.value.retry
            assert "HTTP 404" in str(raised.value)

    asyncio.run(scenario())


def test_a_refusal_meta_answered_is_not_sent_but_a_proxy_s_timeout_may_have_gone(clock, tmp_path):
    """An error body (an expired token's 190 too) is Meta's answer before taking the
    message: free to go again at once. A proxy's 504 without one is a timeout: Meta may
    have taken it, so it is not said to be unsent (the outbox waits for its status)."""

    async def gateway_timeout(request):
        await request.read()
        return web.Response(status=504, text="<html>Gateway Time-out</html>", content_type="text/html")

    async def scenario():
        proxy = web.Application()
        proxy.router.add_route("*", "/{tail:.*}", gateway_timeout)
        runner, port = await serve_webhook(proxy)
        try:
            async with whatsapp_desk(clock) as desk:
                await desk.sim.citizen_sends_text(MARTA, "Hola")
                reachable = desk.gateway.graph.settings
                desk.gateway.graph.settings = replace(reachable, api_base_url=f"http://127.0.0.1:{port}/v21.0")
                with pytest.raises(Offline) as raised:
                    await desk.gateway.send(outgoing(1, "Resposta"), tmp_path)
                assert not isinstance(raised.value, NotSent)
                desk.gateway.graph.settings = reachable
                await desk.gateway.wait_online(timeout=5)
                desk.sim.revoke_token()
                with pytest.raises(NotSent):
                    await desk.gateway.send(outgoing(2, "Resposta"), tmp_path)
                assert desk.sim.received(MARTA) == []
        finally:
            await runner.cleanup()

    asyncio.run(scenario())
