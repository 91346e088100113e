"""The team lead's window, the purge in the status bar and the file previews in Spanish,
Catalan, Basque, French and Italian, as a lead or an agent sees them; and the catalogues
cover every UI module, complete, with the placeholders and accelerators of the source."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QPushButton

from deskclient.resources import resources_dir
from deskclient.ui.i18n import install_translators, uninstall_translators
from deskclient.ui.lead_window import LeadWindow, install_lead_menu
from deskclient.ui.previews import open_preview  # imports QtMultimedia: its warnings come before any test
from deskclient.ui.purge_indicator import PurgeIndicator
from tests.ui import hostile_files

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]

LEAD_WINDOW = {
    "es": dict(tabs=["&Revisión de conversaciones", "&Estadísticas", "Registro de &auditoría",
                     "Conser&vación y ciudadanía"],
               buttons={"Buscar", "Abrir &transcripción", "Exportar &PDF", "&Previsualizar la purga"},
               headers=["Consulta", "Apertura", "Cierre", "Ciudadano"], status="cerrada", count="1 consulta",
               sla="a tiempo", audit_header="Acción", menu="Herramientas de &coordinación…"),
    "ca": dict(tabs=["&Revisió de converses", "&Estadístiques", "Registre d'&auditoria",
                     "Conser&vació i ciutadania"],
               buttons={"Cerca", "Obre la &transcripció", "Exporta en &PDF", "&Previsualitza la purga"},
               headers=["Consulta", "Obertura", "Tancament", "Persona"], status="tancada", count="1 consulta",
               sla="a temps", audit_header="Acció", menu="Eines de &coordinació…"),
    "eu": dict(tabs=["&Elkarrizketen berrikuspena", "E&statistikak", "&Auditoria-erregistroa",
                     "&Kontserbazioa eta herritarrak"],
               buttons={"Bilatu", "Ireki &transkripzioa", "Esportatu &PDFra", "Garbiketaren &aurrebista"},
               headers=["Kontsulta", "Irekiera", "Itxiera", "Herritarra"], status="itxita", count="1 kontsulta",
               sla="garaiz", audit_header="Ekintza", menu="&Koordinazio-tresnak…"),
    "fr": dict(tabs=["&Revue des conversations", "&Statistiques", "&Journal d'audit", "&Conservation et usagers"],
               buttons={"Rechercher", "Ouvrir la &transcription", "Exporter en &PDF", "&Prévisualiser la purge"},
               headers=["Demande", "Ouverture", "Clôture", "Usager"], status="fermée", count="1 demande",
               sla="dans les délais", audit_header="Action", menu="Outils de &coordination…"),
    "it": dict(tabs=["&Revisione delle conversazioni", "&Statistiche", "Registro di &audit",
                     "&Conservazione e cittadini"],
               buttons={"Cerca", "Apri la &trascrizione", "Esporta in &PDF", "&Anteprima dell'eliminazione"},
               headers=["Richiesta", "Apertura", "Chiusura", "Cittadino"], status="chiusa", count="1 richiesta",
               sla="nei termini", audit_header="Azione", menu="Strumenti di &coordinamento…"),
}
TRANSLATED = ["es", "ca", "eu", "fr", "it"]


@pytest.fixture
def speaking(qapp):
    """Install a language's catalogues for one test; English again afterwards."""
    installed = []

    def install(language: str) -> None:
        installed.extend(install_translators(qapp, language))
        assert installed, f"no catalogue for {language}"

    yield install
    uninstall_translators(qapp, installed)


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_lead_window_speaks_the_chosen_language(qloop, qtbot, lead_scene, speaking, language):
    speaking(language)
    want = LEAD_WINDOW[language]
    window = LeadWindow(lead_scene.lead, lead_scene.citizens, lead_scene.store.agents(), ["Payment problems"])
    qtbot.addWidget(window)
    window.show()

    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == want["tabs"]
    assert want["buttons"] <= {b.text() for b in window.findChildren(QPushButton)}
    header = window.tickets_view.horizontalHeader()
    assert [header.model().headerData(i, Qt.Orientation.Horizontal) for i in range(4)] == want["headers"]
    assert window.audit_model.headerData(1, Qt.Orientation.Horizontal) == want["audit_header"]

    # The status filter shows words in the lead's language and still filters by the stored code.
    window.status_box.setCurrentIndex(window.status_box.findData("closed"))
    assert window.status_box.currentText() == want["status"]
    qloop.run_until_complete(window.start_search())
    assert window.result_count.text() == want["count"]
    row = window.tickets_model
    assert row.index(0, 6).data() == want["status"] and row.index(0, 7).data() == want["sla"]
    assert row.index(0, 5).data() == "Payment problems"  # a category is data: as configured


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform
def test_the_lead_menu_speaks_the_chosen_language(qtbot, lead_scene, config, speaking):
    speaking("ca")
    window = QMainWindow()
    qtbot.addWidget(window)
    desk = SimpleNamespace(lead=lead_scene.lead, citizens=lead_scene.citizens, store=lead_scene.store,
                           config=config)
    action = install_lead_menu(window, desk)
    assert action.text() == LEAD_WINDOW["ca"]["menu"]
    assert [a.text() for a in window.menuBar().actions()] == ["Coor&dinació"]


