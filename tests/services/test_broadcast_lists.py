"""Broadcast lists on the simulated Telegram under the real TelethonGateway and
TelegramClient (issue 12): subscribing by keyword in several languages, with and without
topics; a keyword in the wrong language; a subscribe from a citizen with an open ticket;
a broadcast-only account; broadcasts in several languages with formatting; a subscriber
who blocked the account; a refused file type; a scheduled and a cancelled broadcast; a
flood wait; agents' replies first; the report, its CSV and the retention purge."""

from __future__ import annotations

import asyncio
import csv
from datetime import timedelta

import pytest
from telethon.tl import functions

from deskclient.app import build_desk
from deskclient.config import load_config
from deskclient.errors import NotAllowed, UserFacingError
from deskclient.net.demo import DemoNetwork
from deskclient.services.broadcasts import BroadcastProgressed, ComposedText
from deskclient.services.events import SendingPaused
from tests.conftest import it_sets
from tests.waiting import until

RATES = {"lists.rate": 40, "outbox.rate_global": 40}


def make_config(tmp_path, role: str = "lead", **values):
    it_sets(tmp_path, name="anna", role=role)
    return load_config(overrides={"paths.data_dir": str(tmp_path / "data"), "retention.purge_in_app": False,
                                  **RATES, **values})


class Town:
    """A desk on the simulated Telegram, with citizens who are not the demo's scripted ones."""

    def __init__(self, desk, network) -> None:
        self.desk = desk
        self.network = network
        self.server = network.server
        self.store = desk.store
        self.events: list = []
        desk.bus.subscribe(self.events.append)
        self.handled = 0  # citizens' messages the desk has finished with (filed, answered or not)
        on_message = desk.ingest.on_message

        async def counted(message):
            try:
                return await on_message(message)
            finally:
                self.handled += 1
        desk.ingest.on_message = counted

    @property
    def account(self) -> str:
        return str(self.network.account.id)

    def citizen(self, name: str):
        return self.server.add_user(name)

    async def writes(self, user, text: str) -> None:
        """The citizen writes; returns once the desk has handled it and sent what it
        answers (a fixed pause was too short on a loaded machine, where the language
        detector's first start alone takes seconds)."""
        handled = self.handled
        self.server.user_sends(user, self.network.account, text)
        await until(lambda: self.handled > handled, 20)
        await self.settled()

    def received(self, user) -> list[str]:
        return self.server.received_by(self.network.account, user)

    def sent_messages(self, user) -> list:
        return self.server.accounts[self.network.account.id].delivered_to[user.id]

    async def settled(self, timeout: float = 10.0) -> None:
        """Every list message and every queued reply sent (or given up)."""
        sender = self.desk.broadcasts.sender

        def quiet():
            sends, _ = self.store.list_sends_due(self.desk.clock.now())
            return not sends and not sender._pending and not self.store.outbox()
        await until(quiet, timeout)

    def subscriber(self, user):
        return self.store.subscriber(self.account, user.id)


def play(config, clock, body, flood: dict | None = None):
    async def scenario():
        network = DemoNetwork(pace=0, answer_delay=0, templates=config["templates"], clock=clock)
        if flood is not None:
            network.server.flood.enabled = True
            network.server.flood.configure(network.account.id, **flood)
        desk = build_desk(config, lambda c: network.gateway(config, c), clock=clock)
        await desk.start()
        await desk.gateway.wait_online()
        try:
            return await body(Town(desk, network))
        finally:
            await network.stop()
            await desk.stop()

    return asyncio.run(scenario())


