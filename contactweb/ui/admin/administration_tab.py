"""The Administration page, for administrators only: users, business profile, settings and
the audit log. Other roles get an explanation and none of the content widgets (the services
refuse them anyway)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from contactweb.ui.admin.admin_audit_widget import AdminAuditWidget
from contactweb.ui.admin.admin_business_widget import AdminBusinessWidget
from contactweb.ui.admin.admin_settings_widget import AdminSettingsWidget
from contactweb.ui.admin.admin_users_widget import AdminUsersWidget
from contactweb.ui.backup.admin_backup_widget import AdminBackupWidget
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.ui.privacy.delete_vault_dialog import DeleteVaultDialog
from contactweb.ui.privacy.erasure_receipts_dialog import ErasureReceiptsDialog
from contactweb.ui.privacy.retention_run_dialog import RetentionRunDialog
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace


class AdministrationTab(QWidget):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._bridge = bridge
        self.tabs: QTabWidget | None = None
        self.users_widget: AdminUsersWidget | None = None
        self.business_widget: AdminBusinessWidget | None = None
        self.settings_widget: AdminSettingsWidget | None = None
        self.audit_widget: AdminAuditWidget | None = None
        self.backup_widget: AdminBackupWidget | None = None
        layout = QVBoxLayout(self)
        if not self.allowed(workspace):
            self.refused_label = QLabel(
                self.tr("Only administrators can use this page. You are signed in as "
                        "{username} ({role}).").format(username=workspace.username, role=workspace.role))
            self.refused_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.refused_label.setWordWrap(True)
            layout.addWidget(self.refused_label)
            return
        dialogs = bridge.dialogs
        self.users_widget = AdminUsersWidget(workspace, bridge)
        self.business_widget = AdminBusinessWidget(workspace, bridge.operations, dialogs=dialogs)
        self.settings_widget = AdminSettingsWidget(workspace, bridge.operations)
        self.audit_widget = AdminAuditWidget(workspace, bridge)
        self.backup_widget = AdminBackupWidget(workspace, bridge)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.users_widget, self.tr("Users"))
        self.tabs.addTab(self.business_widget, self.tr("Business profile"))
        self.tabs.addTab(self.settings_widget, self.tr("Settings"))
        self.tabs.addTab(self.audit_widget, self.tr("Audit log"))
        self.tabs.addTab(self.backup_widget, self.tr("Backups"))
        layout.addWidget(self.tabs)
        self.settings_widget.deleteVaultRequested.connect(self.delete_vault)
        self.settings_widget.retentionRunRequested.connect(self.run_retention)
        self.settings_widget.erasureReceiptsRequested.connect(self.show_erasure_receipts)
        bridge.locked.connect(self.clear)

    @staticmethod
    def allowed(workspace: Workspace) -> bool:
        """The shell may hide the page for other roles; it is built empty for them anyway."""
        return all(workspace.can(action) for action in (
            Action.USER_MANAGE, Action.SETTINGS_MANAGE, Action.AUDIT_VIEW))

    def delete_vault(self) -> DeleteVaultDialog | None:
        if not isinstance(self._bridge, WorkspaceBridge):
            return None
        dialog = DeleteVaultDialog(self._workspace, self._bridge, self)
        self._bridge.dialogs.show_dialog(dialog)
        return dialog

    def run_retention(self) -> RetentionRunDialog | None:
        if not isinstance(self._bridge, WorkspaceBridge):
            return None
        dialog = RetentionRunDialog(self._workspace, self._bridge, self)
        self._bridge.dialogs.show_dialog(dialog)
        return dialog

    def show_erasure_receipts(self) -> ErasureReceiptsDialog | None:
        if not isinstance(self._bridge, WorkspaceBridge):
            return None
        dialog = ErasureReceiptsDialog(self._workspace, self._bridge, self)
        self._bridge.dialogs.show_dialog(dialog)
        return dialog

    def _pages(self) -> list[QWidget]:
        return [w for w in (self.users_widget, self.business_widget, self.settings_widget,
                            self.audit_widget, self.backup_widget) if w is not None]

    def refresh(self) -> None:
        if self._workspace.locked:
            return
        for page in self._pages():
            page.refresh()

    def clear(self) -> None:
        for page in self._pages():
            page.clear()
