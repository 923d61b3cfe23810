"""The first start on a machine: where the vault goes, the first administrator, demo data.

The wizard only collects answers, checking each page in place; the controller creates the
vault on a worker thread once it is accepted.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from contactweb.errors import BadInput
from contactweb.services import settings
from contactweb.services.setting_rules import parse_region
from contactweb.ui.app.team_server_dialog import TeamServerDialog
from contactweb.ui.kit.dialog_host import DialogHost
from contactweb.ui.kit.display_text import error_label, show_error
from contactweb.ui.kit.password_reveal_action import PasswordRevealAction
from contactweb.ui.kit.password_strength_widget import PasswordStrengthWidget
from contactweb.ui.kit.ui_resources import app_icon
from contactweb.vault.passwords import password_problem
from contactweb.vault.vault import Vault, validate_username

LOCATION_PAGE, ADMIN_PAGE, DEMO_PAGE = range(3)
DEFAULT_DEMO_CONTACTS = 500


class FirstRunWizard(QWizard):
    existingVaultChosen = Signal(object)  # Path of a vault made earlier (another disk)
    teamServerChosen = Signal(object)  # TeamProfile: sign in to a team server instead

    def __init__(self, default_vault_dir: Path, host: DialogHost,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.setWindowTitle(self.tr("Welcome to ContactWeb"))
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(600, 460)
        self.setPage(LOCATION_PAGE, self._location_page(default_vault_dir))
        self.setPage(ADMIN_PAGE, self._admin_page())
        self.setPage(DEMO_PAGE, self._demo_page())
        self._number_steps()
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create vault"))

    # --- pages ---------------------------------------------------------------------------------
    def _location_page(self, default_dir: Path) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Where should ContactWeb keep your data?"))
        page.setSubTitle(self.tr("Everything is stored in one encrypted folder, the vault."))
        text = QLabel(
            self.tr("Contacts, communications, recordings and sales are encrypted on disk; only "
            "people with an account can open them. The default folder is private to your "
            "user account on this computer. Pick another folder to keep the vault on a "
            "different disk."))
        text.setWordWrap(True)
        self.location_edit = QLineEdit(str(default_dir))
        self.location_edit.setAccessibleName(self.tr("Vault folder"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_location)
        row = QHBoxLayout()
        row.addWidget(self.location_edit, 1)
        row.addWidget(choose)
        self.location_error = error_label()
        existing = QPushButton(self.tr("Open an existing vault instead…"))
        existing.clicked.connect(self._choose_existing)
        existing_row = QHBoxLayout()
        existing_row.addWidget(existing)
        team = QPushButton(self.tr("Connect to a team server…"))
        team.setToolTip(self.tr("Use a contact base on your office's PostgreSQL server instead of a "
                        "vault on this computer"))
        team.clicked.connect(self._choose_team_server)
        existing_row.addWidget(team)
        existing_row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(text)
        layout.addSpacing(8)
        folder_label = QLabel(self.tr("Vault folder:"))
        folder_label.setBuddy(self.location_edit)
        layout.addWidget(folder_label)
        layout.addLayout(row)
        layout.addWidget(self.location_error)
        layout.addStretch(1)
        layout.addLayout(existing_row)
        return page

    def _admin_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Create the first administrator"))
        page.setSubTitle(self.tr("This account adds the other staff members and their roles."))
        self.username_edit = QLineEdit()
        self.username_edit.setPlaceholderText(self.tr("e.g. maria"))
        self.username_error = error_label()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        # The meter says live what the password lacks, in red: the one place that rule shows.
        self.meter = PasswordStrengthWidget()
        self.password_edit.textChanged.connect(self.meter.set_password)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_error = error_label()
        self.password_reveal = PasswordRevealAction(self.password_edit, self.confirm_edit)
        # An error beside a field goes as soon as the field is changed.
        self.username_edit.textChanged.connect(lambda: show_error(self.username_error, ""))
        self.password_edit.textChanged.connect(lambda: show_error(self.confirm_error, ""))
        self.confirm_edit.textChanged.connect(lambda: show_error(self.confirm_error, ""))
        warning = QLabel(self.tr("There is no way to recover a forgotten password without another "
                         "administrator: write it down somewhere safe."))
        warning.setWordWrap(True)
        # phone numbers typed without a country code are read in this country
        found = settings.locale_region()
        self.region_edit = QLineEdit(found or "")
        self.region_edit.setMaxLength(2)
        self.region_edit.setMaximumWidth(50)
        self.region_edit.setPlaceholderText(self.tr("e.g. DE"))
        self.region_edit.setAccessibleName(self.tr("Default phone region"))
        self.region_note = QLabel(
            self.tr("Phone numbers typed without a country code are read in this country (from this "
            "computer's language settings); change it if the business is elsewhere.")
            if found else
            self.tr("This computer's language settings name no country, so none is set: type the "
                    "two-letter code (DE, GB, US, ...) where phone numbers without a country code "
                    "belong, or set it later in Administration."))
        self.region_note.setWordWrap(True)
        self.region_error = error_label()
        form = QFormLayout(page)
        form.addRow(self.tr("Username:"), self.username_edit)
        form.addRow("", self.username_error)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow("", self.meter)
        form.addRow(self.tr("Repeat password:"), self.confirm_edit)
        form.addRow("", self.confirm_error)
        form.addRow(warning)
        form.addRow(self.tr("Phone region:"), self.region_edit)
        form.addRow("", self.region_note)
        form.addRow("", self.region_error)
        return page

    def _demo_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Try it with demo data?"))
        page.setSubTitle(self.tr("Fictional contacts to explore ContactWeb before entering your own."))
        self.demo_check = QCheckBox(self.tr("Add fictional demo contacts"))
        self.demo_count_spin = QSpinBox()
        self.demo_count_spin.setRange(10, 20_000)
        self.demo_count_spin.setSingleStep(100)
        self.demo_count_spin.setValue(DEFAULT_DEMO_CONTACTS)
        self.demo_count_spin.setSuffix(self.tr(" contacts"))
        self.demo_count_spin.setEnabled(False)
        self.demo_check.toggled.connect(self.demo_count_spin.setEnabled)
        text = QLabel(
            self.tr("Each demo contact has made-up emails (example.com), phone numbers from ranges "
            "reserved for fiction, an address, tags, and some calls, sales, reminders and "
            "consent records. Every demo contact carries the tag \u201cdemo\u201d, so you "
            "can find them all later. Leave this off for a vault you start using right away."))
        text.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.demo_check)
        row.addWidget(self.demo_count_spin)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(text)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _number_steps(self) -> None:
        """"Step 2 of 3" above each page's subtitle, so nobody wonders how much is left."""
        ids = self.pageIds()
        for number, page_id in enumerate(ids, start=1):
            page = self.page(page_id)
            page.setSubTitle(self.tr("Step {number} of {count}. {subTitle}").format(number=number, count=len(ids), subTitle=page.subTitle()))

    def _choose_location(self) -> None:
        folder = self._host.existing_folder(self, self.tr("Choose a folder for the vault"),
                                            self.location_edit.text())
        if not folder:
            return
        try:
            occupied = any(Path(folder).iterdir())
        except OSError:
            occupied = False
        # A vault is a folder of its own; do not mix it into a folder of other files.
        self.location_edit.setText(str(Path(folder) / "ContactWeb vault") if occupied
                                   and not Vault(Path(folder)).exists() else folder)

    def _choose_existing(self) -> None:
        folder = self._host.existing_folder(self, self.tr("Choose the vault folder"),
                                            self.location_edit.text())
        if not folder:
            return
        if not Vault(Path(folder)).exists():
            show_error(self.location_error,
                       self.tr("There is no ContactWeb vault in {folder}.").format(folder=folder))
            return
        self.existingVaultChosen.emit(Path(folder))
        self.reject()

    def _choose_team_server(self) -> None:
        chooser = TeamServerDialog(self._host, self)
        if self._host.exec_dialog(chooser) == QDialog.DialogCode.Accepted and chooser.chosen:
            self.teamServerChosen.emit(chooser.chosen)
            self.reject()
        chooser.deleteLater()

    # --- checks, page by page, shown beside the field -------------------------------------
    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt override
        page = self.currentId()
        if page == LOCATION_PAGE:
            return self._check_location()
        if page == ADMIN_PAGE:
            return self._check_admin()
        return True

    def _check_location(self) -> bool:
        text = self.location_edit.text().strip()
        message = ""
        if not text:
            message = self.tr("Choose a folder for the vault.")
        else:
            folder = Path(text).expanduser()
            if Vault(folder).exists() or (folder / "keyslots.json").exists():
                message = self.tr("There is already a vault in this folder. Choose another folder, "
                                  "or cancel and sign in to that vault.")
            elif folder.exists() and not folder.is_dir():
                message = self.tr("This is a file, not a folder.")
        show_error(self.location_error, message)
        return not message

    def _check_admin(self) -> bool:
        for label in (self.username_error, self.confirm_error):
            show_error(label, "")
        try:
            validate_username(self.username_edit.text())
        except BadInput as exc:
            show_error(self.username_error, str(exc))
            return False
        if password_problem(self.password_edit.text()):
            # The meter under the field already says what is missing, in red.
            self.meter.insist()
            self.password_edit.setFocus()
            return False
        if self.confirm_edit.text() != self.password_edit.text():
            show_error(self.confirm_error, self.tr("The two passwords differ."))
            return False
        return self._check_region()

    def _check_region(self) -> bool:
        show_error(self.region_error, "")
        if not self.region_edit.text().strip():
            return True  # left unset, as the note says
        try:
            parse_region(self.region_edit.text())
        except BadInput as exc:
            show_error(self.region_error, str(exc))
            return False
        return True

    # --- the answers ---------------------------------------------------------------------
    def vault_dir(self) -> Path:
        return Path(self.location_edit.text().strip()).expanduser()

    def admin_username(self) -> str:
        return self.username_edit.text().strip()

    def admin_password(self) -> str:
        return self.password_edit.text()

    def default_region(self) -> str | None:
        """The country code to store as the vault's default region; None leaves it unset."""
        text = self.region_edit.text().strip()
        return parse_region(text) if text else None

    def demo_count(self) -> int:
        return self.demo_count_spin.value() if self.demo_check.isChecked() else 0

    def forget_password(self) -> None:
        self.password_edit.clear()
        self.confirm_edit.clear()
