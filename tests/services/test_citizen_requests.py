"""Citizens' requests: access (a ZIP of everything held), rectification, erasure now."""

from __future__ import annotations

import json
import zipfile
import pytest

from deskclient.errors import UserFacingError
from deskclient.logs import log_dir
from deskclient.store.lead_records import ReviewFilter
from tests.services.lead_helpers import sqlite_only, LeadDesk, citizen, closed_ticket, inbound, run, stored_file
from tests.services.test_purge import make_session


@pytest.fixture
def lead_desk(store, rules, clock, config):
    desk = LeadDesk(store, rules, clock, config, log_dir())
    yield desk
    desk.close()


@pytest.fixture
def marta(store, rules, clock, lead_desk):
    """Marta: two tickets (one with a file), and Jordi beside her."""
    receipt = stored_file(lead_desk.files_dir, "rebut.pdf", b"%PDF-1.4 rebut de Marta")
    first = closed_ticket(store, rules, clock, citizen(501, "Marta Puig"), texts=("No puc pagar",),
                          category="Payment problems", file=receipt)
    second = store.ingest(inbound(citizen(501, "Marta Puig"), clock.now(), "Torno a escriure"), rules).ticket_id
    jordi = closed_ticket(store, rules, clock, citizen(502, "Jordi Vila"), texts=("Altra consulta",))
    return store.ticket(first).citizen_id, first, second, jordi, receipt


@sqlite_only
def test_access_request_exports_everything_held_as_a_zip(qapp, store, lead_desk, marta):
    citizen_id, first, second, _, receipt = marta
    run(lead_desk.lead.transcript(first))  # an access the citizen will see in the log
    path = run(lead_desk.citizens.export(citizen_id))
    assert path.parent == lead_desk.data_dir / "exports" and path.suffix == ".zip"
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        records = json.loads(archive.read("records.json"))
        pdf = archive.read("transcript.pdf")
        kept = archive.read(f"files/2026-000001/{receipt.stored_path.split('/')[-1]}")
    assert {"records.json", "transcript.pdf"} <= names and pdf.startswith(b"%PDF")
    assert kept == b"%PDF-1.4 rebut de Marta"
    assert records["citizen"]["name"] == "Marta Puig" and records["citizen"]["phone"] == "+34600111222"
    assert [t["ticket"]["number"] for t in records["tickets"]] == ["2026-000001", "2026-000002"]
    texts = [m["text"] for t in records["tickets"] for m in t["messages"]]
    assert "No puc pagar" in texts and "Torno a escriure" in texts and "Altra consulta" not in texts
    assert {"view_transcript", "claim"} <= {e["action"] for e in records["access_log"]}
    assert any(e["agent"] == "lia" for e in records["access_log"])
    events = store.m.AuditEvent.select().where(store.m.AuditEvent.action == "citizen_export")
    assert sorted(e.ticket_id for e in events) == [first, second]


@sqlite_only
def test_rectification_is_audited_by_field_only(store, lead_desk, marta):
    citizen_id = marta[0]
    assert run(lead_desk.citizens.correct(citizen_id, name="Marta Puig i Soler", phone="+34 611 222 333")) == \
        ["name", "phone"]
    assert run(lead_desk.citizens.correct(citizen_id, name="Marta Puig i Soler")) == []
    record = store.m.Citizen.get_by_id(citizen_id)
    assert (record.name, record.phone) == ("Marta Puig i Soler", "+34 611 222 333")
    [event] = store.m.AuditEvent.select().where(store.m.AuditEvent.action == "citizen_corrected")
    assert event.detail == f"citizen {citizen_id}: name, phone"
    with pytest.raises(UserFacingError):
        run(lead_desk.citizens.correct(citizen_id, name="  "))


def test_a_rectified_name_outlives_the_citizens_next_message(store, rules, clock, lead_desk, marta):
    citizen_id, _, second, jordi, _ = marta
    run(lead_desk.citizens.correct(citizen_id, name="Marta Puig i Soler"))
    # Telegram still calls her "Marta Puig": her next message must not undo the request.
    store.ingest(inbound(citizen(501, "Marta Puig"), clock.now(), "Encara una cosa"), rules)
    assert store.ticket(second).citizen_name == "Marta Puig i Soler"
    # A citizen who was not rectified still follows their Telegram name.
    store.ingest(inbound(citizen(502, "Jordi Vila Roca"), clock.now(), "Hola"), rules)
    assert store.ticket(jordi).citizen_name == "Jordi Vila Roca"


def test_erasure_removes_the_citizen_now_by_the_purge_path(store, rules, clock, lead_desk, marta):
    citizen_id, first, second, jordi, receipt = marta
    session = make_session(lead_desk.data_dir, 501, "Marta Puig")
    figures = run(lead_desk.lead.statistics())
    report = run(lead_desk.citizens.erase(citizen_id))
    assert (report.counts.tickets, report.counts.citizens, report.counts.files) == (2, 1, 1)
    assert report.counts.session_entities == 1 and report.compacted
    m = store.m
    assert m.Citizen.get_or_none(id=citizen_id) is None and m.Ticket.get_or_none(id=second) is None
    assert not (lead_desk.files_dir / receipt.stored_path).exists()
    assert b"Marta" not in session.read_bytes()
    assert store.ticket(jordi).citizen_name == "Jordi Vila"
    assert run(lead_desk.lead.search_messages(ReviewFilter(text="pagar"))).hits == []
    assert run(lead_desk.lead.statistics()) == figures  # the open ticket's figures were kept too
    [event] = m.AuditEvent.select().where(m.AuditEvent.action == "erase_citizen")
    assert event.detail.startswith(f"citizen {citizen_id}: tickets=2 ") and "by lead lia" in event.detail
    with pytest.raises(UserFacingError, match="erased or purged"):
        run(lead_desk.citizens.erase(citizen_id))


@sqlite_only
def test_erasure_is_refused_while_a_ticket_is_on_legal_hold(store, lead_desk, marta):
    citizen_id, first = marta[0], marta[1]
    run(lead_desk.lead.hold(first, "Inspection 42"))
    with pytest.raises(UserFacingError, match="2026-000001 is on legal hold"):
        run(lead_desk.citizens.erase(citizen_id))
    assert store.m.Citizen.get_or_none(id=citizen_id) is not None


@sqlite_only
def test_find_citizens_by_name_or_channel_message_id(lead_desk, marta):
    assert [c.name for c in run(lead_desk.citizens.find("puig"))] == ["Marta Puig"]
    assert [c.name for c in run(lead_desk.citizens.find("502"))] == ["Jordi Vila"]


@sqlite_only
def test_a_rectified_name_leaves_no_trace_in_the_queue_search(store, rules, clock, lead_desk):
    ticket_id = store.ingest(inbound(citizen(601, "Zqxv Roca"), clock.now(), "Hola"), rules).ticket_id
    run(lead_desk.citizens.correct(store.ticket(ticket_id).citizen_id, name="Marta Roca"))
    assert [t.id for t in store.queue(search="marta roca")] == [ticket_id]
    assert store.queue(search="zqxv") == []
    blocks = b"".join(b for (b,) in store.db.execute_sql("SELECT block FROM ticket_search_data") if b)
    assert b"zqx" not in blocks  # not even in the index's old segments