@pytest.mark.parametrize("language,running,progress,done", [
    ("en", "Retention purge", "1 of 3 tickets",
     "Retention purge done: tickets past the retention period deleted: 3"),
    ("es", "Purga por caducidad", "1 de 3 consultas",
     "Purga por caducidad terminada: consultas eliminadas por superar el plazo de conservación: 3"),
    ("ca", "Purga per caducitat", "1 de 3 consultes",
     "Purga per caducitat acabada: consultes suprimides per haver superat el termini de conservació: 3"),
    ("eu", "Iraungitzeagatiko garbiketa", "1 / 3 kontsulta",
     "Iraungitzeagatiko garbiketa amaituta: kontserbazio-epea gainditu eta ezabatutako kontsultak: 3"),
    ("fr", "Purge à échéance", "1 sur 3 demandes",
     "Purge à échéance terminée : demandes supprimées car leur durée de conservation était dépassée : 3"),
    ("it", "Eliminazione per scadenza", "1 di 3 richieste",
     "Eliminazione per scadenza completata: richieste eliminate perché oltre il periodo di conservazione: 3"),
])
def test_the_purge_in_the_status_bar_speaks_the_chosen_language(qtbot, speaking, language, running,
                                                                   progress, done):
    if language != "en":
        speaking(language)
    window = QMainWindow()
    qtbot.addWidget(window)
    indicator = PurgeIndicator(window.statusBar(), window)
    window.statusBar().addPermanentWidget(indicator)
    window.show()

    indicator.on_progress("tickets", 1, 3)
    assert indicator.isVisible() and indicator.label.text() == running
    assert indicator.bar.text() == progress
    indicator.on_progress("done", 3, 3)
    assert not indicator.isVisible() and window.statusBar().currentMessage() == done


@pytest.mark.parametrize("language,empty,disguised", [
    ("es", "El fichero está vacío.", "Este fichero no es una imagen JPEG (parece un archivo ZIP)."),
    ("ca", "El fitxer és buit.", "Aquest fitxer no és una imatge JPEG (sembla un arxiu ZIP)."),
    ("eu", "Fitxategia hutsik dago.", "Fitxategi hau ez da JPEG irudi bat (ZIP artxibo bat dirudi)."),
    ("fr", "Le fichier est vide.", "Ce fichier n'est pas une image JPEG (on dirait une archive ZIP)."),
    ("it", "Il file è vuoto.", "Questo file non è un'immagine JPEG (sembra un archivio ZIP)."),
])
def test_a_preview_says_why_not_in_the_chosen_language(qtbot, tmp_path, speaking, language, empty, disguised):
    speaking(language)
    preview = open_preview(hostile_files.empty_file(tmp_path, "buit.pdf"), "pdf")
    qtbot.addWidget(preview)
    assert preview.error == empty
    preview = open_preview(hostile_files.disguised_zip(tmp_path, "foto.jpg"), "image")
    qtbot.addWidget(preview)
    assert preview.error == disguised
    assert preview.save_as_action.text() == {"es": "Guardar como…", "ca": "Desa com a…", "eu": "Gorde honela…",
                                             "fr": "Enregistrer sous…", "it": "Salva come…"}[language]


def _uses_translation(path: Path) -> bool:
    """A literal handed to Qt's translation (ui/sentences.py only passes others' on)."""
    return re.search(r"\b(tr|translate|QT_TRANSLATE_NOOP|QT_TR_NOOP)\(\s*[\"']", path.read_text(encoding="utf-8")) is not None


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_ui_module_is_in_the_catalogue_and_translated(language):
    """A module left out of the lupdate run would stay English whatever the language."""
    catalogue = ET.parse(resources_dir() / "i18n" / f"deskclient_{language}.ts").getroot()
    located = {(resources_dir() / "i18n" / loc.get("filename")).resolve()
               for loc in catalogue.iter("location")}
    modules = [p.resolve() for p in sorted((ROOT / "deskclient" / "ui").rglob("*.py")) if _uses_translation(p)]
    assert modules and [p for p in modules if p not in located] == []
    unfinished = [m.find("source").text for m in catalogue.iter("message")
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")]
    assert unfinished == []


PLACEHOLDER = re.compile(r"\{\w+\}|%\d|%[nvm]")


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_placeholders_and_accelerators(language):
    """A lost {0} or %1 drops a number from the sentence; a lost & an Alt shortcut."""
    catalogue = ET.parse(resources_dir() / "i18n" / f"deskclient_{language}.ts").getroot()
    wrong = []
    for message in catalogue.iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        texts = [form.text for form in translation.iter("numerusform")] or [translation.text]
        for text in texts:
            text = text or ""
            if "%n" not in source or message.get("numerus") != "yes":
                if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                    wrong.append((source, text))
            if "<" not in source and source.count("&") != text.count("&"):
                wrong.append((source, text))
    assert wrong == []
