"""An import's duplicates looked up in the vault a batch at a time (``DuplicateLookup``) are
decided exactly as the in-memory index of every contact (``DuplicateIndex.load``) decided
them: the same entries created, updated, skipped, flagged as repeats of earlier entries or as
people with other email addresses, with the same notes in the same order. Over random files
with few distinct addresses, numbers, names and companies (so repeats are the rule), against
contacts already in the vault (some the importing person may not see), with batches of a few entries (so repeats fall within one
batch and across batches), companies compared in their first few contacts only, and the
companies kept between batches within any budget (all, none, some)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from contactweb.formats.interchange import ContactRecord, LabelledValue, ParseResult
from contactweb.models import Contact
from contactweb.services.contacts import (
    company_members,
    contacts,
    duplicate_index,
    duplicate_lookup,
)
from contactweb.services.contacts.contacts import ContactInput, EmailInput, PhoneInput
from contactweb.services.contacts.duplicate_index import DuplicateIndex
from contactweb.services.importing import import_run, importer
from contactweb.vault.workspace import Workspace

# Case and spacing variants, letters outside ASCII (Python's lower and SQL's differ), one
# switchboard number shared by colleagues, names a typo apart.
EMAILS = ["ann@example.com", "ANN@Example.com", "bob@example.com", "zoë@example.com",
          "ZOË@example.com", "Äsa@example.com", "äsa@example.com"]
PHONES = ["+14155550100", "+14155550101", "+442079460000"]
FIRSTS = ["Ann", "ann", "Anne", "Bob", "Zoë", "ZOË", ""]
LASTS = ["Lee", "Leigh", "Smith", "Smyth", "Straße", ""]
COMPANIES = ["", "Acme", "ACME", "acme  ltd", "Acme Ltd", "Straße AG", "STRASSE AG"]


class InMemoryIndex(DuplicateIndex):
    """The index the import used before: every visible contact loaded at the start."""

    def __init__(self, session, ws, ready) -> None:  # noqa: ANN001
        super().__init__()
        self.__dict__.update(DuplicateIndex.load(session, ws).__dict__)
        self.made: dict[int, str] = {}  # what the import made, and from which entry

    def prefetch(self, rows: object) -> None:
        pass

    def updating(self, cid: int, folded: object) -> None:
        pass

    def add(self, cid: int, data: ContactInput) -> None:
        self.made[cid] = data.source
        super().add(cid, data)

    def is_created(self, cid: int) -> bool:
        return cid in self.made

    def source_of(self, cid: int) -> str:
        return self.made[cid]


people = st.fixed_dictionaries({
    "first": st.sampled_from(FIRSTS), "last": st.sampled_from(LASTS),
    "company": st.sampled_from(COMPANIES),
    "emails": st.lists(st.sampled_from(EMAILS), max_size=2, unique=True),
    "phones": st.lists(st.sampled_from(PHONES), max_size=2, unique=True),
    "owner_only": st.booleans(),  # of the contacts already there: staff do not see them
}).filter(lambda p: p["first"] or p["last"] or p["company"] or p["emails"])


def _records(rows: list[dict]) -> ParseResult:
    return ParseResult([ContactRecord(
        first_name=r["first"], last_name=r["last"], company=r["company"],
        emails=[LabelledValue("work", e) for e in r["emails"]],
        phones=[LabelledValue("mobile", p) for p in r["phones"]],
        notes=f"row {i}" if i % 3 == 0 else "",
        source=f"csv:people.csv:row {i + 2}") for i, r in enumerate(rows)], [], "csv google")


def _decisions(report: importer.ImportReport, before: set[int]) -> dict:
    """The report with each contact named as one that was there, or the nth made."""
    made = {cid: n for n, cid in enumerate(report.created)}

    def who(cid: int) -> tuple[str, int]:
        return ("there", cid) if cid in before else ("new", made[cid])

    return {
        "created": len(report.created),
        "updated": [who(c) for c in report.updated],
        "skipped": [(s, who(c), why) for s, c, why in report.skipped_duplicates],
        "repeated": list(report.repeated_in_file.items()),
        "distinct": [(s, who(c), why) for s, c, why in report.distinct_emails],
        "problems": [(p.location, p.reason) for p in report.problems],
        "bad": [(p.location, p.reason) for p in report.bad_rows],
    }


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(import_run, "LOOKUP_BATCH", 4)
    monkeypatch.setattr(duplicate_index, "MAX_COMPARED_PER_COMPANY", 3)
    monkeypatch.setattr(duplicate_lookup, "MAX_COMPARED_PER_COMPANY", 3)
    yield


@pytest.fixture
def staff_ws(user_ws: Callable[[str], Workspace]) -> Workspace:
    """Signed in once for all the examples."""
    return user_ws("staff")


@settings(max_examples=40, deadline=None, print_blob=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(there=st.lists(people, max_size=5), rows=st.lists(people, min_size=1, max_size=18),
       choice=st.sampled_from(importer.DUPLICATE_CHOICES), by_staff=st.booleans(),
       budget=st.sampled_from([company_members.BUDGET, 0, 12, 25]),
       lookup_batch=st.sampled_from([1, 4]))
def test_the_vault_lookup_decides_as_the_in_memory_index(
        admin_ws: Workspace, staff_ws: Workspace, small_batches: None,
        monkeypatch: pytest.MonkeyPatch, there: list[dict], rows: list[dict], choice: str,
        by_staff: bool, budget: int, lookup_batch: int) -> None:
    # Companies kept between batches, none kept, or some kept and others read again
    monkeypatch.setattr(company_members, "BUDGET", budget)
    monkeypatch.setattr(import_run, "LOOKUP_BATCH", lookup_batch)
    with admin_ws.session() as session:
        session.execute(delete(Contact))
    before = {contacts.create_contact(admin_ws, ContactInput(
        first_name=p["first"], last_name=p["last"], company=p["company"],
        emails=[EmailInput(e) for e in dict.fromkeys(e.lower() for e in p["emails"])],
        phones=[PhoneInput(n) for n in p["phones"]], owner_only=p["owner_only"]))
        for p in there}
    ws = staff_ws if by_staff else admin_ws
    # A dry run rolls back, so both see the same vault.
    new = importer.import_records(ws, _records(rows), choice, dry_run=True,
                                  skip_bad_rows=True)
    with monkeypatch.context() as patch:
        patch.setattr(import_run, "DuplicateLookup", InMemoryIndex)
        old = importer.import_records(ws, _records(rows), choice, dry_run=True,
                                      skip_bad_rows=True)
    assert _decisions(new, before) == _decisions(old, before)


def test_repeats_within_and_across_batches_and_against_the_vault(
        admin_ws: Workspace, small_batches: None) -> None:
    """A hand-made case whose answer is known, so the comparison above cannot pass by both
    sides finding nothing."""
    there = contacts.create_contact(admin_ws, ContactInput(
        first_name="Ann", last_name="Lee", company="Acme",
        emails=[EmailInput("ann@example.com")]))
    rows = [{"first": "Bob", "last": "Smith", "company": "", "emails": ["bob@example.com"],
             "phones": []},
            {"first": "Bob", "last": "Smith", "company": "", "emails": ["BOB@example.com"],
             "phones": []},  # same batch as its first
            {"first": "Zed", "last": "Smith", "company": "", "emails": [],
             "phones": ["+14155550100"]},
            {"first": "Anne", "last": "Lee", "company": "ACME", "emails": [], "phones": []},
            {"first": "Zed", "last": "Smith", "company": "", "emails": [],
             "phones": ["+14155550100"]},  # next batch
            {"first": "", "last": "", "company": "", "emails": ["Ann@Example.com"],
             "phones": []}]
    report = importer.import_records(admin_ws, _records(rows))
    assert len(report.created) == 2
    first_bob, zed = report.created
    assert report.skipped_duplicates == [
        ("csv:people.csv:row 3", first_bob, duplicate_index.SAME_EMAIL),
        ("csv:people.csv:row 5", there, duplicate_index.SIMILAR_NAME),
        ("csv:people.csv:row 6", zed, duplicate_index.SAME_PHONE),
        ("csv:people.csv:row 7", there, duplicate_index.SAME_EMAIL)]
    assert report.repeated_in_file == {"csv:people.csv:row 3": "csv:people.csv:row 2",
                                       "csv:people.csv:row 6": "csv:people.csv:row 4"}


def test_a_company_kept_between_batches_knows_the_contacts_the_import_made(
        admin_ws: Workspace, small_batches: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """A company is read from the vault once and then kept: the contacts later batches add
    to it are compared with the rows after them, as far as its first (three) contacts."""
    monkeypatch.setattr(import_run, "LOOKUP_BATCH", 1)  # every row a batch of its own
    there = contacts.create_contact(admin_ws, ContactInput(first_name="Zoë", last_name="Smith",
                                                           company="Acme Ltd"))
    rows = [{"first": "Ann", "last": "Lee", "company": "ACME LTD", "emails": [], "phones": []},
            {"first": "Anne", "last": "Lee", "company": "acme  ltd", "emails": [],
             "phones": []},  # like the contact the first row made, in a later batch
            {"first": "Bob", "last": "Smyth", "company": "Acme Ltd", "emails": [],
             "phones": []},
            {"first": "Cy", "last": "Young", "company": "Acme Ltd", "emails": [],
             "phones": []},  # Acme's fourth: beyond the first three compared
            {"first": "Cy", "last": "Younge", "company": "Acme Ltd", "emails": [],
             "phones": []},
            {"first": "Bob", "last": "Smith", "company": "ACME Ltd", "emails": [],
             "phones": []}]
    report = importer.import_records(admin_ws, _records(rows))
    ann, bob, cy, cy_again = report.created
    assert report.skipped_duplicates == [
        ("csv:people.csv:row 3", ann, duplicate_index.SIMILAR_NAME),
        ("csv:people.csv:row 7", bob, duplicate_index.SIMILAR_NAME)]
    assert there < ann < bob < cy < cy_again


def test_a_kept_company_leaves_out_a_contact_an_update_moved_into_it(
        admin_ws: Workspace, small_batches: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """The index knew a contact under the company it had when the import began: one that an
    update gave a company is not compared within it, whether read from the vault or kept."""
    monkeypatch.setattr(import_run, "LOOKUP_BATCH", 1)
    there = contacts.create_contact(admin_ws, ContactInput(
        first_name="Ann", last_name="Lee", emails=[EmailInput("ann@example.com")]))
    rows = [{"first": "Ann", "last": "Lee", "company": "Acme", "emails": ["ann@example.com"],
             "phones": []},  # updates Ann: she is now at Acme
            {"first": "Anne", "last": "Lee", "company": "Acme", "emails": [], "phones": []},
            {"first": "Anne", "last": "Lee", "company": "ACME", "emails": [], "phones": []}]
    report = importer.import_records(admin_ws, _records(rows), "update")
    [anne] = report.created  # not Ann, whom the index knew with no company
    assert report.updated == [there, anne]  # the third row is the second's repeat
    assert report.repeated_in_file == {"csv:people.csv:row 4": "csv:people.csv:row 3"}
