"""Creating and editing a contact. The vault checks every field; a refused field gets its
message in red right beside it and the dialog stays open with everything as typed."""

from __future__ import annotations

import re
from dataclasses import asdict, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from contactweb.errors import ContactWebError
from contactweb.services.changes import Changes
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import AddressInput, ContactInput, EmailInput, PhoneInput
from contactweb.services.contacts.existing_emails import contacts_with_emails
from contactweb.services.privacy.erasure_match import ErasedContactMatch
from contactweb.services.validation import FieldError
from contactweb.ui.contacts.contact_photo_widget import IMAGE_FILTER, ContactPhotoWidget
from contactweb.ui.contacts.duplicate_email_warning import DuplicateEmailWarning
from contactweb.ui.kit import translations
from contactweb.ui.kit.button_order import buttons_as_shown
from contactweb.ui.kit.display_text import error_label, show_error
from contactweb.ui.kit.editing_keys import EditingKeys
from contactweb.ui.kit.labelled_rows_widget import LabelledRowsWidget
from contactweb.ui.kit.operations import error_text
from contactweb.ui.kit.optional_date_edit import OptionalDateEdit
from contactweb.ui.kit.translations import language_name
from contactweb.ui.kit.unsaved_changes_guard import UnsavedChangesGuard
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace

_ROW_FIELD = re.compile(r"^(emails|phones|addresses)\[(\d+)\]$")


