"""The team server goes away while a contact is being edited: the save says the connection
was lost, the dialog stays open with everything typed, and once the server is back the same
save goes through on a new connection, with no restart and nothing typed again. The window
says the connection is lost while it is, and the lists reload once it is back."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMainWindow
from pytestqt.qtbot import QtBot

from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.team import team_session
from contactweb.ui.app.team_change_listener import TeamChangeListener, show_team_connection
from contactweb.ui.contacts.contact_edit_dialog import ContactEditDialog
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from tests.support.postgres_server import needs_postgres
from tests.support.team_vaults import TeamVaultFixture, team_vault  # noqa: F401
from tests.ui.conftest import click_and_finish, type_into

pytestmark = needs_postgres


def _server_away(team: TeamVaultFixture, away: bool) -> None:  # noqa: F811
    """As an outage looks from a desktop: its connections dropped, new ones refused."""
    database = team.profile.database
    team.server.execute(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS {str(not away).lower()}')
    if away:
        # With a timeout, each call waits until its backend has exited (its socket closed),
        # so the desktop's next read meets the outage instead of racing the signal.
        team.server.execute("SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
                            f"WHERE datname = '{database}'")


def test_a_save_while_the_server_is_away_keeps_the_edit_and_goes_through_later(
        qtbot: QtBot, team_vault: TeamVaultFixture, bridge: WorkspaceBridge) -> None:  # noqa: F811
    admin = team_session.sign_in(team_vault.profile, "boss", team_vault.admin_password)
    try:
        cid = contacts.create_contact(admin, ContactInput(first_name="Ann", last_name="Lee"))
        dialog = ContactEditDialog(admin, bridge, cid)
        qtbot.addWidget(dialog)
        dialog.show()
        type_into(qtbot, dialog.title_edit, "Head buyer")

        _server_away(team_vault, True)
        try:
            click_and_finish(qtbot, dialog.save_button)
            assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
            assert dialog.general_error.text().startswith(
                "The connection to the team server was lost, so this was not saved.")
            assert dialog.title_edit.text() == "Head buyer"
        finally:
            _server_away(team_vault, False)

        click_and_finish(qtbot, dialog.save_button)
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert contacts.get_contact(admin, cid, audit_view=False).title == "Head buyer"
    finally:
        admin.lock()


def test_the_window_says_the_connection_is_lost_and_refreshes_when_it_is_back(
        qtbot: QtBot, team_vault: TeamVaultFixture, bridge: WorkspaceBridge) -> None:  # noqa: F811
    admin = team_session.sign_in(team_vault.profile, "boss", team_vault.admin_password)
    window = QMainWindow()
    qtbot.addWidget(window)
    listener = TeamChangeListener(admin, bridge)
    listener.connectionChanged.connect(
        lambda connected: show_team_connection(window.statusBar(), connected))
    states: list[bool] = []
    listener.connectionChanged.connect(states.append)
    listener.start()
    try:
        _server_away(team_vault, True)
        try:
            listener.poll()  # the listening connection was dropped
            listener.poll()  # and a new one is refused: still lost, said once
            assert states == [False]
            assert window.statusBar().currentMessage().startswith(
                "The connection to the team server is lost: reconnecting.")
        finally:
            _server_away(team_vault, False)
        # Back: said so, and every view reloads (what was saved meanwhile was not heard).
        with qtbot.waitSignal(bridge.changed, timeout=5_000) as got:
            listener.poll()
        assert states == [False, True] and listener.connected
        assert got.args[0].contacts and got.args[0].communications and got.args[0].settings
        assert window.statusBar().currentMessage().startswith(
            "Connected to the team server again")
    finally:
        listener.stop()
        admin.lock()
