"""A contact saved on another desktop reaches this desktop's views through the session's one
Changes adapter, and the listener lets go of its connection when the session ends."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from contactweb.services.accounts import users
from contactweb.services.contacts.contacts import ContactInput, create_contact
from contactweb.team import team_session
from contactweb.ui.app.team_change_listener import TeamChangeListener
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from tests.support.team_vaults import TeamVaultFixture, team_vault  # noqa: F401


def test_another_desktops_save_is_announced_here(
        qtbot: QtBot, bridge: WorkspaceBridge, team_vault: TeamVaultFixture) -> None:  # noqa: F811
    here = team_session.sign_in(team_vault.profile, "boss", team_vault.admin_password)
    users.add_user(here, "kim", "staff", "Kim-pass-42!xx", must_change=False)
    there = team_session.sign_in(team_vault.profile, "kim", "Kim-pass-42!xx")
    listener = TeamChangeListener(here, bridge)
    listener.start()
    try:
        with qtbot.waitSignal(bridge.changed, timeout=10_000,
                              check_params_cb=lambda changes: changes.contacts) as got:
            create_contact(there, ContactInput(first_name="Ann", last_name="Lee"))
        assert got.args[0].contacts and got.args[0].audit
    finally:
        listener.stop()
        there.lock()
        here.lock()
    assert here.engine is None
