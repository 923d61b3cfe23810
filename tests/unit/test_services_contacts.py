"""Contacts through the services: normalising, refusing bad input without writing, editing,
closing, and who sees what."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import func, select

from contactweb.errors import BadInput, NotFound, PermissionDenied
from contactweb.models import Contact, ContactEmail, Tag
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery, count_contacts, list_contacts
from contactweb.services.contacts.contacts import AddressInput, ContactInput, EmailInput, PhoneInput
from contactweb.services.validation import FieldError
from contactweb.vault.workspace import Workspace


def _rows(ws: Workspace) -> tuple[int, int, int]:
    with ws.session(readonly=True) as db:
        return tuple(db.execute(select(func.count()).select_from(t)).scalar() or 0
                     for t in (Contact, ContactEmail, Tag))  # type: ignore[return-value]


def test_fields_are_normalised(admin_ws: Workspace) -> None:
    cid = contacts.create_contact(admin_ws, ContactInput(
        first_name="  Ann ", last_name="Lee ", company=" Acme ",
        emails=[EmailInput(" Ann@Example.COM ", "Home"), EmailInput("   ")],
        phones=[PhoneInput("(415) 555-0100", "Mobile")],
        addresses=[AddressInput("1 Main St", "Springfield", "", "12345", "United States")],
        tags=["vip", " VIP-2 ", "vip", ""], birthday=date(1980, 2, 29)))
    got = contacts.get_contact(admin_ws, cid)
    assert (got.first_name, got.last_name, got.company) == ("Ann", "Lee", "Acme")
    assert [(e.address, e.label) for e in got.emails] == [("Ann@example.com", "home")]
    assert [(p.number, p.label) for p in got.phones] == [("+14155550100", "mobile")]
    assert got.addresses[0].country == "United States"  # kept as typed, never a code
    assert sorted(got.tags) == ["VIP-2", "vip"]
    assert got.owner == "admin" and not got.owner_only and got.status == "active"
    row = list_contacts(admin_ws)[0]
    assert (row.name, row.email, row.phone, row.city) == ("Lee, Ann", "Ann@example.com",
                                                          "+14155550100", "Springfield")


@pytest.mark.parametrize("data, field", [
    (ContactInput(), "first_name"),
    (ContactInput(title="CEO", notes="no name"), "first_name"),
    (ContactInput(first_name="A", emails=[EmailInput("not-an-email")]), "emails[0]"),
    (ContactInput(first_name="A", emails=[EmailInput("ok@example.com"), EmailInput("x@")]),
     "emails[1]"),
    (ContactInput(first_name="A", phones=[PhoneInput("12")]), "phones[0]"),
    (ContactInput(first_name="A", tags=["t" * 101]), "tags"),
    (ContactInput(first_name="A", photo=b"x" * (1024 * 1024 + 1)), "photo"),
    (ContactInput(first_name="A", owner_username="ghost"), "owner"),
])
def test_bad_input_names_the_field_and_writes_nothing(admin_ws: Workspace, data: ContactInput,
                                                      field: str) -> None:
    before = _rows(admin_ws)
    with pytest.raises(FieldError) as caught:
        contacts.create_contact(admin_ws, data)
    assert caught.value.field == field and str(caught.value)
    assert _rows(admin_ws) == before


def test_tags_ignore_case(admin_ws: Workspace) -> None:
    first = contacts.create_contact(admin_ws, ContactInput(first_name="A", tags=["vip", "VIP"]))
    assert contacts.get_contact(admin_ws, first).tags == ["vip"]
    second = contacts.create_contact(admin_ws, ContactInput(first_name="B", tags=["Vip"]))
    assert contacts.get_contact(admin_ws, second).tags == ["vip"]
    assert contacts.all_tags(admin_ws) == ["vip"]
    assert {r.id for r in list_contacts(admin_ws, ContactQuery(tag="vip"))} == {first, second}


def test_update_replaces_lists_and_a_failed_update_changes_nothing(admin_ws: Workspace) -> None:
    cid = contacts.create_contact(admin_ws, ContactInput(
        first_name="Bo", emails=[EmailInput("bo@example.com")], tags=["a", "b"]))
    data = contacts.get_contact(admin_ws, cid).to_input()
    data.emails = [EmailInput("bo@new.example", "home"), EmailInput("bo2@new.example")]
    data.tags = ["c"]
    contacts.update_contact(admin_ws, cid, data)
    got = contacts.get_contact(admin_ws, cid)
    assert [e.address for e in got.emails] == ["bo@new.example", "bo2@new.example"]
    assert got.tags == ["c"]
    data.emails = [EmailInput("broken@")]
    data.first_name = "Changed"
    with pytest.raises(BadInput):
        contacts.update_contact(admin_ws, cid, data)
    assert contacts.get_contact(admin_ws, cid).first_name == "Bo"
    with pytest.raises(NotFound):
        contacts.update_contact(admin_ws, 999, data)


def test_close_and_reopen(admin_ws: Workspace) -> None:
    cid = contacts.create_contact(admin_ws, ContactInput(first_name="Cy"))
    contacts.close_contact(admin_ws, cid)
    assert contacts.get_contact(admin_ws, cid).status == "closed"
    assert count_contacts(admin_ws, ContactQuery(status="active")) == 0
    assert count_contacts(admin_ws, ContactQuery(status="closed")) == 1
    with pytest.raises(BadInput, match="already closed"):
        contacts.close_contact(admin_ws, cid)
    contacts.reopen_contact(admin_ws, cid)
    assert contacts.get_contact(admin_ws, cid).status == "active"
    with pytest.raises(BadInput):
        contacts.set_status(admin_ws, cid, "deleted")


def test_owner_only_and_roles(admin_ws: Workspace, user_ws: Callable[..., Workspace]) -> None:
    owner, other, readonly = user_ws("staff", "owner"), user_ws("staff"), user_ws("readonly")
    mine = contacts.create_contact(owner, ContactInput(first_name="Mine", owner_only=True))
    shared = contacts.create_contact(owner, ContactInput(first_name="Shared"))
    assert {r.id for r in list_contacts(other)} == {shared}
    assert {r.id for r in list_contacts(admin_ws)} == {mine, shared}
    for call in (lambda: contacts.get_contact(other, mine),
                 lambda: contacts.update_contact(other, mine, ContactInput(first_name="X")),
                 lambda: contacts.close_contact(other, mine)):
        with pytest.raises(NotFound, match=f"No contact with id {mine}"):
            call()
    with pytest.raises(PermissionDenied):
        contacts.create_contact(readonly, ContactInput(first_name="Nope"))
    assert contacts.get_contact(readonly, shared).first_name == "Shared"
    # An admin may hand a contact to someone else; then only they (and admins) see it.
    data = contacts.get_contact(admin_ws, shared).to_input()
    data.owner_username, data.owner_only = "staff", True
    contacts.update_contact(admin_ws, shared, data)
    assert {r.id for r in list_contacts(other)} == {shared}
    assert {r.id for r in list_contacts(owner)} == {mine}


def test_sorting_and_paging_happen_in_sql(admin_ws: Workspace) -> None:
    for first, last, company in (("Ann", "Zed", "B"), ("Bob", "Young", "A"), ("", "", "Corp"),
                                 ("Cy", "Xu", "C")):
        contacts.create_contact(admin_ws, ContactInput(first_name=first, last_name=last,
                                                       company=company))
    names = [r.name for r in list_contacts(admin_ws)]
    assert names == ["Corp", "Xu, Cy", "Young, Bob", "Zed, Ann"]
    assert [r.name for r in list_contacts(admin_ws, ContactQuery(sort="company"))][:2] == [
        "Young, Bob", "Zed, Ann"]
    assert [r.name for r in list_contacts(admin_ws, ContactQuery(descending=True),
                                          offset=1, limit=2)] == ["Young, Bob", "Xu, Cy"]
    with pytest.raises(BadInput, match="Cannot sort"):
        list_contacts(admin_ws, ContactQuery(sort="password"))
