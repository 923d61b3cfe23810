"""Mail-merge letters and address labels."""

from __future__ import annotations

import io
import re
from datetime import date, datetime

import pypdf
import pytest
from reportlab.lib.units import inch, mm

from contactweb.formats.pdf import sample_data
from contactweb.formats.pdf.data import Letter, MailRecipient, ReportMeta
from contactweb.formats.pdf.labels import AVERY_5160, AVERY_L7160, LabelSheet, render_labels
from contactweb.formats.pdf.letters import render_letters

META = ReportMeta("Lindenhof Furniture Ltd", "Maria Keller", datetime(2025, 3, 14, 10, 32),
                  "Letters")


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def recipient(number: int) -> MailRecipient:
    return MailRecipient(f"Recipient {number:03d}", (f"{number} Harbor Street", "Boston, MA"))


def letter(number: int, body: str = "Dear reader,\n\nThank you.") -> Letter:
    return Letter(recipient(number), body, date(2025, 3, 14), "Showroom days")


def test_each_letter_starts_on_its_own_page_with_its_own_text() -> None:
    letters = [letter(1, "Dear One,\n\nYour order 111 has shipped."),
               letter(2, "Dear Two,\n\nYour order 222 has shipped."),
               letter(3, "Dear Three,\n\nYour order 333 has shipped.")]
    texts = pages_text(render_letters(META, sample_data.sample_sender(), letters))
    assert len(texts) == 3
    for number, text in enumerate(texts, start=1):
        assert f"Recipient {number:03d}" in text
        assert f"Your order {number}{number}{number} has shipped." in text
        assert "14 March 2025" in text
        assert "Unit 4, Canal Wharf" in text  # letterhead
        others = {1, 2, 3} - {number}
        assert not any(f"Recipient {other:03d}" in text for other in others)
        assert "Page" not in text  # one-page letters carry no page numbers


def test_a_long_letter_numbers_its_own_pages() -> None:
    long_body = "\n\n".join(f"Paragraph {i}: " + "walnut and oak " * 40 for i in range(14))
    letters = [letter(1), letter(2, long_body), letter(3)]
    texts = pages_text(render_letters(META, sample_data.sample_sender(), letters))
    assert len(texts) >= 4
    second_letter = [t for t in texts if "Paragraph" in t]
    pages = len(second_letter)
    assert pages >= 2
    assert f"Page 1 of {pages}" in second_letter[0]
    assert f"Page {pages} of {pages}" in second_letter[-1]
    assert "Paragraph 13" in second_letter[-1]
    assert "Recipient 003" in texts[-1] and "Page" not in texts[-1]


def test_letters_in_other_scripts_and_us_letter_size() -> None:
    meta = ReportMeta("Lindenhof", "Maria", datetime(2025, 3, 14), "Letters", page_size="Letter")
    pdf = render_letters(meta, sample_data.sample_sender(), sample_data.sample_letters())
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == len(sample_data.sample_letters())
    assert float(reader.pages[0].mediabox.width) == pytest.approx(612)
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "山田 太郎" in text and "東京都渋谷区渋谷2-21-1" in text
    assert "Дмитрий Смирнов" in text


def labels_per_page(pdf: bytes) -> list[int]:
    return [len(re.findall(r"Recipient \d{3}", text)) for text in pages_text(pdf)]


@pytest.mark.parametrize(("sheet", "expected"), [
    (AVERY_5160, [30, 30, 5]),
    (AVERY_L7160, [21, 21, 21, 2]),
])
def test_labels_fill_whole_sheets(sheet: LabelSheet, expected: list[int]) -> None:
    pdf = render_labels(META, [recipient(n) for n in range(65)], sheet)
    assert labels_per_page(pdf) == expected


def test_a_partly_used_sheet_starts_at_the_given_position() -> None:
    pdf = render_labels(META, [recipient(n) for n in range(40)], AVERY_5160, first_position=5)
    assert labels_per_page(pdf) == [26, 14]


def test_sheet_geometry_matches_the_avery_specification() -> None:
    assert AVERY_5160.page_size == pytest.approx((8.5 * inch, 11 * inch))
    assert AVERY_5160.per_page == 30
    assert AVERY_5160.left_margin == pytest.approx(0.1875 * inch)
    assert AVERY_5160.top_margin == pytest.approx(0.5 * inch)
    assert AVERY_5160.label_box(0) == pytest.approx(
        (0.1875 * inch, 11 * inch - 0.5 * inch - 1 * inch, 2.625 * inch, 1 * inch))
    x, y, width, _ = AVERY_5160.label_box(29)  # bottom right
    assert x + width == pytest.approx(8.5 * inch - 0.1875 * inch)
    assert y == pytest.approx(0.5 * inch)

    assert AVERY_L7160.per_page == 21
    assert AVERY_L7160.left_margin == pytest.approx(7.21 * mm, abs=0.01 * mm)
    assert AVERY_L7160.top_margin == pytest.approx(15.15 * mm, abs=0.01 * mm)
    x, y, width, height = AVERY_L7160.label_box(20)
    assert (width, height) == pytest.approx((63.5 * mm, 38.1 * mm))
    assert y == pytest.approx(15.15 * mm, abs=0.01 * mm)


@pytest.mark.parametrize("sheet", [AVERY_5160, AVERY_L7160])
def test_every_name_is_printed_inside_its_own_label(sheet: LabelSheet) -> None:
    pdf = render_labels(META, [recipient(n) for n in range(sheet.per_page)], sheet)
    page = pypdf.PdfReader(io.BytesIO(pdf)).pages[0]
    positions: dict[int, tuple[float, float]] = {}

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        match = re.fullmatch(r"Recipient (\d{3})", text.strip())
        if match:
            positions[int(match.group(1))] = (tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5])

    page.extract_text(visitor_text=visit)
    assert len(positions) == sheet.per_page
    for number, (x, y) in positions.items():
        box_x, box_y, width, height = sheet.label_box(number)
        assert box_x < x < box_x + width / 2
        assert box_y < y < box_y + height
