"""The automatic messages state what the config says, in each language's way of writing
it (issue 14 items 2 and 3)."""

import re

import pytest

from deskclient.app import build_rules
from deskclient.config import load_config
from deskclient.default_notices import DEFAULT_TEMPLATES
from deskclient.domain.limits import TEXT_LIMIT, telegram_length
from deskclient.domain.messages import SystemNotice
from deskclient.domain.notices import NoticeTemplates
from tests.conftest import local

LANGUAGES = ["ca", "es", "eu", "fr", "it", "en"]
NUMBER = "2026-000001"
OFFICE = "Direcció General d'Atenció Ciutadana, Via Laietana 14, 08003 Barcelona"


@pytest.fixture(scope="module")
def rules():
    """Hours 09:00–15:00 Monday to Friday and a 10-minute grace, unlike the old texts' 8–22 and 30."""
    return build_rules(load_config(overrides={
        "hours.opens": "09:00", "hours.closes": "15:00", "tickets.grace_minutes": "10",
        "service.privacy_office": OFFICE, "service.privacy_url": "https://seu.example.cat/privacitat"}))


@pytest.mark.parametrize("language", LANGUAGES)
def test_notices_state_the_configured_hours_and_grace(rules, language):
    friday_afternoon = local(2026, 11, 20, 16, 0)
    out_of_hours = rules.out_of_hours_notice(friday_afternoon, language)
    closing = rules.closing_notice(NUMBER, language)
    opening = rules.opening_notice(NUMBER, language)
    for text in (out_of_hours, closing, opening):
        assert "22" not in text and "30" not in text, text
        assert "{" not in text, text  # every placeholder filled
    assert re.search(r"\b0?9:00\b", out_of_hours) and ("15:00" in out_of_hours or "3:00" in out_of_hours)
    assert "23" in out_of_hours  # the next opening, Monday 23 November
    assert "10 minut" in closing  # minuts, minutos, minutu, minutes, minuti


@pytest.mark.parametrize("language, hours, next_opening", [
    ("ca", "Horari: dilluns–divendres 9:00–15:00, excepte festius.", "a partir de dilluns, 23 de novembre, 9:00."),
    ("es", "Horario: lunes–viernes 9:00–15:00, excepto festivos.", "a partir del lunes, 23 de noviembre, 9:00."),
    ("eu", "Ordutegia: astelehena–ostirala 09:00–15:00, jaiegunetan izan ezik.",
     "Hurrengo irekiera: azaroaren 23(a), astelehena (09:00);"),
    ("fr", "Horaires : lundi–vendredi 09:00\u2009–\u200915:00, sauf jours fériés.",
     "à partir du lundi 23 novembre, 09:00."),
    ("it", "Orario: lunedì–venerdì 09:00–15:00, esclusi i festivi.", "a partire da lunedì 23 novembre, 09:00."),
    ("en", "Hours: Monday–Friday 9:00\u202fAM\u2009–\u20093:00\u202fPM, except public holidays.",
     "from Monday, November 23, 9:00 AM."),
])
def test_out_of_hours_notice_in_the_language_s_own_forms(rules, language, hours, next_opening):
    text = rules.out_of_hours_notice(local(2026, 11, 20, 16, 0), language)
    assert hours in text and next_opening in text, text


def test_seed_003_week_with_a_lunch_break_in_the_notice():
    rules = build_rules(load_config(overrides={"hours.week": "mon-fri 08:00-14:00, 16:00-20:00; sat 09:00-14:00",
                                               "hours.holidays": "ES-IB"}))
    text = rules.out_of_hours_notice(local(2026, 11, 23, 15, 0), "ca")
    assert "dilluns–divendres 8:00–14:00 i 16:00–20:00; dissabte 9:00–14:00" in text
    assert "a partir de dilluns, 23 de novembre, 16:00." in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_opening_message_says_what_seed_000_promises(rules, language):
    text = rules.opening_notice(NUMBER, language)
    assert NUMBER in text
    assert re.search(r"\b2\s(hores|horas|orduko|heures|ore|hours)\b", text)  # the deadline, from the config
    assert OFFICE in text and "https://seu.example.cat/privacitat" in text  # where to exercise the rights
    assert telegram_length(text) < TEXT_LIMIT // 4  # short: room for the category list and Telegram's limit
    words = {  # recorded, to document and supervise; voluntary; access, rectification, erasure, objection
        "ca": ["enregistrada", "constància", "qualitat", "voluntària", "accés", "rectificació", "supressió", "oposició"],
        "es": ["registrada", "constancia", "calidad", "voluntaria", "acceso", "rectificación", "supresión", "oposición"],
        "eu": ["erregistratu", "jasota", "kalitatea", "borondatezkoa", "eskuratzeko", "zuzentzeko", "ezabatzeko",
               "aurka egiteko"],
        "fr": ["enregistrée", "trace", "qualité", "volontaire", "accès", "rectification", "effacement", "opposition"],
        "it": ["registrata", "documentare", "qualità", "facoltativo", "accesso", "rettifica", "cancellazione",
               "opposizione"],
        "en": ["recorded", "document", "quality", "voluntary", "access", "rectification", "erasure", "objection"],
    }[language]
    assert all(word in text for word in words), [w for w in words if w not in text]


