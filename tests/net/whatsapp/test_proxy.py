"""Behind an outbound HTTP proxy, the usual way out of a town hall's network (HTTPS_PROXY,
HTTP_PROXY): the gateway reaches the Graph API through it, as the doctor does, for every
call: the token's check that puts it online, a send, a file upload, a citizen's file
fetched from its media URL. The API's host name resolves nowhere here: only the proxy
(a real one, in the test) reaches the simulated Cloud API."""

from __future__ import annotations

import asyncio

from deskclient.domain.messages import OutboundMessage
from deskclient.net.whatsapp.graph import proxy_for
from deskclient.resources import sample_file
from tests.net.whatsapp.conftest import MARTA, ForwardProxy, whatsapp_desk
from tests.waiting import until

API_HOST = "graph.example.invalid"


def behind(proxy: ForwardProxy, monkeypatch, tmp_path) -> None:
    """The proxy in the environment, NO_PROXY unset; and a ~/.netrc with a default entry,
    which a client that reads it (aiohttp's trust_env) would send beside the token."""
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "https_proxy", "http_proxy"):
        monkeypatch.setenv(name, proxy.url)
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    netrc = tmp_path / "netrc"
    netrc.write_text("default login anna password ftp-only\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))


def test_every_graph_call_goes_through_the_environments_proxy(clock, tmp_path, monkeypatch):
    pdf = sample_file("certificat.pdf").read_bytes()
    (tmp_path / "a1").write_bytes(pdf)

    async def scenario():
        proxy = ForwardProxy({API_HOST})
        await proxy.start()
        behind(proxy, monkeypatch, tmp_path)
        try:
            async with whatsapp_desk(clock, api_host=API_HOST) as desk:  # online: its token checked
                await desk.sim.citizen_sends_document(MARTA, pdf, "certificat.pdf", "application/pdf")
                await until(lambda: len(desk.listener.messages) == 1)
                size = await desk.gateway.download(desk.listener.messages[0].file, tmp_path / "got.pdf",
                                                   max_bytes=20_000_000)
                assert size == len(pdf)
                await desk.gateway.send(OutboundMessage(message_id=1, citizen_address=int(MARTA), text="Rebut",
                                                        random_id=901, file_path="a1",
                                                        file_name="justificant.pdf"), tmp_path)
                assert [m.type for m in desk.sim.received(MARTA)] == ["document"]
                return desk.sim.phone_number_id, proxy.seen
        finally:
            await proxy.stop()

    number, seen = asyncio.run(asyncio.wait_for(scenario(), 60))
    assert {host for _, host, _ in seen} == {API_HOST}
    calls = {(method, path.replace(f"/v21.0/{number}", "<number>")) for method, _, path in seen}
    assert {("GET", "<number>"), ("POST", "<number>/media"), ("POST", "<number>/messages")} <= calls
    assert any(method == "GET" and path.startswith("/media-download/") for method, path in calls)  # the file
    assert len(calls) == 5  # and the media id's URL asked for


def test_no_proxy_names_hosts_reached_straight(monkeypatch):
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    monkeypatch.setenv("NO_PROXY", "localhost,.example.org")
    assert proxy_for("https://graph.facebook.com/v21.0/1") == "http://proxy.example:3128"
    assert proxy_for("https://graph.example.org/v21.0/1") is None
    assert proxy_for("http://localhost:8090/v21.0/1") is None
