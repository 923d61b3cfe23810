"""Administration → Settings: phone region, idle lock, shared-computer mode, retention and
backup interval. Values are checked by ``services.setting_rules``; a bad one is refused with
its message beside the field and nothing is stored."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contactweb.services import setting_rules, settings
from contactweb.services.changes import Changes
from contactweb.services.validation import FieldError
from contactweb.ui.kit.operations import OperationRunner
from contactweb.vault.workspace import Workspace

ERROR_STYLE = "color: #b3261e;"

# key -> (label, hint shown after the field); grouped as the page shows them. Marked for
# translation here, translated where the page is built.
GROUPS: dict[str, dict[str, tuple[str, str]]] = {
    QT_TRANSLATE_NOOP("AdminSettingsWidget", "General"): {
        "default_region": (
            QT_TRANSLATE_NOOP("AdminSettingsWidget", "Default phone region:"),
            QT_TRANSLATE_NOOP("AdminSettingsWidget",
                              "two letters, used for numbers typed without +country code")),
    },
    QT_TRANSLATE_NOOP("AdminSettingsWidget", "Locking"): {
        "idle_timeout_minutes": (
            QT_TRANSLATE_NOOP("AdminSettingsWidget", "Lock after idle for:"),
            QT_TRANSLATE_NOOP("AdminSettingsWidget", "minutes")),
        "shared_computer": (QT_TRANSLATE_NOOP("AdminSettingsWidget", "Shared computer:"), ""),
        "shared_timeout_minutes": (
            QT_TRANSLATE_NOOP("AdminSettingsWidget", "Shared-computer lock after:"),
            QT_TRANSLATE_NOOP("AdminSettingsWidget", "minutes (at least 1)")),
    },
    QT_TRANSLATE_NOOP("AdminSettingsWidget", "Retention"): {
        "retention.recording_days": (
            QT_TRANSLATE_NOOP("AdminSettingsWidget", "Keep call recordings for:"),
            QT_TRANSLATE_NOOP("AdminSettingsWidget", "days")),
        "retention.closed_contact_years": (
            QT_TRANSLATE_NOOP("AdminSettingsWidget", "Keep closed contacts for:"),
            QT_TRANSLATE_NOOP("AdminSettingsWidget", "years")),
        "retention.outbox_days": (
            QT_TRANSLATE_NOOP("AdminSettingsWidget", "Keep sent mail in the outbox for:"),
            QT_TRANSLATE_NOOP("AdminSettingsWidget", "days")),
    },
    QT_TRANSLATE_NOOP("AdminSettingsWidget", "Backups"): {
        "backup.interval_hours": (
            QT_TRANSLATE_NOOP("AdminSettingsWidget", "Back up every:"),
            QT_TRANSLATE_NOOP("AdminSettingsWidget", "hours")),
    },
}


class AdminSettingsWidget(QWidget):
    deleteVaultRequested = Signal()
    retentionRunRequested = Signal()
    erasureReceiptsRequested = Signal()

    def __init__(self, workspace: Workspace, operations: OperationRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._operations = operations
        self.fields: dict[str, QLineEdit | QCheckBox] = {}
        self.errors: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        for title, keys in GROUPS.items():
            box = QGroupBox(self.tr(title))
            form = QFormLayout(box)
            for key, (label, hint) in keys.items():
                label, hint = self.tr(label), self.tr(hint) if hint else ""
                form.addRow(label, self._field_row(key, label, hint))
            layout.addWidget(box)
        shared_note = QLabel(
            self.tr("Shared-computer mode locks ContactWeb sooner, keeps no passwords in the "
            "system keyring and shows no names in notifications."))
        shared_note.setWordWrap(True)
        shared_note.setStyleSheet("color: #555;")
        layout.addWidget(shared_note)
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.clicked.connect(self.save)
        self.message_label = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.message_label, 1)
        layout.addLayout(buttons)
        self.run_retention_button = QPushButton(self.tr("Run retention now…"))
        self.run_retention_button.setToolTip(
            self.tr("See what the retention rules would remove now, then remove it."))
        self.run_retention_button.clicked.connect(self.retentionRunRequested.emit)
        retention_row = QHBoxLayout()
        retention_row.addWidget(QLabel(self.tr("The retention rules run by themselves once a day.")), 1)
        retention_row.addWidget(self.run_retention_button)
        self.erasure_receipts_button = QPushButton(self.tr("Erasure receipts…"))
        self.erasure_receipts_button.setToolTip(
            self.tr("Every erasure the vault keeps a receipt of, to save or print again."))
        self.erasure_receipts_button.clicked.connect(self.erasureReceiptsRequested.emit)
        retention_row.addWidget(self.erasure_receipts_button)
        layout.addLayout(retention_row)
        layout.addStretch(1)
        closing = QGroupBox(self.tr("Close the account"))
        closing_layout = QHBoxLayout(closing)
        closing_note = QLabel(self.tr("Delete this vault and every backup of it, for good."))
        closing_note.setWordWrap(True)
        self.delete_vault_button = QPushButton(self.tr("Delete this vault…"))
        self.delete_vault_button.clicked.connect(self.deleteVaultRequested.emit)
        closing_layout.addWidget(closing_note, 1)
        closing_layout.addWidget(self.delete_vault_button)
        layout.addWidget(closing)
        shared = self.fields["shared_computer"]
        assert isinstance(shared, QCheckBox)
        shared.toggled.connect(self._shared_toggled)

    def _field_row(self, key: str, label: str, hint: str) -> QHBoxLayout:
        if key == "shared_computer":
            field: QLineEdit | QCheckBox = QCheckBox(self.tr("On: this vault is used on a shared "
                                                     "computer"))
        else:
            field = QLineEdit()
            field.setMaximumWidth(90 if key != "default_region" else 50)
        field.setAccessibleName(label.rstrip(":"))
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        self.fields[key] = field
        self.errors[key] = error
        row = QHBoxLayout()
        row.addWidget(field)
        if hint:
            row.addWidget(QLabel(hint))
        row.addWidget(error, 1)
        return row

    # -- page interface --------------------------------------------------------------------

    def refresh(self) -> None:
        if self._workspace.locked:
            return
        for key, field in self.fields.items():
            value = settings.get(self._workspace, key)
            if isinstance(field, QCheckBox):
                field.setChecked(bool(value))
            else:
                field.setText(str(value))
        self._shared_toggled()
        self._clear_errors()
        self.message_label.clear()

    def clear(self) -> None:
        for field in self.fields.values():
            if isinstance(field, QCheckBox):
                field.setChecked(False)
            else:
                field.clear()
        self._clear_errors()
        self.message_label.clear()

    # -- saving ----------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {key: field.isChecked() if isinstance(field, QCheckBox) else field.text()
                for key, field in self.fields.items()}

    def save(self) -> bool:
        """Check every field here; False when one is refused beside it. Otherwise the
        settings are stored by an operation (True), which reports them as changed."""
        self._clear_errors()
        self.message_label.clear()
        parsed: dict[str, Any] = {}
        for key, value in self.values().items():
            try:
                parsed[key] = setting_rules.parse_setting(key, value)
            except FieldError as exc:
                self.errors[key].setText(str(exc))
        if len(parsed) != len(self.fields):
            self.message_label.setText(self.tr("Nothing was saved: correct the fields marked in red."))
            return False
        notes: list[str] = []
        ws = self._workspace
        self.save_button.setEnabled(False)
        op = self._operations.operation(
            self, lambda _ctx: setting_rules.put_checked(ws, parsed, notes),
            changes=Changes(settings=True))
        op.success(lambda _parsed: self._saved(notes))
        op.failure(lambda _exc: self.message_label.setText(op.error))
        op.finished.connect(lambda: self.save_button.setEnabled(True))
        op.run()
        return True

    def _saved(self, notes: list[str]) -> None:
        self.refresh()
        self.message_label.setText(" ".join(["Settings saved.", *notes]))

    def _shared_toggled(self, *_args: object) -> None:
        shared = self.fields["shared_computer"]
        self.fields["shared_timeout_minutes"].setEnabled(
            isinstance(shared, QCheckBox) and shared.isChecked())

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
