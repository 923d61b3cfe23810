"""Under the x-pseudo locale, what the page walk of test_pseudo_locale does not open: every
tab of Administration (Users, Business profile, Settings, Audit log, Backups), the backup
actions and the dialogs they open, and the refusals and questions shown in message boxes.
Any visible text without the pseudo-locale's brackets escaped translation and fails."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from contactweb.services.accounts.users import add_user
from contactweb.ui.admin.administration_tab import AdministrationTab
from contactweb.ui.app.app_controller import AppController
from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.backup.team_backup_secrets_dialog import TeamBackupSecretsDialog
from contactweb.ui.backup.transfer_basis_dialog import TransferBasisDialog
from contactweb.vault.workspace import Workspace
from tests.support.shared_computer import settle
from tests.support.translation_check import Escaped, escaped_messages, escaped_texts
from tests.ui.conftest import ScriptedDialogHost, click
from tests.ui.test_pseudo_locale import TRANSLATED, report, signed_in, speak

# The screens, not the database, are under test; in the catalogs as built from the sources.
pytestmark = [pytest.mark.sqlite_only, pytest.mark.usefixtures("compiled_catalogs")]


@pytest.fixture
def pseudo() -> Iterator[str]:
    from contactweb import i18n

    yield from speak(i18n.PSEUDO)


def administration(window: MainWindow) -> AdministrationTab:
    page = window.show_page("administration")
    assert isinstance(page, AdministrationTab) and page.tabs is not None
    settle()
    return page


def each_tab(qtbot: QtBot, window: MainWindow, page: AdministrationTab) -> list[Escaped]:
    assert page.tabs is not None
    escaped: list[Escaped] = []
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        settle()
        qtbot.wait(50)  # its first reads report back
        escaped += escaped_texts(window, TRANSLATED)
    return escaped


def test_every_administration_tab_is_translated(qtbot: QtBot, host: ScriptedDialogHost,
                                                admin_ws: Workspace, vault_dir: Path,
                                                controllers: list[AppController],
                                                pseudo: str) -> None:
    window = signed_in(qtbot, host, admin_ws, vault_dir, controllers)
    page = administration(window)
    assert page.tabs is not None and page.tabs.count() == 5
    escaped = each_tab(qtbot, window, page)
    # the backup destination's other kind (a folder) and its fields
    backups = page.backup_widget
    assert backups is not None
    page.tabs.setCurrentWidget(backups)
    backups.target_widget.kind_choice.choose("folder")
    settle()
    escaped += escaped_texts(window, TRANSLATED)
    assert escaped == [], report(escaped)


def test_backup_actions_and_their_dialogs_are_translated(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        controllers: list[AppController], pseudo: str, tmp_path: Path) -> None:
    window = signed_in(qtbot, host, admin_ws, vault_dir, controllers)
    page = administration(window)
    backups = page.backup_widget
    assert page.tabs is not None and backups is not None
    page.tabs.setCurrentWidget(backups)
    target = backups.target_widget
    target.kind_choice.choose("folder")
    target.folder_edit.setText(str(tmp_path / "offsite"))
    (tmp_path / "offsite").mkdir()
    escaped: list[Escaped] = []
    for button in (target.test_button, target.save_button):
        click(qtbot, button)
        settle()
        escaped += escaped_texts(window, TRANSLATED)
    finished: list[str] = []
    backups.jobFinished.connect(finished.append)
    click(qtbot, backups.backup_button)
    qtbot.waitUntil(lambda: finished == ["backup"], timeout=20_000)
    settle()
    escaped += escaped_texts(window, TRANSLATED)
    click(qtbot, backups.verify_button)
    qtbot.waitUntil(lambda: finished[-1:] == ["verify"], timeout=20_000)
    settle()
    escaped += escaped_texts(window, TRANSLATED)
    host.answers.append(True)
    click(qtbot, backups.prune_button)
    qtbot.waitUntil(lambda: finished[-1:] == ["prune"], timeout=20_000)
    settle()
    escaped += escaped_texts(window, TRANSLATED)
    restored = tmp_path / "restored"
    restored.mkdir()
    host.file_answers.append(str(restored))
    click(qtbot, backups.restore_button)
    qtbot.waitUntil(lambda: finished[-1:] == ["restore"], timeout=20_000)
    settle()
    escaped += escaped_texts(window, TRANSLATED)
    assert finished == ["backup", "verify", "prune", "restore"]
    escaped += escaped_messages(host.messages, "AdminBackupWidget")

    seen: list[QDialog] = []

    def inspect(dialog: QDialog) -> int:
        seen.append(dialog)
        escaped.extend(escaped_texts(dialog, TRANSLATED))
        return QDialog.DialogCode.Rejected

    bridge = controllers[0].bridge
    assert bridge is not None
    # the EEA transfer basis; a team vault's backup passphrase (shown before any server work)
    for dialog in (TransferBasisDialog(admin_ws, bridge.operations, backups),
                   TeamBackupSecretsDialog(admin_ws, bridge, backups)):
        host.handlers.append(inspect)
        host.exec_dialog(dialog)
        dialog.deleteLater()
    assert len(seen) == 2
    assert escaped == [], report(escaped)


def test_refusals_and_questions_are_translated(qtbot: QtBot, host: ScriptedDialogHost,
                                               admin_ws: Workspace, vault_dir: Path,
                                               controllers: list[AppController],
                                               pseudo: str, tmp_path: Path) -> None:
    window = signed_in(qtbot, host, admin_ws, vault_dir, controllers)
    page = administration(window)
    users, backups = page.users_widget, page.backup_widget
    assert page.tabs is not None and users is not None and backups is not None
    escaped: list[Escaped] = []
    # a user who is already there; yourself demoted; another disabled, no re-keying
    add_user(admin_ws, "bea", "staff", "Bea-horse-5-staple-9")
    users.refresh()
    settle()
    users.new_username.setText("admin")
    users.new_password.setText("Another-horse-5-staple")
    click(qtbot, users.add_button)
    settle()
    assert users.add_error_label.text()
    users.select_user("admin")
    users.role_combo.setCurrentIndex(users.role_combo.findData("staff"))
    click(qtbot, users.set_role_button)
    settle()
    host.answers += [True, False]  # disable Bea; do not re-key now
    users.select_user("bea")
    click(qtbot, users.disable_button)
    settle()
    escaped += escaped_texts(window, TRANSLATED)
    # a file that is not a certificate, offered as the business's CA
    page.tabs.setCurrentWidget(backups)
    not_pem = tmp_path / "notes.txt"
    not_pem.write_text("not a certificate\n", encoding="utf-8")
    host.file_answers.append([str(not_pem)])
    backups.target_widget.trust.trust_ca()
    settle()
    # a restore with no backup anywhere
    host.file_answers.append(str(tmp_path))
    finished: list[str] = []
    backups.jobFinished.connect(finished.append)
    click(qtbot, backups.restore_button)
    qtbot.waitUntil(lambda: finished == ["restore"], timeout=20_000)
    settle()
    escaped += escaped_texts(window, TRANSLATED)
    if backups.details_button.isVisible():
        click(qtbot, backups.details_button)
    assert len(host.messages) >= 3  # disabling, re-keying, the refused certificate
    escaped += escaped_messages(host.messages, "AdministrationTab")
    assert escaped == [], report(escaped)
