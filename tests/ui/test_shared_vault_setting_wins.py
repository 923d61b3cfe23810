"""Shared-computer mode set for the whole vault wins on every machine: after an automatic
sign-out no username is offered and none stays in the GUI settings file, and the sign-in
screen shows the mode ticked (and cannot untick it)."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from contactweb.services import settings
from contactweb.ui.app.app_controller import AppController
from contactweb.ui.app.gui_preferences import GuiPreferences
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.shared_computer import make_controller, sign_in
from tests.ui.conftest import ScriptedDialogHost, finish_operations


def _settings_file_text() -> str:
    return GuiPreferences.file_path().read_text("utf-8")


def test_turned_on_mid_session_the_name_is_forgotten_at_the_automatic_sign_out(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        controllers: list[AppController]) -> None:
    settings.put(admin_ws, "shared_timeout_minutes", 1)
    controller = make_controller(host, vault_dir, minute_ms=600, warning_ms=200,
                                 made=controllers)
    sign_in(qtbot, controller, "admin", PASSWORD, shared=False)
    assert GuiPreferences.load().last_username == "admin"  # not shared yet: remembered
    assert not controller.guard.shared

    # An administrator turns the mode on for the whole vault while this person works.
    page = controller.main_window.show_page("administration").settings_widget
    page.fields["shared_computer"].setChecked(True)
    assert page.save()
    finish_operations(qtbot)  # the settings are stored by an operation
    assert controller.guard.shared

    with qtbot.waitSignal(controller.lockedOut, timeout=10_000) as locked:
        pass  # nobody touches anything
    assert locked.args == ["idle"]
    dialog = controller.sign_in_dialog
    assert dialog.username_edit.text() == ""
    assert GuiPreferences.load().last_username == ""
    assert "admin" not in json.loads(_settings_file_text()).values()
    assert dialog.shared_check.isChecked() and not dialog.shared_check.isEnabled()
    assert "whole vault" in dialog.shared_check.toolTip()


def test_the_sign_in_screen_shows_the_vault_setting_after_a_restart(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        controllers: list[AppController]) -> None:
    settings.put(admin_ws, "shared_computer", True)
    controller = make_controller(host, vault_dir, made=controllers)
    assert not controller.sign_in_dialog.shared_check.isChecked()  # not known before sign-in
    sign_in(qtbot, controller, "admin", PASSWORD, shared=False)
    controller.main_window.sign_out_action.trigger()
    saved = GuiPreferences.load()
    assert saved.last_username == "" and saved.shared_computer is False  # the machine's own
    assert controller.sign_in_dialog.shared_check.isChecked()

    # The next start of the program on this machine shows the same.
    again = make_controller(host, vault_dir, prefs=GuiPreferences.load(), made=controllers)
    box = again.sign_in_dialog.shared_check
    assert box.isChecked() and not box.isEnabled()
    box.setChecked(False)  # even forced from code, the vault setting still wins
    sign_in(qtbot, again, "admin", PASSWORD)
    assert again.guard.shared and GuiPreferences.load().last_username == ""

    # Turned off for the vault: the box is this machine's own choice again.
    settings.put(again.workspace, "shared_computer", False)
    again.main_window.sign_out_action.trigger()
    box = again.sign_in_dialog.shared_check
    assert box.isEnabled() and not box.isChecked()
