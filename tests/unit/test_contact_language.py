"""A mailing speaks each recipient's language: the contact's own, else the business's default
language, else English; the reply word "unsubscribe" stays the same in all of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from contactweb.errors import BadInput
from contactweb.models import Contact
from contactweb.services import settings
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_language import checked_language, language_for
from contactweb.services.exporting import exporter
from contactweb.services.importing import importer
from contactweb.services.mailing import outbox
from contactweb.services.mailing.message import Draft
from contactweb.vault.workspace import Workspace
from tests.support.mailing_server import ContactSpec, add_contacts, configure

pytestmark = pytest.mark.usefixtures("compiled_catalogs")  # the catalogs as built from the sources

DRAFT = Draft(subject="News", body_text="Hello {first_name},\nnews.")


def test_language_tags_are_checked_against_cldr() -> None:
    assert checked_language("de_de") == "de-DE"
    assert checked_language(" fr-CA ") == "fr-CA"
    assert checked_language("") == ""
    with pytest.raises(BadInput):
        checked_language("klingon-XX")


def set_business_language(ws: Workspace, language: str) -> None:
    profile = settings.business_profile(ws)
    profile.name, profile.language = "Lindenhof Tools", language
    settings.set_business_profile(ws, profile)


def test_footer_in_the_contacts_language_else_the_business_default(admin_ws: Workspace) -> None:
    configure(admin_ws, port=2525)
    anna, bruno = add_contacts(admin_ws, [ContactSpec("Anna", "Lind", "anna@example.org"),
                                          ContactSpec("Bruno", "Roux", "bruno@example.org")])
    with admin_ws.session() as session:
        session.get(Contact, bruno).language = "fr"  # as vCard LANG:fr would set it

    english = outbox.preview(admin_ws, DRAFT, anna).text
    assert "You receive this email because you agreed to hear from Lindenhof Tools" in english

    set_business_language(admin_ws, "de")
    assert language_for(admin_ws, anna) == "de"
    assert language_for(admin_ws, bruno) == "fr"
    german = outbox.preview(admin_ws, DRAFT, anna).text
    french = outbox.preview(admin_ws, DRAFT, bruno).text
    assert "Sie erhalten diese E-Mail, weil Sie zugestimmt haben, von Lindenhof Tools" in german
    assert "Vous recevez cet e-mail parce que vous avez accepté" in french
    for text in (german, french):
        assert "unsubscribe" in text and "You receive" not in text


def test_an_unknown_business_language_is_refused(admin_ws: Workspace) -> None:
    with pytest.raises(BadInput):
        set_business_language(admin_ws, "xx-nowhere")


def test_vcard_lang_and_a_csv_language_column_come_in_and_lang_goes_out(
        admin_ws: Workspace, tmp_path: Path) -> None:
    card = (b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Chlo\xc3\xa9 Roux\r\nN:Roux;Chlo\xc3\xa9;;;\r\n"
            b"LANG;PREF=1:fr-CA\r\nLANG;PREF=2:en\r\nEND:VCARD\r\n")
    table = (b"First name,Last name,Email,Language\r\n"
             b"Jonas,Berg,jonas@example.org,de\r\n"
             b"Ana,Ruiz,ana@example.org,\r\n"
             b"Zed,Quux,zed@example.org,not a language\r\n")
    chloe = importer.import_records(
        admin_ws, importer.parse_bytes(card, "c.vcf", "vcard")).created[0]
    jonas, ana, zed = importer.import_records(
        admin_ws, importer.parse_bytes(table, "c.csv", "csv")).created
    assert contacts.get_contact(admin_ws, chloe, False).language == "fr-CA"
    assert [contacts.get_contact(admin_ws, c, False).language for c in (jonas, ana, zed)] == [
        "de", "", ""]  # an unknown language: the business's default, the contact kept
    assert language_for(admin_ws, ana) == "en"

    path = tmp_path / "out.vcf"
    exporter.export_contacts(admin_ws, path, "vcard4")
    assert "LANG:fr-CA" in path.read_text(encoding="utf-8")
