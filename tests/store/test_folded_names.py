"""Accents and case are ignored in every search of citizens' names (issue 13 item 5): the
queue's search box (through SQLite's trigram index and through the scan), the lead's
citizen filter and citizen find, on SQLite and PostgreSQL; the folded key follows every
write of a name and is filled for names stored before schema v7. Snippets keep the
text as written ("sol·licitud")."""

from __future__ import annotations

from datetime import timedelta

import pytest

from deskclient.domain.messages import CitizenIdentity
from deskclient.domain.retention import RetentionPolicy
from deskclient.domain.tickets import Role
from deskclient.store import queue_reads
from deskclient.store.database import open_database
from deskclient.store.folded_names import fold_name
from deskclient.store.lead_records import ReviewFilter
from deskclient.store.migrations import LATEST, QUEUE_SEARCH_SQLITE
from deskclient.store.repository import TicketStore
from deskclient.store.review import ReviewStore
from deskclient.store.search import LogSearch, parse_query, snippet
from tests.factories import citizen, inbound

NAMES = {1: "Núria Puig", 2: "Marc López", 3: "Iñaki Etxeberria", 4: "Nuria Vila", 5: "ÀNGEL 100% ROCA",
         6: "Pere_Soler"}


def test_the_folding():
    assert fold_name("Núria LÓPEZ Iñaki") == "nuria lopez inaki"
    assert fold_name("Àngel Çelik Ørsted İlkay") == "angel celik ørsted ilkay"  # Ø has no accent to drop
    assert fold_name("Straße ΆΡΗΣ") == "strasse αρησ"
    assert fold_name("Gal·la 2026-000123 100%_x") == "gal·la 2026-000123 100%_x"  # punctuation stays
    assert fold_name("한국 がぎ") == "한국 がぎ"  # recomposed: not accents


@pytest.fixture
def people(store, rules, clock):
    """One ticket per name above; returns {user id: ticket number}."""
    numbers = {}
    for user_id, name in NAMES.items():
        numbers[user_id] = store.ingest(inbound(citizen(user_id, name), clock.now(), "Bon dia"), rules).ticket_number
        clock.advance(timedelta(minutes=1))
    return numbers


@pytest.fixture(params=["index", "scan"])
def queue_path(request, store, monkeypatch):
    """The queue's search through SQLite's trigram index (where there is one), or the
    scan it takes for short or common text (and always on PostgreSQL)."""
    if request.param == "scan":
        monkeypatch.setattr(queue_reads, "_SEARCH_INDEX_LIMIT", 0)  # every text "common"
    elif not store.has_queue_index:
        pytest.skip("PostgreSQL: the queue search is the scan")
    return request.param


def found_in_queue(store, people, text: str) -> set[int]:
    by_number = {n: u for u, n in people.items()}
    return {by_number[t.number] for t in store.queue(search=text)}


def test_the_queue_search_ignores_accents_and_case(store, people, queue_path):
    assert found_in_queue(store, people, "Nuria") == {1, 4}
    assert found_in_queue(store, people, "lopez") == {2}
    assert found_in_queue(store, people, "inaki") == {3}
    assert found_in_queue(store, people, "Núria") == {1, 4}  # the other way round
    assert found_in_queue(store, people, "NÚRIA VILA") == {4}
    assert found_in_queue(store, people, "LÓPEZ") == {2}
    assert found_in_queue(store, people, "àngel 100") == {5}
    assert found_in_queue(store, people, "iñ") == {3}  # two letters: always the scan
    assert found_in_queue(store, people, "zzzqx") == set()


def test_the_queue_search_still_finds_numbers_and_takes_wildcards_literally(store, people, queue_path):
    assert [t.number for t in store.queue(search=people[2])] == [people[2]]
    assert found_in_queue(store, people, people[3][-3:]) == {3}
    assert found_in_queue(store, people, people[1][:7]) == set(NAMES)  # "2026-00"
    assert found_in_queue(store, people, "0%") == {5}
    assert found_in_queue(store, people, "e_s") == {6}
    assert found_in_queue(store, people, "n_a") == set()  # not "Núria", "Nuria"


def test_the_leads_citizen_filter_and_find_ignore_accents_and_case(store, clock, people):
    review = ReviewStore(store, RetentionPolicy(6))
    page = LogSearch(store).tickets(ReviewFilter(citizen="inaki"), clock.now())
    assert [t.number for t in page.tickets] == [people[3]]

    def filtered(text: str) -> set[int]:
        by_number = {n: u for u, n in people.items()}
        return {by_number[t.number] for t in LogSearch(store).tickets(ReviewFilter(citizen=text), clock.now()).tickets}

    def found(text: str) -> set[int]:
        return {c.address for c in review.find_citizens(text)}

    for search in (filtered, found):
        assert search("Nuria") == {1, 4}
        assert search("lopez") == {2}
        assert search("inaki") == {3}
        assert search("Núria") == {1, 4}
        assert search("ÀNGEL 100%") == {5}
        assert search("n_a") == set()  # still literal
        assert search("r_s") == set() and search("e_s") == {6}
    assert [c.name for c in review.find_citizens("lopez")] == ["Marc López"]  # shown as written


