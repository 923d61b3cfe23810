"""Merges listed with their undo, both sides with their counts, and a choice per field."""

from __future__ import annotations

from datetime import date

import pytest

from contactweb.errors import BadInput
from contactweb.models import utcnow
from contactweb.services.activity import communications, sales
from contactweb.services.activity.communications import CommunicationInput
from contactweb.services.activity.sales import SaleInput, SaleLineInput
from contactweb.services.consent import consent
from contactweb.services.contacts import contacts, duplicates, merge_history
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.vault.workspace import Workspace


def two_anns(ws: Workspace) -> tuple[int, int]:
    keep = contacts.create_contact(ws, ContactInput(
        first_name="Ann", last_name="Lee", company="Lee Ltd", title="Owner",
        emails=[EmailInput("ann@example.com")]))
    other = contacts.create_contact(ws, ContactInput(
        first_name="Anne", last_name="Lee", company="Lee & Daughters",
        emails=[EmailInput("ann@example.com")]))
    return keep, other


def test_both_sides_with_their_counts_and_the_fields_that_differ(admin_ws: Workspace) -> None:
    keep, other = two_anns(admin_ws)
    communications.log_communication(admin_ws, other, CommunicationInput(
        "call", occurred_at=utcnow(), subject="Asked for a quote"))
    sales.add_sale(admin_ws, other, SaleInput([SaleLineInput("Tulips", 2, 500)], "won",
                                              "USD", date.today()))
    consent.opt_out(admin_ws, keep, "email", "Asked to stop")
    left, right = merge_history.merge_sides(admin_ws, keep, other)
    assert (left.communications, left.sales, left.consent) == (0, 0, {"email": "opted_out"})
    assert (right.communications, right.sales) == (1, 1)
    assert merge_history.differing_fields(left.details, right.details) == [
        "first_name", "company"]


def test_a_field_taken_from_the_other_side_and_the_merge_listed_until_undone(
        admin_ws: Workspace) -> None:
    keep, other = two_anns(admin_ws)
    merge_id = duplicates.merge(admin_ws, keep, other, take_from_other={"company"})
    merged = contacts.get_contact(admin_ws, keep, audit_view=False)
    assert (merged.first_name, merged.company, merged.title) == (
        "Ann", "Lee & Daughters", "Owner")
    (listed,) = merge_history.list_merges(admin_ws)
    assert (listed.id, listed.kept_name, listed.merged_name, listed.undone) == (
        merge_id, "Ann Lee", "Anne Lee", False)
    duplicates.unmerge(admin_ws, merge_id)
    assert contacts.get_contact(admin_ws, keep, audit_view=False).company == "Lee Ltd"
    assert contacts.get_contact(admin_ws, other, audit_view=False).first_name == "Anne"
    assert merge_history.list_merges(admin_ws)[0].undone is True


def test_only_single_value_fields_can_be_chosen(admin_ws: Workspace) -> None:
    keep, other = two_anns(admin_ws)
    with pytest.raises(BadInput):
        duplicates.merge(admin_ws, keep, other, take_from_other={"notes"})
    assert contacts.get_contact(admin_ws, other, audit_view=False).first_name == "Anne"


def test_the_command_line_lists_merges_and_takes_a_field_from_the_other(
        admin_ws: Workspace, cli) -> None:  # noqa: ANN001
    import json

    keep, other = two_anns(admin_ws)
    merged = cli("duplicates", "merge", str(keep), str(other), "--take-from-other", "company")
    assert merged.code == 0, merged.err
    assert contacts.get_contact(admin_ws, keep, audit_view=False).company == "Lee & Daughters"
    (listed,) = json.loads(cli("duplicates", "merges", "--json").out)
    assert (listed["kept_id"], listed["merged_id"], listed["undone"]) == (keep, other, False)
    assert "can be undone" in cli("duplicates", "merges").out
    assert cli("duplicates", "unmerge", str(listed["id"])).code == 0
    assert "undone" in cli("duplicates", "merges").out
    refused = cli("duplicates", "merge", str(keep), str(other), "--take-from-other", "notes")
    assert refused.code == 2  # not a field one can choose
