"""Erasure: permissions, legal hold, the receipt, the command line, and coming back."""

from __future__ import annotations

import builtins
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from contactweb.cli import privacy_commands
from contactweb.errors import NotFound, PermissionDenied, Refused
from contactweb.models import AuditEvent, Contact, ErasureRecord
from contactweb.services import audit
from contactweb.services.consent import consent
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput, PhoneInput
from contactweb.services.privacy import (
    erase_contact,
    erasure_receipt,
    list_erasures,
    place_legal_hold,
    release_legal_hold,
    write_receipt_pdf,
)
from contactweb.services.privacy.erasure_match import ErasedContactMatch
from contactweb.vault.workspace import Workspace
from tests.conftest import ROLE_PASSWORDS
from tests.security.test_erasure_leaves_nothing import PERSON, make_person
from tests.support.cli_runner import CliRunner


def simple_contact(ws: Workspace, first: str = "Ann", last: str = "Lee",
                   email: str = "ann.lee@example.com", phone: str = "+14155550100") -> int:
    return contacts.create_contact(ws, ContactInput(
        first_name=first, last_name=last, emails=[EmailInput(email)],
        phones=[PhoneInput(phone)] if phone else []))


def contact_exists(ws: Workspace, contact_id: int) -> bool:
    with ws.session(readonly=True) as session:
        return session.get(Contact, contact_id) is not None


def test_legal_hold_blocks_erasure_and_changes_nothing(admin_ws: Workspace) -> None:
    cid = simple_contact(admin_ws)
    place_legal_hold(admin_ws, cid, "Dispute 2025-17")
    with pytest.raises(Refused, match="legal hold"):
        erase_contact(admin_ws, cid)
    assert contact_exists(admin_ws, cid)
    assert list_erasures(admin_ws) == []
    release_legal_hold(admin_ws, cid)
    erase_contact(admin_ws, cid)
    assert not contact_exists(admin_ws, cid)


def test_only_managers_and_admins_erase(admin_ws: Workspace, user_ws) -> None:  # noqa: ANN001
    cid = simple_contact(admin_ws)
    with pytest.raises(PermissionDenied):
        erase_contact(user_ws("staff"), cid)
    assert contact_exists(admin_ws, cid)
    receipt = erase_contact(user_ws("manager"), cid)
    assert receipt.erased_by == "manager"
    with pytest.raises(NotFound):
        erase_contact(admin_ws, cid)


def test_audit_events_about_the_erased_contact_hold_only_its_id(admin_ws: Workspace) -> None:
    cid = make_person(admin_ws, PERSON, with_everything=True)
    receipt = erase_contact(admin_ws, cid)
    events = audit.events_about(admin_ws, "contact", str(cid))
    assert events[0].action == "privacy.erase"
    assert events[0].details == {"erasure": receipt.erasure_id, "reason": "request"}
    with admin_ws.session(readonly=True) as session:
        text = json.dumps([(e.username, e.action, e.object_type, e.object_id, e.details)
                           for e in session.query(AuditEvent)]).lower()
    assert [k for k, v in PERSON.items() if v.lower() in text] == []


def test_recreated_contact_is_flagged_and_starts_opted_out(admin_ws: Workspace) -> None:
    cid = simple_contact(admin_ws)
    receipt = erase_contact(admin_ws, cid)
    # Same email under another name, or same name with nothing else: both are recognised.
    for again in (ContactInput(first_name="A.", last_name="L.",
                               emails=[EmailInput("ANN.LEE@example.com")]),
                  ContactInput(first_name="ann", last_name="LEE")):
        with pytest.raises(ErasedContactMatch) as caught:
            contacts.create_contact(admin_ws, again)
        assert caught.value.record_id == receipt.erasure_id
    back = contacts.create_contact(admin_ws, ContactInput(
        first_name="Ann", last_name="Lee", emails=[EmailInput("ann.lee@example.com")]),
        confirm_erased=True)
    assert consent.status_by_channel(admin_ws, back) == {
        "email": "opted_out", "post": "opted_out", "phone": "opted_out", "sms": "opted_out"}
    # Someone else entirely is not flagged.
    simple_contact(admin_ws, "Bea", "Moss", "bea@example.com", "+14155550111")


