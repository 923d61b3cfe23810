"""A team server: another desktop deletes a contact (or merges it into another, which
deletes it) while an import that commits as it goes runs. A later entry of the file that
would have matched the vanished contact (by an address the import gave it, by a similar name
at a company the lookup kept between batches, or as a contact the import created in a batch
it committed) is decided again as if that contact had never been there: created anew or
matched to the contact it was merged into, and the import goes on. (On a desktop vault the
import holds the write lock: nobody deletes meanwhile.)
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from contactweb.models import Contact
from contactweb.services.accounts import session as accounts
from contactweb.services.contacts import contacts, duplicates
from contactweb.services.contacts.contact_queries import count_contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.services.contacts.duplicate_index import SIMILAR_NAME
from contactweb.services.importing import import_in_batches as batched
from contactweb.services.importing import importer
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD

# On a desktop vault the import holds the write lock: nobody deletes meanwhile.
pytestmark = pytest.mark.postgresql_only


HEADER = "First Name,Last Name,E-mail 1 - Value,Company\n"


def source(path: Path, entry: int) -> str:
    return f"csv:{path.name}:row {entry + 1}"


def emails_of(ws: Workspace, contact_id: int) -> list[str]:
    return [e.address for e in contacts.get_contact(ws, contact_id, audit_view=False).emails]


def import_while_another_desktop(
        ws: Workspace, vault_dir: Path, path: Path, before_entry: int, on_duplicate: str,
        change: Callable[[Workspace], None]) -> batched.BatchedImportReport:
    """Import ``path`` committing after every entry; once the entries before
    ``before_entry`` (1-based) are committed, another desktop makes ``change`` and commits
    it before that entry is decided (entries are decided when their batch is committed)."""
    other = accounts.sign_in(vault_dir, "admin", PASSWORD)
    done: list[BaseException | None] = []

    def make_change() -> None:
        try:
            change(other)
            done.append(None)
        except BaseException as exc:  # noqa: BLE001 - reported by the import's thread
            done.append(exc)

    def at(entries: int, _total: int) -> None:
        if entries != before_entry:
            return
        # On its own thread: were the import holding a lock it needs, this would not hang.
        thread = threading.Thread(target=make_change)
        thread.start()
        thread.join(30)
        assert done == [None], done or "the other desktop's change waited for the import"

    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(batched, "_PROGRESS_EVERY", 1)
            return batched.import_in_batches(ws, importer.stream_file(path), on_duplicate,
                                             progress=at, rows_per_commit=1)
    finally:
        other.lock()


def deleted(contact_id: int) -> Callable[[Workspace], None]:
    """A plain DELETE of the contact's row (its addresses go with it), as any deletion that
    is no erasure would leave the vault."""
    def delete_it(other: Workspace) -> None:
        with other.session() as session:
            gone = session.execute(delete(Contact).where(Contact.id == contact_id))
            assert gone.rowcount == 1
    return delete_it


def merged(keep_id: int, contact_id: int) -> Callable[[Workspace], None]:
    def merge_it(other: Workspace) -> None:
        duplicates.merge(other, keep_id, contact_id)
    return merge_it


@pytest.mark.parametrize("how", ["deleted", "merged"])
def test_an_entry_with_an_address_the_import_gave_a_deleted_contact(
        admin_ws: Workspace, vault_dir: Path, tmp_path: Path, how: str) -> None:
    """The first entry gives Xavier a second address; another desktop deletes him (or merges
    him into Yves, which passed before too: the vault's addresses come first); the entries
    with either address are then new contacts (or Yves)."""
    xavier = contacts.create_contact(admin_ws, ContactInput(
        first_name="Xavier", last_name="Gone", emails=[EmailInput("x@old.example")]))
    yves = contacts.create_contact(admin_ws, ContactInput(
        first_name="Yves", last_name="Kept", emails=[EmailInput("yves@kept.example")]))
    path = tmp_path / "people.csv"
    path.write_text(HEADER + "Xavier,Gone,x@old.example ::: x@new.example,\n"
                    "Xavier,Gone,x@new.example,\n"
                    "Xavier,Gone,x@old.example,\n"
                    "Nina,New,nina@new.example,\n", "utf-8")
    change = deleted(xavier) if how == "deleted" else merged(yves, xavier)
    report = import_while_another_desktop(admin_ws, vault_dir, path, 2, "update", change)
    assert not report.stopped_because and report.records == 4
    if how == "deleted":  # as if he had never been there: each address a new Xavier
        again, old_again, nina = report.created
        assert report.updated == [xavier]
        assert emails_of(admin_ws, again) == ["x@new.example"]
        assert emails_of(admin_ws, old_again) == ["x@old.example"]
        assert count_contacts(admin_ws) == 4
    else:
        (nina,) = report.created
        assert report.updated == [xavier, yves]
        assert emails_of(admin_ws, yves) == ["yves@kept.example", "x@old.example",
                                             "x@new.example"]
        assert count_contacts(admin_ws) == 2
    assert emails_of(admin_ws, nina) == ["nina@new.example"]
    assert report.skipped_duplicates == [] and report.erased_matches == []


@pytest.mark.parametrize("on_duplicate", ["skip", "update"])
def test_an_entry_similar_to_a_deleted_colleague_at_a_kept_company(
        admin_ws: Workspace, vault_dir: Path, tmp_path: Path, on_duplicate: str) -> None:
    """Acme is read (and kept) for the first entry; Zoe, at Acme, is deleted; an entry for
    Zoe at Acme is a new contact, not a duplicate of the contact that is gone."""
    zoe = contacts.create_contact(admin_ws, ContactInput(
        first_name="Zoe", last_name="Kept", company="Acme",
        emails=[EmailInput("zoe@old.example")]))
    path = tmp_path / "acme.csv"
    path.write_text(HEADER + "Otto,Other,otto@acme.example,Acme\n"
                    "Zoe,Kept,zoe@acme.example,Acme\n"
                    "Otto,Other,,Acme\n", "utf-8")
    report = import_while_another_desktop(admin_ws, vault_dir, path, 2, on_duplicate,
                                          deleted(zoe))
    assert not report.stopped_because and report.records == 3
    otto, zoe_again = report.created
    assert emails_of(admin_ws, zoe_again) == ["zoe@acme.example"]
    assert report.repeated_in_file == {source(path, 3): source(path, 1)}
    if on_duplicate == "skip":
        assert report.skipped_duplicates == [(source(path, 3), otto, SIMILAR_NAME)]
        assert report.updated == []
    else:
        assert report.updated == [otto] and report.skipped_duplicates == []
    assert count_contacts(admin_ws) == 2


@pytest.mark.parametrize("on_duplicate", ["skip", "update", "create"])
def test_a_contact_the_import_created_is_deleted_then_repeated_in_the_file(
        admin_ws: Workspace, vault_dir: Path, tmp_path: Path, on_duplicate: str) -> None:
    """Rita, created by the first entry (a committed batch), is deleted by another desktop;
    the file's second Rita is made again, and its third is a repeat of that second one."""
    path = tmp_path / "repeat.csv"
    path.write_text(HEADER + "Rita,Repeat,rita@example.com,Acme\n"
                    "Rita,Repeat,rita@example.com,Acme\n"
                    "Rita,Repeat,,Acme\n", "utf-8")
    first: list[int] = []

    def delete_first(other: Workspace) -> None:
        with other.session() as session:
            (rita,) = session.execute(select(Contact.id)).scalars()
            first.append(rita)
            session.execute(delete(Contact).where(Contact.id == rita))

    report = import_while_another_desktop(admin_ws, vault_dir, path, 2, on_duplicate,
                                          delete_first)
    assert not report.stopped_because and report.records == 3
    again = report.created[1]
    assert report.created[0] == first[0] and emails_of(admin_ws, again) == ["rita@example.com"]
    assert report.repeated_in_file == {source(path, 3): source(path, 2)}
    if on_duplicate == "create":
        assert len(report.created) == 3 and count_contacts(admin_ws) == 2
        return
    assert len(report.created) == 2 and count_contacts(admin_ws) == 1
    if on_duplicate == "skip":
        assert report.skipped_duplicates == [(source(path, 3), again, SIMILAR_NAME)]
    else:
        assert report.updated == [again]
