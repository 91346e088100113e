"""A purge's or an erasure's report as the lead's window shows it: in the window's
language, its dates in the desk's time zone (PurgeReport.describe() stays the terse
English line of the audit log and the command line; its problems, English sentences, are
said here in the window's language)."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..services.purge import PurgeReport
from .formats import day, full_moment, number
from .sentences import reason_text

# What one purge counts, in the order shown (PurgeCounts' fields).
COUNTED = (
    ("tickets", QT_TRANSLATE_NOOP("PurgeReport", "tickets")),
    ("messages", QT_TRANSLATE_NOOP("PurgeReport", "messages")),
    ("edits", QT_TRANSLATE_NOOP("PurgeReport", "earlier texts of edited messages")),
    ("attachments", QT_TRANSLATE_NOOP("PurgeReport", "attachments")),
    ("citizens", QT_TRANSLATE_NOOP("PurgeReport", "citizens")),
    ("files", QT_TRANSLATE_NOOP("PurgeReport", "files")),
    ("thumbnails", QT_TRANSLATE_NOOP("PurgeReport", "thumbnails")),
    ("exports", QT_TRANSLATE_NOOP("PurgeReport", "exports")),
    ("logs", QT_TRANSLATE_NOOP("PurgeReport", "log files")),
    ("session_entities", QT_TRANSLATE_NOOP("PurgeReport", "contacts in the Telegram session")),
    ("telegram_chats", QT_TRANSLATE_NOOP("PurgeReport", "chat histories on Telegram")),
    ("copies", QT_TRANSLATE_NOOP("PurgeReport", "copies of the database made before an upgrade")),
)


def purge_report_text(report: PurgeReport, tz: tzinfo) -> str:
    """A headline, the counts, the dates the deleted tickets closed on, and any notes."""
    cutoff = full_moment(report.cutoff, tz)
    if report.cutoff is None:
        headline = QCoreApplication.translate("PurgeReport", "Erased:")
    elif report.dry_run:
        headline = QCoreApplication.translate(
            "PurgeReport", "Preview: the purge would delete what closed before {0}:").format(cutoff)
    else:
        headline = QCoreApplication.translate(
            "PurgeReport", "Purged: deleted what closed before {0}:").format(cutoff)
    counts = report.counts
    pair = QCoreApplication.translate("PurgeReport", "{0}: {1}")  # French: "{0} : {1}"
    counted = (pair.format(QCoreApplication.translate("PurgeReport", words), number(getattr(counts, name, 0)))
               for name, words in COUNTED)
    lines = [headline, " · ".join(counted)]
    if counts.closed_from is not None and counts.closed_to is not None:
        lines.append(QCoreApplication.translate("PurgeReport", "The tickets closed between {0} and {1}.").format(
            day(counts.closed_from, tz), day(counts.closed_to, tz)))
    if report.database_skipped:
        lines.append(QCoreApplication.translate(
            "PurgeReport", "Another workstation was purging the database: only this computer's files were purged."))
    if report.stopped:
        lines.append(QCoreApplication.translate(
            "PurgeReport", "Stopped early as the window closed; the next purge goes on."))
    return "\n".join(lines + [reason_text(problem) for problem in report.problems])
