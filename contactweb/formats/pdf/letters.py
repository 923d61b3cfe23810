"""Mail-merge letters: one letter per recipient, each starting on a new page.

The caller has already applied the template's merge fields; this module only lays out the
final text. The recipient's address sits where a window envelope shows it (DIN 5008 on A4,
a #10 window envelope on US Letter).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import inch, mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, FrameBreak, NextPageTemplate, PageBreak
from reportlab.platypus.doctemplate import PageTemplate

from contactweb.formats.pdf.data import Letter, LetterSender, ReportMeta
from contactweb.formats.pdf.formatting import (
    current_locale,
    format_long_date,
    localised,
    using_locale,
)
from contactweb.formats.pdf.language import _, document_language, page_of, writing_in
from contactweb.formats.pdf.styles import STYLES
from contactweb.formats.pdf.text import FittedLine, draw_line, para
from contactweb.formats.pdf.toolkit import (
    INK,
    MUTED,
    RULE,
    Output,
    PageNumbers,
    SectionStart,
    build_pdf,
    draw_fitted,
    draw_logo,
    logo_image,
    page_size,
)


@dataclass(frozen=True)
class LetterGeometry:
    """Positions measured from the page's top-left corner, in points."""

    address_left: float
    address_top: float
    address_width: float
    address_height: float
    body_left: float
    body_right_margin: float
    body_top: float
    bottom_margin: float
    fold_marks: tuple[float, ...]  # from the top; printed as short ticks at the left edge


A4_GEOMETRY = LetterGeometry(20 * mm, 45 * mm, 85 * mm, 45 * mm, 25 * mm, 20 * mm, 98 * mm,
                             24 * mm, (105 * mm, 148.5 * mm, 210 * mm))
LETTER_GEOMETRY = LetterGeometry(0.875 * inch, 2.0 * inch, 3.5 * inch, 1.45 * inch, 1 * inch,
                                 0.875 * inch, 3.75 * inch, 0.9 * inch, (3.67 * inch,))


def _geometry(meta: ReportMeta) -> LetterGeometry:
    return LETTER_GEOMETRY if meta.page_size == "Letter" else A4_GEOMETRY


