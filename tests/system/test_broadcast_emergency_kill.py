"""An emergency overtaking a long broadcast, with `deskclient serve` killed (kill -9)
while it is being sent, restarted on the same store (SQLite file; PostgreSQL schema):
the emergency's copies all go before the rest of the 'Town information' broadcast, the
rest resumes after, every subscriber gets each broadcast exactly once, and both
reports count every copy (seed 004)."""

from __future__ import annotations

from collections import Counter

from deskclient.services.broadcast_sender import IN_FLIGHT
from tests.simulator import sim_process  # noqa: F401 (the fixture, asked for by name below)
from tests.system.serve_nodes import open_store, serve_node, wait_for

NEWS = "Info Comune: da lunedì il ritiro della carta è al mercoledì"
ALERT = "Emergenza: allerta meteo rossa, scuole chiuse domani"
RATES = ["--set", "lists.rate=100", "--set", "outbox.rate_global=120"]


def test_an_emergency_overtakes_a_broadcast_in_progress_across_a_kill(request, database_url, tmp_path):
    sim = request.getfixturevalue("sim_process")
    sim.operator.set_flood(sim.account, global_rate=150, global_burst=30, per_chat_rate=1, per_chat_burst=3)
    store = open_store(database_url)
    node = serve_node("town-hall", tmp_path, sim, database_url, *RATES)
    try:
        op, account = sim.operator, str(sim.account)
        everyone = [op.add_user(f"Iscritto {n}") for n in range(600)]
        alerted = everyone[:300]
        store.add_subscribers(account, [(p, op.access_hash_for(sim.account, p), "it") for p in alerted],
                              ("Emergencies", "Town information"))
        store.add_subscribers(account, [(p, op.access_hash_for(sim.account, p), "it") for p in everyone[300:]],
                              ("Town information",))
        news = store.create_broadcast({"it": (NEWS, None)}, "it", ("Town information",), store.clock.now(), None)
        node.start()
        wait_for(lambda: store.broadcast_figures(news).sent >= 100, 60, "100 news copies", nodes=[node])
        alert = store.create_broadcast({"it": (ALERT, None)}, "it", ("Emergencies",), store.clock.now(), None)
        wait_for(lambda: store.broadcast_figures(alert).sent >= 100, 60, "100 alert copies", nodes=[node])
        node.kill()
        assert store.broadcast_figures(alert).queued > 0 and store.broadcast_figures(news).queued > 0
        node.start()
        wait_for(lambda: store.broadcast(news).state == "done", 60, "the news done", nodes=[node])

        deliveries = [(user, text) for _, user, text in op.deliveries(sim.account)]
        for text, people in ((NEWS, everyone), (ALERT, alerted)):
            copies = Counter(user for user, sent in deliveries if sent == text)
            assert set(copies) == set(people) and max(copies.values()) == 1, text
        texts = [text for _, text in deliveries]
        first, last = texts.index(ALERT), len(texts) - 1 - texts[::-1].index(ALERT)
        overlapping = texts[first:last + 1].count(NEWS)
        assert overlapping <= IN_FLIGHT  # only news copies already on the wire when the alert came
        assert texts[last:].count(NEWS) >= 100  # the news resumed after it
        for broadcast, total in ((news, 600), (alert, 300)):
            figures = store.broadcast_figures(broadcast)
            assert (figures.total, figures.sent, figures.queued, figures.failed) == (total, total, 0, 0)
        assert store.broadcast(alert).finished_at <= store.broadcast(news).finished_at
        assert op.stats()["flood_waits"] == 0
        print(f"news copies among the alert's: {overlapping}; sent again and refused as duplicates: "
              f"{op.stats()['random_id_duplicates']}")
    finally:
        node.kill()
        store.close()
