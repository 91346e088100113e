"""Issue 16 item 5: `deskclient doctor` checks WhatsApp — the token against the (simulated)
Graph API when online, the webhook path answering the verification handshake locally,
the public URL being HTTPS — and says each problem with its fix."""

from __future__ import annotations

import urllib.request
from contextlib import contextmanager

import pytest

from deskclient.config import load_config
from deskclient.doctor import Severity, run_doctor
from deskclient.doctor_whatsapp import check_whatsapp
from deskclient.domain.clock import SystemClock
from deskclient.net.webhook_server import WebhookServer
from deskclient.net.whatsapp import WhatsAppGateway, webhook_app
from deskclient.whatsapp_config import whatsapp_settings
from tests.net.whatsapp.conftest import ForwardProxy
from tests.net.whatsapp.test_proxy import API_HOST, behind
from tests.test_serve_whatsapp import SimulatorThread, free_port


@pytest.fixture
def simulator():
    running = SimulatorThread()
    yield running
    running.stop()


def whatsapp_config(tmp_path, sim, port, config_file=None, **changes):
    values = {"paths.data_dir": str(tmp_path / "data"), "whatsapp.phone_number_id": sim.phone_number_id,
              "whatsapp.business_account_id": sim.business_account_id, "whatsapp.access_token": sim.access_token,
              "whatsapp.app_secret": sim.app_secret, "whatsapp.verify_token": "doctor-verify",
              "whatsapp.api_base_url": sim.base_url, "whatsapp.webhook_url": "https://desk.example.org/hook",
              "whatsapp.listen": f"127.0.0.1:{port}", **changes}
    return load_config(config_file, overrides=values)


def summary(findings, severity):
    return [f.summary for f in findings if f.severity is severity]


def test_off_is_said_and_nothing_is_contacted(tmp_path):
    findings = check_whatsapp(load_config(overrides={"paths.data_dir": str(tmp_path)}), timeout=1)
    assert [(f.severity, f.summary) for f in findings] == [
        (Severity.INFO, "WhatsApp is off (whatsapp.phone_number_id is not set)")]


def test_a_good_token_and_no_service_running(tmp_path, simulator):
    config = whatsapp_config(tmp_path, simulator.sim, free_port())
    findings = [f for f in run_doctor(config, connect_timeout=2) if f.check == "WhatsApp"]
    assert summary(findings, Severity.OK) == [
        f"the access token is accepted for phone number id {simulator.sim.phone_number_id}",
        f"phone number id {simulator.sim.phone_number_id} (34976000000, Simulated desk) is one of WhatsApp "
        f"Business Account {simulator.sim.business_account_id}'s numbers"]
    [warning] = [f for f in findings if f.severity is Severity.WARNING]
    assert warning.summary.startswith("nothing answers the webhook at 127.0.0.1:") and warning.fix


def test_a_revoked_token_is_an_error_and_offline_does_not_ask(tmp_path, simulator):
    config = whatsapp_config(tmp_path, simulator.sim, free_port())
    simulator.sim.revoke_token()
    [error] = [f for f in check_whatsapp(config, timeout=2) if f.severity is Severity.ERROR]
    assert error.summary.startswith("the Graph API refused the access token") and "system user" in error.fix
    offline = check_whatsapp(config, timeout=2, offline=True)
    assert "the access token: not checked (--offline)" in summary(offline, Severity.INFO)
    assert not summary(offline, Severity.ERROR)


@contextmanager
def running_webhook(simulator, port: int, path: str = "/hook"):
    """The service's webhook server on 127.0.0.1:`port` (at `path`, verify token doctor-verify)."""
    gateway = WhatsAppGateway(simulator.sim.settings(verify_token="doctor-verify", webhook_path=path),
                              SystemClock())
    server = WebhookServer(webhook_app(gateway), "127.0.0.1", port)
    simulator.run(server.start())
    try:
        yield
    finally:
        simulator.run(server.stop())
        simulator.run(gateway.graph.close())


