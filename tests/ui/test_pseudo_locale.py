"""Under the x-pseudo locale every screen, dialog and wizard page shows only translated text
(``[!! ... !!]``), data aside; under x-rtl the whole window mirrors, right to left.

The folders whose texts are all translated are listed in TRANSLATED; a folder joins the list
when its last text goes through ``tr()``, and from then on nothing in it may escape."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWizard
from pytestqt.qtbot import QtBot

from contactweb import i18n
from contactweb.ui.app.app_controller import AppController
from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.interchange.import_wizard import MAPPING_PAGE, PREVIEW_PAGE, REPORT_PAGE
from contactweb.ui.kit import translations
from contactweb.ui.mailing.mailing_wizard import (
    CHECKLIST_PAGE,
    COMPOSE_PAGE,
    SEND_PAGE,
    MailingWizard,
)
from contactweb.ui.mailing.mailing_wizard import REPORT_PAGE as REPORT
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.mailing_server import ContactSpec, add_contacts, configure, smtp_server
from tests.support.shared_computer import make_controller, settle, sign_in
from tests.support.translation_check import Escaped, escaped_texts
from tests.ui.conftest import ScriptedDialogHost, click
from tests.ui.test_kit_session_lifecycle import OPENERS

# The ui/ folders translated to the last text.
TRANSLATED = {"kit", "mailing", "activity", "app", "contacts", "privacy", "session", "admin",
              "backup"}

# The screens, not the database, are under test; in the catalogs as built from the sources.
pytestmark = [pytest.mark.sqlite_only, pytest.mark.usefixtures("compiled_catalogs")]


def speak(language: str) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    yield translations.install(app, language)
    translations.reset(app)


@pytest.fixture
def pseudo() -> Iterator[str]:
    yield from speak(i18n.PSEUDO)


@pytest.fixture
def rtl() -> Iterator[str]:
    yield from speak(i18n.PSEUDO_RTL)


def signed_in(qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
              controllers: list[AppController]) -> MainWindow:
    add_contacts(admin_ws, [ContactSpec("Philippa", "Thistlewood",
                                        "philippa@thistle.example")])
    admin_ws.engine.dispose()
    controller = make_controller(host, vault_dir, made=controllers)
    sign_in(qtbot, controller, "admin", PASSWORD)
    window = controller.main_window
    assert window is not None
    return window


def report(escaped: list[Escaped]) -> str:
    return "texts not translated:\n" + "\n".join(sorted({str(e) for e in escaped}))


def test_every_page_and_menu_is_translated(qtbot: QtBot, host: ScriptedDialogHost,
                                           admin_ws: Workspace, vault_dir: Path,
                                           controllers: list[AppController],
                                           pseudo: str) -> None:
    window = signed_in(qtbot, host, admin_ws, vault_dir, controllers)
    escaped: list[Escaped] = []
    for key in window.page_keys():
        window.show_page(key)
        settle()
        escaped += escaped_texts(window, TRANSLATED)
    assert escaped == [], report(escaped)


@pytest.mark.parametrize("opened", list(OPENERS))
def test_every_dialog_is_translated(qtbot: QtBot, host: ScriptedDialogHost,
                                    admin_ws: Workspace, vault_dir: Path,
                                    controllers: list[AppController], pseudo: str,
                                    opened: str) -> None:
    window = signed_in(qtbot, host, admin_ws, vault_dir, controllers)
    seen: list[QDialog] = []
    escaped: list[Escaped] = []

    def inspect(dialog: QDialog) -> int:
        seen.append(dialog)
        qtbot.wait(50)  # its first reads report back
        escaped.extend(escaped_texts(dialog, TRANSLATED))
        return QDialog.DialogCode.Rejected

    host.handlers.append(inspect)
    OPENERS[opened](window)
    settle()
    assert seen, f"{opened} opened no dialog"
    assert escaped == [], report(escaped)


def test_every_page_of_the_mailing_wizard_is_translated(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        controllers: list[AppController], pseudo: str) -> None:
    with smtp_server() as (_handler, port):
        configure(admin_ws, port)
        window = signed_in(qtbot, host, admin_ws, vault_dir, controllers)
        mailings = window.show_page("mailings")
        click(qtbot, mailings.new_button)
        wizard: MailingWizard = mailings.wizard
        qtbot.waitUntil(lambda: wizard.eligibility is not None and not wizard.busy(),
                        timeout=10_000)
        escaped = escaped_texts(wizard, TRANSLATED)
        compose = wizard.compose_page
        compose.subject.setText("News for {first_name}")
        compose.body.setPlainText("Dear {first_name},\nnews.")
        for page_id, button in ((COMPOSE_PAGE, QWizard.WizardButton.NextButton),
                                (CHECKLIST_PAGE, QWizard.WizardButton.NextButton),
                                (SEND_PAGE, QWizard.WizardButton.CommitButton)):
            if page_id == CHECKLIST_PAGE:
                compose.update_preview()
            click(qtbot, wizard.button(button))
            assert wizard.currentId() == page_id
            settle()
            escaped += escaped_texts(wizard, TRANSLATED)
        qtbot.waitUntil(lambda: wizard.currentId() == REPORT, timeout=10_000)
        settle()
        escaped += escaped_texts(wizard, TRANSLATED)
        wizard.reject()
        settle()
    assert escaped == [], report(escaped)


def test_every_page_of_the_import_wizard_is_translated(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        controllers: list[AppController], pseudo: str, tmp_path: Path) -> None:
    window = signed_in(qtbot, host, admin_ws, vault_dir, controllers)
    path = tmp_path / "clients.csv"
    path.write_text("Nom de famille;Prénom;Courriel\n"
                    "Thistlewood;Philippa;philippa@thistle.example\n", encoding="utf-8")
    escaped: list[Escaped] = []

    def walk(wizard: QDialog) -> int:
        assert isinstance(wizard, QWizard)
        escaped.extend(escaped_texts(wizard, TRANSLATED))
        wizard.file_page.path_edit.setText(str(path))  # type: ignore[attr-defined]
        for step in (MAPPING_PAGE, PREVIEW_PAGE, REPORT_PAGE):
            click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
            qtbot.waitUntil(lambda s=step: wizard.currentId() == s and  # type: ignore[misc]
                            not wizard.busy(), timeout=10_000)  # type: ignore[attr-defined]
            escaped.extend(escaped_texts(wizard, TRANSLATED))
        return QDialog.DialogCode.Rejected

    host.handlers.append(walk)
    window.import_action.trigger()
    settle()
    assert host.handlers == []
    assert escaped == [], report(escaped)


def test_the_window_mirrors_right_to_left(qtbot: QtBot, host: ScriptedDialogHost,
                                          admin_ws: Workspace, vault_dir: Path,
                                          controllers: list[AppController], rtl: str) -> None:
    window = signed_in(qtbot, host, admin_ws, vault_dir, controllers)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    page = window.show_page("contacts")
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # a page's first widget sits at the right edge, as an Arabic or Hebrew reader expects
    assert page.mapTo(window, page.rect().topRight()).x() >= window.width() // 2
    seen: list[Qt.LayoutDirection] = []

    def inspect(dialog: QDialog) -> int:
        seen.append(dialog.layoutDirection())
        return QDialog.DialogCode.Rejected

    host.handlers.append(inspect)
    OPENERS["new contact"](window)
    settle()
    assert seen == [Qt.LayoutDirection.RightToLeft]
    assert translations.is_right_to_left("ar") and translations.is_right_to_left("he_IL")
    assert not translations.is_right_to_left("de")


def test_the_language_chosen_in_settings_comes_before_the_system(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CONTACTWEB_LANG", raising=False)
    for name in i18n.ENVIRONMENT[1:]:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert translations.chosen_language("") == "fr_FR"  # the system's
    assert translations.chosen_language("es") == "es"  # chosen in Settings
    monkeypatch.setenv("CONTACTWEB_LANG", "de")
    assert translations.chosen_language("es") == "de"  # forced (tests, screenshots)
