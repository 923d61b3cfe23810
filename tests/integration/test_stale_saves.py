"""Beyond a contact's details: closing or reopening it, merging it, correcting a logged
communication and moving a sale on are refused when begun from an older version than the
saved one, with who changed it and when; nothing is silently overwritten, and the change can
be made again knowingly. On both backends; then two desktops racing on the team server."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace

import pytest

from contactweb.errors import Refused
from contactweb.services.accounts import users
from contactweb.services.activity import communications as comms
from contactweb.services.activity import sales
from contactweb.services.activity.communications import CommunicationInput
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput, StaleContactEdit
from contactweb.services.contacts.duplicates import merge, unmerge
from contactweb.services.stale_edits import StaleEdit
from contactweb.team import team_session
from tests.support.team_vaults import TeamVaultFixture, team_vault  # noqa: F401


def _version(ws, cid: int) -> int:  # noqa: ANN001
    return contacts.get_contact(ws, cid, audit_view=False).version


def test_closing_a_contact_someone_changed_since_is_refused(admin_ws, user_ws) -> None:  # noqa: ANN001
    kim = user_ws("staff", "kim")
    cid = contacts.create_contact(admin_ws, ContactInput(first_name="Ann", last_name="Lee"))
    seen = _version(kim, cid)
    admins = contacts.get_contact(admin_ws, cid, audit_view=False).to_input()
    contacts.update_contact(admin_ws, cid, replace(admins, notes="moved to Ohio"))
    with pytest.raises(StaleContactEdit) as refused:
        contacts.close_contact(kim, cid, version=seen)
    assert refused.value.by == "admin" and str(refused.value).startswith(
        "admin changed this contact at ")
    assert contacts.get_contact(admin_ws, cid, audit_view=False).status == "active"

    contacts.close_contact(kim, cid, version=_version(kim, cid))
    closed = contacts.get_contact(admin_ws, cid, audit_view=False)
    assert (closed.status, closed.version, closed.updated_by) == ("closed", 3, "kim")
    # A close is a save: an edit begun before it is refused too, a reopen from it passes.
    with pytest.raises(StaleContactEdit, match="kim changed this contact"):
        contacts.update_contact(admin_ws, cid, replace(admins, title="Buyer"))
    contacts.reopen_contact(admin_ws, cid, version=3)
    assert contacts.get_contact(kim, cid, audit_view=False).status == "active"


def test_a_merge_of_a_contact_changed_since_is_refused(admin_ws, user_ws) -> None:  # noqa: ANN001
    kim = user_ws("staff", "kim")
    keep = contacts.create_contact(admin_ws, ContactInput(
        first_name="Ann", last_name="Lee", emails=[EmailInput("ann@example.com")]))
    other = contacts.create_contact(admin_ws, ContactInput(
        first_name="Ann", last_name="Lee", emails=[EmailInput("ann.lee@example.com")]))
    side_by_side = {keep: _version(kim, keep), other: _version(kim, other)}
    others = contacts.get_contact(admin_ws, other, audit_view=False).to_input()
    contacts.update_contact(admin_ws, other, replace(others, title="Director"))
    with pytest.raises(StaleContactEdit) as refused:
        merge(kim, keep, other, versions=side_by_side)
    assert refused.value.contact_id == other and refused.value.by == "admin"
    assert contacts.get_contact(admin_ws, other, audit_view=False).title == "Director"

    merge_id = merge(kim, keep, other,
                     versions={keep: _version(kim, keep), other: _version(kim, other)})
    kept = contacts.get_contact(admin_ws, keep, audit_view=False)
    assert (kept.title, kept.version, kept.updated_by) == ("Director", 2, "kim")
    # Undoing it is a save too: neither an edit begun before the merge nor one begun
    # after it is applied over what the unmerge put back.
    after_merge = kept.to_input()
    unmerge(kim, merge_id)
    for seen in (1, 2):
        with pytest.raises(StaleContactEdit, match="^kim changed this contact"):
            contacts.update_contact(admin_ws, keep, replace(after_merge, version=seen))
    assert contacts.get_contact(admin_ws, keep, audit_view=False).version == 3
    merge(kim, keep, other)
    with pytest.raises(StaleContactEdit):  # a merge is a save of the kept contact
        merge(admin_ws, keep, contacts.create_contact(
            admin_ws, ContactInput(first_name="Ann", last_name="Lee")),
            versions={keep: side_by_side[keep]})


def test_correcting_a_communication_someone_corrected_since_is_refused(
        admin_ws, user_ws) -> None:  # noqa: ANN001
    kim = user_ws("staff", "kim")
    cid = contacts.create_contact(admin_ws, ContactInput(first_name="Ann", last_name="Lee"))
    logged = comms.log_communication(kim, cid, CommunicationInput(kind="call", subject="Hi"))
    seen = comms.get_communication(kim, logged)
    assert seen.version == 1
    comms.update_communication(admin_ws, logged, CommunicationInput(
        kind="call", subject="Price of the blue one", version=seen.version))
    with pytest.raises(StaleEdit) as refused:
        comms.update_communication(kim, logged, CommunicationInput(
            kind="call", subject="Hello", version=seen.version))
    assert refused.value.by == "admin" and refused.value.at is not None
    assert str(refused.value).startswith("admin changed this communication at ")
    assert comms.get_communication(admin_ws, logged).subject == "Price of the blue one"

    fresh = comms.get_communication(kim, logged)
    comms.update_communication(kim, logged, CommunicationInput(
        kind="call", subject="Price of the blue one, and hello", version=fresh.version))
    saved = comms.get_communication(admin_ws, logged)
    assert (saved.subject, saved.version) == ("Price of the blue one, and hello", 3)
    comms.update_communication(admin_ws, logged, CommunicationInput(kind="call", subject="x"))
    assert comms.get_communication(admin_ws, logged).version == 4  # no version: no check


def test_moving_a_sale_on_from_an_older_version_is_refused(admin_ws, user_ws) -> None:  # noqa: ANN001
    kim = user_ws("staff", "kim")
    cid = contacts.create_contact(admin_ws, ContactInput(first_name="Ann", last_name="Lee"))
    sale_id = sales.add_sale(kim, cid, sales.SaleInput(lines=[sales.SaleLineInput(
        product="Blue chair", quantity=2, unit_price_cents=4_500)]))
    (seen,) = sales.list_sales(kim, sales.SaleFilter(contact_id=cid))
    sales.set_status(admin_ws, sale_id, "won", version=seen.version)
    with pytest.raises(StaleEdit, match="^admin changed this sale at "):
        sales.set_status(kim, sale_id, "lost", version=seen.version)
    (now,) = sales.list_sales(kim, sales.SaleFilter(contact_id=cid))
    assert (now.status, now.version) == ("won", 2)
    sales.set_status(kim, sale_id, "invoiced", version=now.version)
    assert sales.list_sales(admin_ws, sales.SaleFilter(contact_id=cid))[0].status == "invoiced"


def _race(first: Callable[[], object], second: Callable[[], object]) -> list[str]:
    """Both at the same moment; what each came to ('saved' or 'refused')."""
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def run(action: Callable[[], object]) -> None:
        start.wait()
        try:
            action()
            outcomes.append("saved")
        except Refused:
            outcomes.append("refused")

    threads = [threading.Thread(target=run, args=(a,)) for a in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sorted(outcomes)


def test_two_desktops_racing_on_status_communications_sales_and_merges(
        team_vault: TeamVaultFixture) -> None:  # noqa: F811
    """Each pair of saves begun from one version at the same moment: exactly one wins."""
    admin = team_session.sign_in(team_vault.profile, "boss", team_vault.admin_password)
    users.add_user(admin, "kim", "staff", "Kim-pass-42!xx", must_change=False)
    kim = team_session.sign_in(team_vault.profile, "kim", "Kim-pass-42!xx")
    try:
        for _round in range(3):
            _race_once(admin, kim)
    finally:
        kim.lock()
        admin.lock()


def _race_once(admin, kim) -> None:  # noqa: ANN001
    cid = contacts.create_contact(admin, ContactInput(first_name="Ann", last_name="Lee"))
    base = contacts.get_contact(admin, cid, audit_view=False).to_input()
    assert _race(lambda: contacts.close_contact(admin, cid, version=base.version),
                 lambda: contacts.update_contact(kim, cid, replace(base, title="Buyer"))) == [
        "refused", "saved"]
    assert _version(admin, cid) == base.version + 1

    logged = comms.log_communication(kim, cid, CommunicationInput(kind="note"))
    assert _race(lambda: comms.update_communication(admin, logged, CommunicationInput(
                     kind="note", subject="boss", version=1)),
                 lambda: comms.update_communication(kim, logged, CommunicationInput(
                     kind="note", subject="kim", version=1))) == ["refused", "saved"]
    assert comms.get_communication(admin, logged).version == 2

    sale_id = sales.add_sale(kim, cid, sales.SaleInput(lines=[sales.SaleLineInput(
        product="Blue chair", quantity=1, unit_price_cents=100)]))
    assert _race(lambda: sales.set_status(admin, sale_id, "won", version=1),
                 lambda: sales.set_status(kim, sale_id, "lost", version=1)) == [
        "refused", "saved"]

    twin = contacts.create_contact(admin, ContactInput(first_name="Ann", last_name="Lee"))
    seen = {c: _version(admin, c) for c in (cid, twin)}
    assert _race(lambda: merge(admin, cid, twin, versions=seen),
                 lambda: merge(kim, cid, twin, versions=seen)) == ["refused", "saved"]
