"""Files in the shared store (issue 11): two workstations on one PostgreSQL schema. The
service (A) holds the Telegram session and receives a citizen's PDF; a workstation
without a session (B) previews it and sends a file back, which A sends. A's outbox never
stalls on a file it cannot have, and the purge or an erasure takes the bytes from the
database and every cached copy."""

from __future__ import annotations

import asyncio
import stat
from datetime import timedelta

import pytest

from deskclient.app import build_desk, telegram_network
from deskclient.config import load_config
from deskclient.logs import log_dir
from deskclient.net.demo import DemoNetwork
from deskclient.resources import sample_file
from deskclient.services.file_store import FileStore, FileUnavailable
from deskclient.store.records import StoredFile
from tests.services.lead_helpers import LeadDesk
from tests.waiting import until

pytestmark = pytest.mark.postgres

MARTA = 1001


def settings(tmp_path, pg_url, name: str, **more):
    return load_config(overrides={"paths.data_dir": str(tmp_path / name),
                                  "database.url": pg_url, "retention.purge_in_app": False, **more})


class Team:
    """The service (A, serve, the session) and a workstation without a session (B)."""

    def __init__(self, tmp_path, pg_url, clock, workstation_url: str | None = None) -> None:
        self.tmp_path, self.pg_url, self.clock = tmp_path, pg_url, clock
        self.workstation_url = workstation_url or pg_url
        self.network = DemoNetwork(pace=0, answer_delay=0, clock=clock)
        self.account = str(self.network.account.id)
        self.a = self.b = None

    async def start_service(self):
        config = settings(self.tmp_path, self.pg_url, "service")
        self.a = build_desk(config, lambda c: self.network.gateway(config, c), clock=self.clock, mode="serve")
        await self.a.start()
        await self.a.gateway.wait_online()
        return self.a

    async def start_workstation(self):
        config, factory, _ = telegram_network(settings(self.tmp_path, self.workstation_url, "bea",
                                                       **{"telegram.session": "none"}))
        self.b = build_desk(config, factory, clock=self.clock)
        await self.b.start()
        return self.b

    async def citizens_pdf(self) -> tuple[int, int]:
        """Marta writes with certificat.pdf; A fetches it. Returns (ticket id, attachment id)."""
        self.network.says(MARTA, "Us adjunto el certificat.", file="certificat.pdf")
        store = self.a.store
        await until(lambda: store.active_ticket_for(self.account, MARTA) is not None)
        ticket = store.active_ticket_for(self.account, MARTA)
        await until(lambda: any(a.kept for m in store.thread(ticket.id) for a in m.attachments), timeout=10)
        [attachment] = [a for m in store.thread(ticket.id) for a in m.attachments]
        return ticket.id, attachment.id

    def received_files(self) -> list[tuple[str, bytes]]:
        return self.network.server.files_received_by(self.network.account, self.network.citizens[MARTA].user)

    async def stop(self) -> None:
        for desk in (self.b, self.a):
            if desk is not None:
                await desk.stop()
        await self.network.stop()


def test_a_citizens_pdf_received_by_the_service_is_previewed_and_answered_by_a_workstation(
        tmp_path, team_db, clock):
    """On real team roles: the service's login, and an agent's for the workstation."""
    pdf = sample_file("certificat.pdf").read_bytes()

    async def scenario():
        team = Team(tmp_path, team_db.add("server", service=True), clock, workstation_url=team_db.add("bea"))
        try:
            a = await team.start_service()
            ticket_id, attachment_id = await team.citizens_pdf()
            kept = a.store.kept_file(attachment_id)
            assert kept.in_store and a.store.chunk_count(attachment_id) == 1  # written once, by A

            b = await team.start_workstation()
            assert (b.desk.agent.login, b.desk.agent.role) == (team_db.login("bea"), "agent")
            shown, path = b.desk.attachment_at_hand(attachment_id)
            assert path is None and shown.file_name == "certificat.pdf"  # B has no copy yet
            progress: list[tuple[int, int]] = []
            path = await b.desk.attachment_file(attachment_id, lambda done, total: progress.append((done, total)))
            assert path.is_relative_to(b.files_dir) and path.read_bytes() == pdf
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
            assert progress[-1] == (len(pdf), len(pdf))
            assert not [p for p in path.parent.iterdir() if p.name.startswith(".")]  # no temporary left
            assert b.desk.attachment_at_hand(attachment_id)[1] == path  # the cache, from now on

            # B answers with a file of its own: into the store with the reply; A sends it.
            answer = tmp_path / "resposta-signada.pdf"
            answer.write_bytes(pdf.replace(b"Sol", b"SOL", 1))
            reply_id = await b.desk.reply_with_file(ticket_id, "Aquí té el document signat.", answer)
            sent = b.store.kept_file_of_message(reply_id)
            assert sent.in_store and b.store.chunk_count(sent.attachment_id) >= 1
            await until(lambda: b.store.message(reply_id).delivery == "sent", timeout=10)
            assert ("resposta-signada.pdf", answer.read_bytes()) in team.received_files()
            assert (a.files_dir / sent.stored_path).read_bytes() == answer.read_bytes()  # A's cache
        finally:
            await team.stop()

    asyncio.run(scenario())


