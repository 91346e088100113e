"""A broadcast due while one of the desk's two channels does not know its account yet
(Telegram still connecting after a restart; WhatsApp's account is in its settings):
expanded for WhatsApp's subscribers at once, Telegram's added once its account is
known, and not done before (schema v18, broadcast.waits_for), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

from deskclient.store.broadcast_records import DONE, SENDING

TELEGRAM, WHATSAPP = "777000", "whatsapp:100000000000016"


def test_the_telegram_subscribers_are_added_when_its_account_is_known(store, clock):
    store.add_subscribers(WHATSAPP, [(39320000000 + n, None, "it") for n in range(2)], ("Emergencies",))
    store.add_subscribers(TELEGRAM, [(5000 + n, 99, "it") for n in range(3)], ("Emergencies",))
    alert = store.create_broadcast({"it": ("Allerta meteo", None)}, "it", ("Emergencies",), clock.now(), None)
    assert store.expand_due_broadcasts(clock.now(), [WHATSAPP], ["telegram"]) == [alert]
    copies = store.list_sends_due(clock.now())[0]
    assert {s.account for s in copies} == {WHATSAPP} and len(copies) == 2
    store.record_list_sends([(s, n, clock.now()) for n, s in enumerate(copies)])
    assert store.finish_broadcasts() == [] and store.broadcast(alert).state == SENDING  # Telegram's wait
    assert store.add_joined_channels([WHATSAPP]) == []  # still no Telegram account

    clock.advance(timedelta(minutes=5))
    store.add_subscribers(TELEGRAM, [(6000, 99, "it")], ("Emergencies",))  # joined meanwhile: gets it too
    assert store.add_joined_channels([TELEGRAM, WHATSAPP]) == [alert]
    assert store.add_joined_channels([TELEGRAM, WHATSAPP]) == []  # once
    copies = store.list_sends_due(clock.now())[0]
    assert sorted(s.address for s in copies) == [5000, 5001, 5002, 6000] and {s.account for s in copies} == {TELEGRAM}
    store.record_list_sends([(s, n, clock.now()) for n, s in enumerate(copies)])
    assert store.finish_broadcasts() == [alert] and store.broadcast(alert).state == DONE
    figures = store.broadcast_figures(alert)
    assert (figures.total, figures.sent, figures.queued) == (6, 6, 0)


def test_with_every_account_known_nothing_waits_and_a_cancel_ends_the_wait(store, clock):
    store.add_subscribers(WHATSAPP, [(39320000001, None, "it")], ("Events",))
    empty = store.create_broadcast({"it": ("Festa", None)}, "it", ("Emergencies",), clock.now(), None)
    waiting = store.create_broadcast({"it": ("Sagra", None)}, "it", ("Events",), clock.now(), None)
    store.expand_due_broadcasts(clock.now(), [WHATSAPP, TELEGRAM])
    assert store.broadcast(empty).state == DONE  # no subscriber on any channel, none awaited
    later = store.create_broadcast({"it": ("Mercato", None)}, "it", ("Events",), clock.now(), None)
    store.expand_due_broadcasts(clock.now(), [WHATSAPP], ["telegram"])
    store.cancel_broadcast(later, None)
    assert store.add_joined_channels([TELEGRAM]) == []  # a cancelled broadcast gets nobody more
    assert store.broadcast(waiting).state == SENDING and store.broadcast(later).state == "cancelled"
