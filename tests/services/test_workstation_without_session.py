"""A team workstation with `telegram.session = none`: it reads and writes the shared
PostgreSQL store, its replies wait in the outbox, and the desk that holds the duty sends
them. Its connection indicator shows the service's state."""

from __future__ import annotations

import asyncio

import pytest

from deskclient.app import build_desk, telegram_network
from deskclient.config import load_config
from deskclient.net.demo import DemoNetwork
from deskclient.net.gateway import ConnectionState
from deskclient.net.no_session import NullGateway
from deskclient.services.events import ConnectionChanged
from tests.waiting import until

pytestmark = pytest.mark.postgres


def settings(tmp_path, pg_url, name: str, **more):
    # Who the agent is comes from the database login (the test's superuser), not the config.
    return load_config(overrides={"paths.data_dir": str(tmp_path / name),
                                  "database.url": pg_url, "retention.purge_in_app": False, **more})


def test_a_workstation_without_session_queues_and_the_duty_holder_sends(tmp_path, pg_url, clock):
    async def scenario():
        network = DemoNetwork(pace=0, answer_delay=0, clock=clock)
        server_config = settings(tmp_path, pg_url, "server")

        async def service():
            desk = build_desk(server_config, lambda c: network.gateway(server_config, c), clock=clock,
                              mode="serve")
            await desk.start()
            await desk.gateway.wait_online()
            return desk

        server = await service()
        marta = 1001
        network.says(marta, "Bon dia, no puc signar la sol·licitud.")
        account = str(network.account.id)
        await until(lambda: server.store.active_ticket_for(account, marta) is not None)
        ticket = server.store.active_ticket_for(account, marta)
        await until(lambda: len(network.received(marta)) == 1)  # the opening message
        await server.stop()

        ws_config, factory, _ = telegram_network(settings(tmp_path, pg_url, "bea", **{"telegram.session": "none"}))
        workstation = build_desk(ws_config, factory, clock=clock)
        assert isinstance(workstation.gateway, NullGateway) and workstation.mode == "window"
        assert workstation.duty is None  # it cannot send, so it never takes the duty
        shown: list[ConnectionState] = []
        workstation.bus.subscribe(lambda e: isinstance(e, ConnectionChanged) and shown.append(e.state))
        await workstation.start()
        try:
            await workstation.service_watch.check()
            assert workstation.service_watch.state is ConnectionState.OFFLINE  # no service running
            reply_id = await workstation.desk.reply(ticket.id, "Li enviem les instruccions.")
            await asyncio.sleep(0.5)
            assert workstation.store.message(reply_id).delivery == "queued"
            assert len(network.received(marta)) == 1  # not sent by the workstation

            server = await service()  # the service comes back: it holds the duty and sends
            await until(lambda: "Li enviem les instruccions." in network.received(marta))
            await until(lambda: workstation.store.message(reply_id).delivery == "sent")
            await workstation.service_watch.check()
            assert workstation.service_watch.state is ConnectionState.ONLINE
            assert shown[-1] is ConnectionState.ONLINE  # what the status bar shows

            # A reply written while the service runs is sent too (NOTIFY wakes its outbox).
            second = await workstation.desk.reply(ticket.id, "Ja ho té?")
            await until(lambda: "Ja ho té?" in network.received(marta))
            assert network.received(marta).count("Li enviem les instruccions.") == 1
            await until(lambda: workstation.store.message(second).delivery == "sent")
            await server.stop()
        finally:
            await workstation.stop()
            await network.stop()

    asyncio.run(scenario())
