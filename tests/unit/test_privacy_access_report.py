"""The access report: valid against its schema, complete, and about one person only."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import jsonschema
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from contactweb.errors import BadInput, NotFound, PermissionDenied
from contactweb.models import Attachment, Communication, ConsentEvent, Reminder, Sale
from contactweb.services import audit
from contactweb.services.privacy import export_access_report, load_schema
from contactweb.vault.workspace import Workspace
from tests.security.test_erasure_leaves_nothing import PERSON, make_person
from tests.support.cli_runner import CliRunner

NEIGHBOUR = {
    "first": "Neighbourine", "last": "Othersdottir", "email": "neighbourine@example.com",
    "email2": "n.other@example.com", "phone": "+14155550999", "street": "1 Faraway Close",
    "city": "Elsewhereton", "notes": "Neighbour private notes Zanzibarish",
    "tag": "neighbourtag", "subject": "Neighbour call subject", "body": "Neighbour body text Ozymand",
    "recording": "NEIGHBOUR-RECORDING-BYTES", "filename": "neighbour.wav",
    "sale_note": "Neighbour sale note Quetzal", "reminder": "Neighbour reminder Yggdrasilx",
    "evidence": "Neighbour evidence Kilimanjarox", "wording": "Neighbour wording Fjordlandx",
    "draft": "Neighbour draft Borealisx", "merged": "Neighbour merged Tundrax",
}


@pytest.fixture
def two_people(admin_ws: Workspace) -> tuple[int, int]:
    person = make_person(admin_ws, PERSON, with_everything=True)
    neighbour = make_person(admin_ws, NEIGHBOUR, with_everything=True)
    return person, neighbour


def all_bytes_in(folder: Path) -> bytes:
    parts = []
    for path in sorted(folder.rglob("*")):
        if path.suffix == ".pdf":
            parts.append("\n".join(page.extract_text() for page in
                                   PdfReader(path).pages).encode())
        elif path.is_file():
            parts.append(path.read_bytes())
    return b"\n".join(parts)


def test_report_validates_and_holds_every_record(admin_ws: Workspace, two_people,
                                                 tmp_path: Path) -> None:  # noqa: ANN001
    person, _neighbour = two_people
    path = export_access_report(admin_ws, person, tmp_path / "report")
    report = json.loads(path.read_text("utf-8"))
    jsonschema.validate(report, load_schema())
    assert report["schema_version"] == 1
    contact = report["contact"]
    assert (contact["first_name"], contact["last_name"]) == (PERSON["first"], PERSON["last"])
    assert [e["address"] for e in contact["emails"]] == [PERSON["email"], PERSON["email2"]]
    assert [p["number"] for p in contact["phones"]] == [PERSON["phone"]]
    assert contact["addresses"][0]["street"] == PERSON["street"]
    assert contact["tags"] == [PERSON["tag"]]
    with admin_ws.session(readonly=True) as s:
        comm_ids = set(s.execute(select(Communication.id).where(
            Communication.contact_id == person)).scalars())
        attachment_ids = set(s.execute(select(Attachment.id).join(Communication).where(
            Communication.contact_id == person)).scalars())
        sale_ids = set(s.execute(select(Sale.id).where(Sale.contact_id == person)).scalars())
        reminder_ids = set(s.execute(select(Reminder.id).where(
            Reminder.contact_id == person)).scalars())
        consent_ids = set(s.execute(select(ConsentEvent.id).where(
            ConsentEvent.contact_id == person)).scalars())
    assert {c["id"] for c in report["communications"]} == comm_ids and len(comm_ids) == 2
    attachments = [a for c in report["communications"] for a in c["attachments"]]
    assert {a["id"] for a in attachments} == attachment_ids and len(attachment_ids) == 1
    assert {s["id"] for s in report["sales"]} == sale_ids and len(sale_ids) == 1
    assert report["sales"][0]["notes"] == PERSON["sale_note"]
    assert report["sales"][0]["lines"][0]["total_cents"] == 90000
    assert {r["id"] for r in report["reminders"]} == reminder_ids and len(reminder_ids) == 1
    assert {h["id"] for h in report["consent"]["history"]} == consent_ids
    assert report["consent"]["current"] == {"email": "granted", "post": "unknown",
                                            "phone": "unknown", "sms": "opted_out"}
    assert [m["to_address"] for m in report["outbox_messages"]] == [PERSON["email"]]
    assert report["merged_records"][0]["snapshot"] == {"first_name": PERSON["merged"]}
    assert report["drafts"][0]["payload"] == {"notes": PERSON["draft"]}
    events = audit.events_about(admin_ws, "contact", str(person))
    assert events[0].action == "privacy.export"  # newest first; written after the report
    assert [e["id"] for e in report["audit_events"]] == sorted(e.id for e in events[1:])
    assert "contact.create" in {e["action"] for e in report["audit_events"]}


def test_attachments_are_files_beside_the_json(admin_ws: Workspace, two_people,
                                               tmp_path: Path) -> None:  # noqa: ANN001
    person, _ = two_people
    path = export_access_report(admin_ws, person, tmp_path / "report")
    report = json.loads(path.read_text("utf-8"))
    (attachment,) = [a for c in report["communications"] for a in c["attachments"]]
    data = (path.parent / attachment["file"]).read_bytes()
    assert data == PERSON["recording"].encode() * 40
    assert hashlib.sha256(data).hexdigest() == attachment["sha256"]
    assert attachment["filename"] == PERSON["filename"]


def test_no_other_contact_data_appears_anywhere(admin_ws: Workspace, two_people,
                                               tmp_path: Path) -> None:  # noqa: ANN001
    person, _ = two_people
    folder = export_access_report(admin_ws, person, tmp_path / "report").parent
    everything = all_bytes_in(folder).lower()
    leaked = [k for k, v in NEIGHBOUR.items() if v.lower().encode() in everything]
    assert leaked == []
    # The same scan does find the person's own data, in the JSON and in the PDF.
    assert PERSON["notes"].lower().encode() in everything
    pdf = "\n".join(p.extract_text() for p in
                    PdfReader(folder / "what-we-hold-about-you.pdf").pages)
    assert "What we hold about you" in pdf
    assert PERSON["last"] in pdf and NEIGHBOUR["last"] not in pdf


def test_export_is_audited_without_personal_data(admin_ws: Workspace, two_people,
                                                 tmp_path: Path) -> None:  # noqa: ANN001
    person, _ = two_people
    export_access_report(admin_ws, person, tmp_path / "report")
    (event,) = [e for e in audit.list_events(admin_ws, action="privacy.export")]
    assert (event.object_type, event.object_id) == ("contact", str(person))
    assert event.details == {"files": 1, "pdf": True}


def test_refuses_a_non_empty_folder_and_changes_nothing(admin_ws: Workspace, two_people,
                                                        tmp_path: Path) -> None:  # noqa: ANN001
    person, _ = two_people
    folder = tmp_path / "used"
    folder.mkdir()
    (folder / "someone-else.json").write_text("{}")
    with pytest.raises(BadInput, match="not empty"):
        export_access_report(admin_ws, person, folder)
    assert [p.name for p in folder.iterdir()] == ["someone-else.json"]
    assert audit.list_events(admin_ws, action="privacy.export") == []


def test_staff_may_not_export_and_unknown_contact_is_not_found(
        admin_ws: Workspace, user_ws, two_people, tmp_path: Path) -> None:  # noqa: ANN001
    person, _ = two_people
    with pytest.raises(PermissionDenied):
        export_access_report(user_ws("staff"), person, tmp_path / "a")
    with pytest.raises(NotFound):
        export_access_report(admin_ws, 99999, tmp_path / "b")
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()


def test_cli_export(cli: CliRunner, admin_ws: Workspace, two_people,
                   tmp_path: Path) -> None:  # noqa: ANN001
    person, _ = two_people
    result = cli("privacy", "export", str(person), "--out", str(tmp_path / "out"))
    assert result.code == 0, result.err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "access-report.json", "files", "what-we-hold-about-you.pdf"]
    again = cli("privacy", "export", str(person), "--out", str(tmp_path / "out"))
    assert again.code == 1 and "not empty" in again.err
