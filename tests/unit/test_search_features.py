"""What people expect of the search box: prefixes as they type, phone numbers as written,
email addresses, tags, accents, and nothing they may not see."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from contactweb.services.contacts import contact_queries, contacts
from contactweb.services.contacts.contact_queries import ContactQuery, count_contacts, list_contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput, PhoneInput
from contactweb.store import search_sql
from contactweb.vault.workspace import Workspace


def ids(ws: Workspace, query: str) -> set[int]:
    return {r.id for r in list_contacts(ws, ContactQuery(search=query), limit=None)}


@pytest.fixture
def people(admin_ws: Workspace) -> dict[str, int]:
    def add(key: str, **fields: object) -> tuple[str, int]:
        return key, contacts.create_contact(admin_ws, ContactInput(**fields))  # type: ignore[arg-type]

    return dict([
        add("ann", first_name="Ann", last_name="Lee", company="Acme",
            emails=[EmailInput("ann.lee@example.com")], phones=[PhoneInput("+1 415 555 0100")],
            tags=["vip"]),
        add("andrew", first_name="Andrew", last_name="Müller", notes="Met at the Köln fair",
            phones=[PhoneInput("+44 20 7946 0958")], tags=["partner"]),
        add("bob", first_name="Bob", last_name="Annan", emails=[EmailInput("bob@annan.org")]),
        add("zoe", first_name="Zoë", last_name="García", company="Near & Far Ltd",
            tags=["vip", "newsletter"]),
        add("dmitri", first_name="Дмитрий", last_name="Иванов"),
    ])


def test_prefix_as_you_type(admin_ws: Workspace, people: dict[str, int]) -> None:
    assert ids(admin_ws, "a") >= {people["ann"], people["andrew"], people["bob"]}
    assert ids(admin_ws, "an") == {people["ann"], people["andrew"], people["bob"]}
    assert ids(admin_ws, "ann") == {people["ann"], people["bob"]}
    assert ids(admin_ws, "ann l") == {people["ann"]}
    assert ids(admin_ws, "ann lee") == {people["ann"]}
    assert ids(admin_ws, "ANN") == ids(admin_ws, "ann")
    assert ids(admin_ws, "ann xyz") == set()
    assert ids(admin_ws, "дми") == {people["dmitri"]}


def test_accents_do_not_matter(admin_ws: Workspace, people: dict[str, int]) -> None:
    assert ids(admin_ws, "muller") == {people["andrew"]}
    assert ids(admin_ws, "Müll") == {people["andrew"]}
    assert ids(admin_ws, "zoe garcia") == {people["zoe"]}
    assert ids(admin_ws, "koln") == {people["andrew"]}


def test_phone_by_national_digits_and_e164(admin_ws: Workspace, people: dict[str, int]) -> None:
    ann, andrew = people["ann"], people["andrew"]
    assert ids(admin_ws, "4155550100") == {ann}
    assert ids(admin_ws, "415555") == {ann}
    assert ids(admin_ws, "+14155550100") == {ann}
    assert ids(admin_ws, "14155550100") == {ann}
    assert ids(admin_ws, "2079460958") == {andrew}
    assert ids(admin_ws, "+442079460958") == {andrew}
    assert ids(admin_ws, "4155550199") == set()


def test_email_company_notes_and_tags(admin_ws: Workspace, people: dict[str, int]) -> None:
    assert ids(admin_ws, "ann.lee@example.com") == {people["ann"]}
    assert ids(admin_ws, "ann.lee@exa") == {people["ann"]}
    assert ids(admin_ws, "annan.org") == {people["bob"]}
    assert ids(admin_ws, "acme") == {people["ann"]}
    assert ids(admin_ws, "fair") == {people["andrew"]}
    assert ids(admin_ws, "vip") == {people["ann"], people["zoe"]}
    assert ids(admin_ws, "newsletter") == {people["zoe"]}
    # FTS syntax in a name is just text.
    assert ids(admin_ws, "Near & Far") == {people["zoe"]}
    assert ids(admin_ws, "near far") == {people["zoe"]}
    by_tag = list_contacts(admin_ws, ContactQuery(tag="vip"))
    assert {r.id for r in by_tag} == {people["ann"], people["zoe"]}
    assert all("vip" in r.tags for r in by_tag)


def test_index_follows_edits(admin_ws: Workspace, people: dict[str, int]) -> None:
    ann = people["ann"]
    data = contacts.get_contact(admin_ws, ann, audit_view=False).to_input()
    data.last_name, data.tags = "Leeward", ["customer"]
    data.emails = [EmailInput("ann@newmail.net")]
    data.phones = []
    contacts.update_contact(admin_ws, ann, data)
    assert ann in ids(admin_ws, "leeward")
    assert ann in ids(admin_ws, "customer")
    assert ann in ids(admin_ws, "newmail")
    assert ann not in ids(admin_ws, "vip")
    assert ann not in ids(admin_ws, "example.com")
    assert ids(admin_ws, "4155550100") == set()


def test_owner_only_contacts_never_appear_in_another_staff_search(
        admin_ws: Workspace, user_ws: Callable[..., Workspace]) -> None:
    owner = user_ws("staff", "owner")
    other = user_ws("staff")
    private = contacts.create_contact(owner, ContactInput(
        first_name="Priscilla", last_name="Private", emails=[EmailInput("pp@example.com")],
        phones=[PhoneInput("+1 212 555 0123")], tags=["secret"], owner_only=True))
    shared = contacts.create_contact(owner, ContactInput(first_name="Priscilla",
                                                         last_name="Public"))
    for query in ("priscilla", "pri", "private", "pp@example.com", "2125550123", "secret",
                  "Priscilla Private"):
        assert private in ids(owner, query) and private in ids(admin_ws, query)
        assert private not in ids(other, query)
    assert ids(other, "priscilla") == {shared}
    assert count_contacts(other, ContactQuery(search="priscilla")) == 1
    assert count_contacts(owner, ContactQuery(search="priscilla")) == 2
    assert list_contacts(other, ContactQuery(tag="secret")) == []


def test_both_query_plans_find_the_same_contacts(admin_ws: Workspace, people: dict[str, int],
                                                 user_ws: Callable[[str], Workspace],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A search matching many contacts walks the list in display order instead of looking
    each match up, and is counted by the search index; the rows, their order and the count
    must not depend on which plan ran, for a user who may not see every contact too."""
    contacts.close_contact(admin_ws, people["bob"])
    staff = user_ws("staff")
    mine = contacts.create_contact(staff, ContactInput(first_name="Annika", owner_only=True))
    contacts.create_contact(admin_ws, ContactInput(first_name="Anneliese", last_name="Lee",
                                                   owner_only=True, tags=["vip"]))
    queries = [ContactQuery(search=s, tag=t, status=st, sort=so, descending=d)
               for s in ("", "an", "vip", "4155550100", "zzz", "lee")
               for t in ("", "vip") for st in ("", "active", "closed")
               for so, d in (("name", False), ("company", True))]

    def run(ws: Workspace) -> list[tuple[list[int], int]]:
        results = []
        for q in queries:
            listed = [r.id for r in list_contacts(ws, q)]
            count = count_contacts(ws, q)
            assert contact_queries.count_and_list(ws, q) == (count, list_contacts(ws, q))
            results.append((listed, count))
        return results

    for ws in (admin_ws, staff):
        for module in (search_sql, contact_queries):
            monkeypatch.setattr(module, "BROAD_MATCHES", 10_000)
        narrow = run(ws)
        for module in (search_sql, contact_queries):
            monkeypatch.setattr(module, "BROAD_MATCHES", 0)
        assert run(ws) == narrow
        assert any(ids for ids, _ in narrow) and any(not ids for ids, _ in narrow)
    # The staff user sees their own private contact but not the admin's.
    assert count_contacts(staff, ContactQuery(search="ann")) == \
        count_contacts(admin_ws, ContactQuery(search="ann")) - 1
    assert mine in {r.id for r in list_contacts(staff, ContactQuery(search="ann"))}
