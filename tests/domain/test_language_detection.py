"""Issue 14 item 4: the citizen's language from a real detector (lingua, restricted to
the deployment's languages), the deployment's keywords, greetings, the default when unsure.

These run the real detector: its models load once per test process (about a second)."""

import pytest

from deskclient.domain.language import (
    DETECT_CHARS,
    MIN_CONFIDENCE,
    LinguaDetector,
    detect_language,
    detect_languages,
    detector_for,
    fold,
    greeting_language,
    guess_language,
)

LANGS = ["ca", "es", "eu", "fr", "it", "en"]


@pytest.mark.parametrize("text, language", [
    ("Hola", "es"),  # the Spanish greeting (Catalan speakers say it too: the agent corrects)
    ("Bon dia", "ca"),
    ("Kaixo", "eu"),
    ("MI ISCRIVO", "it"),  # seed 004's keyword: the detector alone knows it is Italian
    ("Bonjour", "fr"),
    ("Hello", "en"),
])
def test_short_real_openings_in_the_six_languages(text, language):
    assert guess_language(text, LANGS, "ca") == language
    assert guess_language(text, LANGS, "es") == language  # not the default's doing


def test_mi_iscrivo_is_the_detectors_own_answer():
    guess = detect_language("MI ISCRIVO", LANGS, "ca")
    assert (guess.language, guess.how) == ("it", "detector")
    assert guess.confidence >= MIN_CONFIDENCE


def test_what_the_detector_alone_says_of_bare_greetings_is_why_greetings_decide():
    """Measured: one word is too little for n-grams (lingua gives "Hola" to Basque and
    "Hello" to Italian among the six), hence the greeting rule before the detector."""
    ranked = dict(detector_for(LANGS).confidences("Hello"))
    assert max(ranked, key=ranked.get) != "en" or ranked["en"] < MIN_CONFIDENCE


@pytest.mark.parametrize("text, language", [
    ("No puedo firmar la solicitud con mi certificado digital", "es"),
    ("No puc signar la sol·licitud amb el meu certificat digital", "ca"),
    ("Ezin dut eskaera sinatu nire ziurtagiri digitalarekin", "eu"),
    ("Je ne peux pas signer la demande avec mon certificat numérique", "fr"),
    ("Non riesco a firmare la domanda con il mio certificato digitale", "it"),
    ("I cannot sign the application with my digital certificate", "en"),
    ("Quiero pedir cita previa", "es"),
    ("Vull demanar cita prèvia", "ca"),
    ("Hitzordua eskatu nahi dut", "eu"),
    ("Je voudrais prendre rendez-vous", "fr"),
    ("Vorrei prenotare un appuntamento", "it"),
    ("I'd like to book an appointment", "en"),
    ("No em deixa pagar la taxa", "ca"),
    ("No me deja pagar la tasa", "es"),
])
def test_longer_real_sentences(text, language):
    assert guess_language(text, LANGS, "xx") == language


@pytest.mark.parametrize("text, language", [
    ("Hola, bon dia!", "ca"),  # the only language both greetings belong to
    ("hola buenas", "es"),
    ("¡Buenos días!", "es"),
    ("Egun on", "eu"),
    ("Buongiorno", "it"),
    ("Good morning", "en"),
    ("Salut", "fr"),
])
def test_messages_made_of_greetings(text, language):
    assert greeting_language(text, LANGS) == language


def test_a_greeting_opens_a_sentence_the_detector_is_unsure_of():
    # Catalan 0.39 against Spanish: the greeting picks between the detector's first two.
    assert detect_language("Bon dia, tinc un problema amb el certificat", LANGS, "es").language == "ca"
    # "Hola" belongs to both: the detector's order decides.
    assert detect_language("Hola, tinc un problema amb el certificat", LANGS, "es").language == "ca"
    assert detect_language("Hola, tengo un problema", LANGS, "ca").language == "es"


