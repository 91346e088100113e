"""Issue 16: the same person on Telegram and on WhatsApp is two citizens until a lead
links them; then each one's panel shows the other's tickets and notes. Only a lead may,
audited without content; a wrong number or the same citizen is one plain sentence.

The link undone and honoured by the data-subject requests: unlinking makes each a
citizen of their own again (audited, lead only); an access request for either includes
the linked record and its tickets; an erasure of either takes both, and is refused while
either has a ticket on legal hold. Linked or not, each channel keeps its own tickets and
conversation address: a reply goes out on the channel its ticket came from. Real SQLite
and PostgreSQL."""

from __future__ import annotations

import json
import zipfile

import pytest

from deskclient.domain.messages import CitizenIdentity, InboundMessage
from deskclient.domain.tickets import Role
from deskclient.errors import NotAllowed, UserFacingError
from deskclient.logs import log_dir
from tests.services.lead_helpers import LeadDesk, citizen, inbound, run

WHATSAPP = "whatsapp:106540352242922"
WA_ID = 34611222333


@pytest.fixture
def lead_desk(store, rules, clock, config):
    desk = LeadDesk(store, rules, clock, config, log_dir())
    yield desk
    desk.close()


def on_whatsapp(wa_id: int, name: str, date, text: str = "Hola") -> InboundMessage:
    who = CitizenIdentity(address=wa_id, name=name, phone=f"+{wa_id}")
    return InboundMessage(account=WHATSAPP, citizen=who, channel_message_id=hash(text) & 0xFFFF,
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


@pytest.fixture
def marta(store, rules, clock, lead_desk):
    """Marta on Telegram and on WhatsApp, linked by the lead; Jordi beside her.
    Returns (Telegram ticket, WhatsApp ticket, Jordi's ticket)."""
    tg_ticket = store.ingest(inbound(citizen(701, "Marta Puig"), clock.now(), "No puc pagar la taxa"), rules)
    wa_ticket = store.ingest(on_whatsapp(WA_ID, "Marta P.", clock.now(), "Us envio el rebut per WhatsApp"), rules)
    jordi = store.ingest(inbound(citizen(702, "Jordi Vila"), clock.now(), "Altra consulta"), rules)
    run(lead_desk.lead.link_citizens(wa_ticket.ticket_id, tg_ticket.ticket_number))
    return tg_ticket, wa_ticket, jordi


def citizen_of(store, filed) -> int:
    return store.ticket(filed.ticket_id).citizen_id


def test_unlinking_makes_each_a_citizen_of_their_own_again(store, lead_desk, marta):
    tg_ticket, wa_ticket, _ = marta
    tg, wa = citizen_of(store, tg_ticket), citizen_of(store, wa_ticket)
    assert len(store.citizen_tickets(wa)) == 2

    assert run(lead_desk.lead.unlink_citizen(wa_ticket.ticket_id)) == "Marta P."

    assert [t.number for t in store.citizen_tickets(wa)] == [wa_ticket.ticket_number]
    assert [t.number for t in store.citizen_tickets(tg)] == [tg_ticket.ticket_number]
    assert store.citizen_card(wa).linked == () and store.citizen_card(tg).linked == ()
    [(_, _, _, detail)] = [e for e in store.audit_trail() if e[1] == "unlink_citizens"]
    assert detail == f"citizen {wa} from citizens {tg}"  # ids, no names
    with pytest.raises(UserFacingError, match="That citizen is not linked to anyone."):
        run(lead_desk.lead.unlink_citizen(wa_ticket.ticket_id))


def test_of_three_linked_the_two_left_stay_one_person(store, rules, clock, lead_desk, marta):
    tg_ticket, wa_ticket, _ = marta
    third = store.ingest(inbound(citizen(703, "Marta Puig i Soler"), clock.now(), "Des d'un altre compte"), rules)
    run(lead_desk.lead.link_citizens(third.ticket_id, tg_ticket.ticket_number))
    tg, wa, other = (citizen_of(store, t) for t in (tg_ticket, wa_ticket, third))
    assert sorted(store.person_of(wa)) == sorted([tg, wa, other])

    run(lead_desk.lead.unlink_citizen(tg_ticket.ticket_id))  # the one whose id names the person

    assert store.person_of(tg) == [tg]
    assert sorted(store.person_of(wa)) == sorted(store.person_of(other)) == sorted([wa, other])
    assert {t.number for t in store.citizen_tickets(other)} == {wa_ticket.ticket_number, third.ticket_number}


def test_only_a_lead_unlinks(store, rules, clock, config, marta):
    _, wa_ticket, _ = marta
    agent = LeadDesk(store, rules, clock, config, log_dir(), login="anna", role=Role.AGENT)
    try:
        with pytest.raises(NotAllowed):
            run(agent.lead.unlink_citizen(wa_ticket.ticket_id))
    finally:
        agent.close()
    assert len(store.person_of(citizen_of(store, wa_ticket))) == 2


def test_each_channel_keeps_its_tickets_and_address(store, lead_desk, marta):
    tg_ticket, wa_ticket, _ = marta
    assert store.ticket(tg_ticket.ticket_id).channel == "telegram"
    assert store.ticket(wa_ticket.ticket_id).channel == "whatsapp"
    anna = store.ensure_agent("anna", "Anna", Role.AGENT)
    store.add_reply(wa_ticket.ticket_id, "Rebut rebut, gràcies", anna)
    store.add_reply(tg_ticket.ticket_id, "La taxa ja consta pagada", anna)
    sent = {m.text: (m.account, m.citizen_address) for m in store.outbox()}
    assert sent["Rebut rebut, gràcies"] == (WHATSAPP, WA_ID)
    assert sent["La taxa ja consta pagada"] == ("acct", 701)


def test_an_access_request_includes_the_linked_record(qapp, store, lead_desk, marta):
    tg_ticket, wa_ticket, _ = marta
    tg, wa = citizen_of(store, tg_ticket), citizen_of(store, wa_ticket)
    path = run(lead_desk.citizens.export(tg))
    with zipfile.ZipFile(path) as archive:
        records = json.loads(archive.read("records.json"))
    assert records["citizen"]["name"] == "Marta Puig"
    assert [(c["name"], c["phone"], c["account"]) for c in records["linked_citizens"]] == [
        ("Marta P.", f"+{WA_ID}", WHATSAPP)]
    assert [t["ticket"]["number"] for t in records["tickets"]] == [tg_ticket.ticket_number,
                                                                   wa_ticket.ticket_number]
    texts = [m["text"] for t in records["tickets"] for m in t["messages"]]
    assert "Us envio el rebut per WhatsApp" in texts and "Altra consulta" not in texts
    [(_, _, _, detail)] = [e for e in store.audit_trail() if e[1] == "citizen_export"][-1:]
    assert f"citizen {tg} (with linked citizens {wa})" in detail


def test_an_erasure_takes_the_linked_record_too(store, lead_desk, marta):
    tg_ticket, wa_ticket, jordi = marta
    tg, wa = citizen_of(store, tg_ticket), citizen_of(store, wa_ticket)
    report = run(lead_desk.citizens.erase(wa))
    assert (report.counts.tickets, report.counts.citizens) == (2, 2)
    m = store.m
    assert m.Citizen.select().where(m.Citizen.id.in_([tg, wa])).count() == 0
    assert m.Ticket.select().where(m.Ticket.id.in_([tg_ticket.ticket_id, wa_ticket.ticket_id])).count() == 0
    assert store.ticket(jordi.ticket_id).citizen_name == "Jordi Vila"  # nobody else's
    assert any(e[1] == "erase_linked_citizens" and e[3] == f"citizens {tg} with citizen {wa}"
               for e in store.audit_trail())


def test_a_hold_on_the_linked_citizens_ticket_stops_the_erasure(store, lead_desk, marta):
    tg_ticket, wa_ticket, _ = marta
    run(lead_desk.lead.hold(tg_ticket.ticket_id, "Recurs pendent"))
    with pytest.raises(UserFacingError, match=f"Ticket {tg_ticket.ticket_number} is on legal hold"):
        run(lead_desk.citizens.erase(citizen_of(store, wa_ticket)))
    assert store.ticket(wa_ticket.ticket_id).citizen_name == "Marta P."
