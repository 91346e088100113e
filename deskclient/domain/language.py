"""A citizen's language, guessed from their words when Telegram does not tell it.

Automatic messages go out in the citizen's language. User accounts get no `lang_code`
from Telegram, so the first message's common words decide, with the deployment's default
language as the fallback.
"""

from __future__ import annotations

import re

_MARKERS: dict[str, frozenset[str]] = {
    "ca": frozenset("bon dia hola gràcies grà cies si us plau vull tinc puc com el la els les amb per què perquè és meu meva aquest aquesta certificat sol·licitud no funciona ajuda pagament".split()),
    "es": frozenset("buenos días hola gracias por favor quiero tengo puedo cómo el la los las con para qué porque es mi este esta certificado solicitud no funciona ayuda pago".split()),
    "eu": frozenset("kaixo egun on eskerrik asko mesedez nahi dut daukat nola ez da eta baina ziurtagiria eskaera laguntza ordainketa".split()),
    "fr": frozenset("bonjour merci s'il vous plaît je veux j'ai puis comment le la les avec pour pourquoi est mon ma ce cette certificat demande ne fonctionne pas aide paiement".split()),
    "it": frozenset("buongiorno ciao grazie per favore voglio ho posso come il lo la gli le con perché è mio mia questo questa certificato richiesta non funziona aiuto pagamento iscrivo cancello".split()),
    "en": frozenset("hello hi good morning thanks thank you please i want have can how the a with for why is my this certificate request not working help payment".split()),
}

_WORD = re.compile(r"[\w·']+", re.UNICODE)


def guess_language(text: str, available: list[str], fallback: str) -> str:
    """The available language whose marker words occur most in `text`, else `fallback`."""
    words = [w.lower() for w in _WORD.findall(text or "")]
    best, best_score = fallback, 0
    for lang in available:
        markers = _MARKERS.get(lang)
        if not markers:
            continue
        score = sum(1 for w in words if w in markers)
        if score > best_score:
            best, best_score = lang, score
    return best
