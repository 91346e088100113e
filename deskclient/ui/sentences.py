"""The services' sentences and the records' reasons in the window's language.

A UserFacingError carries its English template and values (deskclient/errors.py); once
ui/i18n.py has installed a language, str() of the error is `say`: the template looked up
in the catalogues (lupdate files these sentences, read as QT_TR_NOOP, under the empty
context) and its values put in: those marked as reasons translated too, counts written as
the language writes numbers (ticket numbers are text, kept as they are). A reason stored
in English (why Telegram refused a message, why a file was refused) is said by
`reason_text` where the window shows it, as is a problem the services tell the status bar
(ui/bridge.py). A sentence without a translation stays English.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ..errors import STORED_SHAPES, Reason, english
from ..services.file_store import UNAVAILABLE_SHAPES
from ..services.steady import WAITING
from .formats import number
from .labels import file_refusal

CONTEXT = ""  # where lupdate puts QT_TR_NOOP's sentences


def _shape(template: str) -> re.Pattern:
    """A regular expression matching the template written out, one group per value."""
    pieces = re.split(r"\{(\w+)\}", template)
    return re.compile("".join(re.escape(piece) if i % 2 == 0 else f"(?P<{piece}>.+?)"
                              for i, piece in enumerate(pieces)))


_SHAPES = tuple((_shape(template), template) for template in (*STORED_SHAPES, *UNAVAILABLE_SHAPES, WAITING))


def say(template: str, params: dict) -> str:
    """The sentence in the window's language, its values put in (reasons translated)."""
    text = QCoreApplication.translate(CONTEXT, template)
    if not params:
        return text
    values = {name: _value(value) for name, value in params.items()}
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: the English
        return english(template, values)


def _value(value: object) -> object:
    """A reason in words, a count as the language writes numbers (4 097, 4.097)."""
    if isinstance(value, Reason):
        return reason_text(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return number(value)
    return value


def reason_text(reason: str) -> str:
    """A reason as the records keep it (English), in the window's language; a reason of
    no known shape as it is."""
    reason = reason.strip()
    translated = QCoreApplication.translate(CONTEXT, reason)
    if translated != reason:
        return translated
    for shape, template in _SHAPES:
        match = shape.fullmatch(reason)
        if match is not None:
            return say(template, {name: Reason(value) for name, value in match.groupdict().items()})
    return file_refusal(reason)
