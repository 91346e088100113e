"""Screenshots of canned replies (issue 15 item 7), for docs/make_screenshots.py: the lead's
manager and an agent typing `/ho` in the composer, the completion list open.

    QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py canned
    QT_QPA_PLATFORM=offscreen python docs/canned_screenshots.py    (the same, alone)

Writes docs/canned-manager.png and docs/canned-completion.png. A lead (the window's
agent, by the system config) writes four replies, two of them in Spanish and Catalan;
Javier, who writes in Spanish, asks for the opening hours.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_API", "pyside6")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtGui import QPainter  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from deskclient.app import build_desk  # noqa: E402
from deskclient.config import load_config  # noqa: E402
from deskclient.net.demo import DemoNetwork  # noqa: E402
from deskclient.ui.bridge import EventBridge  # noqa: E402
from deskclient.ui.main_window import MainWindow  # noqa: E402

OUT = Path(__file__).resolve().parent
REPLIES = [  # title, shortcut, {language: text}
    ("Horario de atención", "horario", {
        "es": "Hola {citizen_name}: atendemos de lunes a viernes de 8 a 22 h. Le atiende {agent_name} "
              "(consulta {ticket_number}).",
        "ca": "Hola {citizen_name}: atenem de dilluns a divendres de 8 a 22 h. Us atén {agent_name} "
              "(consulta {ticket_number})."}),
    ("Hoja de reclamación", "hoja", {
        "es": "Puede presentar una hoja de reclamación en la sede electrónica: https://seu.example.cat/queixes"}),
    ("Justificante de pago", "justificante", {
        "es": "El justificante se descarga en «Mis trámites» › «Pagos», una vez confirmado el pago.",
        "ca": "El justificant es descarrega a «Els meus tràmits» › «Pagaments», un cop confirmat el pagament."}),
    ("Certificado digital caducado", "certificado", {
        "es": "Con el certificado caducado puede identificarse con Cl@ve o pedir uno nuevo."}),
]


def lead_config(tmp: str):
    """agent.name and agent.role only come from the system config (IT's): a scratch one."""
    system = Path(tmp) / "xdg-system" / "deskclient"
    system.mkdir(parents=True)
    (system / "config.toml").write_text('[agent]\nname = "lia"\nrole = "lead"\n')
    os.environ["XDG_CONFIG_DIRS"] = str(system.parent)
    os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "xdg-config")  # no remembered layout
    return load_config(overrides={"paths.data_dir": str(Path(tmp) / "data"), "retention.purge_in_app": False})


async def until(condition, timeout: float = 20.0, what: str = "") -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(f"screenshot scene: {what or condition} did not happen")
        await asyncio.sleep(0.05)


async def shoot_canned(app: QApplication) -> list[Path]:
    with tempfile.TemporaryDirectory() as tmp:
        config = lead_config(tmp)
        demo = DemoNetwork(pace=0.01, answer_delay=60, templates=config["templates"])
        desk = build_desk(config, lambda c: demo.gateway(config, c))
        window = MainWindow(desk.desk, EventBridge(desk.bus), desk.gateway.label)
        window.resize(1180, 720)
        window.show()
        await desk.start()
        await desk.gateway.wait_online()
        try:
            for title, shortcut, bodies in REPLIES:
                for language, text in bodies.items():
                    await desk.desk.save_canned(title, language, text, shortcut)
            demo.says(1002, "Buenas tardes, ¿hasta qué hora atienden hoy por aquí?")
            account = str(demo.account.id)
            await until(lambda: desk.store.active_ticket_for(account, 1002) is not None, what="the ticket")
            javier = desk.store.active_ticket_for(account, 1002)
            await until(lambda: window.select_ticket(javier.id), what="the ticket in the queue")
            await until(lambda: window.thread_model.rowCount() >= 2, what="the opening message")

            manager = window.ticket.manage_canned()
            manager.resize(820, 440)
            manager.reload("Horario de atención")
            manager.language_combo.setCurrentIndex(manager.language_combo.findData("es"))
            await asyncio.sleep(0.3)  # the loop paints (no processEvents inside a task)
            manager_png = OUT / "canned-manager.png"
            manager.grab().save(str(manager_png))
            manager.close()

            composer = window.composer
            composer.edit.setFocus()
            composer.edit.insertPlainText("Buenas tardes, Javier. ")
            QTest.keyClicks(composer.edit, "/ho")
            popup = composer.completer.popup()
            await until(popup.isVisible, what="the completion list")
            await asyncio.sleep(0.3)
            panel = window.ticket
            shot = panel.grab()
            painter = QPainter(shot)  # the list is a window of its own: drawn where it shows
            painter.drawPixmap(panel.mapFromGlobal(popup.mapToGlobal(QPoint(0, 0))), popup.grab())
            painter.end()
            completion_png = OUT / "canned-completion.png"
            shot.save(str(completion_png))
            return [manager_png, completion_png]
        finally:
            await demo.stop()
            window.shutdown()
            await desk.stop()
            window.close()


if __name__ == "__main__":
    import qasync

    application = QApplication(sys.argv[:1])
    event_loop = qasync.QEventLoop(application)
    asyncio.set_event_loop(event_loop)
    with event_loop:
        saved = event_loop.run_until_complete(shoot_canned(application))
    application.shutdown()
    print("saved " + ", ".join(map(str, saved)))
