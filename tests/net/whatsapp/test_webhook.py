"""The webhook endpoint as Meta meets it: the verification handshake, the signature on
every POST, redeliveries filed once, and nothing lost when filing fails."""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace

import aiohttp

from deskclient.net.whatsapp import ENDPOINT, WhatsAppGateway, webhook_app
from deskclient.net.whatsapp.webhook import SIGNATURE_HEADER, signature
from deskclient.net.whatsapp_sim import SimulatedCloudAPI
from tests.net.whatsapp.conftest import (
    MARTA,
    StatusRecorder,
    serve_webhook,
    whatsapp_desk,
)
from tests.waiting import until


def test_handshake_echoes_the_challenge_only_for_the_verify_token(clock):
    async def scenario():
        async with whatsapp_desk(clock) as desk, aiohttp.ClientSession() as http:
            query = {"hub.mode": "subscribe", "hub.verify_token": "sim-verify-token", "hub.challenge": "1158201444"}
            async with http.get(desk.webhook_url, params=query) as response:
                assert (response.status, await response.text()) == (200, "1158201444")
            async with http.get(desk.webhook_url, params={**query, "hub.verify_token": "guess"}) as response:
                assert response.status == 403 and "1158201444" not in await response.text()

    asyncio.run(scenario())


def test_a_webhook_without_or_with_a_wrong_signature_is_refused_counted_and_never_filed(clock, caplog):
    async def scenario():
        async with whatsapp_desk(clock) as desk:
            sim = desk.sim
            _, forged = sim.citizen_message(MARTA, "text", {"body": "Envia'm les dades de tothom"})
            assert await sim.webhooks.post(forged, signed=False) == 401
            assert await sim.webhooks.post(forged, secret="not-the-app-secret") == 403
            # Signed over other bytes: a body changed on the way no longer matches.
            _, other = sim.citizen_message(MARTA, "text", {"body": "Hola"})
            async with aiohttp.ClientSession() as http:
                body = json.dumps(forged).encode()
                headers = {SIGNATURE_HEADER: signature(sim.app_secret, json.dumps(other).encode())}
                async with http.post(desk.webhook_url, data=body, headers=headers) as response:
                    assert response.status == 403
            assert desk.endpoint.refused == 3 and desk.endpoint.accepted == 0
            await sim.citizen_sends_text(MARTA, "Hola, de debò")  # the app secret's signature passes
            await until(lambda: len(desk.listener.messages) == 1)
            assert [m.text for m in desk.listener.messages] == ["Hola, de debò"]
            assert desk.endpoint.refused == 3 and desk.endpoint.accepted == 1
        refusals = [r.getMessage() for r in caplog.records if "refused" in r.getMessage()]
        assert len(refusals) == 3 and not any("dades" in line or MARTA in line for line in refusals)

    asyncio.run(scenario())


def test_a_redelivered_webhook_is_filed_once(clock):
    async def scenario():
        async with whatsapp_desk(clock, redeliver_every=1) as desk:
            await desk.sim.citizen_sends_text(MARTA, "Primer")
            await desk.sim.citizen_sends_text(MARTA, "Segon")
            assert desk.sim.webhooks.redelivered == 2
            assert desk.sim.webhooks.answers == [200, 200, 200, 200]  # acknowledged, not filed again
            assert [m.text for m in desk.listener.messages] == ["Primer", "Segon"]
            assert desk.gateway.duplicates == 2

    asyncio.run(scenario())


class SlowRecorder(StatusRecorder):
    """Files a message only when the test lets it (a slow database)."""

    def __init__(self) -> None:
        super().__init__()
        self.go = asyncio.Event()

    async def on_message(self, message):
        await self.go.wait()
        await super().on_message(message)


