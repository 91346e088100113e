"""Starting the desktop: one Qt application, one qasync loop, one Desk."""

from __future__ import annotations

import asyncio
import logging
import os
import sys

from ..app import build_desk
from ..config import Config

log = logging.getLogger("deskclient.ui")


async def _when_online(gateway, then) -> None:
    from ..net.gateway import ConnectionState
    while gateway.state is not ConnectionState.ONLINE:
        await asyncio.sleep(0.05)
    then()


def run_gui(config: Config, gateway_factory, world=None, quit_after: float | None = None) -> int:
    """Run the window until it closes. `world` (the demo network) is started once the
    desk is up, with `play()`, and stopped with it, with `await stop()`."""
    os.environ.setdefault("QT_API", "pyside6")  # qasync must pick PySide6 (STACK.md)
    from PySide6.QtWidgets import QApplication

    import qasync

    from .bridge import EventBridge
    from .main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("deskclient")
    app.setDesktopFileName("deskclient")  # Wayland matches the window to deskclient.desktop
    from PySide6.QtGui import QIcon

    from ..resources import resources_dir
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "deskclient.svg")))
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    async def main() -> None:
        desk = build_desk(config, gateway_factory)
        bridge = EventBridge(desk.bus)
        window = MainWindow(desk.desk, bridge, desk.gateway.label, desk.account)
        done = asyncio.Event()
        window.closed.connect(done.set)
        window.show()
        await desk.start()
        if world is not None:
            # Citizens start writing once the account is online: at a first login,
            # Telegram does not replay what came before it.
            asyncio.ensure_future(_when_online(desk.gateway, world.play))
        if quit_after is not None:
            loop.call_later(quit_after, window.close)
        await done.wait()
        if world is not None:
            await world.stop()
        await desk.stop()
        window.deleteLater()
        bridge.deleteLater()

    with loop:
        loop.run_until_complete(main())
    # Tear Qt down while Python objects are intact, not during interpreter finalisation.
    app.processEvents()
    app.shutdown()
    return 0
