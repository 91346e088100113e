"""The window in English, Spanish and Catalan through Qt's translation system."""

import pytest
from PySide6.QtCore import QLocale, Qt

from deskclient.app import build_desk
from deskclient.net.demo import DemoNetwork
from deskclient.ui.bridge import EventBridge
from deskclient.ui.i18n import choose_language, install_translators
from deskclient.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_language_follows_the_system_unless_configured():
    assert choose_language("", QLocale("ca_ES")) == "ca"
    assert choose_language("", QLocale("es_ES")) == "es"
    assert choose_language("", QLocale("de_DE")) == "en"
    assert choose_language("es", QLocale("ca_ES")) == "es"


@pytest.mark.parametrize("language,send,close,header", [
    ("en", "Send", "Clo&se ticket", "Citizen"),
    ("es", "Enviar", "Ce&rrar consulta", "Ciudadano"),
    ("ca", "Envia", "Tan&ca la consulta", "Persona"),
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
        for translator in translators:
            qapp.removeTranslator(translator)
