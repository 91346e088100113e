"""The window in English, Spanish, Catalan, Basque, French and Italian through Qt's
translation system."""

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox

from deskclient.app import build_desk
from deskclient.net.demo import DemoNetwork
from deskclient.ui.bridge import EventBridge
from deskclient.ui.i18n import choose_language, install_translators, uninstall_translators, window_locale
from deskclient.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_language_follows_the_system_unless_configured():
    assert choose_language("", QLocale("ca_ES")) == "ca"
    assert choose_language("", QLocale("es_ES")) == "es"
    assert choose_language("", QLocale("de_DE")) == "en"
    assert choose_language("es", QLocale("ca_ES")) == "es"
    assert choose_language("", QLocale("eu_ES")) == "eu"
    assert choose_language("", QLocale("fr_BE")) == "fr"
    assert choose_language("", QLocale("it_IT")) == "it"
    assert choose_language("eu", QLocale("es_ES")) == "eu"


def test_the_locale_follows_the_language():
    """Dates and numbers in the words' language: the system's locale when it speaks it."""
    assert window_locale("fr", QLocale("fr_BE")).name() == "fr_BE"
    assert window_locale("eu", QLocale("es_ES")).name() == "eu_ES"
    assert window_locale("en", QLocale("de_DE")).name() == "en_GB"


@pytest.mark.parametrize("language,send,close,header", [
    ("en", "Send", "Clo&se ticket", "Citizen"),
    ("es", "Enviar", "Ce&rrar consulta", "Ciudadano"),
    ("ca", "Envia", "Tan&ca la consulta", "Persona"),
    ("eu", "Bidali", "&Itxi kontsulta", "Herritarra"),
    ("fr", "Envoyer", "&Fermer la demande", "Usager"),
    ("it", "Invia", "&Chiudi la richiesta", "Cittadino"),
])
def test_window_speaks_the_chosen_language(qtbot, qapp, qloop, config, clock, language, send, close, header):
    translators = install_translators(qapp, language)

    async def scenario():
        network = DemoNetwork(pace=0, templates=config["templates"], clock=clock)
        desk = build_desk(config, lambda c: network.gateway(config, c), clock=clock)
        window = MainWindow(desk.desk, EventBridge(desk.bus), desk.gateway.label)
        qtbot.addWidget(window)
        try:
            assert window.composer.send_button.text() == send
            assert window.ticket.close_button.text() == close
            assert window.queue.proxy.headerData(1, Qt.Orientation.Horizontal) == header
        finally:
            window.shutdown()
            await desk.stop()

    try:
        qloop.run_until_complete(scenario())
    finally:
        uninstall_translators(qapp, translators)


@pytest.mark.parametrize("language,close", [("eu", "Itxi"), ("fr", "Fermer"), ("it", "Chiudi")])
def test_qts_own_buttons_speak_the_chosen_language(qtbot, qapp, language, close):
    """Qt ships no Basque catalogue: ours carries the few texts of Qt's the window shows."""
    translators = install_translators(qapp, language)
    try:
        box = QMessageBox(QMessageBox.Icon.Information, "", "", QMessageBox.StandardButton.Close)
        qtbot.addWidget(box)
        assert box.button(QMessageBox.StandardButton.Close).text() == close
    finally:
        uninstall_translators(qapp, translators)
