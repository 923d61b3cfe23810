"""Hostile and broken files: each gets a clear error or a list of bad rows with reasons, and
a failed import leaves every table of the vault exactly as it was."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

import pytest
from sqlalchemy import text

from contactweb.errors import BadInput
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import count_contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.services.importing import importer
from contactweb.vault.workspace import Workspace
from tests.support.cli_runner import CliRunner

# Tables a signed-in command line run writes to whatever it does (its sign-in is audited).
SIGN_IN_TABLES = ("audit_events", "users")


def vault_dump(ws: Workspace, skip: tuple[str, ...] = ()) -> dict[str, list[tuple]]:
    """Every row of every table, the search index and its own tables included. Row ids are
    in the rows (the ``id`` columns); the search index's rowid is its contact id."""
    dump: dict[str, list[tuple]] = {}
    with ws.session(readonly=True) as session:
        names = session.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name" if session.get_bind().dialect.name == "sqlite" else
            "SELECT table_name FROM information_schema.tables WHERE table_schema = "
            "current_schema() ORDER BY table_name")).scalars().all()
        for name in names:
            if name not in skip:
                columns = "rowid, *" if name == "contact_fts" else "*"
                dump[name] = sorted((tuple(row) for row in session.execute(
                    text(f'SELECT {columns} FROM "{name}"'))), key=repr)
    return dump


@pytest.fixture
def seeded(admin_ws: Workspace) -> Workspace:
    """A vault with something in it, so that "unchanged" means something."""
    contacts.create_contact(admin_ws, ContactInput(
        first_name="Existing", last_name="Person", emails=[EmailInput("existing@example.com")],
        tags=["Customers"]))
    return admin_ws


def refused(ws: Workspace, path: Path) -> str:
    """Import ``path`` expecting a refusal; returns the message, checks nothing changed."""
    before = vault_dump(ws)
    with pytest.raises(BadInput) as error:
        importer.import_records(ws, importer.parse_file(path))
    assert vault_dump(ws) == before
    assert "Traceback" not in str(error.value)
    return str(error.value)


def test_a_vcard_nested_2000_levels_deep(seeded: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "nested.vcf"
    path.write_text("".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Level {i}\r\nN:{i};Level;;;\r\n"
                            for i in range(2000)) + "END:VCARD\r\n" * 2000)
    message = refused(seeded, path)
    assert "nested more than 10 deep" in message and "Nothing was imported" in message

    report = importer.import_records(seeded, importer.parse_file(path), skip_bad_rows=True)
    assert len(report.created) == 10 and "nested" in report.bad_rows[0].reason


def test_a_50_mb_photo(seeded: Workspace, tmp_path: Path) -> None:
    encoded = base64.b64encode(b"\xff\xd8" + os.urandom(50 * 1024 * 1024)).decode("ascii")
    folded = "\r\n ".join(encoded[i:i + 74] for i in range(0, len(encoded), 74))
    path = tmp_path / "big-photo.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Huge;Photo;;;\r\nFN:Photo Huge\r\n"
                    f"PHOTO;ENCODING=b;TYPE=JPEG:{folded}\r\nEND:VCARD\r\n"
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Small;Sam;;;\r\nFN:Sam Small\r\nEND:VCARD\r\n")
    del encoded, folded
    message = refused(seeded, path)
    assert "larger than 1 MiB" in message and "big-photo.vcf#1" in message

    report = importer.import_records(seeded, importer.parse_file(path), skip_bad_rows=True)
    (created,) = report.created  # the second card; the first is listed, not half-imported
    assert contacts.get_contact(seeded, created, audit_view=False).last_name == "Small"
    assert [b.location for b in report.bad_rows] == ["big-photo.vcf#1"]