def test_the_running_webhook_answers_and_a_wrong_verify_token_is_named(tmp_path, simulator):
    port = free_port()
    config = whatsapp_config(tmp_path, simulator.sim, port)
    with running_webhook(simulator, port):
        findings = check_whatsapp(config, timeout=2)
        assert f"the webhook at 127.0.0.1:{port}/hook answers the verification handshake" in \
            summary(findings, Severity.OK)
        wrong = whatsapp_config(tmp_path, simulator.sim, port, **{"whatsapp.verify_token": "other"})
        assert f"the webhook at 127.0.0.1:{port}/hook refuses this verify token" in \
            summary(check_whatsapp(wrong, timeout=2), Severity.ERROR)


@pytest.mark.parametrize("typed", ["/webhooks/whats app", "/webhooks/whats%20app"])
def test_a_webhook_path_with_a_space_is_checked_where_it_is_served(tmp_path, simulator, typed):
    """The breaker's leftover: a space in the URL's path (typed as it is, or as %20) was
    served, but the doctor put it raw in its request ("the check itself failed:
    InvalidURL"); and "%20" typed was served literally, where Meta's requests never match."""
    port = free_port()
    config = whatsapp_config(tmp_path, simulator.sim, port,
                             **{"whatsapp.webhook_url": f"https://desk.example.org{typed}"})
    served = whatsapp_settings(config).webhook_path
    assert served == "/webhooks/whats app"
    with running_webhook(simulator, port, served):
        findings = check_whatsapp(config, timeout=2, offline=True)
    assert f"the webhook at 127.0.0.1:{port}/webhooks/whats app answers the verification handshake" in \
        summary(findings, Severity.OK)
    assert not summary(findings, Severity.ERROR)


def test_a_number_id_the_token_takes_but_not_the_accounts_is_an_error_naming_its_numbers(tmp_path, simulator):
    """The breaker's slip: whatsapp.phone_number_id the app's test number, which the token
    is valid for too (so the token check passed), while Meta's webhooks for the number
    citizens write to were dropped. GET /{waba-id}/phone_numbers names the account's
    numbers; the right id is OK with the account's other numbers, whose webhooks the desk
    ignores, named."""
    sim = simulator.sim
    sim.add_number("115550000000001", "+1 555-013-4567", "Test Number", account="100000000000999")
    config = whatsapp_config(tmp_path, sim, free_port(), **{"whatsapp.phone_number_id": "115550000000001"})
    findings = check_whatsapp(config, timeout=2)
    assert "the access token is accepted for phone number id 115550000000001" in summary(findings, Severity.OK)
    [error] = summary(findings, Severity.ERROR)
    assert error == (f"phone number id 115550000000001 is not one of WhatsApp Business Account "
                     f"{sim.business_account_id}'s numbers, so the webhooks of the number citizens write to are "
                     f"ignored; the account's numbers: {sim.phone_number_id} (34976000000, Simulated desk)")
    sim.add_number("106540352240000", "34976000001", "Registre")
    right = check_whatsapp(whatsapp_config(tmp_path, sim, free_port()), timeout=2)
    assert not summary(right, Severity.ERROR)
    assert (f"phone number id {sim.phone_number_id} (34976000000, Simulated desk) is one of WhatsApp Business "
            f"Account {sim.business_account_id}'s numbers; its other numbers, whose webhooks this desk ignores: "
            "106540352240000 (34976000001, Registre)") in summary(right, Severity.OK)


def test_a_webhook_url_without_https_and_a_missing_secret(tmp_path, simulator):
    plain = whatsapp_config(tmp_path, simulator.sim, free_port(), **{"whatsapp.webhook_url": "http://desk/hook"})
    assert any("is not HTTPS" in s for s in summary(check_whatsapp(plain, timeout=2, offline=True), Severity.ERROR))
    missing = whatsapp_config(tmp_path, simulator.sim, free_port(), **{"whatsapp.app_secret": ""})
    [error] = check_whatsapp(missing, timeout=2)
    assert error.severity is Severity.ERROR and "whatsapp.app_secret is not set" in error.summary


def test_a_token_in_a_keyring_this_machine_has_not_says_how_to_store_it(tmp_path, simulator):
    config = whatsapp_config(tmp_path, simulator.sim, free_port(), **{"whatsapp.access_token": "keyring"})
    [error] = check_whatsapp(config, timeout=2)
    assert "the OS keyring could not be read" in error.summary
    assert f"keyring set deskclient whatsapp:{simulator.sim.phone_number_id}" in error.fix


