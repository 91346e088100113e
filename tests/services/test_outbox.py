"""The outbox never blocks on one message, keeps each conversation's order, and paces
itself: the real store and sender, a scripted network boundary and a fake monotonic
clock (so the pacing is measured without sleeping). The issue's example (a caption over
1,024 characters followed by a reply to another citizen) runs on the real TelegramClient
over the simulated Telegram, in test_outbox_telegram.py."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from deskclient.domain.clock import UTC
from deskclient.domain.messages import SentReceipt
from deskclient.net.gateway import ConnectionState, Gateway, GatewayError, RateLimited, Undeliverable
from deskclient.services.events import EventBus, SendingPaused
from deskclient.services.file_store import FileStore
from deskclient.services.outbox import OutboxSender
from deskclient.services.runner import StoreRunner
from deskclient.store.database import open_database
from deskclient.store.repository import TicketStore
from tests.factories import citizen, inbound
from tests.waiting import until


class FakeTime:
    """A monotonic clock that moves only when the sender sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(0)  # what was started before the sleep runs at its start time
        self.now += max(seconds, 0.0)


class ScriptedTelegram(Gateway):
    """The network boundary: records each send at fake time; `refuse[text]` lists the
    errors its next tries get, `always[text]` the error every try gets."""

    account = "acct"
    label = "scripted"
    is_bot = False  # set per test below

    def __init__(self, time: FakeTime, is_bot: bool = False) -> None:
        self.time = time
        self.is_bot = is_bot
        self.sent: list[tuple[float, int, str]] = []
        self.tries: dict[str, int] = {}
        self.refuse: dict[str, list[Exception]] = {}
        self.always: dict[str, Exception] = {}
        self.refused_at: list[float] = []

    @property
    def state(self):
        return ConnectionState.ONLINE

    async def send(self, message, files_dir):
        self.tries[message.text] = self.tries.get(message.text, 0) + 1
        plan = self.refuse.get(message.text)
        if plan or message.text in self.always:
            self.refused_at.append(self.time.now)
            raise plan.pop(0) if plan else self.always[message.text]
        self.sent.append((self.time.now, message.citizen_address, message.text))
        return SentReceipt(10**9 + len(self.sent), datetime.now(UTC))

    def texts(self, user_id: int | None = None) -> list[str]:
        return [t for _, u, t in self.sent if user_id is None or u == user_id]

    async def start(self, listener): ...
    async def stop(self): ...
    async def download(self, file, destination, max_bytes): raise NotImplementedError
    async def leave_group(self, chat_id): ...
    async def fetch_message_text(self, citizen_address, channel_message_id, access_hash=None): return None
    async def edit_sent(self, citizen_address, channel_message_id, text, access_hash=None): ...
    async def delete_sent(self, citizen_address, channel_message_ids): ...


@pytest.fixture
def desk_store(tmp_path, clock):
    store = TicketStore(open_database(f"sqlite:///{tmp_path / 'store.sqlite3'}"), clock, workstation="ws")
    yield store
    store.close()


class Rig:
    def __init__(self, store, rules, **options) -> None:
        self.store, self.rules = store, rules
        self.time = FakeTime()
        self.telegram = ScriptedTelegram(self.time, is_bot=options.pop("is_bot", False))
        self.runner = StoreRunner()
        self.bus = EventBus(asyncio.get_running_loop())
        self.paused: list[int] = []
        self.bus.subscribe(lambda e: isinstance(e, SendingPaused) and self.paused.append(e.seconds))
        self.agent = store.ensure_agent("anna", "Anna")
        self.sender = OutboxSender(store, self.runner, self.telegram,
                                   FileStore(store, self.runner, Path("/nonexistent")), self.bus,
                                   monotonic=self.time.monotonic, sleep=self.time.sleep, **options)

    def ticket_for(self, user_id: int, notice_sent: bool = True) -> int:
        """A citizen's ticket; their opening notice already sent unless told otherwise."""
        result = self.store.ingest(inbound(citizen(user_id, f"Citizen {user_id}"), self.store.clock.now()),
                                   self.rules)
        if notice_sent:
            for message in self.store.outbox(1000):
                if message.citizen_address == user_id:
                    self.store.mark_sent(message.message_id, None, self.store.clock.now())
        return result.ticket_id

    def reply(self, ticket_id: int, text: str) -> int:
        return self.store.add_reply(ticket_id, text, self.agent)

    async def sent(self, count: int, timeout: float = 20.0) -> None:
        await until(lambda: len(self.telegram.sent) >= count, timeout=timeout)

    async def close(self) -> None:
        await self.sender.stop()
        self.runner.shutdown()


