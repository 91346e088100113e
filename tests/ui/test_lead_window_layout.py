"""The lead's window opens as the lead left it (size, section, statistics page, splitter,
columns), also in a new process, and a broken ui-state.ini never stops it opening."""

from __future__ import annotations

import subprocess
import sys
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QMainWindow

from deskclient.config import user_config_path
from deskclient.ui.lead_window import LeadWindow, install_lead_menu


def open_lead_window(qtbot, lead_scene) -> LeadWindow:
    window = LeadWindow(lead_scene.lead, lead_scene.citizens, lead_scene.store.agents(), ["Payment problems"])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def layout(window: LeadWindow) -> dict:
    return {
        "size": (window.width(), window.height()),
        "section": window.tabs.currentIndex(),
        "statistics page": window.stats_pages.currentIndex(),
        "splitter": window.review_splitter.sizes(),
        "ticket columns": [window.tickets_view.columnWidth(c) for c in range(window.tickets_model.columnCount())],
        "audit columns": [window.audit_view.columnWidth(c) for c in range(window.audit_model.columnCount())],
    }


def saved_in_another_process(key: str) -> str:
    """What a new process reads from the file (not this process's cached copy)."""
    code = ("import sys; from PySide6.QtCore import QSettings; "
            "print(QSettings(sys.argv[1], QSettings.Format.IniFormat).value(sys.argv[2]))")
    path = str(user_config_path().parent / "ui-state.ini")
    return subprocess.run([sys.executable, "-c", code, path, key], capture_output=True, text=True,
                          check=True).stdout.strip()


def test_the_lead_window_opens_as_the_lead_left_it(qtbot, lead_scene):
    window = open_lead_window(qtbot, lead_scene)
    first = layout(window)
    # The offscreen screen is 800×600 and the window no narrower than its filters (1018):
    # restoreGeometry keeps it on screen, so only the height can be told apart here, and
    # the review splitter has no room to move (its state is kept as the main window's).
    window.resize(window.minimumWidth() or window.minimumSizeHint().width(), 540)
    window.tickets_view.setColumnWidth(3, 222)
    window.audit_view.setColumnWidth(1, 177)
    window.stats_pages.setCurrentIndex(1)  # the table, not the charts
    window.tabs.setCurrentIndex(2)  # the audit log
    left = layout(window)
    assert all(left[part] != first[part] for part in left if part != "splitter"), (first, left)
    window.close()
    assert saved_in_another_process("lead_v1/tab/sections") == "2"

    again = open_lead_window(qtbot, lead_scene)
    assert again.tabs.currentIndex() == 2 and again.stats_pages.currentIndex() == 1
    assert again.tickets_view.columnWidth(3) == 222 and again.audit_view.columnWidth(1) == 177
    again.tabs.setCurrentIndex(0)  # the splitter is laid out once its section is shown
    assert layout(again) == dict(left, section=0)


BROKEN = r"""[lead_v1]
geometry=not a geometry
splitter\review=@ByteArray(garbage)
columns\tickets=@ByteArray(\0\0\0\xff)
column_count\tickets=lots
columns\audit=@Rect(1 2 3 4)
column_count\audit=4, 5
tab\sections=99
tab\statistics=1
[main_v1]
geometry=@Size(1 2)
"""


def test_a_broken_state_file_is_ignored(qtbot, lead_scene):
    path = user_config_path().parent / "ui-state.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    untouched = open_lead_window(qtbot, lead_scene)  # no file yet: the first layout
    first = layout(untouched)
    untouched.deleteLater()  # not closed: closing would write the file
    path.write_text(BROKEN)

    window = open_lead_window(qtbot, lead_scene)
    # Each broken value leaves its part as it first was; the one good value is used.
    assert layout(window) == dict(first, **{"statistics page": 1})

    window.tabs.setCurrentIndex(3)
    window.tickets_view.setColumnWidth(2, 190)
    window.close()  # the broken values are written over
    again = open_lead_window(qtbot, lead_scene)
    assert again.tabs.currentIndex() == 3 and again.tickets_view.columnWidth(2) == 190


def test_a_value_broken_beside_good_ones_is_ignored(qtbot, lead_scene):
    from PySide6.QtCore import QRect

    from deskclient.ui.window_state import ui_state

    window = open_lead_window(qtbot, lead_scene)
    first = layout(window)
    window.resize(window.width(), 540)
    window.tickets_view.setColumnWidth(3, 222)
    window.audit_view.setColumnWidth(1, 177)
    window.close()
    settings = ui_state()  # the geometry stays good; these are broken after the save
    settings.setValue("lead_v1/column_count/tickets", "lots")
    settings.setValue("lead_v1/column_count/audit", ["9", "9"])
    settings.setValue("lead_v1/tab/sections", QRect(1, 2, 3, 4))
    settings.setValue("lead_v1/tab/statistics", "-1")
    settings.sync()

    again = open_lead_window(qtbot, lead_scene)
    assert again.height() == 540  # the good value
    assert again.tickets_view.columnWidth(3) == first["ticket columns"][3]
    assert again.audit_view.columnWidth(1) == first["audit columns"][1]
    assert (again.tabs.currentIndex(), again.stats_pages.currentIndex()) == (0, 0)


class AgentsWindow(QMainWindow):
    """As MainWindow: `closed` when it closes for good."""

    closed = Signal()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.closed.emit()
        super().closeEvent(event)


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform
def test_the_lead_window_keeps_its_layout_when_the_app_ends_with_it_open(qtbot, lead_scene, config):
    main = AgentsWindow()
    qtbot.addWidget(main)
    desk = SimpleNamespace(lead=lead_scene.lead, citizens=lead_scene.citizens, store=lead_scene.store,
                           config=config)
    install_lead_menu(main, desk).trigger()
    [lead] = [w for w in QApplication.topLevelWidgets() if isinstance(w, LeadWindow) and w.isVisible()]
    qtbot.addWidget(lead)
    lead.tabs.setCurrentIndex(1)
    main.close()
    assert not lead.isVisible()
    assert saved_in_another_process("lead_v1/tab/sections") == "1"
