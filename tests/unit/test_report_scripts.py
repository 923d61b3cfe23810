"""Text in every script prints with an embedded font that has its glyphs."""

from __future__ import annotations

import io
import sys
import unicodedata
from datetime import datetime
from pathlib import Path

import pypdf
import pytest
from reportlab.pdfbase import pdfmetrics

from contactweb.formats.pdf import resources
from contactweb.formats.pdf.data import DirectoryEntry, ReportMeta
from contactweb.formats.pdf.directory import render_directory
from contactweb.formats.pdf.fonts import (
    FONT_BOLD,
    FONT_CJK,
    FONT_REGULAR,
    font_runs,
    register_fonts,
    shape_arabic,
    visual_order,
)

META = ReportMeta("Ελληνικά Έπιπλα Α.Ε.", "Дмитрий", datetime(2025, 3, 14, 9, 0),
                  "Directory")

CJK = ("山田 太郎", "北京家具有限公司", "김 민준", "서울목재", "東京")
CYRILLIC = ("Смирнов", "Дмитрий", "Москва")
GREEK = ("Παπαδοπούλου", "Ελένη", "Αθήνα")
LATIN = ("Wiśniewski", "Łukasz", "Ødegaard", "Zoë")


def embedded_fonts(pdf: bytes) -> set[str]:
    """Base font names used by any page, without the subset prefix ("AAAAAA+")."""
    names = set()
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            names.add(str(font["/BaseFont"]).lstrip("/").split("+")[-1])
            if "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                assert "/FontFile2" in descriptor.get_object(), "TrueType outlines embedded"
    return names


def text_of(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_latin_only_text_needs_no_cjk_font() -> None:
    pdf = render_directory(META_LATIN, [DirectoryEntry("Zoë", "Ødegaard", "Łódź Meble")])
    assert embedded_fonts(pdf) == {"DejaVuSans", "DejaVuSans-Bold"}


META_LATIN = ReportMeta("Möbel Müller", "anna", datetime(2025, 3, 14), "Directory")


def test_cjk_cyrillic_greek_latin_are_embedded_and_extractable() -> None:
    selection = [
        DirectoryEntry("太郎", "山田", "北京家具有限公司", city="東京"),
        DirectoryEntry("민준", "김", "서울목재"),
        DirectoryEntry("Дмитрий", "Смирнов", city="Москва"),
        DirectoryEntry("Ελένη", "Παπαδοπούλου", city="Αθήνα"),
        DirectoryEntry("Łukasz", "Wiśniewski"),
        DirectoryEntry("Zoë", "Ødegaard"),
    ]
    pdf = render_directory(META, selection)
    fonts = embedded_fonts(pdf)
    assert {"DejaVuSans", "DejaVuSans-Bold", "ContactWebCJKFallback"} <= fonts
    assert "Helvetica" not in fonts  # nothing fell back to a font without these scripts
    text = text_of(pdf)
    for word in CJK + CYRILLIC + GREEK + LATIN:
        assert word in text
    assert "Ελληνικά Έπιπλα Α.Ε." in text  # the header, drawn straight on the canvas
    assert "by Дмитрий" in text


def test_arabic_and_hebrew_are_shaped_reordered_and_embedded() -> None:
    pdf = render_directory(META, [
        DirectoryEntry("فاطمة", "الزهراء", "شركة النور للأثاث", city="دبي"),
        DirectoryEntry("שרה", "כהן", "נגרות הגליל", city="תל אביב"),
    ])
    assert {"DejaVuSans"} <= embedded_fonts(pdf)
    text = unicodedata.normalize("NFKC", text_of(pdf))
    # Extraction returns the joined presentation forms; NFKC maps them back to letters.
    for word in ("الزهراء", "فاطمة", "النور", "כהן", "שרה", "הגליל"):
        assert word in text


def test_font_runs_pick_a_font_that_has_each_character() -> None:
    register_fonts()
    runs = font_runs("Anna 山田 Ελένη Пётр שרה فاطمة")
    assert [run.font_name for run in runs] == [FONT_REGULAR, FONT_CJK, FONT_REGULAR]
    for run in runs:
        cmap = pdfmetrics.getFont(run.font_name).face.charToGlyph
        assert all(ord(ch) in cmap for ch in run.text if not ch.isspace())
    assert {run.font_name for run in font_runs("Bold 北京", bold=True)} == {FONT_BOLD, FONT_CJK}


def test_characters_no_font_has_become_a_visible_replacement() -> None:
    # U+0D15 MALAYALAM LETTER KA is in neither bundled font.
    runs = font_runs("ക")
    assert "".join(run.text for run in runs) == "\ufffd"


def test_arabic_letters_join_and_rtl_lines_reverse() -> None:
    shaped = shape_arabic("سلام")
    assert shaped != "سلام"
    assert all("\ufe70" <= ch <= "\ufefc" for ch in shaped)  # presentation forms
    assert visual_order("שלום (עולם) 123") == "123 (םלוע) םולש"  # mirrored parentheses
    assert visual_order("plain text") == "plain text"


def test_long_rtl_paragraph_wraps_before_reordering() -> None:
    from reportlab.platypus import Paragraph

    from contactweb.formats.pdf.styles import STYLES
    from contactweb.formats.pdf.text import BidiParagraph

    words = [f"מילה{i}" for i in range(30)]
    paragraph = BidiParagraph(" ".join(words), STYLES.body)
    paragraph.wrap(200, 1000)
    inner = paragraph._inner
    assert isinstance(inner, Paragraph)
    lines = inner.text.split("<br/>")
    assert len(lines) > 2
    # The first line drawn holds the first words of the sentence, not the last ones.
    first_line_text = unicodedata.normalize("NFKC", lines[0])
    assert "0הלימ" in first_line_text and "29" not in first_line_text


def test_resources_dir_prefers_a_pyinstaller_bundle(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_dir() == tmp_path / "resources"
    monkeypatch.delattr(sys, "_MEIPASS")
    source = resources.resources_dir()
    assert (source / "fonts" / "DejaVuSans.ttf").is_file()
    assert (source / "fonts" / "ContactWebCJKFallback.ttf").is_file()


def test_markup_characters_in_data_are_printed_not_interpreted() -> None:
    pdf = render_directory(META_LATIN, [
        DirectoryEntry("Ann", "Lee", "Bennett & Sons <b>Ltd</b>", title="R&D 北京"),
        DirectoryEntry("Bo", "Ray", "A " * 40 + "& <i>"),  # wraps: goes through a paragraph
    ])
    text = " ".join(text_of(pdf).split())  # cells may wrap
    assert "Bennett & Sons <b>Ltd</b>" in text
    assert "R&D 北京" in text
    assert "& <i>" in text


def test_wrapped_rtl_lines_each_fit_the_width() -> None:
    from contactweb.formats.pdf.fonts import text_width
    from contactweb.formats.pdf.text import _wrap_logical

    text = shape_arabic(" ".join(["مرحبا بالعالم"] * 30) + " " + "א" * 120)
    lines = _wrap_logical(text, 150, 10, False)
    assert len(lines) > 5
    assert all(text_width(line, 10) <= 150 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
