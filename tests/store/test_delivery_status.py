"""Issue 16, the store's side of WhatsApp's sends: a send in flight is not offered again
until its status settles it or the wait runs out (counted from when the desk listens
again); statuses (sent, delivered, read, failed) reach the message's bubble."""

from __future__ import annotations

from datetime import timedelta

from deskclient.domain.messages import DeliveryStatus
from deskclient.domain.tickets import Role
from tests.store.test_channels import WHATSAPP, from_whatsapp

WA_ID = 34600111230


def status(message_id, state, clock, channel_message_id=91, **extra) -> DeliveryStatus:
    return DeliveryStatus(account=WHATSAPP, citizen_address=WA_ID, channel_message_id=channel_message_id,
                          external_id="wamid.OUT9", state=state, date=clock.now(), outbox_id=message_id, **extra)


def a_reply(store, rules, clock) -> int:
    anna = store.ensure_agent("anna", "Anna", Role.AGENT)
    filed = store.ingest(from_whatsapp(WA_ID, clock.now(), "Hola", "wamid.IN9", 90), rules)
    store.mark_sent_many([(m.message_id, 100 + m.message_id, clock.now(), None) for m in store.outbox()])
    return store.add_reply(filed.ticket_id, "Bon dia", anna)


def due_ids(store, clock) -> list[int]:
    return [m.message_id for m in store.outbox_due(clock.now())[0]]


def test_a_send_in_flight_waits_for_its_status_and_is_settled_by_it(store, rules, clock):
    reply = a_reply(store, rules, clock)
    store.mark_in_flight(reply, clock.now() + timedelta(minutes=10))
    clock.advance(timedelta(minutes=30))  # the desk was down half an hour
    assert store.extend_in_flight(clock.now() + timedelta(minutes=10)) == 1
    clock.advance(timedelta(minutes=9))
    assert reply not in due_ids(store, clock)  # not sent again while its status may come
    store.record_delivery_status(status(reply, "sent", clock))
    row = store.message(reply)
    assert (row.delivery, row.channel_message_id) == ("sent", 91)
    assert store.m.Message.get_by_id(reply).external_id == "wamid.OUT9"
    clock.advance(timedelta(hours=1))
    assert reply not in due_ids(store, clock)


def test_a_send_in_flight_never_confirmed_is_offered_again_once_the_wait_ran_out(store, rules, clock):
    reply = a_reply(store, rules, clock)
    store.mark_in_flight(reply, clock.now() + timedelta(minutes=10))
    clock.advance(timedelta(minutes=10, seconds=1))
    assert due_ids(store, clock) == [reply]


def test_receipts_only_move_forward_and_a_failure_is_kept_with_its_reason(store, rules, clock):
    reply = a_reply(store, rules, clock)
    store.mark_sent(reply, 91, clock.now(), "wamid.OUT9")
    store.record_delivery_status(status(reply, "delivered", clock))
    assert store.message(reply).delivered and not store.message(reply).seen
    store.record_delivery_status(status(None, "read", clock))  # found by its id when untagged
    store.record_delivery_status(status(reply, "delivered", clock))  # late: changes nothing
    assert store.message(reply).seen and not store.message(reply).delivered

    anna = store.ensure_agent("anna", "Anna", Role.AGENT)
    other = store.add_reply(store.m.Message.get_by_id(reply).ticket_id, "Una altra cosa", anna)
    store.mark_in_flight(other, clock.now() + timedelta(minutes=10))  # handed to WhatsApp
    store.record_delivery_status(status(other, "failed", clock, channel_message_id=92, error_code=131047,
                                        reason="more than 24 hours have passed"))
    store.mark_sent(other, 92, clock.now(), "wamid.OUT10")  # the send's answer, recorded after
    row = store.message(other)
    assert (row.delivery, row.failure) == ("failed", "more than 24 hours have passed")


def test_when_the_citizen_last_wrote(store, rules, clock):
    reply = a_reply(store, rules, clock)
    wrote = clock.now()
    clock.advance(timedelta(hours=2))
    [(last, _language, number)] = store.send_context([reply]).values()
    assert last == wrote and number == store.ticket(store.m.Message.get_by_id(reply).ticket_id).number


def test_a_status_tagged_with_the_outbox_id_but_for_another_wamid_changes_nothing(store, rules, clock):
    """A tag is trusted only while the send has no id of its own (in flight): a status of
    another wamid carrying it (another desk's tag, a forged one) does not fail a message
    already delivered; nor does any "failed" once it was delivered or read."""
    reply = a_reply(store, rules, clock)
    store.mark_sent(reply, 91, clock.now(), "wamid.OUT9")
    store.record_delivery_status(status(reply, "delivered", clock))
    other = DeliveryStatus(account=WHATSAPP, citizen_address=WA_ID, channel_message_id=777, external_id="wamid.other",
                           state="failed", date=clock.now(), outbox_id=reply, error_code=131026, reason="gone")
    assert store.record_delivery_status(other) is None
    store.record_delivery_status(status(reply, "failed", clock, error_code=131026, reason="gone"))
    row = store.message(reply)
    assert (row.delivery, row.failure, row.delivered) == ("sent", None, True)


def test_a_status_for_a_message_never_handed_to_whatsapp_changes_nothing(store, rules, clock):
    """A queued reply not yet sent (no in-flight record) is not settled by a status that
    names its id: it still goes."""
    reply = a_reply(store, rules, clock)
    assert store.record_delivery_status(status(reply, "sent", clock)) is None
    assert store.record_delivery_status(status(reply, "failed", clock, reason="x")) is None
    assert store.message(reply).delivery == "queued" and reply in due_ids(store, clock)