def test_subscribe_and_unsubscribe_in_several_languages_with_and_without_topics(tmp_path, clock):
    async def body(town: Town):
        giulia, pau, ane, marie, john = (town.citizen(n) for n in ("Giulia", "Pau", "Ane", "Marie", "John"))
        await town.writes(giulia, "MI ISCRIVO")
        await town.writes(pau, "M'apunto emergències i activitats!")
        await town.writes(ane, "Harpidetzen naiz")
        await town.writes(marie, "Je m'inscris")
        await town.writes(john, "subscribe events")
        [it] = town.received(giulia)
        assert it.startswith("Iscrizione confermata") and "Emergenze, Info Comune, Eventi" in it
        assert "MI CANCELLO" in it and "https://example.org/privacy" in it
        assert "Emergències, Activitats" in town.received(pau)[0]
        assert town.received(ane)[0].startswith("012 mezu-zerbitzuko harpidetza")
        assert town.received(marie)[0].startswith("Inscription confirmée")
        assert "You will receive: Events." in town.received(john)[0]
        row = town.subscriber(giulia)
        assert row.language == "it" and row.consent_keyword == "MI ISCRIVO"
        assert row.consent_note == it and row.consented_at == town.desk.clock.now()  # the consent
        assert town.subscriber(pau).topics == "|Emergencies|Events|"
        counts = town.desk.broadcasts.subscriber_counts()
        assert counts.total == 5 and counts.by_topic["Events"] == 5 and counts.by_topic["Town information"] == 3
        # No ticket for any of them, no opening message.
        assert town.store.ticket_count() == 0
        # Leaving one topic, then everything: erased at once.
        await town.writes(pau, "Em dono de baixa activitats")
        assert town.received(pau)[-1].startswith("Subscripció actualitzada. Ara rebeu: Emergències.")
        assert town.subscriber(pau).topics == "|Emergencies|"
        await town.writes(giulia, "mi cancello.")
        assert town.received(giulia)[-1].startswith("Iscrizione cancellata")
        assert town.subscriber(giulia) is None
        await town.writes(john, "STOP")
        assert town.subscriber(john) is None and "subscribe again" in town.received(john)[-1]
        assert town.desk.broadcasts.subscriber_counts().total == 3
        assert town.store.ticket_count() == 0
        # Sent notices keep only their once-only key: no citizen id, no text.
        assert not any(n.address or n.text for n in town.store.m.ListNotice.select())

    play(make_config(tmp_path), clock, body)


def test_a_keyword_in_the_wrong_language_and_a_subscribe_from_a_citizen_with_an_open_ticket(tmp_path, clock):
    async def body(town: Town):
        marta = town.citizen("Marta")
        await town.writes(marta, "Bon dia, tinc un dubte sobre el padró municipal.")
        # The first detection of a language starts the detector's process: a while.
        await until(lambda: len(town.received(marta)) == 1, 30)  # the opening message
        await town.settled()  # and its sending recorded
        ticket = town.store.active_ticket_for(town.account, marta.id)
        assert ticket.language == "ca"
        thread = town.store.thread(ticket.id)
        # The town's page says "MI ISCRIVO": a Catalan speaker types the Italian keyword.
        await town.writes(marta, "Mi iscrivo emergenze")
        assert town.received(marta)[-1].startswith("Iscrizione confermata")
        assert town.subscriber(marta).language == "it" and town.subscriber(marta).topics == "|Emergencies|"
        after = town.store.active_ticket_for(town.account, marta.id)
        assert after.id == ticket.id and after.status == "open" and after.unread == ticket.unread
        assert after.last_message_at == ticket.last_message_at and after.last_preview == ticket.last_preview
        assert town.store.thread(ticket.id) == thread  # the keyword is not filed in it
        assert town.store.ticket_count() == 1 and len(town.received(marta)) == 2
        # The same message delivered again (a second process, a restart): answered once.
        message = town.server.accounts[town.network.account.id].messages
        again = max(mid for mid, m in message.items() if not m.out)
        from deskclient.domain.messages import CitizenIdentity, InboundMessage
        result = await town.desk.ingest.on_message(InboundMessage(
            town.account, CitizenIdentity(marta.id, "Marta"), again, town.desk.clock.now(), "Mi iscrivo emergenze"))
        assert result.duplicate
        await town.settled()
        assert len(town.received(marta)) == 2

    play(make_config(tmp_path), clock, body)


