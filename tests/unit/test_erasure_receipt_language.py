"""An erasure receipt's text is written in its document language, the business's (as its PDF
and the other privacy documents), with the PDF's own words; English when none is set."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from contactweb.i18n import active_language
from contactweb.services import settings
from contactweb.services.privacy import (
    erase_contact,
    erasure_receipt,
    list_erasures,
    write_receipt_pdf,
)
from contactweb.vault.workspace import Workspace
from tests.security.test_erasure_leaves_nothing import PERSON, make_person


def set_business_language(ws: Workspace, language: str) -> None:
    profile = settings.business_profile(ws)
    profile.language = language
    settings.set_business_profile(ws, profile)


def test_the_receipt_text_follows_the_business_language_as_its_pdf(
        admin_ws: Workspace, tmp_path: Path) -> None:
    assert active_language() == "en"  # the program itself speaks English here
    set_business_language(admin_ws, "de")
    receipt = erase_contact(admin_ws, make_person(admin_ws, PERSON, with_everything=True))
    text = receipt.as_text()
    assert text.splitlines()[0] == f"Löschnachweis {receipt.erasure_id}"
    assert "  Gelöscht am: " in text and f"  Ausgeführt von: {receipt.erased_by}" in text
    assert "    Kommunikation: 2" in text
    assert f"    Entfernte Datensätze insgesamt: {receipt.total_removed}" in text
    assert "Erasure record" not in text and "Communications" not in text
    assert PERSON["last"] not in text
    # Read back later, and listed, it is the same German text.
    assert erasure_receipt(admin_ws, receipt.erasure_id).as_text() == text
    assert list_erasures(admin_ws)[0].as_text() == text
    pdf = write_receipt_pdf(admin_ws, receipt, tmp_path / "receipt.pdf")
    pdf_text = "\n".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert f"Löschnachweis {receipt.erasure_id}" in pdf_text

    set_business_language(admin_ws, "fr")
    french = erasure_receipt(admin_ws, receipt.erasure_id).as_text()
    assert "  Effacé le\u00a0: " in french  # French sets a no-break space before the colon


def test_without_a_business_language_the_receipt_is_english(admin_ws: Workspace) -> None:
    receipt = erase_contact(admin_ws, make_person(admin_ws, PERSON, with_everything=True))
    text = receipt.as_text()
    assert text.splitlines()[0] == f"Erasure record {receipt.erasure_id}"
    assert "  Erased on: " in text and "    Communications: 2" in text
    assert f"    Total records removed: {receipt.total_removed}" in text
