#!/usr/bin/env python3
"""Screenshots for the README: the real window on the demo network, offscreen.

    QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_API", "pyside6")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

import qasync  # noqa: E402

from deskclient.app import build_desk  # noqa: E402
from deskclient.config import load_config  # noqa: E402
from deskclient.net.demo import DemoNetwork  # noqa: E402
from deskclient.ui.bridge import EventBridge  # noqa: E402
from deskclient.ui.main_window import MainWindow  # noqa: E402

OUT = Path(__file__).resolve().parent


async def shoot(app: QApplication) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        config = load_config(overrides={"paths.data_dir": tmp, "agent.name": "anna"})
        demo = DemoNetwork(pace=0.01, answer_delay=0.2, templates=config["templates"])
        desk = build_desk(config, lambda c: demo.gateway(config, c))
        window = MainWindow(desk.desk, EventBridge(desk.bus), desk.gateway.label)
        window.resize(1280, 760)
        window.show()
        await desk.start()
        demo.play()
        await demo.script_done.wait()
        await asyncio.sleep(0.5)
        javier = desk.store.active_ticket_for(str(demo.account.id), 1002)
        window.select_ticket(javier.id)
        await desk.desk.claim(javier.id)
        await desk.desk.set_category(javier.id, "Payment problems")
        window.composer.edit.setPlainText("Bon dia Javier, ja hem localitzat el pagament. Li confirmem avui.")
        window.composer.send_button.click()
        await asyncio.sleep(1.0)
        app.processEvents()
        window.grab().save(str(OUT / "main-window.png"))
        await demo.stop()
        await desk.stop()
        window.close()


def main() -> None:
    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(shoot(app))
    app.shutdown()
    print(f"saved {OUT / 'main-window.png'}")


if __name__ == "__main__":
    main()
