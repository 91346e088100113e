"""The citizen chooses their ticket's category (seed 003), when the deployment asks
(`tickets.category_choice`): the opening message lists the categories, numbered, in
the citizen's language; a bot account adds a button for each (a user account cannot
send buttons), WhatsApp a list to pick from (its button opening the list says
`list_button`). The answer (a button, or a message that is just one of the numbers)
files the ticket under that category, once; agents see that the citizen chose it and
can still change it.

Categories are the deployment's (`tickets.categories`, as agents and figures name them);
what citizens read is the label in their language (`tickets.category_labels`), the
category's own name where none is given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .language import fold

BUTTON_PREFIX = "category:"  # a button's data: "category:<n>", n counted from 1

# Seed 003's categories (the default `tickets.categories`) in the desk's six languages.
DEFAULT_CATEGORY_LABELS: dict[str, dict[str, str]] = {
    "ca": {"Functional doubts": "Dubtes funcionals", "Payment problems": "Problemes amb el pagament",
           "Signature or certificate problems": "Problemes amb la signatura o el certificat"},
    "es": {"Functional doubts": "Dudas funcionales", "Payment problems": "Problemas con el pago",
           "Signature or certificate problems": "Problemas con la firma o el certificado"},
    "eu": {"Functional doubts": "Funtzionamenduari buruzko zalantzak",
           "Payment problems": "Ordainketarekin arazoak",
           "Signature or certificate problems": "Sinadurarekin edo ziurtagiriarekin arazoak"},
    "fr": {"Functional doubts": "Questions sur le fonctionnement", "Payment problems": "Problèmes de paiement",
           "Signature or certificate problems": "Problèmes de signature ou de certificat"},
    "it": {"Functional doubts": "Dubbi sul funzionamento", "Payment problems": "Problemi con il pagamento",
           "Signature or certificate problems": "Problemi con la firma o il certificato"},
    "en": {"Functional doubts": "Functional doubts", "Payment problems": "Payment problems",
           "Signature or certificate problems": "Signature or certificate problems"},
}

# The question under the opening message, and the short answer to a button.
_QUESTION = {
    "ca": "Sobre què és la vostra consulta? Responeu amb el número:",
    "es": "¿Sobre qué es su consulta? Responda con el número:",
    "eu": "Zeri buruzkoa da zure kontsulta? Erantzun zenbakiarekin:",
    "fr": "Quel est l'objet de votre demande ? Répondez avec le numéro :",
    "it": "Di che cosa tratta la sua richiesta? Risponda con il numero:",
    "en": "What is your question about? Reply with its number:",
}
_CHOSEN = {
    "ca": "Consulta classificada: {label}", "es": "Consulta clasificada: {label}",
    "eu": "Kontsulta sailkatuta: {label}", "fr": "Demande classée : {label}",
    "it": "Richiesta classificata: {label}", "en": "Filed under: {label}",
}
_ALREADY = {
    "ca": "La consulta ja està classificada.", "es": "La consulta ya está clasificada.",
    "eu": "Kontsulta sailkatuta dago jada.", "fr": "La demande est déjà classée.",
    "it": "La richiesta è già classificata.", "en": "Your question is filed already.",
}

# What opens the list of categories where they are a list (WhatsApp: at most 20 characters).
_LIST_BUTTON = {"ca": "Trieu el tema", "es": "Elija el tema", "eu": "Aukeratu gaia", "fr": "Choisir le sujet",
                "it": "Scegli l'argomento", "en": "Choose the topic"}

_NUMBER = re.compile(r"^\s*(\d{1,2})\s*[.)ºª]?\s*$")


@dataclass(frozen=True)
class CategoryQuestion:
    categories: tuple[str, ...]
    labels: dict[str, dict[str, str]] = field(default_factory=dict)  # language -> category -> label
    default_language: str = "en"

    def label(self, category: str, language: str) -> str:
        return (self.labels.get(language, {}).get(category)
                or self.labels.get(self.default_language, {}).get(category) or category)

    def text(self, language: str) -> str:
        """The lines under the opening message: the question and the numbered labels."""
        question = _QUESTION.get(language) or _QUESTION.get(self.default_language) or _QUESTION["en"]
        lines = [question] + [f"{n}. {self.label(c, language)}" for n, c in enumerate(self.categories, 1)]
        return "\n".join(lines)

    def buttons(self, language: str) -> tuple[tuple[str, str], ...]:
        """(label, data) of each category's button, in order."""
        return tuple((self.label(c, language), f"{BUTTON_PREFIX}{n}")
                     for n, c in enumerate(self.categories, 1))

    def list_button(self, language: str) -> str:
        return _LIST_BUTTON.get(language) or _LIST_BUTTON.get(self.default_language) or _LIST_BUTTON["en"]

    def answer(self, text: str, language: str | None = None) -> str | None:
        """The category a citizen's message chooses: just one of the numbers ("2", "2.")
        or a label as listed (any case, accents or none); None for anything else."""
        match = _NUMBER.match(text or "")
        if match:
            n = int(match.group(1))
            return self.categories[n - 1] if 1 <= n <= len(self.categories) else None
        folded = fold(text)
        if not folded:
            return None
        for category in self.categories:
            names = {fold(category), fold(self.label(category, language or self.default_language))}
            if folded in names:
                return category
        return None

    def button(self, data: str | bytes) -> str | None:
        """The category a button's data names, if it is one of ours."""
        if isinstance(data, bytes):
            data = data.decode("ascii", "replace")
        if not data.startswith(BUTTON_PREFIX) or not data[len(BUTTON_PREFIX):].isdigit():
            return None
        n = int(data[len(BUTTON_PREFIX):])
        return self.categories[n - 1] if 1 <= n <= len(self.categories) else None

    def chosen(self, category: str, language: str) -> str:
        """The short answer to a pressed button."""
        template = _CHOSEN.get(language) or _CHOSEN["en"]
        return template.format(label=self.label(category, language))

    def already(self, language: str) -> str:
        return _ALREADY.get(language) or _ALREADY["en"]
