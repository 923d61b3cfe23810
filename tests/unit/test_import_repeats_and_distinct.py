"""An import says which entries repeat an earlier entry of the same file, and does not skip
by default a person who only resembles a contact but has other email addresses."""

from __future__ import annotations

from pathlib import Path

from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput, PhoneInput
from contactweb.services.importing import importer
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
