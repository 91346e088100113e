"""Issue 16: a desk on Telegram and WhatsApp paces each channel on its own — a burst of
WhatsApp openings goes at WhatsApp's rate (80 a second from one number), not Telegram's
user-account 5, and never holds a Telegram citizen's messages back (nor the reverse).
The real outbox and store, the real router, scripted network boundaries on a fake clock."""

from __future__ import annotations

import asyncio
from pathlib import Path

from deskclient.domain.messages import CitizenIdentity, InboundMessage
from deskclient.net.gateway_router import GatewayRouter
from deskclient.services.events import EventBus
from deskclient.services.file_store import FileStore
from deskclient.services.outbox import OutboxSender
from deskclient.services.runner import StoreRunner
from tests.factories import citizen, inbound
from tests.services.test_outbox import FakeTime, ScriptedTelegram, desk_store, most_in_one_second  # noqa: F401
from tests.waiting import until

NUMBER = "whatsapp:106540352242922"


class ScriptedWhatsApp(ScriptedTelegram):
    account = NUMBER
    label = "scripted WhatsApp"
    channel = "whatsapp"


def test_a_whatsapp_burst_goes_at_its_own_rate_beside_telegram(desk_store, rules):  # noqa: F811
    async def scenario():
        time = FakeTime()
        telegram, whatsapp = ScriptedTelegram(time), ScriptedWhatsApp(time)
        runner = StoreRunner()
        sender = OutboxSender(desk_store, runner, GatewayRouter([telegram, whatsapp]),
                              FileStore(desk_store, runner, Path("/nonexistent")), EventBus(asyncio.get_running_loop()),
                              monotonic=time.monotonic, sleep=time.sleep)
        for n in range(200):  # 200 new WhatsApp citizens at once, then 10 on Telegram
            who = CitizenIdentity(address=34600000000 + n, name=f"Citizen {n}")
            desk_store.ingest(InboundMessage(account=NUMBER, citizen=who, channel_message_id=n + 1,
                                             date=desk_store.clock.now(), text="Hola"), rules)
        for user_id in range(1000, 1010):
            desk_store.ingest(inbound(citizen(user_id), desk_store.clock.now()), rules)
        start = time.now
        sender.start()
        try:
            await until(lambda: len(whatsapp.sent) == 200 and len(telegram.sent) == 10, timeout=30)
        finally:
            await sender.stop()
            runner.shutdown()
        wa_times = [t for t, _, _ in whatsapp.sent]
        tg_times = [t for t, _, _ in telegram.sent]
        # At WhatsApp's 80 a second (Telegram's user account would take 40 s for them).
        assert (200 - 1) / 80 - 0.1 <= max(wa_times) - start < 200 / 80 + 0.5
        assert most_in_one_second(tg_times) <= 5  # Telegram's pacing as before
        assert min(tg_times) - start < 1.0  # not behind the WhatsApp burst

    asyncio.run(scenario())
