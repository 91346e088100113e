"""Two `deskclient serve` nodes on one PostgreSQL and one simulated Telegram: the duty
holder is killed with SIGKILL while 500 replies are queued and citizens keep writing.
The other node takes the duty within 10 s; every citizen message is filed once, every
reply reaches its citizen exactly once and in order, no opening message goes twice."""

from __future__ import annotations

import threading
import time

import pytest

from deskclient.domain.messages import Delivery, MessageKind, SystemNotice
from tests.simulator import sim_process  # noqa: F401 (the fixture)
from tests.system.serve_nodes import duty_holder, open_store, serve_node, wait_for

pytestmark = pytest.mark.postgres

CITIZENS = 50
REPLIES_EACH = 10  # 500 replies queued in all
# Fast enough for a test, and the simulated Telegram is told the same limits, so pacing
# that did not work would meet FLOOD_WAIT.
RATES = ["--set", "outbox.rate_global=150", "--set", "outbox.rate_per_chat=15"]


def _filed_in(store, account: str) -> dict[int, list[int]]:
    """citizen user id -> Telegram ids of their filed messages."""
    m = store.m
    rows = (m.Message.select(m.Citizen.address, m.Message.channel_message_id).join(m.Citizen)
            .where(m.Message.kind == MessageKind.IN.value, m.Citizen.account == account).tuples())
    filed: dict[int, list[int]] = {}
    for user_id, channel_message_id in rows:
        filed.setdefault(user_id, []).append(channel_message_id)
    return filed


def _sent_replies(store) -> int:
    m = store.m
    return (m.Message.select().where(m.Message.kind == MessageKind.OUT.value,
                                     m.Message.delivery == Delivery.SENT.value).count())


def test_killing_the_duty_holder_loses_and_doubles_nothing(sim_process, pg_url, tmp_path):
    sim = sim_process
    op = sim.operator
    op.set_flood(sim.account, global_rate=200, global_burst=40, per_chat_rate=20, per_chat_burst=5)
    account = str(sim.account)
    node_a = serve_node("node-a", tmp_path, sim, pg_url, *RATES).start()
    node_b = None
    store = None
    try:
        store = open_store(pg_url)
        wait_for(lambda: duty_holder(store) == "node-a", 60, "node-a to take the duty", nodes=[node_a])
        node_b = serve_node("node-b", tmp_path, sim, pg_url, *RATES).start()
        wait_for(lambda: any(n.node == "node-b" and n.connection == "online" for n in store.service_nodes()),
                 60, "node-b online", nodes=[node_a, node_b])

        citizens = [op.add_user(f"Ciutadà {i}", phone=f"+3465{i:07d}") for i in range(CITIZENS)]
        written: dict[int, list[int]] = {c: [] for c in citizens}
        for i, citizen in enumerate(citizens):
            written[citizen].append(op.user_sends(citizen, sim.account, f"Bon dia, consulta {i}"))
        wait_for(lambda: sum(len(v) for v in _filed_in(store, account).values()) == CITIZENS, 60,
                 "the first messages filed", nodes=[node_a, node_b])

        agent = store.ensure_agent("anna", "Anna")
        tickets = {c: store.active_ticket_for(account, c) for c in citizens}
        assert all(tickets.values())
        for k in range(REPLIES_EACH):
            for citizen in citizens:
                store.add_reply(tickets[citizen].id, f"Resposta {k} per a {citizen}", agent)

        keep_writing = threading.Event()

        def citizens_keep_writing():
            n = 0
            while not keep_writing.is_set() and n < 120:
                citizen = citizens[n % CITIZENS]
                written[citizen].append(op.user_sends(citizen, sim.account, f"Encara hi sou? {n}"))
                n += 1
                time.sleep(0.05)

        writer = threading.Thread(target=citizens_keep_writing)
        writer.start()
        try:
            wait_for(lambda: _sent_replies(store) >= 100, 60, "100 replies sent", nodes=[node_a, node_b])
            assert duty_holder(store) == "node-a"
            killed_at = time.monotonic()
            node_a.kill()
            wait_for(lambda: duty_holder(store) == "node-b", 10, "node-b to take the duty within 10 s",
                     every=0.05, nodes=[node_a, node_b])
            takeover = time.monotonic() - killed_at
        finally:
            keep_writing.set()
            writer.join()
        print(f"takeover after kill -9: {takeover:.2f} s")
        assert takeover < 10

        total_written = sum(len(v) for v in written.values())
        wait_for(lambda: sum(len(v) for v in _filed_in(store, account).values()) == total_written, 60,
                 "every citizen message filed", nodes=[node_a, node_b])
        wait_for(lambda: store.outbox_figures().queued == 0, 120, "the outbox emptied", nodes=[node_a, node_b])
        assert store.outbox_figures().failed == 0

        # The killed node comes back: it stands by, catches up, and files nothing twice.
        node_a.start()
        wait_for(lambda: any(n.node == "node-a" and n.connection == "online" and n.pid == node_a.process.pid
                             for n in store.service_nodes()), 60, "node-a back", nodes=[node_a, node_b])
        time.sleep(2)
        assert duty_holder(store) == "node-b"

        filed = _filed_in(store, account)
        for citizen in citizens:
            assert sorted(filed[citizen]) == sorted(written[citizen])  # once each, none lost
            received = op.received_by(sim.account, citizen)
            replies = [t for t in received if t.startswith("Resposta ")]
            assert replies == [f"Resposta {k} per a {citizen}" for k in range(REPLIES_EACH)]
            opening = _opening_text(store, tickets[citizen].id)
            assert received.count(opening) == 1
        assert all(len(_openings(store, t.id)) == 1 for t in tickets.values())
    finally:
        for node in (node_a, node_b):
            if node is not None:
                node.kill()
        if store is not None:
            store.close()


def _openings(store, ticket_id: int) -> list[str]:
    m = store.m
    return [r.text for r in m.Message.select(m.Message.text).where(
        m.Message.ticket == ticket_id, m.Message.notice == SystemNotice.OPENING.value)]


def _opening_text(store, ticket_id: int) -> str:
    [text] = _openings(store, ticket_id)
    return text
