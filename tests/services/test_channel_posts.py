"""Channel posts (issue 12 item 6) through the desk: a broadcast posted to the channel
together with the list, or to the channel alone, every language's text in the one post
(seed 004's town writes Italian and French); its link in the report; a lead's edit
and deletion made by the duty holder; refused where the account is not an admin (the
list still goes); a scheduled post waits for its time and a cancelled one never goes;
a workstation without a session asks, the service posts (PostgreSQL)."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from deskclient.app import build_desk, telegram_network
from deskclient.config import load_config
from deskclient.errors import NotAllowed, TicketConflict, UserFacingError
from deskclient.net.demo import DemoNetwork
from deskclient.services.channel_posts import ChannelPoster, channel_text
from deskclient.store.channel_posts import CANCELLED, DELETED, FAILED, POSTED
from tests.services.test_broadcast_lists import Town, make_config, play
from tests.waiting import until


def poster(town: Town) -> ChannelPoster:
    return next(job for job in town.desk.duty_jobs.jobs if isinstance(job, ChannelPoster))


def gencat(town: Town, admin: bool = True):
    server = town.server
    admins = (town.network.account,) if admin else (server.add_account("+34600000097", "Premsa"),)
    return server.add_channel("Generalitat de Catalunya", "gencat", admins=admins)


def test_posted_with_the_list_linked_edited_and_deleted(tmp_path, clock):
    async def body(town: Town):
        channel = gencat(town)
        giulia = town.citizen("Giulia")
        await town.writes(giulia, "MI ISCRIVO")
        broadcasts = town.desk.broadcasts
        broadcast_id = await broadcasts.compose({"it": "**Allerta** meteo: vento forte", "ca": "Alerta: vent fort"},
                                                ["Emergencies"], channel="https://t.me/gencat")
        await until(lambda: (broadcasts.channels.channel_post(broadcast_id) or None)
                    and broadcasts.channels.channel_post(broadcast_id).state == POSTED)
        post = broadcasts.channels.channel_post(broadcast_id)
        assert post.link == "https://t.me/gencat/1" and post.username == "gencat" and post.language == "it"
        [on_telegram] = town.server.channel_posts(channel.id)  # both languages, each under its name
        assert on_telegram.message == "Italiano\nAllerta meteo: vento forte\n\nCatalà\nAlerta: vent fort"
        assert [(type(e).__name__, e.offset, e.length) for e in on_telegram.entities] == [
            ("MessageEntityBold", 0, 8), ("MessageEntityBold", 9, 7), ("MessageEntityBold", 37, 6)]
        await until(lambda: town.received(giulia)[-1] == "Allerta meteo: vento forte")  # the list too

        await broadcasts.channels.edit(broadcast_id, "**Allerta** meteo: vento forte fino alle 18")
        assert broadcasts.channels.channel_post(broadcast_id).pending == "edit"  # asked, not made yet
        await until(lambda: broadcasts.channels.channel_post(broadcast_id).pending is None)
        post = broadcasts.channels.channel_post(broadcast_id)
        assert post.text == "Allerta meteo: vento forte fino alle 18" and post.edited_at is not None
        assert town.server.channel_posts(channel.id)[0].message == post.text

        await broadcasts.channels.delete(broadcast_id)
        await until(lambda: broadcasts.channels.channel_post(broadcast_id).state == DELETED)
        assert town.server.channel_posts(channel.id) == [] and channel.deleted == [1]
        assert broadcasts.channels.channel_post(broadcast_id).link is None
        with pytest.raises(TicketConflict):
            await broadcasts.channels.edit(broadcast_id, "troppo tardi")
        actions = [a for _, a, _, _ in town.store.audit_trail()]
        assert {"broadcast_created", "channel_posted", "channel_post_edit", "channel_post_delete"} <= set(actions)

    play(make_config(tmp_path), clock, body)


def test_the_channel_alone_a_refusal_a_scheduled_and_a_cancelled_post(tmp_path, clock):
    async def body(town: Town):
        channel = gencat(town)
        broadcasts = town.desk.broadcasts
        alone = await broadcasts.compose({"ca": "Nou tràmit en línia"}, [], channel="@gencat")
        await until(lambda: broadcasts.channels.channel_post(alone).state == POSTED)
        assert broadcasts.broadcast(alone).figures.total == 0  # nobody on the list got it
        with pytest.raises(UserFacingError, match="Choose at least one topic"):
            await broadcasts.compose({"ca": "Sense destí"}, [])
        with pytest.raises(UserFacingError, match="not a channel's public name"):
            await broadcasts.compose({"ca": "Hola"}, [], channel="gen cat!")

        later = await broadcasts.compose({"ca": "Demà, jornada de portes obertes"}, [], channel="gencat",
                                         send_at=town.desk.clock.now() + timedelta(hours=2))
        cancelled = await broadcasts.compose({"ca": "No sortirà"}, [], channel="gencat",
                                             send_at=town.desk.clock.now() + timedelta(hours=2))
        await broadcasts.cancel(cancelled)
        await asyncio.sleep(0.3)
        assert broadcasts.channels.channel_post(later).state == "queued"
        assert broadcasts.channels.channel_post(cancelled).state == CANCELLED
        town.desk.clock.advance(timedelta(hours=2))
        poster(town).kick()  # the test's clock jumped; a real one wakes the poster at the time
        await until(lambda: broadcasts.channels.channel_post(later).state == POSTED, timeout=15)
        assert [p.message for p in town.server.channel_posts(channel.id)] == [
            "Nou tràmit en línia", "Demà, jornada de portes obertes"]

    play(make_config(tmp_path), clock, body)


def test_refused_where_the_account_is_not_an_admin_and_the_list_still_goes(tmp_path, clock):
    async def body(town: Town):
        channel = gencat(town, admin=False)
        pau = town.citizen("Pau")
        await town.writes(pau, "M'apunto")
        broadcasts = town.desk.broadcasts
        broadcast_id = await broadcasts.compose({"ca": "Avís important"}, ["Emergencies"], channel="gencat")
        await until(lambda: broadcasts.channels.channel_post(broadcast_id).state == FAILED)
        post = broadcasts.channels.channel_post(broadcast_id)
        assert post.reason == "the service account is not an admin of @gencat" and post.link is None
        await until(lambda: town.received(pau)[-1] == "Avís important")
        assert town.server.channel_posts(channel.id) == []
        assert "channel_post_refused" in [a for _, a, _, _ in town.store.audit_trail()]

    play(make_config(tmp_path), clock, body)


def test_an_agent_may_not_post_or_change_posts(tmp_path, clock):
    async def body(town: Town):
        with pytest.raises(NotAllowed):
            await town.desk.broadcasts.compose({"ca": "Hola"}, [], channel="gencat")
        with pytest.raises(NotAllowed):
            await town.desk.broadcasts.channels.delete(1)

    play(make_config(tmp_path, role="agent"), clock, body)


@pytest.mark.postgres
def test_a_workstation_without_a_session_asks_and_the_service_posts(tmp_path, pg_url, clock):
    def settings(name: str, **more):
        return load_config(overrides={"paths.data_dir": str(tmp_path / name), "database.url": pg_url,
                                      "retention.purge_in_app": False, **more})

    async def scenario():
        network = DemoNetwork(pace=0, answer_delay=0, clock=clock)
        channel = network.server.add_channel("Generalitat de Catalunya", "gencat", admins=(network.account,))
        server_config = settings("server")
        server = build_desk(server_config, lambda c: network.gateway(server_config, c), clock=clock, mode="serve")
        await server.start()
        ws_config, factory, _ = telegram_network(settings("bea", **{"telegram.session": "none"}))
        workstation = build_desk(ws_config, factory, clock=clock)
        await workstation.start()
        leaflet = tmp_path / "avis.pdf"
        leaflet.write_bytes(b"%PDF-1.4\n% an leaflet\n")
        try:
            await server.gateway.wait_online()
            channels = workstation.broadcasts.channels
            broadcast_id = await workstation.broadcasts.compose({"ca": "Full informatiu"}, [], channel="gencat",
                                                                file=leaflet)
            await until(lambda: channels.channel_post(broadcast_id).state == POSTED)
            [post] = network.server.channel_posts(channel.id)
            assert post.message == "Full informatiu" and network.server.file_name_of(post).endswith("avis.pdf")
            await channels.edit(broadcast_id, "Full informatiu (nova versió)")
            await until(lambda: network.server.channel_posts(channel.id)[0].message == "Full informatiu (nova versió)")
            await channels.delete(broadcast_id)
            await until(lambda: channels.channel_post(broadcast_id).state == DELETED)
            assert network.server.channel_posts(channel.id) == []
        finally:
            await workstation.stop()
            await server.stop()
            await network.stop()

    asyncio.run(scenario())


def test_the_demo_shows_the_list_working(tmp_path, clock):
    """`--demo` (issue 12 item 7): people subscribe in their languages, one leaves, one
    blocks the account; the first broadcast's report has that failure, and the demo's
    channel takes a post."""
    config = make_config(tmp_path)

    async def scenario():
        network = DemoNetwork(pace=0.01, answer_delay=0, templates=config["templates"], clock=clock)
        desk = build_desk(config, lambda c: network.gateway(config, c), clock=clock)
        await desk.start()
        await desk.gateway.wait_online()
        try:
            network._spawn(network._play_lists())  # the list's people only, not the ticket script
            await asyncio.wait_for(network.lists_done.wait(), 20)
            broadcasts = desk.broadcasts
            await until(lambda: broadcasts.subscriber_counts().total == 6)
            counts = broadcasts.subscriber_counts()
            assert counts.by_language == {"it": 2, "ca": 2, "eu": 1, "fr": 1}  # Luca left
            assert counts.by_topic["Emergencies"] == 6 and counts.by_topic["Events"] == 5
            broadcast_id = await broadcasts.compose({"it": "Prova", "ca": "Prova"}, list(broadcasts.topics),
                                                    channel="demo012")
            await until(lambda: broadcasts.broadcast(broadcast_id).state == "done", timeout=15)
            figures = broadcasts.broadcast(broadcast_id).figures
            assert (figures.sent, figures.failed, figures.unsubscribed) == (5, 1, 1)
            await until(lambda: broadcasts.channels.channel_post(broadcast_id).link == "https://t.me/demo012/1")
            assert broadcasts.subscriber_counts().total == 5
        finally:
            await network.stop()
            await desk.stop()

    asyncio.run(scenario())


def test_a_bilingual_post_with_a_file_and_one_too_long_for_a_caption(tmp_path, clock):
    """Aymavilles (seed 004) publishes in Italian and French: one post carries both, under
    the file; a pair of texts too long together for a caption is refused before anything
    is stored, each text alone being within it."""
    async def body(town: Town):
        channel = town.server.add_channel("Comune di Aymavilles", "aymavilles", admins=(town.network.account,))
        pdf = tmp_path / "programma.pdf"
        pdf.write_bytes(b"%PDF-1.4 le programme de la fete")
        broadcasts = town.desk.broadcasts
        with pytest.raises(UserFacingError, match="With every language's text, the channel post is 1040 characters "
                                                  "long; Telegram takes at most 1024 under a file in one post"):
            await broadcasts.compose({"it": "a" * 500, "fr": "b" * 520}, [], channel="aymavilles", file=pdf)
        assert broadcasts.broadcasts() == []
        broadcast_id = await broadcasts.compose(
            {"fr": "Fête patronale : le __programme__", "it": "Festa patronale: il __programma__"}, [],
            channel="aymavilles", file=pdf, default_language="it")
        await until(lambda: broadcasts.channels.channel_post(broadcast_id).state == POSTED)
        [post] = town.server.channel_posts(channel.id)
        assert post.message == "Italiano\nFesta patronale: il programma\n\nFrançais\nFête patronale : le programme"
        assert [(type(e).__name__, post.message[e.offset:e.offset + e.length]) for e in post.entities] == [
            ("MessageEntityBold", "Italiano"), ("MessageEntityItalic", "programma"),
            ("MessageEntityBold", "Français"), ("MessageEntityItalic", "programme")]
        assert town.server.file_name_of(post) == "programma.pdf"

    play(make_config(tmp_path), clock, body)


def test_the_post_text_counts_offsets_as_telegram_does():
    """One language: its text as it is. Several: an emoji (two UTF-16 units) before a
    bold word in the first text moves the next heading by two units, not one; a language
    not in `languages.available` comes last."""
    assert channel_text({"ca": ("Avís", [])}, "ca", ("ca", "es")) == ("Avís", [])
    text, entities = channel_text({"xx": ("Zed", []), "es": ("Aviso", []),
                                   "ca": ("🚨 Avís", [{"_": "MessageEntityBold", "offset": 3, "length": 4}])},
                                  "ca", ("ca", "es"))
    assert text == "Català\n🚨 Avís\n\nEspañol\nAviso\n\nXx\nZed"
    assert [(e["offset"], e["length"]) for e in entities] == [(0, 6), (10, 4), (16, 7), (31, 2)]
