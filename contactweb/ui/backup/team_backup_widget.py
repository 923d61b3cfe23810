"""Administration → Backups on a team vault: whether this computer keeps what the backups need
(the database owner and the backup passphrase, asked for once), and the restore into a new
database. Hidden on a desktop vault.

What is kept is read from this computer's keyring by the session's operation runner, never on
the UI thread (a keyring may wait for its own unlock prompt); the line shows what it knew
until the answer comes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contactweb.services.backup import team_backup_secrets
from contactweb.services.backup.team_backup import TeamRestoreResult
from contactweb.ui.backup.team_backup_secrets_dialog import TeamBackupSecretsDialog
from contactweb.ui.backup.team_restore_dialog import TeamRestoreDialog
from contactweb.ui.kit.coalescing_read import CoalescingRead
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace


class TeamBackupWidget(QGroupBox):
    outcome = Signal(str, bool)  # for the page's outcome line: the words, good news or not

    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 selected_snapshot: Callable[[], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Team vault"))
        self._ws = workspace
        self._bridge = bridge
        self._selected_snapshot = selected_snapshot
        # Whose login this computer keeps, as last read (None: nothing kept, or not read yet);
        # the passwords themselves never come to the UI thread.
        self.kept_owner: str | None = None
        self.kept_known = False
        self._reading = CoalescingRead(self, bridge.operations, self._show_kept,
                                       self._read_failed, self.refresh)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.passphrase_button = QPushButton(self.tr("Backup passphrase…"))
        self.passphrase_button.setToolTip(self.tr(
            "The database owner and the backup passphrase, kept on this computer"))
        self.passphrase_button.clicked.connect(self.ask_secrets)
        self.restore_button = QPushButton(self.tr("Restore into a new database…"))
        self.restore_button.setToolTip(self.tr(
            "The selected backup (or the newest) into a new, empty database"))
        self.restore_button.clicked.connect(self.restore)
        self.forget_button = QPushButton(self.tr("Forget on this computer…"))
        self.forget_button.setToolTip(self.tr(
            "Remove the owner's login and the passphrase from this computer's keyring"))
        self.forget_button.clicked.connect(self.forget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.passphrase_button)
        buttons.addWidget(self.forget_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        """Read what this computer keeps, in the background."""
        if self._ws.locked or self._bridge.operations.closed:
            return
        ws = self._ws
        self._reading.start(lambda: _kept_owner_and_where(ws))

    def _read_failed(self, exc: Exception) -> None:
        self.status_label.setText(self.tr("Could not read this computer's keyring: {error}")
                                  .format(error=exc))

    def _show_kept(self, answer: tuple[str | None, str | None]) -> None:
        if self._ws.locked:
            return
        owner, where = answer
        self.kept_owner, self.kept_known = owner, True
        self.forget_button.setVisible(owner is not None)
        if owner is None:
            self.status_label.setText(self.tr(
                "Backups of this team vault are taken as the database's owner and encrypted "
                "here with a backup passphrase. Neither is given on this computer yet: Back "
                "up now asks for them, and the schedule waits until then."))
        elif where == team_backup_secrets.WHERE_SESSION:
            self.status_label.setText(self.tr(
                "The database owner ({owner}) and the backup passphrase are held until you "
                "sign out: this computer is shared or has no keyring.").format(owner=owner))
        else:
            self.status_label.setText(self.tr(
                "The database owner ({owner}) and the backup passphrase are kept in this "
                "computer's keyring; Back up now and the schedule use them.").format(
                owner=owner))

    def ask_secrets(self) -> bool:
        """The dialog; True when they were checked and kept."""
        dialog = TeamBackupSecretsDialog(self._ws, self._bridge, self, self.kept_owner)
        kept = bool(self._bridge.dialogs.exec_dialog(dialog))
        where = dialog.where
        dialog.deleteLater()
        if self._ws.locked:
            return False
        self.refresh()
        if kept:
            self.outcome.emit(self.tr("The backup passphrase is kept in this computer's keyring.")
                              if where == team_backup_secrets.WHERE_KEYRING else
                              self.tr("The backup passphrase is held until you sign out (no "
                                      "keyring, or a shared computer)."), True)
        return kept

    def forget(self) -> None:
        if not self._bridge.dialogs.ask(
                self, self.tr("Forget on this computer"),
                self.tr("Remove the database owner's login and the backup passphrase from this "
                        "computer? Backups from here then wait until an administrator gives "
                        "them again. The backups themselves are not touched; keep the "
                        "passphrase somewhere safe, a restore needs it."), self.tr("Forget")):
            return
        ws = self._ws
        self._bridge.operations.operation(
            self, lambda _ctx: team_backup_secrets.forget(ws)).success(
            lambda _result: self._forgotten()).run()

    def _forgotten(self) -> None:
        self.refresh()
        self.outcome.emit(self.tr("This computer no longer keeps the backup passphrase."), True)

    def restore(self) -> None:
        dialog = TeamRestoreDialog(self._ws, self._bridge, self._selected_snapshot(), self)
        restored = bool(self._bridge.dialogs.exec_dialog(dialog))
        result = dialog.result_restored
        dialog.deleteLater()
        if restored and result is not None and not self._ws.locked:
            self.outcome.emit(self._restored_text(result), True)
            if result.one_time_passwords:
                self.show_one_time_passwords(result.one_time_passwords)

    def show_one_time_passwords(self, passwords: dict[str, str]) -> None:
        """The restored vault's people sign in with these once (their login roles were made
        afresh); shown only this once, selectable to copy."""
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("One-time passwords"))
        listed = "\n".join(f"{name}: {password}" for name, password in sorted(passwords.items()))
        box.setText(self.tr(
            "In the restored vault, these people sign in once with these passwords and then "
            "choose their own:\n\n{listed}\n\nGive each to its person in person. They are "
            "shown only this once.").format(listed=listed))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._bridge.dialogs.exec_dialog(box)
        box.deleteLater()

    def _restored_text(self, result: TeamRestoreResult) -> str:
        return self.tr(
            "Restored backup {snapshot} into a new database; %n contact(s) erased after "
            "that backup were erased again. Its connection profile is {profile}: choose it "
            "with Team server… when signing in.", "", result.contacts_erased).format(
            snapshot=result.snapshot_id, profile=result.profile_path.stem)


def _kept_owner_and_where(ws: Workspace) -> tuple[str | None, str | None]:
    """On the runner's thread: whose login is kept, and where ('keyring' or 'session')."""
    kept = team_backup_secrets.kept_secrets(ws)
    return (kept.owner, team_backup_secrets.kept_where(ws)) if kept else (None, None)
