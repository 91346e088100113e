"""A group commit's batch (store/filing.py) keeps every ticket rule that one message at a
time keeps: what agents and citizens see is the same (SQLite, and PostgreSQL)."""

from datetime import timedelta

from deskclient.domain.tickets import Role
from tests.conftest import local
from tests.factories import citizen, inbound


def shown(store, ticket_id):
    return [(m.kind, m.notice, m.text) for m in store.thread(ticket_id)]


def test_a_batch_files_each_message_in_order_with_its_one_opening_message(store, rules, clock):
    marta, pau = citizen(1, "Marta Puig"), citizen(2, "Pau Serra")
    first = inbound(marta, clock.now(), "Bon dia, no puc signar", channel_message_id=11)
    results = store.ingest_many([
        (first, None),
        (inbound(marta, clock.now(), "És urgent", channel_message_id=12), None),  # the same second
        (inbound(pau, clock.now(), "Hola", channel_message_id=13), None),
        (first, None),  # delivered twice in the same batch
    ], rules)
    opened, joined, other, again = results
    assert opened.opened_ticket and not joined.opened_ticket and other.opened_ticket
    assert again.duplicate
    assert joined.ticket_id == opened.ticket_id != other.ticket_id
    # Numbered in arrival order, without a gap.
    assert (opened.ticket_number, other.ticket_number) == ("2026-000001", "2026-000002")
    # The opening message right after the message that opened the ticket, then the next.
    thread = shown(store, opened.ticket_id)
    assert [(kind, notice) for kind, notice, _ in thread] == [("in", None), ("system", "opening"), ("in", None)]
    assert [thread[0][2], thread[2][2]] == ["Bon dia, no puc signar", "És urgent"]
    assert "2026-000001" in thread[1][2]
    # One opening message each, queued for sending, named in the results.
    assert sorted(m.message_id for m in store.outbox()) == sorted(opened.queued + other.queued)
    assert not joined.queued and len(opened.queued) == len(other.queued) == 1
    assert [store.ticket(t).unread for t in (opened.ticket_id, other.ticket_id)] == [2, 1]


def test_the_out_of_hours_notice_once_per_ticket_within_a_batch(store, rules, clock):
    clock.set(local(2026, 11, 21, 10, 0))  # Saturday
    who = citizen(language="es")
    results = store.ingest_many([(inbound(who, clock.now(), text), None)
                                 for text in ("Hola", "¿Hola?", "¿Hay alguien?")], rules)
    assert [len(r.queued) for r in results] == [2, 0, 0]
    notices = [notice for _, notice, _ in shown(store, results[0].ticket_id) if notice]
    assert notices == ["opening", "out_of_hours"]


def test_a_batch_beside_closing_tickets_keeps_the_grace_rules(store, rules, clock):
    late, after, other = citizen(1), citizen(2), citizen(3)
    anna = store.ensure_agent("anna", "Anna", Role.AGENT)
    closing = {}
    for who in (late, after):
        opened = store.ingest(inbound(who, clock.now()), rules)
        store.add_reply(opened.ticket_id, "Ja està resolt.", anna)
        store.close_ticket(opened.ticket_id, anna, rules)
        closing[who.address] = opened.ticket_id
    inside = clock.now() + timedelta(minutes=10)
    clock.advance(timedelta(hours=2))  # filed late: a night offline
    waited, joined, new = store.ingest_many([
        (inbound(other, clock.now(), "Bon dia"), None),
        (inbound(late, inside, "Una cosa més"), None),  # written inside the grace
        (inbound(after, clock.now(), "Tinc un altre dubte"), None),  # written after it
    ], rules)
    assert waited.opened_ticket
    assert joined.ticket_id == closing[late.address] and joined.joined_while_closing
    assert store.ticket(joined.ticket_id).status == "closing"
    assert [text for kind, _, text in shown(store, joined.ticket_id) if kind == "in"][-1] == "Una cosa més"
    assert new.opened_ticket and new.ticket_id != closing[after.address]
    assert store.ticket(closing[after.address]).status == "closed"
    assert new.ticket_number == "2026-000004"  # after the two closed ones and the other's
