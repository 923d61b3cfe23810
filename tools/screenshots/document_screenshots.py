"""PDFs in the reader's language, for the language screenshots: a contact's dossier made for a
business whose default language is German, French or Spanish, a letter to an address in that
country (its postal layout, its date) and a sheet of address labels; each first page rendered
to PNG with pdftoppm (pypdfium2 where poppler is not installed)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

from contactweb.formats.pdf.data import Letter, LetterSender, MailRecipient
from contactweb.formats.pdf.labels import AVERY_L7160, render_labels
from contactweb.formats.pdf.letters import render_letters
from contactweb.i18n import N_
from contactweb.services import settings
from contactweb.services.mailing.postal_address import postal_lines
from contactweb.services.reports import report_service
from contactweb.services.reports.report_meta import report_meta
from contactweb.vault.workspace import Workspace

# A business in the language's country, and someone it writes to there.
COUNTRIES = {"de": "DE", "fr": "FR", "es": "ES"}
SENDERS = {
    "de": ("Lindenhof Möbel GmbH", ("Hauptstraße 12", "80331 München")),
    "fr": ("Atelier Lindenhof SARL", ("12 rue des Ébénistes", "69002 Lyon")),
    "es": ("Muebles Lindenhof S.L.", ("Calle Mayor 12", "28013 Madrid")),
}
RECIPIENTS = {
    "de": ("Anna Schmidt", ("Invalidenstraße 117", "Berlin", "", "10115")),
    "fr": ("Amélie Dubois", ("1 rue de Rivoli", "Paris", "", "75001")),
    "es": ("Lucía García", ("Calle de Alcalá 42", "Sevilla", "Sevilla", "41001")),
}
BODIES = {
    "de": "Sehr geehrte Frau Schmidt,\n\nvielen Dank für Ihren Besuch in unserer Ausstellung. "
          "Die Muster aus Nussbaum senden wir Ihnen gern zu.\n\nMit freundlichen Grüßen\n"
          "Maria Keller",
    "fr": "Madame,\n\nMerci de votre visite dans notre salle d'exposition. Nous vous "
          "envoyons volontiers les échantillons de noyer.\n\nVeuillez agréer, Madame, "
          "nos salutations distinguées.\nMaria Keller",
    "es": "Estimada Sra. García:\n\nGracias por visitar nuestra exposición. Le enviaremos "
          "con gusto las muestras de nogal.\n\nAtentamente,\nMaria Keller",
}


def render_first_page(pdf: bytes, path: Path) -> Path:
    """The PDF's first page as a PNG at ``path``."""
    if shutil.which("pdftoppm"):
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / "document.pdf"
            source.write_bytes(pdf)
            subprocess.run(["pdftoppm", "-png", "-r", "90", "-f", "1", "-l", "1",
                            "-singlefile", str(source), str(path.with_suffix(""))], check=True)
        return path
    import pypdfium2

    pypdfium2.PdfDocument(pdf)[0].render(scale=1.25).to_pil().save(path)
    return path


def shoot_documents(ws: Workspace, contact_id: int, language: str, out_dir: Path) -> list[Path]:
    """The dossier, a letter and labels in ``language``; the business profile is put back."""
    before = settings.business_profile(ws)
    name, address = SENDERS[language]
    settings.set_business_profile(ws, replace(before, name=name, language=language,
                                              country=COUNTRIES[language],
                                              postal_address="\n".join(address)))
    try:
        written = [render_first_page(report_service.render_report(ws, "contact", [contact_id]),
                                     out_dir / f"lang-{language}-report.png")]
        home = COUNTRIES[language]
        who, (street, city, region, postcode) = RECIPIENTS[language]
        local = MailRecipient(who, postal_lines(street, city, region, postcode, home, home))
        sender = LetterSender(name, list(address), ["info@example.com"])
        letter = Letter(local, BODIES[language], date(2026, 12, 7),
                        reference="L-2026-117")
        letters = render_letters(report_meta(ws, N_("Letters")), sender, [letter])
        written.append(render_first_page(letters, out_dir / f"lang-{language}-letter.png"))
        if language == "de":
            written.append(render_first_page(_labels(ws), out_dir / "lang-de-labels.png"))
    finally:
        settings.set_business_profile(ws, before)
    return written


def _labels(ws: Workspace) -> bytes:
    """A German business's labels: at home without the country line, abroad with it."""
    people = [(who, parts, COUNTRIES[language]) for language, (who, parts)
              in RECIPIENTS.items()]
    people.append(("John Doe", ("1 Main St", "Springfield", "IL", "62701"), "US"))
    people.append(("Hiro Tanaka", ("1-1 Chiyoda", "Chiyoda-ku", "Tokyo", "100-0001"), "JP"))
    recipients = [MailRecipient(who, postal_lines(*parts, country, "DE"))
                  for who, parts, country in people]
    return render_labels(report_meta(ws, N_("Address labels"), page_size="A4"), recipients,
                         AVERY_L7160, outlines=True)
