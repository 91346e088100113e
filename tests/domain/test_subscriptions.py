"""List keywords (seed 004's MI ISCRIVO / MI CANCELLO, in every configured language) and
the light markup of broadcasts: pure rules, no store."""

from __future__ import annotations

import pytest

from deskclient.domain.formatting import checked_entities, parse_markup
from deskclient.domain.subscriptions import (
    DEFAULT_KEYWORDS, KeywordMessage, ListAction, ListRules, merged_tables, normalized,
)

SUBSCRIBE, UNSUBSCRIBE = ListAction.SUBSCRIBE, ListAction.UNSUBSCRIBE
EMERGENCIES, TOWN, EVENTS = "Emergencies", "Town information", "Events"


@pytest.fixture
def rules():
    return ListRules(DEFAULT_KEYWORDS, service_name="Comune di Aymavilles", privacy_url="https://aymavilles.it/privacy",
                     default_language="ca")


@pytest.mark.parametrize("text, expected", [
    ("MI ISCRIVO", KeywordMessage(SUBSCRIBE, "it")),
    ("mi iscrivo", KeywordMessage(SUBSCRIBE, "it")),
    ("  Mi  Iscrivò!!  ", KeywordMessage(SUBSCRIBE, "it")),  # case, accents, punctuation, spaces
    ("«MI CANCELLO»", KeywordMessage(UNSUBSCRIBE, "it")),
    ("MI ISCRIVO EVENTI", KeywordMessage(SUBSCRIBE, "it", (EVENTS,))),
    ("Mi iscrivo: emergenze e eventi.", KeywordMessage(SUBSCRIBE, "it", (EMERGENCIES, EVENTS))),
    ("MI ISCRIVO INFO COMUNE", KeywordMessage(SUBSCRIBE, "it", (TOWN,))),
    ("MI CANCELLO EVENTI", KeywordMessage(UNSUBSCRIBE, "it", (EVENTS,))),
    ("Em subscric", KeywordMessage(SUBSCRIBE, "ca")),
    ("m'apunto a les emergències", None),  # "a les" names no topic: a question
    ("M'APUNTO EMERGÈNCIES I ACTIVITATS", KeywordMessage(SUBSCRIBE, "ca", (EMERGENCIES, EVENTS))),
    ("Em dono de baixa", KeywordMessage(UNSUBSCRIBE, "ca")),
    ("Me suscribo eventos", KeywordMessage(SUBSCRIBE, "es", (EVENTS,))),
    ("ME DOY DE BAJA", KeywordMessage(UNSUBSCRIBE, "es")),
    ("Harpidetzen naiz larrialdiak", KeywordMessage(SUBSCRIBE, "eu", (EMERGENCIES,))),
    ("Baja eman", KeywordMessage(UNSUBSCRIBE, "eu")),
    ("Je m'inscris, urgences", KeywordMessage(SUBSCRIBE, "fr", (EMERGENCIES,))),
    ("Je me désinscris", KeywordMessage(UNSUBSCRIBE, "fr")),
    ("Subscribe", KeywordMessage(SUBSCRIBE, "en")),
    ("subscribe events and emergencies", KeywordMessage(SUBSCRIBE, "en", (EMERGENCIES, EVENTS))),
    ("STOP", KeywordMessage(UNSUBSCRIBE, "en")),
])
def test_keywords_in_every_language_with_and_without_topics(rules, text, expected):
    assert rules.parse(text) == expected


@pytest.mark.parametrize("text", [
    "", "Buongiorno", "mi iscrivo al corso di yoga?", "Vorrei sapere come mi iscrivo",
    "Hola, ¿cómo me suscribo?", "STOP please", "subscribe to the newsletter", "iscrivo",
])
def test_a_question_is_not_a_keyword(rules, text):
    assert rules.parse(text) is None


def test_a_keyword_in_the_wrong_language_still_works_in_its_own_language(rules):
    # A Catalan speaker (Telegram in Catalan) writes the Italian keyword from the town's page.
    assert rules.parse("MI ISCRIVO", telegram_language="ca") == KeywordMessage(SUBSCRIBE, "it")


