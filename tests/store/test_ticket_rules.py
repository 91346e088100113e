"""The ticket rules of PRODUCT.md, pinned against a real store (SQLite, and PostgreSQL)."""

from datetime import timedelta

import pytest

from deskclient.domain.messages import InboundDeletion, InboundEdit
from deskclient.domain.tickets import Role
from deskclient.errors import NotAllowed, TicketConflict
from tests.conftest import local
from tests.factories import ForwardOrigin, citizen, inbound


def notices(store, ticket_id):
    return [(m.notice, m.text) for m in store.thread(ticket_id) if m.kind == "system"]


def test_first_message_opens_numbered_ticket_with_opening_message_in_citizen_language(store, rules, clock):
    result = store.ingest(inbound(citizen(), clock.now(), "Bon dia, no puc signar la sol·licitud"), rules)
    assert result.opened_ticket and not result.duplicate
    assert result.ticket_number == "2026-000001"
    ticket = store.ticket(result.ticket_id)
    assert ticket.status == "open" and ticket.language == "ca"
    [(notice, text)] = notices(store, ticket.id)
    assert notice == "opening"
    assert "2026-000001" in text and "enregistrada" in text  # Catalan, says it is recorded
    assert [o.message_id for o in store.outbox()] == list(result.queued)


def test_numbers_are_sequential_and_prefixed(store, rules, clock, config):
    from dataclasses import replace
    prefixed = replace(rules, number_prefix="CAU")
    first = store.ingest(inbound(citizen(1), clock.now()), prefixed)
    second = store.ingest(inbound(citizen(2), clock.now()), prefixed)
    assert (first.ticket_number, second.ticket_number) == ("CAU-2026-000001", "CAU-2026-000002")


def test_every_message_while_open_joins_the_same_ticket(store, rules, clock):
    who = citizen()
    first = store.ingest(inbound(who, clock.now()), rules)
    clock.advance(timedelta(hours=3))
    second = store.ingest(inbound(who, clock.now(), "Encara no funciona"), rules)
    assert second.ticket_id == first.ticket_id and not second.opened_ticket
    assert not second.queued  # no second opening message


def test_duplicate_delivery_stores_nothing(store, rules, clock):
    message = inbound(citizen(), clock.now())
    store.ingest(message, rules)
    before = (store.ticket_count(), len(store.thread(1)), len(store.outbox()))
    again = store.ingest(message, rules)
    assert again.duplicate
    assert (store.ticket_count(), len(store.thread(1)), len(store.outbox())) == before


def close_ticket(store, rules, clock, who):
    agent = store.ensure_agent("anna", "Anna", Role.AGENT)
    opened = store.ingest(inbound(who, clock.now()), rules)
    store.add_reply(opened.ticket_id, "Ja està resolt.", agent)
    store.close_ticket(opened.ticket_id, agent, rules)
    return opened, agent


def test_message_29_minutes_after_closing_joins_and_is_flagged(store, rules, clock):
    who = citizen()
    opened, _ = close_ticket(store, rules, clock, who)
    assert [n for n, _ in notices(store, opened.ticket_id)] == ["opening", "closing"]
    clock.advance(timedelta(minutes=29))
    late = store.ingest(inbound(who, clock.now(), "Una cosa més"), rules)
    assert late.ticket_id == opened.ticket_id and late.joined_while_closing
    ticket = store.ticket(opened.ticket_id)
    assert ticket.status == "closing" and ticket.citizen_wrote_while_closing


def test_message_31_minutes_after_closing_opens_a_new_ticket(store, rules, clock):
    who = citizen()
    opened, _ = close_ticket(store, rules, clock, who)
    clock.advance(timedelta(minutes=31))
    later = store.ingest(inbound(who, clock.now(), "Tinc un altre problema"), rules)
    assert later.opened_ticket and later.ticket_id != opened.ticket_id
    assert later.ticket_number == "2026-000002"
    assert store.ticket(opened.ticket_id).status == "closed"
    assert store.ticket(opened.ticket_id).closed_at == store.ticket(opened.ticket_id).closing_at + timedelta(minutes=30)
    assert [n for n, _ in notices(store, later.ticket_id)] == ["opening"]


def test_agent_can_reopen_during_grace_but_not_after(store, rules, clock):
    who = citizen()
    opened, agent = close_ticket(store, rules, clock, who)
    clock.advance(timedelta(minutes=10))
    store.reopen_ticket(opened.ticket_id, agent, rules)
    assert store.ticket(opened.ticket_id).status == "open"
    store.close_ticket(opened.ticket_id, agent, rules)
    clock.advance(timedelta(minutes=30))
    with pytest.raises(TicketConflict):
        store.reopen_ticket(opened.ticket_id, agent, rules)
    assert store.finalize_expired(rules) == 1
    assert store.ticket(opened.ticket_id).status == "closed"


def test_database_enforces_one_active_ticket_per_citizen(store, rules, clock):
    import peewee
    store.ingest(inbound(citizen(), clock.now()), rules)
    m = store.m
    ticket = m.Ticket.get_by_id(1)
    with pytest.raises(peewee.IntegrityError):
        with store.db.atomic():
            m.Ticket.create(number="x", citizen=ticket.citizen_id, language="ca", opened_at=clock.now(),
                            first_response_due=clock.now(), last_message_at=clock.now())


