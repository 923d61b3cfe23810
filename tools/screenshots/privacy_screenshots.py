"""Screenshots of privacy, merge and audit screens: the erase confirmation (with what
happens to backups), the erasure receipt, Find duplicates side by side with a field choice,
the merges made, Run retention now, and the audit log in sentences, over a throw-away vault.

    python -m tools.screenshots.privacy_screenshots docs/screenshots
"""

from __future__ import annotations

import sys
from pathlib import Path

from tools.screenshots.screenshot_session import ScreenshotSession, render_session

CONFIRM_FILE = "erase-confirm.png"
RECEIPT_FILE = "erasure-receipt.png"
MERGE_FILE = "duplicates-side-by-side.png"
MERGES_MADE_FILE = "duplicates-merges-made.png"
RETENTION_FILE = "retention-run-now.png"
AUDIT_FILE = "audit-log-sentences.png"
RECEIPTS_FILE = "erasure-receipts.png"
DUPLICATE_EMAIL_FILE = "contact-editor-duplicate-warning.png"


class PrivacyScreenshots(ScreenshotSession):
    def __init__(self, out_dir: Path, home: Path) -> None:
        from contactweb.services import settings
        from contactweb.services.accounts import session
        from contactweb.ui.kit.workspace_bridge import WorkspaceBridge

        super().__init__(out_dir, home)
        self.ws = session.create_vault(home / "vault", "maria", "Screenshot-maria-1!")
        settings.set_business_profile(self.ws, settings.BusinessProfile(
            name="Lakeside Florists", postal_address="1 Lake Road\nSpringfield, IL 62701"))
        self.bridge = WorkspaceBridge()


    def erasure(self) -> None:
        from contactweb.models import utcnow
        from contactweb.services.activity import communications
        from contactweb.services.activity.communications import CommunicationInput
        from contactweb.services.contacts import contacts
        from contactweb.services.contacts.contacts import ContactInput, EmailInput
        from contactweb.ui.privacy.erase_contact_dialog import EraseContactDialog

        contact_id = contacts.create_contact(self.ws, ContactInput(
            first_name="Amélie", last_name="Abbott", emails=[EmailInput("amelie@example.com")]))
        communications.log_communication(self.ws, contact_id, CommunicationInput(
            "call", occurred_at=utcnow(), subject="Asked to be erased"))
        dialog = EraseContactDialog(self.ws, self.bridge, contact_id)
        dialog.name_edit.setText("Amélie Abbott")
        self.save(dialog, CONFIRM_FILE, 560)
        dialog.erase()
        while dialog.receipt is None:  # the erasure runs on a worker
            self.app.processEvents()
        dialog.saved_label.setText("Saved to /home/maria/Documents/erasure-receipt-1.pdf")
        self.save(dialog, RECEIPT_FILE, 560, 560)
        dialog.hide()


    def wait_for(self, done) -> None:  # noqa: ANN001
        while not done():
            self.app.processEvents()

    def duplicates(self) -> None:
        from datetime import date

        from contactweb.models import utcnow
        from contactweb.services.activity import communications, sales
        from contactweb.services.activity.communications import CommunicationInput
        from contactweb.services.activity.sales import SaleInput, SaleLineInput
        from contactweb.services.consent import consent
        from contactweb.services.contacts import contacts, duplicates
        from contactweb.services.contacts.contacts import ContactInput, EmailInput, PhoneInput
        from contactweb.ui.interchange.duplicates_dialog import DuplicatesDialog

        keep = contacts.create_contact(self.ws, ContactInput(
            first_name="Jonas", last_name="Berg", company="Berg Bakery", title="Owner",
            emails=[EmailInput("jonas@bergbakery.example")]))
        other = contacts.create_contact(self.ws, ContactInput(
            first_name="Jonas", last_name="Berg", company="Berg's Bakery & Café",
            emails=[EmailInput("jonas@bergbakery.example")],
            phones=[PhoneInput("+1 503 555 0199")]))
        communications.log_communication(self.ws, other, CommunicationInput(
            "call", occurred_at=utcnow(), subject="Ordered the wedding cake flowers"))
        sales.add_sale(self.ws, other, SaleInput([SaleLineInput("Table bouquets", 6, 2500)],
                                                 "won", "USD", date.today()))
        consent.opt_in(self.ws, keep, "email", "Signed up at the counter", method="paper form")
        a = contacts.create_contact(self.ws, ContactInput(first_name="Mia", last_name="Hart",
                                                          emails=[EmailInput("mia@x.example")]))
        b = contacts.create_contact(self.ws, ContactInput(first_name="Mia", last_name="Hart",
                                                          emails=[EmailInput("mia@x.example")]))
        duplicates.merge(self.ws, a, b)
        dialog = DuplicatesDialog(self.ws, self.bridge)
        self.wait_for(lambda: dialog.worker is None and dialog.shown is not None)
        dialog.sides.combos["company"].setCurrentIndex(1)
        self.save(dialog, MERGE_FILE, 900, 640)
        dialog.tabs.setCurrentWidget(dialog.history)
        self.wait_for(lambda: dialog.history.worker is None
                      and dialog.history.model.rowCount() > 0)
        dialog.history.table.selectRow(0)
        self.save(dialog, MERGES_MADE_FILE, 900, 420)
        dialog.hide()

    def retention(self) -> None:
        from datetime import timedelta

        from contactweb.models import Contact, utcnow
        from contactweb.services.contacts import contacts
        from contactweb.services.contacts.contacts import ContactInput
        from contactweb.ui.privacy.retention_run_dialog import RetentionRunDialog

        for first in ("Greta", "Hugo"):
            cid = contacts.create_contact(self.ws, ContactInput(first_name=first,
                                                                last_name="Lindqvist"))
            contacts.set_status(self.ws, cid, "closed")
            with self.ws.session() as session:
                session.get(Contact, cid).closed_at = utcnow() - timedelta(days=365 * 8)
        dialog = RetentionRunDialog(self.ws, self.bridge)
        self.wait_for(lambda: dialog.preview is not None)
        self.save(dialog, RETENTION_FILE, 560, 420)
        dialog.hide()

    def audit_log(self) -> None:
        from contactweb.services import privacy, settings
        from contactweb.services.contacts import contacts
        from contactweb.services.contacts.contacts import ContactInput
        from contactweb.ui.admin.admin_audit_widget import AdminAuditWidget

        settings.put(self.ws, "idle_timeout_minutes", 10)
        held = contacts.create_contact(self.ws, ContactInput(first_name="Nora", last_name="Falk"))
        privacy.place_legal_hold(self.ws, held, "Insurance claim 2026-04")
        widget = AdminAuditWidget(self.ws, self.bridge)
        widget.refresh()
        widget.view.selectRow(0)
        widget.details_button.setChecked(True)
        self.save(widget, AUDIT_FILE, 1000, 640)
        widget.hide()


    def receipts_list(self) -> None:
        from contactweb.ui.privacy.erasure_receipts_dialog import ErasureReceiptsDialog

        dialog = ErasureReceiptsDialog(self.ws, self.bridge)
        self.wait_for(lambda: dialog.worker is None)
        self.save(dialog, RECEIPTS_FILE, 640, 480)
        dialog.hide()

    def duplicate_email_warning(self) -> None:
        from contactweb.services.contacts import contacts
        from contactweb.services.contacts.contacts import ContactInput, EmailInput
        from contactweb.ui.contacts.contact_edit_dialog import ContactEditDialog

        contacts.create_contact(self.ws, ContactInput(
            first_name="Ines", last_name="Moreau", emails=[EmailInput("ines@moreau.example")]))
        dialog = ContactEditDialog(self.ws, self.bridge)
        dialog.first_edit.setText("Inès")
        dialog.last_edit.setText("Moreau")
        dialog.emails.value_edit(0).setText("ines@moreau.example")
        dialog.save()
        self.save(dialog, DUPLICATE_EMAIL_FILE, 680, 720)
        dialog.done(0)

    def render(self) -> None:
        self.erasure()
        self.duplicates()
        self.retention()
        self.audit_log()
        self.receipts_list()
        self.duplicate_email_warning()


def main(argv: list[str] | None = None) -> int:
    return render_session(argv, "tools.screenshots.privacy_screenshots", PrivacyScreenshots)


if __name__ == "__main__":
    sys.exit(main())
