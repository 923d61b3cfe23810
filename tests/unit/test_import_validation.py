"""The bulk import's fast paths give exactly the answers of the rules they stand in for:
email and phone normalisation, the contact validator, and the rows create_contact writes."""

from __future__ import annotations

import datetime
import random

import phonenumbers
import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from sqlalchemy import text

from contactweb.errors import BadInput
from contactweb.formats.interchange import ContactRecord, LabelledValue, ParseResult
from contactweb.services import settings
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import AddressInput, ContactInput, EmailInput, PhoneInput
from contactweb.services.importing import importer
from contactweb.services.importing.import_validation import (
    fast_national_digits,
    fast_normalise_email,
    fast_normalise_phone,
    validated_contact,
)
from contactweb.services.importing.record_mapping import clean_input
from contactweb.services.validation import (
    FieldError,
    national_digits,
    normalise_email,
    normalise_phone,
)
from contactweb.vault.workspace import Workspace
from tests.support.search_index import dialect_of, index_text_sql


def outcome(function, *args):  # noqa: ANN001, ANN201
    try:
        return "ok", function(*args)
    except FieldError as error:
        return "refused", error.field, str(error)


EMAILS = [
    "ann@example.com", "  Ann.Lee+tag@Example.COM ", "info@example.com", "POSTMASTER@x.org",
    "a@b", "a@localhost", "x@example.invalid", "x@test", "josé@example.com", "ann@bücher.de",
    "ann@xn--bcher-kva.de", '"quoted local"@example.com', "Ann Lee <ann@example.com>",
    "a..b@example.com", ".a@example.com", "a.@example.com", "a@-example.com", "a@example..com",
    "a@example.com.", "a@[127.0.0.1]", "@example.com", "ann@", "ann", "a@b@c.com",
    "a" * 64 + "@example.com", "a" * 65 + "@example.com", "a@" + "b" * 63 + ".com",
    "a@" + ".".join(["b" * 60] * 5) + ".com", "a" * 60 + "@" + ".".join(["c" * 40] * 5) + ".org",
    "ann@exam_ple.com", "ann@123.com", "ann@example.123", "ann\u0301@example.com",
    "ann@\u0301example.com", "user%host@example.com", "o'brien@example.ie", "a\tb@example.com",
]


@pytest.mark.parametrize("address", EMAILS)
def test_fast_email_normalisation_matches_the_validator(address: str) -> None:
    assert outcome(fast_normalise_email, address, "e") == outcome(normalise_email, address, "e")


@hypothesis_settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcAZ09.-_+'@ \"<>é") + ["ü", "\u0301"]),
               max_size=30).map(lambda local: local + "@example.com")
       | st.text(max_size=40))
def test_fast_email_normalisation_matches_for_any_text(address: str) -> None:
    assert outcome(fast_normalise_email, address, "e") == outcome(normalise_email, address, "e")


def test_fast_national_digits_match_for_every_region() -> None:
    numbers = []
    for region in phonenumbers.SUPPORTED_REGIONS:
        for kind in range(11):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is not None:
                numbers.append(phonenumbers.format_number(example,
                                                          phonenumbers.PhoneNumberFormat.E164))
    rng = random.Random(8)
    codes = list(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)
    numbers += ["+" + str(rng.choice(codes)) + "".join(rng.choice("0123456789") for _ in
                range(rng.randint(0, 18))) for _ in range(5000)]
    numbers += ["", "+", "12345", "+1", "+999123", "+٤١٥٥٥٥٠١٠٠"]
    assert len(numbers) > 6000
    assert [fast_national_digits(n) for n in numbers] == [national_digits(n) for n in numbers]


