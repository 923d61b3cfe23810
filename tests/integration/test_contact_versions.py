"""Two people editing the same contact: the second save is refused with who changed it and
when, nothing is silently overwritten, and the edit can be applied again knowingly."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from contactweb.services.accounts import users
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput, StaleContactEdit
from contactweb.team import team_session
from tests.support.team_vaults import TeamVaultFixture, team_vault  # noqa: F401


def test_a_save_from_an_older_version_is_refused_with_who_and_when(admin_ws, user_ws) -> None:  # noqa: ANN001
    staff = user_ws("staff", "kim")
    cid = contacts.create_contact(admin_ws, ContactInput(first_name="Ann", last_name="Lee",
                                                         notes="first"))
    kims = contacts.get_contact(staff, cid, audit_view=False).to_input()
    admins = contacts.get_contact(admin_ws, cid, audit_view=False).to_input()
    assert kims.version == admins.version == 1

    contacts.update_contact(admin_ws, cid, replace(admins, notes="the admin's notes"))
    with pytest.raises(StaleContactEdit) as refused:
        contacts.update_contact(staff, cid, replace(kims, title="Buyer"))
    assert refused.value.by == "admin" and refused.value.at is not None
    assert str(refused.value).startswith("admin changed this contact at ")
    saved = contacts.get_contact(admin_ws, cid, audit_view=False)
    assert (saved.notes, saved.title, saved.version, saved.updated_by) == (
        "the admin's notes", "", 2, "admin")

    # Kim looks at the change and applies the edit again, over the newer version.
    fresh = contacts.get_contact(staff, cid, audit_view=False).to_input()
    contacts.update_contact(staff, cid, replace(fresh, title="Buyer"))
    saved = contacts.get_contact(admin_ws, cid, audit_view=False)
    assert (saved.notes, saved.title, saved.version, saved.updated_by) == (
        "the admin's notes", "Buyer", 3, "kim")
    # Without a version (the command line, an import) nothing is checked.
    contacts.update_contact(admin_ws, cid, replace(fresh, version=None, title="Owner"))
    assert contacts.get_contact(admin_ws, cid, audit_view=False).version == 4


def test_two_desktops_saving_at_once_never_both_win(
        team_vault: TeamVaultFixture) -> None:  # noqa: F811
    """The version check and the save hold the row: of two desktops saving the same version
    at the same moment exactly one wins, the other is refused."""
    admin = team_session.sign_in(team_vault.profile, "boss", team_vault.admin_password)
    users.add_user(admin, "kim", "staff", "Kim-pass-42!xx", must_change=False)
    kim = team_session.sign_in(team_vault.profile, "kim", "Kim-pass-42!xx")
    cid = contacts.create_contact(admin, ContactInput(first_name="Ann", last_name="Lee"))
    outcomes: list[str] = []
    for round_ in range(5):
        start = threading.Barrier(2)
        base = contacts.get_contact(admin, cid, audit_view=False).to_input()

        def save(ws, title: str, start: threading.Barrier = start,  # noqa: ANN001
                 base: ContactInput = base) -> None:
            start.wait()
            try:
                contacts.update_contact(ws, cid, replace(base, title=title))
                outcomes.append(title)
            except StaleContactEdit:
                outcomes.append("refused")

        threads = [threading.Thread(target=save, args=(ws, f"{ws.username}-{round_}"))
                   for ws in (admin, kim)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        saved = contacts.get_contact(admin, cid, audit_view=False)
        winners = [o for o in outcomes[-2:] if o != "refused"]
        assert len(winners) == 1 and outcomes[-2:].count("refused") == 1
        assert saved.title == winners[0] and saved.version == base.version + 1
    kim.lock()
    admin.lock()
