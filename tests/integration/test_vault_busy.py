"""Another writer holds the vault: a desktop vault whose write lock another program keeps (an
import from the command line while the window saves), or two desktops of a team server that
lock the same contacts in opposite orders. The person is told plainly that someone else was
writing and that nothing was changed; nothing is half-written, and the same work goes through
afterwards. Before, a save said "Unexpected error: OperationalError", and a command signing in
waited twice and called the vault "damaged or unreadable. Restore it from a backup."
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from contactweb.services.accounts import session as accounts
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import count_contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.store.write_conflicts import ConcurrentChange, VaultBusy, write_conflict
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.another_writer import BUSY_MESSAGE, AnotherProgram
from tests.support.cli_runner import CliRunner


@pytest.fixture
def desktop_vault(vault_dir: Path, short_busy_timeout: None) -> Iterator[Workspace]:
    ws = accounts.create_vault(vault_dir, "admin", PASSWORD)
    contacts.create_contact(ws, ContactInput(first_name="Ada", last_name="First"))
    yield ws
    ws.lock()


def test_a_save_while_another_program_writes_is_refused_plainly_and_goes_through_after(
        desktop_vault: Workspace) -> None:
    other = AnotherProgram(desktop_vault)
    try:
        with pytest.raises(VaultBusy, match=BUSY_MESSAGE) as refused:
            contacts.create_contact(desktop_vault, ContactInput(first_name="Bo", last_name="Two"))
    finally:
        other.finish()
    assert "Nothing was changed" in str(refused.value)
    # The driver's error is kept as the cause, for the log; the window's text for it is the same.
    assert isinstance(write_conflict(refused.value.__cause__), VaultBusy)
    assert count_contacts(desktop_vault) == 1
    created = contacts.create_contact(desktop_vault, ContactInput(first_name="Bo",
                                                                   last_name="Two"))
    assert contacts.get_contact(desktop_vault, created).display_name == "Bo Two"
    assert count_contacts(desktop_vault) == 2


def test_signing_in_while_another_program_writes_says_busy_not_damaged(
        desktop_vault: Workspace, vault_dir: Path) -> None:
    other = AnotherProgram(desktop_vault)
    try:
        # The schema version and the user are read beside the other writer; the sign-in's
        # own record is what has to wait.
        with pytest.raises(VaultBusy, match=BUSY_MESSAGE):
            accounts.sign_in(vault_dir, "admin", PASSWORD)
    finally:
        other.finish()
    again = accounts.sign_in(vault_dir, "admin", PASSWORD)  # the seal still holds
    try:
        assert count_contacts(again) == 1
    finally:
        again.lock()


def test_a_command_while_another_program_writes_says_busy_and_changes_nothing(
        desktop_vault: Workspace, vault_dir: Path) -> None:
    cli = CliRunner(vault_dir, "admin", PASSWORD)
    other = AnotherProgram(desktop_vault)
    try:
        result = cli("contact", "add", "--first", "Cy", "--last", "Three")
    finally:
        other.finish()
    assert result.code == 1
    assert BUSY_MESSAGE in result.err
    assert "damaged" not in result.err and "unexpected" not in result.err
    assert count_contacts(desktop_vault) == 1
    assert cli("contact", "add", "--first", "Cy", "--last", "Three").code == 0
    assert count_contacts(desktop_vault) == 2


@pytest.mark.postgresql_only
def test_two_desktops_locking_the_same_contacts_in_turn_one_is_told_to_try_again(
        admin_ws: Workspace, vault_dir: Path) -> None:
    """Each desktop changes two contacts, in opposite orders: the server cancels one
    transaction (a deadlock), whose desktop is told so; the other's changes are kept whole."""
    first = contacts.create_contact(admin_ws, ContactInput(first_name="Ann", last_name="One"))
    second = contacts.create_contact(admin_ws, ContactInput(first_name="Ben", last_name="Two"))
    other = accounts.sign_in(vault_dir, "admin", PASSWORD)
    both_hold_one = threading.Barrier(2, timeout=20)
    outcome: dict[str, BaseException | None] = {}

    def change(ws: Workspace, name: str, order: tuple[int, int]) -> None:
        try:
            with ws.session() as db:
                for number, contact_id in enumerate(order):
                    db.execute(text("UPDATE contacts SET notes = :by WHERE id = :id"),
                               {"by": f"changed by {name}", "id": contact_id})
                    if number == 0:
                        both_hold_one.wait()
            outcome[name] = None
        except BaseException as exc:  # noqa: BLE001 - compared below
            outcome[name] = exc

    try:
        threads = [threading.Thread(target=change, args=(admin_ws, "this desktop",
                                                         (first, second))),
                   threading.Thread(target=change, args=(other, "another desktop",
                                                         (second, first)))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    finally:
        other.lock()
    refused = [name for name, exc in outcome.items() if isinstance(exc, ConcurrentChange)]
    kept = [name for name, exc in outcome.items() if exc is None]
    assert len(refused) == 1 and len(kept) == 1, outcome
    assert "try again" in str(outcome[refused[0]])
    notes = {contacts.get_contact(admin_ws, cid, audit_view=False).notes
             for cid in (first, second)}
    assert notes == {f"changed by {kept[0]}"}  # nothing of the cancelled one
