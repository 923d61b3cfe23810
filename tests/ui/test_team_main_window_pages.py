"""Every page of the main window opens on a team vault, for a person of each role, without an
error."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from contactweb.services.accounts import users
from contactweb.services.contacts.contacts import ContactInput, create_contact
from contactweb.team import team_session
from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from tests.support.team_vaults import TeamVaultFixture, team_vault  # noqa: F401
from tests.ui.conftest import finish_operations


# Every role: each reads only the tables the application shows it (server_security.READERS).
@pytest.mark.parametrize("role", ["admin", "manager", "staff", "readonly"])
def test_every_page_opens_on_a_team_vault(qtbot: QtBot, bridge: WorkspaceBridge, role: str,
                                          team_vault: TeamVaultFixture) -> None:  # noqa: F811
    admin = team_session.sign_in(team_vault.profile, "boss", team_vault.admin_password)
    create_contact(admin, ContactInput(first_name="Ann", last_name="Lee"))
    if role != "admin":
        users.add_user(admin, "kim", role, "Kim-pass-42!xx", must_change=False)
        admin.lock()
        ws = team_session.sign_in(team_vault.profile, "kim", "Kim-pass-42!xx")
    else:
        ws = admin
    errors: list[BaseException] = []
    window = MainWindow(ws, bridge)
    qtbot.addWidget(window)
    window.show()
    try:
        for key in window.page_keys():
            try:
                window.show_page(key)
                finish_operations(qtbot)
            except Exception as exc:  # noqa: BLE001 - collected, reported together
                errors.append(exc)
        assert errors == []
    finally:
        bridge.locked.emit()
        ws.lock()
