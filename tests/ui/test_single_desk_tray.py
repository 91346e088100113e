"""A single desk is service and window at once: closing the window keeps it running in
the tray (said once), and it starts at login from an XDG autostart entry."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from deskclient.app import build_desk
from deskclient.autostart import autostart_path, sync_autostart
from deskclient.net.demo import DemoNetwork
from deskclient.ui.background import TOLD_KEY, TrayKeeper, keeps_running_in_tray, user_settings
from deskclient.ui.bridge import EventBridge
from deskclient.ui.main_window import MainWindow
from tests.waiting import until

pytestmark = pytest.mark.gui


def test_who_keeps_running_in_the_tray(config, tmp_path):
    team = config.with_values({"database.url": "postgresql://desk@db/desk"})
    no_tray = config.with_values({"app.tray": False})
    assert keeps_running_in_tray(config, demo=False, tray_available=True)
    assert not keeps_running_in_tray(config, demo=False, tray_available=False)  # closing quits
    assert not keeps_running_in_tray(config, demo=True, tray_available=True)
    assert not keeps_running_in_tray(team, demo=False, tray_available=True)
    assert not keeps_running_in_tray(no_tray, demo=False, tray_available=True)


def test_closing_the_window_hides_it_and_the_desk_keeps_answering(qtbot, qloop, config, clock):
    """Behaviour only: offscreen has no system tray, so the icon is not shown (see below)."""

    async def scenario():
        demo = DemoNetwork(pace=0, answer_delay=0, templates=config["templates"], clock=clock)
        desk = build_desk(config, lambda c: demo.gateway(config, c), clock=clock)
        window = MainWindow(desk.desk, EventBridge(desk.bus), desk.gateway.label)
        qtbot.addWidget(window)
        keeper = TrayKeeper(window, window.notifier.tray)
        closed = []
        window.closed.connect(lambda: closed.append(True))
        window.show()
        await desk.start()
        try:
            await desk.gateway.wait_online()
            assert not keeper.told
            window.close()
            assert not window.isVisible() and not closed  # hidden, not closed
            assert keeper.told and user_settings().value(TOLD_KEY) == "true"  # said once
            assert "keeps running" in window.statusBar().currentMessage()

            demo.says(1002, "Hola, tengo un problema con el pago de la tasa")
            await until(lambda: len(demo.received(1002)) == 1)  # answered with the window closed
            await until(lambda: window.queue_model.rowCount() == 1)

            window.statusBar().clearMessage()
            keeper.show_window()  # the tray's Open
            assert window.isVisible()
            window.close()
            assert window.statusBar().currentMessage() == ""  # not said twice
            assert [a.text() for a in keeper.menu.actions() if a.text()] == [
                "&Open deskclient", "&Quit (stop answering citizens)"]
            keeper.quit_action.trigger()  # the tray's Quit: the app shuts down
            assert closed == [True]
        finally:
            window.shutdown()
            await demo.stop()
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_the_tray_icon_shows_where_a_tray_exists(qtbot, qloop, config, clock):
    if not QSystemTrayIcon.isSystemTrayAvailable():
        pytest.skip("no system tray on this platform (offscreen): the icon cannot be shown")
    demo = DemoNetwork(pace=0, answer_delay=0, templates=config["templates"], clock=clock)

    async def scenario():
        desk = build_desk(config, lambda c: demo.gateway(config, c), clock=clock)
        window = MainWindow(desk.desk, EventBridge(desk.bus), desk.gateway.label)
        qtbot.addWidget(window)
        TrayKeeper(window, window.notifier.tray)
        assert window.notifier.tray.isVisible() and window.notifier.tray.contextMenu() is not None
        window.shutdown()
        await desk.stop()

    qloop.run_until_complete(scenario())


def test_autostart_entry_written_at_first_start_and_removed_when_turned_off(config, tmp_path):
    path = autostart_path()
    assert str(path).startswith(str(tmp_path))  # the test's XDG_CONFIG_HOME
    assert sync_autostart(config, demo=True) == "none" and not path.exists()
    team = config.with_values({"database.url": "postgresql://desk@db/desk"})
    assert sync_autostart(team) == "none" and not path.exists()

    assert sync_autostart(config, command=["/opt/desk client/deskclient"]) == "written"
    text = path.read_text()
    assert "X-GNOME-Autostart-enabled=true" in text.splitlines()
    assert 'Exec="/opt/desk client/deskclient" --tray' in text.splitlines()
    assert sync_autostart(config) == "kept"

    off = config.with_values({"app.autostart": False})
    assert sync_autostart(off) == "removed" and not path.exists()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[Desktop Entry]\nType=Application\nExec=somebody-elses\n")
    assert sync_autostart(off) == "none" and path.exists()  # not ours: left alone


def test_autostart_entry_is_a_valid_desktop_file(config, tmp_path):
    import shutil
    import subprocess
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate is not installed")
    sync_autostart(config)
    result = subprocess.run(["desktop-file-validate", str(autostart_path())], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
