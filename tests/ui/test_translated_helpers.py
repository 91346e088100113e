"""Strings a module looks up outside a QObject (QCoreApplication.translate with the
module's context, written literally at each call so that lupdate files them under that
context) read in the window's language at run time: the citizen links' dialogs, the
queue's SLA column, the Help menu. They stayed English while a helper `tr()` hid the
context from lupdate (breaker, 16:54)."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QMainWindow

from deskclient.ui.citizen_links import link_open_citizen, unlink_open_citizen
from deskclient.ui.i18n import install_translators, uninstall_translators
from deskclient.ui.queue_model import format_left
from deskclient.ui.shortcut_list import install_shortcut_list

pytestmark = pytest.mark.gui

SHOWN = {  # what each language's window says (packaging/translations.py, texts/)
    "es": {"overdue": "vencida hace 5 min", "help": "A&yuda"},
}


class _Window(QMainWindow):
    """A window with no ticket open, as the lead's menu finds it."""

    def __init__(self) -> None:
        super().__init__()
        self.ticket = SimpleNamespace(ticket_id=None)


@pytest.mark.parametrize("language", ["es", "ca", "eu", "fr", "it"])
def test_module_level_strings_in_the_windows_language(qapp, qtbot, language):
    installed = install_translators(qapp, language)
    try:
        overdue = format_left(timedelta(minutes=-5))
        window = _Window()
        qtbot.addWidget(window)
        action = install_shortcut_list(window)
        help_title = window.menuBar().actions()[0].text()
        link = link_open_citizen(window, lead=None)  # no ticket open: it says so
        unlink = unlink_open_citizen(window, lead=None)
        texts = {"overdue": overdue, "help": help_title, "shortcuts": action.text(),
                 "link title": link.windowTitle(), "link": link.text(),
                 "unlink title": unlink.windowTitle(), "unlink": unlink.text()}
        link.close()
        unlink.close()
    finally:
        uninstall_translators(qapp, installed)
    english = {"overdue": "overdue 5 min", "help": "&Help", "shortcuts": "&Keyboard shortcuts",
               "link title": "Link citizens", "link": "Open a ticket of one of the two citizens first.",
               "unlink title": "Unlink citizen", "unlink": "Open a ticket of the citizen to unlink first."}
    assert [k for k in english if texts[k] == english[k]] == []  # none left in English
    for key, shown in SHOWN.get(language, {}).items():
        assert texts[key] == shown