def test_the_services_outbox_never_stalls_on_a_file_it_cannot_have(tmp_path, pg_url, clock):
    async def scenario():
        team = Team(tmp_path, pg_url, clock)
        try:
            a = await team.start_service()
            ticket_id, _ = await team.citizens_pdf()
            await until(lambda: len(team.network.received(MARTA)) == 1)  # the opening message
            await a.stop()  # the service is away while B queues
            team.a = None

            b = await team.start_workstation()
            answer = tmp_path / "resposta.pdf"
            answer.write_bytes(sample_file("certificat.pdf").read_bytes())
            broken = await b.desk.reply_with_file(ticket_id, "El document, primer intent.", answer)
            attachment_id = b.store.kept_file_of_message(broken).attachment_id
            b.store.db.execute_sql("DELETE FROM file_chunk WHERE attachment_id = %s", (attachment_id,))
            # One from before files were shared: only a workstation long gone had it.
            legacy = b.store.add_reply(ticket_id, "El document, segon intent.", b.desk.agent,
                                       StoredFile("document", "antic.pdf", "application/pdf", 10,
                                                  "0" * 64, "2026-10/ff_antic.pdf"))
            after = await b.desk.reply(ticket_id, "Li ho torno a enviar d'aquí a un moment.")

            await team.start_service()
            await until(lambda: "Li ho torno a enviar d'aquí a un moment." in team.network.received(MARTA),
                        timeout=10)
            first, second = b.store.message(broken), b.store.message(legacy)
            assert first.delivery == second.delivery == "failed"
            assert first.failure == ("resposta.pdf is incomplete or damaged in the shared store: "
                                     "it cannot be opened or sent.")
            assert second.failure == ("antic.pdf was received before files were shared between "
                                      "workstations: only the workstation that received it has it.")
            # Telegram has it; the outbox records the receipt a moment later.
            await until(lambda: b.store.message(after).delivery == "sent", timeout=5)
            assert team.received_files() == [] and "El document, primer intent." not in team.network.received(MARTA)
            assert not (team.a.files_dir / "2026-10").exists()  # nothing half-written in A's cache
        finally:
            await team.stop()

    asyncio.run(scenario())


@pytest.mark.parametrize("how", ["erasure", "retention purge"])
def test_the_purge_and_an_erasure_take_the_bytes_from_the_database_and_every_cached_copy(
        tmp_path, pg_url, clock, how):
    pdf = sample_file("certificat.pdf").read_bytes()

    async def scenario():
        team = Team(tmp_path, pg_url, clock)
        try:
            a = await team.start_service()
            ticket_id, attachment_id = await team.citizens_pdf()
            b = await team.start_workstation()
            cached = await b.desk.attachment_file(attachment_id)
            held_by_a = a.files_dir / a.store.kept_file(attachment_id).stored_path
            assert cached.read_bytes() == held_by_a.read_bytes() == pdf
            citizen_id = a.store.ticket(ticket_id).citizen_id
            await a.desk.close(ticket_id)

            lead = LeadDesk(a.store, a.rules, clock, a.config, log_dir())
            try:
                if how == "erasure":
                    await lead.citizens.erase(citizen_id)
                else:
                    clock.advance(timedelta(days=200))
                    await a.runner.run(a.store.finalize_expired, a.rules)
                    report = await asyncio.to_thread(lead.purge.run, "test")
                    assert report.counts.tickets == 1 and report.counts.attachments == 1
            finally:
                lead.close()
            assert a.store.db.execute_sql("SELECT COUNT(*) FROM file_chunk").fetchone()[0] == 0
            assert not held_by_a.exists()  # the eraser's own copy, by the purge's path
            await until(lambda: not cached.exists(), timeout=5)  # B's cache, pruned on hearing of it
            with pytest.raises(FileUnavailable):
                await b.desk.attachment_file(attachment_id)
        finally:
            await team.stop()

    asyncio.run(scenario())


def test_the_cache_keeps_only_what_records_name_and_shares_older_files(tmp_path, pg_url, clock, rules):
    """At start a workstation prunes its cache, and puts into the store the files kept
    before v7 that only it has."""
    async def scenario():
        team = Team(tmp_path, pg_url, clock)
        try:
            a = await team.start_service()
            ticket_id, attachment_id = await team.citizens_pdf()
            kept = a.store.kept_file(attachment_id)
            a.store.db.execute_sql("DELETE FROM file_chunk")
            a.store.db.execute_sql("UPDATE attachment SET in_store = FALSE")  # as kept before v7
            stray = a.files_dir / "2026-11" / "0a0b0c_purged-elsewhere.pdf"
            stray.write_bytes(b"%PDF-1.4 purged on another workstation")
            files = FileStore(a.store, a.runner, a.files_dir)
            assert await files.prune() == 1 and not stray.exists()
            assert (a.files_dir / kept.stored_path).exists()
            assert await files._in_thread(files.adopt_local_files) == 1
            assert a.store.kept_file(attachment_id).in_store
            await files.stop()
        finally:
            await team.stop()

    asyncio.run(scenario())
