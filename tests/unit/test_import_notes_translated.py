"""The notes an import shows about a file's entries (the check page, the report, `contactweb
import`) are in the language of the person importing; what the file said (a number, a
column's name, a channel) is kept as it is, and the contacts' own notes are not translated."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator

import pytest

from contactweb import i18n
from contactweb.formats.interchange.record import MAX_UNSTORED_LISTED, unstored_problems
from contactweb.services.contacts import contacts
from contactweb.services.importing import importer
from contactweb.vault.workspace import Workspace

pytestmark = [pytest.mark.usefixtures("compiled_catalogs"), pytest.mark.sqlite_only]

# an invalid phone number, a column no field takes, and consent the import must not record
FILE = (b"First Name,Last Name,Mobile Phone,Shoe Size,Consent Email\r\n"
        b"Ann,Smith,12,38,granted\r\n"
        b"Bob,Jones,,44,\r\n")

ENGLISH_NOTES = [
    "column 'Shoe Size' not stored: no field takes it (2 rows had a value)",
    "phone number '12' is not a valid number in {region}; kept as typed in the notes",
    "the file says consent was granted for email; importing never records consent, so none "
    "was recorded (record it with its evidence)"]


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    i18n.use_language(i18n.ENGLISH)


def _notes(ws: Workspace, language: str) -> tuple[list[str], str]:
    i18n.use_language(language)
    parsed = importer.parse_bytes(FILE, "people.csv", "csv")
    report = importer.import_records(ws, parsed)
    ann = contacts.get_contact(ws, report.created[0], audit_view=False)
    return sorted(p.reason for p in report.problems), ann.notes


def test_the_notes_of_an_import_are_english_in_english(admin_ws: Workspace,
                                                       english_after: None) -> None:
    notes, kept = _notes(admin_ws, "en")
    region = notes[1].split(" in ")[1].split(";")[0]  # the business's region, as a code
    assert notes == [n.replace("{region}", region) for n in ENGLISH_NOTES]
    assert "Phone (mobile): 12" in kept


def test_the_notes_of_an_import_are_german_in_german(admin_ws: Workspace,
                                                     english_after: None) -> None:
    notes, kept = _notes(admin_ws, "de")
    assert len(notes) == 3
    column, consent, phone = sorted(notes, key=lambda n: ("Spalte" not in n, "Telefon" in n))
    assert column.startswith("Spalte 'Shoe Size' nicht gespeichert")
    assert "2 Zeilen" in column
    assert phone.startswith("Telefonnummer '12' ist ")
    assert "Notizen" in phone
    assert "Einwilligung" in consent and "email" in consent
    assert not any(n.startswith(e[:12]) for n in notes for e in ENGLISH_NOTES)
    # the contact's own notes keep the file's data, not a translation of it
    assert "Phone (mobile): 12" in kept


@pytest.mark.parametrize(("language", "kind", "start"), [
    ("fr", "property", "propriété X-SHOE non enregistrée"),
    ("es", "attribute", "el atributo x-shoe no se ha guardado"),
    ("de", "column", "Spalte x-shoe nicht gespeichert")])
def test_columns_properties_and_attributes_not_stored_are_said_in_the_readers_language(
        english_after: None, language: str, kind: str, start: str) -> None:
    i18n.use_language(language)
    name = "X-SHOE" if kind == "property" else "x-shoe"
    counts = {name: 1} | {f"z{n:03}": 2 for n in range(MAX_UNSTORED_LISTED + 1)}
    found = unstored_problems("people", kind, counts)  # type: ignore[arg-type]
    assert found[0].reason.startswith(start)
    assert len(found) == MAX_UNSTORED_LISTED + 1  # the rest on one line, also translated
    assert found[-1].reason.startswith("2 ") and "z049, z050" in found[-1].reason
    assert "not stored" not in found[-1].reason


def test_entries_left_out_or_undecoded_are_still_told_apart_in_german(
        admin_ws: Workspace, english_after: None) -> None:
    """The importer sorts the readers' problems into bad rows and notes, and names the
    entries with replaced characters, by what the problem is, not by its English words."""
    i18n.use_language("de")
    wide = ("Name,Email\r\nAnn,ann@example.org\r\n" + "x," * 10_000 + "x\r\n"
            + "Bob,bob@example.org\r\n").encode()
    report = importer.import_records(admin_ws, importer.parse_bytes(wide, "wide.csv", "csv"),
                                     skip_bad_rows=True)
    assert [(p.location, p.reason) for p in report.bad_rows] == [
        ("wide.csv:row 3", "Zeile hat 10001 Zellen; übersprungen")]
    assert len(report.created) == 2
    card = ("\ufeffBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann \ud800Smith\r\nEND:VCARD\r\n"
            ).encode("utf-16-le", "surrogatepass")
    report = importer.import_records(admin_ws, importer.parse_bytes(card, "ann.vcf", "vcard"))
    assert [p.reason for p in report.problems] == [
        "die Datei ist beschädigtes UTF-16; unlesbare Zeichen wurden ersetzt",
        "einige Zeichen konnten nicht dekodiert werden; mit \ufffd an ihrer Stelle importiert"]
    assert report.bad_rows == [] and len(report.created) == 1


def test_a_cards_notes_are_german_and_its_damaged_text_still_named(
        admin_ws: Workspace, english_after: None) -> None:
    i18n.use_language("de")
    card = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:M\xc3\xbcller;J\xc3\xbcrgen\xff;;;\r\n"
            b"FN:J\xc3\xbcrgen M\xc3\xbcller\r\nPHOTO;VALUE=uri:https://example.org/j.jpg\r\n"
            b"END:VCARD\r\n")
    report = importer.import_records(admin_ws, importer.parse_bytes(card, "j.vcf", "vcard"))
    assert [p.reason for p in report.problems] == [
        "N (Zeile 3): Text ist beschädigtes UTF-8; unlesbare Zeichen wurden durch \ufffd "
        "ersetzt und der Rest behalten",
        "PHOTO (Zeile 5): Foto ist ein Weblink; wurde nicht heruntergeladen",
        "einige Zeichen konnten nicht dekodiert werden; mit \ufffd an ihrer Stelle importiert"]
    assert report.bad_rows == [] and len(report.created) == 1


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_row_whose_photo_is_too_large_is_a_bad_row_in_any_language(
        admin_ws: Workspace, english_after: None, language: str) -> None:
    """A CSV row (or LDIF entry) whose photo was dropped is listed with the bad rows, and an
    LDIF value that is not UTF-8 still names its entry, in German as in English (the
    importer once told them apart by the English words of the note)."""
    i18n.use_language(language)
    photo = "data:image/jpeg;base64," + "A" * 1_450_000  # over 1 MiB, under the cell cap
    wide = (f'First Name,Last Name,E-mail 1 - Value,Photo\r\nAnn,Lee,ann@example.org,"{photo}"'
            '\r\nBob,Ray,bob@example.org,\r\n')
    report = importer.import_records(admin_ws, importer.parse_bytes(
        wide.encode(), "photos.csv", "csv"), skip_bad_rows=True)
    assert [p.location for p in report.bad_rows] == ["photos.csv:row 2"]
    assert len(report.created) == 1
    entry = (b"dn: cn=Jo\r\nobjectClass: inetOrgPerson\r\ncn:: "
             + base64.b64encode("Jo Bl\u00e4ck".encode("latin-1"))
             + b"\r\nmail: jo@example.org\r\n")
    report = importer.import_records(admin_ws, importer.parse_bytes(entry, "jo.ldif", "ldif"))
    assert len(report.created) == 1
    undecoded = [p for p in report.problems if p.location.endswith("#1")]
    assert len(undecoded) == 1 and "\ufffd" in undecoded[0].reason


# a good contact, then five entries the JSON reader cannot use, each for another reason
CONTACTS_JSON = json.dumps({"format": "contactweb-contacts", "version": 1, "contacts": [
    {"first_name": "Ann", "emails": [{"label": "work", "value": "ann@example.org"}]},
    {"first_name": 7},
    "Bob Jones",
    {"first_name": "Cy", "birthday": "22.03.1980"},
    {"first_name": "Di", "consent": {"email": "maybe"}},
    {"first_name": "Ed", "emails": "ed@example.org"}]}).encode()

JSON_BAD_ROWS = {
    "en": ["contact skipped: first_name must be text",
           "contact skipped: a contact must be an object",
           "contact skipped: birthday must be a date like 1980-03-22, or null",
           "contact skipped: consent must map email, post, phone, sms to one of granted, "
           "opted_out, unknown",
           "contact skipped: emails must be a list of {label, value} objects"],
    "de": ["Kontakt übersprungen: first_name muss Text sein",
           "Kontakt übersprungen: ein Kontakt muss ein Objekt sein",
           "Kontakt übersprungen: birthday muss ein Datum wie 1980-03-22 sein oder null",
           "Kontakt übersprungen: consent muss email, post, phone, sms je einem der Werte "
           "granted, opted_out, unknown zuordnen",
           "Kontakt übersprungen: emails muss eine Liste von {label, value}-Objekten sein"]}


@pytest.mark.parametrize("language", ["en", "de"])
def test_json_entries_left_out_are_bad_rows_said_in_the_readers_language(
        admin_ws: Workspace, english_after: None, language: str) -> None:
    """The entries a JSON file's reader leaves out are the same bad rows in German as in
    English (the importer once knew them by the English words "contact skipped"), and their
    notes are in the language of the person importing; the file's keys stay as written."""
    i18n.use_language(language)
    with pytest.raises(importer.ImportFailed) as failed:
        importer.import_records(admin_ws, importer.parse_bytes(CONTACTS_JSON, "people.json",
                                                               "json"))
    assert len(failed.value.report.bad_rows) == 5
    report = importer.import_records(
        admin_ws, importer.parse_bytes(CONTACTS_JSON, "people.json", "json"), skip_bad_rows=True)
    assert [p.location for p in report.bad_rows] == [f"people.json#{n}" for n in range(2, 7)]
    assert [p.reason for p in report.bad_rows] == JSON_BAD_ROWS[language]
    assert report.problems == [] and len(report.created) == 1
    assert contacts.get_contact(admin_ws, report.created[0], audit_view=False).first_name == "Ann"


