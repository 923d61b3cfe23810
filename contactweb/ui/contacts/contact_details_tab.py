"""One contact's details: the photo, labelled emails, phones and addresses, website, tags,
owner and visibility, status; Edit, Close and Reopen."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contactweb import i18n
from contactweb.errors import ContactWebError
from contactweb.services import privacy
from contactweb.services.changes import Changes
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactDetails
from contactweb.services.mailing.postal_address import postal_lines
from contactweb.services.mailing.rejections import undeliverable_marks
from contactweb.services.validation import format_phone
from contactweb.ui.contacts.contact_edit_dialog import ContactEditDialog
from contactweb.ui.contacts.contact_photo_widget import photo_pixmap
from contactweb.ui.kit.display_text import local_date, local_time
from contactweb.ui.kit.flow_layout import FlowLayout
from contactweb.ui.kit.labelled_rows_widget import shown_label
from contactweb.ui.kit.regional_formats import left_to_right_cell, own_direction_line
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.ui.kit.wrapped_text_widget import WrappedTextWidget
from contactweb.ui.privacy.privacy_actions import PrivacyActions
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

PHOTO_SIZE = QSize(96, 96)
# Where a contact came from, as stored by the services; a file's own source text is shown as
# it is.
SOURCE_WORDS = {"manual": QT_TRANSLATE_NOOP("ContactDetailsTab", "typed in"),
                "import": QT_TRANSLATE_NOOP("ContactDetailsTab", "imported")}


class ContactDetailsTab(QWidget):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._bridge = bridge
        self.details: ContactDetails | None = None
        # Not a label: a value too long for the pane's width (an email address has no place
        # to break a line) held a label, and so the pane, wider than its place.
        self.text = WrappedTextWidget()
        self.photo_label = QLabel()
        self.photo_label.setAccessibleName(self.tr("Photo"))
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit)
        self.close_button = QPushButton(self.tr("Close contact"))
        self.close_button.setToolTip(self.tr("A closed contact stays on file but gets no mailings."))
        self.close_button.clicked.connect(lambda: self._set_status("closed"))
        self.reopen_button = QPushButton(self.tr("Reopen contact"))
        self.reopen_button.clicked.connect(lambda: self._set_status("active"))
        can_edit = workspace.can(Action.CONTACT_EDIT)
        for button in (self.edit_button, self.close_button, self.reopen_button):
            button.setEnabled(can_edit)
            if not can_edit:
                button.setToolTip(self.tr("Your role ({role}) cannot change contacts.").format(role=workspace.role))
        # Rows that wrap in a narrow pane: the contact list beside it keeps its room.
        buttons = FlowLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.photo_label)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.privacy = PrivacyActions(self._ws, self._bridge, self)
        privacy_row = FlowLayout()
        self.privacy.add_buttons(privacy_row)
        privacy_row.addStretch(1)
        layout.addLayout(privacy_row)
        self.clear()

    @property
    def contact_id(self) -> int | None:
        return self.details.id if self.details else None

    def show_details(self, details: ContactDetails | None) -> None:
        self.details = details
        # A server refused these addresses for good: said under each, as mailings see it.
        marks = undeliverable_marks(self._ws, details.id) if details else {}
        purge_on = privacy.purge_date(self._ws, details.id) \
            if details and details.status == "closed" else None
        self.text.setText(self._html(details, marks, purge_on) if details else "")
        pixmap = photo_pixmap(details.photo, PHOTO_SIZE) if details else None
        self.photo_label.setVisible(pixmap is not None)
        if pixmap is not None:
            self.photo_label.setPixmap(pixmap)
        else:
            self.photo_label.clear()
        has = details is not None
        can_edit = self._ws.can(Action.CONTACT_EDIT)
        self.edit_button.setEnabled(has and can_edit)
        self.close_button.setVisible(not has or details.status != "closed")
        self.reopen_button.setVisible(has and details.status == "closed")
        self.close_button.setEnabled(has and can_edit)
        self.reopen_button.setEnabled(has and can_edit)
        if getattr(self, "privacy", None) is not None:  # show_details runs while building
            self.privacy.show_contact(details)

    def clear(self) -> None:
        self.show_details(None)

    @staticmethod
    def _html(d: ContactDetails, undeliverable: dict[str, str] | None = None,
              purge_on: date | None = None) -> str:
        e = html.escape
        rows: list[tuple[str, str]] = []
        name = " ".join(p for p in (d.prefix, d.first_name, d.middle_name, d.last_name,
                                    d.suffix) if p)
        if name:
            rows.append((QCoreApplication.translate("ContactDetailsTab", "Name"), e(name)))
        work = ", ".join(p for p in (d.title, d.company) if p)
        if work:
            rows.append((QCoreApplication.translate("ContactDetailsTab", "Work"), e(work)))
        marks = undeliverable or {}
        rows += [(QCoreApplication.translate("ContactDetailsTab", "Email ({label})").format(label=e(shown_label(x.label))), f'<a href="mailto:{e(x.address)}">{e(left_to_right_cell(x.address))}</a>'
                  + (f"<br><span style='color:#a00000'>{e(marks[x.address.lower()])}</span>"
                     if x.address.lower() in marks else "")) for x in d.emails]
        rows += [(QCoreApplication.translate("ContactDetailsTab", "Phone ({label})").format(label=e(shown_label(p.label))), e(left_to_right_cell(format_phone(p.number)))) for p in d.phones]
        rows += [(QCoreApplication.translate("ContactDetailsTab", "Address ({label})").format(label=e(shown_label(a.label))), "<br>".join(e(own_direction_line(line)) for line in _address_lines(a)))
                 for a in d.addresses]
        if d.website:
            rows.append((QCoreApplication.translate("ContactDetailsTab", "Website"), f'<a href="{e(_link(d.website))}">{e(d.website)}</a>'))
        if d.tags:
            rows.append((QCoreApplication.translate("ContactDetailsTab", "Tags"), e(", ".join(d.tags))))
        if d.birthday:
            rows.append((QCoreApplication.translate("ContactDetailsTab", "Birthday"), local_date(d.birthday)))
        rows.append((QCoreApplication.translate("ContactDetailsTab", "Status"), QCoreApplication.translate("ContactDetailsTab", "Closed") if d.status == "closed"
                     else QCoreApplication.translate("ContactDetailsTab", "Active")))
        if purge_on is not None:
            rows.append((QCoreApplication.translate("ContactDetailsTab", "Purged on"), QCoreApplication.translate("ContactDetailsTab", "{date} (retention), unless reopened").format(
                date=local_date(purge_on))))
        visibility = QCoreApplication.translate("ContactDetailsTab", "private to the owner (and administrators)") if d.owner_only \
            else QCoreApplication.translate("ContactDetailsTab", "everyone in the vault")
        rows.append((QCoreApplication.translate("ContactDetailsTab", "Owner"), QCoreApplication.translate("ContactDetailsTab", "{owner}; visible to {who}").format(
            owner=e(d.owner or "–"), who=visibility)))
        if d.legal_hold:
            rows.append((QCoreApplication.translate("ContactDetailsTab", "Legal hold"), e(d.legal_hold_reason or QCoreApplication.translate("ContactDetailsTab", "yes"))))
        source = SOURCE_WORDS.get(d.source)
        source = QCoreApplication.translate("ContactDetailsTab", source) if source else d.source
        rows.append((QCoreApplication.translate("ContactDetailsTab", "Added"),
                     f"{local_time(d.created_at)} ({e(source)})"))
        rows.append((QCoreApplication.translate("ContactDetailsTab", "Changed"), local_time(d.updated_at)))
        # The labels' column as wide as their longest word (and the padding): a label wraps
        # between its words as before, the view's breaking anywhere is left to a value too
        # long for the rest of the line (a long email address).
        metrics = QFontMetrics(QGuiApplication.font())
        label_width = max(metrics.horizontalAdvance(word) for label, _value in rows
                          for word in html.unescape(label).split()) + 12 + 2
        table = "".join(f"<tr><td width='{label_width}' style='color:#555; padding-right:12px'>{label}</td>"
                        f"<td>{value}</td></tr>" for label, value in rows)
        notes = "<p><b>" + QCoreApplication.translate("ContactDetailsTab", "Notes") + f"</b><br>{e(d.notes).replace(chr(10), '<br>')}</p>" \
            if d.notes else ""
        return f"<table cellspacing='4'>{table}</table>{notes}"

    # --- actions ----------------------------------------------------------------------------
    def edit(self) -> None:
        if self.details is None:
            return
        try:
            dialog = ContactEditDialog(self._ws, self._bridge, self.details.id, self)
        except ContactWebError as exc:
            self._bridge.dialogs.show_error(self, exc)
            return
        # A saved dialog announces the change itself; the pane then reloads these details.
        self._bridge.dialogs.exec_dialog(dialog)
        dialog.deleteLater()

    def _set_status(self, status: str) -> None:
        if self.details is None:
            return
        ws, contact_id, name = self._ws, self.details.id, self.details.display_name
        version = self.details.version  # as shown: a change saved since is not passed over
        # Errors go to the error box; the Changes set_status returns reload this contact, as
        # does a refusal (someone changed it since), so that what they did is shown.
        op = self._bridge.operations.operation(
            self, lambda _ctx: contacts.set_status(ws, contact_id, status, version))
        op.changes_on_failure(Changes.for_contacts([contact_id]))
        if status == "closed":
            op.success(lambda _changes: self._say_when_purged(contact_id, name))
        op.run()

    def _say_when_purged(self, contact_id: int, name: str) -> None:
        """Closing starts the retention clock: say when the contact goes for good."""
        when = privacy.purge_date(self._ws, contact_id)
        if when is None:
            return
        self._bridge.dialogs.inform(
            self, self.tr("Contact closed"),
            self.tr("{name} is closed: no mailings go to them. Unless reopened (or held), "
                    "the contact and everything about it will be purged on or after "
                    "{isoformat}, as the retention setting for closed contacts says.").format(name=name, isoformat=when.isoformat()))


def _link(website: str) -> str:
    """A website as typed ("thistle.example") is still a link to open."""
    return website if "://" in website else f"https://{website}"


def _address_lines(a: contacts.AddressInput) -> list[str]:
    # The country in the language the person reads the screen in; the stored code unchanged.
    return list(postal_lines(a.street, a.city, a.region, a.postcode, a.country,
                             language=i18n.active_language()))
