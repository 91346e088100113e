"""Errors a user can act on, and the English sentences that say them. Anything else is a
bug and goes to the crash handler.

A sentence is written once, in English, where it is raised: a literal with `{name}`
placeholders and the values beside it (`TicketConflict("Ticket {number} is closed.",
number=7)`), never an f-string, so packaging/translations.py finds it (pyside6-lupdate
reads these classes and `sentence` as QT_TR_NOOP) and the window says it in its own
language. `str()` of the error is the sentence as the process speaks: English, unless
the window installed its translator (`speak_through`, from ui/i18n.py), so this layer
stays free of Qt. Logs and the records keep `.english`. Reasons stored in the records
(a message Telegram refused) stay English there and are translated where shown
(ui/sentences.py), the shapes with a part of their own listed in STORED_SHAPES.
"""

from __future__ import annotations

from collections.abc import Callable


def sentence(text: str) -> str:
    """Marks an English sentence held in a table or passed on (a refusal's reason, a purge
    report's line) for the catalogues; the text unchanged."""
    return text


class Reason(str):
    """A value in a sentence that is itself an English sentence or reason from another
    part (Telegram's refusal, the file policy's), translated with it when shown."""


def english(template: str, params: dict) -> str:
    return template.format(**params) if params else template


_speak: Callable[[str, dict], str] = english


def speak_through(say: Callable[[str, dict], str] | None) -> None:
    """Have str() of every UserFacingError say its sentence through `say(template,
    params)` (the window's translator); None for English again."""
    global _speak
    _speak = say or english


class UserFacingError(Exception):
    """Carries one plain sentence meant for the person at the keyboard: `sentence` (the
    English template) and `params`; `english` is it written out, as logs and the command
    line show it."""

    def __init__(self, sentence: str = "", /, **params: object) -> None:
        super().__init__(english(sentence, params))
        self.sentence = sentence
        self.params = params

    @property
    def english(self) -> str:
        return self.args[0] if self.args else ""

    def __str__(self) -> str:
        return _speak(self.sentence, self.params)


class ConfigError(UserFacingError):
    pass


class StoreUnavailable(UserFacingError):
    """The database cannot be reached or opened."""


class DatabasePasswordNeeded(StoreUnavailable):
    """The database server asks for a password (none given, or a wrong one): ask for it."""

    def __init__(self, sentence: str, user: str, wrong: bool, **params: object) -> None:
        super().__init__(sentence, **params)
        self.user = user
        self.wrong = wrong


class StoreCorrupt(UserFacingError):
    """The database file is damaged; it is left exactly as it was."""


class TicketConflict(UserFacingError):
    """Somebody else got there first (a claim, a close), or the ticket moved on."""


class TicketGone(TicketConflict):
    """The ticket is no longer in the records: purged or erased, maybe by another workstation."""


class NotAllowed(UserFacingError):
    """The agent's role does not allow this action."""


class AccessRevoked(NotAllowed):
    """The database refuses this login now: IT removed them from the team while working."""


class LoginError(UserFacingError):
    """A login step failed in a way the person can fix (wrong code, no network, …)."""


class PasswordNeeded(Exception):
    """The account has two-step verification: ask for its password next."""

    def __init__(self, hint: str | None = None) -> None:
        super().__init__("password needed")
        self.hint = hint


# Reasons stored in the records with a part of their own (Telegram's error code, a count):
# the window finds which of these shapes a stored text has and says it with its parts.
REFUSED_WITH_CODE = sentence("Telegram refused the message ({code})")
NOT_SENT_WITH_CODE = sentence("the message could not be sent ({code})")
GAVE_UP_AFTER = sentence("{reason}; gave up after {tries} tries")
STORED_SHAPES = (REFUSED_WITH_CODE, NOT_SENT_WITH_CODE, GAVE_UP_AFTER)
