"""Translations: the app's own (.qm from resources/translations) and Qt's own dialogs (qtbase).

Source strings are Dutch, the program's first language; English comes from raadsviewer_en.qm.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLibraryInfo, QLocale, QTranslator

from raadsviewer.resources_path import resource_path

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

# Words of Qt's own dialogs that Qt's Dutch catalogue (qtbase_nl) leaves in English: the widget
# file dialog (Linux), the calendar of a date field, some standard buttons. Translated in the app's
# own catalogue under Qt's contexts (ours is asked first; it holds nothing else of Qt's).
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QCalendarWidget", "Previous Month"),
    QT_TRANSLATE_NOOP("QCalendarWidget", "Next Month"),
    QT_TRANSLATE_NOOP("QCalendarWidget", "Today"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "No to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Don't Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close without Saving"),
)


def translations_dir() -> Path:
    return resource_path("translations")


def choose_language(requested: str | None) -> str:
    if requested in ("nl", "en"):
        return requested
    return "en" if QLocale.system().name().lower().startswith("en") else "nl"


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Keep the returned translators alive as long as the application runs."""
    installed: list[QTranslator] = []
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    own = QTranslator(app)  # installed last, so asked first: it fills qtbase's gaps (QT_GAPS)
    if own.load(str(translations_dir() / f"raadsviewer_{lang}.qm")):
        app.installTranslator(own)
        installed.append(own)
    QLocale.setDefault(QLocale(QLocale.Language.English if lang == "en" else QLocale.Language.Dutch))
    return installed
