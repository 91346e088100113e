"""Transcripts that hold up (issue 13 items 7 and 8): every script and emoji survives the
PDF, read back as text (pdftotext, from poppler-utils); a right-to-left override in a name
moves nothing after it; agents by name, labels in the reader's language; the CSV names
what was forwarded and quoted."""

from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
import sys
import textwrap
import unicodedata
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from deskclient.domain.messages import ForwardOrigin, InboundDeletion
from deskclient.domain.tickets import Role
from deskclient.logs import log_dir
from tests.services.lead_helpers import LeadDesk, citizen, closed_ticket, inbound, run, sqlite_only

# The example, one message a script.
SCRIPTS = {
    "Cyrillic": "Здравствуйте, моя подпись не работает",
    "Arabic": "مرحبا، أحتاج إلى مساعدة في طلبي",
    "Chinese": "你好，我的电子证书过期了",
    "Greek": "Καλημέρα, χρειάζομαι βοήθεια",
    "Czech": "Dobrý den, potřebuji pomoc s žádostí",
    "Catalan with emoji": "Gràcies 🙏😀",
}
RLO_NAME = "\u202eAnna Bot"


def pdf_text(data: bytes, tmp_path: Path) -> str:
    """The PDF's text as a reader copies it (poppler's pdftotext, in reading order), in
    Unicode's compatibility form (NFKC: an Arabic ligature spelt out, "，" as ",")."""
    if shutil.which("pdftotext") is None:
        pytest.fail("needs pdftotext: apt-get install poppler-utils (README, prerequisites)")
    path = tmp_path / "read-back.pdf"
    path.write_bytes(data)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True,
                          text=True, encoding="utf-8").stdout
    return unicodedata.normalize("NFKC", text)


def assert_reads(text: str, sentence: str, what: str) -> None:
    """Every word of `sentence` in `text`; the whole sentence too when it runs left to
    right (pdftotext may set a right-to-left sentence's clauses in another order)."""
    sentence = unicodedata.normalize("NFKC", sentence)
    for word in re.findall(r"\w+", sentence):
        assert word in text, f"{what}: {word}"
    if not any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in sentence):
        assert sentence in text, what


@pytest.fixture
def lead_desk(store, rules, clock, config):
    desk = LeadDesk(store, rules, clock, config, log_dir())
    yield desk
    desk.close()


@sqlite_only
def test_every_script_and_emoji_reads_back_from_the_pdf(qapp, store, rules, clock, lead_desk, tmp_path):
    ticket = closed_ticket(store, rules, clock, citizen(1, "Олена Шевченко"), texts=tuple(SCRIPTS.values()))
    path = run(lead_desk.lead.export_transcripts([ticket], "pdf"))
    data = path.read_bytes()
    text = pdf_text(data, tmp_path)
    for script, sentence in SCRIPTS.items():
        assert_reads(text, sentence, script)
    assert "Олена Шевченко" in text
    # Set in the fonts the app ships, embedded; an emoji is text, not a picture.
    for font in (b"NotoSansTranscript", b"NotoSansArabicTranscript", b"NotoSansSCTranscript",
                 b"NotoEmojiTranscript"):
        assert font in data, font
    assert b"/Subtype /Image" not in data


def test_the_pdf_is_the_same_on_a_workstation_without_fonts(tmp_path):
    """No system font at all (an empty fontconfig): the shipped ones still draw each script."""
    config = tmp_path / "fonts.conf"
    config.write_text("<?xml version='1.0'?><!DOCTYPE fontconfig SYSTEM 'fonts.dtd'>"
                      f"<fontconfig><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>")
    script = textwrap.dedent("""
        import sys
        from datetime import timezone
        from deskclient.services import exports
        from deskclient.services.pdf_fonts import transcript_families
        markup = "<p>" + "<br/>".join(sys.argv[2:]) + "</p>"
        exports._require_gui_app()
        assert transcript_families(), "no shipped font registered"
        open(sys.argv[1], "wb").write(exports.in_qt_thread(exports._render_pdf, markup, "t"))
    """)
    out = tmp_path / "bare.pdf"
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", script, str(out), *SCRIPTS.values()], env=env, check=True,
                   cwd=Path(__file__).resolve().parents[2], timeout=120)
    text = pdf_text(out.read_bytes(), tmp_path)
    for script_name, sentence in SCRIPTS.items():
        assert_reads(text, sentence, script_name)


