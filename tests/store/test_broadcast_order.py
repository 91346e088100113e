"""The order the duty holder reads list sends in (store/broadcasts.py list_sends_due):
notices, then the copies of urgent broadcasts (an emergency), then the rest of a
broadcast already being sent, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta


def test_an_emergency_expanded_after_a_broadcast_in_progress_is_read_before_its_rest(store, clock):
    store.add_subscribers("acct", [(700 + n, None, "it") for n in range(6)], ("Town information", "Emergencies"))
    town = store.create_broadcast({"it": ("Raccolta differenziata", None)}, "it", ("Town information",),
                                  clock.now(), None)
    store.expand_due_broadcasts(clock.now(), ["acct"])
    first, second, *rest = store.list_sends_due(clock.now(), urgent_topics=("Emergencies",))[0]
    store.record_list_sends([(first, 1, clock.now()), (second, 2, clock.now())])  # two copies went
    clock.advance(timedelta(minutes=1))
    emergency = store.create_broadcast({"it": ("Allerta meteo", None)}, "it", ("Emergencies", "Events"),
                                       clock.now(), None)
    store.expand_due_broadcasts(clock.now(), ["acct"])
    sends = store.list_sends_due(clock.now(), urgent_topics=("Emergencies",))[0]
    assert [(s.broadcast_id, s.urgent) for s in sends] == [(emergency, True)] * 6 + [(town, False)] * 4
    assert [s.address for s in sends[6:]] == [s.address for s in rest]  # the rest resumes where it was
    # A window shorter than the emergency holds the emergency only; with no urgent
    # topic configured, the oldest broadcast first as before.
    assert {s.broadcast_id for s in store.list_sends_due(clock.now(), 4, ("Emergencies",))[0]} == {emergency}
    assert [s.broadcast_id for s in store.list_sends_due(clock.now())[0]] == [town] * 4 + [emergency] * 6


def test_notices_stay_first_and_each_report_counts_its_own(store, clock):
    store.add_subscribers("acct", [(800 + n, None, "it") for n in range(3)], ("Town information", "Emergencies"))
    town = store.create_broadcast({"it": ("Mercato", None)}, "it", ("Town information",), clock.now(), None)
    emergency = store.create_broadcast({"it": ("Strada chiusa", None)}, "it", ("Emergencies",), clock.now(), None)
    store.expand_due_broadcasts(clock.now(), ["acct"])
    assert store.queue_daily_notice("acct", 900, None, "2026-11-23", "Questo numero invia solo informazioni")
    notice, *copies = store.list_sends_due(clock.now(), urgent_topics=("Emergencies",))[0]
    assert notice.broadcast_id is None and notice.address == 900  # an answer to a citizen, first
    assert [s.broadcast_id for s in copies] == [emergency] * 3 + [town] * 3
    store.record_list_sends([(s, n, clock.now()) for n, s in enumerate(copies[:4])])
    assert store.finish_broadcasts() == [emergency]
    assert (store.broadcast_figures(emergency).sent, store.broadcast_figures(town).sent) == (3, 1)
    assert store.broadcast_figures(town).queued == 2 and store.broadcast(town).state == "sending"
