"""The service's and a lead's work through build_desk on real PostgreSQL roles (issue 11):
whatever their job needs is granted, and nothing shows up missing only in production."""

from __future__ import annotations

import asyncio

import pytest

from deskclient.app import build_desk
from deskclient.config import load_config
from deskclient.net.demo import DemoNetwork
from deskclient.net.no_session import NullGateway
from deskclient.store.lead_records import AuditFilter, ReviewFilter
from tests.waiting import until

pytestmark = pytest.mark.postgres


def settings(tmp_path, url: str, name: str):
    return load_config(overrides={"paths.data_dir": str(tmp_path / name), "database.url": url,
                                  "retention.purge_in_app": False})


async def started_service(tmp_path, team_db, clock):
    """The service's login filing from the demo network, online: (desk, network)."""
    service_config = settings(tmp_path, team_db.add("server", service=True), "server")
    network = DemoNetwork(pace=0, answer_delay=0, clock=clock)
    service = build_desk(service_config, lambda c: network.gateway(service_config, c), clock=clock, mode="serve")
    await service.start()
    await service.gateway.wait_online()
    return service, network


def test_the_service_login_files_answers_and_purges_nothing_more(tmp_path, team_db, clock):
    async def scenario():
        config = settings(tmp_path, team_db.add("server", service=True), "server")
        network = DemoNetwork(pace=0, answer_delay=0, clock=clock)
        desk = build_desk(config, lambda c: network.gateway(config, c), clock=clock, mode="serve")
        assert desk.desk.agent.login == team_db.login("server")
        assert desk.store.agents() == []  # the service's own login is nobody to assign to
        await desk.start()
        try:
            await desk.gateway.wait_online()
            network.says(1001, "Bon dia, no puc signar.")
            account = str(network.account.id)
            await until(lambda: desk.store.active_ticket_for(account, 1001) is not None)
            await until(lambda: len(network.received(1001)) == 1)  # the opening message, sent
            report = await asyncio.to_thread(desk.lead.purge_job.run, "the service, daily", None)
            assert report is not None
        finally:
            await desk.stop()

    asyncio.run(scenario())


def test_a_lead_login_reviews_audits_and_erases(tmp_path, team_db, clock):
    async def scenario():
        service, network = await started_service(tmp_path, team_db, clock)
        network.says(1001, "Bon dia, el certificat no funciona.")
        account = str(network.account.id)
        await until(lambda: service.store.active_ticket_for(account, 1001) is not None)
        ticket = service.store.active_ticket_for(account, 1001)

        lead = build_desk(settings(tmp_path, team_db.add("lia", lead=True), "lia"), lambda c: NullGateway(),
                          clock=clock, mode="window")
        try:
            assert lead.desk.agent.role == "lead"
            await lead.desk.claim(ticket.id)
            hits = await lead.lead.search_messages(ReviewFilter(text="certificat"))
            assert len(hits.hits) == 1
            rows, total = await lead.lead.audit_log(AuditFilter())
            assert total >= 2 and {r.action for r in rows} >= {"login", "claim"}
            await lead.lead.statistics()
            await lead.lead.hold(ticket.id, "court order 12/2026")
            await lead.lead.release(ticket.id)
            path = await lead.lead.export_transcripts([ticket.id], "csv")
            assert path.exists()
            await lead.desk.close(ticket.id)
            found = await lead.citizens.find("1001") or await lead.citizens.find("")
            await lead.citizens.erase(found[0].id)
            assert lead.store.active_ticket_for(account, 1001) is None
        finally:
            await lead.stop()
            await service.stop()

    asyncio.run(scenario())


def test_a_lead_login_links_unlinks_and_erases_one_person(tmp_path, team_db, clock):
    """Issue 16: linking a person's two citizens, undoing it, and erasing both through the
    link, as a lead's PostgreSQL role (the grants it needs: citizen UPDATE, DELETE)."""
    async def scenario():
        service, network = await started_service(tmp_path, team_db, clock)
        account = str(network.account.id)
        for user_id in (1001, 1002):
            network.says(user_id, "Bon dia, el certificat no funciona.")
        await until(lambda: all(service.store.active_ticket_for(account, u) is not None for u in (1001, 1002)))
        first, second = (service.store.active_ticket_for(account, u) for u in (1001, 1002))

        lead = build_desk(settings(tmp_path, team_db.add("lia", lead=True), "lia"), lambda c: NullGateway(),
                          clock=clock, mode="window")
        try:
            await lead.lead.link_citizens(first.id, second.number)
            assert len(lead.store.citizen_tickets(first.citizen_id)) == 2
            await lead.lead.unlink_citizen(second.id)
            assert len(lead.store.citizen_tickets(first.citizen_id)) == 1
            await lead.lead.link_citizens(second.id, first.number)
            await lead.citizens.erase(first.citizen_id)
            assert all(lead.store.active_ticket_for(account, u) is None for u in (1001, 1002))
        finally:
            await lead.stop()
            await service.stop()

    asyncio.run(scenario())
