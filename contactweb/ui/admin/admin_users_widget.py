"""Administration → Users: list accounts, add one with a role and a first password, change a
role, disable an account, and reset a password (the temporary password is shown once)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
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

from contactweb import i18n
from contactweb.services.accounts import users
from contactweb.services.changes import Changes
from contactweb.ui.admin.admin_users_table_model import AdminUsersTableModel
from contactweb.ui.admin.vault_rekey_action import VaultRekeyAction
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.passwords import password_problem
from contactweb.vault.permissions import ROLE_DESCRIPTIONS, ROLE_TITLES, ROLES
from contactweb.vault.workspace import Workspace

ERROR_STYLE = "color: #b3261e;"


class AdminUsersWidget(QWidget):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 parent: QWidget | None = None) -> None:
        """Modals open through the bridge's dialog host (closed when the vault locks);
        writes run as its operations (a new user or a reset derives a key: no frozen UI)."""
        super().__init__(parent)
        self._workspace = workspace
        self._dialogs = bridge.dialogs
        self._operations = bridge.operations
        self.model = AdminUsersTableModel(workspace, self)
        self._select_next: str | None = None  # a user just added, selected once listed
        bridge.changed.connect(self._changed)

        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Users"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        self.role_combo = self._role_combo(self.tr("Role for the selected user"))
        self.set_role_button = QPushButton(self.tr("Change role"))
        self.set_role_button.clicked.connect(self.change_role)
        self.disable_button = QPushButton(self.tr("Disable…"))
        self.disable_button.clicked.connect(self.disable_selected)
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.reset_button.clicked.connect(self.reset_selected_password)
        selected = QHBoxLayout()
        selected.addWidget(QLabel(self.tr("Selected user:")))
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
            combo.addItem(i18n._(ROLE_TITLES[role]), role)
            combo.setItemData(combo.count() - 1, i18n._(ROLE_DESCRIPTIONS[role]),
                              Qt.ItemDataRole.ToolTipRole)
        return combo

    def _add_user_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Add a user"))
        self.new_username = QLineEdit()
        self.new_username.setAccessibleName(self.tr("New user name"))
        self.new_display_name = QLineEdit()
        self.new_display_name.setAccessibleName(self.tr("Display name"))
        self.new_role = self._role_combo(self.tr("New user's role"))
        self.new_role.setCurrentIndex(self.new_role.findData("staff"))
        self.role_help = QLabel()
        self.role_help.setWordWrap(True)
        self.new_role.currentIndexChanged.connect(self._show_role_help)
        self.new_password = QLineEdit()
        self.new_password.setAccessibleName(self.tr("First password"))
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password.textChanged.connect(self._check_new_password)
        self.password_problem_label = QLabel()
        self.password_problem_label.setWordWrap(True)
        self.password_problem_label.setStyleSheet(ERROR_STYLE)
        self.must_change = QCheckBox(self.tr("Must choose their own password at first sign-in"))
        self.must_change.setChecked(True)
        self.add_button = QPushButton(self.tr("Add user"))
        self.add_button.clicked.connect(self.add_user)
        self.add_error_label = QLabel()
        self.add_error_label.setWordWrap(True)
        self.add_error_label.setStyleSheet(ERROR_STYLE)

        for edit in (self.new_username, self.new_display_name, self.new_password):
            edit.setMinimumWidth(240)
            edit.setMaximumWidth(320)
        self.add_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form = QFormLayout(box)
        form.addRow(self.tr("User name:"), self.new_username)
        form.addRow(self.tr("Display name:"), self.new_display_name)
        role_row = QHBoxLayout()
        role_row.addWidget(self.new_role)
        role_row.addWidget(self.role_help, 1)
        form.addRow(self.tr("Role:"), role_row)
        password_row = QHBoxLayout()
        password_row.addWidget(self.new_password)
        password_row.addWidget(self.password_problem_label, 1)
        form.addRow(self.tr("First password:"), password_row)
        form.addRow("", self.must_change)
        form.addRow("", self.add_button)
        form.addRow("", self.add_error_label)
        self._show_role_help()
        return box

    # -- page interface --------------------------------------------------------------------

    def refresh(self) -> None:
        if not self._workspace.locked:
            selected = self._select_next or self.selected_username()
            self._select_next = None
            self.model.refresh()
            if selected is not None:
                self.select_user(selected)
            self._selection_changed()

    def _changed(self, changes: Changes) -> None:
        if changes.users:
            self.refresh()

    def clear(self) -> None:
        self.model.clear()
        for edit in (self.new_username, self.new_display_name, self.new_password):
            edit.clear()
        self.message_label.clear()
        self.add_error_label.clear()

    # -- hooks tests replace ---------------------------------------------------------------

    def confirm(self, question: str, yes_text: str = "OK") -> bool:
        return self._dialogs.ask(self, self.tr("ContactWeb"), question, yes_text)

    def show_temporary_password(self, username: str, password: str) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Temporary password"))
        box.setText(self.tr("The temporary password for {username} is:\n\n{password}\n\nGive it to "
                            "them in person. It is shown only this once; they choose their own "
                            "password when they next sign in.").format(username=username, password=password))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._dialogs.exec_dialog(box)

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
        ws, username, role = self._workspace, self.new_username.text().strip(), \
            self.new_role.currentData()
        password, display_name = self.new_password.text(), self.new_display_name.text().strip()
        must_change = self.must_change.isChecked()
        self.add_error_label.clear()
        self.add_button.setEnabled(False)
        op = self._operations.operation(
            self, lambda _ctx: users.add_user(ws, username, role, password, display_name,
                                              must_change=must_change),
            changes=Changes(users=True))
        op.success(lambda _user_id: self._added(username))
        op.failure(lambda _exc: self.add_error_label.setText(op.error))
        op.finished.connect(lambda: self.add_button.setEnabled(True))
        op.run()

    def _added(self, username: str) -> None:
        for edit in (self.new_username, self.new_display_name, self.new_password):
            edit.clear()
        self._select_next = username  # the list reloads from the Changes reported
        self.message_label.setText(self.tr("Added {username}. Give them their first password in person.").format(username=username))

    def change_role(self) -> None:
        username = self._need_selection()
        if username is None:
            return
        ws, role = self._workspace, self.role_combo.currentData()
        # A refusal: the box shows the stored role again, not the refused one.
        self._do(lambda: users.set_role(ws, username, role),
                 self.tr("{username} is now {role}.").format(
                     username=username, role=i18n._(ROLE_TITLES[role]).lower()),
                 refused=self._selection_changed)

    def disable_selected(self) -> None:
        username = self._need_selection()
        if username is None or not self.confirm(
                self.tr("Disable {username}? They will no longer be able to sign in. Their "
                        "contacts, notes and history stay in the vault.").format(username=username),
                self.tr("Disable")):
            return
        ws = self._workspace
        self._do(lambda: users.disable_user(ws, username),
                 self.tr("{username} is disabled.").format(username=username),
                 then=lambda _changes: self._offer_rekey(username))

    def _offer_rekey(self, username: str) -> None:
        # Re-keying stays on the UI thread on purpose: nothing else may use the vault
        # meanwhile, and no timer of this window starts work while it runs.
        outcome = VaultRekeyAction(self, self._workspace, self._dialogs).offer(username)
        if outcome is not None:
            self.message_label.setText(outcome)
            self.refresh()  # every other user now must change their password

    def reset_selected_password(self) -> None:
        username = self._need_selection()
        if username is None or not self.confirm(
                self.tr("Reset the password of {username}? Their current password stops working "
                        "and they must choose a new one at their next sign-in.").format(
                            username=username), self.tr("Reset password")):
            return
        ws = self._workspace
        self._do(lambda: users.reset_password(ws, username),
                 self.tr("The password of {username} was reset.").format(username=username),
                 then=lambda temporary: self.show_temporary_password(username, temporary))

    def _need_selection(self) -> str | None:
        username = self.selected_username()
        if username is None:
            self.message_label.setText(self.tr("Select a user in the list first."))
        return username

    def _do(self, change: Callable[[], object], done_text: str,
            then: Callable[[object], None] | None = None,
            refused: Callable[[], None] | None = None) -> None:
        """Run a change to a user as an operation (a reset derives a key); the list reloads
        from the users Changes it reports. ``then(result)`` follows success."""
        buttons = (self.set_role_button, self.disable_button, self.reset_button)
        for button in buttons:
            button.setEnabled(False)
        op = self._operations.operation(self, lambda _ctx: change(),
                                        changes=Changes(users=True))

        def done(result: object) -> None:
            self.message_label.setText(done_text)
            if then is not None:
                then(result)

        def failed(_exc: Exception) -> None:
            self.message_label.setText(op.error)
            if refused is not None:
                refused()

        op.success(done).failure(failed)
        op.finished.connect(self._selection_changed)  # the buttons follow the selection again
        op.run()

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
        description = ROLE_DESCRIPTIONS.get(self.new_role.currentData(), "")
        self.role_help.setText(i18n._(description) if description else "")