def test_out_of_hours_notice_once_per_ticket_with_next_opening(store, rules, clock):
    clock.set(local(2026, 11, 20, 21, 30))  # Friday evening, still open
    who = citizen(language="es")
    first = store.ingest(inbound(who, clock.now(), "Hola"), rules)
    assert store.ticket(first.ticket_id).first_response_due == local(2026, 11, 23, 9, 30)
    clock.set(local(2026, 11, 20, 22, 15))  # now closed
    second = store.ingest(inbound(who, clock.now(), "¿Hola?"), rules)
    clock.set(local(2026, 11, 21, 10, 0))  # Saturday
    third = store.ingest(inbound(who, clock.now(), "¿Hay alguien?"), rules)
    texts = notices(store, first.ticket_id)
    assert [n for n, _ in texts] == ["opening", "out_of_hours"]
    assert "a partir del lunes, 23 de noviembre, 8:00." in texts[1][1]
    assert len(second.queued) == 1 and not third.queued


def test_claim_is_atomic_and_first_reply_stops_the_sla_clock(store, rules, clock):
    anna = store.ensure_agent("anna", "Anna", Role.AGENT)
    pau = store.ensure_agent("pau", "Pau", Role.AGENT)
    opened = store.ingest(inbound(citizen(), clock.now()), rules)
    store.claim(opened.ticket_id, anna)
    with pytest.raises(TicketConflict, match="already claimed by Anna"):
        store.claim(opened.ticket_id, pau)
    clock.advance(timedelta(minutes=45))
    store.add_reply(opened.ticket_id, "Hola Marta", anna)
    ticket = store.ticket(opened.ticket_id)
    assert ticket.first_response_at == clock.now()
    assert store.thread(ticket.id)[-1].author_login == "anna"
    assert not rules.sla(ticket.first_response_due, ticket.first_response_at, clock.now()).breached
    assert [(a, who) for _, a, who, _ in store.audit_trail(opened.ticket_id)] == [("claim", "anna")]


def test_only_a_lead_assigns_to_someone_else(store, rules, clock):
    anna = store.ensure_agent("anna", "Anna", Role.AGENT)
    lead = store.ensure_agent("lia", "Lia", Role.LEAD)
    opened = store.ingest(inbound(citizen(), clock.now()), rules)
    with pytest.raises(NotAllowed):
        store.assign(opened.ticket_id, lead.id, anna)
    store.assign(opened.ticket_id, anna.id, lead)
    assert store.ticket(opened.ticket_id).assignee_login == "anna"


def test_sla_breach_is_flagged_when_nobody_answers(store, rules, clock):
    opened = store.ingest(inbound(citizen(), clock.now()), rules)
    ticket = store.ticket(opened.ticket_id)
    clock.advance(timedelta(hours=1, minutes=59))
    assert not rules.sla(ticket.first_response_due, None, clock.now()).breached
    clock.advance(timedelta(minutes=2))
    state = rules.sla(ticket.first_response_due, None, clock.now())
    assert state.breached and state.left == -timedelta(minutes=1)


def test_internal_note_is_never_queued(store, rules, clock):
    agent = store.ensure_agent("anna", "Anna", Role.AGENT)
    opened = store.ingest(inbound(citizen(), clock.now()), rules)
    queued = len(store.outbox())
    store.add_note(opened.ticket_id, "Trucar-la demà", agent)
    assert len(store.outbox()) == queued
    assert store.thread(opened.ticket_id)[-1].kind == "note"


def test_forward_origin_and_reply_quote_are_kept(store, rules, clock):
    who = citizen()
    first = inbound(who, clock.now(), "El rebut no arriba")
    store.ingest(first, rules)
    forwarded = inbound(who, clock.now(), "Pagament pendent",
                        forward=ForwardOrigin("Agència Tributària", local(2026, 11, 20, 9, 0)))
    reply = inbound(who, clock.now(), "Alguna novetat?", reply_to_channel_message_id=first.channel_message_id,
                    reply_quote="El rebut no arriba")
    store.ingest(forwarded, rules)
    store.ingest(reply, rules)
    messages = [m for m in store.thread(1) if m.kind == "in"]
    assert messages[1].forward_from == "Agència Tributària"
    assert messages[1].forward_date == local(2026, 11, 20, 9, 0)
    assert messages[2].reply_quote == "El rebut no arriba"
    assert messages[2].reply_to_channel_message_id == first.channel_message_id
    assert store.message_text("acct", who.address, first.channel_message_id) == "El rebut no arriba"


def test_edit_keeps_the_earlier_text_and_deletion_is_marked(store, rules, clock):
    who = citizen()
    message = inbound(who, clock.now(), "Tinc un problema amb el pagamet")
    store.ingest(message, rules)
    clock.advance(timedelta(minutes=1))
    assert store.apply_edit(InboundEdit("acct", who.address, message.channel_message_id, clock.now(),
                                        "Tinc un problema amb el pagament"))
    row = [m for m in store.thread(1) if m.kind == "in"][0]
    assert row.text.endswith("pagament") and row.edited_at == clock.now()
    assert store.message_history(row.id) == [(clock.now(), "Tinc un problema amb el pagamet")]
    assert store.apply_deletion(InboundDeletion("acct", (message.channel_message_id,), clock.now())) == 1
    assert store.message(row.id).deleted_at == clock.now() and store.message(row.id).text


def test_outbox_marks_sent_and_keeps_random_id(store, rules, clock):
    opened = store.ingest(inbound(citizen(), clock.now()), rules)
    [out] = store.outbox()
    assert out.automatic and out.random_id
    store.mark_sent(out.message_id, 9001, clock.now())
    assert store.outbox() == []
    assert store.message(out.message_id).delivery == "sent"
    assert store.message(out.message_id).channel_message_id == 9001


def test_changes_are_announced_after_commit(store, rules, clock):
    seen = []
    store.subscribe(seen.extend)
    opened = store.ingest(inbound(citizen(), clock.now()), rules)
    assert [(c.kind, c.ticket_id) for c in seen] == [("ticket_opened", opened.ticket_id)]