class ContactEditDialog(QDialog):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 contact_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._bridge = bridge
        self.contact_id = contact_id
        self._original = ContactInput()
        self._confirm_erased = False
        self.setWindowTitle(self.tr("New contact") if contact_id is None else self.tr("Edit contact"))
        self.resize(680, 720)

        self.prefix_edit = QLineEdit()
        self.prefix_edit.setPlaceholderText(self.tr("e.g. Dr."))
        self.first_edit = QLineEdit()
        self.middle_edit = QLineEdit()
        self.last_edit = QLineEdit()
        self.suffix_edit = QLineEdit()
        self.suffix_edit.setPlaceholderText(self.tr("e.g. Jr."))
        self.company_edit = QLineEdit()
        self.title_edit = QLineEdit()
        self.website_edit = QLineEdit()
        self.website_edit.setPlaceholderText(self.tr("e.g. https://example.com"))
        # ContactInput field -> its one-line edit, for loading, saving and drafts alike.
        self.text_edits = {
            "prefix": self.prefix_edit, "first_name": self.first_edit,
            "middle_name": self.middle_edit, "last_name": self.last_edit,
            "suffix": self.suffix_edit, "company": self.company_edit, "title": self.title_edit,
            "website": self.website_edit}
        self.emails = LabelledRowsWidget("email")
        self.phones = LabelledRowsWidget("phone")
        self.addresses = LabelledRowsWidget("address")
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("separate tags with commas, e.g. customer, vip"))
        # In the person's short date format, as every date picker; "not given" when empty.
        self.birthday_edit = OptionalDateEdit()
        self.birthday_edit.setAccessibleName(self.tr("Birthday"))
        # Letters, reports and mailing footers for this person; "" is the business's default.
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.addItem(self.tr("Business default"), "")
        for code, name in translations.OFFERED.items():
            if code:
                self.language_combo.addItem(name, code)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(90)
        self.owner_only_check = QCheckBox(
            self.tr("Private: only the owner and administrators can see this contact"))
        self.errors = {name: error_label() for name in
                       ("first_name", "website", "photo", "tags", "birthday", "owner")}
        self.photo = ContactPhotoWidget(
            lambda: bridge.dialogs.open_file_names(self, self.tr("Choose a photo"),
                                                   QCoreApplication.translate("ContactPhotoWidget", IMAGE_FILTER)),
            lambda message: show_error(self.errors["photo"], message))
        self.general_error = error_label()

        form = QFormLayout()
        form.addRow(self.tr("First name:"), self.first_edit)
        form.addRow("", self.errors["first_name"])
        form.addRow(self.tr("Middle name:"), self.middle_edit)
        form.addRow(self.tr("Last name:"), self.last_edit)
        affixes = QHBoxLayout()
        for text, edit in ((self.tr("Prefix:"), self.prefix_edit),
                           (self.tr("Suffix:"), self.suffix_edit)):
            label = QLabel(text)
            label.setBuddy(edit)
            affixes.addWidget(label)
            affixes.addWidget(edit)
        form.addRow("", affixes)
        form.addRow(self.tr("Company:"), self.company_edit)
        form.addRow(self.tr("Job title:"), self.title_edit)
        form.addRow(self.tr("Website:"), self.website_edit)
        form.addRow("", self.errors["website"])
        photo_label = QLabel(self.tr("Photo:"))
        photo_label.setBuddy(self.photo.choose_button)
        form.addRow(photo_label, self.photo)
        form.addRow("", self.errors["photo"])
        form.addRow(self.tr("Emails:"), self.emails)
        form.addRow(self.tr("Phones:"), self.phones)
        form.addRow(self.tr("Addresses:"), self.addresses)
        form.addRow(self.tr("Tags:"), self.tags_edit)
        form.addRow("", self.errors["tags"])
        form.addRow(self.tr("Birthday:"), self.birthday_edit)
        form.addRow("", self.errors["birthday"])
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow(self.tr("Notes:"), self.notes_edit)
        form.addRow("", self.owner_only_check)
        form.addRow("", self.errors["owner"])
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(form)
        body_layout.addStretch(1)  # rows stay compact; spare room goes below
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
        scroll.setWidget(body)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        # A new contact whose email is already a contact's: said before it is saved.
        self.duplicate_warning = DuplicateEmailWarning()
        self.duplicate_warning.openRequested.connect(self._open_existing)
        self.duplicate_warning.saveAnyway.connect(self._save_anyway)
        self._duplicate_accepted = False
        layout.addWidget(self.duplicate_warning)
        layout.addWidget(self.buttons)
        self._set_tab_order()
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.owner_only_check.setAccessibleName(self.tr("Private"))
        self.keys = EditingKeys(self, self.save)

        if contact_id is not None:
            self._load(contact_id)
        else:
            self.emails.add_row()
            self.phones.add_row()
        self.first_edit.setFocus()
        # What the fields held when the editor opened: anything else is an unsaved change.
        self._guard = UnsavedChangesGuard(self, bridge.dialogs, "contact", self.draft_payload)

    def _set_tab_order(self) -> None:
        """Tab follows the form top to bottom; each list's rows go before its Add button
        (LabelledRowsWidget keeps them there as rows come and go)."""
        chain = [self.first_edit, self.middle_edit, self.last_edit, self.prefix_edit,
                 self.suffix_edit, self.company_edit, self.title_edit, self.website_edit,
                 self.photo.choose_button, self.photo.remove_button, self.emails.add_button,
                 self.phones.add_button, self.addresses.add_button, self.tags_edit,
                 self.birthday_edit, self.language_combo, self.notes_edit,
                 self.owner_only_check,
                 self.duplicate_warning.open_button, self.duplicate_warning.save_button,
                 *buttons_as_shown(self.buttons)]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _load(self, contact_id: int) -> None:
        details = contacts.get_contact(self._ws, contact_id, audit_view=False)
        self._original = details.to_input()
        for name, edit in self.text_edits.items():
            edit.setText(getattr(details, name))
        self.emails.set_values(list(details.emails))
        self.phones.set_values(list(details.phones))
        self.addresses.set_values(list(details.addresses))
        self.tags_edit.setText(", ".join(details.tags))
        self.birthday_edit.set_date_value(details.birthday)
        self.notes_edit.setPlainText(details.notes)
        self._show_language(details.language)
        self.owner_only_check.setChecked(details.owner_only)
        self.photo.set_photo(details.photo, details.photo_mime)

    def _show_language(self, tag: str) -> None:
        """Select ``tag``; one the list does not offer (fr-CA from a vCard) is added, by its
        own name, so that saving keeps it."""
        index = self.language_combo.findData(tag)
        if index < 0:
            self.language_combo.addItem(language_name(tag), tag)
            index = self.language_combo.count() - 1
        self.language_combo.setCurrentIndex(index)

    def contact_input(self) -> ContactInput:
        """What is typed, over the fields this dialog does not show (kept as they were)."""
        data = replace(self._original)
        for name, edit in self.text_edits.items():
            setattr(data, name, edit.text())
        data.emails = self.emails.values()  # type: ignore[assignment]
        data.phones = self.phones.values()  # type: ignore[assignment]
        data.addresses = self.addresses.values()  # type: ignore[assignment]
        data.tags = [t for t in (p.strip() for p in self.tags_edit.text().split(",")) if t]
        data.notes = self.notes_edit.toPlainText()
        data.language = self.language_combo.currentData() or ""
        data.birthday = self.birthday_edit.date_value()
        data.owner_only = self.owner_only_check.isChecked()
        data.photo, data.photo_mime = self.photo.photo, self.photo.photo_mime
        return data

    # --- drafts: kept at an automatic sign-out, offered back at the next sign-in -------------
    def draft_payload(self) -> dict[str, Any]:
        """Every field exactly as typed (even what would not pass the checks yet)."""
        return {
            **{name: edit.text() for name, edit in self.text_edits.items()},
            "emails": [asdict(v) for v in self.emails.values()],
            "phones": [asdict(v) for v in self.phones.values()],
            "addresses": [asdict(v) for v in self.addresses.values()],
            "tags": self.tags_edit.text(), "birthday": _iso(self.birthday_edit.date_value()),
            "notes": self.notes_edit.toPlainText(),
            "language": self.language_combo.currentData() or "",
            "owner_only": self.owner_only_check.isChecked(),
            "photo": self.photo.fingerprint(),  # a changed photo is an unsaved change
        }

    def has_unsaved_changes(self) -> bool:
        return self._guard.has_changes()

    def reject(self) -> None:
        """Escape, Cancel and the close button ask before unsaved changes are lost."""
        self._guard.reject(super().reject)

    def apply_draft(self, payload: dict[str, Any]) -> None:
        """Put a kept draft back into the fields; the editor then counts it as unsaved."""
        def text(key: str) -> str:
            return str(payload.get(key) or "")

        def rows(key: str, kind: type) -> list:
            fields = kind.__dataclass_fields__
            return [kind(**{k: str(v) for k, v in row.items() if k in fields})
                    for row in payload.get(key) or [] if isinstance(row, dict)]

        for name, edit in self.text_edits.items():
            edit.setText(text(name))
        self.emails.set_values(rows("emails", EmailInput))
        self.phones.set_values(rows("phones", PhoneInput))
        self.addresses.set_values(rows("addresses", AddressInput))
        self.tags_edit.setText(text("tags"))
        self.birthday_edit.set_date_value(_from_iso(text("birthday")))
        self.notes_edit.setPlainText(text("notes"))
        self._show_language(text("language"))
        self.owner_only_check.setChecked(bool(payload.get("owner_only")))
        self.first_edit.setFocus()

    # --- saving -------------------------------------------------------------------------------
    def save(self) -> None:
        self._clear_errors()
        try:
            data = self.contact_input()
        except FieldError as exc:
            self.show_field_error(exc.field, str(exc))
            return
        except ContactWebError as exc:
            show_error(self.general_error, str(exc))
            return
        ws, contact_id, confirm_erased = self._ws, self.contact_id, self._confirm_erased
        if contact_id is None and not self._duplicate_accepted:
            try:
                matches = contacts_with_emails(ws, [e.address for e in data.emails])
            except ContactWebError:
                matches = []
            if matches:
                self.duplicate_warning.show_matches(matches)
                return
        if contact_id is None:
            op = self._bridge.operations.operation(
                self, lambda _ctx: contacts.create_contact(ws, data, confirm_erased),
                changes=Changes(contacts=True)).success(self._saved)
        else:  # update_contact reports its own Changes
            op = self._bridge.operations.operation(
                self, lambda _ctx: contacts.update_contact(ws, contact_id, data)).success(
                lambda _changes: self._saved(contact_id))
        self.save_button.setEnabled(False)
        op.failure(self._refused)
        op.finished.connect(lambda: self.save_button.setEnabled(True))
        op.run()

    def _save_anyway(self) -> None:
        self._duplicate_accepted = True
        self.duplicate_warning.hide_warning()
        self.save()

    def _open_existing(self, contact_id: int) -> None:
        """Show the existing contact instead; what was typed here is not saved."""
        self._bridge.contactRequested.emit(contact_id)
        self.done(QDialog.DialogCode.Rejected)

    def _saved(self, contact_id: int) -> None:
        self.contact_id = contact_id
        self.accept()

    def _refused(self, exc: Exception) -> None:
        if isinstance(exc, ErasedContactMatch):
            if self._bridge.dialogs.ask(self, self.tr("Add a person who was erased?"), str(exc),
                                        self.tr("Add, opted out of everything")):
                self._confirm_erased = True
                self.save()
        elif isinstance(exc, FieldError):
            self.show_field_error(exc.field, str(exc))
        elif isinstance(exc, contacts.StaleContactEdit):
            # The typed fields stay as they are; what they sit on (the fields this dialog
            # does not show, and the version) becomes the other person's save, so saving
            # again applies this edit over theirs, knowingly.
            self._original = contacts.get_contact(self._ws, exc.contact_id,
                                                  audit_view=False).to_input()
            show_error(self.general_error, str(exc))
        else:
            show_error(self.general_error, error_text(exc))

    def show_field_error(self, field: str, message: str) -> None:
        rows = {"emails": self.emails, "phones": self.phones, "addresses": self.addresses}
        match = _ROW_FIELD.match(field)
        if match:
            rows[match.group(1)].show_row_error(int(match.group(2)), message)
        elif field in self.errors:
            show_error(self.errors[field], message)
            focus = {"first_name": self.first_edit, "tags": self.tags_edit,
                     "birthday": self.birthday_edit, "website": self.website_edit}.get(field)
            if focus is not None:
                focus.setFocus()
        else:
            show_error(self.general_error, message)

    def _clear_errors(self) -> None:
        for label in [*self.errors.values(), self.general_error]:
            show_error(label, "")
        for rows in (self.emails, self.phones, self.addresses):
            rows.clear_errors()


def _iso(value: date | None) -> str:
    """A draft keeps the birthday as ISO text ("" for none), as drafts always have."""
    return value.isoformat() if value is not None else ""


def _from_iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()) if text.strip() else None
    except ValueError:  # a draft kept when the field took free text: what was typed is lost
        return None
