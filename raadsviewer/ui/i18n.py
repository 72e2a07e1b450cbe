"""Translations: the app's own (.qm from resources/translations) and Qt's own dialogs (qtbase).

Source strings are Dutch, the program's first language; English comes from raadsviewer_en.qm.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from raadsviewer.resources_path import resource_path


def translations_dir() -> Path:
    return resource_path("translations")


def choose_language(requested: str | None) -> str:
    if requested in ("nl", "en"):
        return requested
    return "en" if QLocale.system().name().lower().startswith("en") else "nl"


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Keep the returned translators alive as long as the application runs."""
    installed: list[QTranslator] = []
    own = QTranslator(app)
    if own.load(str(translations_dir() / f"raadsviewer_{lang}.qm")):
        app.installTranslator(own)
        installed.append(own)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    QLocale.setDefault(QLocale(QLocale.Language.English if lang == "en" else QLocale.Language.Dutch))
    return installed
