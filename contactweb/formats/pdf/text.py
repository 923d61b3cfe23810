"""Paragraphs and single lines in any script, built on the font runs of `fonts.py`."""

from __future__ import annotations

import copy
import re
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from contactweb.formats.pdf.fonts import (
    FONT_BOLD,
    contains_cjk,
    contains_rtl,
    font_runs,
    is_rtl_paragraph,
    shape_arabic,
    text_width,
    visual_order,
)


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup for plain `text`: XML-escaped, each run in a font that has its glyphs."""
    return "".join(
        f'<font face="{run.font_name}">{escape(run.text)}</font>' for run in font_runs(text, bold)
    )


def _is_bold(style: ParagraphStyle) -> bool:
    return style.fontName == FONT_BOLD


def para(text: str, style: ParagraphStyle, rtl_aligns_right: bool = False) -> Flowable:
    """A flowable for plain `text` (no markup) that prints correctly in any script.

    With `rtl_aligns_right`, a paragraph whose first strong character is Hebrew or Arabic is
    right-aligned (running text such as a letter); table cells and headings stay aligned with
    the rest of their column.
    """
    if contains_rtl(text):
        return BidiParagraph(text, style, rtl_aligns_right)
    if contains_cjk(text) and style.wordWrap != "CJK":
        # CJK has no spaces between words, so allow breaks between any two characters.
        style = copy.copy(style)
        style.wordWrap = "CJK"
    plain = _plain_line(text, style)
    if plain is not None:
        # One run in the style's own font needs no <font> markup to parse.
        return WrapOnceParagraph(escape(plain), style)
    markup_text = "<br/>".join(markup(line, _is_bold(style)) for line in text.split("\n"))
    return WrapOnceParagraph(markup_text, style)


def cell_paragraphs(text: str, style: ParagraphStyle) -> Flowable | list[Flowable]:
    """`para(text, style)` for a table cell: plain lines become one paragraph each.

    A paragraph of several lines joined by <br/> takes ReportLab's slow path for mixed
    fragments; stacked one-line paragraphs are drawn the same, several times faster.
    """
    lines = text.split("\n")
    if len(lines) > 1:
        plain_lines = [_plain_line(line, style) for line in lines]
        if None not in plain_lines:
            return [WrapOnceParagraph(escape(line), style) for line in plain_lines]
    return para(text, style)


def _plain_line(text: str, style: ParagraphStyle) -> str | None:
    """`text` as printed (glyphs no font has replaced), when it is one line in the style's
    font whose spacing a paragraph would not change; else None.

    Spaces at the end of a line print as nothing, so they are left out.
    """
    text = text.rstrip()
    if not text or " ".join(text.split()) != text or contains_rtl(text) or contains_cjk(text):
        return None  # right-to-left and CJK text need the handling of `para`
    runs = font_runs(text, _is_bold(style))
    if len(runs) == 1 and runs[0].font_name == style.fontName:
        return runs[0].text
    return None


class WrapOnceParagraph(Paragraph):
    """A Paragraph that breaks its lines once per width.

    A table wraps every cell each time it is measured, split at a page break and drawn, so a
    long timeline broke each paragraph three times over; line breaking depends only on the
    width, so the lines of the first break are reused.
    """

    _wrapped_at: tuple[float, float, Any] | None = None  # width, height, lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._wrapped_at is not None and self._wrapped_at[0] == availWidth:
            self.width, self.height, self.blPara = self._wrapped_at
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped_at = (availWidth, height, self.blPara)
        return width, height


class BidiParagraph(Flowable):
    """A paragraph with right-to-left text, wrapped in logical order, drawn in visual order.

    Reordering must happen per line after wrapping; reordering the whole paragraph first would
    put the end of a long Hebrew or Arabic sentence on its first line.
    """

    def __init__(self, text: str, style: ParagraphStyle, rtl_aligns_right: bool = False) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.rtl_aligns_right = rtl_aligns_right
        self._inner: Paragraph | None = None

    def _visual_lines(self, width: float) -> list[str]:
        bold = _is_bold(self.style)
        size = self.style.fontSize
        lines: list[str] = []
        for hard_line in self.text.split("\n"):
            shaped = shape_arabic(hard_line)
            rtl = is_rtl_paragraph(hard_line)
            for logical in _wrap_logical(shaped, width, size, bold):
                lines.append(visual_order(logical, rtl_base=rtl))
        return lines

    def _build(self, avail_width: float) -> Paragraph:
        width = avail_width - self.style.leftIndent - self.style.rightIndent
        lines = self._visual_lines(max(width, 1.0))
        style = self.style
        if self.rtl_aligns_right and style.alignment == TA_LEFT and is_rtl_paragraph(self.text):
            style = copy.copy(style)
            style.alignment = TA_RIGHT
        bold = _is_bold(style)
        return Paragraph("<br/>".join(markup(line, bold) for line in lines), style)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._inner = self._build(availWidth)
        return self._inner.wrap(availWidth, availHeight)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self._inner = self._build(availWidth)
        self._inner.wrap(availWidth, availHeight)
        return self._inner.split(availWidth, availHeight)

    def getSpaceBefore(self) -> float:  # noqa: N802
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:  # noqa: N802
        return self.style.spaceAfter

    def draw(self) -> None:
        assert self._inner is not None, "wrap() comes before draw()"
        self._inner.drawOn(self.canv, 0, 0)


def _wrap_logical(text: str, width: float, size: float, bold: bool) -> list[str]:
    """Greedy word wrap of (already shaped) logical-order text to `width` points."""
    lines: list[str] = []
    current = ""
    for piece in re.split(r"(\s+)", text):
        if not piece:
            continue
        candidate = current + piece
        if text_width(candidate.rstrip(), size, bold) <= width or not current.strip():
            current = candidate
        elif piece.isspace():
            continue
        else:
            lines.append(current.rstrip())
            current = piece
        while text_width(current, size, bold) > width and len(current) > 1:
            # A single word longer than the line: cut it where it stops fitting.
            cut = len(current) - 1
            while cut > 1 and text_width(current[:cut], size, bold) > width:
                cut -= 1
            lines.append(current[:cut])
            current = current[cut:]
    lines.append(current.rstrip())
    return lines


def draw_line(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    font_size: float,
    bold: bool = False,
    align: str = "left",
) -> float:
    """Draw one line of plain text at baseline `y`; return its width.

    `align` is "left" (x is the left edge), "right" (x is the right edge) or "center".
    """
    visual = visual_order(text)
    runs = font_runs(visual, bold)
    widths = [pdfmetrics.stringWidth(run.text, run.font_name, font_size) for run in runs]
    total = sum(widths)
    if align == "right":
        x -= total
    elif align == "center":
        x -= total / 2
    for run, run_width in zip(runs, widths, strict=True):
        canvas.setFont(run.font_name, font_size)
        canvas.drawString(x, y, run.text)
        x += run_width
    return total


def fitting_font_size(lines: list[str], max_width: float, size: float, min_size: float) -> float:
    """The largest size up to `size` at which every line fits `max_width` (not below min)."""
    widest = max((text_width(line, 1.0) for line in lines), default=0.0)
    if widest <= 0:
        return size
    return max(min_size, min(size, max_width / widest))


def centered(style: ParagraphStyle) -> ParagraphStyle:
    centered_style = copy.copy(style)
    centered_style.alignment = TA_CENTER
    return centered_style



class FittedLine(Flowable):
    """One line of text that shrinks (down to `min_size`) rather than wrap."""

    def __init__(self, text: str, size: float, min_size: float = 4.5, bold: bool = False,
                 space_after: float = 0, color: Color | None = None) -> None:
        super().__init__()
        self.color = color
        self.text = text
        self.size = size
        self.min_size = min_size
        self.bold = bold
        self.space_after = space_after
        self._drawn_size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        natural = text_width(self.text, self.size, self.bold)
        self._drawn_size = self.size
        if natural > availWidth:
            self._drawn_size = max(self.min_size, self.size * availWidth / natural)
        return (availWidth, self.size * 1.3)

    def getSpaceAfter(self) -> float:  # noqa: N802
        return self.space_after

    def draw(self) -> None:
        if self.color is not None:
            self.canv.setFillColor(self.color)
        draw_line(self.canv, 0, self.size * 0.3, self.text, self._drawn_size, self.bold)
