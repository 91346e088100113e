"""Files the lead takes away: transcripts as PDF and CSV, tables as CSV, a citizen's ZIP.

Everything lands under `<data dir>/exports/` (0700, files 0600) with a neutral name
(`transcripts-20261123T100000Z-1a2b3c.pdf`: no ticket number or citizen in it), and is
registered in the store by the caller so that the purge can remove it.

PDFs are laid out by Qt (`QTextDocument` printed on a `QPdfWriter`), which needs a
`QGuiApplication` (offscreen is fine) and a thread with a Qt event dispatcher: from a
plain Python thread (asyncio's executors) the work is handed to a `QThread` and awaited.
They are set in the fonts the app ships (services/pdf_fonts.py), emoji included
(services/pdf_text.py), in the reader's language (services/transcript_labels.py); text a
citizen or an agent wrote is isolated (domain/bidi.py), so that a right-to-left override
in a name cannot reverse the words after it.
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
import secrets
import threading
import zipfile
from concurrent.futures import Future
from dataclasses import asdict, is_dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Callable, Iterable, Sequence, TypeVar

from ..domain.bidi import isolate
from ..store.lead_records import CitizenRecord, Transcript
from .pdf_fonts import transcript_font
from .pdf_text import emoji_codes
from .transcript_labels import TranscriptWords

T = TypeVar("T")

EXPORTS_DIR_NAME = "exports"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def exports_dir(data_dir: Path) -> Path:
    folder = data_dir / EXPORTS_DIR_NAME
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def new_export_path(folder: Path, kind: str, extension: str, now: datetime) -> Path:
    return folder / f"{kind}-{now:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}.{extension}"


def _private_open(path: Path, mode: str = "w", **kwargs):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    return os.fdopen(fd, mode, **kwargs)


# -- CSV ---------------------------------------------------------------------------------

def _cell(value) -> str:
    """A CSV cell a spreadsheet will not run: text starting like a formula gets a quote
    mark (citizens write what they like)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence]) -> int:
    """UTF-8 with a BOM (spreadsheets then read accents right); returns the row count."""
    count = 0
    with _private_open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        for row in rows:
            writer.writerow([_cell(v) for v in row])
            count += 1
    return count


TRANSCRIPT_CSV_HEADER = ("ticket", "ticket_opened", "ticket_closed", "agent", "category", "status",
                         "purge_date", "message_id", "time", "kind", "author", "text", "attachments",
                         "edited_at", "deleted_at", "earlier_texts", "forwarded_from", "reply_quote")


def transcript_csv_rows(transcripts: Iterable[Transcript], tz: tzinfo, retention_months: int = 6):
    for t in transcripts:
        h = t.ticket
        for msg in t.messages:
            yield (h.number, _local(h.opened_at, tz), _local(h.closed_at, tz), h.assignee_login or "",
                   h.category or "", h.status, _purge_text(t, tz, retention_months), msg.id, _local(msg.created_at, tz),
                   msg.kind, msg.author, msg.text,
                   "; ".join(f"{a.file_name} ({a.kind}, {a.size} bytes{'' if a.kept else ', refused'})"
                             for a in msg.attachments),
                   _local(msg.edited_at, tz), _local(msg.deleted_at, tz),
                   " | ".join(text for _, text in msg.earlier_texts), msg.forward_from or "",
                   msg.reply_quote or "")


def write_transcripts_csv(path: Path, transcripts: Iterable[Transcript], tz: tzinfo,
                          retention_months: int) -> int:
    return write_csv(path, TRANSCRIPT_CSV_HEADER, transcript_csv_rows(transcripts, tz, retention_months))


# -- PDF ---------------------------------------------------------------------------------

def _local(moment: datetime | None, tz: tzinfo) -> datetime | None:
    return moment.astimezone(tz).replace(microsecond=0) if moment is not None else None


def _when(moment: datetime | None, tz: tzinfo) -> str:
    return f"{moment.astimezone(tz):%Y-%m-%d %H:%M}" if moment is not None else "—"


