"""An import that adds contacts with EEA addresses pauses the backups to a US server (no
transfer basis recorded). It is said at once in the import's report, administrators see a
notice above every page (staff see nothing they cannot act on), and the administrator records
the basis in place: from the notice, or when pressing "Back up now", never sent to a
command line. Over a real S3 endpoint (moto server mode)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from contactweb.services.backup import backup
from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.backup.transfer_basis_dialog import TransferBasisDialog
from contactweb.ui.interchange.import_wizard import PREVIEW_PAGE, REPORT_PAGE, ImportWizard
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace
from tests.support.backup_vaults import configure_s3
from tests.ui.conftest import ScriptedDialogHost, click, finish_operations
from tests.ui.test_import_wizard import go_next

THREE_IN_THE_EEA = "".join(
    f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{last};{first};;;\r\nFN:{first} {last}\r\n"
    f"ADR;TYPE=home:;;{street};{city};;{postcode};{country}\r\nEND:VCARD\r\n"
    for first, last, street, city, postcode, country in (
        ("Anna", "Schmidt", "Hauptstr. 1", "Berlin", "10115", "Germany"),
        ("Luc", "Martin", "1 rue de la Paix", "Paris", "75002", "France"),
        ("Sofia", "Rossi", "Via Roma 5", "Milano", "20121", "Italy")))


def import_file(qtbot: QtBot, ws: Workspace, bridge: WorkspaceBridge, host: ScriptedDialogHost,
                path: Path) -> ImportWizard:
    wizard = ImportWizard(ws, bridge)
    qtbot.addWidget(wizard)
    wizard.show()
    host.file_answers.append([str(path)])
    click(qtbot, wizard.file_page.browse_button)
    go_next(qtbot, wizard, PREVIEW_PAGE)
    go_next(qtbot, wizard, REPORT_PAGE)
    return wizard


def record_encryption(qtbot: QtBot) -> Callable[[QDialog], int]:
    def record(dialog: QDialog) -> int:
        assert isinstance(dialog, TransferBasisDialog)
        assert "3 contact(s) have an address in the European Economic Area" in \
            dialog.basis_widget.explanation.text()
        dialog.basis_widget.encryption_radio.setChecked(True)
        dialog.basis_widget.record_button.click()
        finish_operations(qtbot)  # stored by an operation, which closes the dialog
        return dialog.result()
    return record


def test_an_import_that_pauses_backups_says_so_and_the_basis_is_recorded_in_place(
        qtbot: QtBot, host: ScriptedDialogHost, bridge: WorkspaceBridge, admin_ws: Workspace,
        user_ws: Callable[[str], Workspace], tmp_path: Path,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    configure_s3(admin_ws, basis=None)
    assert backup.transfer_basis_needed(admin_ws) == 0  # no EEA contact yet
    window = open_main_window(admin_ws)
    assert not window.backup_notice.isVisible()

    staff_window = MainWindow(user_ws("staff"), WorkspaceBridge(ScriptedDialogHost()))
    qtbot.addWidget(staff_window)
    staff_window.show()

    path = tmp_path / "new-partners.vcf"
    path.write_text(THREE_IN_THE_EEA, encoding="utf-8")
    wizard = import_file(qtbot, admin_ws, bridge, host, path)
    # Said at the moment it happens, with why.
    report = wizard.report_page
    assert report.backups_paused.isVisible()
    assert report.backups_paused.text().startswith(
        "Backups are paused: 3 contacts now have an address in the European Economic Area")
    assert "contactweb " not in report.backups_paused.text()

    # Administrators see it above every page; staff see nothing they cannot act on.
    finish_operations(qtbot)  # the notice is read in the background
    notice = window.backup_notice
    assert notice.isVisible() and notice.kind == "paused"
    assert notice.label.text().startswith("Backups are paused: no basis is recorded") \
        and "the 3 contacts with an address in the European Economic Area" in notice.label.text()
    staff_window.backup_notice.refresh()
    staff_window.update_status()
    assert not staff_window.backup_notice.isVisible()
    finish_operations(qtbot)  # the backup line is read in the background
    assert staff_window.backup_label.text() and "EEA" not in staff_window.backup_label.text()

    # "Back up now" asks for the basis right there, then backs up.
    window.show_backups()
    page = window.page("administration").backup_widget
    host.handlers.append(record_encryption(qtbot))
    with qtbot.waitSignal(page.jobFinished, timeout=20_000):
        click(qtbot, page.backup_button)
    assert page.message_label.text().startswith("Backed up:"), page.message_label.text()
    assert backup.transfer_basis(admin_ws).basis == "encryption"
    finish_operations(qtbot)
    assert not notice.isVisible()
    assert not any("contactweb " in text for _title, text in host.messages)
    staff_window.clear()


def test_the_notice_records_the_basis_in_place(
        qtbot: QtBot, host: ScriptedDialogHost, bridge: WorkspaceBridge, admin_ws: Workspace,
        tmp_path: Path, open_main_window: Callable[[Workspace], MainWindow]) -> None:
    configure_s3(admin_ws, basis=None)
    window = open_main_window(admin_ws)
    path = tmp_path / "new-partners.vcf"
    path.write_text(THREE_IN_THE_EEA, encoding="utf-8")
    import_file(qtbot, admin_ws, bridge, host, path)
    finish_operations(qtbot)  # the notice is read in the background
    notice = window.backup_notice
    assert notice.action_button.text() == "Record the basis…"

    host.handlers.append(lambda dialog: QDialog.DialogCode.Rejected)  # Cancel first
    click(qtbot, notice.action_button)
    assert notice.isVisible() and backup.transfer_basis(admin_ws) is None
    host.handlers.append(record_encryption(qtbot))
    click(qtbot, notice.action_button)
    finish_operations(qtbot)
    assert not notice.isVisible()
    assert backup.transfer_basis_needed(admin_ws) == 0
    assert backup.next_backup_due(admin_ws) is not None  # the schedule runs again
