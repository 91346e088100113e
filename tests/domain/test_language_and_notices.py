from deskclient.default_notices import DEFAULT_TEMPLATES
from deskclient.domain.language import guess_language
from deskclient.domain.messages import SystemNotice
from deskclient.domain.notices import NoticeTemplates

LANGS = ["ca", "es", "eu", "fr", "it", "en"]


def test_guess_language_from_a_first_message():
    assert guess_language("Bon dia, no puc signar la sol·licitud", LANGS, "ca") == "ca"
    assert guess_language("Hola, tengo un problema con el pago", LANGS, "ca") == "es"
    assert guess_language("Bonjour, je voudrais un certificat", LANGS, "ca") == "fr"
    assert guess_language("Buongiorno, non funziona il modulo", LANGS, "ca") == "it"
    assert guess_language("Kaixo, ziurtagiria eskaera ez dabil", LANGS, "ca") == "eu"
    assert guess_language("👍", LANGS, "es") == "es"  # nothing to go on: the default


def test_every_default_language_has_every_notice_with_its_placeholders():
    for lang, texts in DEFAULT_TEMPLATES.items():
        assert set(texts) == {n.value for n in SystemNotice}, lang
        assert "{number}" in texts["opening"] and "{privacy_url}" in texts["opening"]
        assert "{opening}" in texts["out_of_hours"] and "{formats}" in texts["file_refused"]


def test_unknown_language_falls_back_and_typos_stay_visible():
    notices = NoticeTemplates({"ca": {"opening": "Consulta {number} {nonexistent}"}}, "ca")
    assert notices.render(SystemNotice.OPENING, "sv", number="2026-000001") == "Consulta 2026-000001 {nonexistent}"
