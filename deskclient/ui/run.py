"""Starting the desktop: one Qt application, one qasync loop, one Desk."""

from __future__ import annotations

import asyncio
import logging
import os
import sys

from ..app import build_desk
from ..config import Config

log = logging.getLogger("deskclient.ui")


def _when_online(desk, then) -> None:
    """Call `then()` once, as soon as the gateway is online (now, or at its event)."""
    from ..net.gateway import ConnectionState
    from ..services.events import ConnectionChanged
    done = False

    def check(event=None) -> None:
        nonlocal done
        online = event.state if isinstance(event, ConnectionChanged) else desk.gateway.state
        if not done and online is ConnectionState.ONLINE:
            done = True
            then()

    desk.bus.subscribe(check)
    check()


async def _first_run() -> str | None:
    """"configured", "demo", or None if the agent closed the dialog."""
    from .first_run import FirstRunDialog
    dialog = FirstRunDialog()
    choice: asyncio.Future = asyncio.get_running_loop().create_future()
    dialog.configured.connect(lambda: choice.done() or choice.set_result("configured"))
    dialog.demoChosen.connect(lambda: choice.done() or choice.set_result("demo"))
    dialog.rejected.connect(lambda: choice.done() or choice.set_result(None))
    dialog.open()
    return await choice


def run_gui(config: Config, demo: bool = False, quit_after: float | None = None,
            reload_config=None, start_in_tray: bool = False) -> int:
    """Run the window until it closes (a single desk: until Quit in its tray menu). On a
    first start without Telegram API credentials, a dialog asks for them (or starts the
    demo). `start_in_tray`: start hidden in the tray (the autostart entry's `--tray`)."""
    os.environ.setdefault("QT_API", "pyside6")  # qasync must pick PySide6 (STACK.md)
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from ..resources import resources_dir
    from .media_quiet import quiet_qt_multimedia

    quiet_qt_multimedia()  # before anything loads Qt Multimedia: no file's path on stderr
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("deskclient")
    app.setDesktopFileName("deskclient")  # Wayland matches the window to deskclient.desktop
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "deskclient.svg")))
    app.setQuitOnLastWindowClosed(False)
    from .i18n import choose_language, install_translators
    translators = install_translators(app, choose_language(config["ui.language"]))  # noqa: F841 (kept alive)
    from .event_loop import DeskEventLoop
    loop = DeskEventLoop(app)  # qasync's, its ready callbacks run a slice at a time
    asyncio.set_event_loop(loop)
    from .collector import GuiThreadCollector
    collector = GuiThreadCollector(app)
    outcome: list[BaseException] = []

    with loop:
        try:
            loop.run_until_complete(open_window(config, demo, quit_after, reload_config, start_in_tray,
                                                collector))
        except BaseException as exc:  # re-raised once Qt is down (a UserFacingError, say)
            outcome.append(exc)
    collector.stop()
    # Tear Qt down while Python objects are intact, not during interpreter finalisation.
    app.processEvents()
    app.shutdown()
    if outcome:
        raise outcome[0]
    return 0


async def open_window(config: Config, demo: bool = False, quit_after: float | None = None,
                      reload_config=None, start_in_tray: bool = False, collector=None) -> None:
    """The window's life on the running qasync loop, from the first-run dialog to its close.
    Every failure on the way up is said in a message box with its one-line reason
    (ui/startup.py) before it goes on to the command line: nothing vanishes silently."""
    from PySide6.QtWidgets import QSystemTrayIcon

    from ..app import demo_network, has_telegram_credentials, start_demo_whatsapp, telegram_network
    from ..autostart import sync_autostart
    from ..errors import AccessRevoked, UserFacingError
    from .background import TrayKeeper, keeps_running_in_tray
    from .bridge import EventBridge
    from .broadcast_report import install_broadcasts_menu
    from .crash import CrashHandler
    from .database_login import log_out_when_removed, open_desk
    from .lead_window import install_lead_menu
    from .main_window import MainWindow
    from .startup import check_store_later, said_if_it_fails

    loop = asyncio.get_running_loop()
    async with said_if_it_fails(quit_after):  # the settings read again, the network set up
        if not demo and not has_telegram_credentials(config):
            choice = await _first_run()
            if choice is None:
                return
            demo = choice == "demo"
            if not demo and reload_config is not None:
                config = reload_config()
        settings, gateway_factory, world = demo_network(config) if demo else telegram_network(config, late=True)
        if demo:  # and its WhatsApp number, served like a configured one
            settings = await start_demo_whatsapp(settings, world)
    # The team database may ask for a password; a desk that cannot start says why (a
    # UserFacingError in open_desk's own box, anything else here).
    async with said_if_it_fails(quit_after, passes=(UserFacingError,)):
        desk = await open_desk(settings, lambda c: build_desk(c, gateway_factory), quit_after)
    if desk is None:
        return
    window = crashes = None

    async def undo() -> None:
        """A start that failed halfway: nothing left on screen, the desk let go."""
        if window is not None:
            window.shutdown()
            window.hide()
            window.deleteLater()
        if crashes is not None:
            crashes.uninstall()
        if world is not None:
            await world.stop()
        await desk.stop()

    async with said_if_it_fails(quit_after, undo):  # the window, then the desk's first steps
        bridge = EventBridge(desk.bus)
        window = MainWindow(desk.desk, bridge, desk.gateway.label, desk.account)
        removed = log_out_when_removed(desk.bus, window)  # IT took this login off the team
        install_lead_menu(window, desk, bridge)  # leads only: log review, figures, audit, purge
        install_broadcasts_menu(window, desk, bridge)  # leads only: broadcasts, their reports, channel posts
        crashes = CrashHandler(window)
        crashes.install(loop)
        done = asyncio.Event()
        window.closed.connect(done.set)
        # A single desk is service and window: closing keeps it running in the tray.
        in_tray = keeps_running_in_tray(settings, demo, QSystemTrayIcon.isSystemTrayAvailable())
        if in_tray:
            TrayKeeper(window, window.notifier.tray)
        sync_autostart(settings, demo)
        if not (in_tray and start_in_tray):
            window.show()
        await desk.start()
    if collector is not None:
        collector.start()
    checking = check_store_later(desk.store, window)
    if world is not None:
        # Citizens start writing once the account is online: at a first login,
        # Telegram does not replay what came before it.
        _when_online(desk, world.play)
    if quit_after is not None:
        loop.call_later(quit_after, window.quit_app)
    await done.wait()
    if checking is not None:
        checking.cancel()
    if world is not None:
        await world.stop()
    await desk.stop()
    crashes.uninstall()
    window.deleteLater()
    bridge.deleteLater()
    if removed:
        raise AccessRevoked(removed[0])