def test_fast_phone_normalisation_matches_the_parser() -> None:
    numbers = []
    for region in phonenumbers.SUPPORTED_REGIONS:
        for kind in range(11):
            example = phonenumbers.example_number_for_type(region, kind)
            for style in (phonenumbers.PhoneNumberFormat.E164,
                          phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                          phonenumbers.PhoneNumberFormat.NATIONAL) if example else ():
                numbers.append((phonenumbers.format_number(example, style), region))
    numbers += [("+44 (0) 20 7946 0000", "US"), ("+1 (415) 555-0100 x12", "US"),
                ("+0 415 555", "US"), ("+", "US"), ("+1", "US"), ("  +49 30 901820 ", "DE"),
                ("+39 06 6982", "IT"), ("+7 495 123-45-67", "RU"), ("+١ ٤١٥ ٥٥٥ ٠١٠٠", "US")]
    assert len(numbers) > 3000
    for number, region in numbers:
        assert outcome(fast_normalise_phone, number, region, "p") == outcome(
            lambda *args: normalise_phone(*args)[0], number, region, "p"), number


@hypothesis_settings(max_examples=700, deadline=None)
@given(st.sampled_from(["+", "+1", "+44", "+49", "+33", "+39", "+7", "+86", "+358", "+1 "]),
       st.text(alphabet=st.sampled_from(list("0123456789 -().")), max_size=22),
       st.sampled_from(["US", "GB", "DE", "FR", "IT"]))
def test_fast_phone_normalisation_matches_for_any_digits(prefix: str, body: str,
                                                         region: str) -> None:
    number = prefix + body
    assert outcome(fast_normalise_phone, number, region, "p") == outcome(
        lambda *args: normalise_phone(*args)[0], number, region, "p")


INPUTS = [
    ContactInput(first_name="  Ann ", last_name="Lee", emails=[EmailInput(" Ann@Example.COM ",
                                                                         " Work ")],
                 phones=[PhoneInput("(415) 555-0100", "Mobile")],
                 addresses=[AddressInput(" 1 Main ", "Town", "", "1", "Deutschland", ""),
                            AddressInput("", "", "", "", "", "home")],
                 tags=[" b", "A", "a", "", "B"], notes="  n  ", birthday=datetime.date(1980, 1, 2),
                 source="", photo=b"x", photo_mime="image/png"),
    ContactInput(company="Acme", emails=[EmailInput("", "work")], phones=[PhoneInput(" ")]),
    ContactInput(first_name="A", emails=[EmailInput("ok@example.com"), EmailInput("bad@")]),
    ContactInput(first_name="A", phones=[PhoneInput("12")]),
    ContactInput(emails=[EmailInput("  ")]),
    ContactInput(first_name="A", tags=["x" * 101]),
    ContactInput(first_name="A", photo=b"x" * (1024 * 1024 + 1)),
    ContactInput(first_name="A", owner_only=True, owner_username="staff", source="s" * 300),
]


def by_the_full_validators(data: ContactInput, region: str) -> ContactInput:
    """The contact rules with the slow, general email and phone validators."""
    data = contacts.with_numbers_read(data, region)
    emails = [EmailInput(normalise_email(e.address, f"emails[{i}]"), contacts._clean_label(e.label))
              for i, e in enumerate(data.emails) if e.address.strip()]
    phones = [PhoneInput(normalise_phone(p.number, region, f"phones[{i}]")[0],
                         contacts._clean_label(p.label))
              for i, p in enumerate(data.phones) if p.number.strip()]
    return contacts.validated_with(data, emails, phones)


@pytest.mark.parametrize("data", INPUTS)
def test_the_contact_validator_gives_the_full_validators_answers(admin_ws: Workspace,
                                                                 data: ContactInput) -> None:
    with admin_ws.session(readonly=True) as session:
        by_service = outcome(contacts._validated, session, data)
    assert by_service == outcome(validated_contact, data, "US")
    assert by_service == outcome(by_the_full_validators, data, "US")


