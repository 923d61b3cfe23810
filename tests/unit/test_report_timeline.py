"""Long dossier timelines: every communication printed whole, and the quick text paths print
exactly what the general ones would."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import datetime, timedelta

import pypdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from contactweb.formats.pdf import sample_data
from contactweb.formats.pdf.data import CommunicationItem, ReportMeta
from contactweb.formats.pdf.dossier import render_dossier
from contactweb.formats.pdf.fonts import (
    FONT_BOLD,
    FONT_REGULAR,
    _runs_char_by_char,
    font_runs,
    surely_wider_than,
    text_width,
)
from contactweb.formats.pdf.styles import STYLES
from contactweb.formats.pdf.text import BidiParagraph, WrapOnceParagraph, cell_paragraphs
from contactweb.formats.pdf.toolkit import data_table

META = ReportMeta("Lindenhof Furniture Ltd", "Maria Keller", datetime(2025, 3, 14, 10, 32),
                  "Contact dossier")
START = datetime(2025, 1, 6, 9, 30)


def pages_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def timeline(count: int, body: str) -> list[CommunicationItem]:
    return [CommunicationItem(START - timedelta(hours=i), ("call", "email", "meeting")[i % 3],
                              ("in", "out")[i % 2], f"Follow-up number {i}",
                              body.format(i=i), "Tom Baker", i % 40)
            for i in range(count)]


def test_every_communication_of_a_long_timeline_is_printed_on_numbered_pages() -> None:
    items = timeline(150, "Order{i}x talked about the delivery date and the invoice. " * 2)
    pdf = render_dossier(META, replace(sample_data.sample_dossier(), communications=items))
    pages = pages_of(pdf)
    text = "\n".join(pages)
    for i, item in enumerate(items):
        assert f"{item.occurred_at:%Y-%m-%d %H:%M}" in text
        assert f"Follow-up number {i}\n" in text
        assert text.count(f"Order{i}x") == 2, i
    assert text.count("meeting") >= 50 and text.count("out") >= 75
    for number, page in enumerate(pages, start=1):
        assert "Lindenhof Furniture Ltd" in page
        assert f"Page {number} of {len(pages)}" in page
    assert len(pages) > 10


def test_a_word_longer_than_its_column_is_wrapped_not_cut() -> None:
    word = "Pneumonoultramicroscopicsilicovolcanoconiosis" * 4
    items = timeline(3, word + " end{i}.")
    text = "\n".join(pages_of(render_dossier(
        META, replace(sample_data.sample_dossier(), communications=items))))
    assert word not in text  # it spans several lines...
    assert text.replace("\n", "").count(word) == 3  # ...and nothing of it is lost


def test_plain_lines_become_one_paragraph_each() -> None:
    cell = cell_paragraphs("Walnut range\nAsked for prices on 40 chairs.  ", STYLES.cell)
    assert isinstance(cell, list)
    assert [p.text for p in cell] == ["Walnut range", "Asked for prices on 40 chairs."]
    escaped = cell_paragraphs("A <b> & B\nThanks \U0001f389", STYLES.cell)
    assert [p.text for p in escaped] == ["A &lt;b&gt; &amp; B", "Thanks \ufffd"]


@pytest.mark.parametrize("text", [
    "Subject\nשלום עולם",  # right to left
    "Subject\n納期は五月です",  # CJK breaks between characters
    "Subject\n\nafter a blank line",
    "Subject\n  indented body",
    "Subject\ntwo  spaces",
])
def test_other_text_keeps_the_general_paragraph(text: str) -> None:
    cell = cell_paragraphs(text, STYLES.cell)
    assert isinstance(cell, Paragraph | BidiParagraph)
    if "שלום" in text:
        assert isinstance(cell, BidiParagraph)


def test_a_paragraph_breaks_its_lines_once_per_width(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[float] = []
    original = Paragraph.breakLines

    def counting(self: Paragraph, widths: list[float]) -> object:
        calls.append(widths[-1])
        return original(self, widths)

    monkeypatch.setattr(Paragraph, "breakLines", counting)
    paragraph = WrapOnceParagraph("word " * 60, STYLES.cell)
    first = paragraph.wrap(200, 1000)
    assert paragraph.wrap(200, 500) == first
    assert paragraph.wrap(200, 1000) == first
    assert calls == [200]
    narrower = paragraph.wrap(100, 1000)
    assert narrower[1] > first[1]  # a new width is broken anew
    assert calls == [200, 100]


LETTERS = st.sampled_from(
    list("abcXYZ09 .,-&<") + ["\t", "\n", "\xa0", "é", "Ø", "ł", "ș", "Ω", "Ж", "ש", "ع",
                              "山", "김", "\x01", "\U0001f389", "\u0300"]
)


@settings(max_examples=300, deadline=None)
@given(st.text(LETTERS, max_size=30), st.booleans())
def test_font_runs_quick_path_matches_the_lookup_per_character(text: str, bold: bool) -> None:
    assert font_runs(text, bold) == _runs_char_by_char(text, FONT_BOLD if bold else FONT_REGULAR)


@settings(max_examples=300, deadline=None)
@given(st.text(LETTERS, max_size=60), st.floats(10, 300), st.booleans())
def test_a_line_ruled_out_unmeasured_is_really_too_wide(line: str, width: float,
                                                        bold: bool) -> None:
    if surely_wider_than(line, width, 8, bold):
        assert text_width(line, 8, bold) > width


def test_long_latin_lines_are_ruled_out_and_short_ones_measured() -> None:
    assert surely_wider_than("Talked about the order. " * 8, 220, 8)
    assert not surely_wider_than("Follow-up number 12", 220, 8)
    assert not surely_wider_than("\u200a" * 400, 220, 8)  # hair spaces: measure them


def test_short_cells_stay_plain_strings_unless_a_glyph_is_missing() -> None:
    table = data_table(("By", "Kind"), [["Tom Baker", "call"], ["Tom \U0001f389", "call"]],
                       (80, 40))
    cells = table._cellvalues  # noqa: SLF001 - what the table will draw
    assert cells[1] == ["Tom Baker", "call"]
    printed = cells[2][0]
    assert not isinstance(printed, str) and "\ufffd" in printed.text


def test_reportlab_uses_its_c_speed_ups() -> None:
    from reportlab.lib import rl_accel

    # Without the rl-accel package ReportLab silently measures and formats text in Python.
    assert not rl_accel._py_funcs, f"pure-Python fallbacks in use: {sorted(rl_accel._py_funcs)}"
