"""Signing in: username, password, and clear words for each way it can fail.

The key derivation takes about half a second on purpose, so it runs on a worker thread and
the window stays responsive. After failed tries the vault asks to wait; the dialog counts
the seconds down and keeps the button disabled meanwhile.
"""

from __future__ import annotations

import math
import time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contactweb import i18n
from contactweb.errors import AuthenticationFailed
from contactweb.team.profile import TeamProfile
from contactweb.ui.app.new_password_dialog import NewPasswordDialog
from contactweb.ui.app.team_server_dialog import TeamServerDialog
from contactweb.ui.kit.dialog_host import DialogHost
from contactweb.ui.kit.display_text import ERROR_STYLE, MUTED_STYLE
from contactweb.ui.kit.operations import BackgroundOp, OperationRunner, error_text
from contactweb.ui.kit.password_reveal_action import PasswordRevealAction
from contactweb.ui.kit.translations import plural
from contactweb.ui.kit.ui_resources import app_icon
from contactweb.vault.vault import WRONG_CREDENTIALS, Vault
from contactweb.vault.workspace import Workspace

TOO_MANY = QT_TRANSLATE_NOOP("SignInDialog", "Too many failed sign-ins.")


def _signed_in_team(profile: TeamProfile, username: str, password: str,
                     shared_computer: bool) -> Workspace:
    from contactweb.team import team_session  # psycopg loads only for a team server

    ws = team_session.sign_in(profile, username, password)
    ws.shared_computer = ws.shared_computer or shared_computer
    return ws


def _signed_in_workspace(vault_dir: Path, username: str, password: str,
                         shared_computer: bool) -> Workspace:
    # The services, SQLAlchemy and the models load when Sign in is pressed, on the
    # sign-in's own thread, after this window was painted.
    from contactweb.services.accounts import session

    ws = session.sign_in(vault_dir, username, password)
    ws.shared_computer = ws.shared_computer or shared_computer
    return ws


def seconds_text(seconds: int) -> str:
    return plural(QCoreApplication.translate("SignInDialog", "%n second(s)", "", seconds),
                  seconds)


