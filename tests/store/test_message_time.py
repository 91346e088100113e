"""The message's own time decides grace, SLA and the out-of-hours notice, not the
moment it is filed (issue 10, item 6): a desk offline or a database fault files late."""

from datetime import timedelta

from deskclient.domain.tickets import Role
from tests.conftest import local
from tests.factories import citizen, inbound


def close_now(store, rules, who, at):
    agent = store.ensure_agent("anna", "Anna", Role.AGENT)
    opened = store.ingest(inbound(who, at), rules)
    store.add_reply(opened.ticket_id, "Ja està resolt.", agent)
    store.close_ticket(opened.ticket_id, agent, rules)
    return opened, agent


def test_reply_sent_5_minutes_after_closing_but_filed_3_hours_later_joins_the_closing_ticket(store, rules, clock):
    who = citizen()
    closed_at = clock.now()
    opened, agent = close_now(store, rules, who, closed_at)
    clock.advance(timedelta(hours=3))
    late = store.ingest(inbound(who, closed_at + timedelta(minutes=5), "Una cosa més"), rules)
    assert late.ticket_id == opened.ticket_id and late.joined_while_closing and not late.opened_ticket
    ticket = store.ticket(opened.ticket_id)
    assert ticket.status == "closing" and ticket.citizen_wrote_while_closing
    # The agents get the grace they never had: they can still reopen it now.
    store.reopen_ticket(ticket.id, agent, rules)
    assert store.ticket(ticket.id).status == "open"


def test_a_ticket_the_sweep_closed_for_good_takes_back_a_message_written_in_its_grace(store, rules, clock):
    who = citizen()
    closed_at = clock.now()
    opened, _ = close_now(store, rules, who, closed_at)
    clock.advance(timedelta(minutes=31))
    assert store.finalize_expired(rules) == 1 and store.ticket(opened.ticket_id).status == "closed"
    clock.advance(timedelta(hours=3))
    late = store.ingest(inbound(who, closed_at + timedelta(minutes=5), "Una cosa més"), rules)
    assert late.ticket_id == opened.ticket_id and not late.opened_ticket and late.joined_while_closing
    ticket = store.ticket(opened.ticket_id)
    assert ticket.status == "closing" and ticket.citizen_wrote_while_closing and ticket.closed_at is None
    assert store.active_ticket_for("acct", who.address).id == ticket.id
    # A fresh grace from when it was filed; then it closes for good as usual.
    clock.advance(timedelta(minutes=29))
    assert store.finalize_expired(rules) == 0
    clock.advance(timedelta(minutes=2))
    assert store.finalize_expired(rules) == 1 and store.ticket(ticket.id).status == "closed"
    # Written after the grace: a new ticket, as always.
    after = store.ingest(inbound(who, clock.now(), "Bon dia de nou"), rules)
    assert after.opened_ticket and after.ticket_id != ticket.id


def test_message_written_after_the_grace_but_filed_late_opens_a_new_ticket(store, rules, clock):
    who = citizen()
    closed_at = clock.now()
    opened, _ = close_now(store, rules, who, closed_at)
    clock.advance(timedelta(hours=3))
    late = store.ingest(inbound(who, closed_at + timedelta(minutes=40), "Una altra consulta"), rules)
    assert late.opened_ticket and late.ticket_id != opened.ticket_id
    assert store.ticket(opened.ticket_id).status == "closed"


def test_first_message_sent_at_10_filed_at_13_is_due_at_12(store, rules, clock):
    clock.set(local(2026, 11, 23, 13, 0))  # Monday, service hours, 2-hour SLA
    result = store.ingest(inbound(citizen(), local(2026, 11, 23, 10, 0)), rules)
    ticket = store.ticket(result.ticket_id)
    assert ticket.opened_at == local(2026, 11, 23, 10, 0)
    assert ticket.first_response_due == local(2026, 11, 23, 12, 0)


def out_of_hours(store, ticket_id):
    return [m for m in store.thread(ticket_id) if m.notice == "out_of_hours"]


def test_message_sent_in_hours_but_filed_after_closing_time_gets_no_out_of_hours_notice(store, rules, clock):
    clock.set(local(2026, 11, 23, 23, 30))  # filed after 22:00
    result = store.ingest(inbound(citizen(), local(2026, 11, 23, 21, 50)), rules)
    assert out_of_hours(store, result.ticket_id) == []


def test_message_sent_out_of_hours_but_filed_in_hours_gets_the_notice(store, rules, clock):
    clock.set(local(2026, 11, 24, 9, 0))  # Tuesday, filed after opening
    result = store.ingest(inbound(citizen(), local(2026, 11, 23, 23, 30)), rules)
    assert len(out_of_hours(store, result.ticket_id)) == 1


def test_a_date_ahead_of_the_clock_does_not_move_the_deadline_into_the_future(store, rules, clock):
    result = store.ingest(inbound(citizen(), clock.now() + timedelta(minutes=10)), rules)
    assert store.ticket(result.ticket_id).opened_at == clock.now()
