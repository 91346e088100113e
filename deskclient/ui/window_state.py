"""A window's size and place, its splitters and its tables' columns, as the agent left
them: kept in the user's UI state (`$XDG_CONFIG_HOME/deskclient/ui-state.ini`, apart
from the config), restored when the window is built again.

The file's path is worked out at each use rather than through QSettings' user scope,
whose folder Qt fixes once per process.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

from ..config import user_config_path

VERSION = 1  # a layout change that old states would spoil raises it


def ui_state() -> QSettings:
    return QSettings(str(user_config_path().parent / "ui-state.ini"), QSettings.Format.IniFormat)


class WindowState:
    """Saves and restores `window`'s geometry, `splitters`' sizes and `headers`' column
    widths and order, under `name` ("main", "lead")."""

    def __init__(self, name: str, window: QWidget, splitters: dict[str, QSplitter] | None = None,
                 headers: dict[str, QHeaderView] | None = None) -> None:
        self.name = name
        self.window = window
        self.splitters = splitters or {}
        self.headers = headers or {}

    def _key(self, *parts: str) -> str:
        return "/".join((f"{self.name}_v{VERSION}",) + parts)

    def save(self) -> None:
        settings = ui_state()
        settings.setValue(self._key("geometry"), self.window.saveGeometry())
        for key, splitter in self.splitters.items():
            settings.setValue(self._key("splitter", key), splitter.saveState())
        for key, header in self.headers.items():
            settings.setValue(self._key("columns", key), header.saveState())
            settings.setValue(self._key("column_count", key), header.count())
        settings.sync()

    def restore(self) -> bool:
        """What was saved, if anything was (False: the window keeps its first layout)."""
        settings = ui_state()
        geometry = settings.value(self._key("geometry"))
        if not isinstance(geometry, QByteArray):
            return False
        self.window.restoreGeometry(geometry)
        for key, splitter in self.splitters.items():
            state = settings.value(self._key("splitter", key))
            if isinstance(state, QByteArray):
                splitter.restoreState(state)
        for key, header in self.headers.items():
            state = settings.value(self._key("columns", key))
            # Columns added since: the first layout, not a state that has them out of place.
            if isinstance(state, QByteArray) and int(settings.value(self._key("column_count", key), 0)) == header.count():
                header.restoreState(state)
        return True
