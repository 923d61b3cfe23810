"""Administration → Business profile: the name, postal address, email, phone and logo that
reports, letters and mailings print as the sender, and the country whose paper size, dates
and numbers the PDFs follow."""

from __future__ import annotations

import base64
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contactweb import i18n
from contactweb.errors import ContactWebError
from contactweb.formats.pdf.formatting import format_long_date, format_money, using_locale
from contactweb.formats.pdf.regional import country_names, document_locale, paper_for
from contactweb.services import settings
from contactweb.services.settings import BusinessProfile
from contactweb.services.validation import normalise_email, normalise_phone
from contactweb.ui.kit import translations
from contactweb.ui.kit.operations import OperationRunner
from contactweb.vault.workspace import Workspace

ERROR_STYLE = "color: #b3261e;"
LOGO_MAX_PIXELS = 600  # reports print the logo a few centimetres wide
LOGO_MAX_FILE_BYTES = 10 * 1024 * 1024


class AdminBusinessWidget(QWidget):
    def __init__(self, workspace: Workspace, operations: OperationRunner,
                 parent: QWidget | None = None, dialogs: object | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._operations = operations
        self._dialogs = dialogs  # the shell's DialogHost, when there is one
        self.logo_png_base64 = ""

        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Business name"))
        self.address_edit = QPlainTextEdit()
        self.address_edit.setAccessibleName(self.tr("Postal address"))
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(90)
        self.email_edit = QLineEdit()
        self.email_edit.setAccessibleName(self.tr("Business email"))
        self.phone_edit = QLineEdit()
        self.phone_edit.setAccessibleName(self.tr("Business phone"))
        self.country_combo = QComboBox()
        self.country_combo.setAccessibleName(self.tr("Country"))
        self.country_combo.addItem(self.tr("As the computer's region"), "")
        # Named in the language of the screen (CLDR); the vault keeps the code.
        for code, name in country_names(i18n.active_language()):
            self.country_combo.addItem(f"{name} ({code})", code)
        self.country_note = QLabel()
        self.country_note.setWordWrap(True)
        self.country_note.setStyleSheet("color: #555;")
        self.country_combo.currentIndexChanged.connect(self._show_country_formats)
        # Mailing footers, letters and reports for a contact without a language of their own.
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language of mailings and reports"))
        for code, name in translations.OFFERED.items():
            if code != "en":  # "" is English
                self.language_combo.addItem(name or self.tr("English (the default)"), code)
        # Letters and reports write dates and amounts as the language does in the country.
        self.language_combo.currentIndexChanged.connect(self._show_country_formats)
        self.errors = {key: self._error_label() for key in ("name", "postal_address", "email",
                                                             "phone", "logo")}

        self.logo_preview = QLabel(self.tr("No logo"))
        self.logo_preview.setFixedSize(160, 80)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid #bbb; background: white;")
        self.choose_logo_button = QPushButton(self.tr("Choose logo…"))
        self.choose_logo_button.clicked.connect(self._choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Remove logo"))
        self.remove_logo_button.clicked.connect(lambda: self._set_logo(""))

        address_note = QLabel(
            self.tr("Mailings need this postal address: every marketing email and letter carries it "
            "as the sender's address, as anti-spam law (e.g. CAN-SPAM) requires, and "
            "ContactWeb sends no mailing while it is empty."))
        address_note.setWordWrap(True)
        address_note.setStyleSheet("color: #555;")

        self.save_button = QPushButton(self.tr("Save business profile"))
        self.save_button.clicked.connect(self.save)
        self.message_label = QLabel()

        form = QFormLayout()
        form.addRow(self.tr("Business name (required):"), self._with_error(self.name_edit, "name"))
        address_column = QVBoxLayout()
        address_column.addLayout(self._with_error(self.address_edit, "postal_address"))
        address_column.addWidget(address_note)
        form.addRow(self.tr("Postal address:"), address_column)
        form.addRow(self.tr("Email:"), self._with_error(self.email_edit, "email"))
        form.addRow(self.tr("Phone:"), self._with_error(self.phone_edit, "phone"))
        country_column = QVBoxLayout()
        country_column.addWidget(self.country_combo)
        country_column.addWidget(self.country_note)
        form.addRow(self.tr("Country:"), country_column)
        form.addRow(self.tr("Language of mailings and reports:"), self.language_combo)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo_button)
        logo_buttons.addWidget(self.remove_logo_button)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons)
        logo_row.addWidget(self.errors["logo"], 1)
        form.addRow(self.tr("Logo:"), logo_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.message_label, 1)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE)
        return label

    def _with_error(self, field: QWidget, key: str) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(field, 2)
        row.addWidget(self.errors[key], 1)
        return row

    # -- page interface --------------------------------------------------------------------

    def refresh(self) -> None:
        if self._workspace.locked:
            return
        profile = settings.business_profile(self._workspace)
        self.name_edit.setText(profile.name)
        self.address_edit.setPlainText(profile.postal_address)
        self.email_edit.setText(profile.email)
        self.phone_edit.setText(profile.phone)
        self.country_combo.setCurrentIndex(max(self.country_combo.findData(profile.country), 0))
        self.language_combo.setCurrentIndex(
            max(self.language_combo.findData(profile.language), 0))
        self._show_country_formats()
        self._set_logo(profile.logo_png)
        self._clear_errors()
        self.message_label.clear()

    def clear(self) -> None:
        for edit in (self.name_edit, self.email_edit, self.phone_edit):
            edit.clear()
        self.address_edit.clear()
        self._set_logo("")
        self._clear_errors()
        self.message_label.clear()

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> bool:
        self._clear_errors()
        self.message_label.clear()
        profile = BusinessProfile(name=self.name_edit.text().strip(),
                                  postal_address=self.address_edit.toPlainText().strip(),
                                  email=self.email_edit.text().strip(),
                                  phone=self.phone_edit.text().strip(),
                                  logo_png=self.logo_png_base64,
                                  country=self.country_combo.currentData() or "",
                                  language=self.language_combo.currentData() or "")
        if not profile.name:
            self.errors["name"].setText(self.tr("The business needs a name."))
        try:
            if profile.email:
                profile.email = normalise_email(profile.email)
        except ContactWebError as exc:
            self.errors["email"].setText(str(exc))
        try:
            if profile.phone:
                region = settings.get(self._workspace, "default_region") or "US"
                profile.phone = normalise_phone(profile.phone, region)[0]
        except ContactWebError as exc:
            self.errors["phone"].setText(str(exc))
        if any(label.text() for label in self.errors.values()):
            return False
        ws = self._workspace
        self.save_button.setEnabled(False)
        op = self._operations.operation(
            self, lambda _ctx: settings.set_business_profile(ws, profile))
        op.success(lambda _changes: self._saved(profile))
        op.failure(lambda _exc: self.message_label.setText(op.error))
        op.finished.connect(lambda: self.save_button.setEnabled(True))
        op.run()
        return True

    def _saved(self, profile: BusinessProfile) -> None:
        self.email_edit.setText(profile.email)
        self.message_label.setText(self.tr("Saved.") if profile.postal_address else
                                   self.tr("Saved. Add the postal address before sending mailings."))

    def _show_country_formats(self) -> None:
        """What the reports will look like, so the choice can be checked at a glance."""
        if self._workspace.locked:
            return
        country = self.country_combo.currentData() or str(
            settings.get(self._workspace, "default_region") or settings.system_region())
        locale = document_locale(self.language_combo.currentData() or "", country)
        with using_locale(locale):
            sample = f"{format_long_date(date.today())}, {format_money(Decimal('1234.5'), 'USD')}"
        self.country_note.setText(self.tr("Reports print on {paper} paper, with dates and amounts such as "
                                          "{sample}.").format(paper=paper_for(country), sample=sample))

    # -- logo ------------------------------------------------------------------------------

    def choose_logo_file(self) -> Path | None:
        """Asks for an image file; tests replace this."""
        caption = self.tr("Choose the business logo")
        images = self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif)")
        if self._dialogs is not None:
            names = self._dialogs.open_file_names(self, caption, images)
            return Path(names[0]) if names else None
        name, _ = QFileDialog.getOpenFileName(self, caption, "", images)
        return Path(name) if name else None

    def _choose_logo(self) -> None:
        path = self.choose_logo_file()
        if path is not None:
            self.load_logo(path)

    def load_logo(self, path: Path) -> bool:
        """Any image Qt can read, scaled down and stored as a base64 PNG."""
        self.errors["logo"].clear()
        try:
            too_big = path.stat().st_size > LOGO_MAX_FILE_BYTES
        except OSError as exc:
            self.errors["logo"].setText(self.tr("Cannot read {name}: {strerror}.").format(name=path.name, strerror=exc.strerror))
            return False
        image = QImage() if too_big else QImage(str(path))
        if image.isNull():
            self.errors["logo"].setText(
                self.tr("{name} is not an image ContactWeb can read (use PNG or JPEG under 10 "
                        "MiB).").format(name=path.name))
            return False
        if max(image.width(), image.height()) > LOGO_MAX_PIXELS:
            image = image.scaled(LOGO_MAX_PIXELS, LOGO_MAX_PIXELS,
                                 Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        self._set_logo(base64.b64encode(bytes(data.data())).decode("ascii"))
        return True

    def _set_logo(self, png_base64: str) -> None:
        self.logo_png_base64 = png_base64
        pixmap = QPixmap()
        if png_base64:
            pixmap.loadFromData(base64.b64decode(png_base64), "PNG")
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
        else:
            self.logo_preview.setPixmap(pixmap.scaled(
                self.logo_preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        self.remove_logo_button.setEnabled(bool(self.logo_png_base64))

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
