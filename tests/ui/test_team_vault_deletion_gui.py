"""On a team vault the administration page's "Delete this vault…" says what the database's
owner does on the server instead of deleting anything here; the Team server window forgets a
saved server (its profile and this computer's files) once asked."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from contactweb.team import profile as profiles
from contactweb.team import team_session
from contactweb.ui.app.team_server_dialog import NEW_PROFILE, TeamServerDialog
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.ui.privacy.delete_vault_dialog import DeleteVaultDialog
from tests.support.team_vaults import TeamVaultFixture, team_vault  # noqa: F401
from tests.ui.conftest import ScriptedDialogHost, click


def test_the_delete_vault_dialog_on_a_team_vault_explains_instead(
        qtbot: QtBot, bridge: WorkspaceBridge, team_vault: TeamVaultFixture) -> None:  # noqa: F811
    ws = team_session.sign_in(team_vault.profile, "boss", team_vault.admin_password)
    try:
        dialog = DeleteVaultDialog(ws, bridge)
        qtbot.addWidget(dialog)
        dialog.show()
        text = " ".join(label.text() for label in dialog.findChildren(type(dialog.status_label)))
        assert f"dropdb {team_vault.profile.database}" in text
        assert "Forget this server" in text
        assert not dialog.delete_button.isVisible() and not dialog.phrase_edit.isVisible()
        dialog.phrase_edit.setText(dialog.phrase)  # even typed, nothing is deleted
        dialog.password_edit.setText(team_vault.admin_password)
        dialog.delete()
        assert ws.vault.folder.exists() and not ws.locked
        assert dialog.cancel_button.text() == "Close"
    finally:
        ws.lock()


def test_the_team_server_window_forgets_a_saved_server_once_asked(
        qtbot: QtBot, host: ScriptedDialogHost, team_vault: TeamVaultFixture) -> None:  # noqa: F811
    profile = team_vault.profile
    ws = team_session.sign_in(profile, "boss", team_vault.admin_password)
    local = ws.vault.folder
    ws.lock()
    profiles.save(replace(profile, name="elsewhere"), team_vault.server.ca.ca_pem)
    dialog = TeamServerDialog(host)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.profile_box.setCurrentIndex(dialog.profile_box.findText(
        f"{profile.name} (", Qt.MatchFlag.MatchStartsWith))
    host.answers.append(False)  # Cancel: nothing goes
    click(qtbot, dialog.forget_button)
    assert profiles.profile_path(profile.name).exists() and local.exists()
    host.answers.append(True)
    click(qtbot, dialog.forget_button)
    assert "the vault on the server" in host.messages[-1][1]
    assert not profiles.profile_path(profile.name).exists() and not local.exists()
    assert [dialog.profile_box.itemText(i) for i in range(dialog.profile_box.count())] == [
        f"elsewhere ({profile.label})", NEW_PROFILE]
    dialog.profile_box.setCurrentIndex(1)
    assert not dialog.forget_button.isEnabled()  # a new server is not saved yet
