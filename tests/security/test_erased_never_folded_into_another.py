"""An import entry that matches an erased person is never folded into, nor skipped as, another
contact it resembles (a similar name at the same company, a shared number, the same email).

Told that erased people may come back (``confirm_erased``), such an entry becomes a contact of
its own, opted out of every channel like any returning erased person; the contact it
resembled keeps its values and its consent, and no mailing reaches the returning person.
Untold, it is refused as previously erased, updating duplicates or skipping them alike, and
the dialog's check and the command line's summary say so before anything is written.

One exception, chosen: an entry with an email address an existing contact holds is that
contact by the import's own rule. When what matched an erased person is all that contact's
own (a namesake, an address both had), the entry is the contact's, updated or skipped as
usual. When it brings an erased person's other values (their name, number or address), it is
refused even when confirmed: added as someone else with that address, their opt-outs would
bar the address for the contact too (an opt-out binds the mailbox). A note says why.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contactweb.services.accounts import session as accounts
from contactweb.services.consent import consent
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery, list_contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput, PhoneInput
from contactweb.services.eligibility.eligibility import eligible_recipients
from contactweb.services.importing import import_batch, import_run, importer
from contactweb.services.importing.import_in_batches import import_in_batches
from contactweb.services.privacy.erasure import erase_contact
from contactweb.ui.interchange.import_preview_page import preview
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.integration.test_import_bad_input import vault_dump
from tests.security.test_erasure_across_import import assert_gone
from tests.support.cli_runner import CliRunner

CHANNELS = ("email", "post", "phone", "sms")
ALL_OPTED_OUT = dict.fromkeys(CHANNELS, "opted_out")
HEADER = "First Name,Last Name,E-mail 1 - Value,Phone 1 - Value,Company,Notes\n"
BACKENDS = [name for name in ("sqlite", "postgresql")
            if name in os.environ.get("CONTACTWEB_TEST_BACKENDS", "sqlite,postgresql")]
ROW = "csv:people.csv:row 2"


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    email: str
    phone: str  # as the vault stores it (E.164)
    company: str

    def contact(self) -> ContactInput:
        return ContactInput(first_name=self.first, last_name=self.last, company=self.company,
                            emails=[EmailInput(self.email)], phones=[PhoneInput(self.phone)])


def colleague(n: int) -> Person:
    """Colleague B: in the vault, opted in to email."""
    return Person(f"Dana{n}", "Whitfield", f"dana{n}@firm{n}.example", f"+1415555{n:04d}",
                  f"Firm {n}")


def erased_person(n: int) -> Person:
    """Person A: a similar name at B's company, addresses and number of their own."""
    return Person(f"Dana{n}", "Whitfeld", f"dana{n}.w@home.example", f"+1415556{n:04d}",
                  f"Firm {n}")


def entry(kind: str, n: int) -> str:
    """A's row in a file, resembling colleague B ``n`` one way or another."""
    a, b = erased_person(n), colleague(n)
    return {
        "similar name": f"{a.first},{a.last},{a.email},{a.phone},{a.company},",
        # no address: skipping duplicates, it was skipped as B's
        "similar name, no email": f"{a.first},{a.last},,{a.phone},{a.company},",
        "shared number": f"{a.first.upper()},{a.last},{a.email},{b.phone},,",
        "same email": f"{a.first},{a.last},{b.email},{a.phone},,",
    }[kind] + "\n"


def values_of(ws: Workspace, contact_id: int) -> tuple[str, str, list[str], list[str]]:
    found = contacts.get_contact(ws, contact_id, audit_view=False)
    return (found.first_name, found.last_name, [e.address.lower() for e in found.emails],
            [p.number for p in found.phones])


def holds_any_of(values: tuple[str, str, list[str], list[str]], person: Person) -> bool:
    first, last, emails, phones = values
    return ((first.casefold(), last.casefold()) == (person.first.casefold(),
                                                     person.last.casefold())
            or person.email.lower() in emails or person.phone in phones)


def mailable(ws: Workspace) -> list[int]:
    return sorted(r.contact_id for r in eligible_recipients(ws, "email").included)


def add_colleague(ws: Workspace, n: int) -> int:
    contact_id = contacts.create_contact(ws, colleague(n).contact())
    consent.opt_in(ws, contact_id, "email", "web form 2026-03-02")
    return contact_id


def opt_out_and_erase(ws: Workspace, n: int) -> None:
    """Person A asked to hear nothing more, then to be erased."""
    contact_id = contacts.create_contact(ws, erased_person(n).contact())
    consent.opt_in(ws, contact_id, "email", "web form 2026-01-05")
    consent.opt_out(ws, contact_id, "all", evidence="replied STOP")
    erase_contact(ws, contact_id)


def summary(created: int, updated: int, skipped: int, dry_run: bool) -> str:
    if dry_run:
        return (f"Would import {created} new contact(s) from {{file}} (csv outlook); would "
                f"update {updated}, skip {skipped} duplicate(s).")
    return (f"Imported {created} new contact(s) from {{file}} (csv outlook); updated "
            f"{updated}, skipped {skipped} duplicate(s).")


