"""Shared-computer mode keeps nothing on the machine: during a whole session that sets up
SMTP and an S3 backup destination, the OS keyring receives no write, and both secrets are
read back from inside the encrypted vault. Without the mode the same session does use the
keyring (so the recorder would notice a write)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from contactweb.services import secrets, settings
from contactweb.services.backup import backup, backup_target
from contactweb.services.mailing import smtp_settings
from contactweb.services.mailing.smtp_settings import SmtpSettings
from contactweb.ui.app.app_controller import AppController
from contactweb.ui.app.gui_preferences import GuiPreferences
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.memory_keyring import RecordingKeyring
from tests.support.shared_computer import make_controller, sign_in
from tests.support.sync_vaults import ACCESS_KEY, create_bucket, moto_endpoint
from tests.ui.conftest import ScriptedDialogHost

SMTP_PASSWORD = "smtp-Password-for-the-office-1"
S3_SECRET = "s3-Secret-Access-Key-for-backups-2"
MINUTE_MS = 60_000  # real minutes: these tests are not about the idle lock


def configure_secrets(ws: Workspace) -> None:
    """What an administrator does on the Mailings and Backups pages."""
    smtp_settings.configure(
        ws, SmtpSettings(host="smtp.example.com", username="office",
                         sender_address="office@example.com"),
        postal_address="1 Main Street, Springfield", password=SMTP_PASSWORD)
    result = backup.configure_s3(ws, moto_endpoint(), create_bucket("us-west-2"), "us-west-2",
                                 ACCESS_KEY, S3_SECRET)
    assert result.target.is_s3


def test_a_shared_session_writes_nothing_to_the_keyring(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        memory_keyring: RecordingKeyring, controllers: list[AppController]) -> None:
    prefs = GuiPreferences(vault_path=str(vault_dir), last_username="admin")
    controller = make_controller(host, vault_dir, prefs=prefs, minute_ms=MINUTE_MS,
                                 made=controllers)
    sign_in(qtbot, controller, "admin", PASSWORD, shared=True)
    ws = controller.workspace
    assert ws.shared_computer and controller.guard.shared
    assert settings.get(ws, "shared_computer") is False  # this machine, not the whole vault
    configure_secrets(ws)

    assert memory_keyring.writes == []
    assert secrets.secret_location(ws, smtp_settings.PASSWORD_SECRET) == secrets.LOCATION_VAULT
    assert secrets.secret_location(ws, backup_target.SECRET_NAME) == secrets.LOCATION_VAULT
    assert smtp_settings.load(ws).password_location == "vault"
    controller.main_window.sign_out_action.trigger()
    # Nothing about the person is left on the machine either.
    saved = GuiPreferences.load()
    assert saved.shared_computer is True and saved.last_username == ""
    assert controller.sign_in_dialog.username_edit.text() == ""
    assert controller.sign_in_dialog.shared_check.isChecked()

    # The secrets live inside the vault: readable at the next sign-in, mode on or off.
    sign_in(qtbot, controller, "admin", PASSWORD, shared=False)
    ws = controller.workspace
    assert not ws.shared_computer
    assert smtp_settings.smtp_password(ws) == SMTP_PASSWORD
    assert secrets.read_secret(ws, backup_target.SECRET_NAME) == S3_SECRET
    assert backup_target.open_transport(ws).test_connection()
    assert memory_keyring.writes == []
    assert GuiPreferences.load().last_username == "admin"  # remembered again


def test_the_vault_setting_turns_the_mode_on_for_every_machine(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        memory_keyring: RecordingKeyring, controllers: list[AppController]) -> None:
    settings.put(admin_ws, "shared_computer", True)
    settings.put(admin_ws, "shared_timeout_minutes", 2)
    prefs = GuiPreferences(vault_path=str(vault_dir), last_username="admin")
    controller = make_controller(host, vault_dir, prefs=prefs, minute_ms=MINUTE_MS,
                                 made=controllers)
    sign_in(qtbot, controller, "admin", PASSWORD, shared=False)
    ws = controller.workspace
    assert not ws.shared_computer and controller.guard.shared
    assert controller.guard.monitor.timeout_ms() == 2 * controller.guard.minute_ms
    assert GuiPreferences.load().last_username == ""  # the name remembered before is gone
    configure_secrets(ws)
    assert memory_keyring.writes == []
    assert secrets.read_secret(ws, smtp_settings.PASSWORD_SECRET) == SMTP_PASSWORD


def test_without_the_mode_the_same_session_uses_the_keyring(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        memory_keyring: RecordingKeyring, controllers: list[AppController]) -> None:
    controller = make_controller(host, vault_dir, minute_ms=MINUTE_MS, made=controllers)
    sign_in(qtbot, controller, "admin", PASSWORD, shared=False)
    configure_secrets(controller.workspace)
    assert {name for _service, name in memory_keyring.writes} == {
        smtp_settings.PASSWORD_SECRET, backup_target.SECRET_NAME}
    assert controller.guard.monitor.timeout_ms() == 15 * controller.guard.minute_ms