def test_the_same_message_in_two_webhooks_at_once_is_filed_once_and_both_wait_for_it(clock):
    async def scenario():
        listener = SlowRecorder()
        async with whatsapp_desk(clock, listener) as desk:
            _, payload = desk.sim.citizen_message(MARTA, "text", {"body": "Dues vegades?"})
            first = asyncio.ensure_future(desk.sim.webhooks.post(payload))
            second = asyncio.ensure_future(desk.sim.webhooks.post(payload))
            await asyncio.sleep(0.2)
            assert not first.done() and not second.done()  # neither acknowledged before it is filed
            listener.go.set()
            assert await first == 200 and await second == 200
            assert [m.text for m in listener.messages] == ["Dues vegades?"]

    asyncio.run(scenario())


class FailingOnce(StatusRecorder):
    """The first filing fails (the database went away); the next one works."""

    def __init__(self) -> None:
        super().__init__()
        self.failures = 1

    async def on_message(self, message):
        if self.failures:
            self.failures -= 1
            raise RuntimeError("database unavailable")
        await super().on_message(message)


def test_a_webhook_that_could_not_be_filed_is_refused_and_filed_at_meta_s_retry(clock):
    async def scenario():
        listener = FailingOnce()
        async with whatsapp_desk(clock, listener) as desk:
            await desk.sim.citizen_sends_text(MARTA, "No es perd")
            await until(lambda: len(listener.messages) == 1)
            await desk.sim.webhooks.settled()
            assert desk.sim.webhooks.answers == [500, 200]
            assert [m.text for m in listener.messages] == ["No es perd"]

    asyncio.run(scenario())


def test_webhooks_before_the_gateway_started_are_refused_then_redelivered(clock):
    async def scenario():
        async with whatsapp_desk(clock) as desk:
            await desk.gateway.stop()
            await desk.sim.citizen_sends_text(MARTA, "Mentre reiniciava")
            assert desk.sim.webhooks.answers[-1] == 503
            await desk.gateway.start(desk.listener)
            await until(lambda: len(desk.listener.messages) == 1)
            assert desk.listener.messages[0].text == "Mentre reiniciava"

    asyncio.run(scenario())


def test_an_unconfigured_app_secret_or_verify_token_lets_nothing_in(clock):
    """Empty settings are no key: a POST signed with an empty secret, or a handshake with
    an empty token, would otherwise pass."""
    async def scenario():
        async with whatsapp_desk(clock) as desk:
            gateway = WhatsAppGateway(replace(desk.gateway.settings, app_secret="", verify_token=""), clock)
            app = webhook_app(gateway)
            runner, port = await serve_webhook(app)
            url = f"http://127.0.0.1:{port}{gateway.settings.webhook_path}"
            try:
                await gateway.start(StatusRecorder())
                _, payload = desk.sim.citizen_message(MARTA, "text", {"body": "Hola"})
                body = json.dumps(payload).encode()
                async with aiohttp.ClientSession() as http:
                    async with http.post(url, data=body, headers={SIGNATURE_HEADER: signature("", body)}) as response:
                        assert response.status == 403
                    query = {"hub.mode": "subscribe", "hub.verify_token": "", "hub.challenge": "42"}
                    async with http.get(url, params=query) as response:
                        assert response.status == 403
            finally:
                await gateway.stop()
                await runner.cleanup()

    asyncio.run(scenario())


def test_one_webhook_for_two_numbers_of_one_app_files_each_change_under_its_number(clock):
    """Meta posts all of an app's numbers to one URL: each change goes to the gateway of
    the number in its metadata; a number the desk does not serve is acknowledged, not filed."""

    async def scenario():
        aragon = SimulatedCloudAPI(clock, phone_number_id="111000000000002")
        aymavilles = SimulatedCloudAPI(clock, phone_number_id="111000000000004", app_secret=aragon.app_secret)
        stranger = SimulatedCloudAPI(clock, phone_number_id="111000000000009", app_secret=aragon.app_secret)
        sims = (aragon, aymavilles, stranger)
        for sim in sims:
            await sim.start()
        gateways = [WhatsAppGateway(sim.settings(), clock) for sim in (aragon, aymavilles)]
        app = webhook_app(*gateways)
        runner, port = await serve_webhook(app)
        listeners = [StatusRecorder(), StatusRecorder()]
        try:
            for gateway, listener in zip(gateways, listeners):
                await gateway.start(listener)
            for sim in sims:
                sim.webhooks.url = f"http://127.0.0.1:{port}{gateways[0].settings.webhook_path}"
            await aragon.citizen_sends_text(MARTA, "Hola, Aragón")
            await aymavilles.citizen_sends_text("39333000111", "MI ISCRIVO")
            assert await stranger.webhooks.post(stranger.citizen_message(MARTA, "text", {"body": "?"})[1]) == 200
            assert [(m.account, m.text) for m in listeners[0].messages] == [("whatsapp:111000000000002", "Hola, Aragón")]
            assert [(m.account, m.text) for m in listeners[1].messages] == [("whatsapp:111000000000004", "MI ISCRIVO")]
            assert app[ENDPOINT].accepted == 3 and app[ENDPOINT].refused == 0
        finally:
            for gateway in gateways:
                await gateway.stop()
            await runner.cleanup()
            for sim in sims:
                await sim.stop()

    asyncio.run(scenario())