def test_a_broadcast_only_account_answers_a_question_with_the_notice_once_a_day_and_opens_no_ticket(tmp_path, clock):
    async def body(town: Town):
        javier = town.citizen("Javier")
        await town.writes(javier, "Hola, ¿a qué hora abre la biblioteca municipal mañana?")
        [notice] = town.received(javier)
        assert notice.startswith("Este número solo envía información") and "ME SUSCRIBO" in notice
        await town.writes(javier, "¿Hola? ¿Me pueden responder, por favor?")
        assert town.received(javier) == [notice]  # once a day
        assert town.store.ticket_count() == 0 and not town.store.m.Message.select().exists()
        await town.writes(javier, "Me suscribo")  # keywords still work
        assert town.received(javier)[-1].startswith("Suscripción confirmada")
        town.desk.clock.advance(timedelta(days=1))
        await town.writes(javier, "Otra pregunta")  # a subscriber: in their list's language
        assert town.received(javier)[-1] == notice  # the next day, again
        assert town.store.ticket_count() == 0

    play(make_config(tmp_path, **{"lists.broadcast_only": True}), clock, body)


def test_a_broadcast_in_several_languages_each_subscriber_gets_theirs_once_with_formatting(tmp_path, clock):
    async def body(town: Town):
        people = {n: town.citizen(n) for n in ("Giulia", "Pau", "Claire", "John", "Ane")}
        for name, text in (("Giulia", "MI ISCRIVO"), ("Pau", "em subscric"), ("Claire", "je m'inscris"),
                           ("John", "subscribe events"), ("Ane", "harpidetu")):
            await town.writes(people[name], text)
        broadcasts = town.desk.broadcasts
        preview = await broadcasts.preview(["Emergencies"])
        assert preview.total == 4 and preview.by_language == {"it": 1, "ca": 1, "fr": 1, "eu": 1}
        assert preview.gets(["it", "ca"], "it") == {"it": 3, "ca": 1}
        broadcast_id = await broadcasts.compose(
            {"it": "**Allerta** meteo: domani scuole chiuse. [Info](https://aymavilles.it/allerta)",
             "ca": "**Alerta** meteorològica: demà escoles tancades.",
             "en": ComposedText("Weather alert", ({"_": "MessageEntityItalic", "offset": 0, "length": 7},))},
            ["Emergencies"], default_language="it")
        await until(lambda: broadcasts.broadcast(broadcast_id).state == "done", 10)
        assert town.received(people["Giulia"])[-1] == "Allerta meteo: domani scuole chiuse. Info"
        assert town.received(people["Pau"])[-1] == "Alerta meteorològica: demà escoles tancades."
        assert town.received(people["Claire"])[-1].startswith("Allerta meteo")  # no French text: the default
        assert town.received(people["Ane"])[-1].startswith("Allerta meteo")
        assert len(town.received(people["John"])) == 1  # Events only: just the confirmation
        entities = town.sent_messages(people["Giulia"])[-1].entities
        assert [(type(e).__name__, e.offset, e.length) for e in entities] == \
            [("MessageEntityBold", 0, 7), ("MessageEntityTextUrl", 37, 4)]
        assert entities[1].url == "https://aymavilles.it/allerta"
        row = broadcasts.broadcast(broadcast_id)
        assert row.figures.total == 4 and row.figures.sent == 4 and row.languages == ("it", "ca", "en")
        for person in people.values():  # once each
            texts = town.received(person)
            assert len(texts) == len(set(texts))
        def progress():
            return [e for e in town.events if isinstance(e, BroadcastProgressed) and e.broadcast_id == broadcast_id]
        await until(lambda: progress() and progress()[-1].state == "done")  # events come a few times a second
        assert progress()[-1].figures.sent == 4 and progress()[0].state in ("scheduled", "sending")

    play(make_config(tmp_path), clock, body)


