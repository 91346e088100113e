"""Issue 14 item 6 on a desk with WhatsApp too: the purge (and an erasure) queue the
deletion of a chat's history only for Telegram's chats; WhatsApp has no such deletion,
and a row queued for one only kept the citizen's number until it failed. Rows an earlier
version queued so are dropped. SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace

from deskclient.store.history_deletes import PURGE, queue_history_deletes
from tests.factories import citizen, inbound

WHATSAPP_ACCOUNT = "whatsapp:100000000000016"
WHATSAPP_NUMBER = 34611000001


def test_only_telegram_chats_are_queued_and_whatsapps_old_rows_are_dropped(store, rules, clock):
    telegram = store.ingest(inbound(citizen(501), clock.now(), channel_message_id=77), rules)
    whatsapp = store.ingest(replace(inbound(citizen(WHATSAPP_NUMBER), clock.now(), channel_message_id=88),
                                    account=WHATSAPP_ACCOUNT), rules)
    m = store.m
    assert store.db.atomic()(lambda: queue_history_deletes(
        m, [telegram.ticket_id, whatsapp.ticket_id], PURGE, clock.now()))() == 1
    assert [(r.account, r.address, r.max_id) for r in m.HistoryDelete.select()] == [("acct", 501, 77)]

    # As an earlier version left it: the WhatsApp chat queued too.
    m.HistoryDelete.create(account=WHATSAPP_ACCOUNT, address=WHATSAPP_NUMBER, max_id=88, reason=PURGE,
                           queued_at=clock.now())
    assert store.forget_whatsapp_history_deletes() == 1
    assert [(r.account, r.address) for r in m.HistoryDelete.select()] == [("acct", 501)]
    assert store.forget_whatsapp_history_deletes() == 0
