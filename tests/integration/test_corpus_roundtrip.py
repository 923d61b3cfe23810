"""The whole shared corpus (../shared/data/realworld) in and out without loss: every file
imported into one vault, exported to each format, imported into an empty vault, and every
contact compared field by field (issue 19). What a format cannot carry is named in
``NOT_CARRIED`` with the reason; nothing else may change, a CR inside a note included."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from contactweb.services.accounts import session
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery, list_contacts
from contactweb.services.exporting import exporter
from contactweb.services.importing import importer
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "realworld"
pytestmark = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"real-world corpus not checked out beside the repo ({CORPUS})")
FILES = sorted(CORPUS.glob("*/*.csv")) + sorted(CORPUS.glob("*/*.vcf"))
# What a format has no place for, by design (everything else must come back identical):
# Outlook's CSV has no photo column; no CSV layout nor the LDIF schema has a UID.
NOT_CARRIED = {"csv-google": {"uid"}, "csv-outlook": {"uid", "photo", "photo_mime"},
               "ldif": {"uid"}}
# Formats with one column per kind of phone or place: entries come back grouped by kind
REORDERED = {"csv-outlook", "ldif"}


def fingerprint(details: contacts.ContactDetails, fmt: str) -> tuple:
    values = {
        "names": (details.prefix, details.first_name, details.middle_name, details.last_name,
                  details.suffix),
        "company": (details.company, details.title), "notes": details.notes,
        "birthday": details.birthday, "tags": tuple(details.tags),
        "emails": tuple((e.label, e.address) for e in details.emails),
        "phones": tuple((p.label, p.number) for p in details.phones),
        "addresses": tuple((a.label, a.street, a.city, a.region, a.postcode, a.country)
                           for a in details.addresses),
        "photo": details.photo, "photo_mime": details.photo_mime, "uid": details.uid,
    }
    if fmt in REORDERED:
        values["phones"] = tuple(sorted(values["phones"]))
        values["addresses"] = tuple(sorted(values["addresses"]))
    for name in NOT_CARRIED.get(fmt, ()):
        values.pop(name)
    return tuple(sorted(values.items(), key=lambda item: item[0]))


def everyone(ws: Workspace, fmt: str) -> Counter:
    rows = list_contacts(ws, ContactQuery(), limit=None)
    return Counter(fingerprint(contacts.get_contact(ws, row.id, audit_view=False), fmt)
                   for row in rows)


@pytest.fixture(scope="module")
def corpus_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    ws = session.create_vault(tmp_path_factory.mktemp("corpus") / "vault", "admin", PASSWORD)
    for path in FILES:
        importer.import_records(ws, importer.parse_file(path), on_duplicate="create",
                                skip_bad_rows=True, confirm_erased=True)
    yield ws
    ws.lock()


def test_the_corpus_holds_a_carriage_return_inside_a_note(corpus_vault: Workspace) -> None:
    notes = [key for key in everyone(corpus_vault, "json")
             if "\r" in dict(key)["notes"]]
    assert notes, "the corpus should hold a note with a lone CR (Thunderbird's export)"


@pytest.mark.parametrize("fmt", exporter.EXPORT_FORMATS)
def test_every_corpus_contact_comes_back_identical(corpus_vault: Workspace, tmp_path: Path,
                                                   fmt: str) -> None:
    path = tmp_path / f"corpus{exporter.FORMAT_SUFFIXES[fmt]}"
    count = exporter.export_contacts(corpus_vault, path, fmt)
    assert count > 60
    second = session.create_vault(tmp_path / "second", "admin", PASSWORD)
    try:
        report = importer.import_records(second, importer.parse_file(path), on_duplicate="create")
        assert (len(report.created), report.bad_rows) == (count, [])
        before, after = everyone(corpus_vault, fmt), everyone(second, fmt)
    finally:
        second.lock()
    missing, extra = before - after, after - before
    assert (list(missing), list(extra)) == ([], [])
