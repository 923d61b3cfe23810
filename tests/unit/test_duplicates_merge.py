"""Finding duplicate pairs, merging two contacts (history kept, opt-outs united, audited) and
undoing a merge exactly: every table as it was, ids included."""

from __future__ import annotations

import datetime
import json

import pytest
from sqlalchemy import text

from contactweb.errors import BadInput, NotFound, PermissionDenied, Refused
from contactweb.models import Draft
from contactweb.services import audit
from contactweb.services.activity import communications, reminders, sales
from contactweb.services.activity.communications import CommunicationInput
from contactweb.services.activity.sales import SaleInput, SaleLineInput
from contactweb.services.consent import consent
from contactweb.services.contacts import contacts, duplicates
from contactweb.services.contacts.contact_queries import ContactQuery, list_contacts
from contactweb.services.contacts.contacts import AddressInput, ContactInput, EmailInput, PhoneInput
from contactweb.services.privacy import place_legal_hold
from contactweb.vault.workspace import Workspace
from tests.integration.test_import_bad_input import vault_dump
from tests.support.cli_runner import CliRunner

# Left out of the comparison: the audit log and the merge record only grow, and the search
# index's own b-tree pages are rebuilt, not copied (its content, contact_fts, is compared).
# Mailbox statements only ever gain opt-outs from a merge: they outlive both records.
NOT_RESTORED = ("audit_events", "merge_records", "contact_fts_data", "contact_fts_idx",
                "mailbox_statements")
# An unmerge is a save of the kept contact: it counts one more save, by whom and when, so
# that an edit begun before it is refused instead of applied over what it put back.
SAVE_COUNTS = ("version", "updated_by", "updated_at")


def restored_rows(ws: Workspace) -> dict[str, list[tuple]]:
    """Every row an unmerge puts back, the contacts' save counts aside."""
    dump = vault_dump(ws, skip=(*NOT_RESTORED, "contacts"))
    with ws.session(readonly=True) as session:
        result = session.execute(text("SELECT * FROM contacts"))
        kept = [i for i, name in enumerate(result.keys()) if name not in SAVE_COUNTS]
        dump["contacts"] = sorted((tuple(row[i] for i in kept) for row in result), key=repr)
    return dump


def person(first: str, last: str, **extra: object) -> ContactInput:
    return ContactInput(first_name=first, last_name=last, **extra)


def with_history(ws: Workspace, contact_id: int, label: str) -> None:
    communications.log_communication(ws, contact_id, CommunicationInput(
        kind="call", subject=f"Call with {label}", body="Discussed the order."))
    sales.add_sale(ws, contact_id, SaleInput([SaleLineInput(f"Widget {label}", 2, 1250)]))
    reminders.add_reminder(ws, contact_id, datetime.datetime(2030, 1, 1, 9), f"Follow up {label}")


@pytest.fixture
def pair(admin_ws: Workspace) -> tuple[int, int]:
    keep = contacts.create_contact(admin_ws, person(
        "John", "Smith", company="Acme", emails=[EmailInput("john@acme.example.com")],
        phones=[PhoneInput("+14155550100", "work")], tags=["Customers"], notes="Keep notes."))
    other = contacts.create_contact(admin_ws, person(
        "Jon", "Smith", company="Acme", title="Buyer", birthday=datetime.date(1970, 5, 1),
        emails=[EmailInput("JOHN@acme.example.com", "home"), EmailInput("js@home.example.org")],
        phones=[PhoneInput("+14155550199", "mobile")], tags=["VIP"], notes="Other notes.",
        addresses=[AddressInput("1 Main St", "Springfield", "IL", "62701", "US", "home")]))
    with_history(admin_ws, keep, "keep")
    with_history(admin_ws, other, "other")
    return keep, other


def test_list_finds_each_kind_of_pair(admin_ws: Workspace) -> None:
    a = contacts.create_contact(admin_ws, person("Ann", "Lee", emails=[EmailInput("ann@x.com")]))
    b = contacts.create_contact(admin_ws, person("Annie", "Lee", emails=[EmailInput("ANN@x.com")]))
    c = contacts.create_contact(admin_ws, person("Bo", "Chan", phones=[PhoneInput("+14155550111")]))
    d = contacts.create_contact(admin_ws, person("Bo", "Chan", phones=[PhoneInput("+1 415 555 0111")]))
    # colleagues on one switchboard number: not a pair
    contacts.create_contact(admin_ws, person("Cy", "Moss", company="Zed",
                                             phones=[PhoneInput("+14155550122")]))
    contacts.create_contact(admin_ws, person("Di", "Ray", company="Zed",
                                             phones=[PhoneInput("+14155550122")]))
    e = contacts.create_contact(admin_ws, person("Katherine", "Johnson", company="NASA"))
    f = contacts.create_contact(admin_ws, person("Katharine", "Johnson", company="nasa"))
    pairs = duplicates.list_duplicates(admin_ws)
    assert [(p.keep_id, p.other_id, p.reason) for p in pairs] == [
        (a, b, "same email"), (c, d, "same phone"), (e, f, "similar name, same company")]


def test_list_shows_a_user_only_what_they_may_see(admin_ws: Workspace, user_ws) -> None:
    staff = user_ws("staff")
    contacts.create_contact(admin_ws, person("Ann", "Lee", emails=[EmailInput("ann@x.com")],
                                             owner_only=True))
    contacts.create_contact(staff, person("Ann", "Lee", emails=[EmailInput("ann@x.com")]))
    assert duplicates.list_duplicates(staff) == []
    assert len(duplicates.list_duplicates(admin_ws)) == 1