def _templates(meta: ReportMeta) -> list[PageTemplate]:
    width, height = page_size(meta)
    g = _geometry(meta)
    info_left = g.address_left + g.address_width + 15 * mm
    address = Frame(g.address_left, height - g.address_top - g.address_height, g.address_width,
                    g.address_height, id="address", leftPadding=0, rightPadding=0,
                    topPadding=0, bottomPadding=0)
    info = Frame(info_left, height - g.address_top - g.address_height,
                 width - info_left - g.body_right_margin, g.address_height, id="info",
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    body_width = width - g.body_left - g.body_right_margin
    first_body = Frame(g.body_left, g.bottom_margin, body_width,
                       height - g.body_top - g.bottom_margin, id="body", leftPadding=0,
                       rightPadding=0, topPadding=0, bottomPadding=0)
    later_body = Frame(g.body_left, g.bottom_margin, body_width,
                       height - 28 * mm - g.bottom_margin, id="later", leftPadding=0,
                       rightPadding=0, topPadding=0, bottomPadding=0)
    return [
        PageTemplate(id="first", frames=[address, info, first_body], autoNextPageTemplate="later"),
        PageTemplate(id="later", frames=[later_body]),
    ]


def _decorator(meta: ReportMeta, sender: LetterSender,  # noqa: ANN202 - a PageDecorator
               languages: Sequence[str] = ()):
    """``languages``: each letter's, in order (a letter numbers its pages in its reader's
    language)."""
    width, height = page_size(meta)
    g = _geometry(meta)
    right = width - g.body_right_margin
    footer = " · ".join([sender.business_name, *sender.address_lines, *sender.contact_lines])
    logo = logo_image(meta.logo_png)

    def decorate(canvas: Canvas, numbers: PageNumbers) -> None:
        canvas.setFillColor(INK)
        if numbers.section_page == 1:
            _letterhead(canvas, sender, g, width, height, logo)
        else:
            canvas.setFillColor(MUTED)
            draw_line(canvas, g.body_left, height - 16 * mm, sender.business_name, 8, True)
        canvas.setFillColor(MUTED)
        # Room is kept on both sides for "Page N of M", so the two never touch.
        draw_fitted(canvas, (g.body_left + right) / 2, 10 * mm, footer, 7,
                    right - g.body_left - 2 * 60, False, "center")
        if numbers.section_total > 1:
            # Sections count from 1, one for each letter, in the letters' order.
            index = numbers.section - 1
            language = languages[index] if 0 <= index < len(languages) else meta.language
            with writing_in(language):
                page = page_of(numbers.section_page, numbers.section_total)
            draw_line(canvas, right, 10 * mm, page, 7, align="right")

    return decorate


def _letterhead(canvas: Canvas, sender: LetterSender, g: LetterGeometry, width: float,
                height: float, logo: ImageReader | None = None) -> None:
    right = width - g.body_right_margin
    name_left = g.body_left
    if logo is not None:  # the logo first, the name beside it, on the name's baseline
        name_left += draw_logo(canvas, logo, g.body_left, height - 22 * mm, 10 * mm,
                               (right - g.body_left) * 0.25) + 4 * mm
    draw_fitted(canvas, name_left, height - 20 * mm, sender.business_name, 16,
                (right - g.body_left) * 0.55 - (name_left - g.body_left), True)
    canvas.setFillColor(MUTED)
    y = height - 14 * mm
    for line in [*sender.address_lines, *sender.contact_lines]:
        draw_fitted(canvas, right, y, line, 8, (right - g.body_left) * 0.4, False, "right")
        y -= 10
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    rule_y = min(y + 4, height - 26 * mm)
    canvas.line(g.body_left, rule_y, right, rule_y)
    for mark in g.fold_marks:
        canvas.line(0, height - mark, 6 * mm, height - mark)


def _letter_story(letter: Letter, sender: LetterSender) -> list[Flowable]:
    """In the recipient's language and formats when the letter names them."""
    with writing_in(letter.language or document_language()), \
            using_locale(letter.locale or current_locale()):
        return _letter_flowables(letter, sender)


def _letter_flowables(letter: Letter, sender: LetterSender) -> list[Flowable]:
    return_line = " · ".join([sender.business_name, *sender.address_lines])
    story: list[Flowable] = [SectionStart(), FittedLine(return_line, 6.5, space_after=5, color=MUTED)]
    story += [para(line, STYLES.address) for line in [letter.recipient.name,
                                                       *letter.recipient.address_lines]]
    story.append(FrameBreak())
    story.append(para(_("Date: {date}").format(date=format_long_date(letter.letter_date)),
                      STYLES.address))
    if letter.reference:
        story.append(para(_("Our reference: {reference}").format(reference=letter.reference),
                          STYLES.address))
    story.append(FrameBreak())
    if letter.subject:
        story.append(para(letter.subject, STYLES.letter_subject, rtl_aligns_right=True))
    for paragraph in _paragraphs(letter.body):
        story.append(para(paragraph, STYLES.letter_body, rtl_aligns_right=True))
    return story


def _paragraphs(body: str) -> list[str]:
    """Blank lines separate paragraphs; single line breaks are kept inside a paragraph."""
    normalized = body.replace("\r\n", "\n").strip("\n")
    blocks = [block.strip("\n") for block in normalized.split("\n\n")]
    return [block for block in blocks if block.strip()]


@localised
def render_letters(
    meta: ReportMeta, sender: LetterSender, letters: Sequence[Letter], out: Output = None
) -> bytes:
    """Each letter starts on a fresh page with the letterhead and numbers its own pages."""
    story: list[Flowable] = []
    for index, letter in enumerate(letters):
        if index:
            story += [NextPageTemplate("first"), PageBreak()]
        story += _letter_story(letter, sender)
    if not story:
        story = [SectionStart(), para(_("No letters to print."), STYLES.body)]
    languages = [letter.language or meta.language for letter in letters]
    return build_pdf(meta, story, out, decorate=_decorator(meta, sender, languages),
                     page_templates=_templates(meta))
