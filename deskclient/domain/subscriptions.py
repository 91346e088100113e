"""Broadcast lists: the keywords citizens type to join or leave, and what they are told.

Seed 004 (Aymavilles): "MI ISCRIVO" subscribes, "MI CANCELLO" unsubscribes, topics are
Emergencies, Town information and Events, the confirmation carries the privacy note and
how to leave. Here every configured language has its own keywords (`lists.keywords`),
and a keyword works whatever language the citizen otherwise writes in: its language is
the one the confirmation (and later the broadcasts) are sent in.

Matching ignores case, accents and punctuation around and between words ("mi iscrivo!",
"Mi Iscrivò.", "M'APUNTO" as "m apunto"); the whole message must be the keyword,
optionally followed by topic words ("MI ISCRIVO EVENTI", "MI ISCRIVO EMERGENZE E
EVENTI"). Anything else in the message means it is a question, not a keyword: "MI
ISCRIVO al corso di yoga?" goes to the desk as any message would.

Pure rules: no store, no network. `ListRules.from_config` builds them from `lists.*`.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass, field

DEFAULT_TOPICS = ["Emergencies", "Town information", "Events"]

# Per language: the phrases that subscribe and unsubscribe. A phrase listed in two
# languages belongs to the citizen's Telegram language when it is one of them, else to
# the first in `languages.available`.
DEFAULT_KEYWORDS: dict[str, dict[str, list[str]]] = {
    "it": {"subscribe": ["MI ISCRIVO"], "unsubscribe": ["MI CANCELLO"]},
    "ca": {"subscribe": ["EM SUBSCRIC", "M'APUNTO"], "unsubscribe": ["EM DONO DE BAIXA", "BAIXA"]},
    "es": {"subscribe": ["ME SUSCRIBO", "ALTA"], "unsubscribe": ["ME DOY DE BAJA", "BAJA"]},
    "eu": {"subscribe": ["HARPIDETZEN NAIZ", "HARPIDETU"], "unsubscribe": ["HARPIDETZA UTZI", "BAJA EMAN"]},
    "fr": {"subscribe": ["JE M'INSCRIS"], "unsubscribe": ["JE ME DÉSINSCRIS", "DÉSINSCRIPTION"]},
    "en": {"subscribe": ["SUBSCRIBE"], "unsubscribe": ["UNSUBSCRIBE", "STOP"]},
}

# Per language, per topic: the words naming it after a keyword. The first is the
# topic's name in that language, as the confirmation lists it.
DEFAULT_TOPIC_WORDS: dict[str, dict[str, list[str]]] = {
    "it": {"Emergencies": ["Emergenze", "Emergenza"],
           "Town information": ["Info Comune", "Comune", "Informazioni"],
           "Events": ["Eventi", "Evento"]},
    "ca": {"Emergencies": ["Emergències", "Emergència"],
           "Town information": ["Informació municipal", "Informació", "Ajuntament"],
           "Events": ["Activitats", "Esdeveniments", "Actes"]},
    "es": {"Emergencies": ["Emergencias", "Emergencia"],
           "Town information": ["Información municipal", "Información", "Ayuntamiento"],
           "Events": ["Eventos", "Actividades"]},
    "eu": {"Emergencies": ["Larrialdiak", "Larrialdia"],
           "Town information": ["Udal informazioa", "Informazioa", "Udala"],
           "Events": ["Ekitaldiak", "Jarduerak"]},
    "fr": {"Emergencies": ["Urgences", "Urgence"],
           "Town information": ["Infos de la commune", "Infos mairie", "Mairie", "Informations"],
           "Events": ["Événements", "Agenda"]},
    "en": {"Emergencies": ["Emergencies", "Emergency"],
           "Town information": ["Town information", "Town", "Information"],
           "Events": ["Events", "Event"]},
}

# Placeholders: {service}, {topics} (the topics, in the language), {leave} and {join}
# (the language's first unsubscribe and subscribe keyword), {privacy_url}.
DEFAULT_LIST_TEXTS: dict[str, dict[str, str]] = {
    "it": {
        "subscribed": "Iscrizione confermata al servizio di messaggistica {service}. Riceverà: {topics}. "
        "I messaggi sono inviati a ogni iscritto singolarmente: nessuno vede il suo numero, il suo nome "
        "né i messaggi degli altri iscritti. Il suo numero sarà usato solo per questo servizio, nel rispetto "
        "della normativa sulla privacy: {privacy_url}. Per cancellarsi scriva {leave}.",
        "changed": "Iscrizione aggiornata. Ora riceve: {topics}. Per cancellarsi da tutto scriva {leave}.",
        "unsubscribed": "Iscrizione cancellata: non riceverà più messaggi da {service} e i dati della sua "
        "iscrizione sono stati eliminati. Per iscriversi di nuovo scriva {join}.",
        "broadcast_only": "Questo numero invia solo informazioni e non risponde ai messaggi. "
        "Per iscriversi scriva {join}; per cancellarsi scriva {leave}.",
    },
    "ca": {
        "subscribed": "Subscripció confirmada al servei de missatgeria {service}. Rebreu: {topics}. "
        "Els missatges s'envien a cada persona subscrita per separat: ningú no veu el vostre número, el "
        "vostre nom ni els missatges de les altres. El vostre número només s'utilitzarà per a aquest servei, "
        "d'acord amb la normativa de protecció de dades: {privacy_url}. Per donar-vos de baixa, escriviu {leave}.",
        "changed": "Subscripció actualitzada. Ara rebeu: {topics}. Per donar-vos de baixa de tot, escriviu {leave}.",
        "unsubscribed": "Baixa confirmada: ja no rebreu missatges de {service} i les dades de la vostra "
        "subscripció s'han esborrat. Per tornar-vos a subscriure, escriviu {join}.",
        "broadcast_only": "Aquest número només envia informació i no respon missatges. "
        "Per subscriure-us, escriviu {join}; per donar-vos de baixa, escriviu {leave}.",
    },
    "es": {
        "subscribed": "Suscripción confirmada al servicio de mensajería {service}. Recibirá: {topics}. "
        "Los mensajes se envían a cada persona suscrita por separado: nadie ve su número, su nombre ni los "
        "mensajes de las demás. Su número solo se usará para este servicio, de acuerdo con la normativa de "
        "protección de datos: {privacy_url}. Para darse de baja, escriba {leave}.",
        "changed": "Suscripción actualizada. Ahora recibe: {topics}. Para darse de baja de todo, escriba {leave}.",
        "unsubscribed": "Baja confirmada: ya no recibirá mensajes de {service} y los datos de su suscripción "
        "se han borrado. Para volver a suscribirse, escriba {join}.",
        "broadcast_only": "Este número solo envía información y no responde mensajes. "
        "Para suscribirse, escriba {join}; para darse de baja, escriba {leave}.",
    },
    "eu": {
        "subscribed": "{service} mezu-zerbitzuko harpidetza baieztatuta. Hau jasoko duzu: {topics}. "
        "Mezuak harpidedun bakoitzari bereiz bidaltzen zaizkio: inork ez du ikusten zure zenbakia, zure izena "
        "ez besteen mezuak. Zure zenbakia zerbitzu honetarako bakarrik erabiliko da, datuen babesaren araudiaren "
        "arabera: {privacy_url}. Baja emateko, idatzi {leave}.",
        "changed": "Harpidetza eguneratuta. Orain hau jasotzen duzu: {topics}. Guztiari baja emateko, idatzi {leave}.",
        "unsubscribed": "Baja baieztatuta: ez duzu {service} zerbitzuaren mezu gehiagorik jasoko, eta zure "
        "harpidetzaren datuak ezabatu dira. Berriro harpidetzeko, idatzi {join}.",
        "broadcast_only": "Zenbaki honek informazioa bakarrik bidaltzen du eta ez die mezuei erantzuten. "
        "Harpidetzeko, idatzi {join}; baja emateko, idatzi {leave}.",
    },
    "fr": {
        "subscribed": "Inscription confirmée au service de messagerie {service}. Vous recevrez : {topics}. "
        "Les messages sont envoyés à chaque inscrit séparément : personne ne voit votre numéro, votre nom ni "
        "les messages des autres inscrits. Votre numéro ne servira qu'à ce service, dans le respect de la "
        "réglementation sur la protection des données : {privacy_url}. Pour vous désinscrire, écrivez {leave}.",
        "changed": "Inscription mise à jour. Vous recevez maintenant : {topics}. Pour tout arrêter, écrivez {leave}.",
        "unsubscribed": "Désinscription confirmée : vous ne recevrez plus de messages de {service} et les "
        "données de votre inscription ont été effacées. Pour vous réinscrire, écrivez {join}.",
        "broadcast_only": "Ce numéro envoie seulement des informations et ne répond pas aux messages. "
        "Pour vous inscrire, écrivez {join} ; pour vous désinscrire, écrivez {leave}.",
    },
    "en": {
        "subscribed": "You are subscribed to the {service} messaging service. You will receive: {topics}. "
        "Messages go to each subscriber separately: nobody sees your number, your name or the messages of "
        "other subscribers. Your number is used for this service only, under data-protection law: "
        "{privacy_url}. To leave, write {leave}.",
        "changed": "Subscription updated. You now receive: {topics}. To leave altogether, write {leave}.",
        "unsubscribed": "You have left the list: you will get no more messages from {service}, and your "
        "subscription's data has been erased. To subscribe again, write {join}.",
        "broadcast_only": "This number only sends information and does not answer messages. "
        "To subscribe, write {join}; to leave, write {leave}.",
    },
}

LIST_TEXT_KINDS = ("subscribed", "changed", "unsubscribed", "broadcast_only")

# Words that join topic names ("EMERGENZE E EVENTI", "events and emergencies").
_JOINERS = frozenset({"e", "ed", "and", "i", "y", "et", "eta", "o", "u"})
_PUNCTUATION = re.compile(r"[^\w]+", re.UNICODE)
PEEK_CHARS = 40  # of a message, enough to read its first word (ListRules._may_be_keyword)


class _WithoutMarks(dict):
    """A str.translate table that drops combining marks: each character is looked up
    once, then the table answers in C (every citizen's message is parsed on the event
    loop; a Python test per character was most of `normalized`)."""

    def __missing__(self, code: int):
        self[code] = None if unicodedata.combining(chr(code)) else code
        return self[code]


_WITHOUT_MARKS = _WithoutMarks()


def normalized(text: str) -> str:
    """Lower case, accents and punctuation gone, words single-spaced: "Mi iscrivò!" →
    "mi iscrivo"; "M'APUNTO" → "m apunto"."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    bare = decomposed.translate(_WITHOUT_MARKS).casefold()
    return " ".join(_PUNCTUATION.sub(" ", bare).replace("_", " ").split())