def test_a_subscriber_who_blocked_the_account_or_deleted_theirs_is_taken_off_the_list(tmp_path, clock):
    async def body(town: Town):
        stays, blocks, gone = town.citizen("Anna"), town.citizen("Bruno"), town.citizen("Carla")
        for person in (stays, blocks, gone):
            await town.writes(person, "MI ISCRIVO")
        town.server.user_blocks(blocks, town.network.account)
        town.server.user_deactivated(gone)
        broadcast_id = await town.desk.broadcasts.compose({"it": "Raccolta differenziata: martedì."}, ["Town information"])
        await until(lambda: town.desk.broadcasts.broadcast(broadcast_id).state == "done", 10)
        report = town.desk.broadcasts.report(broadcast_id)
        figures = report.broadcast.figures
        assert (figures.total, figures.sent, figures.failed, figures.unsubscribed) == (3, 1, 2, 2)
        assert sorted((f.reason, f.count, f.unsubscribed) for f in report.failures) == [
            ("the citizen has blocked the service account", 1, 1),
            ("the citizen's Telegram account was deleted", 1, 1)]
        assert town.subscriber(blocks) is None and town.subscriber(gone) is None
        assert town.subscriber(stays) is not None
        r = town.store.m.BroadcastRecipient
        assert {x.address for x in r.select().where(r.state == "failed")} == {None}  # erased
        assert town.received(stays)[-1] == "Raccolta differenziata: martedì."

    play(make_config(tmp_path), clock, body)


def test_a_refused_file_type_is_refused_before_anything_is_stored_and_a_file_goes_uploaded_once(tmp_path, clock):
    async def body(town: Town):
        people = [town.citizen(f"Citizen {n}") for n in range(3)]
        for person in people:
            await town.writes(person, "MI ISCRIVO")
        docx = tmp_path / "avviso.docx"
        docx.write_bytes(b"PK\x03\x04 a Word file")
        with pytest.raises(UserFacingError, match=r"avviso.docx cannot be sent: type .docx is not accepted"):
            await town.desk.broadcasts.compose({"it": "Avviso"}, ["Events"], file=docx)
        disguised = tmp_path / "avviso.pdf"
        disguised.write_bytes(b"MZ\x90\x00 an executable")
        with pytest.raises(UserFacingError, match=r"content is executable, not pdf"):
            await town.desk.broadcasts.compose({"it": "Avviso"}, ["Events"], file=disguised)
        with pytest.raises(UserFacingError, match="1030 characters long; Telegram takes at most 1024 under a file"):
            pdf = tmp_path / "programma.pdf"
            pdf.write_bytes(b"%PDF-1.4 the programme of the festival")
            await town.desk.broadcasts.compose({"it": "x" * 1030}, ["Events"], file=pdf)
        assert town.desk.broadcasts.broadcasts() == []
        assert not (town.desk.config.data_dir / "broadcasts").exists() or \
            not any(p.is_file() for p in (town.desk.config.data_dir / "broadcasts").rglob("*"))
        uploads = town.server.requests.count("SaveFilePartRequest")
        broadcast_id = await town.desk.broadcasts.compose({"it": "Il programma della festa"}, ["Events"], file=pdf)
        await until(lambda: town.desk.broadcasts.broadcast(broadcast_id).state == "done", 10)
        for person in people:
            assert town.server.files_received_by(town.network.account, person) == \
                [("programma.pdf", b"%PDF-1.4 the programme of the festival")]
            assert town.received(person)[-1] == "Il programma della festa"
        assert town.server.requests.count("SaveFilePartRequest") - uploads == 1  # uploaded once
        assert town.server.documents_reused[0] == 2  # then sent by reference

    play(make_config(tmp_path), clock, body)


def test_a_scheduled_broadcast_waits_for_its_time_and_a_cancelled_one_is_not_sent(tmp_path, clock):
    async def body(town: Town):
        giulia = town.citizen("Giulia")
        await town.writes(giulia, "MI ISCRIVO")
        broadcasts = town.desk.broadcasts
        later = await broadcasts.compose({"it": "Festa patronale domani"}, ["Events"],
                                         send_at=town.desk.clock.now() + timedelta(hours=2))
        cancelled = await broadcasts.compose({"it": "Annullato"}, ["Events"],
                                             send_at=town.desk.clock.now() + timedelta(hours=2))
        await broadcasts.cancel(cancelled)
        await asyncio.sleep(0.5)
        assert broadcasts.broadcast(later).state == "scheduled" and len(town.received(giulia)) == 1
        town.desk.clock.advance(timedelta(hours=2))
        town.desk.broadcasts.sender.kick()  # the sender looks again (in life: its timer)
        await until(lambda: broadcasts.broadcast(later).state == "done", 10)
        assert town.received(giulia)[-1] == "Festa patronale domani"
        assert broadcasts.broadcast(cancelled).state == "cancelled"
        assert "Annullato" not in town.received(giulia)
        with pytest.raises(Exception, match="scheduled or being sent"):
            await broadcasts.cancel(later)

    play(make_config(tmp_path), clock, body)


