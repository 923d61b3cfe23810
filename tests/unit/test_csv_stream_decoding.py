"""A CSV file read as a stream is decoded a block at a time: its character set chosen on a
head sample, a character split between two blocks kept whole, memory the same for a long
file as for a short one, and a file larger than a whole-file import allows still read."""

from __future__ import annotations

import codecs
import tracemalloc
from pathlib import Path

import pytest

from contactweb.errors import BadInput
from contactweb.formats.interchange import csv_text, read_csv, stream_csv
from contactweb.services.importing import importer

HEADER = "First Name,Last Name,Organization Name,E-mail 1 - Value,Notes\r\n"
NAMES = ["Zoë", "Jürgen", "Łucja", "Ærøskøbing", "Ðorđe", "Chloé", "Søren", "Ève"]


def google_text(rows: int, names: list[str] = NAMES, note: str = "") -> str:
    lines = [HEADER]
    for i in range(rows):
        lines.append(f"{names[i % len(names)]},Müller-{i},Café {i % 9},p{i}@example.com,"
                     f"{note}\r\n")
    return "".join(lines)


def streamed(path: Path) -> tuple[list[tuple[str, str, str, str]], list[str]]:
    stream = stream_csv(lambda: path.open("rb"), path.name)
    rows = [(r.first_name, r.last_name, r.company, r.notes) for r in stream.records]
    return rows, [p.reason for p in stream.problems]


@pytest.fixture
def small_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks of a few bytes and a head of 4 KB: every multibyte character of a test file
    falls on a block boundary somewhere, and the file is far larger than its head."""
    monkeypatch.setattr(csv_text, "BLOCK_BYTES", 61)
    monkeypatch.setattr(csv_text, "HEAD_BYTES", 4096)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom"])
def test_characters_split_between_blocks_are_read_whole(tmp_path: Path, small_blocks: None,
                                                        encoding: str) -> None:
    text = google_text(400, note="€ 5 – “quoted”")
    path = tmp_path / "contacts.csv"
    if encoding == "utf-16-be-bom":
        path.write_bytes(codecs.BOM_UTF16_BE + text.encode("utf-16-be"))
    else:
        path.write_bytes(text.encode(encoding))  # utf-16: Python writes its BOM (LE here)
    assert path.stat().st_size > 4 * csv_text.HEAD_BYTES
    rows, problems = streamed(path)
    assert len(rows) == 400 and problems == []
    assert rows[0] == ("Zoë", "Müller-0", "Café 0", "€ 5 – “quoted”")
    assert [r[0] for r in rows[:8]] == NAMES
    assert all("\ufffd" not in value for row in rows for value in row)


@pytest.mark.parametrize(("codec", "name"), [("cp1252", "Zoë"), ("cp1250", "Łucja")])
def test_a_legacy_code_page_is_chosen_on_the_head(tmp_path: Path, small_blocks: None,
                                                 codec: str, name: str) -> None:
    names = ["Zoë", "Chloé", "Jürgen"] if codec == "cp1252" else ["Łucja", "Żaneta", "Ślęzak"]
    path = tmp_path / "legacy.csv"
    path.write_bytes(google_text(600, names).encode(codec))
    rows, problems = streamed(path)
    assert [r[0] for r in rows[:3]] == names and rows[0][0] == name
    assert rows[599][1] == "Müller-599" if codec == "cp1252" else rows[599][1].endswith("599")
    assert not [p for p in problems if "replaced" in p]


def test_an_ascii_head_leaves_the_choice_to_the_first_other_bytes(
        tmp_path: Path, small_blocks: None) -> None:
    ascii_rows = google_text(300, ["Ann", "Bob"]).replace("Müller", "Miller") \
        .replace("Café", "Cafe")
    later = "Zoë,Ørsted,Société Générale,z@example.com,\r\n".encode("cp1252")
    path = tmp_path / "late.csv"
    path.write_bytes(ascii_rows.encode("ascii") + later)
    rows, problems = streamed(path)
    assert rows[-1][:3] == ("Zoë", "Ørsted", "Société Générale")
    assert len(rows) == 301 and not [p for p in problems if "replaced" in p]


def test_a_damaged_byte_late_in_a_utf8_file_is_replaced_and_noted(
        tmp_path: Path, small_blocks: None) -> None:
    path = tmp_path / "damaged.csv"
    path.write_bytes(google_text(300).encode("utf-8")
                     + "Bj\xf6rn,Borg,,b@example.com,\r\n".encode("latin-1"))
    rows, problems = streamed(path)
    assert rows[-1][0] == "Bj\ufffdrn" and rows[0][0] == "Zoë"
    assert problems.count("some bytes are not text in any encoding a contact file uses; "
                          "they were replaced") == 1


def test_a_small_file_streams_as_it_reads_whole(tmp_path: Path) -> None:
    for data in (google_text(50).encode("utf-16"), google_text(50, ["Zoë"]).encode("cp1252"),
                 google_text(50).encode("utf-8-sig")):
        whole = read_csv(data, "c.csv")
        stream = stream_csv(data, "c.csv")
        assert list(stream.records) == whole.records and stream.problems == whole.problems


def test_binary_and_empty_files_are_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    with pytest.raises(BadInput, match="binary data"):
        importer.stream_file(path)
    path.write_bytes(b"  \r\n")
    with pytest.raises(BadInput, match="empty"):
        importer.stream_file(path)


def test_a_file_over_the_whole_file_limit_is_streamed(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes(google_text(2_000).encode("utf-8"))
    monkeypatch.setattr(importer, "MAX_FILE_BYTES", 10_000)
    with pytest.raises(BadInput, match="larger than"):
        importer.parse_file(path)
    stream = importer.stream_file(path)
    assert sum(1 for _ in stream.records) == 2_000
    monkeypatch.setattr(importer, "MAX_STREAMED_BYTES", 10_000)
    with pytest.raises(BadInput, match="no contact file"):
        importer.stream_file(path)


def reading_peak(path: Path, rows: int) -> int:
    path.write_bytes(google_text(rows).encode("utf-8"))
    tracemalloc.start()
    try:
        count = sum(1 for _ in importer.stream_file(path).records)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        assert count == rows


def test_reading_memory_does_not_grow_with_the_rows(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # Both files longer than the head sample (what is read to choose the character set) and
    # than a few blocks.
    monkeypatch.setattr(csv_text, "HEAD_BYTES", 64 * 1024)
    monkeypatch.setattr(csv_text, "BLOCK_BYTES", 16 * 1024)
    short = reading_peak(tmp_path / "short.csv", 3_000)
    long = reading_peak(tmp_path / "long.csv", 15_000)  # five times the rows
    assert long < 1.3 * short, (short, long)
