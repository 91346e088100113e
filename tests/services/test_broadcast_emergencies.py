"""An emergency overtakes a broadcast in progress (seed 004: Emergencies, Town
information, Events): on the simulated Telegram under the real TelethonGateway, with the
store on SQLite and on PostgreSQL, and on the simulated WhatsApp Cloud API (templates),
a 'Town information' broadcast paced at the list's rate is being sent when an
'Emergencies' one is composed; every emergency copy goes before the rest of it, which
resumes after; each subscriber gets each once, and both reports count what went. The
urgent topics come from `lists.urgent_topics`. (Killed between two sends:
tests/system/test_broadcast_emergency_kill.py.)"""

from __future__ import annotations

import asyncio

import pytest

from deskclient.config import load_config
from deskclient.errors import ConfigError
from deskclient.services.broadcast_sender import SAFETY_WAKE
from tests.conftest import it_sets
from tests.net.conftest import telegram  # noqa: F401 (the simulated Telegram fixture)
from tests.services.test_broadcast_lists import play
from tests.waiting import until

TOWN_NEWS = "Raccolta differenziata: da lunedì il ritiro della carta è al mercoledì."
ALERT = "Allerta meteo rossa: scuole chiuse domani, evitate i sottopassi."


@pytest.fixture
def town_config(tmp_path, database_url):
    it_sets(tmp_path, name="anna", role="lead")
    database = {} if database_url.startswith("sqlite") else {"database.url": database_url}
    return load_config(overrides={"paths.data_dir": str(tmp_path / "data"), "retention.purge_in_app": False,
                                  "lists.rate": 10, "outbox.rate_global": 40, **database})


def test_an_emergency_goes_before_the_rest_of_a_broadcast_in_progress(town_config, clock):
    async def body(town):
        both = [town.citizen(f"Iscritto {n}") for n in range(40)]
        news_only = [town.citizen(f"Lettore {n}") for n in range(10)]
        hashes = {p.id: town.server.access_hash_for(town.network.account, p) for p in both + news_only}
        town.store.add_subscribers(town.account, [(p.id, hashes[p.id], "it") for p in both],
                                   ("Emergencies", "Town information"))
        town.store.add_subscribers(town.account, [(p.id, hashes[p.id], "it") for p in news_only],
                                   ("Town information",))
        broadcasts = town.desk.broadcasts
        news = await broadcasts.compose({"it": TOWN_NEWS}, ["Town information"])
        await until(lambda: broadcasts.broadcast(news).figures.sent >= 8, 10)  # 50 copies at 10 a second
        alert = await broadcasts.compose({"it": ALERT}, ["Emergencies"])
        await until(lambda: broadcasts.broadcast(news).state == "done", 30)
        await town.settled()

        texts = [text for _, _, text in town.server.accounts[town.network.account.id].deliveries]
        first_alert = texts.index(ALERT)
        last_alert = len(texts) - 1 - texts[::-1].index(ALERT)
        # Only the copies already on the wire when the emergency came land among its copies.
        assert texts[first_alert:last_alert + 1].count(TOWN_NEWS) <= 2
        assert texts[last_alert:].count(TOWN_NEWS) >= 20  # the news resumed after it
        for person in both:
            assert town.received(person) == [TOWN_NEWS, ALERT] or town.received(person) == [ALERT, TOWN_NEWS]
        for person in news_only:
            assert town.received(person) == [TOWN_NEWS]
        news_row, alert_row = broadcasts.broadcast(news), broadcasts.broadcast(alert)
        assert (news_row.figures.total, news_row.figures.sent, news_row.figures.queued) == (50, 50, 0)
        assert (alert_row.figures.total, alert_row.figures.sent, alert_row.figures.queued) == (40, 40, 0)
        assert alert_row.state == "done" and alert_row.finished_at <= news_row.finished_at
        assert broadcasts.report(news).failures == [] and broadcasts.report(alert).failures == []

    play(town_config, clock, body)


def test_urgent_topics_come_from_the_config(tmp_path, clock):
    """A town that names its topics in Italian names its urgent one so too; a name that is
    no topic is refused at start (the default, Emergencies, only counts while it is one)."""
    it_sets(tmp_path, name="anna", role="lead")
    italian = {"paths.data_dir": str(tmp_path / "data"), "retention.purge_in_app": False,
               "lists.topics": ["Emergenze", "Info Comune", "Eventi"]}
    assert load_config(overrides=italian)["lists.urgent_topics"] == ["Emergencies"]  # starts; nothing urgent
    with pytest.raises(ConfigError, match="option 'lists.urgent_topics' names Emergency, which 'lists.topics' "
                                          "does not"):
        load_config(overrides={**italian, "lists.urgent_topics": ["Emergenze", "Emergency"]})
    config = load_config(overrides={**italian, "lists.urgent_topics": ["Emergenze"]})

    async def body(town):
        assert town.desk.broadcasts.sender.urgent_topics == ("Emergenze",)

    play(config, clock, body)


