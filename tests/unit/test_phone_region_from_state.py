"""A national number in a contact whose address names a US state or Canadian province but no
country is read in that country before the vault's region."""

from __future__ import annotations

from contactweb.services import settings
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import AddressInput, ContactInput, PhoneInput
from contactweb.services.importing.phone_regions import country_of_region
from contactweb.vault.workspace import Workspace


def test_states_and_provinces_name_their_country() -> None:
    assert country_of_region("ME", "04101") == "US"
    assert country_of_region("Maine", "") == "US"
    assert country_of_region("new  york", "10001-1234") == "US"
    assert country_of_region("ON", "K1A 0B1") == "CA"
    assert country_of_region("ME", "K1A 0B1") == ""  # not a ZIP: no guess
    assert country_of_region("Bavaria", "80331") == ""


def test_a_maine_number_in_a_gb_vault_stays_american(admin_ws: Workspace) -> None:
    settings.put(admin_ws, "default_region", "GB")
    contact_id = contacts.create_contact(admin_ws, ContactInput(
        first_name="Sam", last_name="Ward", phones=[PhoneInput("(207) 555-0142")],
        addresses=[AddressInput("12 Fore St", "Portland", "ME", "04101", "")]))
    sam = contacts.get_contact(admin_ws, contact_id, audit_view=False)
    assert [p.number for p in sam.phones] == ["+12075550142"]
    london = contacts.create_contact(admin_ws, ContactInput(
        first_name="Lou", phones=[PhoneInput("020 7555 0142")]))
    assert [p.number for p in contacts.get_contact(admin_ws, london,
                                                   audit_view=False).phones] == [
        "+442075550142"]