def test_every_write_of_a_name_keeps_its_folded_key(store, rules, clock, people):
    """A new name from Telegram and a lead's rectification: the old name is no longer
    found, the new one is, with or without its accents."""
    store.ingest(inbound(citizen(4, "Núria Vilaró"), clock.now(), "Soc jo"), rules)
    assert found_in_queue(store, people, "vilaro") == {4}
    lead = store.ensure_agent("cap", "Cap", Role.LEAD)
    citizen_id = store.ticket(store.queue(search=people[2])[0].id).citizen_id
    ReviewStore(store, RetentionPolicy(6)).correct_citizen(citizen_id, lead, name="Marcel Pàmies i Sòria")
    assert found_in_queue(store, people, "pamies") == {2}
    assert found_in_queue(store, people, "SÒRIA") == {2}
    assert found_in_queue(store, people, "lopez") == set()  # the old name: gone
    store.ingest(inbound(citizen(2, "Marc López"), clock.now(), "Hola"), rules)  # rectified stays
    assert found_in_queue(store, people, "pamies") == {2} and found_in_queue(store, people, "lopez") == set()
    m = store.m
    rows = list(m.Citizen.select(m.Citizen.name, m.Citizen.search_name).tuples())
    assert rows and all(key == fold_name(name) for name, key in rows)


def _back_to_v6(store) -> None:
    """The citizen table as schema v6 had it, its names stored, the queue index reading them."""
    db = store.db
    if not store.opened.is_postgres:
        for trigger in ("ticket_search_ai", "ticket_search_au"):
            db.execute_sql(f"DROP TRIGGER {trigger}")
        for statement in QUEUE_SEARCH_SQLITE:  # v5's triggers, the index filled from the names
            db.execute_sql(statement)
    db.execute_sql("ALTER TABLE citizen DROP COLUMN search_name")
    db.execute_sql("DELETE FROM schema_version WHERE version >= 7")


def test_the_upgrade_folds_the_names_already_stored(store, people, database_url, clock, rules):
    _back_to_v6(store)
    store.close()
    again = TicketStore(open_database(database_url), clock)
    try:
        assert again.m.SchemaVersion.select().where(again.m.SchemaVersion.version == LATEST).exists()
        assert found_in_queue(again, people, "Nuria") == {1, 4}
        assert found_in_queue(again, people, "lopez") == {2}
        assert {c.address for c in ReviewStore(again, RetentionPolicy(6)).find_citizens("inaki")} == {3}
        again.ingest(inbound(citizen(7, "Òscar Mas"), clock.now(), "Hola"), rules)  # the new triggers
        assert [t.citizen_name for t in again.queue(search="oscar")] == ["Òscar Mas"]
    finally:
        again.close()


def test_snippets_keep_the_text_as_written():
    text = "Bon dia,\n  vull presentar una sol·licitud de beca (la 2026-000123), si us plau. Gràcies!"
    assert snippet(text, parse_query("sol·licitud")) == "… dia, vull presentar una [sol·licitud] de beca …"
    assert snippet(text, parse_query("SOL·LICITUD beca")) == "… dia, vull presentar una [sol·licitud] de [beca] …"
    assert snippet(text, parse_query("licitud")) == "… vull presentar una sol·[licitud] de beca (la …"
    assert snippet(text, parse_query("gracies")) == "… 2026-000123), si us plau. [Gràcies]!"  # not "000123"
    assert snippet(text, parse_query("2026-000123")) == "… sol·licitud de beca (la [2026-000123]), si us …"
    assert snippet("«L'àrea» diu", parse_query("area")) == "«L'[àrea]» diu"


def test_the_leads_word_search_shows_the_middle_dot(store, rules, clock):
    who = CitizenIdentity(address=1, name="Gal·la Puig")
    store.ingest(inbound(who, clock.now(), "Com va la meva sol·licitud de l'ajut?"), rules)
    for text in ("sol·licitud", "sol.licitud", "SOL·LICITUD"):
        hits = LogSearch(store).messages(ReviewFilter(text=text), clock.now()).hits
        assert [h.snippet for h in hits] == ["Com va la meva [sol·licitud] de l'ajut?"], text
    assert [h.citizen_name for h in LogSearch(store).messages(ReviewFilter(text="sol·licitud", citizen="gal·la"),
                                                               clock.now()).hits] == ["Gal·la Puig"]
