"""Issue 16 item 4, the store's side of the lists on WhatsApp: a broadcast goes to the
subscribers of each of the desk's accounts, each copy by its own; a copy handed to
WhatsApp is in flight until its status (tagged with its own id) settles it; a failure
reaches the report; the copies sent in a day count against the number's tier."""

from __future__ import annotations

from datetime import timedelta

from deskclient.domain.messages import DeliveryStatus
from deskclient.store.broadcast_records import list_send_of
from tests.store.test_channels import WHATSAPP


def subscribe(store, account, user_id, clock):
    store.m.Subscriber.create(account=account, address=user_id, language="it",
                              topics="|Events|", consented_at=clock.now(), consent_keyword="MI ISCRIVO",
                              consent_note="ok")


def status(send, state, clock, **extra) -> DeliveryStatus:
    return DeliveryStatus(account=WHATSAPP, citizen_address=send.address, channel_message_id=4242,
                          external_id="wamid.L1", state=state, date=clock.now(), outbox_id=send.outbox_id, **extra)


def copies(store, clock):
    return [s for s in store.list_sends_due(clock.now())[0] if s.broadcast_id is not None]


def test_a_broadcast_to_both_channels_and_a_copy_in_flight_settled_by_its_status(store, clock):
    subscribe(store, "acct", 601, clock)
    subscribe(store, WHATSAPP, 39320111222, clock)
    broadcast = store.create_broadcast({"it": ("Sagra", None)}, "it", ("Events",), clock.now(), None)
    assert store.expand_due_broadcasts(clock.now(), ["acct", WHATSAPP]) == [broadcast]
    assert {(s.address, s.account) for s in copies(store, clock)} == {(601, "acct"), (39320111222, WHATSAPP)}
    [copy] = [s for s in copies(store, clock) if s.account == WHATSAPP]
    assert list_send_of(copy.outbox_id) == ("recipient", copy.id) and copy.outbox_id < 0

    store.mark_list_in_flight(copy, clock.now() + timedelta(minutes=10))
    clock.advance(timedelta(minutes=30))  # the desk was down
    assert store.extend_list_in_flight(clock.now() + timedelta(minutes=10)) == 1
    assert copy.id not in [s.id for s in copies(store, clock)]
    assert store.record_delivery_status(status(copy, "sent", clock)) is None  # a list's: not a message
    row = store.m.BroadcastRecipient.get_by_id(copy.id)
    assert (row.state, row.channel_message_id, row.in_flight_since) == ("sent", 4242, None)
    assert store.list_copies_sent_since(WHATSAPP, clock.now() - timedelta(hours=24)) == 1
    assert store.list_copies_sent_since(WHATSAPP, clock.now()) == 0


def test_a_failed_status_is_a_failure_in_the_report(store, clock):
    subscribe(store, WHATSAPP, 39320111223, clock)
    broadcast = store.create_broadcast({"it": ("Avviso", None)}, "it", ("Events",), clock.now(), None)
    store.expand_due_broadcasts(clock.now(), [WHATSAPP])
    [copy] = copies(store, clock)
    store.record_list_sends([(copy, 4242, clock.now())])
    store.record_delivery_status(status(copy, "failed", clock, error_code=131026,
                                        reason="WhatsApp could not deliver it to this number"))
    assert store.broadcast_figures(broadcast).failed == 1
    assert store.broadcast_failures(broadcast)[0].reason == "WhatsApp could not deliver it to this number"


def test_a_status_for_a_copy_never_handed_to_whatsapp_changes_nothing(store, clock):
    subscribe(store, WHATSAPP, 39320111224, clock)
    broadcast = store.create_broadcast({"it": ("Avviso", None)}, "it", ("Events",), clock.now(), None)
    store.expand_due_broadcasts(clock.now(), [WHATSAPP])
    [copy] = copies(store, clock)
    store.record_delivery_status(status(copy, "sent", clock))
    store.record_delivery_status(status(copy, "failed", clock, reason="x"))
    assert [c.id for c in copies(store, clock)] == [copy.id]  # still queued, still goes
    assert store.broadcast_figures(broadcast).failed == 0
