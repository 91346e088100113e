"""The marker-word guesser; the notices' tests are in test_notices.py."""

from deskclient.domain.language import guess_language

LANGS = ["ca", "es", "eu", "fr", "it", "en"]


def test_guess_language_from_a_first_message():
    assert guess_language("Bon dia, no puc signar la sol·licitud", LANGS, "ca") == "ca"
    assert guess_language("Hola, tengo un problema con el pago", LANGS, "ca") == "es"
    assert guess_language("Bonjour, je voudrais un certificat", LANGS, "ca") == "fr"
    assert guess_language("Buongiorno, non funziona il modulo", LANGS, "ca") == "it"
    assert guess_language("Kaixo, ziurtagiria eskaera ez dabil", LANGS, "ca") == "eu"
    assert guess_language("👍", LANGS, "es") == "es"  # nothing to go on: the default
