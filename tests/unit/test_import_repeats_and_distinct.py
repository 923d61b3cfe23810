"""An import says which entries repeat an earlier entry of the same file, and does not skip
by default a person who only resembles a contact but has other email addresses."""

from __future__ import annotations

from pathlib import Path

from contactweb.services.contacts import contact_queries, contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput, PhoneInput
from contactweb.services.importing import importer
from contactweb.services.privacy.erasure import erase_contact
from contactweb.vault.workspace import Workspace


def test_repeats_and_other_emails(admin_ws: Workspace, tmp_path: Path) -> None:
    ann = contacts.create_contact(admin_ws, ContactInput(
        first_name="Ann", last_name="Lee", emails=[EmailInput("ann@acme.example")],
        phones=[PhoneInput("+1 415 555 0100")]))
    path = tmp_path / "people.csv"
    path.write_text("First Name,Last Name,E-mail 1 - Value,Phone 1 - Value\n"
                    "Di,New,di@example.com,\n"
                    "Di,New,di@example.com,\n"
                    "Ann,Lee,ann.lee@home.example,+1 415 555 0100\n"
                    "Ann,Lee,,+1 415 555 0100\n")
    parsed = importer.parse_file(path)
    dry = importer.import_records(admin_ws, parsed, "skip", dry_run=True)
    assert dry.repeated_in_file == {"csv:people.csv:row 3": "csv:people.csv:row 2"}
    assert [(s.rsplit(":", 1)[-1], c) for s, c, _r in dry.skipped_duplicates] == [
        ("row 3", dry.created[0]), ("row 5", ann)]
    assert [(s.rsplit(":", 1)[-1], c, r) for s, c, r in dry.distinct_emails] == [
        ("row 4", ann, "same phone")]
    done = importer.import_records(admin_ws, parsed, "skip")
    assert len(done.created) == 2  # Di once, and the Ann with her own address
    chosen = importer.import_records(admin_ws, importer.parse_file(path), "skip",
                                     duplicate_choices={"csv:people.csv:row 4": "skip"})
    assert chosen.created == [] and chosen.distinct_emails == []


def test_updating_duplicates_keeps_apart_a_person_with_other_email_addresses(
        admin_ws: Workspace, tmp_path: Path) -> None:
    """Updating duplicates, someone who only shares a contact's number (or a similar name at
    its company) but has other email addresses is added as a contact of their own and listed,
    not folded into that contact; chosen as an update, the entry is folded. An entry with no
    email address is still folded as before."""
    ann = contacts.create_contact(admin_ws, ContactInput(
        first_name="Ann", last_name="Lee", company="Acme", emails=[EmailInput("ann@acme.example")],
        phones=[PhoneInput("+1 415 555 0100")]))
    path = tmp_path / "people.csv"
    path.write_text("First Name,Last Name,Company,E-mail 1 - Value,Phone 1 - Value\n"
                    "Anne,Lee,Acme,anne.lee@acme.example,\n"
                    "Ann,Lee,,ann@lee-family.example,+1 415 555 0100\n"
                    "Ann,Lee,Acme,,+1 415 555 0199\n")
    dry = importer.import_records(admin_ws, importer.parse_file(path), "update", dry_run=True)
    assert [(s.rsplit(":", 1)[-1], c, r) for s, c, r in dry.distinct_emails] == [
        ("row 2", ann, "similar name, same company"), ("row 3", ann, "same phone")]
    done = importer.import_records(admin_ws, importer.parse_file(path), "update")
    assert len(done.created) == 2 and done.updated == [ann]
    kept = contacts.get_contact(admin_ws, ann, audit_view=False)
    assert [e.address for e in kept.emails] == ["ann@acme.example"]
    assert sorted(p.number for p in kept.phones) == ["+14155550100", "+14155550199"]
    for created in done.created:
        other = contacts.get_contact(admin_ws, created, audit_view=False)
        assert other.first_name in ("Anne", "Ann") and len(other.emails) == 1
    chosen_path = tmp_path / "again.csv"
    chosen_path.write_text("First Name,Last Name,Company,E-mail 1 - Value,Phone 1 - Value\n"
                           "Ann,Lee,Acme,ann.lee@home.example,+1 415 555 0100\n")
    chosen = importer.import_records(admin_ws, importer.parse_file(chosen_path), "update",
                                     duplicate_choices={"csv:again.csv:row 2": "update"})
    assert chosen.created == [] and chosen.distinct_emails == [] and chosen.updated == [ann]
    assert "ann.lee@home.example" in [
        e.address for e in contacts.get_contact(admin_ws, ann, audit_view=False).emails]


def test_a_person_kept_apart_by_an_update_outlives_the_erasure_of_the_one_they_resembled(
        admin_ws: Workspace, tmp_path: Path) -> None:
    """Updating duplicates keeps Anne, a colleague with her own address, apart from Ann; Ann
    then asks to be erased: Anne stays, with her own address and still searchable, and a
    later import of the same file skips Anne and refuses Ann as previously erased."""
    ann = contacts.create_contact(admin_ws, ContactInput(
        first_name="Ann", last_name="Lee", company="Acme", emails=[EmailInput("ann@acme.example")]))
    path = tmp_path / "people.csv"
    path.write_text("First Name,Last Name,Company,E-mail 1 - Value\n"
                    "Anne,Lee,Acme,anne.lee@acme.example\n"
                    "Ann,Lee,Acme,ann@acme.example\n")
    done = importer.import_records(admin_ws, importer.parse_file(path), "update")
    [anne] = done.created
    erase_contact(admin_ws, ann)
    kept = contacts.get_contact(admin_ws, anne, audit_view=False)
    assert [e.address for e in kept.emails] == ["anne.lee@acme.example"]
    assert contact_queries.search_ids(admin_ws, "anne.lee") == [anne]
    assert contact_queries.search_ids(admin_ws, "ann@acme") == []
    again = importer.import_records(admin_ws, importer.parse_file(path), "skip")
    assert again.created == [] and len(again.erased_matches) == 1
    assert [cid for _s, cid, _r in again.skipped_duplicates] == [anne]
