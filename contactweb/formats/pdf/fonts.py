"""Embedded TrueType fonts, per-character font fallback and right-to-left text preparation.

ReportLab draws each string in one font and knows nothing of Unicode bidi or Arabic joining, so
this module (a) splits text into runs, each in the first font that has all of its characters,
and (b) turns logical-order Hebrew/Arabic into visual order, with Arabic letters replaced by
their joined presentation forms, before ReportLab sees it.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from unicodedata import bidirectional

import arabic_reshaper
from arabic_reshaper import ligatures as arabic_ligatures
from bidi.algorithm import get_display  # the pure-Python algorithm applies mirroring (L4)
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from contactweb.formats.pdf.resources import fonts_dir

FONT_REGULAR = "ContactWebSans"
FONT_BOLD = "ContactWebSans-Bold"
FONT_CJK = "ContactWebCJK"

_FONT_FILES = {
    FONT_REGULAR: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_CJK: "ContactWebCJKFallback.ttf",
}
# Fonts tried after the primary one, in order, for characters it lacks.
_FALLBACKS = (FONT_CJK,)
_MISSING_GLYPH_STAND_IN = "\ufffd"
# Directional controls are invisible: they steer visual_order and are never drawn.
_BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# The bidi algorithm used here predates isolates; the embedding that matches each keeps a
# phone number or an email address left to right inside Arabic or Hebrew just the same.
_ISOLATES_AS_EMBEDDINGS = str.maketrans({"\u2066": "\u202a", "\u2067": "\u202b",
                                         "\u2068": "\u202a", "\u2069": "\u202c"})

# Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic Extended and presentation forms.
_RTL_CHARS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_ARABIC_CHARS = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_CJK_CHARS = re.compile("[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")

_registration_lock = threading.Lock()
_registered = False


class ReportFontsMissingError(FileNotFoundError):
    """The bundled report fonts are not where resources_dir() says they are."""


@dataclass(frozen=True)
class TextRun:
    text: str
    font_name: str


def register_fonts() -> None:
    """Register the bundled fonts with ReportLab once per process (idempotent, thread-safe)."""
    global _registered
    if _registered:
        return
    with _registration_lock:
        if _registered:
            return
        folder = fonts_dir()
        for font_name, file_name in _FONT_FILES.items():
            path = folder / file_name
            if not path.is_file():
                raise ReportFontsMissingError(f"Report font {file_name} not found in {folder}")
            pdfmetrics.registerFont(TTFont(font_name, str(path)))
        # <b> inside paragraphs maps to the bold face; CJK has no bold face.
        for bold in (False, True):
            for italic in (False, True):
                addMapping(FONT_REGULAR, bold, italic, FONT_BOLD if bold else FONT_REGULAR)
                addMapping(FONT_CJK, bold, italic, FONT_CJK)
        _registered = True


def _cmap(font_name: str) -> dict[int, int]:
    return pdfmetrics.getFont(font_name).face.charToGlyph


@lru_cache(maxsize=8192)
def _font_for_char(char: str, primary: str) -> str | None:
    code = ord(char)
    for font_name in (primary, *_FALLBACKS):
        if code in _cmap(font_name):
            return font_name
    return None


def font_runs(text: str, bold: bool = False) -> list[TextRun]:
    """Split `text` into runs, each drawable with one embedded font.

    Characters no bundled font has are replaced by U+FFFD so the gap is visible and honest,
    rather than an empty box. Spaces stay in the current run to keep runs long.
    """
    register_fonts()
    primary = FONT_BOLD if bold else FONT_REGULAR
    if _LATIN_TEXT.fullmatch(text) and _primaries_cover_latin():
        # Most report text is Latin: one run, without a font lookup per character.
        return [TextRun(text, primary)] if text else []
    return _runs_char_by_char(text, primary)


def _runs_char_by_char(text: str, primary: str) -> list[TextRun]:
    runs: list[TextRun] = []
    current_font = primary
    current: list[str] = []
    for char in text:
        if char.isspace():
            current.append(char)
            continue
        if char in _BIDI_CONTROLS:
            continue
        font_name = _font_for_char(char, primary)
        if font_name is None:
            char, font_name = _MISSING_GLYPH_STAND_IN, primary
        if font_name != current_font and current:
            runs.append(TextRun("".join(current), current_font))
            current = []
        current_font = font_name
        current.append(char)
    if current:
        runs.append(TextRun("".join(current), current_font))
    return runs


# Basic Latin, Latin-1, Latin Extended-A and -B, and whitespace: all in DejaVu Sans.
_LATIN_TEXT = re.compile(r"[\s\x20-\x7e\xa0-\u024f]*")


@lru_cache(maxsize=1)
def _primaries_cover_latin() -> bool:
    """Whether both primary faces have every `_LATIN_TEXT` glyph (checked, not assumed)."""
    latin = [*range(0x20, 0x7F), *range(0xA0, 0x250)]
    return all(code in _cmap(font) for font in (FONT_REGULAR, FONT_BOLD) for code in latin)


_LATIN_LINE = re.compile(r"[\x20-\x7e\xa0-\u024f]*")


@lru_cache(maxsize=4)
def _narrowest_latin_advance(font_name: str) -> float:
    """The advance of the narrowest Latin glyph of `font_name`, per point of font size."""
    register_fonts()
    face = pdfmetrics.getFont(font_name).face
    return min(face.charWidths.get(code, face.defaultWidth)
               for code in (*range(0x20, 0x7F), *range(0xA0, 0x250))) / 1000


def surely_wider_than(line: str, width: float, font_size: float, bold: bool = False) -> bool:
    """True when one line of Latin text cannot fit `width`, known without measuring it:
    even in the narrowest glyph it would be too wide. False means "measure it"."""
    font_name = FONT_BOLD if bold else FONT_REGULAR
    return (len(line) * _narrowest_latin_advance(font_name) * font_size > width
            and _LATIN_LINE.fullmatch(line) is not None)


def fonts_needed(text: str) -> set[str]:
    return {run.font_name for run in font_runs(text)}


def text_width(text: str, font_size: float, bold: bool = False) -> float:
    return sum(
        pdfmetrics.stringWidth(run.text, run.font_name, font_size)
        for run in font_runs(text, bold)
    )


def contains_rtl(text: str) -> bool:
    return _RTL_CHARS.search(text) is not None


def contains_cjk(text: str) -> bool:
    return _CJK_CHARS.search(text) is not None


def is_rtl_paragraph(text: str) -> bool:
    """True when the first strongly directional character is right-to-left (rule P2)."""
    for char in text:
        direction = bidirectional(char)
        if direction == "L":
            return False
        if direction in ("R", "AL"):
            return True
    return False


@lru_cache(maxsize=1)
def _arabic_reshaper() -> arabic_reshaper.ArabicReshaper:
    """A reshaper that only emits ligatures and forms DejaVu Sans really has."""
    register_fonts()
    cmap = _cmap(FONT_REGULAR)
    configuration: dict[str, bool] = {}
    for ligature_list in (
        arabic_ligatures.SENTENCES_LIGATURES,
        arabic_ligatures.WORDS_LIGATURES,
        arabic_ligatures.LETTERS_LIGATURES,
    ):
        for name, (_match, forms) in ligature_list:
            configuration[name] = all(ord(form) in cmap for form in forms if form)
    return arabic_reshaper.ArabicReshaper(configuration=configuration)


def shape_arabic(text: str) -> str:
    """Replace Arabic letters by their joined (initial/medial/final) presentation forms."""
    if _ARABIC_CHARS.search(text) is None:
        return text
    return _arabic_reshaper().reshape(text)


def visual_order(line: str, rtl_base: bool | None = None) -> str:
    """Turn one line of logical-order text into the left-to-right order it is drawn in."""
    if not contains_rtl(line):
        return line
    if rtl_base is None:
        rtl_base = is_rtl_paragraph(line)
    line = line.translate(_ISOLATES_AS_EMBEDDINGS)
    return get_display(shape_arabic(line), base_dir="R" if rtl_base else "L")


def iter_words(text: str) -> Iterator[str]:
    """Words and the single spaces between them, for wrapping logical-order text."""
    yield from re.split(r"(\s+)", text)