def test_merge_keeps_everything_of_both(admin_ws: Workspace, pair: tuple[int, int]) -> None:
    keep, other = pair
    merge_id = duplicates.merge(admin_ws, keep, other)
    with pytest.raises(NotFound):
        contacts.get_contact(admin_ws, other, audit_view=False)
    merged = contacts.get_contact(admin_ws, keep, audit_view=False)
    assert (merged.first_name, merged.title, merged.birthday) == ("John", "Buyer",
                                                                  datetime.date(1970, 5, 1))
    assert [e.address for e in merged.emails] == ["john@acme.example.com", "js@home.example.org"]
    assert [p.number for p in merged.phones] == ["+14155550100", "+14155550199"]
    assert [a.city for a in merged.addresses] == ["Springfield"]
    assert merged.tags == ["Customers", "VIP"]
    assert merged.notes == "Keep notes.\nOther notes."
    subjects = {entry.subject for entry in communications.timeline(admin_ws, keep)}
    assert subjects == {"Call with keep", "Call with other"}
    assert {s.contact_id for s in sales.list_sales(admin_ws)} == {keep}
    assert len(sales.list_sales(admin_ws)) == 2
    texts = {r.text for r in reminders.list_reminders(admin_ws) if r.contact_id == keep}
    assert texts == {"Follow up keep", "Follow up other"}
    # found by search under the merged details
    assert [r.id for r in list_contacts(admin_ws, ContactQuery(search="js@home"))] == [keep]

    (event,) = audit.list_events(admin_ws, action="contact.merge")
    assert (event.object_id, event.details["merged"], event.details["merge"]) == (
        str(keep), other, merge_id)
    assert "Smith" not in json.dumps(event.details)  # no personal data in the audit log


@pytest.mark.parametrize("opted_out_side", ["keep", "other"])
def test_an_opt_out_on_either_side_survives(admin_ws: Workspace, pair: tuple[int, int],
                                            opted_out_side: str) -> None:
    keep, other = pair
    opted, granted = (keep, other) if opted_out_side == "keep" else (other, keep)
    consent.opt_out(admin_ws, opted, "email", evidence="asked by phone")
    # The pair shares a mailbox, so this grant reverses the other side's opt-out.
    consent.opt_in(admin_ws, granted, "email", evidence="web form 2024-03-01",
                   override_reason="asked for the newsletter again")
    consent.opt_in(admin_ws, granted, "post", evidence="signed card")
    duplicates.merge(admin_ws, keep, other)
    status = consent.status_by_channel(admin_ws, keep)
    assert (status["email"], status["post"], status["sms"]) == ("opted_out", "granted", "unknown")
    newest_email = next(e for e in consent.history(admin_ws, keep) if e.channel == "email")
    assert newest_email.status == "opted_out"  # history and state agree


def test_merge_then_unmerge_restores_every_row_exactly(admin_ws: Workspace,
                                                       pair: tuple[int, int]) -> None:
    keep, other = pair
    consent.opt_out(admin_ws, other, "email", evidence="unsubscribe link")
    consent.opt_in(admin_ws, keep, "email", evidence="web form",  # newer: the merge adds one
                   override_reason="the shared mailbox asked again")
    consent.opt_in(admin_ws, keep, "sms", evidence="text reply YES")
    with admin_ws.session() as session:  # a table the merge knows nothing special about
        session.add(Draft(user_id=admin_ws.user_id, kind="letter", contact_id=other))
    before = restored_rows(admin_ws)
    saves = contacts.get_contact(admin_ws, keep, audit_view=False).version
    merge_id = duplicates.merge(admin_ws, keep, other)
    merged = restored_rows(admin_ws)
    assert [row[3] for row in merged["drafts"]] == [keep]
    assert len(merged["consent_events"]) == len(before["consent_events"]) + 1
    assert duplicates.unmerge(admin_ws, merge_id) == (keep, other)
    assert restored_rows(admin_ws) == before
    assert contacts.get_contact(admin_ws, keep, audit_view=False).version == saves + 2
    assert audit.list_events(admin_ws)[0].action == "contact.unmerge"  # newest first
    with pytest.raises(NotFound):
        duplicates.unmerge(admin_ws, merge_id)  # only once


def test_merge_refusals(admin_ws: Workspace, pair: tuple[int, int], user_ws) -> None:
    keep, other = pair
    with pytest.raises(BadInput, match="two different"):
        duplicates.merge(admin_ws, keep, keep)
    with pytest.raises(NotFound):
        duplicates.merge(admin_ws, keep, 9999)
    with pytest.raises(PermissionDenied):
        duplicates.merge(user_ws("readonly"), keep, other)
    place_legal_hold(admin_ws, other, "litigation")
    with pytest.raises(Refused, match="legal hold"):
        duplicates.merge(admin_ws, keep, other)


def test_duplicates_from_the_command_line(cli: CliRunner, admin_ws: Workspace,
                                          pair: tuple[int, int]) -> None:
    keep, other = pair
    listed = json.loads(cli("duplicates", "list", "--json").out)
    assert listed == [{"keep_id": keep, "other_id": other, "reason": "same email"}]
    merged = cli("duplicates", "merge", str(keep), str(other))
    assert merged.code == 0 and f"Merged contact {other} into {keep}" in merged.out
    merge_id = merged.out.split("(merge ")[1].split(";")[0]
    assert json.loads(cli("duplicates", "list", "--json").out) == []
    undone = cli("duplicates", "unmerge", merge_id)
    assert undone.code == 0 and "separate again" in undone.out
    assert contacts.get_contact(admin_ws, other, audit_view=False).first_name == "Jon"
    missing = cli("duplicates", "unmerge", "12345")
    assert missing.code == 1 and "No merge 12345" in missing.err