def test_a_flood_wait_pauses_the_broadcast_and_agents_replies_go_first(tmp_path, clock):
    async def body(town: Town):
        people = [town.citizen(f"Subscriber {n}") for n in range(30)]
        town.store.add_subscribers(town.account, [
            (p.id, town.server.access_hash_for(town.network.account, p), "it") for p in people], ("Events",))
        marta = town.citizen("Marta")
        await town.writes(marta, "Bon dia, una consulta")
        await until(lambda: town.store.active_ticket_for(town.account, marta.id), 30)  # the detector's start
        ticket = town.store.active_ticket_for(town.account, marta.id)
        town.server.flood_next(functions.messages.SendMessageRequest, 2)
        broadcast_id = await town.desk.broadcasts.compose({"it": "Sagra dell'uva"}, ["Events"])
        await until(lambda: any(isinstance(e, SendingPaused) and e.seconds == 2 for e in town.events), 10)
        await asyncio.sleep(2.2)  # sending again after the wait
        await town.desk.desk.reply(ticket.id, "Bon dia, ara us ho miro.")
        await until(lambda: town.desk.broadcasts.broadcast(broadcast_id).state == "done", 20)
        await town.settled()
        deliveries = town.server.accounts[town.network.account.id].deliveries
        order = [text for _, _, text in deliveries]
        assert order.index("Bon dia, ara us ho miro.") < len(order) - 10  # not after the whole broadcast
        for person in people:
            assert town.received(person) == ["Sagra dell'uva"]  # once each, the flood wait's try too
        assert town.desk.broadcasts.broadcast(broadcast_id).figures.sent == 30

    play(make_config(tmp_path, **{"lists.rate": 10}), clock, body,
         flood={"global_rate": 30, "global_burst": 5, "per_chat_rate": 1, "per_chat_burst": 3})


def test_the_report_its_csv_and_the_retention_purge_of_recipients(tmp_path, clock):
    async def body(town: Town):
        people = [town.citizen(f"Subscriber {n}") for n in range(3)]
        for person in people:
            await town.writes(person, "subscribe")
        town.server.user_blocks(people[2], town.network.account)
        broadcasts = town.desk.broadcasts
        broadcast_id = await broadcasts.compose({"en": "Town meeting on Friday"}, ["Town information"])
        await until(lambda: broadcasts.broadcast(broadcast_id).state == "done", 10)
        path = await broadcasts.export_csv(broadcast_id, tmp_path / "report.csv")
        rows = list(csv.DictReader(path.open(encoding="utf-8")))
        assert [(r["recipient"], r["language"], r["state"], r["unsubscribed"]) for r in rows] == \
            [("1", "en", "sent", ""), ("2", "en", "sent", ""), ("3", "en", "failed", "yes")]
        assert rows[2]["reason"] == "the citizen has blocked the service account"
        assert str(people[0].id) not in path.read_text(encoding="utf-8")  # no Telegram ids
        # Past the retention period, the purge's step takes the recipients' rows; the
        # broadcast, its text and its figures stay.
        purge = town.desk.lead.purge_job
        assert town.store.purge_broadcast_recipients in purge.steps
        town.desk.clock.advance(timedelta(days=200))
        await asyncio.to_thread(purge.run, "test")
        row = broadcasts.broadcast(broadcast_id)
        assert row.recipients_purged and (row.figures.sent, row.figures.failed, row.figures.unsubscribed) == (2, 1, 1)
        assert broadcasts.report(broadcast_id).failures[0].reason == "the citizen has blocked the service account"
        assert broadcasts.report(broadcast_id).texts["en"][0] == "Town meeting on Friday"
        assert not town.store.m.BroadcastRecipient.select().exists()
        with pytest.raises(UserFacingError, match="deleted after the retention period"):
            await broadcasts.export_csv(broadcast_id, tmp_path / "again.csv")

    play(make_config(tmp_path), clock, body)


