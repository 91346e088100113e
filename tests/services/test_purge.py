"""The retention purge: nothing of a purged conversation survives anywhere on disk, the
anonymous figures do, a dry run touches nothing, legal holds are honoured."""

from __future__ import annotations

import hashlib
import os
from datetime import timedelta
from pathlib import Path

import pytest

from deskclient.cli import main as cli_main
from deskclient.domain.messages import InboundEdit
from deskclient.domain.retention import RetentionPolicy
from deskclient.domain.tickets import Role
from deskclient.logs import log_dir
from deskclient.services.purge import RetentionPurge
from deskclient.services.lead_tools import run_purge_command
from deskclient.store.database import open_database
from deskclient.store.lead_records import ReviewFilter
from deskclient.store.repository import TicketStore
from tests.services.lead_helpers import sqlite_only, LeadDesk, citizen, closed_ticket, inbound, run, stored_file

CANARY = "zqxcanary7731b"  # one token, lower case: what an index would store verbatim
CANARY_BYTES = CANARY.encode()


@pytest.fixture
def desk_config(database_url, config):
    """The config the command line would read: its database is the test's."""
    if database_url.startswith("sqlite"):
        return config  # the SQLite file in the data dir
    return config.with_values({"database.url": database_url})


@pytest.fixture
def purge_store(desk_config, clock):
    store = TicketStore(open_database(desk_config.database_url), clock, workstation="ws-purge")
    yield store
    store.close()


@pytest.fixture
def lead_desk(purge_store, rules, clock, desk_config):
    desk = LeadDesk(purge_store, rules, clock, desk_config, log_dir())
    yield desk
    desk.close()


def make_session(data_dir: Path, user_id: int, name: str) -> Path:
    """A real Telethon session file with the citizen in its entity cache."""
    from telethon.sessions import SQLiteSession
    from telethon.tl import types

    session = SQLiteSession(str(data_dir / "telegram"))
    session.set_dc(2, "127.0.0.1", 443)
    user = types.User(id=user_id, access_hash=987654321, first_name=name, phone="34600111222")
    other = types.User(id=777, access_hash=1, first_name="Retained citizen")
    session.process_entities(types.contacts.ResolvedPeer(peer=types.PeerUser(user_id), chats=[],
                                                         users=[user, other]))
    session.save()
    session.close()
    return data_dir / "telegram.session"


def scene(desk: LeadDesk, store, rules, clock):
    """A canary conversation (text, an edit, a quote, a file, a thumbnail, exports, a
    log line, the session cache) closed seven months ago, and one closed two months ago."""
    files = desk.files_dir
    data_dir = desk.data_dir
    canary_file = stored_file(files, "canary.pdf", b"%PDF-1.4 " + CANARY_BYTES * 50)
    who = citizen(501, name=f"Marta {CANARY}")
    canary_id = closed_ticket(store, rules, clock, who, texts=(f"El meu codi és {CANARY}, gràcies",),
                              category="Payment problems", file=canary_file)
    # An edit (its earlier text kept in message_edit) and a reply quoting the canary.
    second = store.ingest(inbound(who, clock.now(), f"Nou {CANARY} altre", channel_message_id=9001), rules)
    store.apply_edit(InboundEdit("acct", 501, 9001, clock.now(), "text canviat", None))
    store.ingest(inbound(who, clock.now(), "resposta", reply_to_channel_message_id=9001,
                         reply_quote=f"Nou {CANARY} altre"), rules)
    agent = store.ensure_agent("anna", "Anna", Role.AGENT)
    store.add_reply(second.ticket_id, "D'acord", agent)
    store.close_ticket(second.ticket_id, agent, rules)
    clock.advance(timedelta(minutes=31))
    store.finalize_expired(rules)
    thumbnails = data_dir / "thumbnails"
    thumbnails.mkdir(parents=True, exist_ok=True)
    (thumbnails / f"{canary_file.sha256}.png").write_bytes(b"PNG" + CANARY_BYTES)
    (files / "2026-11" / ".5eed.part").write_bytes(CANARY_BYTES)  # a download left behind
    logs = log_dir()
    logs.mkdir(parents=True, exist_ok=True)
    old_log = logs / "deskclient.log.1"
    old_log.write_bytes(b"2026-11-23 INFO something slipped: " + CANARY_BYTES + b"\n")
    moment = clock.now().timestamp()
    os.utime(old_log, (moment, moment))
    make_session(data_dir, 501, f"Marta {CANARY}")

    clock.advance(timedelta(days=5 * 30))
    kept_file = stored_file(files, "kept.pdf", b"%PDF-1.4 retained", month="2027-04")
    kept_id = closed_ticket(store, rules, clock, citizen(777, name="Retained citizen"),
                            texts=("Una altra consulta",), category="Functional doubts", file=kept_file)
    clock.advance(timedelta(days=2 * 30))
    # Exports made just now: of the canary ticket (goes with it) and of the kept one (stays).
    run(desk.lead.export_transcripts([canary_id, second.ticket_id], "csv"))
    kept_export = run(desk.lead.export_transcripts([kept_id], "csv"))
    (data_dir / "exports" / "stray.csv").write_bytes(CANARY_BYTES)  # not written by the app
    return canary_id, second.ticket_id, kept_id, kept_file, kept_export


