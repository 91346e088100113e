"""A citizen's language: what the automatic messages are written in.

Decided once, from the first message a citizen sends, in this order:

1. **The deployment's keywords** (`languages.keywords`, e.g. `it = ["MI ISCRIVO"]`): a
   message that starts with one of them is in that language. A keyword is something
   the deployment asks citizens to type, so it says more than any statistics.
2. **Telegram's `lang_code`**, when Telegram gives one (bots get it; user accounts never
   do) and the deployment has that language.
3. **A greeting alone** ("Hola", "Bon dia", "Kaixo", "Hello"): a message made only of
   greetings. One or two words are too little for any statistical detector (measured
   with lingua, restricted to the six desk languages: "Hola" comes out Basque, "Hello"
   Italian, "Bon dia" a coin toss between Catalan and Italian), while the greeting a
   citizen opens with is a strong hint. A greeting two languages share counts for the
   first it is listed under: "Hola" is the Spanish greeting, so a bare "Hola" is
   Spanish, although Catalan speakers say it too; "Hola, bon dia" is Catalan, the
   only language both greetings belong to. An agent corrects a wrong guess in the
   ticket's header.
4. **The detector** (the `lingua-language-detector` package, n-gram models of 75
   languages, accurate on short texts, knows Basque and Catalan), restricted to the
   deployment's languages, when it is sure: its confidence at least `MIN_CONFIDENCE`
   and ahead of the runner-up by `MIN_MARGIN`. Unsure between its first two, the
   greeting the message opens with picks one ("Bon dia, tinc un problema amb el
   certificat": Catalan 0.39, Spanish 0.24 → Catalan). Fewer than three letters
   ("ok", "sí") it is not asked.
5. Otherwise the deployment's default language.

The detector's models for six languages take about 200 MB of memory and half a second
to load (more on a busy machine), holding the GIL: they are loaded in a process of their
own (LinguaDetector), on first use or by `warm_up()`, and only for a process that files
messages (a team workstation never does).
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import os
import re
import threading
import unicodedata
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

log = logging.getLogger("deskclient.domain")

# The detector is sure enough when the best language has at least this share of the
# confidence (the six shares add up to 1) and leads the runner-up by this much. Chosen
# on real short openings in the six languages (tests/domain/test_language_detection.py):
# lower lets ties between Spanish and Catalan through ("no funciona" is both), higher
# throws away right answers on two- and three-word messages.
MIN_CONFIDENCE = 0.4
MIN_MARGIN = 0.1
MIN_LETTERS = 3  # "ok", "sí": nothing a detector can tell (lingua calls "ok" Basque)

# Each language's own name, for the agent's language control (no translation needed).
LANGUAGE_NAMES = {
    "ca": "català", "es": "español", "eu": "euskara", "fr": "français", "it": "italiano",
    "en": "English", "gl": "galego", "pt": "português", "de": "Deutsch",
}

# Greetings a citizen opens with, folded (lower case, no accents) -> the languages that
# use them, the language whose greeting it is first.
_GREETINGS: dict[str, tuple[str, ...]] = {
    "hola": ("es", "ca"), "buenas": ("es",), "buenos dias": ("es",), "buenas tardes": ("es",),
    "buenas noches": ("es",), "saludos": ("es",),
    "bon dia": ("ca",), "bona tarda": ("ca",), "bon vespre": ("ca",), "bona nit": ("ca",),
    "bones": ("ca",),
    "kaixo": ("eu",), "egun on": ("eu",), "arratsalde on": ("eu",), "gabon": ("eu",),
    "epa": ("eu",), "aupa": ("eu",),
    "bonjour": ("fr",), "bonsoir": ("fr",), "salut": ("fr", "ca"), "coucou": ("fr",),
    "buongiorno": ("it",), "buonasera": ("it",), "ciao": ("it",), "salve": ("it",),
    "hello": ("en",), "hi": ("en",), "hey": ("en",), "good morning": ("en",),
    "good afternoon": ("en",), "good evening": ("en",),
}

_WORDS = re.compile(r"[^\W\d_]+(?:['’·][^\W\d_]+)*", re.UNICODE)


@dataclass(frozen=True)
class LanguageGuess:
    language: str
    how: str  # "keyword", "telegram", "greeting", "detector", "greeting and detector", "default"
    confidence: float | None = None  # the detector's, when it decided


def fold(text: str) -> str:
    """Lower case, accents off, words separated by one space, punctuation and emoji gone:
    "¡Buenos DÍAS!" → "buenos dias"."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(w.casefold() for w in _WORDS.findall(plain))


