"""Issue 16, the store's side of channels: a citizen, and through them a ticket and its
messages, know their network; the same address on two accounts is two citizens; the
channel's own message ids (WhatsApp's wamids) are kept, so a reply can quote one."""

from __future__ import annotations

from datetime import timedelta

from deskclient.domain.messages import CitizenIdentity, InboundMessage
from deskclient.domain.tickets import Role
from tests.factories import citizen, inbound

WHATSAPP = "whatsapp:106540352242922"


def from_whatsapp(wa_id: int, date, text: str, wamid: str, channel_message_id: int) -> InboundMessage:
    who = CitizenIdentity(address=wa_id, name="Laura Gil", phone=f"+{wa_id}")
    return InboundMessage(account=WHATSAPP, citizen=who, channel_message_id=channel_message_id, date=date, text=text,
                          external_id=wamid)


def test_a_whatsapp_citizen_and_their_ticket_show_their_channel(store, rules, clock):
    tg = store.ingest(inbound(citizen(601), clock.now()), rules)
    wa = store.ingest(from_whatsapp(34600111222, clock.now(), "Hola", "wamid.HBgL1", 77), rules)
    channels = {row.number: row.channel for row in store.queue()}
    assert channels == {tg.ticket_number: "telegram", wa.ticket_number: "whatsapp"}
    assert store.ticket(wa.ticket_id).channel == "whatsapp"


def test_one_address_on_two_accounts_is_two_citizens_with_a_ticket_each(store, rules, clock):
    # A Telegram user id that happens to equal a WhatsApp number's digits: different people.
    first = store.ingest(inbound(citizen(34600111222), clock.now()), rules)
    second = store.ingest(from_whatsapp(34600111222, clock.now(), "Hola", "wamid.HBgL2", 78), rules)
    assert first.opened_ticket and second.opened_ticket
    assert first.ticket_id != second.ticket_id
    assert len(store.queue()) == 2


def test_a_reply_quoting_a_whatsapp_message_carries_its_wamid_and_account(store, rules, clock):
    anna = store.ensure_agent("anna", "Anna", Role.AGENT)
    wa = store.ingest(from_whatsapp(34600111223, clock.now(), "Hola", "wamid.HBgL3", 79), rules)
    tg = store.ingest(inbound(citizen(602), clock.now(), channel_message_id=500), rules)
    clock.advance(timedelta(minutes=1))
    store.add_reply(wa.ticket_id, "Bon dia", anna, reply_to_channel_message_id=79)
    store.add_reply(tg.ticket_id, "Bon dia", anna, reply_to_channel_message_id=500)
    replies = {m.account: m for m in store.outbox() if not m.automatic}
    assert replies[WHATSAPP].reply_to_external_id == "wamid.HBgL3"
    assert replies[WHATSAPP].citizen_address == 34600111223
    assert replies["acct"].reply_to_external_id is None  # Telegram's int id is enough
    notices = [m for m in store.outbox() if m.automatic]
    assert {m.account for m in notices} == {WHATSAPP, "acct"}  # the openings go by their channel


def test_a_sent_message_keeps_the_channels_own_id(store, rules, clock):
    anna = store.ensure_agent("anna", "Anna", Role.AGENT)
    wa = store.ingest(from_whatsapp(34600111224, clock.now(), "Hola", "wamid.HBgL4", 80), rules)
    reply = store.add_reply(wa.ticket_id, "Bon dia", anna)
    store.mark_sent(reply, 81, clock.now(), "wamid.OUT1")
    assert store.m.Message.get_by_id(reply).external_id == "wamid.OUT1"
    assert store.message(reply).delivery == "sent"

