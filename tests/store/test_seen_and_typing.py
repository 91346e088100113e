"""Issue 15 items 9 and 10, the store's side: a citizen's read receipt marks what the
account sent them "seen" (kept, told to every workstation), typing is told and never
kept, the citizen panel reads their tickets and the agents' notes, and a voice note's
duration is filed with it."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from deskclient.domain.tickets import Role
from deskclient.store.arriving import ArrivingFile
from deskclient.store.database import open_database
from deskclient.store.records import SEEN, TYPING, TYPING_STOPPED
from deskclient.store.repository import TicketStore
from deskclient.store.team import TeamListener
from tests.factories import citizen, inbound


def sent_reply(store, ticket_id, agent, text, channel_message_id, clock):
    message_id = store.add_reply(ticket_id, text, agent)
    store.mark_sent(message_id, channel_message_id, clock.now())
    return message_id


def seen_marks(store, ticket_id):
    return [(m.text, m.seen) for m in store.thread(ticket_id) if m.kind == "out"]


def test_a_read_receipt_marks_what_was_sent_up_to_it_seen(store, rules, clock):
    anna = store.ensure_agent("anna", "Anna", Role.AGENT)
    ticket = store.ingest(inbound(citizen(601), clock.now(), channel_message_id=10), rules).ticket_id
    sent_reply(store, ticket, anna, "Bon dia", 20, clock)
    sent_reply(store, ticket, anna, "Ja està", 22, clock)
    store.add_reply(ticket, "Encara a la cua", anna)  # not sent: never seen
    told = []
    store.subscribe(told.extend)

    assert store.record_outbox_read("acct", 601, 20) == (ticket,)
    assert seen_marks(store, ticket) == [("Bon dia", True), ("Ja està", False), ("Encara a la cua", False)]
    assert [(c.kind, c.ticket_id) for c in told] == [(SEEN, ticket)]

    told.clear()
    assert store.record_outbox_read("acct", 601, 19) == ()  # an older receipt changes nothing
    assert store.record_outbox_read("acct", 601, 20) == ()  # nor a repeated one
    assert told == []
    assert store.record_outbox_read("acct", 601, 30) == (ticket,)
    assert seen_marks(store, ticket)[:2] == [("Bon dia", True), ("Ja està", True)]
    assert store.message(store.thread(ticket)[0].id).seen is False  # the citizen's own message
    assert store.record_outbox_read("acct", 999, 30) == ()  # nobody the desk filed


def test_messages_sent_after_the_receipt_wait_for_the_next(store, rules, clock):
    anna = store.ensure_agent("anna", "Anna", Role.AGENT)
    ticket = store.ingest(inbound(citizen(602), clock.now(), channel_message_id=40), rules).ticket_id
    store.record_outbox_read("acct", 602, 41)
    later = sent_reply(store, ticket, anna, "Una cosa més", 45, clock)
    assert store.message(later).seen is False
    store.record_outbox_read("acct", 602, 45)
    assert store.message(later).seen is True


def test_typing_is_told_for_the_active_ticket_and_kept_nowhere(store, rules, clock):
    ticket = store.ingest(inbound(citizen(603), clock.now()), rules).ticket_id
    told = []
    store.subscribe(told.extend)
    assert store.announce_typing("acct", 603) == ticket
    assert store.announce_typing("acct", 603, typing=False) == ticket
    assert store.announce_typing("acct", 604) is None  # no ticket: nobody to tell
    assert [(c.kind, c.ticket_id) for c in told] == [(TYPING, ticket), (TYPING_STOPPED, ticket)]


def test_the_citizen_panel_reads_tickets_and_notes(store, rules, clock):
    anna = store.ensure_agent("anna", "Anna", Role.AGENT)
    who = citizen(605, "Marta Puig")
    first = store.ingest(inbound(who, clock.now(), "Primer"), rules).ticket_id
    store.add_note(first, "Prefereix que li escrivim en català", anna)
    store.close_ticket(first, anna, rules)
    clock.advance(rules.closing.grace + timedelta(minutes=1))
    store.finalize_expired(rules)
    clock.advance(timedelta(days=3))
    second = store.ingest(inbound(who, clock.now(), "Segon"), rules).ticket_id
    store.add_note(second, "Té un expedient obert: 2026/118", anna)

    card = store.citizen_card(store.ticket(second).citizen_id)
    assert (card.name, card.address, card.tickets) == ("Marta Puig", 605, 2)
    assert [t.id for t in store.citizen_tickets(card.id)] == [second, first]  # newest first
    assert [t.status for t in store.citizen_tickets(card.id)] == ["open", "closed"]
    assert [(n.text, n.ticket_id, n.author_login) for n in store.citizen_notes(card.id)] == [
        ("Té un expedient obert: 2026/118", second, "anna"),
        ("Prefereix que li escrivim en català", first, "anna")]


def test_a_voice_notes_duration_is_filed_with_it(store, rules, clock):
    offer = ArrivingFile("audio", "voice_7.oga", "audio/ogg", 5_000, duration=7)
    result = store.ingest(inbound(citizen(606), clock.now(), ""), rules, offer)
    [attachment] = store.message(result.message_id).attachments
    assert (attachment.kind, attachment.duration, attachment.state) == ("audio", 7, "arriving")


@pytest.mark.postgres
def test_another_workstation_hears_of_the_receipt_and_the_typing(pg_url, clock, rules):
    """Team mode: the service files the receipt; a workstation (no session) is told
    through NOTIFY and reads "seen" from the store; typing comes the same way."""
    service = TicketStore(open_database(pg_url), clock, workstation="service")
    window = TicketStore(open_database(pg_url), clock, workstation="window")
    heard, arrived = [], threading.Event()

    def follow(changes):
        heard.extend(changes)
        if any(c.kind == TYPING for c in changes):
            arrived.set()

    window.subscribe(follow)
    listener = TeamListener(window)
    listener.start()
    try:
        anna = service.ensure_agent("anna", "Anna", Role.AGENT)
        ticket = service.ingest(inbound(citizen(607), clock.now(), channel_message_id=70), rules).ticket_id
        reply = sent_reply(service, ticket, anna, "Bon dia", 71, clock)
        service.record_outbox_read("acct", 607, 71)
        service.announce_typing("acct", 607)
        assert arrived.wait(5.0)
        kinds = [(c.kind, c.ticket_id, c.remote) for c in heard if c.kind in (SEEN, TYPING)]
        assert kinds == [(SEEN, ticket, True), (TYPING, ticket, True)]
        assert window.message(reply).seen is True
    finally:
        listener.stop()
        window.close()
        service.close()
