"""An import that updates an existing contact with a tag the vault does not have yet, and
creates contacts carrying the same tag (in any case): one tag is made, linked to all of them,
as doing the same edits one by one through the contacts service would (before, the new
contacts' batch did not see the tag the update made and inserted it again: UNIQUE constraint
failed: tags.name)."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.engine import URL

from contactweb.models import Contact, Tag, contact_tags
from contactweb.services.accounts import session
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_fold import fold
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.services.importing import import_in_batches, importer
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.cli_runner import CliRunner

_vaults = itertools.count()


def person(number: int, tags: list[str]) -> dict[str, object]:
    """A contact of the file, known by its email address."""
    return {"first_name": f"Person{number}", "last_name": f"Family{number}",
            "emails": [{"label": "work", "value": f"p{number}@example.org"}], "tags": tags}


def existing_input(number: int, tags: list[str]) -> ContactInput:
    return ContactInput(first_name=f"Person{number}", last_name=f"Family{number}",
                        emails=[EmailInput(f"p{number}@example.org", "work")], tags=tags)


def tag_links(ws: Workspace) -> tuple[list[str], list[tuple[str, str]]]:
    """Every tag's name, and which contact (by email) has which tag."""
    with ws.session() as s:
        names = sorted(s.execute(select(Tag.name)).scalars())
        links = sorted(s.execute(
            select(Contact.primary_email, Tag.name)
            .join(contact_tags, contact_tags.c.contact_id == Contact.id)
            .join(Tag, Tag.id == contact_tags.c.tag_id)).all())
    return names, [tuple(link) for link in links]


# Person 0 exists with "Customers"; the file gives them "Partners", then two new people
# carry "Partners" (the same name: the UNIQUE failure) and "partners" (another case).
EXISTING = [(0, ["Customers"])]
FILE = [person(0, ["Partners"]), person(1, ["Partners"]), person(2, ["partners", "customers"])]
EXPECTED = (["Customers", "Partners"],
            [("p0@example.org", "Customers"), ("p0@example.org", "Partners"),
             ("p1@example.org", "Partners"), ("p2@example.org", "Customers"),
             ("p2@example.org", "Partners")])


def seed(ws: Workspace, existing: list[tuple[int, list[str]]]) -> None:
    for number, tags in existing:
        contacts.create_contact(ws, existing_input(number, tags))


def write_file(path: Path, entries: list[dict[str, object]]) -> Path:
    path.write_text(json.dumps({"contacts": entries}), encoding="utf-8")
    return path


def test_update_gains_a_new_tag_new_contacts_share_it_command_line(
        cli: CliRunner, admin_ws: Workspace, tmp_path: Path) -> None:
    seed(admin_ws, EXISTING)
    result = cli("import", str(write_file(tmp_path / "in.json", FILE)),
                 "--on-duplicate", "update", "--json")
    assert result.code == 0, result.err
    assert len(json.loads(result.out)["updated"]) == 1
    assert tag_links(admin_ws) == EXPECTED


def test_update_gains_a_new_tag_new_contacts_share_it_service(
        admin_ws: Workspace, tmp_path: Path) -> None:
    seed(admin_ws, EXISTING)
    parsed = importer.parse_file(write_file(tmp_path / "in.json", FILE))
    report = importer.import_records(admin_ws, parsed, on_duplicate="update")
    assert len(report.updated) == 1 and len(report.created) == 2
    assert tag_links(admin_ws) == EXPECTED


def test_update_gains_a_new_tag_new_contacts_share_it_in_batches(
        admin_ws: Workspace, tmp_path: Path) -> None:
    seed(admin_ws, EXISTING)
    parsed = importer.parse_file(write_file(tmp_path / "in.json", FILE))
    report = import_in_batches.import_in_batches(admin_ws, parsed, on_duplicate="update",
                                                 rows_per_commit=2)
    assert report.stopped_because == "" and len(report.created) == 2
    assert tag_links(admin_ws) == EXPECTED


# Property: any file of updates and new contacts over a few tag names in any ASCII case.
TAG_NAMES = ("Partners", "VIP", "Customers", "Board")
TAG = st.builds(lambda name, flips: "".join(
    c.swapcase() if flip else c for c, flip in zip(name, flips, strict=False)),
    st.sampled_from(TAG_NAMES), st.lists(st.booleans(), min_size=9, max_size=9))
# one spelling per name in an entry (which of two spellings an entry keeps is not at stake)
TAGS = st.lists(TAG, max_size=3, unique_by=str.casefold)
EXISTING_PEOPLE = st.lists(TAGS, min_size=1, max_size=3)
# (person number: existing ones first, then new ones; may repeat), tags
ENTRIES = st.lists(st.tuples(st.integers(0, 5), TAGS), min_size=1, max_size=8)


def one_by_one(ws: Workspace, existing: list[list[str]],
               entries: list[tuple[int, list[str]]]) -> None:
    """What the import should do, each entry an edit through the contacts service: a
    person already there gains the entry's tags (fold, as the import adds), a new one is
    created."""
    ids = {number: contacts.create_contact(ws, existing_input(number, tags))
           for number, tags in enumerate(existing)}
    for number, tags in entries:
        new = existing_input(number, tags)
        if number in ids:
            current = contacts.get_contact(ws, ids[number], audit_view=False).to_input()
            folded, changed = fold(current, new)
            if changed:
                contacts.update_contact(ws, ids[number], folded)
        else:
            ids[number] = contacts.create_contact(ws, new)


def fresh_vault(tmp_path: Path, new_vault_server: Callable[[], URL | None]) -> Workspace:
    return session.create_vault(tmp_path / f"vault{next(_vaults)}", "admin", PASSWORD,
                                server=new_vault_server())


@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(existing=EXISTING_PEOPLE, entries=ENTRIES, batched=st.booleans())
@example(existing=[["Customers"]], entries=[(0, ["Partners"]), (1, ["partners"])],
         batched=False)
@example(existing=[[]], entries=[(1, ["vip"]), (0, ["VIP"]), (2, ["Vip"])], batched=False)
def test_import_gives_the_tags_of_edits_one_by_one(
        tmp_path: Path, new_vault_server: Callable[[], URL | None],
        existing: list[list[str]], entries: list[tuple[int, list[str]]],
        batched: bool) -> None:
    expected_ws = fresh_vault(tmp_path, new_vault_server)
    imported_ws = fresh_vault(tmp_path, new_vault_server)
    try:
        one_by_one(expected_ws, existing, entries)
        seed(imported_ws, list(enumerate(existing)))
        parsed = importer.parse_file(write_file(
            tmp_path / f"in{next(_vaults)}.json",
            [person(number, tags) for number, tags in entries]))
        if batched:
            import_in_batches.import_in_batches(imported_ws, parsed, on_duplicate="update",
                                                rows_per_commit=3)
        else:
            importer.import_records(imported_ws, parsed, on_duplicate="update")
        assert tag_links(imported_ws) == tag_links(expected_ws)
    finally:
        expected_ws.lock()
        imported_ws.lock()