def run(desk_store, rules, body, **options):
    async def scenario():
        rig = Rig(desk_store, rules, **options)
        try:
            await body(rig)
        finally:
            await rig.close()

    asyncio.run(scenario())


def most_in_one_second(times: list[float]) -> int:
    times = sorted(times)
    return max(sum(1 for u in times[i:] if u < t + 1.0 - 1e-6) for i, t in enumerate(times))


def test_100_replies_to_one_chat_go_in_order_no_faster_than_one_a_second(desk_store, rules):
    async def body(rig: Rig):
        ticket = rig.ticket_for(501)
        for n in range(100):
            rig.reply(ticket, f"Resposta {n}")
        rig.sender.start()
        await rig.sent(100)
        assert rig.telegram.texts() == [f"Resposta {n}" for n in range(100)]
        times = [t for t, _, _ in rig.telegram.sent]
        assert min(b - a for a, b in zip(times, times[1:])) >= 1.0 - 1e-6
        assert most_in_one_second(times) == 1

    run(desk_store, rules, body)


@pytest.mark.parametrize("is_bot, overall", [(False, 5), (True, 25)])
def test_across_100_chats_the_account_sends_no_faster_than_its_overall_rate(desk_store, rules, is_bot, overall):
    async def body(rig: Rig):
        for user_id in range(1000, 1100):
            rig.ticket_for(user_id, notice_sent=False)  # 100 opening notices, one per chat
        rig.sender.start()
        await rig.sent(100)
        times = [t for t, _, _ in rig.telegram.sent]
        assert len({u for _, u, _ in rig.telegram.sent}) == 100
        assert most_in_one_second(times) <= overall
        assert times[-1] - times[0] >= (100 - 1) / overall - 1e-6

    run(desk_store, rules, body, is_bot=is_bot)


def test_configured_rates_override_the_account_kind(desk_store, rules):
    async def body(rig: Rig):
        ticket = rig.ticket_for(501)
        for n in range(10):
            rig.reply(ticket, f"Resposta {n}")
        for user_id in range(1000, 1040):
            rig.ticket_for(user_id, notice_sent=False)
        rig.sender.start()
        await rig.sent(50)
        times = [t for t, _, _ in rig.telegram.sent]
        assert most_in_one_second(times) <= 10
        chat = [t for t, u, _ in rig.telegram.sent if u == 501]
        assert min(b - a for a, b in zip(chat, chat[1:])) >= 0.5 - 1e-6

    run(desk_store, rules, body, rate_global=10, rate_per_chat=2)


def test_a_flood_wait_pauses_every_send_of_the_account(desk_store, rules):
    async def body(rig: Rig):
        tickets = [rig.ticket_for(user_id) for user_id in range(600, 610)]
        for n, ticket in enumerate(tickets):
            rig.reply(ticket, f"Resposta {n}")
        rig.telegram.refuse["Resposta 3"] = [RateLimited(30)]  # refused once, then accepted
        rig.sender.start()
        await rig.sent(10)
        [flood] = rig.telegram.refused_at
        after = [t for t, _, _ in rig.telegram.sent if t > flood]
        assert len(after) == 7 and min(after) >= flood + 30
        assert sorted(rig.telegram.texts()) == sorted(f"Resposta {n}" for n in range(10))
        await until(lambda: rig.paused == [30, 0])
        await until(lambda: rig.store.outbox_length() == 0)

    run(desk_store, rules, body)


