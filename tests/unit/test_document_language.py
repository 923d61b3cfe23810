"""PDFs speak their reader's language and write dates and amounts as the reader's country does:
the contact's language, else the business's default; CLDR's formats through Babel."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pypdf
import pytest

from contactweb.formats.pdf import sample_data
from contactweb.formats.pdf.data import (
    CountRow,
    ErasureReceiptData,
    LabelledValue,
    Letter,
    LetterSender,
    MailRecipient,
    ReportMeta,
    SaleLine,
    SaleRecord,
)
from contactweb.formats.pdf.dossier import render_dossier
from contactweb.formats.pdf.formatting import format_date, format_money, using_locale
from contactweb.formats.pdf.language import _, writing_in
from contactweb.formats.pdf.letters import render_letters
from contactweb.formats.pdf.privacy import render_erasure_receipt
from contactweb.formats.pdf.regional import document_locale, paper_for
from contactweb.formats.pdf.vocabulary import word
from contactweb.models import Contact
from contactweb.services import settings
from contactweb.services.contacts import contacts
from contactweb.services.exporting import exporter
from contactweb.services.importing import importer
from contactweb.services.mailing.postal_address import envelope_name, postal_lines
from contactweb.services.privacy import export_access_report
from contactweb.services.reports import report_service
from contactweb.vault.workspace import Workspace

pytestmark = pytest.mark.usefixtures("compiled_catalogs")  # the catalogs as built from the sources

META = ReportMeta("Lindenhof Möbel GmbH", "Maria Keller", datetime(2026, 12, 7, 10, 32),
                  "Contact dossier", locale="en_DE")
# Texts every English dossier prints and no translation keeps.
ENGLISH_ONLY = ("Phone numbers", "Consent by channel", "Page 1 of", "Made ", "Open reminders",
                "Totals by currency")


def text_of(pdf: bytes) -> str:
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def german_dossier() -> bytes:
    dossier = sample_data.sample_dossier()
    sale = SaleRecord(date(2026, 12, 7), "EUR", [SaleLine("Eichentisch", Decimal(1),
                                                          Decimal("1234.50"))], "S-7")
    dossier = replace(dossier, sales=[sale])
    return render_dossier(replace(META, language="de", locale="de_DE"), dossier)


def test_a_german_dossier_writes_german_dates_and_amounts() -> None:
    text = text_of(german_dossier())
    assert "Kontaktdossier" in text  # the title, in German
    assert "7. Dez. 2026" in text
    assert "1.234,50 €" in text
    assert "Dec 7, 2026" not in text and "1,234.50" not in text


def test_a_german_dossier_has_no_english_headings_or_page_numbers() -> None:
    """Passes once the German catalog holds the report's texts (make catalogs)."""
    text = text_of(german_dossier())
    for english in ENGLISH_ONLY:
        assert english not in text, english


def test_the_same_dossier_without_a_language_stays_english() -> None:
    text = text_of(render_dossier(META, sample_data.sample_dossier()))
    for english in ("Contact dossier", "Phone numbers", "Page 1 of 2"):
        assert english in text


@pytest.mark.parametrize(("language", "country", "expected"), [
    ("de", "DE", "7. Dez. 2026"), ("fr", "FR", "7 déc. 2026"), ("es", "ES", "7 dic 2026"),
    ("en", "US", "Dec 7, 2026"), ("en", "GB", "7 Dec 2026"), ("fr-CA", "US", "7 déc. 2026"),
])
def test_dates_follow_the_document_locale(language: str, country: str, expected: str) -> None:
    with using_locale(document_locale(language, country)):
        assert format_date(date(2026, 12, 7)).replace("\u00a0", " ") == expected


def test_amounts_follow_the_document_locale() -> None:
    with using_locale(document_locale("de", "DE")):
        assert format_money(Decimal("1234.5"), "EUR").replace("\u00a0", " ") == "1.234,50 €"
    with using_locale(document_locale("en", "US")):
        assert format_money(Decimal("1234.5"), "USD") == "$1,234.50"
    with using_locale(document_locale("fr", "FR")):
        assert format_money(Decimal("1234.5"), "EUR").replace("\u00a0", " ") \
            .replace("\u202f", " ") == "1 234,50 €"


def test_paper_is_letter_for_a_us_business_and_a4_for_a_german_one() -> None:
    assert paper_for("US") == "Letter" and paper_for("CA") == "Letter"
    assert paper_for("DE") == "A4" and paper_for("") == "A4"


