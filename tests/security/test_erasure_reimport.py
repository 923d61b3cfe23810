"""After erasure the person is recognised when they come back, through an import too, and no
merge history keeps a copy of them."""

from __future__ import annotations

import json
from pathlib import Path

from contactweb.models import Contact, MergeRecord
from contactweb.services.consent import consent
from contactweb.services.contacts import contacts, duplicates
from contactweb.services.contacts.contacts import ContactInput, EmailInput, PhoneInput
from contactweb.services.privacy import erase_contact
from contactweb.vault.workspace import Workspace
from tests.security.test_erasure_leaves_nothing import dump_tables, found
from tests.support.cli_runner import CliRunner

ALL_OPTED_OUT = {"email": "opted_out", "post": "opted_out", "phone": "opted_out",
                 "sms": "opted_out"}


def test_reimport_of_the_erased_vcard_is_flagged_and_confirmed_opted_out(
        cli: CliRunner, admin_ws: Workspace, tmp_path: Path) -> None:
    cid = contacts.create_contact(admin_ws, ContactInput(
        first_name="Ann", last_name="Lee", company="Acme",
        emails=[EmailInput("ann.lee@example.com")], phones=[PhoneInput("+14155550100")]))
    consent.opt_in(admin_ws, cid, "email", "web form 2024-03-01")
    card = tmp_path / "ann.vcf"
    exported = cli("export", str(card), "--format", "vcard4")
    assert exported.code == 0, exported.err
    assert "ann.lee@example.com" in card.read_text("utf-8")
    assert cli("privacy", "erase", str(cid), "--yes").code == 0

    flagged = cli("import", str(card), "--json")
    assert flagged.code == 0, flagged.err
    report = json.loads(flagged.out)
    assert report["created"] == [] and len(report["erased_matches"]) == 1
    with admin_ws.session(readonly=True) as session:
        assert session.query(Contact).count() == 0

    confirmed = cli("import", str(card), "--confirm-erased", "--json")
    assert confirmed.code == 0, confirmed.err
    (back,) = json.loads(confirmed.out)["created"]
    assert consent.status_by_channel(admin_ws, back) == ALL_OPTED_OUT
    assert contacts.get_contact(admin_ws, back, audit_view=False).emails[0].address == \
        "ann.lee@example.com"


def _two_merged(ws: Workspace) -> tuple[int, int, int]:
    keep = contacts.create_contact(ws, ContactInput(
        first_name="Keeper", last_name="Mainrecordia", emails=[EmailInput("keep@example.com")],
        notes="Keeper notes Albatrossia"))
    other = contacts.create_contact(ws, ContactInput(
        first_name="Keeper", last_name="Mainrecordia", emails=[EmailInput("dup@example.com")],
        notes="Duplicate notes Pelicanora"))
    merge_id = duplicates.merge(ws, keep, other)
    return keep, other, merge_id


def test_erasing_a_merged_contact_removes_the_merge_snapshots(admin_ws: Workspace) -> None:
    keep, _other, _merge = _two_merged(admin_ws)
    receipt = erase_contact(admin_ws, keep)
    assert receipt.removed["merge_records"] == 1
    dump, _free, _tables = dump_tables(admin_ws.vault.db_path, admin_ws.raw_key())
    assert found(dump.encode(), {"a": "Albatrossia", "b": "Pelicanora",
                                 "c": "dup@example.com", "d": "Mainrecordia"}) == []


def test_erasing_an_unmerged_contact_removes_the_undone_merge(admin_ws: Workspace) -> None:
    keep, other, merge_id = _two_merged(admin_ws)
    duplicates.unmerge(admin_ws, merge_id)
    erase_contact(admin_ws, other)
    with admin_ws.session(readonly=True) as session:
        assert session.query(MergeRecord).count() == 0
        assert session.get(Contact, keep).notes == "Keeper notes Albatrossia"
    dump, _free, _tables = dump_tables(admin_ws.vault.db_path, admin_ws.raw_key())
    assert found(dump.encode(), {"b": "Pelicanora", "c": "dup@example.com"}) == []
    assert found(dump.encode(), {"a": "Albatrossia"}) == ["a"]
