"""The lead's transcript, on screen and exported, in the window's language (issue 13
item 8); a citizen's own records follow the citizen's (tests/services/test_transcript_pdf_text.py)."""

from __future__ import annotations

import asyncio

import pytest

from deskclient.ui.i18n import install_translators, uninstall_translators, window_language
from deskclient.ui.lead_window import LeadWindow
from tests.services.test_transcript_pdf_text import pdf_text
from tests.waiting import until

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("language,words", [
    ("en", ("Ticket 2026-000001", "Citizen", "Opened", "(citizen)")),
    ("ca", ("Consulta 2026-000001", "Persona", "Obertura", "(persona)")),
    ("fr", ("Demande 2026-000001", "Usager", "Ouverture", "(usager)")),
])
def test_the_transcript_speaks_the_windows_language(qapp, qloop, qtbot, lead_scene, language, words, tmp_path):
    installed = install_translators(qapp, language)
    try:
        assert window_language() == language
        window = LeadWindow(lead_scene.lead, lead_scene.citizens, lead_scene.store.agents(), ["Payment problems"])
        qtbot.addWidget(window)
        window.show()
        qloop.run_until_complete(window.start_search())
        window.tickets_view.selectRow(0)
        window.open_transcript()
        qloop.run_until_complete(until(lambda: "2026-000001" in window.transcript_view.toPlainText()))
        shown = window.transcript_view.toPlainText()
        for word in words:
            assert word in shown, word

        exported = []
        window.show_message = exported.append
        window.export_selected("pdf")
        qloop.run_until_complete(until(lambda: exported))
        [export] = lead_scene.store.m.ExportFile.select()
        pdf = pdf_text((lead_scene.data_dir / "exports" / export.name).read_bytes(), tmp_path)
        for word in words:
            assert word in pdf, word
        window.close()  # its selection's follow-up timer stopped while the loop still runs
        qloop.run_until_complete(asyncio.sleep(0.05))
    finally:
        uninstall_translators(qapp, installed)