@pytest.mark.parametrize("name", ["garbage.vcf", "garbage.csv", "garbage.json", "garbage"])
def test_binary_garbage(seeded: Workspace, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(os.urandom(200_000))
    message = refused(seeded, path)
    assert "garbage" in message and any(
        word in message for word in ("binary", "not valid JSON", "not UTF-8"))


def test_a_csv_with_10000_columns(seeded: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    header = ",".join(["First Name", "Last Name"] + [f"Column {i}" for i in range(9998)])
    path.write_text(header + "\n" + ",".join(["Ann", "Lee"] + ["x"] * 9998) + "\n")
    assert "10000 columns" in refused(seeded, path)


def test_a_row_of_10000_cells_under_a_normal_header_is_a_bad_row(seeded: Workspace,
                                                                 tmp_path: Path) -> None:
    path = tmp_path / "one-wide-row.csv"
    path.write_text("First Name,Last Name,E-mail Address\nAnn,Lee,ann@example.com\n"
                    + ",".join(["x"] * 10_000) + "\n")
    assert "row 3" in refused(seeded, path)
    report = importer.import_records(seeded, importer.parse_file(path), skip_bad_rows=True)
    assert len(report.created) == 1 and "10000 cells" in report.bad_rows[0].reason


def test_invalid_utf8_in_a_csv(seeded: Workspace, tmp_path: Path) -> None:
    # A damaged byte keeps the rest of its row: stored with U+FFFD, and the report says where.
    path = tmp_path / "damaged.csv"
    path.write_bytes("First Name,Last Name,E-mail Address\nJosé,Núñez,jose@example.com\n"
                     .encode() + b"Bad\xff\xfeName,X\xc3,bad@example.com\n"
                     + "Zoë,Ünal,zoe@example.com\n".encode())
    report = importer.import_records(seeded, importer.parse_file(path))
    stored = [contacts.get_contact(seeded, c, audit_view=False) for c in report.created]
    assert [c.first_name for c in stored] == ["José", "Bad\ufffd\ufffdName", "Zoë"]
    assert stored[1].last_name == "X\ufffd" and stored[1].emails[0].address == "bad@example.com"
    assert report.bad_rows == []
    assert any(p.location.endswith("row 3") and "\ufffd in their place" in p.reason
               for p in report.problems)


def test_invalid_utf8_in_a_vcard(seeded: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "damaged.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nN;CHARSET=UTF-8:Lee;Ann\xff\xfe;;;\r\n"
                     b"EMAIL:ann@example.com\r\nEND:VCARD\r\n")
    report = importer.import_records(seeded, importer.parse_file(path))
    (card,) = [contacts.get_contact(seeded, c, audit_view=False) for c in report.created]
    assert (card.first_name, card.last_name) == ("Ann\ufffd\ufffd", "Lee")
    assert [e.address for e in card.emails] == ["ann@example.com"]
    assert any("not valid UTF-8" in p.reason for p in report.problems)


@pytest.fixture
def one_bad_row(tmp_path: Path) -> Path:
    path = tmp_path / "one-bad-row.csv"
    path.write_text("First Name,Last Name,E-mail 1 - Value,Labels\n"
                    "Ann,Lee,ann@example.com,Customers\n"
                    f"Bob,Bad,bob@example.com,{'x' * 101}\n"
                    "Cy,Good,cy@example.com,\n")
    return path


def test_one_bad_row_stops_the_import_unless_bad_rows_are_skipped(
        cli: CliRunner, seeded: Workspace, one_bad_row: Path) -> None:
    before = vault_dump(seeded, skip=SIGN_IN_TABLES)
    result = cli("import", str(one_bad_row))
    assert result.code == 1 and result.out == ""
    assert "1 entry cannot be imported" in result.err and "row 3" in result.err
    assert "A tag is at most 100 characters" in result.err and "Traceback" not in result.err
    assert vault_dump(seeded, skip=SIGN_IN_TABLES) == before

    result = cli("import", str(one_bad_row), "--skip-bad-rows", "--json")
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert len(report["created"]) == 2 and count_contacts(seeded) == 3
    assert [b["location"] for b in report["bad_rows"]] == ["csv:one-bad-row.csv:row 3"]


def test_a_name_longer_than_the_column_is_a_bad_row(seeded: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text(f"First Name,Last Name\nAnn,{'L' * 201}\n")
    assert "last name is longer than 200 characters" in refused(seeded, path)


@pytest.mark.parametrize("content,expected", [
    (b"", "is empty"), (b"   \n\n", "is empty"),
    ("Nom de famille;Prénom\nLee;Ann\n".encode(), "no header row I recognise"),
])
def test_files_that_say_nothing_usable(seeded: Workspace, tmp_path: Path, content: bytes,
                                       expected: str) -> None:
    path = tmp_path / "odd.csv"
    path.write_bytes(content)
    assert expected in refused(seeded, path)


def test_a_missing_file_and_a_bad_mapping_on_the_command_line(cli: CliRunner,
                                                              tmp_path: Path) -> None:
    missing = cli("import", str(tmp_path / "nope.csv"))
    assert missing.code == 1 and "Cannot read" in missing.err
    path = tmp_path / "x.csv"
    path.write_text("Nom de famille;Prénom\nLee;Ann\n")
    bad_json = cli("import", str(path), "--map", "{not json")
    assert bad_json.code == 1 and "--map is not valid JSON" in bad_json.err
    bad_field = cli("import", str(path), "--map", '{"Nom de famille": "shoe_size"}')
    assert bad_field.code == 1 and "unknown field 'shoe_size'" in bad_field.err
    unmapped = cli("import", str(path))
    assert unmapped.code == 1 and "give a column mapping" in unmapped.err
    mapped = cli("import", str(path), "--map",
                 '{"Nom de famille": "last_name", "Prénom": "first_name"}', "--json")
    assert mapped.code == 0, mapped.err
    (cid,) = json.loads(mapped.out)["created"]
    shown = cli("contact", "show", str(cid), "--json")
    assert shown.code == 0 and json.loads(shown.out)["first_name"] == "Ann"