def test_agents_replies_go_before_automatic_notices(desk_store, rules):
    async def body(rig: Rig):
        answered = [rig.ticket_for(user_id) for user_id in range(700, 705)]
        for user_id in range(800, 820):
            rig.ticket_for(user_id, notice_sent=False)  # 20 opening notices, queued first
        for n, ticket in enumerate(answered):
            rig.reply(ticket, f"Resposta {n}")
        rig.sender.start()
        await rig.sent(25)
        assert rig.telegram.texts()[:5] == [f"Resposta {n}" for n in range(5)]

    run(desk_store, rules, body)


def test_a_refused_message_is_retried_with_backoff_then_failed_and_holds_back_only_its_own_chat(
        desk_store, rules, clock):
    async def body(rig: Rig):
        stuck, other = rig.ticket_for(501), rig.ticket_for(502)
        first = rig.reply(stuck, "Primer")
        rig.reply(stuck, "Segon")
        rig.telegram.always["Primer"] = GatewayError("Telegram refused the message (INTERNAL)")
        rig.reply(other, "Per a l'altra")
        rig.sender.start()
        await until(lambda: rig.telegram.tries.get("Primer") == 1 and rig.telegram.texts() == ["Per a l'altra"])
        for tries in (2, 3):
            await asyncio.sleep(0.2)
            assert rig.telegram.texts() == ["Per a l'altra"]  # "Segon" waits behind "Primer"
            assert rig.store.message(first).delivery == "queued"
            clock.advance(timedelta(seconds=60))
            rig.sender.kick()
            await until(lambda: rig.telegram.tries.get("Primer") == tries)
        await until(lambda: rig.store.message(first).delivery == "failed")
        failed = rig.store.message(first)
        assert failed.failure == "Telegram refused the message (INTERNAL); gave up after 3 tries"
        await until(lambda: rig.telegram.texts() == ["Per a l'altra", "Segon"])

    run(desk_store, rules, body, max_attempts=3)


def test_an_undeliverable_message_fails_at_once_and_the_rest_go_on(desk_store, rules):
    async def body(rig: Rig):
        blocked, other = rig.ticket_for(501), rig.ticket_for(502)
        refused = rig.reply(blocked, "Hola")
        rig.reply(blocked, "Hola de nou")
        rig.reply(other, "Bon dia")
        rig.telegram.always["Hola"] = Undeliverable("the citizen has blocked the service account")
        rig.sender.start()
        await until(lambda: sorted(rig.telegram.texts()) == ["Bon dia", "Hola de nou"])
        assert rig.telegram.tries["Hola"] == 1
        message = rig.store.message(refused)
        assert (message.delivery, message.failure) == ("failed", "the citizen has blocked the service account")

    run(desk_store, rules, body)


def test_an_error_never_met_before_is_retried_not_fatal(desk_store, rules, clock):
    async def body(rig: Rig):
        ticket = rig.ticket_for(501)
        hola = rig.reply(ticket, "Hola")
        rig.telegram.refuse["Hola"] = [KeyError("odd")]
        rig.sender.start()
        await until(lambda: rig.telegram.tries.get("Hola") == 1)
        # The refusal is recorded (its next try set from the frozen clock) a moment after
        # Telegram saw the try; only then does time move past the retry delay.
        await until(lambda: rig.store.m.Message.get_by_id(hola).attempts == 1)
        clock.advance(timedelta(seconds=5))
        rig.sender.kick()
        await rig.sent(1)

    run(desk_store, rules, body)


def test_stop_and_start_are_idempotent_and_nothing_goes_while_stopped(desk_store, rules):
    async def body(rig: Rig):
        ticket = rig.ticket_for(501)
        await rig.sender.stop()
        rig.sender.start()
        rig.sender.start()
        rig.reply(ticket, "Un")
        rig.sender.kick()
        await rig.sent(1)
        await rig.sender.stop()
        await rig.sender.stop()
        rig.reply(ticket, "Dos")
        rig.sender.kick()
        await asyncio.sleep(0.3)
        assert rig.telegram.texts() == ["Un"]
        rig.sender.start()
        await rig.sent(2)

    run(desk_store, rules, body)
