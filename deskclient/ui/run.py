"""Starting the desktop: one Qt application, one qasync loop, one Desk."""

from __future__ import annotations

import asyncio
import logging
import os
import sys

from ..app import build_desk
from ..config import Config

log = logging.getLogger("deskclient.ui")


def run_gui(config: Config, gateway_factory, quit_after: float | None = None) -> int:
    os.environ.setdefault("QT_API", "pyside6")  # qasync must pick PySide6 (STACK.md)
    from PySide6.QtWidgets import QApplication

    import qasync

    from .bridge import EventBridge
    from .main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("deskclient")
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    async def main() -> None:
        desk = build_desk(config, gateway_factory)
        bridge = EventBridge(desk.bus)
        window = MainWindow(desk.desk, bridge, desk.gateway.label)
        done = asyncio.Event()
        window.closed.connect(done.set)
        window.show()
        await desk.start()
        if quit_after is not None:
            loop.call_later(quit_after, window.close)
        await done.wait()
        await desk.stop()
        window.deleteLater()
        bridge.deleteLater()

    with loop:
        loop.run_until_complete(main())
    # Tear Qt down while Python objects are intact, not during interpreter finalisation.
    app.processEvents()
    app.shutdown()
    return 0
