"""An import the reader is not sure of goes to the column mapping page, never to a guess."""

from __future__ import annotations

from pathlib import Path

from contactweb.ui.interchange.import_file_page import read_contact_file

HEADER = "Vorname,Zweitname,Nachname,Spitzname,Email,Gruppe,Verteiler,Messenger,Privat,Arbeit\n"


def test_an_unsure_layout_yields_the_header_for_the_mapping_page(tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(HEADER + "Ann,,Lee,,ann@example.com,,,,,\n", encoding="utf-8")
    _data, fmt, outcome, _entries, _whole = read_contact_file(path, None)
    assert fmt == "csv"
    assert outcome == HEADER.strip().split(",")  # the mapping page's columns, no contacts


def test_a_known_layout_is_read_straight_away() -> None:
    path = Path(__file__).resolve().parents[1] / "fixtures/interchange/csv/yahoo_export.csv"
    _data, _fmt, outcome, entries, whole = read_contact_file(path, None)
    assert outcome.format_name == "csv yahoo" and len(outcome.records) == 2
    assert (entries, whole) == (2, True)


def test_a_long_csv_file_is_read_only_as_far_as_the_preview_needs(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text("First Name,Last Name\n" + "".join(f"P{i},Lee\n" for i in range(30)))
    reading = read_contact_file(path, None, limit=12)
    assert [r.first_name for r in reading.outcome.records] == [f"P{i}" for i in range(12)]
    assert (reading.entries_expected, reading.whole) == (30, False)
