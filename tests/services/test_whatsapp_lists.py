"""Issue 16 item 4: seed 004's list on WhatsApp, through the real desk (build_desk: the
lists' intake, the broadcast sender) and the real WhatsApp gateway against the
simulated Cloud API: subscribing and leaving by keyword with the confirmation as free
text; a broadcast as the approved template, to each subscriber, no more in 24 hours than
the number's tier, with the same report; a template not approved is a failure in it."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from deskclient.config import load_config
from tests.conftest import it_sets
from tests.services.test_whatsapp_window import desk_on_whatsapp
from tests.waiting import until

GIULIA, PIETRO, ANNA = "39320111222", "39320333444", "39320555666"
TEMPLATES = {"broadcast": {"name": "avviso_comune", "languages": {"it": "it", "fr": "fr"}, "parameters": ["text"]},
             "list_notice": {"name": "avviso_lista", "languages": {"it": "it"}, "parameters": ["text"]}}


def town_on_whatsapp(tmp_path, clock, approved: bool = True):
    it_sets(tmp_path, name="anna", role="lead")
    config = load_config(overrides={"paths.data_dir": str(tmp_path / "data"), "retention.purge_in_app": False,
                                    "whatsapp.templates": TEMPLATES})
    return desk_on_whatsapp(config, clock, (("avviso_comune", "it", 1), ("avviso_lista", "it", 1)) if approved else ())


def texts(sim, wa_id):
    return [r.text for r in sim.received(wa_id)]


def test_keywords_broadcast_as_template_within_the_tier_and_the_report(tmp_path, clock):
    async def scenario():
        async with town_on_whatsapp(tmp_path, clock) as (desk, sim):
            account = desk.gateway.account
            for wa_id in (GIULIA, PIETRO, ANNA):
                await sim.citizen_sends_text(wa_id, "MI ISCRIVO")
            await until(lambda: all(sim.received(w) for w in (GIULIA, PIETRO, ANNA)))
            [confirmation] = sim.received(GIULIA)
            assert confirmation.type == "text" and confirmation.text.startswith("Iscrizione confermata")
            assert "MI CANCELLO" in confirmation.text
            assert desk.store.subscriber(account, int(GIULIA)).language == "it"
            assert desk.store.ticket_count() == 0  # a keyword opens no ticket

            await sim.citizen_sends_text(ANNA, "mi cancello")
            await until(lambda: texts(sim, ANNA)[-1].startswith("Iscrizione cancellata"))
            assert desk.store.subscriber(account, int(ANNA)) is None

            sender = desk.broadcasts.sender
            sender.use_whatsapp(sender.templates, 50.0, 1, sender.in_flight_wait)  # a tier of one, for the test
            clock.advance(timedelta(hours=1))  # a day later the windows are closed: templates only
            broadcast_id = await desk.broadcasts.compose({"it": "Raccolta differenziata: martedì."},
                                                         ["Town information"])
            await until(lambda: desk.broadcasts.report(broadcast_id).broadcast.figures.sent == 1)
            await asyncio.sleep(0.5)
            figures = desk.broadcasts.report(broadcast_id).broadcast.figures
            assert (figures.total, figures.sent) == (2, 1)  # the tier: the other one waits
            clock.advance(timedelta(hours=24))
            sender.kick()
            await until(lambda: desk.broadcasts.broadcast(broadcast_id).state == "done")
            for wa_id in (GIULIA, PIETRO):
                copy = sim.received(wa_id)[-1]
                assert copy.type == "template"
                assert copy.template == ("avviso_comune", "it", ("Raccolta differenziata: martedì.",))
            assert len(sim.received(ANNA)) == 2  # she left: confirmation and goodbye only
            report = desk.broadcasts.report(broadcast_id)
            assert (report.broadcast.figures.total, report.broadcast.figures.sent) == (2, 2)

    asyncio.run(scenario())


def test_a_broadcast_template_not_approved_is_a_failure_in_the_report(tmp_path, clock):
    async def scenario():
        async with town_on_whatsapp(tmp_path, clock, approved=False) as (desk, sim):
            await sim.citizen_sends_text(GIULIA, "MI ISCRIVO")
            await until(lambda: sim.received(GIULIA))
            broadcast_id = await desk.broadcasts.compose({"it": "Avviso"}, ["Events"])
            await until(lambda: desk.broadcasts.broadcast(broadcast_id).state == "done")
            report = desk.broadcasts.report(broadcast_id)
            assert report.broadcast.figures.failed == 1
            assert "no approved template" in report.failures[0].reason
            assert len(sim.received(GIULIA)) == 1

    asyncio.run(scenario())


def test_a_confirmation_held_up_past_the_window_goes_as_its_template(tmp_path, clock):
    async def scenario():
        async with town_on_whatsapp(tmp_path, clock) as (desk, sim):
            sender = desk.broadcasts.sender
            await sender.stop()  # sending held up (the duty holder away) while she subscribes
            await sim.citizen_sends_text(GIULIA, "MI ISCRIVO")
            await until(lambda: desk.store.subscriber(desk.gateway.account, int(GIULIA)) is not None)
            clock.advance(timedelta(hours=25))
            sender.start()
            await until(lambda: sim.received(GIULIA))
            [confirmation] = sim.received(GIULIA)
            assert confirmation.type == "template" and confirmation.template[:2] == ("avviso_lista", "it")
            assert confirmation.template[2][0].startswith("Iscrizione confermata")

    asyncio.run(scenario())
