"""The window's language through Qt's translation system: English, Spanish, Catalan.

It follows the system language unless `ui.language` says otherwise; Qt's own dialogs
(file chooser, message boxes) are translated from Qt's catalogues.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ..resources import resources_dir

LANGUAGES = ("en", "es", "ca")


def choose_language(configured: str, system: QLocale | None = None) -> str:
    wanted = (configured or (system or QLocale.system()).name()).split("_")[0].lower()
    return wanted if wanted in LANGUAGES else "en"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Install ours and Qt's catalogues for `language`; keep the result alive."""
    installed = []
    if language == "en":
        return installed
    for name, folder in ((f"deskclient_{language}", str(resources_dir() / "i18n")),
                         (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