def test_on_whatsapp_the_emergency_goes_first_too_as_its_template(tmp_path, clock):
    """Seed 004's list is on WhatsApp: each copy an approved template, paced at
    whatsapp.broadcast_rate, not idempotent (in flight until its status). The emergency
    composed mid-way goes first there too; each number gets each once."""
    from tests.services.test_whatsapp_lists import town_on_whatsapp

    async def scenario():
        async with town_on_whatsapp(tmp_path, clock) as (desk, sim):
            account = desk.gateway.account
            numbers = [f"3932000{n:04d}" for n in range(30)]
            desk.store.add_subscribers(account, [(int(n), None, "it") for n in numbers[:20]],
                                       ("Emergencies", "Town information"))
            desk.store.add_subscribers(account, [(int(n), None, "it") for n in numbers[20:]], ("Town information",))
            order = []
            sim.on_received = lambda wa_id, received: order.append(received.template[2][0])
            sender = desk.broadcasts.sender
            sender.use_whatsapp(sender.templates, 10.0, 0, sender.in_flight_wait)  # 10 a second, no tier
            broadcasts = desk.broadcasts
            news = await broadcasts.compose({"it": TOWN_NEWS}, ["Town information"])
            await until(lambda: len(order) >= 5, 10)
            alert = await broadcasts.compose({"it": ALERT}, ["Emergencies"])
            await until(lambda: broadcasts.broadcast(news).state == "done", 30)
            first, last = order.index(ALERT), len(order) - 1 - order[::-1].index(ALERT)
            assert order[first:last + 1].count(TOWN_NEWS) <= 2 and order[last:].count(TOWN_NEWS) >= 5
            for n in numbers:
                got = sorted(r.template[2][0] for r in sim.received(n))
                assert got == (sorted([ALERT, TOWN_NEWS]) if n in numbers[:20] else [TOWN_NEWS])
            await until(lambda: broadcasts.broadcast(alert).state == "done", 10)
            assert (broadcasts.broadcast(news).figures.sent, broadcasts.broadcast(alert).figures.sent) == (30, 20)

    asyncio.run(scenario())


def test_an_emergency_due_while_telegram_is_not_connected_reaches_its_subscribers_once_it_is(
        telegram, tmp_path, clock):  # noqa: F811
    """A desk on Telegram and WhatsApp whose Telegram account is not known yet (logged
    out here; in life also still connecting after a restart): the emergency goes to
    WhatsApp's subscribers at once, waits for Telegram's (it is not done without them),
    and reaches them once Telegram is online; each once, one report for all."""
    from deskclient.net.gateway import ConnectionState
    from deskclient.net.login import LoginFlow
    from tests.services.test_whatsapp_lists import TEMPLATES
    from tests.system.test_whatsapp_desk import desk_with_both
    it_sets(tmp_path, name="anna", role="lead")
    config = load_config(overrides={"paths.data_dir": str(tmp_path / "data"), "retention.purge_in_app": False,
                                    "whatsapp.templates": TEMPLATES})

    async def scenario():
        async with desk_with_both(telegram, config, clock, log_in=False) as (desk, sim):
            whatsapp, account = desk.whatsapp.account, str(telegram.account.id)
            numbers = ["39320111001", "39320111002"]
            people = [telegram.add_user(f"Iscritto {n}") for n in range(3)]
            desk.store.add_subscribers(whatsapp, [(int(n), None, "it") for n in numbers], ("Emergencies",))
            desk.store.add_subscribers(account, [(p.id, telegram.access_hash_for(telegram.account, p), "it")
                                                 for p in people], ("Emergencies",))
            sim.approve_template("avviso_comune", "it", parameters=1)
            alert = await desk.broadcasts.compose({"it": ALERT}, ["Emergencies"])
            await until(lambda: all(sim.received(n) for n in numbers), 10)
            await asyncio.sleep(0.5)
            row = desk.broadcasts.broadcast(alert)
            assert row.state == "sending" and (row.figures.total, row.figures.sent) == (2, 2)  # Telegram's wait
            assert row.waits_for == ("telegram",)  # the report says so

            flow = LoginFlow(desk.gateway.first)
            await flow.send_code("+34600000000")
            await flow.enter_code(telegram.code_value)
            await until(lambda: desk.gateway.first.state is ConnectionState.ONLINE)
            # Woken by the connection (ConnectionChanged), well before its SAFETY_WAKE look.
            await until(lambda: desk.broadcasts.broadcast(alert).state == "done", SAFETY_WAKE / 2)
            for person in people:
                assert telegram.received_by(telegram.account, person) == [ALERT]
            for number in numbers:
                assert [r.template[2] for r in sim.received(number)] == [(ALERT,)]
            figures = desk.broadcasts.broadcast(alert).figures
            assert (figures.total, figures.sent, figures.queued) == (5, 5, 0)
            assert desk.broadcasts.broadcast(alert).waits_for == ()

    asyncio.run(scenario())
