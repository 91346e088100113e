"""Team mode's rights are PostgreSQL's (issue 11): real login roles, and the database
refusing what a role may not do, whatever the application would have allowed."""

from __future__ import annotations

import peewee
import pytest

from deskclient.errors import AccessRevoked, NotAllowed
from deskclient.services.identity import (
    UPGRADED, LoggedOut, NotOnThisDesk, check_database_login, desk_agent, watch_access,
)
from deskclient.store.database import open_database
from deskclient.store.repository import TicketStore
from deskclient.store.team_roles import database_identity, init_team, members, team_prefix
from tests.factories import citizen, inbound

pytestmark = pytest.mark.postgres


def refused(url: str, sql: str) -> None:
    """`sql`, run as the role of `url`, is refused by the database for want of a privilege."""
    import psycopg
    from deskclient.store.duty_lock import pg_connect_args
    with psycopg.connect(**pg_connect_args(url, "test"), options=f"-c search_path={schema(url)}") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(sql)


def allowed(url: str, sql: str) -> list:
    import psycopg
    from deskclient.store.duty_lock import pg_connect_args
    with psycopg.connect(**pg_connect_args(url, "test"), options=f"-c search_path={schema(url)}") as conn:
        cursor = conn.execute(sql)
        return cursor.fetchall() if cursor.description else []


def schema(url: str) -> str:
    return url.rpartition("schema=")[2]


def open_as(url: str, clock) -> TicketStore:
    return TicketStore(open_database(url), clock, workstation="ws-test")


@pytest.fixture
def filed(team_db, rules, clock):
    """A ticket claimed and closed for good (its figures written), by the superuser."""
    store = open_as(team_db.url, clock)
    lia = store.set_agent_role("lia", "lead", "test")
    result = store.ingest(inbound(citizen(77), clock.now(), "Hola"), rules)
    store.claim(result.ticket_id, lia)
    store.audit("login", lia, "test")
    store.db.execute_sql("INSERT INTO ticket_stat (ticket_id, opened_on, opened_at, breached) "
                         "VALUES (1, CURRENT_DATE, now(), FALSE)")
    store.close()
    return result.ticket_id


def test_init_records_the_prefix_owns_and_is_idempotent(team_db, clock):
    def check(db):
        assert team_prefix(db) == team_db.prefix
        init_team(db, team_db.prefix)  # again, as after an upgrade
        owners = dict(db.execute_sql("SELECT tablename, tableowner FROM pg_tables WHERE schemaname = "
                                     "current_schema()").fetchall())
        service = f"{team_db.prefix}_service"
        assert {owners[t] for t in ("citizen", "ticket", "message", "message_edit", "attachment")} == {service}
        assert owners["audit_event"] != service and owners["agent"] != service
    team_db.run(check)


def test_an_agent_may_append_to_the_audit_log_but_not_read_or_rewrite_it(team_db, filed, clock):
    url = team_db.add("anna")
    store = open_as(url, clock)
    try:
        anna = desk_agent(store, None, "window")
        assert (anna.login, anna.role) == (team_db.login("anna"), "agent")
        store.audit("login", anna, "window")  # appends without reading back
    finally:
        store.close()
    refused(url, "UPDATE audit_event SET detail = 'nothing happened'")
    refused(url, "DELETE FROM audit_event")
    refused(url, "SELECT * FROM audit_event")
    refused(url, "SELECT breached, first_response_seconds FROM ticket_stat")  # the lead's figures
    refused(url, "SELECT * FROM export_file")
    refused(url, "DELETE FROM message")  # the purge and the erasure are not an agent's
    refused(url, "DELETE FROM citizen")
    refused(url, "UPDATE agent SET role = 'lead'")  # nor promoting oneself
    assert allowed(url, "SELECT count(*) FROM ticket") == [(1,)]


def test_a_lead_reads_the_review_data_and_nobody_rewrites_the_audit(team_db, filed, clock):
    url = team_db.add("lia", lead=True)
    assert allowed(url, "SELECT count(*) FROM audit_event")[0][0] >= 2
    assert allowed(url, "SELECT count(*) FROM ticket_stat") == [(1,)]
    refused(url, "UPDATE audit_event SET detail = ''")
    refused(url, "UPDATE audit_event SET detail = 'nothing happened', ticket_id = NULL")
    refused(url, "DELETE FROM audit_event")
    service = team_db.add("server", service=True)
    refused(service, "UPDATE audit_event SET detail = ''")
    refused(service, "DELETE FROM audit_event")
    # What the purge and an erasure do to the rows of the tickets they delete, and only that:
    allowed(service, "UPDATE audit_event SET detail = detail || ' (purged ticket 2026-000001)', "
                     "ticket_id = NULL WHERE ticket_id IS NOT NULL")