def test_receipt_can_be_shown_and_printed(admin_ws: Workspace, tmp_path: Path) -> None:
    cid = make_person(admin_ws, PERSON, with_everything=True)
    receipt = erase_contact(admin_ws, cid)
    assert erasure_receipt(admin_ws, receipt.erasure_id) == receipt
    text = receipt.as_text()
    assert f"Erasure record {receipt.erasure_id}" in text and "Communications: 2" in text
    assert PERSON["last"] not in text
    pdf = write_receipt_pdf(admin_ws, receipt, tmp_path / "receipt.pdf")
    pdf_text = "\n".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert f"Erasure record {receipt.erasure_id}" in pdf_text
    assert PERSON["last"] not in pdf_text and PERSON["email"] not in pdf_text
    with pytest.raises(NotFound):
        erasure_receipt(admin_ws, receipt.erasure_id + 1)


def test_cli_refuses_without_terminal_or_yes(cli: CliRunner, admin_ws: Workspace) -> None:
    cid = simple_contact(admin_ws)
    result = cli("privacy", "erase", str(cid))
    assert result.code == 1 and "--yes" in result.err
    assert contact_exists(admin_ws, cid)


def test_cli_asks_for_the_name_on_a_terminal(cli: CliRunner, admin_ws: Workspace,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    cid = simple_contact(admin_ws)
    monkeypatch.setattr(privacy_commands, "_is_terminal", lambda: True)
    monkeypatch.setattr(builtins, "input", lambda prompt: "Ann Leigh")
    wrong = cli("privacy", "erase", str(cid))
    assert wrong.code == 1 and "did not match" in wrong.err
    assert contact_exists(admin_ws, cid)
    monkeypatch.setattr(builtins, "input", lambda prompt: "  ann   lee ")
    right = cli("privacy", "erase", str(cid))
    assert right.code == 0, right.err
    assert not contact_exists(admin_ws, cid)
    assert "Erasure record" in right.out and "Ann" not in right.out


def test_cli_erase_yes_then_receipt(cli: CliRunner, admin_ws: Workspace,
                                    tmp_path: Path) -> None:
    cid = simple_contact(admin_ws)
    erased = cli("privacy", "erase", str(cid), "--yes", "--json")
    assert erased.code == 0, erased.err
    data = json.loads(erased.out)
    assert data["removed"]["contact"] == 1 and data["removed"]["emails"] == 1
    shown = cli("privacy", "receipt", str(data["erasure_id"]), "--pdf",
                str(tmp_path / "r.pdf"))
    assert shown.code == 0, shown.err
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    listed = json.loads(cli("privacy", "erasures", "--json").out)
    assert [r["erasure_id"] for r in listed] == [data["erasure_id"]]
    missing = cli("privacy", "receipt", "424242")
    assert missing.code == 1 and "No erasure record" in missing.err


def test_cli_hold_and_release(cli: CliRunner, admin_ws: Workspace, user_ws) -> None:  # noqa: ANN001
    cid = simple_contact(admin_ws)
    user_ws("manager")
    denied = cli("privacy", "hold", str(cid), "--reason", "x", user="manager",
                 password=ROLE_PASSWORDS["manager"])
    assert denied.code == 1
    assert cli("privacy", "hold", str(cid), "--reason", "  ").code == 1
    assert cli("privacy", "hold", str(cid), "--reason", "Tax audit").code == 0
    blocked = cli("privacy", "erase", str(cid), "--yes")
    assert blocked.code == 1 and "legal hold" in blocked.err
    assert cli("privacy", "release", str(cid)).code == 0
    assert cli("privacy", "erase", str(cid), "--yes").code == 0
    actions = [e.action for e in audit.list_events(admin_ws, action="privacy.")]
    assert actions[:3] == ["privacy.erase", "privacy.release", "privacy.hold"]
    with admin_ws.session(readonly=True) as session:
        assert session.query(ErasureRecord).count() == 1
