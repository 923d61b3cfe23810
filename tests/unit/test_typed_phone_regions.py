"""Phone numbers typed in by hand (contact dialog, contact add/edit) are read as import reads
them (issue 19, item 4): in the contact's own countries first, then the vault's region; a
number valid in none of them is kept as typed in the notes, never stored as a wrong E.164."""

from __future__ import annotations

import pytest

from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import AddressInput, ContactInput, PhoneInput
from contactweb.services.validation import FieldError
from contactweb.vault.workspace import Workspace
from tests.support.cli_runner import CliRunner


def stored(ws: Workspace, contact_id: int) -> contacts.ContactDetails:
    return contacts.get_contact(ws, contact_id, audit_view=False)


def test_a_national_number_is_read_in_the_contacts_country(admin_ws: Workspace) -> None:
    # the test vault's region is the US: before, 03456-78910 could not be stored at all
    contact_id = contacts.create_contact(admin_ws, ContactInput(
        first_name="Jens", last_name="Schmidt",
        phones=[PhoneInput("03456-78910", "work"), PhoneInput("+1 415 555 0134", "home")],
        addresses=[AddressInput("Marktplatz 1", "Halle (Saale)", "", "06108", "Deutschland")]))
    jens = stored(admin_ws, contact_id)
    assert [(p.label, p.number) for p in jens.phones] == [("work", "+49345678910"),
                                                          ("home", "+14155550134")]
    assert jens.notes == ""


def test_a_number_valid_in_no_region_is_kept_as_typed_with_a_note(admin_ws: Workspace) -> None:
    contact_id = contacts.create_contact(admin_ws, ContactInput(
        first_name="Karin", last_name="Nilsson", notes="Met at the fair",
        phones=[PhoneInput("03456-78910", "work")]))
    karin = stored(admin_ws, contact_id)
    assert karin.phones == []
    assert karin.notes == "Met at the fair\nPhone (work): 03456-78910"
    # saving again (the dialog's OK) neither repeats the line nor loses it
    contacts.update_contact(admin_ws, contact_id, karin.to_input())
    assert stored(admin_ws, contact_id).notes == "Met at the fair\nPhone (work): 03456-78910"


def test_what_is_no_number_at_all_is_still_refused(admin_ws: Workspace) -> None:
    with pytest.raises(FieldError) as refused:
        contacts.create_contact(admin_ws, ContactInput(
            first_name="Ann", phones=[PhoneInput("call me", "work")]))
    assert refused.value.field == "phones[0]"


def test_contact_add_and_edit_read_numbers_in_the_contacts_country(
        cli: CliRunner, admin_ws: Workspace) -> None:
    added = cli("contact", "add", "--first", "Léa", "--last", "Dupont",
                "--phone", "home:01 42 68 53 00",
                "--address", "home:8 rue de Rivoli;Paris;;75004;France")
    assert added.code == 0, added.err
    contact_id = int(added.out.strip())
    assert [(p.label, p.number) for p in stored(admin_ws, contact_id).phones] == [
        ("home", "+33142685300")]
    edited = cli("contact", "edit", str(contact_id), "--phone", "work:0664 1234567",
                 "--address", "work:Graben 1;Wien;;1010;Österreich")
    assert edited.code == 0, edited.err
    assert [(p.label, p.number) for p in stored(admin_ws, contact_id).phones] == [
        ("work", "+436641234567")]
