"""The schema is versioned from the first release, and a store never runs on a newer one."""

import pytest

from deskclient.domain.tickets import Role
from deskclient.errors import NotAllowed, StoreUnavailable
from deskclient.store.database import open_database
from deskclient.store.migrations import LATEST
from deskclient.store.repository import TicketStore
from tests.factories import citizen, inbound


def test_reopening_keeps_data_and_does_not_migrate_again(database_url, clock, rules):
    first = TicketStore(open_database(database_url), clock)
    first.ingest(inbound(citizen(), clock.now()), rules)
    first.close()
    again = TicketStore(open_database(database_url), clock)
    m = again.m
    assert [v.version for v in m.SchemaVersion.select()] == list(range(1, LATEST + 1))
    assert again.ticket_count() == 1
    again.close()


def test_database_from_a_newer_release_is_refused_plainly(database_url, clock):
    store = TicketStore(open_database(database_url), clock)
    store.m.SchemaVersion.create(version=LATEST + 1, applied_at=clock.now())
    store.close()
    with pytest.raises(StoreUnavailable, match="newer than this deskclient knows"):
        TicketStore(open_database(database_url), clock)


def test_canned_responses_per_language_only_leads_edit(store):
    agent = store.ensure_agent("anna", "Anna", Role.AGENT)
    lead = store.ensure_agent("lia", "Lia", Role.LEAD)
    with pytest.raises(NotAllowed):
        store.save_canned("Greeting", "ca", "Bon dia, {citizen}!", agent)
    store.save_canned("Greeting", "ca", "Bon dia, {citizen}!", lead)
    store.save_canned("Greeting", "es", "Buenos días, {citizen}.", lead)
    store.save_canned("Greeting", "es", "¡Buenos días, {citizen}!", lead)
    assert store.canned() == {"Greeting": {"ca": "Bon dia, {citizen}!", "es": "¡Buenos días, {citizen}!"}}