def test_each_letter_is_dated_in_its_readers_language() -> None:
    sender = LetterSender("Lindenhof Möbel GmbH", ["Hauptstr. 1", "80331 München"])
    letters = [Letter(MailRecipient("Anna Schmidt", ["Ring 2", "10115 BERLIN"]), "Hallo.",
                      date(2026, 12, 7), language="de", locale="de_DE"),
               Letter(MailRecipient("John Doe", ["1 Main St", "SPRINGFIELD, IL 62701"]),
                      "Hello.", date(2026, 12, 7), language="en", locale="en_US")]
    text = text_of(render_letters(replace(META, title="Letters"), sender, letters))
    assert "7. Dezember 2026" in text
    assert "December 7, 2026" in text


def set_business(ws: Workspace, country: str, language: str) -> None:
    profile = settings.business_profile(ws)
    profile.name, profile.country, profile.language = "Lindenhof Möbel", country, language
    settings.set_business_profile(ws, profile)


def test_a_contacts_report_is_in_their_language_else_the_business_default(
        admin_ws: Workspace) -> None:
    anna = contacts.create_contact(admin_ws, contacts.ContactInput(
        first_name="Anna", last_name="Schmidt", birthday=date(1980, 12, 7), language="de"))
    bob = contacts.create_contact(admin_ws, contacts.ContactInput(
        first_name="Bob", last_name="Lane", birthday=date(1980, 12, 7)))
    set_business(admin_ws, "US", "")
    anna_text = text_of(report_service.render_report(admin_ws, "contact", [anna]))
    bob_text = text_of(report_service.render_report(admin_ws, "contact", [bob]))
    assert "Kontaktdossier" in anna_text and "7. Dez. 1980" in anna_text
    assert "Contact dossier" in bob_text and "Dec 7, 1980" in bob_text

    set_business(admin_ws, "FR", "fr")  # Bob has no language: the business's default
    with admin_ws.session() as session:
        assert session.get(Contact, bob).language == ""
    bob_text = text_of(report_service.render_report(admin_ws, "contact", [bob]))
    assert "7 déc. 1980" in bob_text and "Contact dossier" not in bob_text


@pytest.mark.parametrize(("street", "city", "region", "postcode", "country", "expected"), [
    ("Invalidenstr. 1", "Berlin", "", "10115", "DE", ("Invalidenstr. 1", "10115 BERLIN")),
    ("1 rue de Rivoli", "Paris", "", "75001", "FR", ("1 rue de Rivoli", "75001 PARIS")),
    ("1 Main St", "Springfield", "IL", "62701", "US", ("1 Main St", "SPRINGFIELD, IL 62701")),
    ("Calle Mayor 1", "Sevilla", "Sevilla", "41001", "ES", ("Calle Mayor 1", "41001 SEVILLA")),
    ("10 Downing St", "London", "", "SW1A 2AA", "GB", ("10 Downing St", "LONDON",
                                                        "SW1A 2AA")),
    ("千代田1-1", "千代田区", "東京都", "100-0001", "JP", ("〒100-0001", "東京都", "千代田区",
                                                       "千代田1-1")),
    ("1-1 Chiyoda", "Chiyoda-ku", "Tokyo", "100-0001", "JP", ("1-1 Chiyoda", "Chiyoda-ku, TOKYO",
                                                              "100-0001")),
])
def test_postal_address_layout_per_country(street: str, city: str, region: str, postcode: str,
                                           country: str, expected: tuple[str, ...]) -> None:
    assert postal_lines(street, city, region, postcode, country, home_country=country) == \
        expected
    abroad = postal_lines(street, city, region, postcode, country, home_country="CH")
    assert abroad[:-1] == expected and abroad[-1].isupper()  # the country named last


def test_a_phone_number_stays_left_to_right_in_a_hebrew_line() -> None:
    phone = LabelledValue("נייד", "+1 555 0100")  # "mobile": the line runs right to left
    email = LabelledValue("עבודה", "dana@example.co.il")
    dossier = sample_data.sample_dossier()
    dossier = replace(dossier, details=replace(dossier.details, phones=[phone],
                                               emails=[email]))
    text = text_of(render_dossier(META, dossier))
    assert "+1 555 0100" in text and "0100 555 1+" not in text
    assert "dana@example.co.il" in text
    assert "\ufffd" not in text  # the isolates are steering, never drawn


