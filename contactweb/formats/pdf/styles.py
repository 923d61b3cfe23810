"""Paragraph styles shared by every report."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from contactweb.formats.pdf.fonts import FONT_BOLD, FONT_REGULAR

_INK = colors.HexColor("#1F2933")
_MUTED = colors.HexColor("#616E7C")
_ACCENT = colors.HexColor("#2F3E4E")


def _style(name: str, size: float, bold: bool = False, **extra: object) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=FONT_BOLD if bold else FONT_REGULAR,
        fontSize=size,
        leading=round(size * 1.28, 1),
        textColor=extra.pop("textColor", _INK),
        **extra,
    )


@dataclass(frozen=True)
class ReportStyles:
    title: ParagraphStyle = _style("title", 17, True, spaceAfter=2, textColor=_ACCENT)
    subtitle: ParagraphStyle = _style("subtitle", 10, textColor=_MUTED)
    heading: ParagraphStyle = _style(
        "heading", 12, True, spaceBefore=10, spaceAfter=4, textColor=_ACCENT
    )
    group: ParagraphStyle = _style(
        "group", 13, True, spaceBefore=8, spaceAfter=3, textColor=_ACCENT
    )
    body: ParagraphStyle = _style("body", 10, spaceAfter=6)
    letter_body: ParagraphStyle = _style("letter_body", 10.5, spaceAfter=8)
    letter_subject: ParagraphStyle = _style("letter_subject", 11, True, spaceAfter=10)
    address: ParagraphStyle = _style("address", 10)
    small: ParagraphStyle = _style("small", 8, textColor=_MUTED)
    cell: ParagraphStyle = _style("cell", 8)
    cell_bold: ParagraphStyle = _style("cell_bold", 8, True)
    cell_head: ParagraphStyle = _style("cell_head", 8, True, textColor=colors.white)
    cell_label: ParagraphStyle = _style("cell_label", 8, True, textColor=_MUTED)
    cell_right: ParagraphStyle = _style("cell_right", 8, alignment=TA_RIGHT)
    cell_right_bold: ParagraphStyle = _style("cell_right_bold", 8, True, alignment=TA_RIGHT)
    figure: ParagraphStyle = _style("figure", 20, True, alignment=TA_CENTER, textColor=_ACCENT)
    figure_label: ParagraphStyle = _style("figure_label", 8, alignment=TA_CENTER,
                                          textColor=_MUTED)


STYLES = ReportStyles()
