"""The store refuses writes while citizens write, and the service is killed with SIGKILL
in the middle of the fault and started again: once the fault clears, every message is
filed, none twice, and each citizen got one opening message.

SQLite: another process holds the write lock for 30 s. PostgreSQL: every backend of
the desk is terminated, again and again, for 15 s."""

from __future__ import annotations

import sqlite3
import threading
import time

import psycopg
import pytest

from deskclient.domain.messages import MessageKind, SystemNotice
from tests.conftest import PG_URL
from tests.simulator import sim_process  # noqa: F401 (the fixture)
from tests.system.serve_nodes import duty_holder, open_store, serve_node, wait_for

MESSAGES = 20
CITIZENS = 5


def _citizens_write(op, account: int, citizens: list[int], over: float) -> dict[int, list[int]]:
    written: dict[int, list[int]] = {c: [] for c in citizens}
    for n in range(MESSAGES):
        citizen = citizens[n % len(citizens)]
        written[citizen].append(op.user_sends(citizen, account, f"Missatge {n} durant l'avaria"))
        time.sleep(over / MESSAGES)
    return written


def _supervise(node, until: threading.Event) -> None:
    """Like systemd's Restart=on-failure, RestartSec=1: a node that exits is started again."""
    while not until.is_set():
        if not node.alive:
            time.sleep(1)
            node.start()
        time.sleep(0.2)


def _kill_and_restart(node, until: threading.Event) -> threading.Thread:
    """kill -9 in the middle of the fault (what was not filed must come again), started
    again at once, then kept running as systemd would; returns the supervisor."""
    node.kill()
    node.start()
    supervisor = threading.Thread(target=_supervise, args=(node, until))
    supervisor.start()
    return supervisor


def _check_everything_filed_once(store, op, account: int, written: dict[int, list[int]], nodes) -> None:
    m = store.m

    def filed():
        rows = (m.Message.select(m.Citizen.address, m.Message.channel_message_id).join(m.Citizen)
                .where(m.Message.kind == MessageKind.IN.value).tuples())
        out: dict[int, list[int]] = {}
        for user_id, channel_message_id in rows:
            out.setdefault(user_id, []).append(channel_message_id)
        return out

    wait_for(lambda: sum(len(v) for v in filed().values()) >= MESSAGES, 90,
             "every message filed once the fault cleared", nodes=nodes)
    wait_for(lambda: store.outbox_figures().queued == 0, 60, "the opening messages sent", nodes=nodes)
    got = filed()
    for citizen, ids in written.items():
        assert sorted(got[citizen]) == sorted(ids)
        [ticket] = list(m.Ticket.select().join(m.Citizen).where(m.Citizen.address == citizen))
        [opening] = [r.text for r in m.Message.select().where(
            m.Message.ticket == ticket.id, m.Message.notice == SystemNotice.OPENING.value)]
        assert op.received_by(account, citizen).count(opening) == 1


def test_sqlite_write_lock_held_30_s_with_a_kill_in_the_middle(sim_process, tmp_path):
    sim = sim_process
    op = sim.operator
    database = tmp_path / "desk.sqlite3"
    url = f"sqlite:///{database}"
    node = serve_node("single-desk", tmp_path, sim, url).start()
    store = open_store(url)
    stop_supervising = threading.Event()
    supervisor = None
    try:
        wait_for(lambda: any(n.connection == "online" for n in store.service_nodes()), 60,
                 "the desk online", nodes=[node])
        citizens = [op.add_user(f"Veí {i}") for i in range(CITIZENS)]

        locker = sqlite3.connect(database, isolation_level=None, timeout=30)
        locker.execute("BEGIN IMMEDIATE")  # the write lock, as a backup tool or a stuck writer holds it
        locked_at = time.monotonic()
        try:
            written = _citizens_write(op, sim.account, citizens, over=6)
            supervisor = _kill_and_restart(node, stop_supervising)
            time.sleep(max(0.0, 30 - (time.monotonic() - locked_at)))
        finally:
            locker.execute("ROLLBACK")
            locker.close()
        _check_everything_filed_once(store, op, sim.account, written, [node])
        assert node.runs == 2  # the restarted node waited the lock out; it did not exit
    finally:
        stop_supervising.set()
        if supervisor is not None:
            supervisor.join()
        node.kill()
        store.close()


@pytest.mark.postgres
def test_postgresql_backends_terminated_with_a_kill_in_the_middle(sim_process, pg_url, tmp_path):
    sim = sim_process
    op = sim.operator
    # The desk's connections by name (its duty connection carries the node's): other
    # programs on this server are not ours to kill.
    url = f"{pg_url}&application_name=desk-under-fault"
    node = serve_node("server-1", tmp_path, sim, url).start()
    store = open_store(url)
    stop_supervising = threading.Event()
    supervisor = None
    try:
        wait_for(lambda: duty_holder(store) == "server-1" and any(
            n.connection == "online" for n in store.service_nodes()), 60, "the service online", nodes=[node])
        citizens = [op.add_user(f"Veïna {i}") for i in range(CITIZENS)]

        fault_over = threading.Event()
        terminated: list[int] = []

        def terminate_backends():
            """Every backend of the desk, every 200 ms."""
            with psycopg.connect(PG_URL, autocommit=True) as killer:
                while not fault_over.is_set():
                    rows = killer.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                          "WHERE application_name IN ('desk-under-fault', 'server-1')")
                    terminated.extend(ok for (ok,) in rows if ok)
                    time.sleep(0.2)

        killer = threading.Thread(target=terminate_backends)
        killer.start()
        try:
            written = _citizens_write(op, sim.account, citizens, over=6)
            supervisor = _kill_and_restart(node, stop_supervising)
            time.sleep(8)
        finally:
            fault_over.set()
            killer.join()
        assert len(terminated) > 10  # the fault was real: the desk's backends kept dying
        _check_everything_filed_once(store, op, sim.account, written, [node])
    finally:
        stop_supervising.set()
        if supervisor is not None:
            supervisor.join()
        node.kill()
        store.close()