def _purge_text(t: Transcript, tz: tzinfo, retention_months: int,
                words: TranscriptWords = TranscriptWords()) -> str:
    if t.ticket.hold_reason is not None:
        return words("on legal hold (kept until released)")
    if t.purge_date is not None:
        return f"{t.purge_date.astimezone(tz):%Y-%m-%d}"
    return words("{0} months after the ticket closes", retention_months)


def _escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br/>")


def _their(text: str | None) -> str:
    """What someone wrote (a name, a message, a file name): escaped and isolated."""
    return _escape(isolate(text))


def _agent(name: str | None, login: str | None) -> str:
    if name and login and name != login:
        return f"{name} ({login})"
    return name or login or "—"


def transcripts_html(transcripts: Sequence[Transcript], tz: tzinfo, retention_months: int,
                     language: str = "en") -> str:
    """The transcripts as rich text for a QTextDocument, in `language` (the window's, or
    the citizen's for their own records)."""
    w = TranscriptWords(language)
    kinds = {"in": w("citizen"), "out": w("agent"), "system": w("automatic"), "note": w("internal note")}
    parts = [f"<html><body style='font-size: 10pt' lang='{w.language}'>"]
    for index, t in enumerate(transcripts):
        h = t.ticket
        purge = _purge_text(t, tz, retention_months, w)
        brk = " style='page-break-before: always'" if index else ""
        parts.append(f"<h2{brk}>{html.escape(w('Ticket {0}', h.number))}</h2>")
        parts.append("<table cellspacing='0' cellpadding='2'>")
        first = _when(h.first_response_at, tz)
        for label, value in (
                (w("Citizen"), _their(h.citizen_name)), (w("Opened"), _escape(_when(h.opened_at, tz))),
                (w("Closed"), _escape(_when(h.closed_at, tz))),
                (w("Agent"), _their(_agent(t.assignee_name, h.assignee_login))),
                (w("Category"), _their(h.category or "—")), (w("Status"), _escape(w(h.status))),
                (w("First response"), _escape(w("{0} (SLA breached)", first) if h.breached else first)),
                (w("Record purged on"), _escape(purge))):
            parts.append(f"<tr><td><b>{html.escape(label)}</b></td><td>{value}</td></tr>")
        if h.hold_reason:
            parts.append(f"<tr><td><b>{html.escape(w('Legal hold'))}</b></td><td>{_their(h.hold_reason)}</td></tr>")
        parts.append("</table><hr/>")
        for msg in t.messages:
            label = kinds.get(msg.kind, msg.kind)
            who = f"{_their(msg.author)} " if msg.author and msg.kind != "system" else ""
            parts.append(f"<p><b>{_escape(_when(msg.created_at, tz))} — {who}</b><i>({html.escape(label)})</i>")
            if msg.forward_from:
                parts.append(f"<br/><i>{_escape(w('Forwarded from {0}', '{0}')).format(_their(msg.forward_from))}</i>")
            if msg.reply_quote:
                parts.append(f"<br/><i>{_escape(w('In reply to: “{0}”', '{0}')).format(_their(msg.reply_quote))}</i>")
            if msg.text:
                parts.append(f"<br/>{_their(msg.text)}")
            for a in msg.attachments:
                line = _escape(w("Attachment: {0} ({1}, {2} bytes)", "{0}", w.file_kind(a.kind), a.size))
                line = line.format(_their(a.file_name))
                if not a.kept:
                    line += " — " + _escape(w("refused: {0}", "{0}")).format(_their(a.refusal or ""))
                parts.append(f"<br/><i>{line}</i>")
            for replaced_at, earlier in msg.earlier_texts:
                until = _escape(w("Earlier text (until {0}):", _when(replaced_at, tz)))
                parts.append(f"<br/><i>{until}</i> {_their(earlier)}")
            if msg.edited_at:
                parts.append(f"<br/><i>{_escape(w('Edited {0}', _when(msg.edited_at, tz)))}</i>")
            if msg.deleted_at:  # the citizen's on their channel, or an agent's own reply
                deleted = w("Deleted by the citizen {0}; kept in the record" if msg.kind == "in"
                            else "Deleted {0}; kept in the record", _when(msg.deleted_at, tz))
                parts.append(f"<br/><i>{_escape(deleted)}</i>")
            parts.append("</p>")
    parts.append("</body></html>")
    return "".join(parts)


