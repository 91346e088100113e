"""The retention purge on a WhatsApp-only desk (seed 002's): the purged chat queues no
deletion of its history on Telegram, the report counts no Telegram chat, and a row an
earlier version queued for a WhatsApp chat is dropped by the duty holder at its start,
not tried and audited as refused. Real desk, simulated Cloud API, real SQLite."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from deskclient.domain.tickets import Role
from deskclient.net.whatsapp_sim import SimulatedCloudAPI
from deskclient.store.database import open_database
from deskclient.store.history_deletes import PURGE
from deskclient.store.repository import TicketStore
from tests.net.whatsapp.conftest import MARTA, desk_on_whatsapp
from tests.waiting import until

SEVEN_MONTHS = timedelta(days=215)


def test_a_purged_whatsapp_chat_queues_no_telegram_deletion(config, clock):
    earlier = TicketStore(open_database(config.database_url), clock, workstation="earlier")  # as it left it
    earlier.m.HistoryDelete.create(account=f"whatsapp:{SimulatedCloudAPI.phone_number_id}", address=int(MARTA),
                                   max_id=5, reason=PURGE, queued_at=clock.now())
    earlier.close()

    async def scenario():
        async with desk_on_whatsapp(config, clock) as (desk, sim):
            await until(lambda: desk.store.history_deletes_left() == 0)  # the old row: dropped
            await sim.citizen_sends_text(MARTA, "Bon dia, no puc pagar la taxa")
            await until(lambda: desk.store.active_ticket_for(desk.gateway.account, int(MARTA)) is not None)
            ticket = desk.store.active_ticket_for(desk.gateway.account, int(MARTA))
            anna = desk.store.ensure_agent("anna", "Anna", Role.AGENT)
            desk.store.add_reply(ticket.id, "Ja està resolt.", anna)
            desk.store.close_ticket(ticket.id, anna, desk.rules)
            desk.outbox.kick()
            await until(lambda: all(m.delivery == "sent" for m in desk.store.thread(ticket.id) if m.kind != "in"))
            clock.advance(timedelta(hours=1))
            desk.store.finalize_expired(desk.rules)
            clock.advance(SEVEN_MONTHS)
            report = await asyncio.to_thread(desk.lead.purge_job.run, "test")
            assert report.counts.tickets == 1 and report.counts.telegram_chats == 0
            assert desk.store.history_deletes_left() == 0
            await asyncio.sleep(0.3)
            return [action for _, action, _, _ in desk.store.audit_trail()]

    actions = asyncio.run(scenario())
    assert "telegram_history_refused" not in actions and "telegram_history_deleted" not in actions
