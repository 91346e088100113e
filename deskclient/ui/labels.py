"""The words shown for fixed codes: a ticket's status, the connection state, an agent's
role, a purge stage, a file's kind.

The codes themselves ("open", "logged out", "lead", "files") are data: stored, compared
and audited in English. Only what the window shows goes through Qt's translation system,
in the fixed context "Labels" (QT_TRANSLATE_NOOP marks them for pyside6-lupdate). A code
without a label is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

TICKET_STATUS = {
    "open": QT_TRANSLATE_NOOP("Labels", "open"),
    "closing": QT_TRANSLATE_NOOP("Labels", "closing"),
    "closed": QT_TRANSLATE_NOOP("Labels", "closed"),
}

CONNECTION_STATE = {
    "offline": QT_TRANSLATE_NOOP("Labels", "offline"),
    "connecting": QT_TRANSLATE_NOOP("Labels", "connecting"),
    "logged out": QT_TRANSLATE_NOOP("Labels", "logged out"),
    "online": QT_TRANSLATE_NOOP("Labels", "online"),
}

AGENT_ROLE = {
    "agent": QT_TRANSLATE_NOOP("Labels", "agent"),
    "lead": QT_TRANSLATE_NOOP("Labels", "lead"),
}

PURGE_STAGE = {
    "tickets": QT_TRANSLATE_NOOP("Labels", "tickets"),
    "files": QT_TRANSLATE_NOOP("Labels", "files"),
    "compacting": QT_TRANSLATE_NOOP("Labels", "compacting"),
    "done": QT_TRANSLATE_NOOP("Labels", "done"),
}

FILE_KIND = {  # in capitals beside the file's name; PDF and XML read the same everywhere
    "image": QT_TRANSLATE_NOOP("Labels", "IMAGE"),
    "audio": QT_TRANSLATE_NOOP("Labels", "AUDIO"),
    "video": QT_TRANSLATE_NOOP("Labels", "VIDEO"),
    "other": QT_TRANSLATE_NOOP("Labels", "OTHER"),
}


def _label(words: dict[str, str], code: str) -> str:
    return QCoreApplication.translate("Labels", words[code]) if code in words else code


def ticket_status(code: str) -> str:
    return _label(TICKET_STATUS, code)


def connection_state(code: str) -> str:
    return _label(CONNECTION_STATE, code)


def agent_role(code: str) -> str:
    return _label(AGENT_ROLE, code)


def purge_stage(code: str) -> str:
    return _label(PURGE_STAGE, code)


def file_kind(code: str) -> str:
    return _label(FILE_KIND, code) if code in FILE_KIND else code.upper()
