"""Issue 14 item 5 on WhatsApp (issue 16): when the deployment asks citizens to choose
their ticket's category, the opening message reaches a WhatsApp citizen as an
interactive list (a row per category, in their language; the numbered text above it),
and the row they pick files the ticket under that category, as a Telegram bot's button
does. The real desk (build_desk: store, ingest, outbox, the real gateway) against the
simulated Cloud API, which checks Meta's limits for interactive messages."""

from __future__ import annotations

import asyncio

import pytest

from deskclient.domain.messages import OutboundMessage
from deskclient.net.whatsapp.interactive import list_message
from deskclient.net.whatsapp_sim.server import interactive_valid
from tests.net.conftest import telegram  # noqa: F401 (the simulated Telegram fixture)
from tests.net.whatsapp.conftest import MARTA, desk_on_whatsapp
from tests.system.test_whatsapp_desk import desk_with_both
from tests.waiting import until

CHOOSING = {"tickets.category_choice": True}


def chosen_by(desk) -> list[str]:
    return [d for _, a, _, d in desk.store.audit_trail() if a == "category_chosen"]


def test_the_citizen_picks_the_category_from_a_list(config, clock):
    async def scenario():
        async with desk_on_whatsapp(config.with_values(CHOOSING), clock, redeliver_every=2) as (desk, sim):
            await sim.citizen_sends_text(MARTA, "Hola, tengo un problema con la firma del certificado")
            ticket = desk.store.active_ticket_for(desk.gateway.account, int(MARTA))
            await until(lambda: sim.received(MARTA))
            [opening] = sim.received(MARTA)
            assert opening.type == "interactive" and ticket.number in opening.text
            assert "1. Dudas funcionales" in opening.text  # the numbered list stays in the text
            assert opening.choices_button == "Elija el tema"  # in the citizen's language
            assert [(title, description) for _, title, description in opening.choices] == [
                ("Dudas funcionales", ""), ("Problemas con el pago", ""),
                ("Problemas con la firma…", "Problemas con la firma o el certificado")]
            assert desk.store.ticket(ticket.id).category is None

            await sim.citizen_picks(MARTA, opening, opening.choices[2][0])
            await until(lambda: desk.store.ticket(ticket.id).category is not None)
            assert desk.store.ticket(ticket.id).category == "Signature or certificate problems"
            assert desk.store.category_chosen_by_citizen(ticket.id)
            # The agent reads what the citizen chose, whole, in the thread.
            assert [m.text for m in desk.store.thread(ticket.id) if m.kind == "in"][-1] == \
                "Problemas con la firma o el certificado"
            # A second pick changes nothing (the question is answered); nothing more is sent.
            await sim.citizen_picks(MARTA, opening, opening.choices[0][0])
            await asyncio.sleep(0.3)
            assert desk.store.ticket(ticket.id).category == "Signature or certificate problems"
            assert chosen_by(desk) == ["by the citizen: Signature or certificate problems"]
            assert len(sim.received(MARTA)) == 1

    asyncio.run(scenario())


def test_beside_telegram_each_channel_offers_what_it_can(telegram, config, clock):  # noqa: F811
    """One desk, both channels: a Telegram user account's citizen gets the numbered text
    (a user account sends no buttons), the WhatsApp citizen the list too."""
    async def scenario():
        async with desk_with_both(telegram, config.with_values(CHOOSING), clock) as (desk, sim):
            marta = telegram.citizen
            telegram.user_sends(marta, telegram.account, "Hola, tengo un problema con el pago")
            await sim.citizen_sends_text(MARTA, "Hola, tengo un problema con el pago")
            await until(lambda: telegram.received_by(telegram.account, marta) and sim.received(MARTA))
            [on_telegram] = telegram.received_by(telegram.account, marta)
            assert "2. Problemas con el pago" in on_telegram
            assert telegram.buttons_of(telegram.account, marta) == []
            [on_whatsapp] = sim.received(MARTA)
            assert on_whatsapp.type == "interactive" and len(on_whatsapp.choices) == 3
            await sim.citizen_picks(MARTA, on_whatsapp, on_whatsapp.choices[1][0])
            ticket = desk.store.active_ticket_for(desk.whatsapp.account, int(MARTA))
            await until(lambda: desk.store.ticket(ticket.id).category == "Payment problems")

    asyncio.run(scenario())


def test_without_the_choice_the_opening_is_plain_text(config, clock):
    async def scenario():
        async with desk_on_whatsapp(config, clock) as (_, sim):
            await sim.citizen_sends_text(MARTA, "Bon dia")
            await until(lambda: sim.received(MARTA))
            assert [r.type for r in sim.received(MARTA)] == ["text"]

    asyncio.run(scenario())


def offer(text: str, buttons) -> OutboundMessage:
    return OutboundMessage(message_id=1, citizen_address=int(MARTA), text=text, random_id=1,
                           buttons=tuple(buttons), buttons_label="Elija el tema")


@pytest.mark.parametrize(("text", "count"), [("¿Sobre qué?", 11), ("x" * 4097, 3)])
def test_what_cannot_be_one_list_goes_as_text(text, count):
    """More than ten categories, or words longer than a list's body: the text alone (the
    citizen answers its numbers)."""
    assert list_message(offer(text, [(f"Tema {n}", f"category:{n}") for n in range(1, count + 1)])) is None


def test_the_list_keeps_within_metas_limits():
    labels = ["Problemes amb la signatura electrònica o el certificat digital de l'empresa o persona física"] * 2
    sent = list_message(offer("¿Sobre qué?", [(label, f"category:{n}") for n, label in enumerate(labels, 1)]))
    assert interactive_valid(sent)
    assert all(len(r["title"]) == 24 and len(r["description"]) == 72 for r in sent["action"]["sections"][0]["rows"])
    too_long = {**sent, "action": {**sent["action"], "button": "Elija el tema de su consulta"}}
    assert not interactive_valid(too_long)  # the simulator refuses what Meta refuses