def test_a_whatsapp_only_desk_is_not_a_demo_machine(tmp_path, simulator):
    config = whatsapp_config(tmp_path, simulator.sim, free_port())
    [telegram] = [f for f in run_doctor(config, connect_timeout=1, offline=True) if f.check == "Telegram"]
    assert (telegram.severity, telegram.summary) == (
        Severity.INFO, "Telegram is not configured: this desk answers WhatsApp only")


TEMPLATES = """
[whatsapp.templates.opening]
name = "ticket_opened"
languages = { ca = "ca", es = "es", eu = "eu" }
parameters = ["ticket"]

[whatsapp.templates.seguiment]
name = "seguiment"
languages = { ca = "ca" }
parameters = ["text"]

[whatsapp.templates.closing]
name = "tancament"
languages = { ca = "ca", es = "ca" }
"""


def test_each_configured_template_is_checked_approved_in_each_language(tmp_path, simulator):
    """GET /{waba-id}/message_templates (two pages of them): a template still pending,
    one whose body takes another number of parameters, one missing, each named with its
    [whatsapp.templates] use and language code; once all are approved, one OK line."""
    sim = simulator.sim
    for n in range(120):  # other teams' templates: the list comes in pages
        sim.approve_template(f"altre_{n:03}", "es", 1)
    sim.approve_template("ticket_opened", "ca", 1)
    sim.approve_template("ticket_opened", "es", 1)
    sim.submit_template("ticket_opened", "eu", 1, status="PENDING")
    sim.approve_template("seguiment", "ca", 2)
    (tmp_path / "templates.toml").write_text(TEMPLATES)

    def config(**changes):
        return whatsapp_config(tmp_path, sim, free_port(), tmp_path / "templates.toml", **changes)

    [error] = [f for f in check_whatsapp(config(), timeout=5) if f.severity is Severity.ERROR]
    assert error.summary == (
        "WhatsApp will refuse these templates: [whatsapp.templates.closing] tancament (ca): not in WhatsApp Manager; "
        "[whatsapp.templates.opening] ticket_opened (eu): PENDING; "
        "[whatsapp.templates.seguiment] seguiment (ca): its body takes 2 parameters, 1 configured")
    assert "WhatsApp Manager" in error.fix

    sim.approve_template("ticket_opened", "eu", 1)
    sim.approve_template("seguiment", "ca", 1)
    sim.approve_template("tancament", "ca", 0)
    findings = check_whatsapp(config(), timeout=5)
    assert not summary(findings, Severity.ERROR)
    assert "the 5 configured templates are approved in WhatsApp Manager" in summary(findings, Severity.OK)

    [wrong] = [f for f in check_whatsapp(config(**{"whatsapp.business_account_id": "999"}), timeout=5)
               if f.severity is Severity.ERROR]
    assert wrong.summary == "the Graph API answered 400 for the templates of WhatsApp Business Account 999 (error 100)"
    assert "whatsapp.business_account_id" in wrong.fix


def test_behind_a_proxy_the_token_goes_through_it_and_the_local_webhook_does_not(tmp_path, simulator,
                                                                                 monkeypatch):
    """HTTPS_PROXY set, NO_PROXY not (the breaker's town hall): the token is checked through
    the proxy, as the service's calls go; the webhook on this machine's port is asked
    straight, not through a proxy that would answer 502 for it."""
    proxy = ForwardProxy({API_HOST})
    simulator.run(proxy.start())
    behind(proxy, monkeypatch, tmp_path)
    monkeypatch.setattr(urllib.request, "_opener", None)  # urlopen's opener reads the env when made
    port = free_port()
    config = whatsapp_config(tmp_path, simulator.sim, port, **{
        "whatsapp.api_base_url": simulator.sim.base_url.replace("127.0.0.1", API_HOST)})
    try:
        with running_webhook(simulator, port):
            findings = check_whatsapp(config, timeout=2)
    finally:
        simulator.run(proxy.stop())
    assert summary(findings, Severity.OK)[::2] == [
        f"the access token is accepted for phone number id {simulator.sim.phone_number_id}",
        f"the webhook at 127.0.0.1:{port}/hook answers the verification handshake"]
    assert {host for _, host, _ in proxy.seen} == {API_HOST}
