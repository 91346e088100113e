"""No English left in a translated window (issue 14 item 7), for what the services say:
a refusal raised by the desk's service, why Telegram refused a message (kept in English
in the records, said in the window's language on its bubble), a purge's problems, and
Qt's own dialogs in Basque."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QToolButton, QTreeView

from deskclient.errors import GAVE_UP_AFTER, REFUSED_WITH_CODE, Reason, TicketConflict, UserFacingError
from deskclient.resources import resources_dir
from deskclient.services.steady import SteadyFiling
from deskclient.store.faults import LOCKED, StoreFault
from deskclient.ui.i18n import install_translators, uninstall_translators
from deskclient.ui.sentences import reason_text
from tests.ui.test_agent_desktop import MARTA, open_desk, ticket_shown
from tests.ui.test_citizen_panel_and_seen import rows
from tests.waiting import until

pytestmark = pytest.mark.gui

TOO_LONG = {
    "eu": "Erantzunak 4.097 karaktere ditu; Telegramek 4.096 onartzen ditu gehienez. Zatitu bitan.",
    "fr": "La réponse fait 4\u202f097 caractères ; Telegram en accepte 4\u202f096 au plus. Coupez-la en deux.",
    "it": "La risposta è lunga 4.097 caratteri; Telegram ne accetta al massimo 4.096. Dividerla in due.",
}
BLOCKED = {
    "eu": "herritarrak zerbitzuaren kontua blokeatu du",
    "fr": "l'usager a bloqué le compte du service",
    "it": "il cittadino ha bloccato l'account del servizio",
}


@pytest.fixture
def speaking(qapp):
    installed = []
    yield lambda language: installed.extend(install_translators(qapp, language))
    uninstall_translators(qapp, installed)


@pytest.mark.parametrize("language", ["eu", "fr", "it"])
def test_the_services_refusal_and_telegrams_reason_in_the_windows_language(qtbot, qloop, config, clock, speaking,
                                                                           language):
    """The reply refused by DeskService, and Telegram's USER_IS_BLOCKED through the real
    gateway: both read in the window's language; the record keeps the English."""
    speaking(language)

    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        network.citizens[MARTA].thanks.clear()
        try:
            network.says(MARTA, "Kaixo")
            ticket = await ticket_shown(window, network, MARTA)
            composer = window.ticket.composer
            composer.edit.setPlainText("x" * 4097)
            composer.send_button.click()
            await until(lambda: composer.error_label.text() != "")
            assert composer.error_label.text() == TOO_LONG[language]

            network.server.user_blocks(network.citizens[MARTA].user, network.account)
            await desk.desk.reply(ticket.id, "Egun on, Marta")
            await until(lambda: any(m.kind == "out" and m.delivery == "failed" for m in rows(window.thread_model)))
            [failed] = [m for m in rows(window.thread_model) if m.kind == "out"]
            assert failed.failure == "the citizen has blocked the service account"  # the record
            bubble = window.ticket.view.bubbles.document(failed, 400).toPlainText()
            assert BLOCKED[language] in bubble and "blocked" not in bubble
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


@pytest.mark.parametrize("language,expected", [
    ("eu", ["{number} kontsulta ixten ari da dagoeneko.".format(number="2026-000007"),
            "Telegramek mezua baztertu du (INTERNAL); 3 saiakeraren ondoren utzi da",
            "Koordinazioak bakarrik egin dezake hau: estatistikak ikusi."]),
    ("fr", ["La demande 2026-000007 est déjà en cours de fermeture.",
            "Telegram a refusé le message (INTERNAL) ; abandonné après 3 essais",
            "Seule la coordination peut voir les statistiques."]),
    ("it", ["La richiesta 2026-000007 è già in chiusura.",
            "Telegram ha rifiutato il messaggio (INTERNAL); abbandonato dopo 3 tentativi",
            "Solo il coordinamento può vedere le statistiche."]),
])
def test_sentences_and_stored_reasons_are_said_with_their_parts(speaking, language, expected):
    conflict = TicketConflict("Ticket {number} is already closing.", number="2026-000007")
    assert str(conflict) == "Ticket 2026-000007 is already closing."  # no window language yet: English
    stored = GAVE_UP_AFTER.format(reason=REFUSED_WITH_CODE.format(code="INTERNAL"), tries=3)
    lead_only = UserFacingError("Only a team lead can {what}.", what=Reason("see the statistics"))
    speaking(language)
    assert [str(conflict), reason_text(stored), str(lead_only)] == expected
    assert conflict.english == "Ticket 2026-000007 is already closing."  # logs and the audit keep English
    assert reason_text("something Telegram never said") == "something Telegram never said"


