"""The first start: from an empty data folder through the wizard to a signed-in window."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from contactweb import paths
from contactweb.models import Setting
from contactweb.services.accounts import session
from contactweb.services.contacts import contact_queries
from contactweb.ui.app import app as app_module
from contactweb.ui.app.app_controller import AppController
from contactweb.ui.app.first_run_wizard import FirstRunWizard
from contactweb.ui.app.gui_preferences import GuiPreferences
from contactweb.ui.app.sign_in_dialog import SignInDialog
from tests.ui.conftest import ScriptedDialogHost, click, finish_operations, type_into

ADMIN_PASSWORD = "Spring-tulips-2024!"


def test_first_run_creates_vault_with_demo_data_and_signs_in(
        qtbot: QtBot, host: ScriptedDialogHost) -> None:
    quits: list[bool] = []
    controller = AppController(host, GuiPreferences.load(), quit_app=lambda: quits.append(True))
    controller.start()
    wizard = controller.wizard
    assert isinstance(wizard, FirstRunWizard) and wizard.isVisible()
    assert wizard.vault_dir() == paths.default_vault_dir()
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    click(qtbot, next_button)  # keep the default folder
    type_into(qtbot, wizard.username_edit, "maria")
    type_into(qtbot, wizard.password_edit, "tulips")
    type_into(qtbot, wizard.confirm_edit, "tulips")
    click(qtbot, next_button)
    # Too weak: the rule shows under the field and the wizard stays on this page.
    assert wizard.meter.verdict.text().startswith("Too weak")
    assert "at least 12 characters" in wizard.meter.verdict.text()
    type_into(qtbot, wizard.password_edit, ADMIN_PASSWORD)
    type_into(qtbot, wizard.confirm_edit, ADMIN_PASSWORD + "x")
    click(qtbot, next_button)
    assert wizard.confirm_error.text() == "The two passwords differ."
    type_into(qtbot, wizard.confirm_edit, ADMIN_PASSWORD)
    click(qtbot, next_button)

    click(qtbot, wizard.demo_check)
    type_into(qtbot, wizard.demo_count_spin, "40")
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))

    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=30_000)
    window = controller.main_window
    ws = controller.workspace
    assert window.windowTitle() == "ContactWeb"
    assert window.user_label.text() == "Signed in as maria (admin)"
    finish_operations(qtbot)  # the backup line is read in the background
    assert window.backup_label.text() == "No backup configured"
    assert contact_queries.count_contacts(ws) == 40
    assert contact_queries.count_contacts(ws, contact_queries.ContactQuery(tag="demo")) == 40
    assert window.page("contacts").model.rowCount() == 40
    # The vault and the username are remembered for the next start, never the password.
    saved = GuiPreferences.load()
    assert (saved.vault_path, saved.last_username) == (str(paths.default_vault_dir()), "maria")
    assert ADMIN_PASSWORD not in GuiPreferences.file_path().read_text()
    assert controller.wizard is None  # the wizard, with the typed password, is gone

    controller.quit()  # once the runner has read that no backup is needed at exit
    qtbot.waitUntil(lambda: quits == [True], timeout=10_000)
    assert ws.locked
    again = session.sign_in(paths.default_vault_dir(), "maria", ADMIN_PASSWORD)
    again.lock()


def test_second_start_goes_to_sign_in_with_remembered_name(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws, vault_dir) -> None:  # noqa: ANN001
    GuiPreferences(vault_path=str(vault_dir), last_username="admin").save()
    controller = AppController(host, GuiPreferences.load(), quit_app=lambda: None)
    controller.start()
    dialog = controller.sign_in_dialog
    assert isinstance(dialog, SignInDialog) and dialog.isVisible()
    assert controller.wizard is None
    assert dialog.username_edit.text() == "admin"

    controller.remember_username = False  # shared-computer mode
    controller.show_sign_in()
    assert controller.sign_in_dialog.username_edit.text() == ""


def test_wizard_refuses_a_folder_that_already_holds_a_vault(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws, vault_dir) -> None:  # noqa: ANN001
    wizard = FirstRunWizard(vault_dir, host)
    qtbot.addWidget(wizard)
    wizard.show()
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentId() == 0
    assert "already a vault" in wizard.location_error.text()


def test_no_display_prints_how_to_run_offscreen(monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert app_module.run_gui([]) == 1
    assert "QT_QPA_PLATFORM=offscreen" in capsys.readouterr().err


def test_first_run_shows_the_locales_region_and_stores_the_one_chosen(
        qtbot: QtBot, host: ScriptedDialogHost, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    controller = AppController(host, GuiPreferences.load(), quit_app=lambda: None)
    controller.start()
    wizard = controller.wizard
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    click(qtbot, next_button)
    assert wizard.region_edit.text() == "DE"  # from the system locale
    type_into(qtbot, wizard.username_edit, "maria")
    type_into(qtbot, wizard.password_edit, ADMIN_PASSWORD)
    type_into(qtbot, wizard.confirm_edit, ADMIN_PASSWORD)
    type_into(qtbot, wizard.region_edit, "Q1")
    click(qtbot, next_button)
    assert "two-letter country code" in wizard.region_error.text()
    type_into(qtbot, wizard.region_edit, "at")  # the person changes it
    click(qtbot, next_button)
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=30_000)
    with controller.workspace.session(readonly=True) as db:
        assert db.get(Setting, "default_region").value == '"AT"'
    controller.quit()


def test_first_run_says_when_the_locale_names_no_country(
        qtbot: QtBot, host: ScriptedDialogHost, monkeypatch: pytest.MonkeyPatch,
        tmp_path) -> None:  # noqa: ANN001
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    wizard = FirstRunWizard(tmp_path / "vault", host)
    qtbot.addWidget(wizard)
    assert wizard.region_edit.text() == "" and wizard.default_region() is None
    assert "name no country, so none is set" in wizard.region_note.text()
