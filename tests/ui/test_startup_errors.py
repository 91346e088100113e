"""Every start-up failure of the window is a message box with one line (issue 15 item 4):
before the desk is built (the settings read again after the welcome dialog), while it is
built (the database, the data folder), and after the window is up (the desk's first steps).
Nothing vanishes silently; what the person can fix goes on as one line, a bug as itself."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from deskclient.config import load_config
from deskclient.errors import ConfigError, StoreUnavailable, UserFacingError
from deskclient.ui.first_run import FirstRunDialog
from deskclient.ui.main_window import MainWindow
from deskclient.ui.run import open_window
from tests.simulator import sim_process  # noqa: F401 (a fixture)
from tests.waiting import until

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def dialogs_alone_do_not_quit(qapp):
    """As run_gui sets it: closing a dialog (the only window) ends nothing."""
    qapp.setQuitOnLastWindowClosed(False)
    yield
    qapp.setQuitOnLastWindowClosed(True)


def visible(kind, name: str | None = None):
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, kind) and (name is None or w.objectName() == name) and w.isVisible()), None)


async def box_says(opening) -> str:
    """The 'cannot start' box's text, once it shows; it is closed as the person would."""
    await until(lambda: visible(QMessageBox, "cannotStart") is not None or opening.done(), timeout=15)
    box = visible(QMessageBox, "cannotStart")
    assert box is not None, f"no box; the start ended with {opening.exception()!r}"
    text = box.text()
    box.close()
    return text


def no_main_window_left() -> bool:
    return visible(MainWindow) is None


def settings(tmp_path, **values):
    return load_config(overrides={"paths.data_dir": str(tmp_path / "data"), "retention.purge_in_app": False,
                                  **values})


def test_an_unreachable_database_after_the_welcome_dialog_is_said(qtbot, qloop, tmp_path):
    """The first start: the agent types the API id and hash, the database is away."""
    unreachable = "postgresql://desk@127.0.0.1:1/desk?connect_timeout=1"
    config = settings(tmp_path, **{"database.url": unreachable})

    async def scenario():
        opening = qloop.create_task(open_window(
            config, reload_config=lambda: settings(tmp_path, **{
                "database.url": unreachable, "telegram.api_id": "1234567",
                "telegram.api_hash": "0123456789abcdef0123456789abcdef"})))
        await until(lambda: visible(FirstRunDialog) is not None)
        welcome = visible(FirstRunDialog)
        welcome.api_id.setText("1234567")
        welcome.api_hash.setText("0123456789abcdef0123456789abcdef")
        welcome.save_button.click()
        text = await box_says(opening)
        assert text.startswith("Cannot reach the database at postgresql://desk@127.0.0.1:1/desk")
        assert "\n" not in text
        with pytest.raises(StoreUnavailable):
            await opening
        assert no_main_window_left()

    qloop.run_until_complete(scenario())


def test_settings_that_fail_after_the_welcome_dialog_are_said(qtbot, qloop, tmp_path):
    def broken():
        raise ConfigError("config file /etc/xdg/deskclient/config.toml, line 3: expected '='")

    async def scenario():
        opening = qloop.create_task(open_window(settings(tmp_path), reload_config=broken))
        await until(lambda: visible(FirstRunDialog) is not None)
        welcome = visible(FirstRunDialog)
        welcome.api_id.setText("1234567")
        welcome.api_hash.setText("0123456789abcdef0123456789abcdef")
        welcome.save_button.click()
        assert await box_says(opening) == "config file /etc/xdg/deskclient/config.toml, line 3: expected '='"
        with pytest.raises(ConfigError):
            await opening

    qloop.run_until_complete(scenario())


def test_a_data_folder_that_cannot_be_made_is_said_in_one_line(qtbot, qloop, tmp_path):
    (tmp_path / "a-file").write_text("not a folder")
    config = settings(tmp_path, **{"paths.data_dir": str(tmp_path / "a-file" / "data")})

    async def scenario():
        opening = qloop.create_task(open_window(config, demo=True))
        text = await box_says(opening)
        assert text == f"Cannot create the data folder {tmp_path / 'a-file' / 'data' / 'demo'}: Not a directory"
        with pytest.raises(StoreUnavailable):
            await opening

    qloop.run_until_complete(scenario())