@pytest.mark.parametrize("database_backend", BACKENDS, indirect=True)
@pytest.mark.parametrize("kind", ["similar name", "similar name, no email", "shared number"])
@pytest.mark.parametrize("on_duplicate", ["update", "skip"])
def test_an_erased_person_like_a_colleague_comes_back_as_their_own_contact_opted_out(
        admin_ws: Workspace, vault_dir: Path, tmp_path: Path, kind: str,
        on_duplicate: str) -> None:
    b = add_colleague(admin_ws, 1)
    opt_out_and_erase(admin_ws, 1)
    b_before, b_consent = values_of(admin_ws, b), consent.status_by_channel(admin_ws, b)
    assert mailable(admin_ws) == [b]
    path = tmp_path / "people.csv"
    path.write_text(HEADER + entry(kind, 1), "utf-8")
    cli = CliRunner(vault_dir, "admin", PASSWORD)
    vault_before = vault_dump(admin_ws, skip=("audit_events",))

    # Not confirmed: refused, in the dialog's check, the command line and the import alike.
    checked, _names, _rows = preview(admin_ws, importer.parse_file(path), None, None)
    assert checked.erased_matches == [ROW] and checked.skipped_duplicates == []
    assert list(checked.created) == [] and checked.distinct_emails == []
    said = cli("import", str(path), "--on-duplicate", on_duplicate)
    assert said.code == 0, said.err
    assert said.out.splitlines()[:2] == [
        summary(0, 0, 0, dry_run=False).format(file=path),
        f"  NOT imported: {ROW} matches a person who was erased (use --confirm-erased only "
        "if they came back themselves)"]
    assert vault_dump(admin_ws, skip=("audit_events",)) == vault_before

    # Confirmed: what the dry run says is what the import writes.
    dry = cli("import", str(path), "--on-duplicate", on_duplicate, "--confirm-erased",
              "--dry-run")
    assert dry.out.splitlines() == [summary(1, 0, 0, dry_run=True).format(file=path)]
    assert vault_dump(admin_ws, skip=("audit_events",)) == vault_before
    report = import_in_batches(admin_ws, importer.stream_file(path), on_duplicate,
                               confirm_erased=True, rows_per_commit=500)
    (back,) = report.created
    assert report.updated == [] and report.skipped_duplicates == []
    assert report.erased_matches == [] and report.distinct_emails == []
    assert back != b and consent.status_by_channel(admin_ws, back) == ALL_OPTED_OUT
    assert holds_any_of(values_of(admin_ws, back), erased_person(1))
    assert values_of(admin_ws, b) == b_before
    assert not holds_any_of(values_of(admin_ws, b), erased_person(1))
    assert consent.status_by_channel(admin_ws, b) == b_consent
    assert mailable(admin_ws) == [b]
    excluded = {e.contact_id: e.code for e in eligible_recipients(admin_ws, "email").excluded}
    assert excluded[back] == "opted_out"


@pytest.mark.parametrize("database_backend", BACKENDS, indirect=True)
def test_an_entry_with_an_address_a_contact_holds_is_that_contact_or_refused(
        admin_ws: Workspace, tmp_path: Path, vault_dir: Path) -> None:
    """The erased person A had the office address B still holds. B's own row, with that
    address, is B's: updated, not opted out, no second contact. A's row with that address
    is refused even when confirmed, and a note says why; B gains nothing of A's."""
    b = add_colleague(admin_ws, 2)
    shared = colleague(2).email
    a = contacts.create_contact(admin_ws, ContactInput(
        first_name="Ann", last_name="Private", emails=[EmailInput(shared)],
        phones=[PhoneInput("+14155550777")]))
    erase_contact(admin_ws, a)
    b_consent = consent.status_by_channel(admin_ws, b)
    path = tmp_path / "people.csv"
    path.write_text(HEADER + f"Dana2,Whitfield,{shared},,Firm 2,Met at the fair\n"
                    f"Ann,Private,{shared},,,\n"
                    f"Dana2,Whitfield,{shared},+1 415 555 0777,Firm 2,\n", "utf-8")
    checked, _names, _rows = preview(admin_ws, importer.parse_file(path), None, None)
    refused = ["csv:people.csv:row 3", "csv:people.csv:row 4"]
    assert checked.erased_matches == refused
    assert [(s, cid) for s, cid, _why in checked.skipped_duplicates] == [(ROW, b)]
    for on_duplicate in ("update", "skip"):
        report = importer.import_records(admin_ws, importer.stream_file(path), on_duplicate,
                                         confirm_erased=True)
        assert list(report.created) == [] and report.erased_matches == refused
        notes = [p for p in report.problems if p.location in refused]
        assert len(notes) == 2 and all(f"email address of contact {b}" in p.reason
                                       for p in notes)
        if on_duplicate == "update":
            assert report.updated == [b]
        else:
            assert [(s, cid) for s, cid, _why in report.skipped_duplicates] == [(ROW, b)]
    # The command line, confirmed, says why they are left out (not to confirm them).
    said = CliRunner(vault_dir, "admin", PASSWORD)("import", str(path), "--confirm-erased")
    assert said.code == 0, said.err
    assert [line for line in said.out.splitlines() if "NOT imported" in line] == [
        f"  NOT imported: {source} matches a person who was erased and has another "
        "contact's email address (see its note)" for source in refused]
    after = contacts.get_contact(admin_ws, b, audit_view=False)
    assert [e.address for e in after.emails] == [shared] and after.notes == "Met at the fair"
    assert [p.number for p in after.phones] == [colleague(2).phone]
    assert (after.first_name, after.last_name) == ("Dana2", "Whitfield")
    assert consent.status_by_channel(admin_ws, b) == b_consent
    assert mailable(admin_ws) == [b]
    assert_gone(admin_ws, [{"digits": "4155550777", "name": "Ann Private"}])