@sqlite_only
def test_a_right_to_left_override_in_a_name_reverses_nothing_after_it(qapp, store, rules, clock, lead_desk,
                                                                      tmp_path):
    ticket = closed_ticket(store, rules, clock, citizen(1, RLO_NAME), texts=("Hola, bon dia",))
    data = run(lead_desk.lead.export_transcripts([ticket], "pdf")).read_bytes()
    text = pdf_text(data, tmp_path)
    # The name itself reads as its owner wrote it ("toB annA"); the label after it does not turn.
    assert "toB annA" in text
    assert "(citizen)" in text and ")nezitic(" not in text
    assert "Hola, bon dia" in text


@sqlite_only
def test_agents_by_name_and_a_catalan_citizens_records_in_catalan(qapp, store, rules, clock, lead_desk,
                                                                 tmp_path):
    anna = store.ensure_agent("anna", "Anna Ferrer", Role.AGENT)
    ticket = closed_ticket(store, rules, clock, citizen(501, "Marta Puig", language="ca"), agent=anna,
                           texts=("Bon dia, no puc signar el tràmit",), category="Payment problems",
                           reply="Ja està resolt, Marta.")
    citizen_id = store.ticket(ticket).citizen_id

    english = pdf_text(run(lead_desk.lead.export_transcripts([ticket], "pdf")).read_bytes(), tmp_path)
    assert "Anna Ferrer (anna)" in english  # the header: name and login
    assert "— Anna Ferrer (agent)" in english  # the reply: who wrote it
    assert "Opened" in english and "Record purged on" in english

    spanish = pdf_text(run(lead_desk.lead.export_transcripts([ticket], "pdf", "es")).read_bytes(), tmp_path)
    for words in ("Consulta 2026-000001", "Ciudadano", "Apertura", "Cierre", "Estado", "cerrada",
                  "— Anna Ferrer (agente)", "— Marta Puig (ciudadano)", "(automático)"):
        assert words in spanish, words

    archive_path = run(lead_desk.citizens.export(citizen_id))
    with zipfile.ZipFile(archive_path) as archive:
        catalan = pdf_text(archive.read("transcript.pdf"), tmp_path)
    for words in ("Consulta 2026-000001", "Persona", "Obertura", "Tancament", "Estat", "tancada",
                  "Primera resposta", "Supressió de les dades", "— Anna Ferrer (agent)",
                  "— Marta Puig (persona)", "(automàtic)", "Payment problems"):
        assert words in catalan, words
    for english_word in ("Opened", "Citizen", "Record purged on", "(automatic)"):
        assert english_word not in catalan, english_word


@sqlite_only
def test_the_csv_has_forward_and_reply_quote_columns(store, rules, clock, lead_desk):
    who = citizen(1, "Marta Puig")
    first = store.ingest(inbound(who, clock.now(), "Bon dia", channel_message_id=7001), rules)
    store.ingest(inbound(who, clock.now(), "Mireu aquest avís",
                         forward=ForwardOrigin("Agència Tributària")), rules)
    store.ingest(inbound(who, clock.now(), "Encara no ho tinc", reply_to_channel_message_id=7001,
                         reply_quote="Bon dia"), rules)
    path = run(lead_desk.lead.export_transcripts([first.ticket_id], "csv"))
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["kind"] == "in"]
    assert [(r["text"], r["forwarded_from"], r["reply_quote"]) for r in rows] == [
        ("Bon dia", "", ""), ("Mireu aquest avís", "Agència Tributària", ""),
        ("Encara no ho tinc", "", "Bon dia")]


@sqlite_only
def test_a_whatsapp_citizens_deleted_message_is_not_said_deleted_on_telegram(qapp, store, rules, clock, lead_desk,
                                                                           tmp_path):
    """Their access export (their own language) says who deleted what, on whichever
    channel they wrote: the citizen a message of theirs, an agent a reply."""
    whatsapp = "whatsapp:106540352242922"
    laura = citizen(34976112233, "Laura Gil", language="es")
    first = store.ingest(replace(inbound(laura, clock.now(), "Hola, me equivoqué de trámite", channel_message_id=71),
                                 account=whatsapp), rules)
    store.ingest(replace(inbound(laura, clock.now(), "Necesito el certificado", channel_message_id=72),
                         account=whatsapp), rules)
    store.apply_deletion(InboundDeletion(whatsapp, (71,), clock.now()))
    anna = store.ensure_agent("anna", "Anna Ferrer", Role.AGENT)
    reply = store.add_reply(first.ticket_id, "Le llamamos mañana", anna)
    store.record_own_deletion(reply, anna)

    with zipfile.ZipFile(run(lead_desk.citizens.export(store.ticket(first.ticket_id).citizen_id))) as archive:
        spanish = pdf_text(archive.read("transcript.pdf"), tmp_path)
    assert "Telegram" not in spanish
    assert spanish.count("Eliminado por el ciudadano") == 1 and spanish.count("se conserva en el registro") == 2
