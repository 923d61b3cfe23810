"""Letters and labels for post contain exactly the eligible names (read back from the PDF)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from contactweb.services.activity import communications
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import AddressInput
from contactweb.vault.workspace import Workspace
from tests.support.cli_runner import CliRunner
from tests.support.mailing_server import ContactSpec, add_contacts, configure

HOME = AddressInput("12 Orchard Road", "Springfield", "IL", "62704", "US")
ABROAD = AddressInput("Lindenstraße 4", "Hamburg", "", "20095", "DE")


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


@pytest.fixture
def people(admin_ws: Workspace) -> tuple[dict[int, str], dict[int, str]]:
    """Eligible id -> full name, excluded id -> full name. Surnames are unique words."""
    specs = [ContactSpec(f"Ann{n}", surname, None, "unknown", "granted", addr, ("spring",))
             for n, (surname, addr) in enumerate([("Applewood", HOME), ("Birchley", ABROAD),
                                                   ("Cedarholm", HOME), ("Dogwoodson", HOME),
                                                   ("Elmsworth", ABROAD)])]
    specs += [
        ContactSpec("Bea", "Fernhollow", None, "granted", "opted_out", HOME, ("spring",)),
        ContactSpec("Cal", "Gorseby", None, "unknown", "unknown", HOME, ("spring",)),
        ContactSpec("Dee", "Hazelmere", None, "unknown", "granted",
                    AddressInput("", "Springfield", "IL", "", "US"), ("spring",)),
        ContactSpec("Eve", "Ivytree", "eve@example.org", "granted", "granted", None),
        ContactSpec("Fay", "Junipero", None, "unknown", "granted", HOME),
    ]
    ids = add_contacts(admin_ws, specs)
    contacts.close_contact(admin_ws, ids[-1])
    names = {cid: f"{s.first} {s.last}" for cid, s in zip(ids, specs, strict=True)}
    eligible = {cid: names[cid] for cid in ids[:5]}
    return eligible, {cid: n for cid, n in names.items() if cid not in eligible}


def test_letters_hold_one_letter_per_eligible_contact_and_no_one_else(
        admin_ws: Workspace, cli: CliRunner, tmp_path: Path,
        people: tuple[dict[int, str], dict[int, str]]) -> None:
    eligible, excluded = people
    configure(admin_ws, 25)
    template = tmp_path / "letter.txt"
    template.write_text("Subject: Spring open day\nDear {first_name} {last_name},\n\n"
                        "we open our doors on Saturday.\n\nKind regards", encoding="utf-8")
    out = tmp_path / "letters.pdf"
    result = cli("mailing", "letters", "--template", str(template), "--out", str(out),
                 "--json")
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert report["included"] == 5
    assert {e["contact_id"]: e["code"] for e in report["excluded"]} == {
        cid: code for cid, code in zip(excluded, ["opted_out", "no_consent", "no_address",
                                                  "no_address", "closed"], strict=True)}
    text = _pdf_text(out)
    for name in eligible.values():
        assert text.count(f"Dear {name},") == 1
    for name in excluded.values():
        assert name.split()[1] not in text
    assert "GERMANY" in text and "SPRINGFIELD, IL 62704" in text  # the post's capitals
    entry = communications.timeline(admin_ws, next(iter(eligible)))[0]
    assert (entry.kind, entry.direction, entry.subject) == ("letter", "out", "Spring open day")


@pytest.mark.parametrize("layout", ["5160", "L7160"])
def test_labels_hold_exactly_the_eligible_names(
        admin_ws: Workspace, cli: CliRunner, tmp_path: Path, layout: str,
        people: tuple[dict[int, str], dict[int, str]]) -> None:
    eligible, excluded = people
    configure(admin_ws, 25)
    out = tmp_path / f"labels-{layout}.pdf"
    result = cli("mailing", "labels", "--out", str(out), "--layout", layout, "--tag", "spring")
    assert result.code == 0, result.err
    assert "Wrote 5 labels" in result.out
    text = _pdf_text(out)
    found = {line.strip() for line in text.splitlines()}
    assert set(eligible.values()) <= found
    assert not any(name.split()[1] in text for name in excluded.values())


def test_unknown_merge_field_in_a_letter_template_is_refused(
        admin_ws: Workspace, cli: CliRunner, tmp_path: Path,
        people: tuple[dict[int, str], dict[int, str]]) -> None:
    configure(admin_ws, 25)
    template = tmp_path / "letter.txt"
    template.write_text("Dear {firstname},", encoding="utf-8")
    out = tmp_path / "letters.pdf"
    result = cli("mailing", "letters", "--template", str(template), "--out", str(out))
    assert result.code == 1
    assert "Unknown merge field {firstname}" in result.err and "{first_name}" in result.err
    assert not out.exists()


def test_nothing_to_print_is_refused(admin_ws: Workspace, cli: CliRunner,
                                     tmp_path: Path) -> None:
    configure(admin_ws, 25)
    add_contacts(admin_ws, [ContactSpec("Only", "Emailperson", "o@example.org")])
    result = cli("mailing", "labels", "--out", str(tmp_path / "x.pdf"))
    assert result.code == 1 and "No one" in result.err
    assert not (tmp_path / "x.pdf").exists()


def test_nothing_to_print_lists_everyone_left_out_with_the_reason(
        admin_ws: Workspace, cli: CliRunner, tmp_path: Path) -> None:
    configure(admin_ws, 25)
    add_contacts(admin_ws, [ContactSpec("Gwen", "Unasked", None, "unknown", "unknown", HOME),
                            ContactSpec("Hank", "Refuser", None, "unknown", "opted_out", HOME)])
    result = cli("mailing", "labels", "--out", str(tmp_path / "x.pdf"))
    assert result.code == 1 and "No one" in result.err
    assert "Gwen Unasked" in result.out and "no express consent for post" in result.out
    assert "Hank Refuser" in result.out and "opted out of post" in result.out
    assert not (tmp_path / "x.pdf").exists()