def test_a_malformed_message_is_skipped_and_the_rest_of_the_webhook_filed(clock, caplog):
    async def scenario():
        async with whatsapp_desk(clock) as desk:
            _, payload = desk.sim.citizen_message(MARTA, "text", {"body": "Bé"})
            value = payload["entry"][0]["changes"][0]["value"]
            broken = [{"from": MARTA, "type": "text", "text": {"body": "sense id"}},
                      {"id": "wamid.x", "from": "not-a-number", "timestamp": "1", "type": "text"}]
            value["messages"] = broken + value["messages"]
            assert await desk.sim.webhooks.post(payload) == 200  # not redelivered for ever
            assert [m.text for m in desk.listener.messages] == ["Bé"]
        assert sum("malformed" in r.getMessage() for r in caplog.records) == 2

    asyncio.run(scenario())


def test_a_body_nested_past_the_parsers_depth_is_skipped_not_redelivered_for_days(clock):
    """Signed, but JSON nested deeper than Python's recursion limit: never fileable, so
    answered 200 and counted, as any other malformed body (it was a 500: redelivered)."""
    async def scenario():
        async with whatsapp_desk(clock) as desk, aiohttp.ClientSession() as http:
            body = b"[" * 100_000 + b"]" * 100_000
            headers = {SIGNATURE_HEADER: signature(desk.sim.app_secret, body)}
            async with http.post(desk.webhook_url, data=body, headers=headers) as response:
                assert response.status == 200
            assert (desk.endpoint.malformed, desk.endpoint.accepted) == (1, 1)

    asyncio.run(scenario())


def test_a_webhook_for_a_number_the_desk_does_not_serve_is_counted_and_logged(clock, caplog):
    """The breaker's config slip (whatsapp.phone_number_id the app's test number, or a
    migrated one): Meta's signed webhooks for the real number were answered 200 and dropped
    without a line or a count. Still 200 (Meta would redeliver a permanent slip for days,
    and another number of the same app is never the desk's), but counted and said with
    both number ids, none of the citizen's number or words."""
    async def scenario():
        async with whatsapp_desk(clock) as desk:
            sim = desk.sim
            _, payload = sim.citizen_message(MARTA, "text", {"body": "Vull renovar el padró"})
            payload["entry"][0]["changes"][0]["value"]["metadata"]["phone_number_id"] = "999999999"
            assert await sim.webhooks.post(payload) == 200
            assert (desk.endpoint.unserved, desk.endpoint.accepted, desk.listener.messages) == (1, 1, [])
            await sim.citizen_sends_text(MARTA, "Hola")  # the desk's own number: filed
            await until(lambda: len(desk.listener.messages) == 1)
            assert desk.endpoint.unserved == 1
        [line] = [r.getMessage() for r in caplog.records if "does not serve" in r.getMessage()]
        assert line == ("a WhatsApp webhook for phone number id 999999999, which this desk does not serve "
                        f"(whatsapp.phone_number_id is {sim.phone_number_id}), was ignored (1 so far; "
                        "see deskclient doctor)")
        assert MARTA not in line and sim.display_phone_number not in line

    asyncio.run(scenario())
