"""`deskclient serve` as systemd runs it, on the simulated Telegram: stopped with SIGTERM
while citizens write and replies are queued, then started again. Nothing is lost or
doubled: every citizen message filed once, every reply and opening message sent once."""

from __future__ import annotations

import threading
import time

from deskclient.domain.messages import MessageKind, SystemNotice
from tests.simulator import sim_process  # noqa: F401 (the fixture)
from tests.system.serve_nodes import open_store, serve_node, wait_for

CITIZENS = 8
RATES = ["--set", "outbox.rate_global=50", "--set", "outbox.rate_per_chat=5"]


def test_sigterm_then_restart_loses_and_doubles_nothing(sim_process, tmp_path):
    sim = sim_process
    op = sim.operator
    op.set_flood(sim.account, global_rate=80, global_burst=20, per_chat_rate=8, per_chat_burst=3)
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    node = serve_node("single-server", tmp_path, sim, url, *RATES).start()
    store = open_store(url)
    m = store.m
    try:
        wait_for(lambda: any(n.duty and n.connection == "online" for n in store.service_nodes()), 60,
                 "the service online with the duty", nodes=[node])
        citizens = [op.add_user(f"Persona {i}") for i in range(CITIZENS)]
        written: dict[int, list[int]] = {c: [] for c in citizens}
        for i, citizen in enumerate(citizens):
            written[citizen].append(op.user_sends(citizen, sim.account, f"Primera consulta {i}"))
        wait_for(lambda: m.Ticket.select().count() == CITIZENS, 30, "a ticket per citizen", nodes=[node])
        agent = store.ensure_agent("anna", "Anna")
        tickets = {c: store.active_ticket_for(str(sim.account), c) for c in citizens}
        for k in range(5):
            for citizen in citizens:
                store.add_reply(tickets[citizen].id, f"Resposta {k} a {citizen}", agent)

        def citizens_keep_writing():
            for n in range(40):
                citizen = citizens[n % CITIZENS]
                written[citizen].append(op.user_sends(citizen, sim.account, f"I una altra cosa {n}"))
                time.sleep(0.1)

        writer = threading.Thread(target=citizens_keep_writing)
        writer.start()
        try:
            time.sleep(1)
            assert node.terminate() == 0  # SIGTERM: the chunk in hand finished, the state saved
            assert not any(n.node == "single-server" for n in store.service_nodes())
            time.sleep(1)  # citizens keep writing while it is down
            node.start()
        finally:
            writer.join()

        total = sum(len(v) for v in written.values())
        wait_for(lambda: m.Message.select().where(m.Message.kind == MessageKind.IN.value).count() == total,
                 60, "every citizen message filed", nodes=[node])
        wait_for(lambda: store.outbox_figures().queued == 0, 60, "the outbox emptied", nodes=[node])
        assert store.outbox_figures().failed == 0
        for citizen in citizens:
            filed = [r.channel_message_id for r in m.Message.select(m.Message.channel_message_id).join(m.Citizen).where(
                m.Citizen.address == citizen, m.Message.kind == MessageKind.IN.value)]
            assert sorted(filed) == sorted(written[citizen])
            received = op.received_by(sim.account, citizen)
            assert [t for t in received if t.startswith("Resposta ")] == [
                f"Resposta {k} a {citizen}" for k in range(5)]
            [opening] = [r.text for r in m.Message.select().where(
                m.Message.ticket == tickets[citizen].id, m.Message.notice == SystemNotice.OPENING.value)]
            assert received.count(opening) == 1
        assert op.stats()["random_id_duplicates"] == 0  # nothing was even tried twice
        assert node.terminate() == 0
    finally:
        node.kill()
        store.close()
