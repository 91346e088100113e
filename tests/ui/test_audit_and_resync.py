"""The agent's window and issue 11 item 4: opening a closed ticket is audited once per
opening; in team mode, after the team listener lost its connection, the window reads
the queue and the open thread again and shows what another workstation did meanwhile."""

from __future__ import annotations

import asyncio
import secrets
from datetime import timedelta

import pytest

from deskclient.app import build_desk
from deskclient.net.demo import DemoNetwork
from deskclient.net.no_session import NullGateway
from deskclient.store.database import open_database
from deskclient.store.repository import TicketStore
from deskclient.ui.bridge import EventBridge
from deskclient.ui.main_window import MainWindow
from deskclient.ui.thread_model import MessageRole
from tests.factories import citizen, inbound
from tests.store.test_team_listener import cut_listener
from tests.waiting import until

pytestmark = pytest.mark.gui


def _thread_texts(window) -> list[str]:
    model = window.thread_model
    return [model.index(r).data(MessageRole.ROW).text for r in range(model.rowCount())]


def test_opening_a_closed_ticket_is_audited_once_each_time_it_is_opened(qtbot, qloop, config, clock):
    async def scenario():
        network = DemoNetwork(pace=0, templates=config["templates"], clock=clock)
        desk = build_desk(config, lambda c: network.gateway(config, c), clock=clock)
        store, rules = desk.store, desk.rules
        window = MainWindow(desk.desk, EventBridge(desk.bus), desk.gateway.label)
        qtbot.addWidget(window)
        try:
            anna = desk.desk.agent
            closed = store.ingest(inbound(citizen(61), clock.now(), "Tinc un problema"), rules).ticket_id
            other = store.ingest(inbound(citizen(62), clock.now(), "Una altra consulta"), rules).ticket_id
            store.close_ticket(closed, anna, rules)
            clock.advance(timedelta(hours=1))
            store.finalize_expired(rules)
            window.queue.tabs.setCurrentIndex(window.queue.tabs.count() - 1)  # All
            window.queue.apply_filter()
            await until(lambda: window.queue_model.rowCount() == 2)

            def opened() -> int:
                return sum(1 for _, action, _, _ in store.audit_trail() if action == "view_closed_ticket")

            assert window.select_ticket(closed)
            await until(lambda: opened() == 1)
            # Changes to the open ticket repaint it: not another opening.
            store.add_note(closed, "Nota interna", anna)
            store.set_category(closed, None, anna)
            await asyncio.sleep(0.3)
            assert opened() == 1
            assert window.select_ticket(other)  # an open ticket: not audited
            await asyncio.sleep(0.2)
            assert opened() == 1
            assert window.select_ticket(closed)  # opened again: audited again
            await until(lambda: opened() == 2)
            [(_, _, who, detail)] = [e for e in store.audit_trail(closed) if e[1] == "view_closed_ticket"][:1]
            assert who == "anna" and detail == f"ticket {store.ticket(closed).number}"
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


@pytest.mark.postgres
def test_after_the_listener_reconnects_the_window_shows_what_it_missed(qtbot, qloop, team_db, config, clock):
    """Two agents' workstations, each on its own database login (real team roles)."""
    name = f"ws-{secrets.token_hex(4)}"
    anna_url, pau_url = team_db.add("anna"), team_db.add("pau")

    async def scenario():
        workstation = config.with_values({"telegram.session": "none"})  # the service sends
        here_config = workstation.with_values({"database.url": f"{anna_url}&application_name={name}"})
        here = build_desk(here_config, lambda c: NullGateway(), clock=clock)
        window = MainWindow(here.desk, EventBridge(here.bus), here.gateway.label)
        qtbot.addWidget(window)
        here.team_listener.retry_after = 3.0  # the other workstation acts while it is away
        await asyncio.to_thread(here.team_listener.start)
        there_config = workstation.with_values({"database.url": pau_url})
        there = build_desk(there_config, lambda c: NullGateway(), clock=clock)
        try:
            service = TicketStore(open_database(team_db.url), clock, workstation="the service")
            try:  # what `deskclient serve` files
                service.ingest(inbound(citizen(77), clock.now(), "Hola"), there.rules)
            finally:
                service.close()
            await until(lambda: window.queue_model.rowCount() == 1, timeout=2.0)
            ticket_id = window.queue_model.ticket_at(0).id
            assert window.select_ticket(ticket_id)
            await until(lambda: "Hola" in _thread_texts(window))
            window.composer.edit.setPlainText("Un moment, si us plau")  # the agent is typing

            await asyncio.to_thread(cut_listener, f"{name} listener")
            await there.desk.claim(ticket_id)
            await there.desk.reply(ticket_id, "Resposta des d'un altre lloc")
            await asyncio.sleep(0.5)
            assert "Resposta des d'un altre lloc" not in _thread_texts(window)  # nobody told it

            await until(lambda: "Resposta des d'un altre lloc" in _thread_texts(window), timeout=10.0)
            await until(lambda: window.queue_model.ticket_at(0).assignee_login == team_db.login("pau"),
                        timeout=2.0)
            assert here.team_listener.reconnects == 1
            assert window.ticket.ticket_id == ticket_id
            assert window.composer.edit.toPlainText() == "Un moment, si us plau"
        finally:
            window.shutdown()
            await there.stop()
            await here.stop()

    qloop.run_until_complete(scenario())
