"""Issue 14 item 4: an agent corrects a ticket's language; the automatic messages after it
(out of hours, closing, the citizen's next opening) are in the corrected language."""

from datetime import timedelta

from deskclient.domain.tickets import Role
from tests.conftest import local
from tests.factories import citizen, inbound


def notices(store, ticket_id):
    return [(m.notice, m.text) for m in store.thread(ticket_id) if m.kind == "system"]


def test_a_corrected_language_holds_for_later_automatic_messages(store, rules, clock):
    anna = store.ensure_agent("anna", "Anna", Role.AGENT)
    who = citizen(777)
    # A Catalan speaker who opens with a bare "Hola": the desk says Spanish.
    opened = store.ingest(inbound(who, clock.now(), "Hola"), rules)
    ticket = store.ticket(opened.ticket_id)
    assert ticket.language == "es"
    assert notices(store, ticket.id)[0] == ("opening", rules.opening_notice(ticket.number, "es"))

    assert store.set_ticket_language(ticket.id, "ca", anna) == "es"
    assert store.ticket(ticket.id).language == "ca"
    assert any(action == "language_corrected" and "es -> ca" in detail
               for _, action, _, detail in store.audit_trail(ticket.id))

    clock.set(local(2026, 11, 23, 23, 30))  # a message out of hours, after the correction
    store.ingest(inbound(who, clock.now(), "Encara hi sou?"), rules)
    assert notices(store, ticket.id)[-1] == ("out_of_hours", rules.out_of_hours_notice(clock.now(), "ca"))

    store.close_ticket(ticket.id, anna, rules)
    assert notices(store, ticket.id)[-1] == ("closing", rules.closing_notice(ticket.number, "ca"))

    clock.advance(timedelta(days=1))  # past the grace: the next message opens a new ticket
    again = store.ingest(inbound(who, clock.now(), "Hola"), rules)
    assert again.opened_ticket and store.ticket(again.ticket_id).language == "ca"  # the citizen's now
    assert notices(store, again.ticket_id)[0] == ("opening", rules.opening_notice(
        store.ticket(again.ticket_id).number, "ca"))


def test_setting_the_same_language_changes_nothing(store, rules, clock):
    anna = store.ensure_agent("anna", "Anna", Role.AGENT)
    opened = store.ingest(inbound(citizen(778), clock.now(), "Bon dia"), rules)
    assert store.set_ticket_language(opened.ticket_id, "ca", anna) == "ca"
    assert not any(action == "language_corrected" for _, action, _, _ in store.audit_trail(opened.ticket_id))
