"""Bulk creation writes what one-at-a-time creation writes, row for row, or nothing at all."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from contactweb.errors import PermissionDenied
from contactweb.formats.interchange import ContactRecord, ParseResult
from contactweb.services import audit
from contactweb.services.accounts import session, users
from contactweb.services.consent import consent
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery, list_contacts
from contactweb.services.contacts.contacts import AddressInput, ContactInput, EmailInput, PhoneInput
from contactweb.services.contacts.contacts_bulk import BulkCreateCancelled, create_many
from contactweb.services.importing import importer
from contactweb.services.privacy.erasure import erase_contact
from contactweb.services.privacy.erasure_match import ErasedContactMatch
from contactweb.services.validation import FieldError
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.search_index import index_rows_sql

TABLES = {
    "contacts": "SELECT id, prefix, first_name, middle_name, last_name, suffix, sort_name, "
                "company, title, birthday, notes, primary_email, primary_phone, city, owner_id, "
                "visibility, status, source, photo, photo_mime FROM contacts",
    "emails": "SELECT contact_id, label, address, position FROM contact_emails",
    "phones": "SELECT contact_id, label, number, national_digits, position FROM contact_phones",
    "addresses": "SELECT contact_id, label, street, city, region, postcode, country, position "
                 "FROM contact_addresses",
    "tags": "SELECT ct.contact_id, t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id",
    "search index": "SELECT rowid, names, company, emails, phones, notes, tags FROM contact_fts",
    "audit": "SELECT action, object_type, object_id, details FROM audit_events "
             "WHERE action = 'contact.create'",
}


def people() -> list[ContactInput]:
    """Untidy input on purpose: spaces, mixed case, national numbers, repeated tags."""
    return [
        ContactInput(first_name=" Ada ", last_name="Lovelace", company="Analytical Engines",
                     emails=[EmailInput("Ada@Example.COM", "Work"), EmailInput("ada@home.org")],
                     phones=[PhoneInput("(415) 555-0100"), PhoneInput("+44 20 7946 0000", "home")],
                     addresses=[AddressInput("1 Main St", "Portland", "OR", "97201", "usa")],
                     tags=["VIP", "vip", "customer"], notes=" Met at the fair ",
                     birthday=date(1815, 12, 10), source="cli:batch"),
        ContactInput(company="Harbor Dental", emails=[EmailInput("front@harbor.example")],
                     tags=["customer"], owner_only=True),
        ContactInput(first_name="Zoë", last_name="Müller", phones=[PhoneInput("+49 30 1234567")],
                     addresses=[AddressInput("Unter den Linden 5", "Berlin", "", "10117", "DE")],
                     owner_username="sam"),
        ContactInput(emails=[EmailInput("only.email@example.net")], tags=["New Tag"]),
        # A national number is read in the contact's own country, not the business's region.
        ContactInput(first_name="Jörg", last_name="Weiß", phones=[PhoneInput("030 1234567")],
                     addresses=[AddressInput("Hauptstr. 1", "Berlin", "", "10115",
                                             "Deutschland")]),
        # Tags one batch looks up again after a new one was made: "Straße" is no match for
        # "STRASSE" in SQLite's lower(), so it is a tag of its own, and "strasse" is then
        # "STRASSE"'s; "Vip" is the "VIP" made above.
        ContactInput(first_name="Tess", tags=["STRASSE"]),
        ContactInput(first_name="Uma", tags=["Straße", "VIP"]),
        ContactInput(first_name="Vera", tags=["strasse", "Vip"]),
    ]


def dump(ws: Workspace) -> dict[str, list[tuple]]:
    with ws.session(readonly=True) as db:
        return {name: sorted(tuple(row) for row in db.execute(text(
                    index_rows_sql(db) if name == "search index" else sql)))
                for name, sql in TABLES.items()}


def add_sam(ws: Workspace) -> None:
    users.add_user(ws, "sam", "staff", "Sam-password-123!")


def test_rows_match_one_at_a_time_creation(admin_ws: Workspace, tmp_path: Path,
                                           new_vault_server) -> None:  # noqa: ANN001
    add_sam(admin_ws)
    one_by_one = [contacts.create_contact(admin_ws, person) for person in people()]
    other = session.create_vault(tmp_path / "other", "admin", PASSWORD,
                                 server=new_vault_server())
    try:
        add_sam(other)
        assert create_many(other, people()) == one_by_one
        written = dump(other)
        assert all(written.values()) and len(written["audit"]) == len(one_by_one)
        assert written == dump(admin_ws)
        assert audit.verify(other).ok
        found = list_contacts(other, ContactQuery(search="lovelace vip"))
        assert [row.id for row in found] == [one_by_one[0]]
    finally:
        other.lock()


def test_one_rule_holds_for_a_contact_typed_in_a_batch_and_an_import(
        admin_ws: Workspace) -> None:
    """A value longer than its column is refused alike by the dialog's path, a batch and an
    import (no database is left to cut or refuse it), and nothing is written."""
    before = dump(admin_ws)
    too_long = ContactInput(first_name="Ann", company="C" * 201)
    with pytest.raises(FieldError, match="longer than 200") as alone:
        contacts.create_contact(admin_ws, too_long)
    assert alone.value.field == "company" and not str(alone.value).startswith("Contact")
    with pytest.raises(FieldError, match="Contact 2: the company is longer than 200"):
        create_many(admin_ws, [ContactInput(first_name="Fine"), too_long])
    record = ContactRecord(first_name="Ann", company="C" * 201, source="csv:x.csv:row 2")
    report = importer.import_records(admin_ws, ParseResult([record], [], "csv"),
                                     skip_bad_rows=True)
    assert [p.reason for p in report.bad_rows] == ["the company is longer than 200 characters"]
    assert dump(admin_ws) == before


def test_a_bad_contact_stops_the_batch_and_names_its_position(admin_ws: Workspace) -> None:
    before = dump(admin_ws)
    batch = people()[:1] + [ContactInput(first_name="Bad", emails=[EmailInput("no-at-sign")])]
    with pytest.raises(FieldError, match="Contact 2: ") as caught:
        create_many(admin_ws, batch)
    assert caught.value.field == "emails[0]"
    assert dump(admin_ws) == before
    with pytest.raises(FieldError, match="No user called 'nobody'"):
        create_many(admin_ws, [ContactInput(first_name="A", owner_username="nobody")])
    assert dump(admin_ws) == before


def test_an_erased_person_is_refused_unless_confirmed_and_then_opted_out(
        admin_ws: Workspace) -> None:
    gone = contacts.create_contact(admin_ws, ContactInput(
        first_name="Erin", last_name="Gone", emails=[EmailInput("erin@example.com")]))
    erase_contact(admin_ws, gone)
    back = ContactInput(first_name="Someone", emails=[EmailInput("ERIN@example.com")])
    before = dump(admin_ws)
    with pytest.raises(ErasedContactMatch):
        create_many(admin_ws, [ContactInput(first_name="Fine"), back])
    assert dump(admin_ws) == before

    fine, returned = create_many(admin_ws, [ContactInput(first_name="Fine"), back],
                                 confirm_erased=True)
    states = consent.status_by_channel(admin_ws, returned)
    assert all(state == "opted_out" for state in states.values()), states
    assert consent.status_by_channel(admin_ws, fine).get("email") != "opted_out"


def test_cancel_and_permissions_leave_nothing(admin_ws: Workspace,
                                              user_ws) -> None:  # noqa: ANN001
    before = dump(admin_ws)
    cancel = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        cancel.set()

    with pytest.raises(BulkCreateCancelled):
        create_many(admin_ws, people(), progress=progress, cancel=cancel)
    assert seen == [(1, len(people()))] and dump(admin_ws) == before
    with pytest.raises(PermissionDenied):
        create_many(user_ws("readonly"), people())
    assert dump(admin_ws) == before


def test_a_failure_after_a_written_batch_leaves_nothing_and_no_indexer_running(
        admin_ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """A thousand contacts are written and being indexed on the indexer's thread when a later
    one names another owner (a query of its own) and the one after fails: the connection is
    never used by two threads at once, the whole creation is rolled back, and the indexer's
    thread is gone."""
    from sqlalchemy import event

    users.add_user(admin_ws, "kim", "staff", PASSWORD, must_change=False)
    before = dump(admin_ws)
    inputs = [ContactInput(first_name=f"P{i}", tags=["bulk"]) for i in range(1_001)]
    inputs += [ContactInput(first_name="Kim's", owner_username="kim"),
               ContactInput(first_name="Bad", emails=[EmailInput("no-at-sign")])]
    guard, busy, overlaps = threading.Lock(), [], []

    def started(*_args: object) -> None:
        with guard:
            overlaps.extend(busy)
            busy.append(threading.current_thread().name)

    def ended(*_args: object) -> None:
        with guard:
            busy.remove(threading.current_thread().name)

    event.listen(admin_ws.engine, "before_cursor_execute", started)
    event.listen(admin_ws.engine, "after_cursor_execute", ended)
    try:
        with pytest.raises(FieldError, match="Contact 1003: "):
            create_many(admin_ws, inputs)
    finally:
        event.remove(admin_ws.engine, "before_cursor_execute", started)
        event.remove(admin_ws.engine, "after_cursor_execute", ended)
    assert overlaps == []
    assert not [t for t in threading.enumerate() if t.name.startswith("contactweb-write")]
    assert dump(admin_ws) == before