def keyword_language(text: str, keywords: Mapping[str, Sequence[str]],
                     available: Sequence[str]) -> str | None:
    """The language of the longest configured keyword the message starts with, as whole
    words ("MI ISCRIVO", "mi iscrivo agli eventi"), matched ignoring case, accents and
    punctuation. Only at the start: a keyword is what the citizen was asked to type, and
    a short one ("ALTA") may be any language's word inside a sentence."""
    folded = fold(text) + " "
    best, best_length = None, 0
    for language, phrases in keywords.items():
        if language not in available:
            continue
        for phrase in phrases:
            key = fold(phrase)
            if key and folded.startswith(key + " ") and len(key) > best_length:
                best, best_length = language, len(key)
    return best


def _greetings_at_start(words: list[str]) -> tuple[list[str] | None, int]:
    """(languages the leading greetings share, in the first one's order, or None if the
    message does not start with one; how many words they take)."""
    candidates: list[str] | None = None
    i = 0
    while i < len(words):
        two = " ".join(words[i:i + 2])
        phrase = two if i + 1 < len(words) and two in _GREETINGS else words[i]  # "bon dia", not "bon"
        if phrase not in _GREETINGS:
            break
        languages = list(_GREETINGS[phrase])
        # The first greeting's order decides between languages ("hola": es before ca).
        candidates = languages if candidates is None else [c for c in candidates if c in languages]
        i += len(phrase.split())
    return candidates, i


def greeting_language(text: str, available: Sequence[str]) -> str | None:
    """The language of a message made only of greetings ("Hola, bon dia!"), if they
    share one the deployment has; None for anything else."""
    words = fold(text).split()
    candidates, used = _greetings_at_start(words)
    if not words or used < len(words) or not candidates:
        return None
    return next((lang for lang in candidates if lang in available), None)


class LinguaDetector:
    """lingua's detector for one set of languages, in a process of its own, built there
    once (on first use or `warm_up`). lingua builds its models (~0.5-1.7 s, ~200 MB for
    six languages) without releasing the GIL: built on a thread of the window's process
    it froze the window that long (issue 17 item 4). A detection costs a round trip to
    that process (well under a millisecond besides lingua's own time). Thread-safe; a
    process that died is started again at the next call."""

    def __init__(self, languages: Iterable[str]) -> None:
        self.languages = tuple(sorted(set(languages)))
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def _call(self, function, *args):
        with self._lock:
            if self._pool is None:  # spawn: no copy of this process's threads, Qt or sockets
                self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                                                 initializer=_build_here, initargs=(self.languages,))
            pool = self._pool
        try:
            return pool.submit(function, *args).result()
        except BrokenProcessPool:
            with self._lock:
                if self._pool is pool:
                    self._pool = None
            raise

    def warm_up(self) -> None:
        self._call(_confidences_here, "")

    def confidences(self, text: str) -> list[tuple[str, float]]:
        """(language, share of confidence), best first; empty when there is nothing to
        choose between."""
        return self._call(_confidences_here, text)

    def confidences_many(self, texts: list[str]) -> list[list[tuple[str, float]]]:
        """`confidences` of each text, in one round trip (a group commit's new citizens:
        one each cost the filing thread ~3 ms in a burst, mostly waiting for the GIL)."""
        return self._call(_confidences_many_here, list(texts))


_HERE = None  # the detector process's lingua detector (False: fewer than two languages)


def _build_here(languages: tuple[str, ...]) -> None:
    """In the detector process, at its start. It ends when the process that started it
    does, however that ends (a kill -9 sends it no last call)."""
    global _HERE
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_end_with, args=(parent.sentinel,), daemon=True).start()
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder
    known = []
    for code in languages:
        iso = getattr(IsoCode639_1, code.upper(), None)
        if iso is not None:
            known.append(Language.from_iso_code_639_1(iso))
    if len(known) < 2:  # nothing to choose between
        _HERE = False
    else:
        _HERE = LanguageDetectorBuilder.from_languages(*known).with_preloaded_language_models().build()


def _end_with(sentinel: int) -> None:
    multiprocessing.connection.wait([sentinel])
    os._exit(0)


def _confidences_here(text: str) -> list[tuple[str, float]]:
    if not _HERE or not text:
        return []
    return [(value.language.iso_code_639_1.name.lower(), value.value)
            for value in _HERE.compute_language_confidence_values(text)]


