"""Issue 16: WhatsApp's rate limits are its number's. A desk on Telegram and WhatsApp
(build_desk, the router, the simulated Telegram and Cloud API) meets WhatsApp's
throughput limit (130429) on a reply: WhatsApp's sends wait, Telegram's go on at once
and the window is not told that sending is paused."""

from __future__ import annotations

import asyncio

from deskclient.domain.tickets import Role
from deskclient.services.events import SendingPaused
from tests.net.conftest import telegram  # noqa: F401 (the simulated Telegram fixture)
from tests.system.test_whatsapp_desk import LAURA, desk_with_both, texts_to
from tests.waiting import until


def test_whatsapp_s_rate_limit_holds_back_only_whatsapp(telegram, config, clock):  # noqa: F811
    async def scenario():
        async with desk_with_both(telegram, config, clock) as (desk, sim):
            store = desk.store
            paused = []
            desk.bus.subscribe(lambda event: paused.append(event) if isinstance(event, SendingPaused) else None)
            await sim.citizen_sends_text(LAURA, "Bon dia")
            await until(lambda: len(sim.received(LAURA)) == 1)  # the opening
            marta = telegram.citizen
            telegram.user_sends(marta, telegram.account, "Hola des de Telegram")
            await until(lambda: len(telegram.received_by(telegram.account, marta)) == 1)
            anna = store.ensure_agent("anna", "Anna", Role.AGENT)
            wa_ticket = store.active_ticket_for(desk.whatsapp.account, int(LAURA))
            tg_ticket = store.active_ticket_for(str(telegram.account.id), marta.id)

            sim.fail_next(130429)  # the number's messages per second exceeded
            store.add_reply(wa_ticket.id, "Ara ho mirem", anna)
            desk.outbox.kick()
            await until(lambda: sim.sends >= 1 and desk.outbox.held_back(desk.whatsapp.account))
            store.add_reply(tg_ticket.id, "Us responem per Telegram", anna)
            desk.outbox.kick()
            await until(lambda: len(telegram.received_by(telegram.account, marta)) == 2, timeout=5)
            await asyncio.sleep(0.3)
            assert "Ara ho mirem" not in texts_to(sim, LAURA)  # waits out WhatsApp's limit
            assert paused == []  # Telegram's sending never paused
            assert store.thread(wa_ticket.id)[-1].delivery == "queued"

    asyncio.run(scenario())
