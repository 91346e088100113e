"""The words shown for fixed codes: a ticket's status, the connection state, an agent's
role, a purge stage, a file's kind, an audited action, why a file was refused.

The codes themselves ("open", "logged out", "lead", "files") are data: stored, compared
and audited in English. Only what the window shows goes through Qt's translation system,
in the fixed context "Labels" (QT_TRANSLATE_NOOP marks them for pyside6-lupdate). A code
without a label is shown as it is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..services.statistics import UNASSIGNED, UNCATEGORISED

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
    "sticker": QT_TRANSLATE_NOOP("Labels", "STICKER"),
}

# Every action the audit log records (a test finds each code in the sources listed here),
# as the lead's audit log shows it; exports and the filter's value keep the code.
AUDIT_ACTION = {
    "login": QT_TRANSLATE_NOOP("Labels", "logged in to the desk"),
    "telegram_login": QT_TRANSLATE_NOOP("Labels", "logged in to Telegram"),
    "telegram_logout": QT_TRANSLATE_NOOP("Labels", "logged out of Telegram"),
    "role_changed": QT_TRANSLATE_NOOP("Labels", "changed a person's role"),
    "claim": QT_TRANSLATE_NOOP("Labels", "claimed a ticket"),
    "assign": QT_TRANSLATE_NOOP("Labels", "assigned a ticket"),
    "assign_refused": QT_TRANSLATE_NOOP("Labels", "claim or assignment refused"),
    "categorise": QT_TRANSLATE_NOOP("Labels", "set a category"),
    "close": QT_TRANSLATE_NOOP("Labels", "closed a ticket"),
    "reopen": QT_TRANSLATE_NOOP("Labels", "reopened a ticket"),
    "view_closed_ticket": QT_TRANSLATE_NOOP("Labels", "read a closed ticket"),
    "edit_sent": QT_TRANSLATE_NOOP("Labels", "edited a sent message"),
    "delete_sent": QT_TRANSLATE_NOOP("Labels", "deleted a sent message"),
    "edit_failed": QT_TRANSLATE_NOOP("Labels", "changed a refused message"),
    "canned_created": QT_TRANSLATE_NOOP("Labels", "created a canned reply"),
    "canned_edited": QT_TRANSLATE_NOOP("Labels", "edited a canned reply"),
    "canned_deleted": QT_TRANSLATE_NOOP("Labels", "deleted a canned reply"),
    "refused": QT_TRANSLATE_NOOP("Labels", "lead action refused"),
    "log_search": QT_TRANSLATE_NOOP("Labels", "searched the conversations"),
    "view_transcript": QT_TRANSLATE_NOOP("Labels", "opened a transcript"),
    "export_transcript": QT_TRANSLATE_NOOP("Labels", "exported transcripts"),
    "view_statistics": QT_TRANSLATE_NOOP("Labels", "viewed the statistics"),
    "export_statistics": QT_TRANSLATE_NOOP("Labels", "exported the statistics"),
    "view_audit": QT_TRANSLATE_NOOP("Labels", "viewed the audit log"),
    "export_audit": QT_TRANSLATE_NOOP("Labels", "exported the audit log"),
    "find_citizen": QT_TRANSLATE_NOOP("Labels", "looked up citizens"),
    "citizen_export": QT_TRANSLATE_NOOP("Labels", "exported a citizen's data"),
    "citizen_corrected": QT_TRANSLATE_NOOP("Labels", "corrected a citizen's data"),
    "erase_citizen": QT_TRANSLATE_NOOP("Labels", "erased a citizen's data"),
    "link_citizens": QT_TRANSLATE_NOOP("Labels", "linked two citizens as one person"),
    "unlink_citizens": QT_TRANSLATE_NOOP("Labels", "unlinked a citizen from the same person"),
    "erase_linked_citizens": QT_TRANSLATE_NOOP("Labels", "erased the citizens linked to a citizen"),
    "legal_hold": QT_TRANSLATE_NOOP("Labels", "put a ticket on legal hold"),
    "legal_hold_released": QT_TRANSLATE_NOOP("Labels", "released a legal hold"),
    "purge_preview": QT_TRANSLATE_NOOP("Labels", "previewed the purge"),
    "purge": QT_TRANSLATE_NOOP("Labels", "purged old conversations"),
    "left_group": QT_TRANSLATE_NOOP("Labels", "left a group"),
    "language_corrected": QT_TRANSLATE_NOOP("Labels", "corrected a citizen's language"),
    "category_chosen": QT_TRANSLATE_NOOP("Labels", "citizen chose a category"),
    "telegram_history_deleted": QT_TRANSLATE_NOOP("Labels", "deleted a chat on Telegram"),
    "telegram_history_refused": QT_TRANSLATE_NOOP("Labels", "chat deletion refused by Telegram"),
    "broadcast_created": QT_TRANSLATE_NOOP("Labels", "created a broadcast"),
    "broadcast_cancelled": QT_TRANSLATE_NOOP("Labels", "cancelled a broadcast"),
    "channel_posted": QT_TRANSLATE_NOOP("Labels", "posted to a channel"),
    "channel_post_refused": QT_TRANSLATE_NOOP("Labels", "channel post refused by Telegram"),
    "channel_post_edit": QT_TRANSLATE_NOOP("Labels", "edited a channel post"),
    "channel_post_delete": QT_TRANSLATE_NOOP("Labels", "deleted a channel post"),
}

# The statistics' rows without a category or an agent (their keys stay English in the CSV).
STATISTICS_KEY = {
    UNCATEGORISED: QT_TRANSLATE_NOOP("Labels", "(no category)"),
    UNASSIGNED: QT_TRANSLATE_NOOP("Labels", "(unassigned)"),
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


def audit_action(code: str) -> str:
    return _label(AUDIT_ACTION, code)


def statistics_key(key: str) -> str:
    """A category's or an agent's name as stored; the rows of neither in words."""
    return _label(STATISTICS_KEY, key)


# Why domain/files.py refused a file, as it words it for the records (stored with the
# attachment, audited in English): each shape, and the sentence the window shows for it.
# Sizes are written by ui/formats.py, file types by the previews' words ("a ZIP archive").
FILE_REFUSAL = (
    (re.compile(r"type \.(?P<ext>\S*) is not accepted"),
     QT_TRANSLATE_NOOP("Labels", "files of type .{ext} are not accepted")),
    (re.compile(r"(?P<size>\d+) bytes is over the (?P<limit>\d+) byte limit"),
     QT_TRANSLATE_NOOP("Labels", "{size} is over the {limit} limit")),
    (re.compile(r"the file is empty"), QT_TRANSLATE_NOOP("Labels", "the file is empty")),
    (re.compile(r"the file is over the size limit"), QT_TRANSLATE_NOOP("Labels", "the file is over the size limit")),
    (re.compile(r"content is unknown, not (?P<expected>\w+)"),
     QT_TRANSLATE_NOOP("Labels", "the content is not {expected}")),
    (re.compile(r"content is (?P<found>\w+), not (?P<expected>\w+)"),
     QT_TRANSLATE_NOOP("Labels", "the content is {found}, not {expected}")),
)


def file_refusal(reason: str) -> str:
    """The stored refusal reason in the window's language; one of another shape as it is."""
    from .formats import file_size
    from .previews.base import LOOKS_LIKE  # here: the previews package loads QtMultimedia

    def described(kind: str) -> str:
        return QCoreApplication.translate("Previews", LOOKS_LIKE[kind]) if kind in LOOKS_LIKE else kind

    for shape, words in FILE_REFUSAL:
        match = shape.fullmatch(reason.strip())
        if match is None:
            continue
        found = match.groupdict()
        values = {"ext": found.get("ext") or "?",
                  "size": file_size(int(found.get("size") or 0)), "limit": file_size(int(found.get("limit") or 0)),
                  "found": described(found.get("found", "")), "expected": described(found.get("expected", ""))}
        return QCoreApplication.translate("Labels", words).format(**values)
    return reason
