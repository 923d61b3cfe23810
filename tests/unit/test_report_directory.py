"""Contact directory PDF: content, grouping, page numbering on a large selection."""

from __future__ import annotations

import io
from datetime import datetime

import pypdf
import pytest

from contactweb.formats.pdf.data import DirectoryEntry, ReportMeta
from contactweb.formats.pdf.directory import (
    display_name,
    group_entries,
    group_letter,
    render_directory,
)

META = ReportMeta("Nordlicht Tischlerei GmbH", "anna.k", datetime(2025, 3, 14, 10, 32),
                  "Contact directory")


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def entries(count: int) -> list[DirectoryEntry]:
    surnames = ("Adler", "Becker", "Černý", "Dubois", "Ørsted", "Zeller")
    return [
        DirectoryEntry(f"Person{i}", f"{surnames[i % len(surnames)]}{i}", f"Firm {i % 13}",
                       "Buyer", (f"+49 30 555 {i:04d}",), (f"p{i}@example.com",), "Berlin")
        for i in range(count)
    ]


def test_directory_lists_given_contacts_and_nobody_else() -> None:
    selection = [
        DirectoryEntry("Amélie", "Dubois", "Atelier Dubois", "Owner", ("+33 1 42 68 53 00",),
                       ("amelie@dubois.example",), "Paris"),
        DirectoryEntry("", "", "Oakridge Interiors Inc.", "", ("+1 212 555 0199",),
                       ("orders@oakridge.example",), "New York"),
    ]
    text = "\n".join(pages_text(render_directory(META, selection)))
    assert "Dubois, Amélie" in text
    assert "amelie@dubois.example" in text
    assert "+33 1 42 68 53 00" in text
    assert "Oakridge Interiors Inc." in text
    assert "Paris" in text and "New York" in text
    assert "Zimmermann" not in text
    assert "2 contacts" in text
    # Header and footer on the page.
    assert "Nordlicht Tischlerei GmbH" in text
    assert "Made 2025-03-14 10:32 by anna.k" in text
    assert "Confidential – contains personal data" in text


def test_groups_run_a_to_z_by_last_name_then_company() -> None:
    selection = [
        DirectoryEntry("Zoë", "Zimmermann"),
        DirectoryEntry("José", "Álvarez"),
        DirectoryEntry(company="Bennett & Sons"),
        DirectoryEntry("Дмитрий", "Смирнов"),
        DirectoryEntry("太郎", "山田"),
        DirectoryEntry("Anna", "adams"),
    ]
    groups = group_entries(selection)
    assert [letter for letter, _ in groups] == ["A", "B", "Z", "С", "#"]
    assert [display_name(e) for e in groups[0][1]] == ["adams, Anna", "Álvarez, José"]
    assert display_name(DirectoryEntry("太郎", "山田")) == "山田 太郎"
    assert group_letter("Élodie") == "E"
    assert group_letter("") == "#"


def test_page_count_grows_with_the_selection() -> None:
    small = pypdf.PdfReader(io.BytesIO(render_directory(META, entries(20))))
    large = pypdf.PdfReader(io.BytesIO(render_directory(META, entries(400))))
    assert len(small.pages) == 1
    assert len(large.pages) > len(small.pages) + 3


def test_five_thousand_entries_number_every_page_of_the_real_total() -> None:
    selection = entries(5000)
    reader = pypdf.PdfReader(io.BytesIO(render_directory(META, selection)))
    total = len(reader.pages)
    assert total > 50
    first, middle, last = (reader.pages[i].extract_text() for i in (0, total // 2, -1))
    assert f"Page 1 of {total}" in first
    assert f"Page {total // 2 + 1} of {total}" in middle
    assert f"Page {total} of {total}" in last
    # A group split across pages repeats its heading row; the last row is on the last page.
    assert "Emails" in middle
    last_group = group_entries(selection)[-1][1]
    assert last_group[-1].emails[0] in last


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_page_size_follows_meta(page_size: str) -> None:
    meta = ReportMeta("Shop", "u", datetime(2025, 1, 1), "Directory", page_size=page_size)
    page = pypdf.PdfReader(io.BytesIO(render_directory(meta, entries(3)))).pages[0]
    width = float(page.mediabox.width)
    assert width == pytest.approx(612 if page_size == "Letter" else 595.3, abs=0.5)


def test_render_writes_the_file_it_returns(tmp_path) -> None:
    target = tmp_path / "directory.pdf"
    returned = render_directory(META, entries(3), target)
    assert target.read_bytes() == returned
    assert returned.startswith(b"%PDF")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".report-")]
