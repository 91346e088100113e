"""A window's size and place, its splitters, its tables' columns and its chosen tabs, as
the agent or lead left them: kept in the user's UI state
(`$XDG_CONFIG_HOME/deskclient/ui-state.ini`, apart from the config), restored when the
window is built again.

The file's path is worked out at each use rather than through QSettings' user scope,
whose folder Qt fixes once per process. The file is the user's to edit or break: a value
that is not what was saved (wrong type, out of range, left by another version) is
ignored, and that part of the window keeps its first layout.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter, QTabWidget, QWidget

from ..config import user_config_path

VERSION = 1  # a layout change that old states would spoil raises it


def ui_state() -> QSettings:
    return QSettings(str(user_config_path().parent / "ui-state.ini"), QSettings.Format.IniFormat)


def _whole_number(value) -> int | None:
    """An int read back from the file (Qt gives it as text), or None for anything else."""
    if isinstance(value, (bool, float)):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class WindowState:
    """Saves and restores `window`'s geometry, `splitters`' sizes, `headers`' column
    widths and order and `tabs`' current page, under `name` ("main", "lead")."""

    def __init__(self, name: str, window: QWidget, splitters: dict[str, QSplitter] | None = None,
                 headers: dict[str, QHeaderView] | None = None, tabs: dict[str, QTabWidget] | None = None) -> None:
        self.name = name
        self.window = window
        self.splitters = splitters or {}
        self.headers = headers or {}
        self.tabs = tabs or {}

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
        for key, tabs in self.tabs.items():
            settings.setValue(self._key("tab", key), tabs.currentIndex())
        settings.sync()

    def restore(self) -> bool:
        """What was saved, if anything was (False: the window keeps its first layout).
        Each part on its own: a broken value spoils only its own part."""
        settings = ui_state()
        restored = False
        geometry = settings.value(self._key("geometry"))
        if isinstance(geometry, QByteArray):
            restored |= self.window.restoreGeometry(geometry)
        for key, splitter in self.splitters.items():
            state = settings.value(self._key("splitter", key))
            if isinstance(state, QByteArray):
                restored |= splitter.restoreState(state)
        for key, header in self.headers.items():
            state = settings.value(self._key("columns", key))
            # Columns added since: the first layout, not a state that has them out of place.
            if isinstance(state, QByteArray) and _whole_number(
                    settings.value(self._key("column_count", key))) == header.count():
                restored |= header.restoreState(state)
        for key, tabs in self.tabs.items():
            index = _whole_number(settings.value(self._key("tab", key)))
            if index is not None and 0 <= index < tabs.count():  # a page taken out since: the first one
                tabs.setCurrentIndex(index)
                restored = True
        return restored
