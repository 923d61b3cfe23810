"""Which reader a file goes to, and what a reader's own failure looks like to the user."""

from __future__ import annotations

from pathlib import Path

import pytest

from contactweb.errors import BadInput
from contactweb.formats.interchange import InterchangeError
from contactweb.services.importing import importer

VCARD = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nN:Lee;Ann;;;\r\nEND:VCARD\r\n"


@pytest.mark.parametrize("name,data,expected", [
    ("a.vcf", b"anything", "vcard"), ("a.VCARD", b"", "vcard"), ("a.json", b"", "json"),
    ("a.csv", VCARD, "csv"),  # the name says CSV: the CSV reader says what is wrong
    ("a.txt", VCARD, "vcard"), ("export", VCARD.decode().encode("utf-16"), "vcard"),
    ("a.txt", b'\xef\xbb\xbf {"contacts": []}', "json"), ("a.tsv", b"First\tLast\n", "csv"),
    ("contacts", b"First Name,Last Name\nAnn,Lee\n", "csv"),
])
def test_guess_format(name: str, data: bytes, expected: str) -> None:
    assert importer.guess_format(Path(name), data) == expected


def test_a_vcard_saved_as_text_imports(tmp_path: Path) -> None:
    path = tmp_path / "contacts.txt"
    path.write_bytes(VCARD)
    parsed = importer.parse_file(path)
    assert [r.last_name for r in parsed.records] == ["Lee"]


def test_an_unknown_format_is_refused() -> None:
    with pytest.raises(BadInput, match="use csv, vcard, ldif, json"):
        importer.parse_bytes(b"x", "x.dat", "xml")


def test_a_reader_that_fails_unexpectedly_gives_a_message_not_a_traceback(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(data: bytes, name: str) -> None:
        raise ValueError("internal detail")

    monkeypatch.setattr(importer, "read_vcards", broken)
    with pytest.raises(BadInput, match=r"x.vcf could not be read as vcard \(ValueError\)"):
        importer.parse_bytes(VCARD, "x.vcf", "vcard")


def test_reader_errors_become_bad_input(monkeypatch: pytest.MonkeyPatch) -> None:
    def refusing(data: bytes, name: str) -> None:
        raise InterchangeError(f"{name} is not a vCard file")

    monkeypatch.setattr(importer, "read_vcards", refusing)
    with pytest.raises(BadInput, match="x.vcf is not a vCard file"):
        importer.parse_bytes(VCARD, "x.vcf", "vcard")
