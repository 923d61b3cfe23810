"""The common look of ContactWeb reports: page frame, header, footer, numbering, tables."""

from __future__ import annotations

import copy
import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Spacer,
    Table,
)

from contactweb.formats.pdf.data import NO_PERSONAL_DATA_TEXT, ReportMeta
from contactweb.formats.pdf.fonts import (
    FONT_BOLD,
    FONT_REGULAR,
    contains_rtl,
    font_runs,
    register_fonts,
    surely_wider_than,
    text_width,
)
from contactweb.formats.pdf.formatting import format_datetime
from contactweb.formats.pdf.language import _, page_of
from contactweb.formats.pdf.styles import STYLES
from contactweb.formats.pdf.text import cell_paragraphs, draw_line, para
from contactweb.vault.atomic import write_atomic

Output = str | os.PathLike[str] | BinaryIO | None

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#616E7C")
RULE = colors.HexColor("#C5CCD3")
HEAD_FILL = colors.HexColor("#2F3E4E")
ZEBRA_FILL = colors.HexColor("#F2F4F6")

SIDE_MARGIN = 18 * mm
TOP_MARGIN = 24 * mm
BOTTOM_MARGIN = 20 * mm
CELL_PADDING = 3


# ReportLab tables set a cell font (Helvetica by default) even around flowables; keep ours.
LAYOUT_FONT = [("FONT", (0, 0), (-1, -1), FONT_REGULAR, 8)]


@dataclass(frozen=True)
class PageNumbers:
    page: int  # 1-based, in the whole document
    total: int
    section_page: int  # 1-based, within the current section (e.g. one letter)
    section_total: int
    section: int = 0  # which section: 1 for the first SectionStart (the first letter)


PageDecorator = Callable[[Canvas, PageNumbers], None]


def page_size(meta: ReportMeta) -> tuple[float, float]:
    return LETTER if meta.page_size == "Letter" else A4


def content_width(meta: ReportMeta) -> float:
    return page_size(meta)[0] - 2 * SIDE_MARGIN


class NumberedCanvas(Canvas):
    """Holds every page back until the end, so each can print "Page N of M".

    Subclasses set `decorate_page`. A `SectionStart` flowable starts a new numbering section
    (a mail-merge letter numbers its own pages).
    """

    decorate_page: PageDecorator

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict[str, Any]] = []
        self._section = 0

    def start_section(self) -> None:
        self._section += 1

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        sections = [page["_section"] for page in self._held_pages]
        section_sizes: dict[int, int] = {}
        for section in sections:
            section_sizes[section] = section_sizes.get(section, 0) + 1
        seen: dict[int, int] = {}
        for index, state in enumerate(self._held_pages):
            self.__dict__.update(state)
            section = sections[index]
            seen[section] = seen.get(section, 0) + 1
            numbers = PageNumbers(index + 1, total, seen[section], section_sizes[section],
                                  section)
            self.saveState()
            type(self).decorate_page(self, numbers)
            self.restoreState()
            super().showPage()
        super().save()


