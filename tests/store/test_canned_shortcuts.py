"""Canned replies with a shortcut (issue 15 item 7): one per title, the same in every
language, unique; derived from the title until a lead sets one; the new placeholders
filled as the first version's are; the column added to a database from before it."""

from __future__ import annotations

import pytest

from deskclient.domain.canned import canned_reply, normal_shortcut, shortcut_from_title
from deskclient.domain.tickets import Role
from deskclient.errors import NotAllowed, UserFacingError
from deskclient.store.migration_v7 import _canned_shortcuts


def test_a_shortcut_is_the_titles_in_every_language_and_unique(store):
    lead = store.ensure_agent("lia", "Lia", Role.LEAD)
    store.save_canned("Horari d'atenció", "ca", "Atenem de 8 a 22 h.", lead)
    store.save_canned("Horari d'atenció", "es", "Atendemos de 8 a 22 h.", lead)
    store.save_canned("Greeting", "ca", "Bon dia {citizen_name}", lead, shortcut="/Hola ")
    store.save_canned("Greeting", "es", "Buenos días {citizen_name}", lead)  # keeps /hola
    replies = {r.title: r for r in store.canned_replies()}
    assert replies["Greeting"].shortcut == "hola"
    assert replies["Greeting"].bodies == {"ca": "Bon dia {citizen_name}", "es": "Buenos días {citizen_name}"}
    assert replies["Horari d'atenció"].shortcut == "horari-d-atencio"  # derived: none set
    with pytest.raises(UserFacingError, match="already"):
        store.save_canned("Horari d'atenció", "ca", "Atenem de 8 a 22 h.", lead, shortcut="hola")
    with pytest.raises(UserFacingError, match="letters"):
        store.save_canned("Greeting", "ca", "Bon dia", lead, shortcut="bon dia")
    store.save_canned("Horari d'atenció", "ca", "Atenem de 8 a 22 h.", lead, shortcut="horari")
    assert {r.title: r.shortcut for r in store.canned_replies()} == {"Greeting": "hola", "Horari d'atenció": "horari"}


def test_a_rename_moves_every_language_and_is_audited(store):
    lead = store.ensure_agent("lia", "Lia", Role.LEAD)
    anna = store.ensure_agent("anna", "Anna")
    store.save_canned("Greting", "ca", "Bon dia", lead, shortcut="hola")
    store.save_canned("Greting", "es", "Buenos días", lead)
    store.save_canned("Bye", "es", "Adiós", lead)
    with pytest.raises(NotAllowed):
        store.rename_canned("Greting", "Greeting", anna)
    with pytest.raises(UserFacingError, match="already"):
        store.rename_canned("Greting", "Bye", lead)
    store.rename_canned("Greting", "Greeting", lead)
    [bye, greeting] = store.canned_replies()
    assert (greeting.title, greeting.shortcut, sorted(greeting.bodies)) == ("Greeting", "hola", ["ca", "es"])
    assert ("canned_edited", "lia", "'Greting' renamed 'Greeting'") in [
        (action, who, detail) for _, action, who, detail in store.audit_trail()]


def test_placeholders_old_and_new_and_shortcut_spelling():
    body = {"ca": "Bon dia {citizen_name} ({ticket_number}), sóc {agent_name}. {citizen}/{ticket}/{agent} {unknown}"}
    assert canned_reply(body, "ca", "es", "2026-000007", "Marta", "Anna") == \
        "Bon dia Marta (2026-000007), sóc Anna. Marta/2026-000007/Anna {unknown}"
    assert canned_reply(body, "fr", "ca", "1", "M", "A").startswith("Bon dia M")  # the default language's
    assert shortcut_from_title("  Còpia del DNI / NIE ") == "copia-del-dni-nie"
    assert normal_shortcut("/Pago_2") == "pago_2"
    assert normal_shortcut("dos paraules") == normal_shortcut("-x") == normal_shortcut("x" * 41) == ""


def test_a_database_from_before_gets_the_column(store):
    lead = store.ensure_agent("lia", "Lia", Role.LEAD)
    store.save_canned("Greeting", "ca", "Bon dia", lead)
    store.db.execute_sql("ALTER TABLE canned_response DROP COLUMN shortcut")
    _canned_shortcuts(store.m)
    _canned_shortcuts(store.m)  # a step checks before it adds
    assert [(r.title, r.shortcut) for r in store.canned_replies()] == [("Greeting", "greeting")]
