"""A broadcast to 1,000 subscribers by `deskclient serve` on the simulated Telegram (strict
flood limits), with the sending process killed (kill -9) halfway: restarted on its
SQLite database, or the duty moved to a second node on PostgreSQL. Every subscriber
gets it exactly once: a copy sent but not yet recorded when the process died is sent
again under its stored random_id, which Telegram answers as a duplicate."""

from __future__ import annotations

import time
from collections import Counter

import pytest

from tests.simulator import sim_process  # noqa: F401 (the fixture, asked for by name below)
from tests.system.serve_nodes import duty_holder, open_store, serve_node, wait_for

SUBSCRIBERS = 1000
TEXT = "Allerta meteo: domani scuole chiuse"
# Fast enough for a test; the simulated Telegram is told limits above them, so pacing
# that did not work would meet FLOOD_WAIT.
RATES = ["--set", "lists.rate=100", "--set", "outbox.rate_global=120"]


def _subscribers(sim, store, account: str) -> list[int]:
    """1,000 citizens on the list (as a migration from the old list would put them):
    their ids and the account's access hashes."""
    op = sim.operator
    people = [op.add_user(f"Iscritto {n}") for n in range(SUBSCRIBERS)]
    store.add_subscribers(account, [(p, op.access_hash_for(sim.account, p), "it") for p in people],
                          ("Emergencies", "Events"))
    return people


def _copies(sim, people: list[int]) -> Counter:
    """How many copies of the broadcast each subscriber got."""
    wanted = set(people)
    return Counter(user for _, user, text in sim.operator.deliveries(sim.account) if text == TEXT and user in wanted)


def _sent(store, broadcast_id: int) -> int:
    return store.broadcast_figures(broadcast_id).sent


def _check_once_each(sim, store, broadcast_id: int, people: list[int]) -> None:
    copies = _copies(sim, people)
    assert set(copies) == set(people), f"{len(set(people) - set(copies))} subscribers got nothing"
    assert max(copies.values()) == 1, f"{sum(1 for c in copies.values() if c > 1)} got it twice"
    figures = store.broadcast_figures(broadcast_id)
    assert (figures.total, figures.sent, figures.queued, figures.failed) == (SUBSCRIBERS, SUBSCRIBERS, 0, 0)
    assert sim.operator.stats()["flood_waits"] == 0


def test_a_broadcast_to_1000_sent_once_each_when_the_service_is_killed_halfway_and_restarted(request, tmp_path):
    sim = request.getfixturevalue("sim_process")
    sim.operator.set_flood(sim.account, global_rate=150, global_burst=30, per_chat_rate=1, per_chat_burst=3)
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    store = open_store(url)
    node = serve_node("town-hall", tmp_path, sim, url, *RATES)
    try:
        people = _subscribers(sim, store, str(sim.account))
        broadcast_id = store.create_broadcast({"it": (TEXT, None)}, "it", ("Emergencies",), store.clock.now(), None)
        node.start()
        wait_for(lambda: _sent(store, broadcast_id) >= 300, 60, "300 copies sent", nodes=[node])
        node.kill()
        at_kill = len(_copies(sim, people))
        assert 300 <= at_kill < SUBSCRIBERS
        node.start()
        wait_for(lambda: store.broadcast(broadcast_id).state == "done", 60, "the broadcast done", nodes=[node])
        _check_once_each(sim, store, broadcast_id, people)
        print(f"killed after {at_kill} copies; sent again and refused as duplicates: "
              f"{sim.operator.stats()['random_id_duplicates']}")
    finally:
        node.kill()
        store.close()


@pytest.mark.postgres
def test_a_broadcast_to_1000_sent_once_each_when_the_duty_moves_to_another_node(request, pg_url, tmp_path):
    sim = request.getfixturevalue("sim_process")
    sim.operator.set_flood(sim.account, global_rate=150, global_burst=30, per_chat_rate=1, per_chat_burst=3)
    store = open_store(pg_url)
    node_a = serve_node("node-a", tmp_path, sim, pg_url, *RATES).start()
    node_b = None
    try:
        wait_for(lambda: duty_holder(store) == "node-a", 60, "node-a to take the duty", nodes=[node_a])
        node_b = serve_node("node-b", tmp_path, sim, pg_url, *RATES).start()
        wait_for(lambda: any(n.node == "node-b" and n.connection == "online" for n in store.service_nodes()),
                 60, "node-b online", nodes=[node_a, node_b])
        people = _subscribers(sim, store, str(sim.account))
        # Composed on a workstation: the duty holder hears of it through NOTIFY.
        broadcast_id = store.create_broadcast({"it": (TEXT, None)}, "it", ("Events",), store.clock.now(), None)
        wait_for(lambda: _sent(store, broadcast_id) >= 300, 60, "300 copies sent", nodes=[node_a, node_b])
        killed_at = time.monotonic()
        node_a.kill()
        wait_for(lambda: duty_holder(store) == "node-b", 10, "node-b to take the duty within 10 s",
                 every=0.05, nodes=[node_a, node_b])
        print(f"takeover after kill -9: {time.monotonic() - killed_at:.2f} s")
        wait_for(lambda: store.broadcast(broadcast_id).state == "done", 60, "the broadcast done",
                 nodes=[node_a, node_b])
        _check_once_each(sim, store, broadcast_id, people)
    finally:
        for node in (node_a, node_b):
            if node is not None:
                node.kill()
        store.close()


@pytest.mark.postgres
def test_a_file_composed_on_a_workstation_is_sent_by_the_service_from_the_shared_store(request, pg_url, tmp_path):
    from deskclient.services.file_intake import sha256_of
    from deskclient.store.broadcast_records import BroadcastFile
    sim = request.getfixturevalue("sim_process")
    store = open_store(pg_url)
    node = serve_node("service", tmp_path, sim, pg_url, *RATES).start()
    try:
        wait_for(lambda: duty_holder(store) == "service", 60, "the service to take the duty", nodes=[node])
        op = sim.operator
        people = [op.add_user(f"Iscritto {n}") for n in range(3)]
        store.add_subscribers(str(sim.account), [(p, op.access_hash_for(sim.account, p), "it") for p in people],
                              ("Events",))
        pdf = tmp_path / "workstation" / "programma.pdf"  # the lead's workstation: not the service's folder
        pdf.parent.mkdir()
        pdf.write_bytes(b"%PDF-1.4 " + b"festa " * 100_000)  # 600 kB: three chunks
        file = BroadcastFile("programma.pdf", "pdf", pdf.stat().st_size, sha256_of(pdf), "2026-11/abc_programma.pdf")
        broadcast_id = store.create_broadcast({"it": ("Il programma della festa", None)}, "it", ("Events",),
                                              store.clock.now(), None, file, pdf)
        wait_for(lambda: store.broadcast(broadcast_id).state == "done", 60, "the broadcast done", nodes=[node])
        for person in people:
            assert op.files_received_by(sim.account, person) == [("programma.pdf", pdf.read_bytes())]
        assert (tmp_path / "service" / "broadcasts" / "2026-11" / "abc_programma.pdf").read_bytes() == pdf.read_bytes()
    finally:
        node.kill()
        store.close()