def _confidences_many_here(texts: list[str]) -> list[list[tuple[str, float]]]:
    return [_confidences_here(text) for text in texts]


_DETECTORS: dict[tuple[str, ...], LinguaDetector] = {}
_DETECTORS_LOCK = threading.Lock()


def detector_for(languages: Iterable[str]) -> LinguaDetector:
    """The one detector of this process for these languages."""
    key = tuple(sorted(set(languages)))
    with _DETECTORS_LOCK:
        if key not in _DETECTORS:
            _DETECTORS[key] = LinguaDetector(key)
        return _DETECTORS[key]


def warm_up(languages: Iterable[str]) -> None:
    """Load the detector's models now (blocking: call it on a background thread). A
    failure is only logged: the first message tries again, or gets the default."""
    try:
        detector_for(languages).warm_up()
    except Exception:  # noqa: BLE001 (never a crash of a background start-up task)
        log.warning("the language detector could not be loaded", exc_info=True)


# Plenty to tell a language by; keywords and greetings stand at the start anyway.
DETECT_CHARS = 1000


def detect_language(text: str, available: Sequence[str], fallback: str,
                    keywords: Mapping[str, Sequence[str]] | None = None,
                    telegram_language: str | None = None) -> LanguageGuess:
    """The citizen's language from their first message (the module docstring's order),
    read from its first DETECT_CHARS characters: the detector's time grows faster than
    the text (a 200,000-letter word took 30 s on the filing thread)."""
    return detect_languages([(text, telegram_language)], available, fallback, keywords)[0]


def detect_languages(messages: Sequence[tuple[str, str | None]], available: Sequence[str], fallback: str,
                     keywords: Mapping[str, Sequence[str]] | None = None) -> list[LanguageGuess]:
    """`detect_language` of each (text, Telegram language code), the detector asked once
    for all the messages that reach it."""
    guesses: list[LanguageGuess | None] = []
    asked: list[tuple[int, str, str]] = []  # (index, text, folded)
    for text, telegram_language in messages:
        text = text[:DETECT_CHARS]
        guess, folded = _before_detector(text, available, keywords, telegram_language)
        if guess is None and sum(len(w) for w in folded.split()) >= MIN_LETTERS:
            asked.append((len(guesses), text, folded))
        guesses.append(guess)
    if asked:
        answers = detector_for(available).confidences_many([text for _, text, _ in asked])
        for (index, _, folded), confidences in zip(asked, answers):
            guesses[index] = _from_detector(confidences, folded, available)
    return [guess or LanguageGuess(fallback, "default") for guess in guesses]


def _before_detector(text: str, available: Sequence[str], keywords: Mapping[str, Sequence[str]] | None,
                     telegram_language: str | None) -> tuple[LanguageGuess | None, str]:
    """Steps 1-3 of the module docstring: (their guess or None, the folded text)."""
    if keywords:
        found = keyword_language(text, keywords, available)
        if found is not None:
            return LanguageGuess(found, "keyword"), ""
    if telegram_language:
        short = telegram_language.split("-")[0].lower()
        if short in available:
            return LanguageGuess(short, "telegram"), ""
    found = greeting_language(text, available)
    if found is not None:
        return LanguageGuess(found, "greeting"), ""
    return None, fold(text)


def _from_detector(confidences: list[tuple[str, float]], folded: str,
                   available: Sequence[str]) -> LanguageGuess | None:
    """Step 4: the detector's answer when it is sure, or helped by the greeting the
    message opens with; None when it cannot tell."""
    ranked = [(lang, value) for lang, value in confidences if lang in available]
    if not ranked:
        return None
    best, confidence = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if confidence >= MIN_CONFIDENCE and confidence - runner_up >= MIN_MARGIN:
        return LanguageGuess(best, "detector", confidence)
    # Unsure between two: the greeting the message opens with picks one of them
    # ("Bon dia, tinc un problema…": Catalan 0.39, Spanish 0.24).
    # A greeting two languages share ("Hola, tinc un problema…") leaves it to
    # the detector's order.
    greeted, _ = _greetings_at_start(folded.split())
    for lang, value in ranked[:2]:
        if lang in (greeted or ()):
            return LanguageGuess(lang, "greeting and detector", value)
    return None


def guess_language(text: str, available: list[str], fallback: str,
                   keywords: Mapping[str, Sequence[str]] | None = None) -> str:
    """The available language `text` is in, else `fallback` (no Telegram hint)."""
    return detect_language(text, available, fallback, keywords).language