def test_only_a_lead_composes_or_cancels(tmp_path, clock):
    async def body(town: Town):
        assert not town.desk.broadcasts.may_compose
        with pytest.raises(NotAllowed):
            await town.desk.broadcasts.compose({"it": "Avviso"}, ["Events"])
        with pytest.raises(UserFacingError, match="Unknown topic"):
            town.desk.broadcasts._topics(["Sports"])

    play(make_config(tmp_path, role="agent"), clock, body)


def test_a_copy_sent_but_not_recorded_goes_again_under_its_random_id_and_counts_once(tmp_path, clock):
    async def body(town: Town):
        people = [town.citizen(f"Subscriber {n}") for n in range(5)]
        town.store.add_subscribers(town.account, [
            (p.id, town.server.access_hash_for(town.network.account, p), "it") for p in people], ("Events",))
        record = town.store.record_list_sends
        lost = []

        def crash_once(sent):  # the process "died" after Telegram took them, before the store knew
            if not lost:
                lost.extend(sent)
                raise OSError("disk gone")
            return record(sent)

        town.store.record_list_sends = crash_once
        broadcast_id = await town.desk.broadcasts.compose({"it": "Mercato sabato"}, ["Events"])
        await until(lambda: town.desk.broadcasts.broadcast(broadcast_id).state == "done", 15)
        assert lost and town.server.random_id_duplicates == len(lost)
        for person in people:
            assert town.received(person) == ["Mercato sabato"]
        assert town.desk.broadcasts.broadcast(broadcast_id).figures.sent == 5

    play(make_config(tmp_path), clock, body)


def test_peer_flood_pauses_the_whole_account_and_the_broadcast_goes_on_after_it(tmp_path, clock):
    async def body(town: Town):
        from deskclient.net.simulated.sender import RpcFailure
        people = [town.citizen(f"Subscriber {n}") for n in range(6)]
        town.store.add_subscribers(town.account, [
            (p.id, town.server.access_hash_for(town.network.account, p), "it") for p in people], ("Events",))
        handlers = town.server._handlers
        send = handlers[functions.messages.SendMessageRequest]
        refused = []

        def peer_flood_once(sender, request):
            if not refused:
                refused.append(request.random_id)
                raise RpcFailure(400, "PEER_FLOOD")
            return send(sender, request)

        handlers[functions.messages.SendMessageRequest] = peer_flood_once
        broadcast_id = await town.desk.broadcasts.compose({"it": "Concerto in piazza"}, ["Events"])
        await until(lambda: refused and town.desk.outbox.paused_for() > 250, 10)  # five minutes, account-wide
        assert any(isinstance(e, SendingPaused) and e.seconds == 300 for e in town.events)
        sent_before = len(town.server.accounts[town.network.account.id].deliveries)
        await asyncio.sleep(0.5)
        assert len(town.server.accounts[town.network.account.id].deliveries) == sent_before  # nothing meanwhile
        town.desk.outbox._paused_until = 0.0  # five minutes later
        town.desk.broadcasts.sender.kick()
        await until(lambda: town.desk.broadcasts.broadcast(broadcast_id).state == "done", 10)
        for person in people:
            assert town.received(person) == ["Concerto in piazza"]

    play(make_config(tmp_path), clock, body)


def test_a_citizens_erasure_takes_them_off_the_list(tmp_path, clock):
    async def body(town: Town):
        marta, anna = town.citizen("Marta"), town.citizen("Anna")
        await town.writes(marta, "Bon dia, tinc un dubte sobre el padró municipal.")
        await town.writes(marta, "MI ISCRIVO")
        await town.writes(anna, "MI ISCRIVO")
        ticket = town.store.active_ticket_for(town.account, marta.id)
        await asyncio.to_thread(town.desk.lead.purge_job.erase_citizen, ticket.citizen_id, [ticket.id], "test", None)
        assert town.subscriber(marta) is None and town.subscriber(anna) is not None
        assert town.store.ticket_count() == 0

    play(make_config(tmp_path), clock, body)
