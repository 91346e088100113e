"""The keyboard shortcuts, listed (Help ▸ Keyboard shortcuts, F1 or Ctrl+/): every menu
action that has one, as the menus name it, then the keys that belong to a place (the
composer, the search box, the thread, a preview)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QMainWindow, QMenu, QTableWidget,
    QTableWidgetItem, QVBoxLayout,
)

# Keys that work in one place, not through a menu: (keys, what they do).
PLACES = [
    ("/", QT_TRANSLATE_NOOP("ShortcutList", "In the reply: type / and a shortcut to insert a canned reply")),
    ("Esc", QT_TRANSLATE_NOOP("ShortcutList", "In the search box: clear the search")),
    ("Ctrl+C", QT_TRANSLATE_NOOP("ShortcutList", "In the thread: copy the selected words, or the message")),
    ("Shift+F10", QT_TRANSLATE_NOOP("ShortcutList", "In the thread: the message's actions (copy, reply, edit, delete)")),
    ("Esc, Ctrl+W", QT_TRANSLATE_NOOP("ShortcutList", "In a file preview: close it")),
    ("Space", QT_TRANSLATE_NOOP("ShortcutList", "In a voice note or a video: play or pause")),
]


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


class ShortcutList(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutList")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 520)
        rows = []
        for menu_action in window.menuBar().actions():
            menu = menu_action.menu()
            if menu is None:
                continue
            for action in menu.actions():
                keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
                if keys:
                    rows.append((", ".join(keys), f"{_plain(menu_action.text())} ▸ {_plain(action.text())}"))
        rows += [(keys, QCoreApplication.translate("ShortcutList", what)) for keys, what in PLACES]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcutTable")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for n, (keys, what) in enumerate(rows):
            self.table.setItem(n, 0, QTableWidgetItem(keys))
            self.table.setItem(n, 1, QTableWidgetItem(what))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str]]:
        return [(self.table.item(n, 0).text(), self.table.item(n, 1).text()) for n in range(self.table.rowCount())]


def install_shortcut_list(window: QMainWindow) -> QAction:
    """A Help menu with Keyboard shortcuts (F1, Ctrl+/), which lists what the menus hold
    when it opens (the lead's menu, added later, included)."""
    action = QAction(QCoreApplication.translate("ShortcutList", "&Keyboard shortcuts"), window)
    action.setObjectName("showShortcuts")
    action.setShortcuts([QKeySequence(Qt.Key.Key_F1), QKeySequence("Ctrl+/")])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def show() -> None:
        dialog = ShortcutList(window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        window.shortcut_list = dialog

    action.triggered.connect(show)
    help_menu = window.menuBar().addMenu(QCoreApplication.translate("ShortcutList", "&Help"))
    help_menu.setObjectName("helpMenu")
    help_menu.addAction(action)
    return action


def menu_before_help(window: QMainWindow, title: str) -> QMenu:
    """A menu added to the window's bar after the others but before Help, which stays
    last wherever menus are added later (a lead's Lead and Broadcasts menus)."""
    bar = window.menuBar()
    menu = QMenu(title, window)
    help_menu = next((a for a in bar.actions() if a.menu() is not None and a.menu().objectName() == "helpMenu"),
                     None)
    if help_menu is not None:
        bar.insertMenu(help_menu, menu)
    else:
        bar.addMenu(menu)
    return menu
