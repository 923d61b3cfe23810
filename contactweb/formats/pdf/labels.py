"""Address labels on standard sheets (Avery 5160 on US Letter, Avery L7160 on A4).

Labels are drawn straight onto the canvas at the sheet's exact positions: no header, footer
or page numbers, since anything else printed would land on the labels.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import Canvas

from contactweb.formats.pdf.data import MailRecipient, ReportMeta
from contactweb.formats.pdf.fonts import FONT_REGULAR, register_fonts, text_width
from contactweb.formats.pdf.formatting import localised
from contactweb.formats.pdf.text import draw_line, fitting_font_size
from contactweb.formats.pdf.toolkit import Output, write_output


@dataclass(frozen=True)
class LabelSheet:
    """A label sheet's geometry in points; positions count from the page's top-left corner."""

    name: str
    page_size: tuple[float, float]
    columns: int
    rows: int
    label_width: float
    label_height: float
    horizontal_pitch: float  # from one label's left edge to the next one's
    vertical_pitch: float
    padding: float  # kept clear inside each label, printers are not exact

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def left_margin(self) -> float:
        used = (self.columns - 1) * self.horizontal_pitch + self.label_width
        return (self.page_size[0] - used) / 2

    @property
    def top_margin(self) -> float:
        used = (self.rows - 1) * self.vertical_pitch + self.label_height
        return (self.page_size[1] - used) / 2

    def label_box(self, position: int) -> tuple[float, float, float, float]:
        """(x, y, width, height) in PDF coordinates (origin bottom-left) of a 0-based slot."""
        row, column = divmod(position % self.per_page, self.columns)
        x = self.left_margin + column * self.horizontal_pitch
        top = self.top_margin + row * self.vertical_pitch
        return (x, self.page_size[1] - top - self.label_height, self.label_width,
                self.label_height)


# 2 5/8" × 1", 3 × 10, margins 3/16" left and right, 1/2" top and bottom, 1/8" column gap.
AVERY_5160 = LabelSheet("Avery 5160", LETTER, 3, 10, 2.625 * inch, 1 * inch, 2.75 * inch,
                        1 * inch, 0.1 * inch)
# 63.5 × 38.1 mm, 3 × 7, margins 7.21 mm left and right, 15.15 mm top and bottom, 2.54 mm gap.
AVERY_L7160 = LabelSheet("Avery L7160", A4, 3, 7, 63.5 * mm, 38.1 * mm, 66.04 * mm, 38.1 * mm,
                         3 * mm)

_MAX_FONT_SIZE = 10.0
_MIN_FONT_SIZE = 6.0
_LEADING = 1.2


def _shorten(line: str, width: float, size: float) -> str:
    """Cut a line that still does not fit at the smallest size, marking the cut with "…"."""
    if text_width(line, size) <= width:
        return line
    while line and text_width(line + "…", size) > width:
        line = line[:-1]
    return line + "…"


def draw_label(canvas: Canvas, sheet: LabelSheet, position: int, lines: Sequence[str]) -> None:
    x, y, width, height = sheet.label_box(position)
    usable_width = width - 2 * sheet.padding
    usable_height = height - 2 * sheet.padding
    lines = [line for line in lines if line.strip()]
    size = fitting_font_size(list(lines), usable_width, _MAX_FONT_SIZE, _MIN_FONT_SIZE)
    size = min(size, usable_height / max(1, len(lines)) / _LEADING)
    size = max(size, _MIN_FONT_SIZE)
    fitting = max(1, int(usable_height // (size * _LEADING)))
    lines = lines[:fitting]
    block_height = len(lines) * size * _LEADING
    # Centred vertically; the first baseline sits one ascent below the block's top.
    baseline = y + (height + block_height) / 2 - size
    for index, line in enumerate(lines):
        draw_line(canvas, x + sheet.padding, baseline, _shorten(line, usable_width, size),
                  size, bold=index == 0)
        baseline -= size * _LEADING


@localised
def render_labels(
    meta: ReportMeta,
    recipients: Sequence[MailRecipient],
    sheet: LabelSheet = AVERY_L7160,
    out: Output = None,
    *,
    first_position: int = 1,
    outlines: bool = False,
) -> bytes:
    """One label per recipient, filling rows left to right.

    `first_position` (1-based) skips labels already used on a partly used first sheet;
    `outlines` draws each label's edge, for checking the alignment on plain paper.
    """
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=sheet.page_size, initialFontName=FONT_REGULAR)
    canvas.setTitle(meta.title)
    canvas.setAuthor(meta.made_by)
    canvas.setCreator("ContactWeb")
    canvas.setSubject(f"{sheet.name} labels – {meta.business_name}")
    position = max(0, first_position - 1) % sheet.per_page
    for index, recipient in enumerate(recipients):
        if index and position % sheet.per_page == 0:
            canvas.showPage()
        if outlines:
            canvas.setStrokeColor(colors.HexColor("#B0B8C0"))
            canvas.setLineWidth(0.3)
            canvas.roundRect(*sheet.label_box(position), radius=2 * mm)
        canvas.setFillColor(colors.black)
        draw_label(canvas, sheet, position, [recipient.name, *recipient.address_lines])
        position += 1
    canvas.save()
    pdf = buffer.getvalue()
    write_output(pdf, out)
    return pdf