class ListAction(str, enum.Enum):
    SUBSCRIBE = "subscribe"
    UNSUBSCRIBE = "unsubscribe"


@dataclass(frozen=True)
class KeywordMessage:
    """A citizen's message that is a list keyword: what they asked, in which language
    (the keyword's), for which topics (empty: every topic)."""

    action: ListAction
    language: str
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class ListRules:
    """The lists' rules of one deployment (config `lists.*`)."""

    keywords: dict[str, dict[str, list[str]]]
    topics: tuple[str, ...] = tuple(DEFAULT_TOPICS)
    topic_words: dict[str, dict[str, list[str]]] = field(default_factory=lambda: DEFAULT_TOPIC_WORDS)
    texts: dict[str, dict[str, str]] = field(default_factory=lambda: DEFAULT_LIST_TEXTS)
    languages: tuple[str, ...] = ("ca", "es", "eu", "fr", "it", "en")
    default_language: str = "ca"
    broadcast_only: bool = False
    service_name: str = "012"
    privacy_url: str = ""

    def __post_init__(self) -> None:
        phrases: dict[str, list[tuple[str, ListAction]]] = {}
        order = {lang: n for n, lang in enumerate(self.languages)}
        for language in sorted(self.keywords, key=lambda lang: order.get(lang, len(order))):
            for action in ListAction:
                for phrase in self.keywords[language].get(action.value, []):
                    key = normalized(phrase)
                    if key:
                        phrases.setdefault(key, []).append((language, action))
        words: dict[tuple[str, ...], str] = {}
        for language in self.topic_words:
            for topic, names in self.topic_words[language].items():
                if topic in self.topics:
                    for name in names:
                        words.setdefault(tuple(normalized(name).split()), topic)
        for topic in self.topics:  # a configured topic is always named by itself
            words.setdefault(tuple(normalized(topic).split()), topic)
        object.__setattr__(self, "_phrases", phrases)
        first_words = frozenset(phrase.split()[0] for phrase in phrases)
        object.__setattr__(self, "_first_words", first_words)
        object.__setattr__(self, "_openings", frozenset(word[:2] for word in first_words if len(word) > 1))
        object.__setattr__(self, "_topic_words", sorted(words.items(), key=lambda kv: -len(kv[0])))

    # -- reading a citizen's message -----------------------------------------------------

    def parse(self, text: str, telegram_language: str | None = None) -> KeywordMessage | None:
        """The keyword the message is, or None: a message of anything else (more words
        than a keyword and topic names) is not a keyword."""
        if not self._may_be_keyword(text):
            return None
        words = normalized(text).split()
        if not words or len(words) > 16:
            return None
        # The longest keyword that starts the message wins ("me doy de baja" over "me ...").
        for size in range(min(len(words), 6), 0, -1):
            meanings = self._phrases.get(" ".join(words[:size]))
            if not meanings:
                continue
            topics = self._topics_in(words[size:])
            if topics is None:
                return None
            language, action = self._pick(meanings, telegram_language)
            return KeywordMessage(action, language, topics)
        return None

    def _may_be_keyword(self, text: str) -> bool:
        """False when the message's first word starts no keyword, read from its first
        PEEK_CHARS only: every citizen's message is parsed on the event loop, and
        normalizing a whole message cost ~30 µs. Normalizing is done character by
        character, so the prefix's first word is the message's when another follows it.
        Two ASCII letters first (most messages) are already the first word's first two."""
        start = text[:2]
        if len(start) == 2 and start.isascii() and start.isalpha() and start.lower() not in self._openings:
            return False
        words = normalized(text[:PEEK_CHARS]).split()
        return len(words) < 2 or words[0] in self._first_words

    def _pick(self, meanings: list[tuple[str, ListAction]], telegram_language: str | None):
        if telegram_language:
            short = telegram_language.split("-")[0].lower()
            for meaning in meanings:
                if meaning[0] == short:
                    return meaning
        return meanings[0]

    def _topics_in(self, words: list[str]) -> tuple[str, ...] | None:
        """The topics named by the words after a keyword, in the deployment's order; None
        when a word names no topic."""
        found: set[str] = set()
        i = 0
        while i < len(words):
            if words[i] in _JOINERS:
                i += 1
                continue
            for phrase, topic in self._topic_words:
                if tuple(words[i:i + len(phrase)]) == phrase:
                    found.add(topic)
                    i += len(phrase)
                    break
            else:
                return None
        return tuple(t for t in self.topics if t in found)

    # -- what citizens are told ------------------------------------------------------------

    def language_for(self, language: str | None) -> str:
        return language if language in self.texts else self.default_language

    def topic_names(self, topics, language: str) -> str:
        """"Emergenze, Eventi": the topics in the language (the configured name when the
        language has no word for it)."""
        words = self.topic_words.get(language, {})
        return ", ".join((words.get(t) or [t])[0] for t in (topics or self.topics))

    def keyword(self, action: ListAction, language: str) -> str:
        """The first keyword of the language for this action (another language's when it
        has none), as quoted in the texts."""
        for lang in (language, self.default_language, *self.keywords):
            phrases = self.keywords.get(lang, {}).get(action.value)
            if phrases:
                return phrases[0]
        return ""

    def text(self, kind: str, language: str | None, topics=()) -> str:
        """A list text (`subscribed`, `changed`, `unsubscribed`, `broadcast_only`) filled in."""
        lang = self.language_for(language)
        template = self.texts[lang].get(kind) or self.texts[self.default_language][kind]
        values = {"service": self.service_name, "privacy_url": self.privacy_url,
                  "topics": self.topic_names(topics, lang),
                  "leave": self.keyword(ListAction.UNSUBSCRIBE, lang),
                  "join": self.keyword(ListAction.SUBSCRIBE, lang)}
        return template.format_map(_Lenient(values))


class _Lenient(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def merged_tables(defaults: dict, value: dict) -> dict:
    """A per-language table merged over its defaults, so a deployment can change one
    language's entry and keep the rest (config `lists.keywords` and the like)."""
    merged = {lang: dict(entries) for lang, entries in defaults.items()}
    for lang, entries in value.items():
        if not isinstance(entries, dict):
            raise TypeError
        merged.setdefault(str(lang), {}).update(entries)
    return merged


def topics_text(topics) -> str:
    """How a subscriber's topics are stored: "|Emergencies|Events|" (a LIKE finds one)."""
    return "|" + "|".join(topics) + "|" if topics else "|"


def topics_of(stored: str | None) -> tuple[str, ...]:
    return tuple(t for t in (stored or "").split("|") if t)
