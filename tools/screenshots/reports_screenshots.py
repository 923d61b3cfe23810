"""Screenshots of reports, letters and their settings: the Reports page with a dossier chosen
on the Contacts page, a report's print preview, the letters dialog listing everyone left out with the reason, the
labels dialog, and the business profile's country; plus a letter and the access report's
first pages as PNG, over a throw-away vault.

    python -m tools.screenshots.reports_screenshots docs/screenshots
"""

from __future__ import annotations

import sys
from pathlib import Path

from tools.screenshots.screenshot_session import ScreenshotSession
from tools.screenshots.screenshots import output_folder, throwaway_home

REPORTS_FILE = "reports-page.png"
LETTERS_FILE = "letters-left-out.png"
LABELS_FILE = "labels-dialog.png"
COUNTRY_FILE = "business-country.png"
MAILING_SETTINGS_FILE = "mailing-settings-test.png"
PREVIEW_FILE = "print-preview.png"


class ReportsScreenshots(ScreenshotSession):
    def __init__(self, out_dir: Path, home: Path) -> None:
        from contactweb.services import settings
        from contactweb.services.accounts import session
        from contactweb.ui.kit.workspace_bridge import WorkspaceBridge

        super().__init__(out_dir, home)
        self.ws = session.create_vault(home / "vault", "maria", "Screenshot-maria-1!")
        settings.set_business_profile(self.ws, settings.BusinessProfile(
            name="Lakeside Florists", postal_address="1 Lake Road\nSpringfield, IL 62701",
            email="hello@lakeside.example", country="US", logo_png=self._logo()))
        self.bridge = WorkspaceBridge()

    @staticmethod
    def _logo() -> str:
        import base64

        from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
        from PySide6.QtGui import QColor, QImage, QPainter

        image = QImage(240, 80, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setBrush(QColor("seagreen"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(8, 8, 64, 64)
        painter.setPen(QColor("seagreen"))
        font = painter.font()
        font.setPixelSize(30)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(84, 52, "Lakeside")
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return base64.b64encode(bytes(data.data())).decode("ascii")


    def people(self) -> list[int]:
        from contactweb.services.consent import consent
        from contactweb.services.contacts import contacts
        from contactweb.services.contacts.contacts import AddressInput, ContactInput, EmailInput

        home = AddressInput("12 Orchard Road", "Springfield", "IL", "62704", "US")
        ids = []
        for first, last, post in (("Gwen", "Appleby", "unknown"), ("Hank", "Brightwater",
                                                                   "opted_out"),
                                  ("Maximiliane Konstanze", "von Hohenzollern-Sigmaringen",
                                   "unknown"), ("Yusuf", "Özdemir", "unknown")):
            contact_id = contacts.create_contact(self.ws, ContactInput(
                first_name=first, last_name=last, addresses=[home],
                emails=[EmailInput(f"{first.split()[0].lower()}@example.org")]))
            if post == "opted_out":
                consent.opt_out(self.ws, contact_id, "post", evidence="Asked for no letters",
                                method="phone call")
            ids.append(contact_id)
        return ids

    def letters(self) -> None:
        from contactweb.ui.mailing.mailing_post_dialog import MailingPostDialog

        dialog = MailingPostDialog(self.ws, self.bridge, "letters")
        dialog.tag.setCurrentIndex(dialog.tag.findData(""))
        dialog.make()
        while dialog.worker is not None:  # eligibility runs on a worker
            self.app.processEvents()
        self.save(dialog, LETTERS_FILE, 720, 620)
        dialog.hide()
        labels = MailingPostDialog(self.ws, self.bridge, "labels")
        self.save(labels, LABELS_FILE, 720, 480)
        labels.hide()

    def reports_page(self, contact_ids: list[int]) -> None:
        from contactweb.ui.activity.reports_tab import ReportsTab

        tab = ReportsTab(self.ws, self.bridge)
        names = ["Gwen Appleby", "Hank Brightwater"]
        tab.select_contacts(contact_ids[:2], names)
        tab.status.setText("Saved /home/maria/Documents/Dossier - 2 contacts - 2026-03-04.pdf "
                           "(9 KB).")
        self.save(tab, REPORTS_FILE, 760, 420)
        tab.hide()

    def print_preview(self) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from contactweb.services.reports import report_service
        from contactweb.ui.kit.pdf_printer import paint_pdf, preview_dpi

        pdf = report_service.render_report(self.ws, "directory")
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer)
        dialog.setWindowTitle("Print preview: Contact directory")
        dialog.paintRequested.connect(lambda target: paint_pdf(target, pdf, preview_dpi(pdf)))
        self.save(dialog, PREVIEW_FILE, 900, 700)
        dialog.hide()

    def business_country(self) -> None:
        from contactweb.ui.admin.admin_business_widget import AdminBusinessWidget

        widget = AdminBusinessWidget(self.ws, self.bridge.operations)
        widget.refresh()
        self.save(widget, COUNTRY_FILE, 760, 520)
        widget.hide()

    def mailing_settings(self) -> None:
        from contactweb.ui.mailing.mailing_settings_dialog import MailingSettingsDialog

        dialog = MailingSettingsDialog(self.ws, self.bridge)
        dialog.host.setText("smtp.lakeside.example")
        dialog.sender_address.setText("news@lakeside.example")
        dialog._tested("Sent a test message to maria@lakeside.example through "  # noqa: SLF001
                       "smtp.lakeside.example:587. Check that it arrived.")
        self.save(dialog, MAILING_SETTINGS_FILE, max(560, dialog.sizeHint().width()), 0)
        dialog.hide()

    def pdf_pages(self, contact_ids: list[int]) -> None:
        """A letter (logo, US Letter, the US date) and the access report, first page each."""
        import tempfile

        from contactweb.formats.pdf.samples import write_first_page_pngs
        from contactweb.services.consent import consent
        from contactweb.services.mailing import post
        from contactweb.services.privacy import export_access_report

        consent.opt_in(self.ws, contact_ids[0], "post", "Signed the card at the spring fair",
                       method="signed card")
        with tempfile.TemporaryDirectory() as scratch:
            letters = Path(scratch) / "sample-letter.pdf"
            post.make_letters(self.ws, "Subject: Spring opening\nDear {first_name|customer},"
                              "\n\nOur greenhouse opens on Saturday.\n\nKind regards\n"
                              "{business_name}", letters, log_on_timeline=False)
            answer = export_access_report(self.ws, contact_ids[1], Path(scratch) / "answer")
            access = answer.with_name("what-we-hold-about-you.pdf")
            target = Path(scratch) / "sample-access-report.pdf"
            target.write_bytes(access.read_bytes())
            self.written += write_first_page_pngs([letters, target], out_dir=self.out_dir)


def main(argv: list[str] | None = None) -> int:
    out_dir = output_folder(argv, "tools.screenshots.reports_screenshots")
    if out_dir is None:
        return 2
    with throwaway_home() as home:
        shots = ReportsScreenshots(out_dir, home)
        ids = shots.people()
        shots.letters()
        shots.reports_page(ids)
        shots.print_preview()
        shots.business_country()
        shots.mailing_settings()
        shots.pdf_pages(ids)
        shots.ws.lock()
    for path in shots.written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