@pytest.mark.parametrize(("fmt", "reader"), [("csv-google", "csv"), ("csv-outlook", "csv"),
                                             ("json", "json")])
def test_a_contacts_language_round_trips_through_csv_and_json(
        admin_ws: Workspace, tmp_path: Path, fmt: str, reader: str) -> None:
    contacts.create_contact(admin_ws, contacts.ContactInput(
        first_name="Jonas", last_name="Berg", language="de-AT",
        emails=[contacts.EmailInput("jonas@example.org")]))
    path = tmp_path / f"out.{reader}"
    exporter.export_contacts(admin_ws, path, fmt)
    parsed = importer.parse_bytes(path.read_bytes(), path.name, reader)
    assert [record.language for record in parsed.records] == ["de-AT"]
    with admin_ws.session() as session:  # the file comes back into an empty vault
        session.query(Contact).delete()
    created = importer.import_records(admin_ws, parsed).created
    assert contacts.get_contact(admin_ws, created[0], False).language == "de-AT"


def test_stored_codes_are_printed_in_the_documents_language() -> None:
    """A consent status, a kind of communication or a label is a code in the vault; the
    document prints it as a word of its language (typed text stays as it is)."""
    with writing_in("de"):
        assert word("email") == _("email") != "email"  # E-Mail
        assert word("Opted out")[:1].isupper()  # a capital stays one
        assert word("Sent the price list") == "Sent the price list"
    assert word("opted_out") == "opted out" and word("Opted out") == "Opted out"


def test_business_reports_speak_the_business_language(admin_ws: Workspace) -> None:
    """Passes once the German catalog holds the reports' texts (make catalogs)."""
    set_business(admin_ws, "DE", "de")
    for kind, english in (("directory", "sorted by last name"), ("stats", "By status"),
                          ("sales", "No sales in this period."),
                          ("activity", "No communications were logged")):
        text = text_of(report_service.render_report(admin_ws, kind, since=date(2026, 1, 1),
                                                    until=date(2026, 12, 7)))
        assert english not in text and "Page 1 of" not in text, kind
        assert "7. Dez. 2026" in text or kind in ("directory", "stats"), kind


@pytest.mark.parametrize(("first", "last", "country", "expected"), [
    ("太郎", "山田", "JP", "山田太郎"), ("Taro", "Yamada", "JP", "Taro Yamada"),
    ("민준", "김", "KR", "김민준"), ("János", "Kovács", "HU", "Kovács János"),
    ("Anna", "Schmidt", "DE", "Anna Schmidt"), ("", "Acme", "US", "Acme"),
])
def test_the_envelope_name_follows_the_countrys_name_order(first: str, last: str,
                                                             country: str,
                                                             expected: str) -> None:
    assert envelope_name(first, last, country) == expected


def test_the_access_report_is_in_the_persons_language(admin_ws: Workspace,
                                                      tmp_path: Path) -> None:
    set_business(admin_ws, "US", "")
    dana = contacts.create_contact(admin_ws, contacts.ContactInput(
        first_name="Dana", last_name="Weiß", birthday=date(1980, 12, 7), language="de"))
    folder = export_access_report(admin_ws, dana, tmp_path / "report").parent
    text = text_of((folder / "what-we-hold-about-you.pdf").read_bytes())
    assert "7. Dez. 1980" in text  # German, although the business is in the US
    for english in ("What we hold about you", "Your rights", "Why we hold this data",
                    "Page 1 of"):
        assert english not in text, english


def test_a_language_column_can_be_mapped_by_hand_on_import() -> None:
    table = b"Vorname;Sprache\r\nJonas;de-AT\r\n"
    parsed = importer.parse_bytes(table, "k.csv", "csv", {"Vorname": "first_name",
                                                          "Sprache": "language"})
    assert [(r.first_name, r.language) for r in parsed.records] == [("Jonas", "de-AT")]


def test_an_erasure_receipt_is_in_the_business_language() -> None:
    receipt = ErasureReceiptData(datetime(2026, 12, 7, 10, 0), "admin", "17",
                                 [CountRow("Phone numbers", 2), CountRow("Communications", 3)])
    meta = replace(META, title="Erasure receipt", language="de", locale="de_DE")
    text = text_of(render_erasure_receipt(meta, receipt))
    assert "7. Dez. 2026" in text
    for english in ("Phone numbers", "What was removed", "Total records removed", "Page 1 of"):
        assert english not in text, english