def test_the_deadline_follows_the_config_and_the_office_or_url_alone():
    rules = build_rules(load_config(overrides={"sla.first_response_hours": "4", "service.privacy_office": ""}))
    text = rules.opening_notice(NUMBER, "es")
    assert "plazo máximo de 4 horas" in text and text.endswith("oposición: https://example.org/privacy")
    rules = build_rules(load_config(overrides={"sla.first_response_hours": "0.5", "tickets.grace_minutes": "120"}))
    assert "termini màxim de 30 minuts" in rules.opening_notice(NUMBER, "ca")
    assert "en un termini de 2 hores" in rules.closing_notice(NUMBER, "ca")


def test_a_deployment_s_own_template_gets_the_same_placeholders(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text('[hours]\nopens = "09:00"\ncloses = "15:00"\n[tickets]\ngrace_minutes = 10\n'
                    '[templates.es]\nout_of_hours = "Horario {hours}. Abrimos el {next_opening} ({opening})."\n'
                    'closing = "Consulta {number} cerrada; {grace} para añadir algo. Respondemos en {deadline}."\n')
    rules = build_rules(load_config(path))
    assert rules.out_of_hours_notice(local(2026, 11, 20, 16, 0), "es") == (
        "Horario lunes–viernes 9:00–15:00. Abrimos el lunes, 23 de noviembre, 9:00 (lunes, 23 de noviembre, 9:00).")
    assert rules.closing_notice(NUMBER, "es") == f"Consulta {NUMBER} cerrada; 10 minutos para añadir algo. " \
                                                 "Respondemos en 2 horas."


def test_every_default_language_has_every_notice_with_its_placeholders():
    for lang, texts in DEFAULT_TEMPLATES.items():
        assert set(texts) == {n.value for n in SystemNotice}, lang
        assert "{number}" in texts["opening"] and "{deadline}" in texts["opening"], lang
        assert "{privacy_where}" in texts["opening"], lang
        assert "{hours}" in texts["out_of_hours"] and "{next_opening}" in texts["out_of_hours"], lang
        assert "{grace}" in texts["closing"] and "{formats}" in texts["file_refused"], lang
        assert "{max_size}" in texts["file_refused"], lang  # a file is refused for its size too
        assert not re.search(r"\d", "".join(texts.values())), lang  # every number from the config


def test_a_refused_file_is_told_the_formats_and_the_configured_size_limit():
    """A 25 MB PDF is refused for its size although PDF is accepted: the notice says both
    (BREAKER, issue 16), with the limit from files.max_mb in the language's way."""
    rules = build_rules(load_config(overrides={"files.max_mb": 7.5}))
    assert rules.refusal_notice("escaneo.pdf", "ca").endswith("PDF, PNG, XML; mida màxima: 7,5 MB.")
    assert rules.refusal_notice("scan.pdf", "fr").endswith("taille maximale : 7,5\u202fMo.")  # narrow space
    assert rules.refusal_notice("scan.pdf", "en").endswith("; largest size: 7.5 MB.")


def test_unknown_language_falls_back_and_typos_stay_visible():
    notices = NoticeTemplates({"ca": {"opening": "Consulta {number} {nonexistent}"}}, "ca")
    assert notices.render(SystemNotice.OPENING, "sv", number="2026-000001") == "Consulta 2026-000001 {nonexistent}"


def test_a_stray_brace_in_a_persons_text_fills_what_it_can_and_never_fails():
    from deskclient.domain.notices import fill

    assert fill("Consulta {number} oberta {", number="2026-000001") == "Consulta 2026-000001 oberta {"
    assert fill("} {number} {nom}", number="7") == "} 7 {nom}"
    assert fill("Consulta {number}, {{literal}}", number="7") == "Consulta 7, {literal}"  # as before