KINDS = ("similar name", "similar name, no email", "shared number", "same email", "own row")


@pytest.mark.parametrize("database_backend", BACKENDS, indirect=True)
@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(st.integers(0, 3), st.sampled_from(KINDS)), min_size=1,
                     max_size=8),
       erased=st.sets(st.integers(0, 3), min_size=1),
       on_duplicate=st.sampled_from(["update", "skip"]), confirm=st.booleans(),
       batch=st.integers(1, 4), per_commit=st.sampled_from([None, 2, 1000]))
def test_no_contact_gains_an_erased_persons_values_and_whoever_holds_them_is_opted_out(
        tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch,
        new_vault_server, rows: list[tuple[int, str]], erased: set[int],  # noqa: ANN001
        on_duplicate: str, confirm: bool, batch: int, per_commit: int | None) -> None:
    """Any file of colleagues' own rows and erased people's rows resembling them, updating
    or skipping duplicates, confirmed or not, in one transaction or committing as it goes:
    no contact that was there before gains a value of an erased person nor changes its
    consent, every contact holding such a value is one the import added and opted out of
    every channel, and only the colleagues can be mailed. A dry run says the same."""
    monkeypatch.setattr(import_batch, "BATCH_SIZE", batch)
    monkeypatch.setattr(import_run, "LOOKUP_BATCH", batch + 1)
    folder = tmp_path_factory.mktemp("vault")
    ws = accounts.create_vault(folder / "vault", "admin", PASSWORD, server=new_vault_server())
    try:
        kept = {n: add_colleague(ws, n) for n in range(4)}
        for n in sorted(erased):
            opt_out_and_erase(ws, n)
        before = {cid: (values_of(ws, cid), consent.status_by_channel(ws, cid))
                  for cid in kept.values()}
        path = folder / "people.csv"
        path.write_text(HEADER + "".join(
            f"{colleague(n).first},{colleague(n).last},{colleague(n).email},,"
            f"{colleague(n).company},note {n}\n" if kind == "own row" else entry(kind, n)
            for n, kind in rows), "utf-8")
        checked = importer.import_records(ws, importer.stream_file(path), on_duplicate,
                                          dry_run=True, confirm_erased=confirm)
        parsed = importer.stream_file(path)
        report = importer.import_records(ws, parsed, on_duplicate, confirm_erased=confirm) \
            if per_commit is None else \
            import_in_batches(ws, parsed, on_duplicate, confirm_erased=confirm,
                              rows_per_commit=per_commit)
        # The dry run (the command line's --dry-run) said what the import did.
        assert (len(checked.created), len(checked.updated), checked.erased_matches) == (
            len(report.created), len(report.updated), report.erased_matches)
        assert [s for s, _cid, _why in checked.skipped_duplicates] == [
            s for s, _cid, _why in report.skipped_duplicates]
        gone = [erased_person(n) for n in erased]
        for cid, (values, statuses) in before.items():
            now = values_of(ws, cid)
            assert now[:2] == values[:2]
            assert not any(holds_any_of(now, person) for person in gone)
            assert consent.status_by_channel(ws, cid) == statuses
        everyone = [row.id for row in list_contacts(ws, ContactQuery(), limit=None)]
        for cid in everyone:
            if any(holds_any_of(values_of(ws, cid), person) for person in gone):
                assert cid in report.created
                assert consent.status_by_channel(ws, cid) == ALL_OPTED_OUT
        assert mailable(ws) == sorted(kept.values())
        skipped_as = {s: cid for s, cid, _why in report.skipped_duplicates}
        for number, (n, kind) in enumerate(rows):
            source = f"csv:people.csv:row {number + 2}"
            if kind != "own row" and n in erased:
                # never a colleague's duplicate; at most the same person's earlier entry
                assert skipped_as.get(source, 0) not in before
                if not confirm or kind == "same email":
                    assert source in report.erased_matches
    finally:
        ws.lock()