def test_a_note_that_quotes_the_file_is_no_bad_row_whatever_it_says(
        admin_ws: Workspace, english_after: None) -> None:
    """Only the reader's mark makes an entry a bad row: a column named with the words a
    refusal once had ("Contact skipped") is noted as not stored, and the import goes on."""
    data = (b"First Name,Last Name,E-mail 1 - Value,Contact skipped,Stopped reading\r\n"
            b"Ann,Lee,ann@example.org,yes,no\r\n")
    report = importer.import_records(admin_ws, importer.parse_bytes(data, "odd.csv", "csv"))
    assert report.bad_rows == [] and len(report.created) == 1
    assert [p.reason for p in report.problems] == [
        "column 'Contact skipped' not stored: no field takes it (1 row had a value)",
        "column 'Stopped reading' not stored: no field takes it (1 row had a value)"]


def test_a_cards_refusals_and_notes_are_whole_german_sentences(
        admin_ws: Workspace, english_after: None) -> None:
    """A card with too many properties is a bad row whose reason is German throughout (the
    number as German writes it); a card with nothing in it, and a value in a character set
    nobody knows, are noted in German, each in one sentence a translator wrote whole."""
    i18n.use_language("de")
    crowded = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\n"
               + "NOTE:x\r\n" * 1000 + "END:VCARD\r\n")
    empty = "BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n"
    klingon = "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=x-klingon:M\xfcller;Jo\r\nEND:VCARD\r\n"
    data = (crowded + empty + klingon).encode("latin-1")
    report = importer.import_records(admin_ws, importer.parse_bytes(data, "k.vcf", "vcard"),
                                     skip_bad_rows=True)
    assert [(p.location, p.reason) for p in report.bad_rows] == [
        ("k.vcf#1", "Karte ab Zeile 1 abgelehnt: sie hat mehr als 1.000 Eigenschaften; "
                    "Kontakt übersprungen")]
    assert [(p.location, p.reason) for p in report.problems] == [
        ("k.vcf#2", "Karte hat keinen Namen, keine E-Mail-Adresse, keine Telefonnummer und "
                    "keine anderen Daten; übersprungen"),
        ("k.vcf#3", "N (Zeile 1010): unbekannter Zeichensatz 'x-klingon'; der Text wurde als "
                    "eine west- oder mitteleuropäische Codepage gelesen, was bei so wenig Text "
                    "eine Vermutung ist: prüfen Sie es")]
    assert [contacts.get_contact(admin_ws, i, audit_view=False).last_name
            for i in report.created] == ["Müller"]
