"""The import's fast path (a streamed CSV read by one pass per kind of column, rows checked
by the dialog's validator, written a thousand at a time on a writer thread) stores what
creating the same entries one by one through the contact service stores, and reports the
same notes and the same refused rows with the same reasons."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Callable
from pathlib import Path
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.engine import URL

from contactweb.errors import BadInput
from contactweb.formats.interchange import ImportProblem
from contactweb.formats.interchange.csv_reader import _recognise
from contactweb.formats.interchange.csv_rows import RowBuilder
from contactweb.services.accounts import session as accounts
from contactweb.services.contacts import contacts
from contactweb.services.importing import import_batch, importer
from contactweb.services.importing.record_mapping import clean_input
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.search_index import index_rows_sql

HEADER = ["Name Prefix", "First Name", "Middle Name", "Last Name", "Organization Name",
          "Organization Title", "E-mail 1 - Label", "E-mail 1 - Value", "E-mail 2 - Value",
          "Phone 1 - Label", "Phone 1 - Value", "Address 1 - Label", "Address 1 - Street",
          "Address 1 - City", "Address 1 - Region", "Address 1 - Postal Code",
          "Address 1 - Country", "Website 1 - Value", "Birthday", "Notes", "Labels"]

# Cells as address books have them, untidy on purpose, and some that the rules refuse:
# values longer than their column, a tag of over 100 characters, email addresses and phone
# numbers that are kept in the notes, a website with spaces, a formula-looking cell.
NAMES = ["", "Ann", " ann ", "Zoë", "O'Brien", "'=SUM(A1)", "Jörg", "李", "N" * 201]
PREFIXES = ["", "Dr.", "P" * 51]
COMPANIES = ["", "Acme", " ACME Ltd ", "C" * 201]
LABELS = ["", "Work", "* Home", "mobile", "Custom label", "Work ::: Home"]
EMAILS = ["", "ann@example.com", "ANN@Example.COM", "not-an-email", "admin@example.org",
          "jo@exämple.de", "ann@example.com ::: ann@home.example", " spaced@example.net "]
PHONES = ["", "+1 415 555 0100", "(415) 555-0101", "030 1234567", "12", "+44 20 7946 0000",
          "+1 415 555 0100 ::: +49 30 1234567", "555-0100 ext. 7"]
STREETS = ["", "1 Main St", "Hauptstr. 1\r\nHinterhaus", "PO Box 12"]
CITIES = ["", "Portland", "Berlin", "C" * 201]
REGIONS = ["", "OR", "ME"]
POSTCODES = ["", "97201", "10115"]
COUNTRIES = ["", "Germany", "US", "Deutschland"]
WEBSITES = ["", "https://example.com", "example.org ::: https://two.example",
            "not a web address"]
BIRTHDAYS = ["", "1984-06-05", "6/5/1984", "--06-05", "some spring", "0/0/00"]
NOTES = ["", "Met at the fair", "line one\r\nline two", "'+1 called back"]
TAGS = ["", "* myContacts", "VIP ::: vip", "Customers ::: * Starred", "vip", "Straße",
        "STRASSE", "T" * 101]

rows = st.lists(st.tuples(*(st.sampled_from(cells) for cells in (
    PREFIXES, NAMES, NAMES, NAMES, COMPANIES, NAMES, LABELS, EMAILS, EMAILS, LABELS, PHONES,
    LABELS, STREETS, CITIES, REGIONS, POSTCODES, COUNTRIES, WEBSITES, BIRTHDAYS, NOTES,
    TAGS))), min_size=1, max_size=8)


def google_csv(cells: list[tuple[str, ...]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(cells)
    return buffer.getvalue().encode("utf-8")


def stored(ws: Workspace) -> dict[str, list[tuple]]:
    """Every stored value of every contact and the search index (not the clocks or the
    made-up uids, which differ between any two writes)."""
    queries = {
        "contacts": "SELECT id, prefix, first_name, middle_name, last_name, suffix, sort_name, "
                    "company, title, birthday, notes, primary_email, primary_phone, city, "
                    "owner_id, visibility, status, source, photo, photo_mime, legal_hold, "
                    "website, language FROM contacts",
        "emails": "SELECT contact_id, label, address, position FROM contact_emails",
        "phones": "SELECT contact_id, label, number, national_digits, position "
                  "FROM contact_phones",
        "addresses": "SELECT contact_id, label, street, city, region, postcode, country, "
                     "position FROM contact_addresses",
        "tags": "SELECT ct.contact_id, t.name FROM contact_tags ct "
                "JOIN tags t ON t.id = ct.tag_id",
    }
    with ws.session(readonly=True) as db:
        queries["search index"] = index_rows_sql(db)
        return {name: sorted(tuple(row) for row in db.execute(text(sql)))
                for name, sql in queries.items()}


def one_by_one(ws: Workspace, source: Path) -> tuple[list[ImportProblem], list[ImportProblem]]:
    """Each entry of the file mapped as an import maps it and created alone through the
    contact service (the dialog's path): (notes, refused entries)."""
    notes: list[ImportProblem] = []
    refused: list[ImportProblem] = []
    for record in importer.parse_file(source).records:
        found: list[ImportProblem] = []
        try:
            clean = clean_input(record, "US", found)
        except BadInput as exc:
            refused.append(ImportProblem(record.source, str(exc)))
            continue
        notes += found
        contacts.create_contact(ws, clean)
    return notes, refused


def test_random_rows_store_what_one_by_one_creation_stores(
        tmp_path: Path, new_vault_server: Callable[[], URL | None]) -> None:
    fast = accounts.create_vault(tmp_path / "fast", "admin", PASSWORD, server=new_vault_server())
    slow = accounts.create_vault(tmp_path / "slow", "admin", PASSWORD, server=new_vault_server())
    seen = {"refused": 0, "noted": 0, "created": 0}

    @settings(max_examples=25, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(cells=rows)
    def same_rows(cells: list[tuple[str, ...]]) -> None:
        source = tmp_path / "google.csv"
        source.write_bytes(google_csv(cells))
        report = importer.import_records(fast, importer.stream_file(source),
                                         on_duplicate="create", skip_bad_rows=True)
        notes, refused = one_by_one(slow, source)
        assert report.bad_rows == refused
        assert report.problems == notes
        assert stored(fast) == stored(slow)
        seen["refused"] += len(refused)
        seen["noted"] += len(notes)
        seen["created"] += len(report.created)

    try:
        same_rows()
    finally:
        fast.lock()
        slow.lock()
    # the random rows reached every outcome: created, refused and kept with a note
    assert all(seen.values()), seen


@given(cells=st.lists(st.sampled_from(
    ["", " a ", "'=1+1", "''=x", "'plain", "a\r\nb", " x\r\n", "\t", "O'Brien", "Work ::: Home",
     "ann@example.com", "+1 415 555 0100", "1984-06-05", "VIP ::: * Starred"]),
    min_size=len(HEADER) - 3, max_size=len(HEADER) + 2))
def test_a_row_reads_the_same_whether_its_cells_are_trimmed_or_fully_cleaned(
        cells: list[str]) -> None:
    """A row without a CRLF or a ' in any cell has its cells trimmed only, where any other
    row has every cell cleaned in full (line breaks, a formula's ' taken off). A cell with a
    ' after the mapped columns makes any row take the full cleaning, and changes nothing
    else: both must read alike."""
    builder = RowBuilder(_google_columns(), month_first=True)
    fully_cleaned = cells + [""] * (len(HEADER) - len(cells)) + ["'"]
    assert builder.build(cells) == builder.build(fully_cleaned)


def _google_columns() -> list:
    recognised = _recognise(HEADER)
    assert recognised is not None
    return recognised[1]


@given(random=st.binary(min_size=16 * 3, max_size=16 * 3))
def test_uids_made_for_a_batch_are_written_as_uuid4_writes_them(random: bytes) -> None:
    with mock.patch.object(import_batch.os, "urandom", lambda size: random[:size]):
        made = import_batch.new_uids(3)
    assert made == [str(uuid.UUID(bytes=random[i:i + 16], version=4)) for i in (0, 16, 32)]
    assert len(set(import_batch.new_uids(1000))) == 1000