def _render_pdf(markup: str, title: str) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("deskclient")
    codes = emoji_codes()
    document = QTextDocument()
    document.setDefaultFont(transcript_font())
    document.setHtml(codes.to_private(markup))  # emoji as the shipped font's own codes
    document.print_(writer)
    del writer  # finishes the file
    buffer.close()
    return codes.restore(bytes(data.data()))  # ...named as the emoji again in the text layer


def _require_gui_app() -> None:
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        if threading.current_thread() is not threading.main_thread():
            raise RuntimeError("PDF export needs a QGuiApplication, made on the main thread")
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        global _app  # kept alive for the process (a command-line export)
        _app = QGuiApplication(["deskclient"])


_app = None


def in_qt_thread(fn: Callable[..., T], *args) -> T:
    """Run `fn` where Qt's text layout works: here if this thread has a Qt event
    dispatcher (the GUI thread), else in a short-lived QThread, waited for."""
    from PySide6.QtCore import QThread

    if QThread.currentThread().eventDispatcher() is not None:
        return fn(*args)
    future: Future = Future()

    class _Job(QThread):
        def run(self) -> None:  # noqa: D401 (Qt override)
            try:
                future.set_result(fn(*args))
            except BaseException as exc:  # handed to the waiting thread
                future.set_exception(exc)

    job = _Job()
    job.start()
    job.wait()
    return future.result()


def render_transcripts_pdf(transcripts: Sequence[Transcript], tz: tzinfo, retention_months: int,
                           title: str = "Transcripts", language: str = "en") -> bytes:
    _require_gui_app()
    markup = transcripts_html(transcripts, tz, retention_months, language)
    return in_qt_thread(_render_pdf, markup, TranscriptWords(language)(title))


def write_transcripts_pdf(path: Path, transcripts: Sequence[Transcript], tz: tzinfo,
                          retention_months: int, language: str = "en") -> None:
    data = render_transcripts_pdf(transcripts, tz, retention_months, language=language)
    with _private_open(path, "wb") as fh:
        fh.write(data)


# -- a citizen's records -----------------------------------------------------------------

def _jsonable(value):
    if is_dataclass(value):
        return {k: _jsonable(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


def write_citizen_zip(path: Path, citizen: CitizenRecord, transcripts: Sequence[Transcript],
                      access_log: Sequence, file_of: Callable[[object], Path | None], tz: tzinfo,
                      retention_months: int, produced_at: datetime, language: str = "en",
                      linked: Sequence[CitizenRecord] = ()) -> int:
    """Everything held about one citizen: `records.json` (who, the citizens a lead linked
    to them, tickets, messages, edits, files' metadata, who accessed the records),
    `transcript.pdf`, and the kept files under `files/<ticket number>/`.
    `file_of(attachment)` gives a kept file's local path (services/file_store.py; team
    mode fetches it from the shared store), or None when this workstation cannot have it.
    The PDF is in `language` (the citizen's). Returns the number of files included."""
    records = {
        "produced_at": produced_at.isoformat(),
        "citizen": _jsonable(citizen),
        "linked_citizens": [_jsonable(c) for c in linked],
        "tickets": [_jsonable(t) for t in transcripts],
        "access_log": [_jsonable(e) for e in access_log],
    }
    pdf = render_transcripts_pdf(transcripts, tz, retention_months, title="Your records", language=language)
    included = 0
    with _private_open(path, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("records.json", json.dumps(records, ensure_ascii=False, indent=2))
        archive.writestr("transcript.pdf", pdf)
        for t in transcripts:
            for msg in t.messages:
                for a in msg.attachments:
                    if not a.kept or not a.stored_path:
                        continue
                    source = file_of(a)
                    if source is not None and source.is_file():
                        archive.write(source, f"files/{t.ticket.number}/{Path(a.stored_path).name}")
                        included += 1
    return included


def csv_text(header: Sequence[str], rows: Iterable[Sequence]) -> str:
    """The same CSV in memory (tests, small tables)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return out.getvalue()