def every_file(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def holders_of_canary(root: Path) -> list[str]:
    needles = (CANARY_BYTES, CANARY.upper().encode(), CANARY.encode("utf-16-le"))
    return [str(p.relative_to(root)) for p, data in every_file(root).items()
            if any(n in data for n in needles)]


def test_purge_leaves_no_trace_of_a_purged_conversation(purge_store, lead_desk, rules, clock, tmp_path):
    store = purge_store
    canary_id, second_id, kept_id, kept_file, kept_export = scene(lead_desk, store, rules, clock)
    assert holders_of_canary(tmp_path)  # the scene really planted it
    figures_before = run(lead_desk.lead.statistics())
    progress = []

    report = run(lead_desk.lead.purge(progress=progress.append))

    assert report.counts.tickets == 2 and report.counts.citizens == 1
    assert report.counts.files == 2 and report.counts.thumbnails == 1
    assert report.counts.exports == 2 and report.counts.logs == 1 and report.counts.session_entities == 1
    assert [p.stage for p in progress][-1] == "done"
    # Every byte under the test's directory: the SQLite file and its WAL (PostgreSQL's
    # files live elsewhere: there the rows are checked below), files, thumbnails,
    # exports, logs, the Telegram session.
    assert holders_of_canary(tmp_path) == []
    if not store.opened.is_postgres:  # the queue's trigram index holds 3-letter pieces of names
        blocks = b"".join(b for (b,) in store.db.execute_sql("SELECT block FROM ticket_search_data") if b)
        assert CANARY_BYTES[:3] not in blocks and CANARY_BYTES[-3:] not in blocks
    m = store.m
    if not store.opened.is_postgres:  # the purge deletes children itself, in order
        assert store.db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
        assert store.db.execute_sql("PRAGMA foreign_keys").fetchone() == (1,)
    assert m.Ticket.select().where(m.Ticket.id.in_([canary_id, second_id])).count() == 0
    assert m.Citizen.select().where(m.Citizen.address == 501).count() == 0
    assert m.Message.select().where(m.Message.text.contains(CANARY)).count() == 0
    assert m.MessageEdit.select().count() == 0
    assert run(lead_desk.lead.search_messages(ReviewFilter(text=CANARY))).hits == []
    # What is still within the window is untouched.
    assert store.ticket(kept_id).status == "closed"
    assert (lead_desk.files_dir / kept_file.stored_path).read_bytes() == b"%PDF-1.4 retained"
    assert kept_export.exists()
    assert run(lead_desk.lead.search_messages(ReviewFilter(text="consulta"))).hits
    # The figures outlive the purge.
    assert run(lead_desk.lead.statistics()) == figures_before
    assert figures_before.overall.tickets == 3
    # One purge record: counts, dates, who; and the audit keeps naming purged tickets.
    [record] = m.AuditEvent.select().where(m.AuditEvent.action == "purge")
    assert "tickets=2" in record.detail and "closed=2026-11-23..2026-11-23" in record.detail
    assert "by lead lia" in record.detail and record.agent_id == lead_desk.agent.id
    assert any("purged ticket 2026-000001" in e[3] for e in store.audit_trail() if e[1] == "claim")


def test_dry_run_changes_nothing(purge_store, lead_desk, rules, clock, tmp_path, desk_config, capsys):
    scene(lead_desk, purge_store, rules, clock)
    before = {p: b for p, b in every_file(tmp_path).items() if not p.name.endswith("-shm")}

    assert run_purge_command(desk_config, dry_run=True, clock=clock) == 0

    out = capsys.readouterr().out
    assert out.startswith("dry run: would purge tickets=2 messages=") and "citizens=1" in out
    assert "session_entities=1" in out and "logs=1" in out
    after = {p: b for p, b in every_file(tmp_path).items() if not p.name.endswith("-shm")}
    assert after == before
    assert not [e for e in purge_store.audit_trail() if e[1] == "purge"]


@sqlite_only
def test_command_line_purge_runs_and_is_recorded(desk_config, tmp_path, capsys):
    args = ["--data-dir", str(desk_config.data_dir)]
    if desk_config["database.url"]:
        args += ["--database-url", desk_config["database.url"]]
    assert cli_main(args + ["purge", "--dry-run"]) == 0  # no database yet: it makes none
    assert capsys.readouterr().out.startswith("dry run: no database at")
    assert not desk_config.data_dir.exists()
    assert cli_main(args + ["purge"]) == 0
    assert capsys.readouterr().out.startswith("purged tickets=0")
    store = TicketStore(open_database(desk_config.database_url), _clock())
    [event] = store.m.AuditEvent.select()
    store.close()
    assert event.action == "purge" and event.agent_id is None and "by command line" in event.detail


def _clock():
    from deskclient.domain.clock import SystemClock
    return SystemClock()


def test_legal_hold_keeps_a_ticket_until_released(purge_store, lead_desk, rules, clock):
    store = purge_store
    held = closed_ticket(store, rules, clock, citizen(1), texts=("Expedient en litigi",))
    plain = closed_ticket(store, rules, clock, citizen(2), texts=("Consulta normal",))
    run(lead_desk.lead.hold(held, "Court order 123/2026"))
    clock.advance(timedelta(days=200))

    report = run(lead_desk.lead.purge())
    assert report.counts.tickets == 1
    assert store.ticket(held).number and purge_store.m.Ticket.get_or_none(id=plain) is None
    page = run(lead_desk.lead.search_tickets(ReviewFilter(on_hold=True)))
    assert [t.id for t in page.tickets] == [held] and page.tickets[0].hold_reason == "Court order 123/2026"

    run(lead_desk.lead.release(held))
    assert run(lead_desk.lead.purge()).counts.tickets == 1
    actions = [(a, d) for _, a, _, d in store.audit_trail()]
    assert ("legal_hold", "ticket 2026-000001: Court order 123/2026 (purged ticket 2026-000001)") in actions
    assert any(a == "legal_hold_released" for a, _ in actions)


@sqlite_only
def test_purge_goes_in_chunks_and_spares_open_and_recent_tickets(purge_store, rules, clock, config):
    store = purge_store
    desk = LeadDesk(store, rules, clock, config, log_dir(), chunk=2)
    try:
        old = [closed_ticket(store, rules, clock, citizen(100 + i), texts=(f"vella {i}",)) for i in range(5)]
        clock.advance(timedelta(days=190))
        recent = closed_ticket(store, rules, clock, citizen(200), texts=("recent",))
        still_open = store.ingest(inbound(citizen(100), clock.now(), "torno a escriure"), rules).ticket_id
        progress = []
        report = run(desk.lead.purge(progress=progress.append))
        assert report.counts.tickets == 5 and report.counts.citizens == 4  # citizen 100 wrote again
        assert [(p.done, p.total) for p in progress if p.stage == "tickets"] == [(0, 5), (2, 5), (4, 5), (5, 5)]
        remaining = {t.id for t in store.m.Ticket.select()}
        assert remaining == {recent, still_open} and not remaining & set(old)
    finally:
        desk.close()


@sqlite_only
def test_files_of_a_purged_ticket_shared_with_a_kept_one_keep_their_thumbnail(purge_store, lead_desk, rules, clock):
    store = purge_store
    data = b"%PDF-1.4 same content"
    first = stored_file(lead_desk.files_dir, "a.pdf", data)
    closed_ticket(store, rules, clock, citizen(1), file=first)
    clock.advance(timedelta(days=190))
    second = stored_file(lead_desk.files_dir, "b.pdf", data, month="2027-06")
    closed_ticket(store, rules, clock, citizen(2), file=second)
    thumbnails = lead_desk.data_dir / "thumbnails"
    thumbnails.mkdir()
    thumb = thumbnails / f"{hashlib.sha256(data).hexdigest()}.png"
    thumb.write_bytes(b"png")
    os.utime(thumb, (clock.now().timestamp(),) * 2)  # made today
    report = run(lead_desk.lead.purge())
    assert report.counts.files == 1 and thumb.exists()
    assert not (lead_desk.files_dir / first.stored_path).exists()
    assert (lead_desk.files_dir / second.stored_path).exists()


def session_users(session: Path) -> set[int]:
    import sqlite3
    con = sqlite3.connect(session)
    try:
        return {r[0] for r in con.execute("SELECT id FROM entities")}
    finally:
        con.close()


@pytest.mark.postgres
def test_every_workstation_forgets_the_citizens_another_one_purged(pg_url, rules, clock, tmp_path):
    """Team mode: one workstation deletes the records; each one's own Telegram session
    still cached the citizen, and each forgets them at its next purge."""
    here, there = tmp_path / "here", tmp_path / "there"
    stores = [TicketStore(open_database(pg_url), clock, workstation=w) for w in ("here", "there")]
    try:
        marta = closed_ticket(stores[0], rules, clock, citizen(501, "Marta Puig"))
        kept = closed_ticket(stores[0], rules, clock, citizen(777, "Retained citizen"))  # 41 min later
        sessions = []
        for folder in (here, there):
            folder.mkdir()
            sessions.append(make_session(folder, 501, "Marta Puig"))  # with 777 beside her
        due = RetentionPolicy(6).purge_date(stores[0].m.Ticket.get_by_id(marta).closed_at)
        clock.advance(due + timedelta(minutes=1) - clock.now())  # Marta's ticket is due, not 777's
        for store, folder, session in zip(stores, (here, there), sessions):
            RetentionPurge(store, rules, RetentionPolicy(6), clock, folder, session_file=session).run(folder.name)
        assert stores[1].ticket(kept).citizen_name == "Retained citizen"
        for session in sessions:
            assert session_users(session) == {777}
            assert b"Marta" not in session.read_bytes()
    finally:
        for store in stores:
            store.close()


@sqlite_only
@pytest.mark.parametrize("older_store", [False, True])
def test_free_pages_go_back_to_the_disk_with_no_trace(purge_store, lead_desk, rules, clock, tmp_path,
                                                      older_store):
    """A store made now gives the purge's free pages back in steps (incremental
    vacuum); one made before that is VACUUMed once, which switches it over."""
    store = purge_store
    scene(lead_desk, store, rules, clock)
    for n in range(40):  # enough purged rows that the free pages are over a quarter of the file
        closed_ticket(store, rules, clock, citizen(2000 + n), texts=(f"{CANARY} " * 200,))
    clock.advance(timedelta(days=7 * 30))
    if older_store:
        store.db.execute_sql("PRAGMA auto_vacuum = 0")
        store.db.execute_sql("VACUUM")
    assert store.db.execute_sql("PRAGMA auto_vacuum").fetchone() == ((0,) if older_store else (2,))

    report = run(lead_desk.lead.purge())

    assert report.counts.tickets == 43 and report.compacted  # the scene's three, aged past the window too
    assert holders_of_canary(tmp_path) == []
    assert store.db.execute_sql("PRAGMA freelist_count").fetchone() == (0,)
    assert store.db.execute_sql("PRAGMA auto_vacuum").fetchone() == (2,)


@sqlite_only
def test_the_copy_made_before_an_upgrade_goes_with_the_purge_and_any_erasure(purge_store, lead_desk, rules, clock):
    """An upgrade copies the whole SQLite file aside (store/migrations.backup_sqlite): it
    would keep every purged conversation and erased citizen for ever. The purge removes a
    copy over a day old (a day to go back); an erasure removes them all at once."""
    from deskclient.store.migrations import backup_sqlite

    store = purge_store
    old_ticket = closed_ticket(store, rules, clock, citizen(1, name="Marta Vila"), texts=("Consulta antiga",))
    clock.advance(timedelta(days=200))
    recent = closed_ticket(store, rules, clock, citizen(2, name="Pau Roig"), texts=("Consulta nova",))
    upgrade = backup_sqlite(store.db, 16)
    day_old = clock.now().timestamp() - 2 * 86400
    os.utime(upgrade, (day_old, day_old))
    fresh = backup_sqlite(store.db, 17)
    moment = clock.now().timestamp()
    os.utime(fresh, (moment, moment))

    preview = run(lead_desk.lead.purge(dry_run=True))
    assert preview.counts.copies == 1 and upgrade.exists()
    report = run(lead_desk.lead.purge())
    assert report.counts.tickets == 1 and store.m.Ticket.get_or_none(id=old_ticket) is None
    assert report.counts.copies == 1 and "copies=1" in report.counts.describe()
    assert not upgrade.exists() and fresh.exists()  # a day to go back

    erased = run(lead_desk.citizens.erase(store.ticket(recent).citizen_id))
    assert erased.counts.copies == 1 and not fresh.exists()