def contact_rows(ws: Workspace, contact_id: int) -> dict[str, list[tuple]]:
    """Everything written for one contact, without what differs by nature (id, times)."""
    queries = {
        "contact": "SELECT prefix, first_name, middle_name, last_name, suffix, sort_name, "
                   "company, title, birthday, notes, primary_email, primary_phone, city, "
                   "owner_id, visibility, status, closed_at, photo, photo_mime, legal_hold, "
                   "legal_hold_reason, {stored_as}, "
                   "updated_at >= created_at FROM contacts WHERE id = :id",
        "emails": "SELECT label, address, position FROM contact_emails WHERE contact_id = :id",
        "phones": "SELECT label, number, national_digits, position FROM contact_phones "
                  "WHERE contact_id = :id",
        "addresses": "SELECT label, street, city, region, postcode, country, position "
                     "FROM contact_addresses WHERE contact_id = :id",
        "tags": "SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
                "WHERE ct.contact_id = :id ORDER BY t.name",
        "search": "",
    }
    with ws.session(readonly=True) as session:
        # How a time is stored: SQLite's text of a fixed length; PostgreSQL's own type.
        stored_as = ("typeof(created_at), length(created_at)" if dialect_of(session) == "sqlite"
                     else "CAST(pg_typeof(created_at) AS TEXT), CAST(pg_typeof(updated_at) AS TEXT)")
        queries["contact"] = queries["contact"].format(stored_as=stored_as)
        queries["search"] = index_text_sql(session)
        return {key: [tuple(r) for r in session.execute(text(sql), {"id": contact_id})]
                for key, sql in queries.items()}


def test_batch_rows_are_the_rows_create_contact_writes(admin_ws: Workspace) -> None:
    record = ContactRecord(
        prefix="Dr.", first_name="Zoë", middle_name="Q", last_name="O'Brien", suffix="Jr.",
        company="Acme", title="Buyer", birthday=datetime.date(1980, 2, 29),
        emails=[LabelledValue("work", "Zoe@Acme.example.com"), LabelledValue("home", "z@h.org")],
        phones=[LabelledValue("mobile", "+44 20 7946 0000"), LabelledValue("work", "0151 496 0000")],
        tags=["VIP", "Customers"], notes="Note", websites=["https://acme.example.com"],
        photo=b"\xff\xd8photo", photo_mime="image/jpeg", source="csv:x.csv:row 2")
    data = clean_input(record, "GB", [])
    with admin_ws.session() as session:
        settings.write(session, "default_region", "GB")
    by_service = contacts.create_contact(admin_ws, data)
    (by_batch,) = importer.import_records(
        admin_ws, ParseResult([record], [], "csv google"), on_duplicate="create").created
    assert contact_rows(admin_ws, by_batch) == contact_rows(admin_ws, by_service)
    assert contact_rows(admin_ws, by_batch)["phones"][1][1:3] == ("+441514960000", "1514960000")


def test_clean_input_moves_what_the_rules_refuse_to_the_notes() -> None:
    problems: list = []
    record = ContactRecord(emails=[LabelledValue("work", "not-an-address")],
                           phones=[LabelledValue("home", "call me")], source="csv:x:row 2")
    data = clean_input(record, "US", problems)
    assert (data.first_name, data.emails, data.phones) == ("not-an-address", [], [])
    assert data.notes == "Email (work): not-an-address\nPhone (home): call me"
    assert sorted(p.reason for p in problems) == [
        "kept unreadable email address 'not-an-address' in the notes",
        "phone number 'call me' is not a valid number in US; kept as typed in the notes"]
    with pytest.raises(BadInput, match="at most 100"):
        clean_input(ContactRecord(first_name="A", tags=["t" * 101]), "US", [])


def test_batch_tags_match_the_service_in_case(admin_ws: Workspace) -> None:
    contacts.create_contact(admin_ws, ContactInput(first_name="First", tags=["VIP", "Élite"]))
    tags = ["vip", "élite", "New", "NEW"]
    by_service = contacts.create_contact(admin_ws, ContactInput(first_name="S", tags=tags))
    (by_batch,) = importer.import_records(admin_ws, ParseResult(
        [ContactRecord(first_name="B", tags=tags, source="csv:x:row 2")], [], "csv")).created
    assert contact_rows(admin_ws, by_batch)["tags"] == contact_rows(admin_ws, by_service)["tags"]
    names = [name for (name,) in contact_rows(admin_ws, by_batch)["tags"]]
    assert "VIP" in names and "New" in names and "NEW" not in names  # existing tag reused