def test_unsure_means_the_default():
    assert detect_language("👍", LANGS, "eu") == detect_language("👍", LANGS, "eu")
    assert detect_language("👍", LANGS, "eu").how == "default"
    assert guess_language("ok", LANGS, "fr") == "fr"  # lingua calls "ok" Basque
    assert guess_language("no funciona", LANGS, "eu") == "eu"  # Spanish and Catalan alike
    assert guess_language("", LANGS, "it") == "it"


def test_the_detector_only_answers_with_the_deployments_languages():
    # Portuguese is not one of them; what is closest among them, or the default.
    assert guess_language("Obrigado, preciso de ajuda com o certificado", ["ca", "en"], "en") in ("ca", "en")
    assert guess_language("Bonjour", ["ca", "es"], "ca") == "ca"  # no French: the default


def test_deployment_keywords_decide():
    keywords = {"it": ["MI ISCRIVO", "MI CANCELLO"], "ca": ["ALTA"]}
    assert detect_language("mi iscrivo", LANGS, "ca", keywords).how == "keyword"
    assert guess_language("Mi iscrivo: eventi, emergenze", LANGS, "ca", keywords) == "it"
    assert guess_language("ALTA!", LANGS, "es", keywords) == "ca"
    # Only at the start, as whole words: inside a sentence it is any language's word.
    assert guess_language("No puedo darme de alta en la sede electrónica", LANGS, "ca", keywords) == "es"
    assert guess_language("Altament recomanable", LANGS, "es", keywords) == "ca"  # the detector's
    # A keyword decides over Telegram's own language code.
    assert detect_language("MI CANCELLO", LANGS, "ca", keywords, telegram_language="es").language == "it"


def test_telegram_language_code_before_the_text():
    assert detect_language("Hola", LANGS, "ca", telegram_language="fr-FR").language == "fr"
    assert detect_language("Hola", LANGS, "ca", telegram_language="de").language == "es"  # no German desk


def test_fold():
    assert fold("¡Buenos DÍAS!!") == "buenos dias"
    assert fold("Sol·licitud d'ajuda 👍") == "sol·licitud d'ajuda"


def test_only_the_start_of_a_long_message_is_read():
    """A webhook may carry a text of megabytes (WhatsApp takes 4,096 characters, a forged
    one more): the language comes from its first DETECT_CHARS characters, so filing it does
    not stall the desk on one enormous word."""
    catalan = "Bon dia, no puc signar la sol·licitud del certificat digital des de casa. "
    spanish = "Buenos días, no puedo firmar la solicitud del certificado digital desde casa. "
    long_text = catalan * (DETECT_CHARS // len(catalan) + 1) + spanish * 200
    assert guess_language(long_text, LANGS, "en") == "ca"
    assert guess_language("B" * 200_000, LANGS, "ca") in LANGS


def test_a_batch_of_first_messages_asks_the_detector_once_and_guesses_as_one_at_a_time(monkeypatch):
    """A group commit's new citizens (store/filing.py): one round trip to the detector's
    process for all of them, each guess what detect_language says of it alone."""
    keywords = {"it": ["MI ISCRIVO"]}
    messages = [("No puc signar la sol·licitud amb el meu certificat digital", None),  # the detector
                ("mi iscrivo", None),  # a keyword
                ("Hola", "fr-FR"),  # Telegram's language code
                ("Kaixo", None),  # a greeting
                ("👍", None),  # too little: the default
                ("Bon dia, tinc un problema amb el certificat", None),  # greeting and detector
                ("Vorrei prenotare un appuntamento", None)]
    alone = [detect_language(text, LANGS, "eu", keywords, code) for text, code in messages]
    asked = []
    real = LinguaDetector.confidences_many
    monkeypatch.setattr(LinguaDetector, "confidences_many", lambda self, texts: asked.append(texts) or real(self, texts))
    batch = detect_languages(messages, LANGS, "eu", keywords)
    assert [(g.language, g.how) for g in batch] == [(g.language, g.how) for g in alone]
    assert [g.confidence for g in batch] == pytest.approx([g.confidence for g in alone])  # lingua's last digits vary
    assert [g.how for g in alone] == ["detector", "keyword", "telegram", "greeting", "default",
                                      "greeting and detector", "detector"]
    assert len(asked) == 1 and len(asked[0]) == 3
