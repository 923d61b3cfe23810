"""Connect to a team server from the first-run wizard and the sign-in screen: choosing or
describing a profile, signing in as one's own login role, and a clear message for each way
it can fail."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot

from contactweb.team import profile as profiles
from contactweb.team.team_workspace import TeamWorkspace
from contactweb.ui.app.app_controller import AppController
from contactweb.ui.app.gui_preferences import GuiPreferences
from contactweb.ui.app.team_server_dialog import NEW_PROFILE, TeamServerDialog
from tests.support.mailing_server import free_port
from tests.support.team_vaults import TeamVaultFixture, team_vault  # noqa: F401
from tests.support.tls_authority import make_test_ca
from tests.ui.conftest import ScriptedDialogHost, click, type_into


def _button(widget, text: str) -> QPushButton:  # noqa: ANN001
    return next(b for b in widget.findChildren(QPushButton) if b.text() == text)


def _choose(name: str):  # noqa: ANN202
    def handler(dialog: QDialog) -> int:
        assert isinstance(dialog, TeamServerDialog)
        dialog.profile_box.setCurrentIndex(dialog.profile_box.findText(
            name, Qt.MatchFlag.MatchStartsWith))
        dialog.submit()
        return dialog.result()
    return handler


def _sign_in(qtbot: QtBot, controller: AppController, username: str, password: str) -> str:
    dialog = controller.sign_in_dialog
    type_into(qtbot, dialog.username_edit, username)
    type_into(qtbot, dialog.password_edit, password)
    click(qtbot, dialog.sign_in_button)
    qtbot.waitUntil(lambda: controller.workspace is not None
                    or dialog.sign_in_button.isEnabled(), timeout=20_000)
    return "" if controller.workspace is not None else dialog.message.text()


def test_first_run_connects_to_a_team_server_and_signs_in(
        qtbot: QtBot, host: ScriptedDialogHost, team_vault: TeamVaultFixture,  # noqa: F811
        tmp_path: Path) -> None:
    controller = AppController(host, GuiPreferences.load(), quit_app=lambda: None)
    controller.start()
    assert controller.wizard is not None
    host.handlers.append(_choose(team_vault.profile.name))
    click(qtbot, _button(controller.wizard, "Connect to a team server…"))
    dialog = controller.sign_in_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.vault_label.text().startswith(f"Team server: {team_vault.profile.name}")

    assert _sign_in(qtbot, controller, "boss", "wrong-password") == \
        "Wrong username or password."
    _sign_in(qtbot, controller, "boss", team_vault.admin_password)
    qtbot.waitUntil(lambda: controller.workspace is not None, timeout=20_000)
    assert isinstance(controller.workspace, TeamWorkspace)
    assert (controller.workspace.username, controller.workspace.role) == ("boss", "admin")
    assert controller.main_window is not None
    assert controller.main_window.user_label.text() == "Signed in as boss (admin)"
    controller.shutdown()

    # The next start offers the same team server straight away, not the first-run wizard.
    again = AppController(host, GuiPreferences.load(), quit_app=lambda: None)
    again.start()
    assert again.wizard is None and again.sign_in_dialog is not None
    assert again.sign_in_dialog.vault_label.text().startswith(
        f"Team server: {team_vault.profile.name}")
    again.shutdown()


def test_the_sign_in_screen_says_why_a_team_server_cannot_be_used(
        qtbot: QtBot, host: ScriptedDialogHost, team_vault: TeamVaultFixture,  # noqa: F811
        tmp_path: Path, admin_ws) -> None:  # noqa: ANN001
    good = team_vault.profile
    other_ca = make_test_ca(tmp_path / "other-ca")
    profiles.save(profiles.TeamProfile(**{**good.__dict__, "name": "untrusted",
                                          "ca_file": str(other_ca.ca_pem)}))
    profiles.save(profiles.TeamProfile(**{**good.__dict__, "name": "down",
                                          "port": free_port()}))
    controller = AppController(host, GuiPreferences(vault_path=str(tmp_path / "vault")),
                               quit_app=lambda: None)
    controller.start()
    dialog = controller.sign_in_dialog
    assert dialog is not None

    host.handlers.append(_choose("untrusted"))
    click(qtbot, dialog.team_button)
    assert "is not trusted" in _sign_in(qtbot, controller, "boss", team_vault.admin_password)

    host.handlers.append(_choose("down"))
    click(qtbot, dialog.team_button)
    assert "does not answer" in _sign_in(qtbot, controller, "boss", team_vault.admin_password)

    def plain_to_another_computer(chooser: QDialog) -> int:
        assert isinstance(chooser, TeamServerDialog)
        chooser.profile_box.setCurrentIndex(chooser.profile_box.findText(NEW_PROFILE))
        chooser.host_edit.setText("crm.office.example")
        chooser.database_edit.setText("office")
        chooser.submit()
        assert chooser.error.isVisible()
        refused = chooser.error.text()
        assert "certificate authority" in refused
        chooser.reject()
        return chooser.result()

    host.handlers.append(plain_to_another_computer)
    click(qtbot, dialog.team_button)
    assert not profiles.profile_path("office").exists()
    assert dialog.vault_label.text().startswith("Team server: down")
    controller.shutdown()