class SectionStart(Flowable):
    """Zero-size marker: pages from here on are numbered as a new section."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return (0, 0)

    def draw(self) -> None:
        start = getattr(self.canv, "start_section", None)
        if start is not None:
            start()


def footer_note(meta: ReportMeta) -> str:
    return _(meta.confidential_text if meta.confidential else NO_PERSONAL_DATA_TEXT)


def standard_decorator(meta: ReportMeta) -> PageDecorator:
    """Header (business name, report title) and footer (note, who and when, page N of M)."""
    width, height = page_size(meta)
    right = width - SIDE_MARGIN
    third = (right - SIDE_MARGIN) / 3
    made = _("Made {when} by {user}").format(when=format_datetime(meta.made_at),
                                             user=meta.made_by)
    title = _(meta.title)
    logo = logo_image(meta.logo_png)

    def decorate(canvas: Canvas, numbers: PageNumbers) -> None:
        header_y = height - 14 * mm
        name_x = SIDE_MARGIN
        if logo is not None:
            drawn_width = draw_logo(canvas, logo, SIDE_MARGIN, header_y - 1.5 * mm,
                                    LOGO_HEADER_HEIGHT, third * 0.8)
            name_x += drawn_width + 3 * mm
        canvas.setFillColor(INK)
        draw_fitted(canvas, name_x, header_y, meta.business_name, 10,
                    third * 1.5 - (name_x - SIDE_MARGIN), True)
        canvas.setFillColor(MUTED)
        draw_fitted(canvas, right, header_y, title, 9, third * 1.4, False, "right")
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(SIDE_MARGIN, header_y - 2.5 * mm, right, header_y - 2.5 * mm)

        footer_y = 11 * mm
        canvas.line(SIDE_MARGIN, footer_y + 4 * mm, right, footer_y + 4 * mm)
        canvas.setFillColor(colors.HexColor("#9B2C2C") if meta.confidential else MUTED)
        draw_fitted(canvas, SIDE_MARGIN, footer_y, footer_note(meta), 7.5, third - 6, True)
        canvas.setFillColor(MUTED)
        draw_fitted(canvas, SIDE_MARGIN + 1.5 * third, footer_y, made, 7.5, third - 6,
                    False, "center")
        draw_line(canvas, right, footer_y, page_of(numbers.page, numbers.total), 7.5,
                  align="right")

    return decorate


LOGO_HEADER_HEIGHT = 9 * mm


def logo_image(png: bytes) -> ImageReader | None:
    """The business's logo, or None when there is none or it cannot be read (a report is
    never refused for its logo)."""
    if not png:
        return None
    try:
        image = ImageReader(io.BytesIO(png))
        image.getSize()
    except Exception:  # noqa: BLE001 - any unreadable image: print without it
        return None
    return image


def draw_logo(canvas: Canvas, image: ImageReader, x: float, baseline: float, height: float,
              max_width: float, align: str = "left") -> float:
    """Draw the logo standing on `baseline`, scaled into height × max_width; returns its
    drawn width."""
    pixel_width, pixel_height = image.getSize()
    scale = min(height / pixel_height, max_width / pixel_width)
    width, drawn_height = pixel_width * scale, pixel_height * scale
    left = x - width if align == "right" else x
    canvas.drawImage(image, left, baseline, width, drawn_height, mask="auto")
    return width


def draw_fitted(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    max_width: float,
    bold: bool = False,
    align: str = "left",
) -> None:
    """Draw one line, shrinking it (down to 5 pt) so it stays inside `max_width`."""
    natural = text_width(text, size, bold)
    if natural > max_width:
        size = max(5.0, size * max_width / natural)
    draw_line(canvas, x, y, text, size, bold, align)


def build_pdf(
    meta: ReportMeta,
    story: list[Flowable],
    out: Output = None,
    *,
    decorate: PageDecorator | None = None,
    page_templates: Sequence[PageTemplate] | None = None,
) -> bytes:
    """Lay out `story` with the standard (or given) page frame; return and optionally save it."""
    register_fonts()
    size = page_size(meta)
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=SIDE_MARGIN,
        rightMargin=SIDE_MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=_(meta.title),
        author=meta.made_by,
        subject=f"{_(meta.title)} – {meta.business_name}",
        creator="ContactWeb",
        producer="ContactWeb",
        initialFontName=FONT_REGULAR,  # so no stray text can fall back to Helvetica
    )
    if page_templates is None:
        frame = Frame(
            SIDE_MARGIN, BOTTOM_MARGIN, size[0] - 2 * SIDE_MARGIN,
            size[1] - TOP_MARGIN - BOTTOM_MARGIN, id="body", leftPadding=0, rightPadding=0,
            topPadding=0, bottomPadding=0,
        )
        page_templates = [PageTemplate(id="standard", frames=[frame])]
    document.addPageTemplates(list(page_templates))
    canvas_class = type(
        "ReportCanvas",
        (NumberedCanvas,),
        {"decorate_page": staticmethod(decorate or standard_decorator(meta))},
    )
    document.build(story, canvasmaker=canvas_class)
    pdf = buffer.getvalue()
    write_output(pdf, out)
    return pdf


def write_output(pdf: bytes, out: Output) -> None:
    """Save to a path atomically (no half-written report left behind), or to an open file."""
    if out is None:
        return
    if hasattr(out, "write"):
        out.write(pdf)  # type: ignore[union-attr]
        return
    write_atomic(Path(out), pdf)  # type: ignore[arg-type]


def title_block(meta: ReportMeta, subtitle: str = "") -> list[Flowable]:
    flowables: list[Flowable] = [para(_(meta.title), STYLES.title)]
    if subtitle:
        flowables.append(para(subtitle, STYLES.subtitle))
    flowables.append(Spacer(1, 4 * mm))
    return flowables


def heading(text: str, style: Any = None) -> list[Flowable]:
    """A section heading that is never left alone at the foot of a page.

    (`keepWithNext` would instead push a heading and a long table onto a fresh page.)
    """
    return [CondPageBreak(28 * mm), para(text, style or STYLES.heading)]


def _fits_as_plain_string(text: str, width: float, size: float, bold: bool) -> bool:
    """Plain strings draw far faster than paragraphs but neither wrap nor change font."""
    if contains_rtl(text):
        return False
    font = FONT_BOLD if bold else FONT_REGULAR
    for line in text.split("\n"):
        if surely_wider_than(line, width, size, bold):
            return False  # a long body text: no need to measure it glyph by glyph
        runs = font_runs(line, bold)
        if len(runs) > 1 or (runs and (runs[0].font_name != font or runs[0].text != line)):
            return False  # another font, or a glyph no font has (a paragraph shows U+FFFD)
        if pdfmetrics.stringWidth(line, font, size) > width:
            return False
    return True


def data_table(
    headings: Sequence[str],
    rows: Sequence[Sequence[str | Flowable]],
    col_widths: Sequence[float],
    *,
    numeric_columns: Sequence[int] = (),
    total_row: bool = False,
    font_size: float = 8,
) -> Table:
    """A table with a dark heading row that repeats on every page it spans.

    String cells become paragraphs only when they must (wrapping, other scripts), which keeps
    a directory of thousands of rows fast.
    """
    head_cells = [_cell(text, width, sized(STYLES.cell_head, font_size))
                  for text, width in zip(headings, col_widths, strict=True)]
    body: list[list[str | Flowable | list[Flowable]]] = []
    for row_index, row in enumerate(rows):
        bold = total_row and row_index == len(rows) - 1
        body.append([
            value if isinstance(value, Flowable)
            else _cell(value, width, sized(_body_style(bold, column in numeric_columns),
                                           font_size))
            for column, (value, width) in enumerate(zip(row, col_widths, strict=True))
        ])
    table = Table([head_cells, *body], colWidths=list(col_widths), repeatRows=1, hAlign="LEFT")
    leading = round(font_size * 1.28, 1)
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, font_size, leading),
        ("FONT", (0, 1), (-1, -1), FONT_REGULAR, font_size, leading),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for column in numeric_columns:
        commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    for row_number in range(2, len(body) + 1, 2):
        commands.append(("BACKGROUND", (0, row_number), (-1, row_number), ZEBRA_FILL))
    if total_row and body:
        commands.append(("FONT", (0, -1), (-1, -1), FONT_BOLD, font_size, leading))
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, INK))
    table.setStyle(commands)
    return table


def _body_style(bold: bool, right: bool) -> ParagraphStyle:
    if right:
        return STYLES.cell_right_bold if bold else STYLES.cell_right
    return STYLES.cell_bold if bold else STYLES.cell


@lru_cache(maxsize=64)
def sized(style: ParagraphStyle, font_size: float) -> ParagraphStyle:
    """`style` at another font size (leading scaled alike)."""
    if style.fontSize == font_size:
        return style
    resized = copy.copy(style)
    resized.fontSize = font_size
    resized.leading = round(font_size * 1.28, 1)
    return resized


def _cell(text: str, width: float, style: ParagraphStyle) -> str | Flowable | list[Flowable]:
    bold = style.fontName == FONT_BOLD
    if _fits_as_plain_string(text, width - 2 * CELL_PADDING, style.fontSize, bold):
        return text
    return cell_paragraphs(text, style)


def key_value_table(pairs: Sequence[tuple[str, str]], width: float) -> Table:
    """Two columns, label and value, for a record's details."""
    label_width = min(42 * mm, width * 0.3)
    rows = [[para(label, STYLES.cell_label), para(value or "—", STYLES.cell)]
            for label, value in pairs]
    table = Table(rows, colWidths=[label_width, width - label_width], hAlign="LEFT")
    table.setStyle([
        *LAYOUT_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ])
    return table
