"""The window's language through Qt's translation system: English, Spanish, Catalan,
Basque, French and Italian.

It follows the system language unless `ui.language` says otherwise. Installing a
language also makes its locale Qt's default, so that date fields, numbers and the dates
ui/dates.py writes follow the language of the words around them (the system's own
locale when it speaks that language: fr_BE keeps Belgian formats). The services'
sentences (refusals, conflicts) are said through the same catalogues (ui/sentences.py).
Qt's own dialogs
(message box buttons, context menus, the file dialog) are translated from Qt's catalogues;
Qt ships none for Basque and its French and Italian ones miss a few file dialog labels, so
resources/i18n/qtbase_<language>.qm holds what the window shows of those.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ..errors import speak_through
from ..resources import resources_dir
from .sentences import say

LANGUAGES = ("en", "es", "ca", "eu", "fr", "it")
# A language's locale when the system's speaks another: where the desks are.
HOME_LOCALES = {"en": "en_GB", "es": "es_ES", "ca": "ca_ES", "eu": "eu_ES", "fr": "fr_FR", "it": "it_IT"}


def choose_language(configured: str, system: QLocale | None = None) -> str:
    wanted = (configured or (system or QLocale.system()).name()).split("_")[0].lower()
    return wanted if wanted in LANGUAGES else "en"


def window_language() -> str:
    """The language the window speaks now (install_translators made its locale Qt's
    default), for what the window has written outside Qt's catalogues (a transcript)."""
    code = QLocale().name().split("_")[0].lower()
    return code if code in LANGUAGES else "en"


def window_locale(language: str, system: QLocale | None = None) -> QLocale:
    """The system's locale if it speaks `language`, else the language's home locale."""
    system = system or QLocale.system()
    if system.name().split("_")[0].lower() == language:
        return system
    return QLocale(HOME_LOCALES.get(language, "en_GB"))


def install_translators(app: QApplication, language: str, system: QLocale | None = None) -> list[QTranslator]:
    """Install ours and Qt's catalogues for `language`, make its locale the default and
    have the services' sentences said through them; keep the result alive
    (uninstall_translators undoes it)."""
    QLocale.setDefault(window_locale(language, system))
    speak_through(say)
    installed = []
    if language == "en":
        return installed
    ours = str(resources_dir() / "i18n")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt's catalogue, then ours of Qt's words it lacks (all of Basque's), looked up first.
    for name, folder in ((f"deskclient_{language}", ours), (f"qtbase_{language}", qt_folder),
                         (f"qtbase_{language}", ours)):
        if not (Path(folder) / f"{name}.qm").exists():
            continue
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def uninstall_translators(app: QApplication, installed: list[QTranslator]) -> None:
    """English and the system's locale again (tests that switch languages)."""
    for translator in installed:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())
    speak_through(None)