@pytest.mark.parametrize("language,problem", [
    ("eu", "Ezin izan da Telegram saioaren cachea orain garbitu (erabiltzen ari da); hurrengo garbiketak egingo du."),
    ("fr", "Le cache de la session Telegram n'a pas pu être nettoyé maintenant (utilisé) ; la prochaine purge le "
           "fera."),
    ("it", "Non è stato possibile pulire ora la cache della sessione Telegram (in uso); lo farà la prossima "
           "eliminazione."),
])
def test_a_purges_problem_reads_in_the_windows_language(qloop, qtbot, lead_scene, config, speaking, language,
                                                         problem):
    """A real purge from the lead's window whose Telegram session file cannot be cleaned
    (not a database Telethon could read): the report's problem in the window's language."""
    from deskclient.net.client_factory import session_path
    from deskclient.ui.lead_window import LeadWindow

    session_path(config.data_dir).write_bytes(b"not a session " * 100)
    speaking(language)
    window = LeadWindow(lead_scene.lead, lead_scene.citizens, lead_scene.store.agents(), ["Payment problems"])
    qtbot.addWidget(window)
    report = qloop.run_until_complete(window._purge(dry_run=False))
    assert report.counts.tickets == 1
    assert report.problems == ["The Telegram session's cache could not be cleaned now (in use); the next purge will."]
    assert window.purge_result.text().splitlines()[-1] == problem

@pytest.mark.parametrize("language,problem,back", [
    ("eu", "Datu-baseak idazketak baztertzen ditu (blokeatuta). Itzultzen denean erregistratzeko zain dauden "
           "herritarren mezuak: 1.", "Datu-basea itzuli da: zain zeuden mezuak erregistratu dira."),
    ("fr", "La base de données refuse les écritures (verrouillée). Messages d'usagers en attente d'enregistrement "
           "à son retour : 1.", "La base de données est de retour : les messages en attente ont été enregistrés."),
    ("it", "Il database rifiuta le scritture (bloccato). Messaggi dei cittadini in attesa di registrazione al suo "
           "ritorno: 1.", "Il database è tornato: i messaggi in attesa sono stati registrati."),
])
def test_the_status_bars_database_problem_in_the_windows_language(qtbot, qloop, config, clock, speaking, language,
                                                                   problem, back):
    """Filing waits out a locked database (services/steady.py): the lasting problem and its
    end, told on the bus in English, read in the window's language."""
    speaking(language)

    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        shown = []
        window.statusBar().messageChanged.connect(shown.append)
        faults = [StoreFault(LOCKED) for _ in range(3)]

        async def filing():
            if faults:
                raise faults.pop()

        try:
            await SteadyFiling(desk.bus, first_delay=0.1).run(filing)
            await until(lambda: back in shown)
            assert problem in shown
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


QT_DIALOG = {  # Qt's own words: a dialog's buttons, the file dialog, a text field's menu
    "eu": ("Utzi", "&Ireki", "Fitxategi-&izena:", "&Kopiatu"),
    "fr": ("Annuler", "&Ouvrir", "&Nom de fichier\u00a0:", "Cop&ier"),
    "it": ("Annulla", "&Apri", "&Nome del file:", "&Copia"),
}


@pytest.mark.parametrize("language", ["eu", "fr", "it"])
def test_qts_own_dialogs_speak_the_windows_language(qtbot, speaking, language):
    """Qt ships French and Italian; Basque comes from our own catalogue of Qt's words."""
    cancel, open_, file_name, copy = QT_DIALOG[language]
    speaking(language)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel

    dialog = QFileDialog(None, "", str(resources_dir()))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    buttons_text = {b.text() for b in dialog.findChildren(QDialogButtonBox)[0].buttons()}
    tips = {b.toolTip() for b in dialog.findChildren(QToolButton)}
    headers = {dialog.findChild(QTreeView).model().headerData(c, Qt.Orientation.Horizontal) for c in range(4)}
    assert {open_, cancel} <= buttons_text and file_name in labels
    english = {"&Open", "Cancel", "File &name:", "&Look in:", "Files of &type:", "Back", "Forward", "Parent Directory",
               "Create New Folder", "List View", "Detail View", "Name", "Size", "Date Modified"}  # "Type" is French too
    assert not english & (labels | buttons_text | tips | headers)

    field = QLineEdit()
    qtbot.addWidget(field)
    field.setText("Kaixo")
    menu = field.createStandardContextMenu()
    assert copy in [re.sub(r"\t.*", "", action.text()) for action in menu.actions()]


@pytest.mark.parametrize("language", ["eu", "fr", "it"])
def test_our_catalogue_of_qts_words_keeps_qts_placeholders_and_accelerators(language):
    catalogue = ET.parse(resources_dir() / "i18n" / f"qtbase_{language}.ts").getroot()
    wrong = []
    for message in catalogue.iter("message"):
        source, text = message.find("source").text, message.find("translation").text
        placeholders = sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", text))
        if not placeholders or source.count("&") != text.count("&"):
            wrong.append((source, text))
    assert wrong == []


def test_the_services_sentences_are_templates_not_f_strings():
    """A sentence raised as an f-string reaches the catalogue as its code ("{exc.strerror}"),
    which no translation can fill: every value is a plain {name} handed beside it."""
    catalogue = ET.parse(resources_dir() / "i18n" / "deskclient_es.ts").getroot()
    [said] = [c for c in catalogue.iter("context") if not c.find("name").text]
    sources = [m.find("source").text for m in said.iter("message")]
    assert len(sources) > 100
    assert [s for s in sources if re.search(r"\{(?!\w+\})", s)] == []
