"""Administration → Users: list accounts, add one with a role and a first password, change a
role, disable an account, and reset a password (the temporary password is shown once)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contactweb.errors import ContactWebError
from contactweb.services.accounts import users
from contactweb.ui.admin.admin_users_table_model import AdminUsersTableModel
from contactweb.ui.admin.vault_rekey_action import VaultRekeyAction
from contactweb.vault.passwords import password_problem
from contactweb.vault.permissions import ROLE_DESCRIPTIONS, ROLES
from contactweb.vault.workspace import Workspace

ERROR_STYLE = "color: #b3261e;"


class AdminUsersWidget(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 dialogs: object | None = None) -> None:
        """``dialogs`` is the shell's DialogHost (``bridge.dialogs``): modals opened through
        it are closed when the vault locks."""
        super().__init__(parent)
        self._workspace = workspace
        self._dialogs = dialogs
        self.model = AdminUsersTableModel(workspace, self)

        self.view = QTableView()
        self.view.setAccessibleName("Users")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        self.role_combo = self._role_combo("Role for the selected user")
        self.set_role_button = QPushButton("Change role")
        self.set_role_button.clicked.connect(self.change_role)
        self.disable_button = QPushButton("Disable…")
        self.disable_button.clicked.connect(self.disable_selected)
        self.reset_button = QPushButton("Reset password…")
        self.reset_button.clicked.connect(self.reset_selected_password)
        selected = QHBoxLayout()
        selected.addWidget(QLabel("Selected user:"))
        selected.addWidget(self.role_combo)
        selected.addWidget(self.set_role_button)
        selected.addWidget(self.disable_button)
        selected.addWidget(self.reset_button)
        selected.addStretch(1)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(selected)
        layout.addWidget(self.message_label)
        layout.addWidget(self._add_user_box())
        self._selection_changed()

    def _role_combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        for role in ROLES:
            combo.addItem(role, role)
            combo.setItemData(combo.count() - 1, ROLE_DESCRIPTIONS[role],
                              Qt.ItemDataRole.ToolTipRole)
        return combo

    def _add_user_box(self) -> QGroupBox:
        box = QGroupBox("Add a user")
        self.new_username = QLineEdit()
        self.new_username.setAccessibleName("New user name")
        self.new_display_name = QLineEdit()
        self.new_display_name.setAccessibleName("Display name")
        self.new_role = self._role_combo("New user's role")
        self.new_role.setCurrentIndex(self.new_role.findData("staff"))
        self.role_help = QLabel()
        self.role_help.setWordWrap(True)
        self.new_role.currentIndexChanged.connect(self._show_role_help)
        self.new_password = QLineEdit()
        self.new_password.setAccessibleName("First password")
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password.textChanged.connect(self._check_new_password)
        self.password_problem_label = QLabel()
        self.password_problem_label.setWordWrap(True)
        self.password_problem_label.setStyleSheet(ERROR_STYLE)
        self.must_change = QCheckBox("Must choose their own password at first sign-in")
        self.must_change.setChecked(True)
        self.add_button = QPushButton("Add user")
        self.add_button.clicked.connect(self.add_user)
        self.add_error_label = QLabel()
        self.add_error_label.setWordWrap(True)
        self.add_error_label.setStyleSheet(ERROR_STYLE)

        for edit in (self.new_username, self.new_display_name, self.new_password):
            edit.setMinimumWidth(240)
            edit.setMaximumWidth(320)
        self.add_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form = QFormLayout(box)
        form.addRow("User name:", self.new_username)
        form.addRow("Display name:", self.new_display_name)
        role_row = QHBoxLayout()
        role_row.addWidget(self.new_role)
        role_row.addWidget(self.role_help, 1)
        form.addRow("Role:", role_row)
        password_row = QHBoxLayout()
        password_row.addWidget(self.new_password)
        password_row.addWidget(self.password_problem_label, 1)
        form.addRow("First password:", password_row)
        form.addRow("", self.must_change)
        form.addRow("", self.add_button)
        form.addRow("", self.add_error_label)
        self._show_role_help()
        return box

    # -- page interface --------------------------------------------------------------------

    def refresh(self) -> None:
        if not self._workspace.locked:
            self.model.refresh()
            self._selection_changed()

    def clear(self) -> None:
        self.model.clear()
        for edit in (self.new_username, self.new_display_name, self.new_password):
            edit.clear()
        self.message_label.clear()
        self.add_error_label.clear()

    # -- hooks tests replace ---------------------------------------------------------------

    def confirm(self, question: str, yes_text: str = "OK") -> bool:
        if self._dialogs is not None:
            return self._dialogs.ask(self, "ContactWeb", question, yes_text)
        answer = QMessageBox.question(self, "ContactWeb", question)
        return answer == QMessageBox.StandardButton.Yes

    def show_temporary_password(self, username: str, password: str) -> None:
        box = QMessageBox(self)
        box.setWindowTitle("Temporary password")
        box.setText(f"The temporary password for {username} is:\n\n{password}\n\n"
                    "Give it to them in person. It is shown only this once; they choose "
                    "their own password when they next sign in.")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if self._dialogs is not None:
            self._dialogs.exec_dialog(box)
        else:
            box.exec()

    # -- actions ---------------------------------------------------------------------------

    def selected_username(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.data(rows[0], AdminUsersTableModel.UsernameRole)

    def select_user(self, username: str) -> None:
        row = self.model.row_of(username)
        if row >= 0:
            self.view.selectRow(row)

    def add_user(self) -> None:
        username = self.new_username.text().strip()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a key derivation
        try:
            users.add_user(self._workspace, username, self.new_role.currentData(),
                           self.new_password.text(), self.new_display_name.text().strip(),
                           must_change=self.must_change.isChecked())
        except ContactWebError as exc:
            self.add_error_label.setText(str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.add_error_label.clear()
        for edit in (self.new_username, self.new_display_name, self.new_password):
            edit.clear()
        self.refresh()
        self.select_user(username)
        self.message_label.setText(f"Added {username}. Give them their first password in "
                                   "person.")

    def change_role(self) -> None:
        username = self._need_selection()
        if username is None:
            return
        role = self.role_combo.currentData()
        if self._do(lambda: users.set_role(self._workspace, username, role),
                    f"{username} is now {role}."):
            self.select_user(username)
        else:
            self._selection_changed()  # the box shows the stored role, not the refused one

    def disable_selected(self) -> None:
        username = self._need_selection()
        if username is None or not self.confirm(
                f"Disable {username}? They will no longer be able to sign in. Their contacts, "
                "notes and history stay in the vault.", "Disable"):
            return
        if self._do(lambda: users.disable_user(self._workspace, username),
                    f"{username} is disabled."):
            outcome = VaultRekeyAction(self, self._workspace, self._dialogs).offer(username)
            if outcome is not None:
                self.message_label.setText(outcome)
                self.refresh()

    def reset_selected_password(self) -> None:
        username = self._need_selection()
        if username is None or not self.confirm(
                f"Reset the password of {username}? Their current password stops working "
                "and they must choose a new one at their next sign-in.", "Reset password"):
            return
        temporary: list[str] = []
        if self._do(lambda: temporary.append(users.reset_password(self._workspace, username)),
                    f"The password of {username} was reset."):
            self.show_temporary_password(username, temporary[0])

    def _need_selection(self) -> str | None:
        username = self.selected_username()
        if username is None:
            self.message_label.setText("Select a user in the list first.")
        return username

    def _do(self, change, done_text: str) -> bool:  # noqa: ANN001
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a reset derives a key
        try:
            change()
        except ContactWebError as exc:
            self.message_label.setText(str(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.message_label.setText(done_text)
        self.refresh()
        return True

    def _selection_changed(self, *_args: object) -> None:
        username = self.selected_username()
        has_user = username is not None
        for widget in (self.role_combo, self.set_role_button, self.disable_button,
                       self.reset_button):
            widget.setEnabled(has_user)
        if has_user:
            row = self.model.row_of(username)
            user = self.model.user(row)
            self.role_combo.setCurrentIndex(self.role_combo.findData(user.role))
            self.disable_button.setEnabled(not user.disabled and user.id !=
                                           self._workspace.user_id)

    def _check_new_password(self, text: str) -> None:
        self.password_problem_label.setText((password_problem(text) or "") if text else "")

    def _show_role_help(self) -> None:
        self.role_help.setText(ROLE_DESCRIPTIONS.get(self.new_role.currentData(), ""))
