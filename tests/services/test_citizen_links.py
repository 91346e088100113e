"""Issue 16: the same person on Telegram and on WhatsApp is two citizens until a lead
links them; then each one's panel shows the other's tickets and notes. Only a lead may,
audited without content; a wrong number or the same citizen is one plain sentence."""

from __future__ import annotations

import pytest

from deskclient.domain.messages import CitizenIdentity, InboundMessage
from deskclient.domain.tickets import Role
from deskclient.errors import NotAllowed, UserFacingError
from deskclient.logs import log_dir
from tests.services.lead_helpers import LeadDesk, citizen, inbound, run


@pytest.fixture
def lead_desk(store, rules, clock, config):
    desk = LeadDesk(store, rules, clock, config, log_dir())
    yield desk
    desk.close()


def on_whatsapp(wa_id: int, name: str, date, text: str = "Hola") -> InboundMessage:
    who = CitizenIdentity(user_id=wa_id, name=name, phone=f"+{wa_id}")
    return InboundMessage(account="whatsapp:106540352242922", citizen=who, telegram_id=hash(text) & 0xFFFF,
                          date=date, text=text, external_id="wamid." + text)


def test_a_lead_links_one_person_on_two_channels(store, rules, clock, lead_desk):
    telegram = store.ingest(inbound(citizen(701, "Marta Puig"), clock.now()), rules)
    whatsapp = store.ingest(on_whatsapp(34611222333, "Marta P.", clock.now()), rules)
    anna = store.ensure_agent("anna", "Anna", Role.AGENT)
    store.add_note(telegram.ticket_id, "Ja va trucar ahir", anna)
    wa_citizen = store.ticket(whatsapp.ticket_id).citizen_id
    tg_citizen = store.ticket(telegram.ticket_id).citizen_id
    # Two citizens: neither panel shows the other's ticket.
    assert [t.number for t in store.citizen_tickets(wa_citizen)] == [whatsapp.ticket_number]

    names = run(lead_desk.lead.link_citizens(whatsapp.ticket_id, f" {telegram.ticket_number} "))

    assert names == ("Marta P.", "Marta Puig")
    assert {t.number for t in store.citizen_tickets(wa_citizen)} == {whatsapp.ticket_number, telegram.ticket_number}
    assert [n.text for n in store.citizen_notes(wa_citizen)] == ["Ja va trucar ahir"]
    card = store.citizen_card(wa_citizen)
    assert (card.channel, card.phone, card.tickets, card.linked) == (
        "whatsapp", "+34611222333", 2, (("Marta Puig", "telegram"),))
    assert store.citizen_card(tg_citizen).linked == (("Marta P.", "whatsapp"),)
    [(_, action, _, detail)] = [e for e in store.audit_trail() if e[1] == "link_citizens"]
    assert detail == f"citizens {wa_citizen} and {tg_citizen}"  # ids, no names


def test_a_third_citizen_joins_the_person(store, rules, clock, lead_desk):
    first = store.ingest(inbound(citizen(702, "Pau"), clock.now()), rules)
    second = store.ingest(on_whatsapp(34611222334, "Pau S.", clock.now()), rules)
    third = store.ingest(inbound(citizen(703, "Pau Serra"), clock.now()), rules)
    run(lead_desk.lead.link_citizens(first.ticket_id, second.ticket_number))
    run(lead_desk.lead.link_citizens(third.ticket_id, second.ticket_number))
    ids = {store.ticket(t.ticket_id).citizen_id for t in (first, second, third)}
    for citizen_id in ids:
        assert sorted(store.person_of(citizen_id)) == sorted(ids)
        assert len(store.citizen_tickets(citizen_id)) == 3


def test_wrong_numbers_and_agents_are_refused(store, rules, clock, lead_desk, config):
    ticket = store.ingest(inbound(citizen(704), clock.now()), rules)
    with pytest.raises(UserFacingError, match="No ticket is numbered 2026-999999."):
        run(lead_desk.lead.link_citizens(ticket.ticket_id, "2026-999999"))
    with pytest.raises(UserFacingError, match="Both tickets are the same citizen's."):
        run(lead_desk.lead.link_citizens(ticket.ticket_id, ticket.ticket_number))
    agent = LeadDesk(store, rules, clock, config, log_dir(), login="anna", role=Role.AGENT)
    try:
        other = store.ingest(on_whatsapp(34611222335, "Anna", clock.now()), rules)
        with pytest.raises(NotAllowed):
            run(agent.lead.link_citizens(ticket.ticket_id, other.ticket_number))
    finally:
        agent.close()
    assert store.person_of(store.ticket(ticket.ticket_id).citizen_id) == [store.ticket(ticket.ticket_id).citizen_id]
