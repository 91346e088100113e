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


def test_a_citizen_purged_between_the_batchs_reads_and_its_writes_is_filed_again_on_postgresql(
        pg_url, rules, clock, monkeypatch):
    """The purge (another connection) deletes a citizen whose last ticket it purged after
    a batch read that citizen and before it opened their new ticket: the foreign key
    refuses the ticket, and the batch is filed again once, the citizen added anew. (On
    SQLite the batch holds the write lock from its first read: no purge in between.)"""
    from deskclient.store.database import open_database
    from deskclient.store.repository import TicketStore

    store = TicketStore(open_database(pg_url), clock, workstation="ws-test")
    purge = open_database(pg_url).db
    try:
        marta, pau = citizen(1, "Marta Puig"), citizen(2, "Pau Serra")
        old = store.ingest(inbound(marta, clock.now(), "Bon dia"), rules)
        anna = store.ensure_agent("anna", "Anna", Role.AGENT)
        store.close_ticket(old.ticket_id, anna, rules)
        clock.advance(timedelta(days=1))
        store.finalize_expired(rules)  # closed for good: the purge's to take, her with it
        reads = store._active_tickets_of  # the batch's last read before its writes
        tries = []

        def purged_meanwhile(citizen_ids):
            found = reads(citizen_ids)
            tries.append(citizen_ids)
            if len(tries) == 1:
                with purge.atomic():
                    purge.execute_sql("DELETE FROM ticket WHERE id = %s", (old.ticket_id,))
                    purge.execute_sql("DELETE FROM citizen WHERE address = %s", (marta.address,))
            return found

        monkeypatch.setattr(store, "_active_tickets_of", purged_meanwhile)
        again, other = store.ingest_many([(inbound(marta, clock.now(), "Tinc un altre dubte"), None),
                                          (inbound(pau, clock.now(), "Hola"), None)], rules)
        assert len(tries) == 2  # the batch ran again, once
        assert again.opened_ticket and other.opened_ticket
        assert again.ticket_id != old.ticket_id
        assert [text for kind, _, text in shown(store, again.ticket_id) if kind == "in"] == ["Tinc un altre dubte"]
        assert store.active_ticket_for("acct", marta.address).id == again.ticket_id
        assert store.ticket(again.ticket_id).number == "2026-000002"  # the failed try's number given back
    finally:
        purge.close()
        store.close()