class SignInDialog(QDialog):
    signedIn = Signal(object)  # Workspace
    vaultChanged = Signal(object)  # Path: the person picked another vault folder

    def __init__(self, vault_dir: Path, host: DialogHost, operations: OperationRunner,
                 username: str = "", parent: QWidget | None = None, *,
                 shared_computer: bool = False, vault_shared: bool = False) -> None:
        super().__init__(parent)
        self.vault_dir = Path(vault_dir)
        self._host = host
        # A runner without a workspace: nobody is signed in yet, so the job opens no session.
        self._operations = operations
        self._worker: BackgroundOp | None = None
        self._retry_at = 0.0
        self._headline = ""
        self._password = ""
        self.setWindowTitle(self.tr("Sign in to ContactWeb"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(420)

        title = QLabel(self.tr("<h2>ContactWeb</h2>"))
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.vault_label = QLabel()
        self.vault_label.setWordWrap(True)
        self.vault_label.setStyleSheet(MUTED_STYLE)
        self.other_vault_button = QPushButton(self.tr("Other vault…"))
        self.other_vault_button.setAutoDefault(False)
        self.other_vault_button.clicked.connect(self._choose_vault)
        self.team_profile: TeamProfile | None = None
        self.team_button = QPushButton(self.tr("Team server…"))
        self.team_button.setToolTip(self.tr("Connect to a team server: one contact base on "
                                    "PostgreSQL, shared by several computers"))
        self.team_button.setAutoDefault(False)
        self.team_button.clicked.connect(self._choose_team_server)
        vault_row = QHBoxLayout()
        vault_row.addWidget(self.vault_label, 1)
        vault_row.addWidget(self.other_vault_button)
        vault_row.addWidget(self.team_button)

        self.username_edit = QLineEdit(username)
        self.username_edit.setPlaceholderText(self.tr("your username"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_reveal = PasswordRevealAction(self.password_edit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setMinimumHeight(36)
        form = QFormLayout()
        form.addRow(self.tr("Username:"), self.username_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        # Shared-computer mode for this machine: set on the workspace before anything can
        # store a secret, and remembered (as a yes/no, nothing personal) for the next person.
        self.shared_check = QCheckBox(self.tr("Shared computer: sign out sooner, keep nothing here"))
        self.shared_check.setToolTip(
            self.tr("For a computer other people use too: ContactWeb signs out after a few minutes "
            "without use or when its window is minimised, remembers no username and stores "
            "no passwords in this computer's keyring."))
        self.shared_check.setChecked(shared_computer)
        self._machine_shared = shared_computer
        self.vault_shared = vault_shared
        if vault_shared:
            self._show_vault_setting()
        form.addRow("", self.shared_check)

        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.submit)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.sign_in_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.notice)
        layout.addLayout(vault_row)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self._countdown = QTimer(self)
        self._countdown.setInterval(200)
        self._countdown.timeout.connect(self._tick)
        self._show_vault()
        (self.password_edit if username else self.username_edit).setFocus()

    def _show_vault_setting(self) -> None:
        """The vault's own setting wins: the box shows it and this machine cannot undo it."""
        self.shared_check.setChecked(True)
        self.shared_check.setEnabled(False)
        self.shared_check.setText(self.tr("Shared computer: set for the whole vault by an administrator"))
        self.shared_check.setToolTip(
            self.tr("An administrator turned shared-computer mode on for the whole vault: ContactWeb "
            "signs out sooner, remembers no username and stores no passwords on any computer "
            "that opens it."))
        self.shared_check.toggled.connect(self._keep_vault_setting)

    def _keep_vault_setting(self, checked: bool) -> None:
        if not checked:
            self.shared_check.setChecked(True)

    def machine_shared(self) -> bool:
        """This machine's own choice (kept as it was while the vault's setting decides)."""
        return self._machine_shared if self.vault_shared else self.shared_check.isChecked()

    def set_notice(self, text: str) -> None:
        """A line above the form, e.g. why the window locked."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _show_vault(self) -> None:
        if self.team_profile is not None:
            self.vault_label.setText(self.tr("Team server: {name} ({label})").format(name=self.team_profile.name, label=self.team_profile.label))
            return
        self.vault_label.setText(self.tr("Vault: {vault_dir}").format(vault_dir=self.vault_dir))

    def _choose_team_server(self) -> None:
        chooser = TeamServerDialog(self._host, self)
        if self._host.exec_dialog(chooser) == QDialog.DialogCode.Accepted and chooser.chosen:
            self.use_team_profile(chooser.chosen)
        chooser.deleteLater()

    def use_team_profile(self, profile: TeamProfile) -> None:
        """Sign in to this team server instead of the vault folder."""
        self.team_profile = profile
        self._show_vault()
        self.message.clear()

    def _choose_vault(self) -> None:
        folder = self._host.existing_folder(self, self.tr("Choose the vault folder"),
                                            str(self.vault_dir.parent))
        if not folder:
            return
        if not Vault(Path(folder)).exists():
            self.message.setText(self.tr("There is no ContactWeb vault in {folder}.").format(folder=folder))
            return
        self.vault_dir = Path(folder)
        self.team_profile = None
        self._show_vault()
        self.message.clear()
        self.vaultChanged.emit(self.vault_dir)

    # --- signing in ---------------------------------------------------------------------------
    def submit(self) -> None:
        if self._worker is not None or self._waiting():
            return
        username = self.username_edit.text().strip()
        if not username:
            self.message.setText(self.tr("Type your username."))
            self.username_edit.setFocus()
            return
        password = self.password_edit.text()
        self._password = password  # kept only until the sign-in ends, for a forced change
        vault_dir = self.vault_dir
        shared = self.machine_shared()
        self.message.setStyleSheet("color: palette(text);")
        self.message.setText(self.tr("Signing in…"))
        self._set_busy(True)
        team = self.team_profile
        worker = self._operations.query(
            self, lambda _ctx: _signed_in_team(team, username, password, shared) if team
            else _signed_in_workspace(vault_dir, username, password, shared))
        worker.success(self._succeeded).failure(self._failed)
        worker.finished.connect(self._worker_done)
        self._worker = worker
        worker.run()

    def _worker_done(self) -> None:
        self._worker = None
        if not self._waiting():
            self._set_busy(False)

    def _succeeded(self, ws: Workspace) -> None:
        password, self._password = self._password, ""
        if ws.must_change_password and not self._choose_new_password(ws, password):
            from contactweb.services.accounts import session

            session.sign_out(ws, "signout")
            self.show_failure(self.tr("Choose your own password to continue: sign in again with "
                                      "the temporary password when you are ready."))
            return
        self.password_edit.clear()
        self.message.clear()
        self.set_notice("")
        self.signedIn.emit(ws)
        self.accept()

    def _choose_new_password(self, ws: Workspace, current_password: str) -> bool:
        """After an administrator's reset the vault opens only once a new password is set."""
        chooser = NewPasswordDialog(ws, current_password, self)
        self._host.exec_dialog(chooser)
        chooser.deleteLater()
        return not ws.must_change_password

    def _failed(self, error: Exception) -> None:
        self._password = ""
        retry_after = error.retry_after if isinstance(error, AuthenticationFailed) else 0.0
        self.show_failure(error_text(error), retry_after)

    def show_failure(self, text: str, retry_after: float = 0.0) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.password_edit.selectAll()
        self.password_edit.setFocus()
        if retry_after <= 0:
            self.message.setText(text)
            return
        # The services' message carries its own countdown; the headline is kept without it.
        wrong = i18n._(WRONG_CREDENTIALS)
        self._headline = wrong if text.startswith(wrong) else self.tr(TOO_MANY)
        self._retry_at = time.monotonic() + retry_after
        self._set_busy(True)
        self._countdown.start()
        self._tick()

    def _waiting(self) -> bool:
        return time.monotonic() < self._retry_at

    def _tick(self) -> None:
        left = math.ceil(self._retry_at - time.monotonic())
        if left > 0:
            self.message.setText(self.tr("{headline} You can try again in {wait}.").format(
                headline=self._headline, wait=seconds_text(left)))
            return
        self._countdown.stop()
        self._retry_at = 0.0
        self.message.setText(self.tr("{headline} You can try again now.").format(headline=self._headline))
        if self._worker is None:
            self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.sign_in_button.setEnabled(not busy)
        self.other_vault_button.setEnabled(not busy)
        self.team_button.setEnabled(not busy)

    def seconds_left(self) -> int:
        return max(0, math.ceil(self._retry_at - time.monotonic()))
