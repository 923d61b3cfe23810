"""A country is shown by its name in the reader's language (CLDR, through Babel): on the
screen in the person's language, in a PDF in the document's. What is stored stays as it was
(a code such as "DE", or a name someone typed)."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest
from babel import Locale
from hypothesis import given
from hypothesis import strategies as st

from contactweb.formats.pdf.regional import country_name, country_names
from contactweb.services import settings
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import AddressInput, ContactInput
from contactweb.services.eligibility.eligibility_types import Recipient
from contactweb.services.mailing import post
from contactweb.services.mailing.postal_address import postal_lines
from contactweb.services.reports import report_service
from contactweb.vault.workspace import Workspace
from tests.support.mailing_server import ContactSpec, add_contacts, configure

CODES = sorted(code for code in Locale.parse("en").territories if len(code) == 2)
LANGUAGES = ("en", "de", "fr", "es", "fr_CA", "de-AT")


def test_a_code_is_named_in_the_language() -> None:
    assert country_name("DE", "fr") == "Allemagne"
    assert country_name("DE", "de") == "Deutschland"
    assert country_name(" us ", "es") == "Estados Unidos"
    assert country_name("DE", "en") == "Germany"
    assert country_name("DE", "x-pseudo") == "Germany"  # a test locale: English
    assert country_name("Narnia", "fr") == "Narnia"  # typed as a name: as typed
    assert country_name("", "fr") == ""


@given(code=st.sampled_from(CODES), language=st.sampled_from(LANGUAGES))
def test_every_code_gets_cldrs_name(code: str, language: str) -> None:
    expected = Locale.parse(language.replace("-", "_")).territories[code]
    assert country_name(code, language) == expected
    assert country_name(code.lower(), language) == expected


@given(text=st.text(max_size=20).filter(
    lambda t: not (len(t.strip()) == 2 and t.strip().isalpha())))
def test_what_is_not_a_code_stays_as_typed(text: str) -> None:
    assert country_name(text, "de") == text.strip()


def test_the_chooser_lists_names_in_the_language_with_the_same_codes() -> None:
    english, german = dict(country_names("en")), dict(country_names("de"))
    assert english.keys() == german.keys() and german["AT"] == "Österreich"
    names = [name for _code, name in country_names("de")]
    # Sorted as read: "Österreich" among the O's, not after "Zypern".
    assert names.index("Oman") < names.index("Österreich") < names.index("Pakistan")


def test_the_envelope_names_a_foreign_country_in_the_given_language() -> None:
    assert postal_lines("Lindenstraße 4", "Hamburg", "", "20095", "DE", "FR",
                        language="fr")[-1] == "ALLEMAGNE"
    assert postal_lines("Lindenstraße 4", "Hamburg", "", "20095", "DE", "US")[-1] == "GERMANY"
    recipient = Recipient(1, "Jana", "", ("1 Main St", "Springfield", "IL", "62701", "US",
                                          "DE"))
    assert recipient.envelope_lines("de")[-1] == "VEREINIGTE STAATEN"


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.usefixtures("compiled_catalogs")
def test_a_dossier_names_the_country_in_its_language_and_the_code_stays(
        admin_ws: Workspace) -> None:
    contact_id = contacts.create_contact(admin_ws, ContactInput(
        first_name="Jana", last_name="Novak", language="de",
        addresses=[AddressInput("1 Main St", "Springfield", "IL", "62701", "US", "work")]))
    text = _pdf_text(report_service.render_report(admin_ws, "contact", [contact_id]))
    assert "VEREINIGTE STAATEN" in text and "UNITED STATES" not in text
    stored = contacts.get_contact(admin_ws, contact_id, audit_view=False)
    assert stored.addresses[0].country == "US"


def test_statistics_name_the_countries_in_the_businesss_language(admin_ws: Workspace) -> None:
    profile = settings.business_profile(admin_ws)
    profile.name, profile.language = "Atelier Lumière", "fr"
    settings.set_business_profile(admin_ws, profile)
    for number in range(5):
        contacts.create_contact(admin_ws, ContactInput(
            first_name=f"Max{number}", addresses=[AddressInput(
                f"{number} Hauptstraße", "Berlin", "", "10115", "DE")]))
    text = _pdf_text(report_service.render_report(admin_ws, "stats"))
    assert "Allemagne" in text.splitlines()


def test_labels_name_a_foreign_country_in_the_businesss_language(
        admin_ws: Workspace, tmp_path: Path) -> None:
    configure(admin_ws, 25)
    profile = settings.business_profile(admin_ws)
    profile.language, profile.country = "fr", "FR"
    settings.set_business_profile(admin_ws, profile)
    add_contacts(admin_ws, [ContactSpec("Anna", "Lind", None, "unknown", "granted",
                                        AddressInput("Lindenstraße 4", "Hamburg", "", "20095",
                                                     "DE"))])
    result = post.make_labels(admin_ws, tmp_path / "labels.pdf")
    text = _pdf_text(result.pdf)
    assert "ALLEMAGNE" in text and "GERMANY" not in text