def test_a_phrase_two_languages_share_belongs_to_the_citizens_telegram_language():
    keywords = merged_tables(DEFAULT_KEYWORDS, {"fr": {"unsubscribe": ["STOP"]}})
    rules = ListRules(keywords, languages=("ca", "es", "eu", "fr", "it", "en"))
    assert rules.parse("stop", telegram_language="fr-FR").language == "fr"
    assert rules.parse("stop", telegram_language="en").language == "en"
    assert rules.parse("stop").language == "fr"  # the first of languages.available


def test_confirmations_say_the_topics_the_privacy_note_and_how_to_leave(rules):
    text = rules.text("subscribed", "it", (EMERGENCIES, EVENTS))
    assert "Emergenze, Eventi" in text and "https://aymavilles.it/privacy" in text
    assert "MI CANCELLO" in text and "Comune di Aymavilles" in text
    assert "MI ISCRIVO" in rules.text("unsubscribed", "it")
    assert "Activitats" in rules.text("subscribed", "ca", (EVENTS,))
    notice = rules.text("broadcast_only", "es")
    assert "ME SUSCRIBO" in notice and "ME DOY DE BAJA" in notice
    assert rules.text("subscribed", "xx").startswith("Subscripció confirmada")  # default language


def test_reading_only_a_messages_start_first_never_changes_an_answer(rules, monkeypatch):
    """parse looks at the first two letters, then the first 40 characters, before it
    normalizes a whole message (every citizen's message is parsed on the event loop):
    each answer is what reading the whole message gives."""
    texts = ["Bon dia, missatge número 12 sobre el meu tràmit de pagament", "BAJA", "baja eventos", "Stop",
             "stopp", "M'APUNTO", "Mx", "Ｓubscribe", "  Mi  Iscrivò!!  ", "Me doy de baja", "Désinscription",
             "DÉSINSCRIPTION", "Je m'inscris", "je", "¿ME SUSCRIBO?", "1 ALTA", "alta" + "!" * 60,
             "harpidetzen naiz ekitaldiak", "Hola", "Em subscric a les activitats", "e", ""]
    answers = [rules.parse(text) for text in texts]
    monkeypatch.setattr(ListRules, "_may_be_keyword", lambda self, text: True)
    assert answers == [rules.parse(text) for text in texts]
    assert answers[0] is None and answers[1] == KeywordMessage(UNSUBSCRIBE, "es")


def test_normalized_forms():
    assert normalized("M'APUNTO!") == "m apunto"
    assert normalized("Désinscription…") == "desinscription"
    assert normalized("  MI\tISCRIVO ") == "mi iscrivo"


def test_markup_becomes_text_and_entities_in_utf16_units():
    text, entities = parse_markup("**Allerta** meteo 🌧 __domani__: [info](https://comune.it/a)")
    assert text == "Allerta meteo 🌧 domani: info"
    assert entities == [
        {"_": "MessageEntityBold", "offset": 0, "length": 7},
        {"_": "MessageEntityItalic", "offset": 17, "length": 6},  # the emoji counts two
        {"_": "MessageEntityTextUrl", "offset": 25, "length": 4, "url": "https://comune.it/a"},
    ]
    assert parse_markup("2 ** 3 = 8") == ("2 ** 3 = 8", [])  # an unpaired marker is text
    assert parse_markup("`code` and ~~old~~")[1] == [
        {"_": "MessageEntityCode", "offset": 0, "length": 4},
        {"_": "MessageEntityStrike", "offset": 9, "length": 3}]


def test_entities_handed_in_are_checked():
    assert checked_entities([{"_": "MessageEntityBold", "offset": 0, "length": 3},
                             {"_": "MessageMediaPhoto", "offset": 0, "length": 3},
                             {"_": "MessageEntityItalic", "offset": "0", "length": 3},
                             {"_": "MessageEntityUnderline", "offset": 1, "length": 0}, "bold"]) == \
        [{"_": "MessageEntityBold", "offset": 0, "length": 3}]
