"""Issue 16: a send interrupted by kill -9 is not sent twice on WhatsApp, where sends are
not idempotent. A real `deskclient serve` subprocess (Telegram on the simulated Telegram,
WhatsApp on the simulated Cloud API, which runs here in a thread of its own and can be
slow to answer) is killed with SIGKILL while its opening message is on the wire, then
started again: the citizen receives the message exactly once, whether Meta had taken
it (its status webhook, retried until the desk answers, settles it) or not (sent again
once the in-flight wait has run out)."""

from __future__ import annotations

import asyncio
import socket
import threading
import time

from deskclient.domain.clock import SystemClock
from deskclient.domain.messages import SystemNotice
from deskclient.net.whatsapp_sim import SimulatedCloudAPI
from tests.simulator import sim_process  # noqa: F401 (the fixture)
from tests.system.serve_nodes import open_store, serve_node, wait_for

LUCIA = "34976554433"


class CloudAPIThread:
    """The simulated Cloud API on an event loop of its own (the test itself is plain
    blocking code, like the processes it watches)."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.api = SimulatedCloudAPI(SystemClock())
        self.api.webhooks.retry_delay = 0.5  # Meta retries an unanswered webhook for days
        self.api.webhooks.tries = 240
        self.call(self.api.start())

    def call(self, coroutine, timeout: float = 30):
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def stop(self) -> None:
        self.call(self.api.stop())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)

    def received(self, wa_id: str) -> list:
        return list(self.api.received(wa_id))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def whatsapp_serve(tmp_path, telegram, cloud: CloudAPIThread, url: str, *extra: str):
    settings = cloud.api.settings()
    port = free_port()
    cloud.api.webhooks.url = f"http://127.0.0.1:{port}{settings.webhook_path}"
    return serve_node("server", tmp_path, telegram, url,
                      "--set", f"whatsapp.phone_number_id={settings.phone_number_id}",
                      "--set", f"whatsapp.business_account_id={settings.business_account_id}",
                      "--set", f"whatsapp.access_token={settings.access_token}",
                      "--set", f"whatsapp.app_secret={settings.app_secret}",
                      "--set", f"whatsapp.verify_token={settings.verify_token}",
                      "--set", f"whatsapp.api_base_url={settings.api_base_url}",
                      "--set", f"whatsapp.listen=127.0.0.1:{port}", *extra)


def openings(store):
    m = store.m
    return list(m.Message.select().where(m.Message.notice == SystemNotice.OPENING.value))


def run_kill_scenario(tmp_path, telegram, *, slow: str, extra: tuple[str, ...] = (), url: str | None = None):
    """The citizen writes; the desk's opening message meets a slow API (`slow`:
    "answer", taken and then answered late; "take", not yet taken); the desk is killed
    meanwhile and started again. Returns what the citizen received and the store.
    `url`: the store (SQLite in tmp_path unless given)."""
    cloud = CloudAPIThread()
    url = url or f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    node = whatsapp_serve(tmp_path, telegram, cloud, url, *extra).start()
    store = open_store(url)
    try:
        wait_for(lambda: any(n.duty for n in store.service_nodes()), 60, "the service with the duty", nodes=[node])
        setattr(cloud.api, f"{slow}_delay", 4.0)
        cloud.call(cloud.api.citizen_sends_text(LUCIA, "Bon dia, una consulta"))  # retried until answered
        if slow == "answer":  # Meta took it: the citizen has it, the desk has no answer yet
            wait_for(lambda: cloud.received(LUCIA), 30, "the opening taken by the API", nodes=[node])
        else:  # on the wire, recorded in flight, not yet taken
            wait_for(lambda: any(o.in_flight_since for o in openings(store)), 30, "the opening in flight",
                     nodes=[node])
        node.kill()
        [opening] = openings(store)
        assert opening.delivery == "queued" and opening.in_flight_since is not None
        time.sleep(5)  # the slow answer finds nobody; "take": the send never reached Meta
        setattr(cloud.api, f"{slow}_delay", 0.0)
        node.start()
        wait_for(lambda: openings(store)[0].delivery == "sent", 60, "the opening settled", nodes=[node])
        time.sleep(3)  # nothing more goes out
        return cloud.received(LUCIA), openings(store)
    finally:
        node.kill()
        cloud.stop()


def test_a_send_meta_took_before_the_kill_is_settled_by_its_status_not_sent_again(sim_process, tmp_path):  # noqa: F811
    received, [opening] = run_kill_scenario(tmp_path, sim_process, slow="answer")
    assert len(received) == 1  # exactly once
    assert opening.external_id == received[0].wamid  # the status webhook named it
    assert opening.in_flight_since is None


def test_the_same_on_postgresql(sim_process, tmp_path, pg_url):  # noqa: F811
    received, [opening] = run_kill_scenario(tmp_path, sim_process, slow="answer", url=pg_url)
    assert len(received) == 1 and opening.external_id == received[0].wamid


def test_a_send_that_never_reached_meta_goes_once_the_in_flight_wait_ran_out(sim_process, tmp_path):  # noqa: F811
    received, [opening] = run_kill_scenario(tmp_path, sim_process, slow="take",
                                            extra=("--set", "whatsapp.in_flight_wait=3"))
    assert len(received) == 1
    assert opening.external_id == received[0].wamid


def test_a_broadcast_copy_on_the_wire_at_a_kill_reaches_the_subscriber_once(sim_process, tmp_path):  # noqa: F811
    """Seed 004's list on WhatsApp: the service is killed while a broadcast's copy (its
    approved template) is taken by Meta and not yet answered; started again, the copy is
    settled by its status webhook, not sent a second time, and the broadcast ends done."""
    cloud = CloudAPIThread()
    cloud.api.approve_template("avviso_comune", "it", parameters=1)
    config = tmp_path / "templates.toml"
    config.write_text('[whatsapp.templates.broadcast]\nname = "avviso_comune"\nlanguages = { it = "it" }\n'
                      'parameters = ["text"]\n')
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    node = whatsapp_serve(tmp_path, sim_process, cloud, url, "--config", str(config)).start()
    store = open_store(url)
    try:
        wait_for(lambda: any(n.duty for n in store.service_nodes()), 60, "the service with the duty", nodes=[node])
        cloud.call(cloud.api.citizen_sends_text(LUCIA, "MI ISCRIVO"))
        wait_for(lambda: cloud.received(LUCIA), 30, "the confirmation", nodes=[node])
        cloud.api.answer_delay = 4.0
        broadcast = store.create_broadcast({"it": ("Raccolta differenziata: martedì.", None)}, "it",
                                           ("Town information",), SystemClock().now(), None)
        wait_for(lambda: len(cloud.received(LUCIA)) == 2, 30, "the copy taken by the API", nodes=[node])
        node.kill()
        r = store.m.BroadcastRecipient
        [copy] = list(r.select())
        assert copy.state == "queued" and copy.in_flight_since is not None
        time.sleep(5)
        cloud.api.answer_delay = 0.0
        node.start()
        wait_for(lambda: store.broadcast(broadcast).state == "done", 60, "the broadcast done", nodes=[node])
        time.sleep(3)
        [_confirmation, copy_received] = cloud.received(LUCIA)  # exactly once
        assert copy_received.template == ("avviso_comune", "it", ("Raccolta differenziata: martedì.",))
        assert store.broadcast_figures(broadcast).sent == 1
    finally:
        node.kill()
        cloud.stop()
