"""The queue's search box: any part of a ticket number or a citizen's name, whatever the
case; it follows renames and purges, and reads like the queue (most urgent first)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from deskclient.domain.retention import RetentionPolicy
from deskclient.services.purge import RetentionPurge
from tests.factories import citizen, inbound
from tests.services.lead_helpers import closed_ticket


def numbers(rows) -> list[str]:
    return [t.number for t in rows]


@pytest.fixture
def people(store, rules, clock):
    found = {}
    for user_id, name in ((1, "Núria Puig"), (2, "Jordi Vila"), (3, "Pau Puigdomènech"), (4, 'Anna "la Nena"')):
        found[name] = store.ingest(inbound(citizen(user_id, name), clock.now(), "Bon dia"), rules).ticket_id
        clock.advance(timedelta(minutes=1))
    return found


def test_finds_any_part_of_a_number_or_a_name(store, people):
    assert numbers(store.queue(search="000002")) == ["2026-000002"]
    assert numbers(store.queue(search="2026-00000")) == ["2026-000001", "2026-000002", "2026-000003",
                                                        "2026-000004"]
    assert numbers(store.queue(search="puig")) == ["2026-000001", "2026-000003"]  # by SLA due
    assert numbers(store.queue(search="ila")) == ["2026-000002"]
    assert numbers(store.queue(search="Pu")) == ["2026-000001", "2026-000003"]  # two letters
    assert numbers(store.queue(search='"la Nena"')) == ["2026-000004"]  # quotes are text
    assert numbers(store.queue(search="Vila\x00")) == ["2026-000002"]  # pasted with a NUL
    assert store.queue(search="zzzqx") == []


def test_case_folds_beyond_ascii(store, people):
    assert numbers(store.queue(search="NÚRIA")) == ["2026-000001"]
    assert numbers(store.queue(search="DOMÈNECH")) == ["2026-000003"]


def test_the_scan_reads_the_text_as_the_index_does(store, rules, clock):
    """Short searches take the scan: % and _ are plain characters there too, and an
    accented capital is found from the small letter."""
    for user_id, name in ((1, "Àngel 100% Vila"), (2, "Àngel Vila"), (3, "Pere_Roca"), (4, "Pere Roca")):
        store.ingest(inbound(citizen(user_id, name), clock.now(), "Bon dia"), rules)
    assert numbers(store.queue(search="%")) == ["2026-000001"]
    assert numbers(store.queue(search="_")) == ["2026-000003"]
    assert numbers(store.queue(search="0%")) == ["2026-000001"]
    assert numbers(store.queue(search="àn")) == ["2026-000001", "2026-000002"]


def test_follows_a_rename_and_a_purge(store, rules, clock, people, tmp_path):
    store.ingest(inbound(citizen(2, "Jordi Vilaseca"), clock.now(), "Soc jo"), rules)
    assert numbers(store.queue(search="vilaseca")) == ["2026-000002"]
    closed = closed_ticket(store, rules, clock, citizen(9, "Carme Ribes"), texts=("Adéu",))
    assert [t.id for t in store.queue(search="ribes")] == [closed]
    clock.advance(timedelta(days=200))
    RetentionPurge(store, rules, RetentionPolicy(6), clock, tmp_path).run("test")
    assert store.queue(search="ribes") == []


def test_a_common_text_still_lists_the_most_urgent_first(store, rules, clock):
    for n in range(1_100):  # more hits than the index is asked for: the scan serves them
        store.ingest(inbound(citizen(100 + n, f"Marta {n}"), clock.now(), "Hola"), rules)
        clock.advance(timedelta(seconds=1))
    page = store.queue(search="marta", limit=5)
    assert numbers(page) == [f"2026-{n:06d}" for n in range(1, 6)]
    assert numbers(store.queue(search="Marta 1099")) == ["2026-001100"]


def test_without_the_trigram_tokenizer_the_search_scans(tmp_path, clock, rules, monkeypatch):
    """An older system SQLite (before 3.34, e.g. RHEL 8's 3.26): the store still opens,
    the search still finds, by the scan; the purge skips the missing index."""
    from deskclient.store import migrations
    from deskclient.store.database import open_database
    from deskclient.store.repository import TicketStore

    monkeypatch.setattr(migrations.sqlite3, "sqlite_version_info", (3, 26, 0))
    store = TicketStore(open_database(f"sqlite:///{tmp_path / 'old.sqlite3'}"), clock)
    try:
        assert not store.has_queue_index
        closed_ticket(store, rules, clock, citizen(1, "Núria Puig"))
        assert numbers(store.queue(search="puig")) == ["2026-000001"]
        clock.advance(timedelta(days=200))
        assert RetentionPurge(store, rules, RetentionPolicy(6), clock, tmp_path).run("test").compacted
    finally:
        store.close()
