"""A % or _ (or a backslash) typed in the lead's citizen filter or citizen find is that
character, not a LIKE wildcard: on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest

from deskclient.domain.messages import CitizenIdentity
from deskclient.domain.retention import RetentionPolicy
from deskclient.store.lead_records import ReviewFilter
from deskclient.store.review import ReviewStore
from deskclient.store.search import LogSearch, like_containing
from tests.factories import inbound

NAMES = {
    1: ("Anna 100% Puig", None, "+34600000001"),
    2: ("Joan_Vila", "joan_v", "+34600000002"),
    3: ("Marta Soler", "marta", "+34600000003"),
    4: ("Pere Back\\slash", None, "+34600000004"),
    5: ("Rosa Mas", "rosa", "+34 6%0"),
}


@pytest.fixture
def tickets(store, rules, clock):
    """One ticket per citizen above; returns {user id: ticket id}."""
    opened = {}
    for user_id, (name, username, phone) in NAMES.items():
        who = CitizenIdentity(address=user_id, name=name, username=username, phone=phone)
        opened[user_id] = store.ingest(inbound(who, clock.now(), "Bon dia"), rules).ticket_id
        clock.advance(timedelta(minutes=1))
    return opened


def found(review: ReviewStore, text: str) -> set[int]:
    return {c.address for c in review.find_citizens(text)}


def filtered(store, clock, tickets, text: str) -> set[int]:
    page = LogSearch(store).tickets(ReviewFilter(citizen=text), clock.now())
    by_ticket = {t: u for u, t in tickets.items()}
    return {by_ticket[t.id] for t in page.tickets}


def test_like_pattern_escapes_its_wildcards():
    assert like_containing("50%_a\\b") == "%50\\%\\_a\\\\b%"


def test_citizen_find_takes_wildcards_literally(store, tickets):
    review = ReviewStore(store, RetentionPolicy(6))
    assert found(review, "%") == {1, 5}  # a name, a phone
    assert found(review, "_") == {2}  # a name and a username
    assert found(review, "0%") == {1}
    assert found(review, "n_v") == {2}  # not "n" + any character + "v"
    assert found(review, "\\") == {4}
    assert found(review, "Back\\s") == {4}
    assert found(review, "marta") == {3}  # plain text as before, any case
    assert found(review, "") == set(NAMES)


def test_the_leads_citizen_filter_takes_wildcards_literally(store, clock, tickets):
    assert filtered(store, clock, tickets, "%") == {1, 5}
    assert filtered(store, clock, tickets, "_") == {2}
    assert filtered(store, clock, tickets, "n%g") == set()  # as a wildcard: "Anna 100% Puig"
    assert filtered(store, clock, tickets, "a_n") == set()  # as a wildcard: "Anna"
    assert filtered(store, clock, tickets, "\\") == {4}
    assert filtered(store, clock, tickets, "SOLER") == {3}
