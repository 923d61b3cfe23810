"""The language the desktop application speaks: Qt's catalogs for the widgets
(``resources/translations/contactweb_<lang>.qm``, built by ``make``), Qt's own ``qtbase``
catalog for its standard buttons and dialogs, and the same language for the messages of the
layers below (``contactweb.i18n``), installed once at start.

Which language: ``CONTACTWEB_LANG`` when set (tests, screenshots), else the choice made in
Settings on this computer, else the system's."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from contactweb import i18n
from contactweb.ui.kit.ui_resources import resources_dir

DOMAIN = "contactweb"
_SYSTEM_LOCALE = QLocale()  # Qt's default before any language was chosen here
# What Settings offers: each in its own language, so anyone can find theirs.
OFFERED = {"": "", "en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}


def system_language() -> str:
    """The environment's language on Linux (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else the
    desktop's first UI language (Windows and macOS set no variables)."""
    for name in i18n.ENVIRONMENT[1:]:
        if os.environ.get(name):
            return i18n.normalized(os.environ[name])
    languages = QLocale.system().uiLanguages()
    return i18n.normalized(languages[0]) if languages else i18n.ENGLISH


def chosen_language(preferred: str = "") -> str:
    forced = os.environ.get("CONTACTWEB_LANG", "")
    if forced:
        return i18n.normalized(forced)
    return i18n.normalized(preferred) if preferred else system_language()


def is_right_to_left(language: str) -> bool:
    if language == i18n.PSEUDO_RTL:
        return True
    # Qt's own locale table, which lays the widgets out: asking Babel loaded its locale data
    # and time zone modules, about a fifth of the start-up, before the first window. An
    # unknown name is Qt's "C" locale, left to right.
    return QLocale(language).textDirection() == Qt.LayoutDirection.RightToLeft


def language_name(tag: str) -> str:
    """A language by its own name ("français (Canada)" for fr-CA); the tag itself when Qt
    does not know it."""
    locale = QLocale(tag.replace("-", "_"))
    if locale.language() == QLocale.Language.C or not locale.nativeLanguageName():
        return tag
    name = locale.nativeLanguageName()
    plain = QLocale(locale.language()).nativeLanguageName()
    if ("-" in tag or "_" in tag) and name == plain:  # "español (México)"; not "français
        return f"{name} ({locale.nativeTerritoryName()})"  # canadien (Canada)"
    return name


def regional_locale(language: str) -> QLocale:
    """The locale whose formats the person reads: the system's own when it speaks the chosen
    language (English chosen in Britain writes 7 Dec 2026 and starts weeks on Monday), else
    the language where it is most spoken (de: Germany)."""
    chosen = QLocale(language)
    if "_" not in language and _SYSTEM_LOCALE.language() == chosen.language():
        return _SYSTEM_LOCALE
    return chosen


def _load(app: QCoreApplication, name: str, language: str, folder: str) -> bool:
    translator = QTranslator(app)  # the application keeps it alive
    translator.setObjectName(DOMAIN)
    # Qt tries contactweb_de_AT.qm, then contactweb_de.qm.
    if translator.load(f"{name}_{language}", folder):
        QCoreApplication.installTranslator(translator)
        return True
    translator.deleteLater()
    return False


def _installed(app: QCoreApplication) -> list[QTranslator]:
    return [t for t in app.findChildren(QTranslator) if t.objectName() == DOMAIN]


def install(app: QApplication, language: str) -> str:
    """Speak ``language`` from now on (widgets made afterwards); returns it."""
    reset(app)
    language = i18n.use_language(language)
    if language != i18n.ENGLISH:
        _load(app, DOMAIN, language, str(resources_dir() / "translations"))
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        _load(app, "qtbase", language, qt_folder)
    if language not in (i18n.PSEUDO, i18n.PSEUDO_RTL):
        QLocale.setDefault(regional_locale(language))  # dates, numbers, date pickers
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_right_to_left(language)
                           else Qt.LayoutDirection.LeftToRight)
    return language


def reset(app: QApplication) -> None:
    """Back to the sources' English (a test that changed language, undone)."""
    for translator in _installed(app):
        QCoreApplication.removeTranslator(translator)
        translator.setParent(None)
    i18n.use_language(i18n.ENGLISH)
    QLocale.setDefault(_SYSTEM_LOCALE)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def plural(text: str, n: int) -> str:
    """``self.tr("%n contact(s)", "", n)`` read in English: Qt puts in the number and a
    translation brings its own plural forms, but the sources' English keeps "(s)", which is
    settled here (1 contact, 2 contacts)."""
    return text.replace("(s)", "" if n == 1 else "s")