def test_a_failure_of_the_desks_first_steps_closes_the_window_and_is_said(qtbot, qloop, tmp_path, monkeypatch):
    """The window is already up when the desk's start fails (the database gone in between):
    the window goes, the box stays with the reason, the desk is stopped."""
    from deskclient.app import Desk

    stopped = []
    real_stop = Desk.stop

    async def start(self):
        raise StoreUnavailable("The database stopped answering.")

    async def stop(self):
        stopped.append(True)
        await real_stop(self)

    monkeypatch.setattr(Desk, "start", start)
    monkeypatch.setattr(Desk, "stop", stop)

    async def scenario():
        opening = qloop.create_task(open_window(settings(tmp_path), demo=True))
        assert await box_says(opening) == "The database stopped answering."
        with pytest.raises(StoreUnavailable):
            await opening
        assert no_main_window_left() and stopped == [True]

    qloop.run_until_complete(scenario())


def test_a_bug_on_the_way_up_is_said_too_and_goes_on_as_itself(qtbot, qloop, tmp_path, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise KeyError("a citizen's words, maybe")

    monkeypatch.setattr("deskclient.ui.lead_window.install_lead_menu", broken)

    async def scenario():
        opening = qloop.create_task(open_window(settings(tmp_path), demo=True))
        text = await box_says(opening)
        assert text == ("deskclient could not start because of an unexpected error (KeyError). "
                        "The log has the details for IT.")
        with pytest.raises(KeyError):
            await opening
        assert no_main_window_left()

    qloop.run_until_complete(scenario())
    assert "a citizen's words" not in caplog.text  # the code path only, as the crash report


def test_an_os_error_on_the_way_up_goes_on_as_one_line(qtbot, qloop, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(tmp_path / "data" / "files"))

    monkeypatch.setattr("deskclient.ui.run.build_desk", broken)

    async def scenario():
        opening = qloop.create_task(open_window(settings(tmp_path), demo=True))
        text = await box_says(opening)
        assert text == f"Cannot start: cannot use {tmp_path / 'data' / 'files'} (Permission denied)"
        with pytest.raises(UserFacingError, match="Permission denied"):
            await opening

    qloop.run_until_complete(scenario())


def test_damaged_pages_the_start_does_not_read_are_said_in_the_window_soon_after(qtbot, qloop, tmp_path,
                                                                                 monkeypatch, sim_process):
    """The start reads the store's header and schema only; the whole file is read on a
    worker thread once the window shows, and damage stays in its status bar."""
    import sqlite3

    from deskclient.domain.clock import SystemClock
    from deskclient.store.database import open_database
    from deskclient.store.repository import TicketStore
    from deskclient.ui import startup

    monkeypatch.setattr(startup, "INTEGRITY_CHECK_AFTER_S", 0.0)
    path = tmp_path / "data" / "deskclient.sqlite3"
    TicketStore(open_database(f"sqlite:///{path}"), SystemClock()).close()
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE filler (x TEXT)")  # pages nothing at start reads
    con.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 200)
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (page,) = con.execute("PRAGMA page_size").fetchone()
    con.close()
    with path.open("r+b") as fh:
        fh.seek(path.stat().st_size - 2 * page)  # the last pages written: filler's rows
        fh.write(b"\xde\xad\xbe\xef" * (page // 2))
    sim_process.session_for(tmp_path / "data")
    config = sim_process.config_for(settings(tmp_path, **{"telegram.api_id": 1, "telegram.api_hash": "0123456789abcdef"}),
                                    tmp_path / "data")

    async def scenario():
        opening = qloop.create_task(open_window(config))
        await until(lambda: visible(MainWindow) is not None and "is damaged" in
                    visible(MainWindow).statusBar().currentMessage(), timeout=15)
        visible(MainWindow).quit_app()
        await opening

    qloop.run_until_complete(scenario())
