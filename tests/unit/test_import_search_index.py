"""A bulk import pauses the search index's triggers and indexes at the end: afterwards every
contact's index row is exactly what the triggers would have written, new or updated."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from contactweb.formats.interchange import ContactRecord, LabelledValue, ParseResult
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery, count_contacts, list_contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.services.importing import importer
from contactweb.vault.workspace import Workspace
from tests.support.search_index import expected_rows_sql, index_rows_sql

ROWS = 2_300  # three batches


def index_rows(ws: Workspace) -> dict[int, tuple]:
    with ws.session(readonly=True) as session:
        return {row[0]: tuple(row[1:]) for row in session.execute(text(
            index_rows_sql(session)))}


def expected_rows(ws: Workspace) -> dict[int, tuple]:
    """What the triggers' own query gives for every contact."""
    with ws.session(readonly=True) as session:
        return {row[0]: tuple(row[1:]) for row in session.execute(text(
            expected_rows_sql(session)))}


def search(ws: Workspace, words: str) -> list[int]:
    return [row.id for row in list_contacts(ws, ContactQuery(search=words))]


def test_new_and_updated_contacts_are_indexed_as_the_triggers_would(admin_ws: Workspace) -> None:
    old = contacts.create_contact(admin_ws, ContactInput(
        first_name="Olga", last_name="Existing", emails=[EmailInput("olga@example.com")]))
    records = [ContactRecord(first_name=f"Person{i}", last_name="Bulk", company=f"Firm {i}",
                             emails=[LabelledValue("work", f"p{i}@example.com")],
                             phones=[LabelledValue("mobile", f"+1 415 {2000000 + i:07d}")],
                             tags=["Imported"], source=f"csv:x.csv:row {i + 2}")
               for i in range(ROWS)]
    records.append(ContactRecord(  # adds to Olga: an email and a tag, found by search after
        first_name="Olga", emails=[LabelledValue("work", "olga@example.com"),
                                   LabelledValue("home", "olga.home@example.org")],
        tags=["Returning"], source="csv:x.csv:row 9000"))
    records.append(ContactRecord(  # adds to a contact made from this same file
        first_name="Person7", last_name="Bulk", emails=[LabelledValue("work", "p7@example.com")],
        phones=[LabelledValue("work", "+44 20 7946 0000")], source="csv:x.csv:row 9001"))
    report = importer.import_records(admin_ws, ParseResult(records, [], "csv google"),
                                     on_duplicate="update")
    assert len(report.created) == ROWS and set(report.updated) == {old, report.created[7]}

    assert index_rows(admin_ws) == expected_rows(admin_ws)
    assert len(index_rows(admin_ws)) == ROWS + 1
    assert search(admin_ws, "olga.home") == [old]
    assert search(admin_ws, "Returning") == [old]
    assert search(admin_ws, "442079460000") == [report.created[7]]
    assert search(admin_ws, "p2299@example.com") == [report.created[-1]]
    assert count_contacts(admin_ws, ContactQuery(search="Imported")) == ROWS


@pytest.mark.sqlite_only  # PostgreSQL's import never drops the triggers
def test_a_failed_import_leaves_the_triggers_in_place(admin_ws: Workspace) -> None:
    bad = ContactRecord(first_name="X", tags=["t" * 101], source="csv:x.csv:row 3")
    good = ContactRecord(first_name="Fine", source="csv:x.csv:row 2")
    try:
        importer.import_records(admin_ws, ParseResult([good, bad], [], "csv"))
    except importer.ImportFailed:
        pass
    with admin_ws.session(readonly=True) as session:
        triggers = set(session.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
    assert {"contacts_fts_ai", "emails_fts_ai", "phones_fts_ai", "tags_fts_ai"} <= triggers
    created = contacts.create_contact(admin_ws, ContactInput(first_name="Later", tags=["Zed"]))
    assert search(admin_ws, "Zed") == [created]