def test_the_service_purges_and_compacts_what_it_owns(team_db, filed, clock):
    url = team_db.add("server", service=True)
    allowed(url, "DELETE FROM message_edit")
    allowed(url, "DELETE FROM message")
    allowed(url, "VACUUM FULL message")  # PostgreSQL 15: the owner's right alone


def test_memberships_decide_who_is_who(team_db, clock):
    team_db.add("anna")
    team_db.add("lia", lead=True)
    team_db.add("server", service=True)
    team_db.add("pau")
    team_db.add("pau", lead=True)  # promoted: a lead, not also a plain agent
    people = {m.login: m.groups for m in team_db.run(members)}
    assert people[team_db.login("anna")] == ("agent",)
    assert people[team_db.login("pau")] == ("lead",)
    assert people[team_db.login("server")] == ("service",)
    lead = open_as(team_db.url_for("lia"), clock)
    try:
        who = database_identity(lead.db)
        assert (who.lead, who.agent, who.service, who.superuser) == (True, True, False, False)
        with pytest.raises(NotOnThisDesk, match="not the desk's service login"):
            desk_agent(lead, None, "serve")
        with pytest.raises(NotOnThisDesk, match="needs the desk's service role too"):
            desk_agent(lead, None, "both")
    finally:
        lead.close()
    trail = [d for _, a, _, d in open_as(team_db.url, clock).audit_trail() if a == "role_changed"]
    assert f"{team_db.login('pau')}: agent → lead" in trail


def test_a_login_in_no_group_is_told_and_does_not_start(team_db, clock):
    stranger = team_db.login("stranger")
    team_db.logins.append(stranger)
    team_db.run(lambda db: db.execute_sql(f'CREATE ROLE "{stranger}" LOGIN'))
    opened = open_database(team_db.url_for("stranger"))
    try:
        with pytest.raises(NotOnThisDesk) as told:
            check_database_login(opened, "window")
    finally:
        opened.db.close()
    assert str(told.value).endswith(f"{stranger} is neither an agent nor a team lead of this desk, "
                                    "so the desk does not start: ask IT.")


def test_an_agent_removed_while_working_is_refused_at_the_next_action(team_db, filed, clock):
    url = team_db.add("anna")
    store = open_as(url, clock)
    told: list = []

    class Bus:
        def publish(self, *events):
            told.extend(events)

    try:
        anna = desk_agent(store, None, "window")
        watch_access(store, Bus())
        store.mark_read(filed)  # works while an agent
        assert anna.role == "agent"
        team_db.remove("anna")
        with pytest.raises(AccessRevoked, match=r"^You are no longer an agent of this desk \(ask IT\)\.$"):
            store.mark_read(filed)
        assert told == [LoggedOut("You are no longer an agent of this desk (ask IT).")]
        with pytest.raises(AccessRevoked):
            store.queue()  # a read too
    finally:
        store.close()
    assert not [m for m in team_db.run(members) if m.login == team_db.login("anna") and m.active]


def test_a_refusal_of_an_agent_still_in_the_team_is_not_a_log_out(team_db, filed, clock):
    url = team_db.add("anna")
    store = open_as(url, clock)
    told: list = []
    try:
        watch_access(store, type("Bus", (), {"publish": lambda self, *e: told.extend(e)})())
        with pytest.raises(NotAllowed) as refusal:
            store.db.execute_sql("SELECT * FROM audit_event")
        assert not isinstance(refusal.value, AccessRevoked) and told == []
    finally:
        store.close()


def test_a_database_upgraded_under_a_running_window_logs_it_out_plainly(pg_url, clock, rules):
    """A newer release's upgrade renamed what this one reads (as v17 did to the previous
    release's open windows: an error at every change, no new ticket shown): one plain
    sentence and the window closes. A missing column without a newer schema stays the
    error it is."""
    import psycopg

    from deskclient.store.migrations import LATEST
    store = TicketStore(open_database(pg_url), clock)
    told: list = []
    try:
        store.ingest(inbound(citizen(77), clock.now(), "Bon dia"), rules)
        watch_access(store, type("Bus", (), {"publish": lambda self, *e: told.extend(e)})())
        with pytest.raises(peewee.ProgrammingError):
            store.db.execute_sql("SELECT no_such_column FROM citizen")
        assert told == []
        schema = pg_url.rsplit("schema=", 1)[1]
        with psycopg.connect(pg_url.split("?")[0], autocommit=True) as newer:  # the newer release's team init
            newer.execute(f"ALTER TABLE {schema}.citizen RENAME COLUMN address TO conversation_address")
            newer.execute(f"INSERT INTO {schema}.schema_version (version, applied_at) VALUES (%s, now())",
                          (LATEST + 1,))
        with pytest.raises(AccessRevoked, match=r"^The database was upgraded by a newer deskclient"):
            store.active_ticket_for("acct", 77)
        assert told == [LoggedOut(UPGRADED)]
    finally:
        store.close()
