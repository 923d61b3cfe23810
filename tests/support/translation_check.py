"""What a person sees on screen, and which of it escaped translation: under the x-pseudo
locale every translated text reads ``[!! ... !!]``, so a visible text without the brackets
was never passed through ``tr()``. Each text is charged to the ContactWeb class that built
its widget (the nearest ancestor defined under ``contactweb/ui/``), so a failure names the
file to fix."""

from __future__ import annotations

import re
from dataclasses import dataclass

from babel import Locale
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

from contactweb.ui.kit.translations import OFFERED
from tools.i18n.pseudo import is_pseudo

# Data, not wording: numbers, dates, money, addresses typed in tests, e-mail addresses, the
# product's name, and Qt's own standard buttons (translated by Qt's qtbase catalog, which
# has no pseudo-locale).
DATA = re.compile(r"^[\d\s.,:;/%+\-–—()€$£#*·…|<>=✔✘]*$|^\S+@\S+$|^[\w.+-]+\.(pdf|csv|vcf)$")
# What the tests' vault holds (a business, a contact, a message typed in the test) and the
# server they talk to: shown as stored.
TEST_DATA = re.compile(r"Lindenhof|Philippa|Thistlewood|\{first_name\}|127\.0\.0\.1|Mill Lane",
                       re.IGNORECASE)
ALLOWED = {
    "ContactWeb", "admin", "Philippa", "Thistlewood", "Philippa Thistlewood",
    "Thistlewood, Philippa", "philippa@thistle.example",
    # the labels of an e-mail, phone or address row: data kept as typed
    "work", "home", "mobile", "fax", "other", "billing", "shipping",
    # placeholders showing the form of the value, not words
    "name@example.com", "+1 415 555 0100", "smtp.example.com", "imap.example.com", "INBOX",
    # Qt's standard buttons (qtbase catalog)
    "OK", "&OK", "Cancel", "&Cancel", "< &Back", "&Next >", "&Finish", "&Commit", "Help",
    "&Help", "Close", "&Close", "&Yes", "&No", "Apply", "Save", "&Save", "Open", "&Open", "Commit",
    "Discard", "Reset", "Restore Defaults", "Show Details...", "Hide Details...",
    # each language offered by its own name, whatever language the screen speaks
    *(name for name in OFFERED.values() if name),
}
# Names that come from the CLDR data of the screen's language (Babel), not from ContactWeb's
# catalogs: a country as "Austria (AT)"; under x-pseudo they stay English. And the AWS
# regions a backup may use, which are codes.
CLDR_COUNTRIES = {f"{name} ({code})" for code, name in Locale("en").territories.items()
                  if len(code) == 2}
REGION_CODE = re.compile(r"^us(-gov)?-(east|west)-\d$")


# Wording from layers not yet translated that a translated folder shows as it is given
# (kept short and explicit; each is named in the languages work still to do).
NOT_YET_TRANSLATED: set[str] = set()


@dataclass(frozen=True)
class Escaped:
    owner: str  # module.Class of the ContactWeb widget that built it
    kind: str
    text: str

    def __str__(self) -> str:
        return f"{self.owner}: {self.kind}: {self.text!r}"


# Shared windows that show the texts their callers give: charged to the caller's window.
MESSENGERS = {"ProgressDialog"}


def owner_of(widget: QWidget | None) -> str:
    while widget is not None:
        cls = type(widget)
        if cls.__module__.startswith("contactweb.ui.") and cls.__name__ not in MESSENGERS:
            return f"{cls.__module__}.{cls.__name__}"
        widget = widget.parentWidget()
    return ""


def _texts(widget: QWidget) -> list[tuple[str, str]]:
    found = [("window title", widget.windowTitle() if widget.isWindow() else ""),
             ("tooltip", widget.toolTip())]
    if isinstance(widget, QLabel | QAbstractButton):
        found.append(("text", widget.text()))
    if isinstance(widget, QLineEdit):
        found.append(("placeholder", widget.placeholderText()))
        if widget.isReadOnly():
            found.append(("text", widget.text()))
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        found.append(("placeholder", widget.placeholderText()))
        if widget.isReadOnly():
            found.append(("text", widget.toPlainText()))
    if isinstance(widget, QGroupBox):
        found.append(("title", widget.title()))
    if isinstance(widget, QWizardPage):
        found += [("page title", widget.title()), ("page subtitle", widget.subTitle())]
    if isinstance(widget, QComboBox) and not widget.isEditable():
        found += [("choice", widget.itemText(i)) for i in range(widget.count())]
    if isinstance(widget, QAbstractSpinBox):
        found += [("special value", getattr(widget, "specialValueText", lambda: "")()),
                  ("suffix", getattr(widget, "suffix", lambda: "")())]
    if isinstance(widget, QTabBar):
        found += [("tab", widget.tabText(i)) for i in range(widget.count())]
        found += [("tab tooltip", widget.tabToolTip(i)) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        try:
            columns = model.columnCount()
        except TypeError:  # a list model keeps columnCount private: one column
            columns = 1
        for column in range(columns):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(column, Qt.Orientation.Horizontal, role)
                found.append(("header", value if isinstance(value, str) else ""))
    for action in widget.actions():
        if not action.isSeparator():
            found += [("action", action.text()), ("action tooltip", action.toolTip())]
            if action.menu() is not None:
                found.append(("menu", action.menu().title()))
    if isinstance(widget, QMenu):
        found.append(("menu", widget.title()))
    return found


def _fine(text: str) -> bool:
    text = text.replace("&&", "&").strip()
    if not text or text in ALLOWED or text in NOT_YET_TRANSLATED or DATA.match(text) or \
            text in CLDR_COUNTRIES or REGION_CODE.match(text) or \
            is_pseudo(text) or \
            TEST_DATA.search(text):
        return True
    # a shortcut shown in an action's tooltip: "[!! Sàvé !!] (Ctrl+S)"
    return False


def escaped_texts(top: QWidget, folders: set[str]) -> list[Escaped]:
    """The visible texts under ``top`` (itself included) that escaped translation, of
    widgets built by classes in the given ``contactweb/ui/`` folders."""
    escaped: list[Escaped] = []
    for widget in [top, *top.findChildren(QWidget)]:
        owner = owner_of(widget)
        folder = owner.split(".")[2] if owner else ""
        if folder not in folders or not _shown(widget, top):
            continue
        for kind, text in _texts(widget):
            if isinstance(text, str) and not _fine(text):
                escaped.append(Escaped(owner, kind, text))
    return escaped


def escaped_messages(messages: list[tuple[str, str]], owner: str) -> list[Escaped]:
    """The message boxes a test's dialog host recorded, (title, text) each: a refusal, a
    question or a note, charged to ``owner`` (the screen that showed them)."""
    return [Escaped(owner, kind, text) for title, text in messages
            for kind, text in (("message title", title), ("message", text))
            if not _fine(text)]


def _shown(widget: QWidget, top: QWidget) -> bool:
    """Shown when its window is: hidden rows and pages are not on screen. A wizard's pages
    other than the current one count as shown (each is visited by the test)."""
    if isinstance(top, QWizard):
        return True
    return widget.isVisibleTo(top) or widget is top or isinstance(widget, QMenu)


def every_window() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]
