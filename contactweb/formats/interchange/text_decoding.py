"""Character-set detection for contact files that do not say how they are encoded.

UTF-8, UTF-16 (with or without a byte-order mark) and Shift-JIS (Japanese phones and
Windows) are recognised by their structure. Other legacy single-byte encodings (Cyrillic,
Greek, Turkish, Baltic, Hebrew, Arabic code pages) are told apart by charset-normalizer,
which scores each reading by how plausible its script and words are. Between the Latin code
pages contact files come in (Windows-1252, Windows-1250 and ISO-8859-2) a reading whose
non-ASCII characters are letters in plausible words, and that charset-normalizer finds
least messy, is preferred.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

from charset_normalizer import from_bytes
from charset_normalizer.md import mess_ratio

from contactweb.i18n import _

from .record import InterchangeError

_SAMPLE_BYTES = 4096
# typographic characters a Windows-1252 text commonly holds besides letters
_COMMON_PUNCTUATION = frozenset("’‘“”–—…€«»°§©®·×÷\u00a0•„‚™")
_EXTRA_VOWELS = frozenset("øæœ")
_WORD = re.compile(r"[^\W\d_]+")
_C1_CONTROLS = re.compile("[\x80-\x9f]")


def utf16_codec(data: bytes) -> str | None:
    """The UTF-16 codec the bytes use (BOM or the pattern of zero bytes), or None."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise InterchangeError(_("UTF-32 text is not supported; save the file as UTF-8"))
    if data.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le"
    if data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be"
    sample = data[:_SAMPLE_BYTES]
    half = len(sample) // 2
    if half < 2:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    # ASCII structure (keywords, delimiters) in UTF-16 leaves a zero in every other byte
    if even_zeros > half * 0.3 and odd_zeros < half * 0.05:
        return "utf-16-be"
    if odd_zeros > half * 0.3 and even_zeros < half * 0.05:
        return "utf-16-le"
    return None


def decode_utf16(data: bytes, codec: str) -> tuple[str, bool]:
    """Text of UTF-16 bytes without the BOM; the flag says whether bytes had to be replaced."""
    bom = codecs.BOM_UTF16_LE if codec == "utf-16-le" else codecs.BOM_UTF16_BE
    body = data[len(bom):] if data.startswith(bom) else data
    try:
        return body.decode(codec), False
    except UnicodeDecodeError:
        return body.decode(codec, errors="replace"), True


def strip_utf8_bom(data: bytes) -> bytes:
    return data[len(codecs.BOM_UTF8):] if data.startswith(codecs.BOM_UTF8) else data


def looks_binary(text: str) -> bool:
    """True for text that holds control characters no contact file has (images, archives)."""
    sample = text[:_SAMPLE_BYTES]
    if "\x00" in sample:
        return True
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n\f")
    return controls > max(2, len(sample) // 100)


def _is_vowel(ch: str) -> bool:
    base = unicodedata.normalize("NFD", ch)[:1].lower()
    return base in "aeiouy" or ch.lower() in _EXTRA_VOWELS


def _latin_plausibility(text: str) -> int:
    """Higher for text whose non-ASCII characters read as letters of ordinary words."""
    score = 0
    for ch in text:
        if ord(ch) < 128:
            continue
        category = unicodedata.category(ch)
        if category.startswith("L"):
            score += 2
        elif ch in _COMMON_PUNCTUATION:
            continue
        elif category.startswith("C"):
            score -= 6
        else:
            score -= 3
    for word in _WORD.findall(text):
        if not word.isascii():
            score -= 3 * _implausible_spots(word)
    return score


def _implausible_spots(word: str) -> int:
    """Spelling no European language has: ñ before a consonant, five consonants in a row."""
    spots = 0
    run = 0
    for index, ch in enumerate(word):
        if ch in "ñÑ" and index + 1 < len(word) and not _is_vowel(word[index + 1]):
            spots += 1
        run = 0 if _is_vowel(ch) else run + 1
        if run == 5:
            spots += 1
    return spots


def mostly_utf8(raw: bytes) -> str | None:
    """UTF-8 text with a few damaged sequences replaced, or None when it is not UTF-8 at all.

    A legacy-encoded text almost never holds a valid multi-byte UTF-8 sequence, so more valid
    sequences than broken ones means UTF-8 with damage, not another encoding.
    """
    text = raw.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    valid = non_ascii - broken
    return text if valid > broken else None


# Latin code pages in the order a tie is given: Windows-1252 is the most common
_LATIN_CODECS = (("cp1252", "windows-1252"), ("cp1250", "windows-1250"),
                 ("iso-8859-2", "iso8859-2"))
# how much a reading charset-normalizer finds wholly messy weighs per non-ASCII character
_MESS_WEIGHT = 4


class LatinGuess(NamedTuple):
    """A Latin code page's reading of bytes that are not UTF-8, and whether it is safe: the
    other Latin code pages read the same text, or clearly worse, from enough bytes."""

    text: str
    name: str
    sure: bool


def _latin_score(raw: bytes, codec: str) -> tuple[int, str]:
    # ISO-8859-2 gives C1 control characters where Windows code pages have no character;
    # no contact file holds them, so they count as bytes that are no text
    text = _C1_CONTROLS.sub("\ufffd", raw.decode(codec, errors="replace"))
    non_ascii = sum(1 for byte in raw if byte >= 128)
    mess = mess_ratio(text) if non_ascii else 0.0
    score = _latin_plausibility(text) - 6 * text.count("\ufffd")
    return score - round(_MESS_WEIGHT * mess * non_ascii), text


def guess_latin(raw: bytes) -> LatinGuess:
    """The Latin code page (Windows-1252, Windows-1250 or ISO-8859-2) ``raw`` reads best in.

    Polish and Czech files written by Windows are Windows-1250: read as Windows-1252 "Łódź"
    becomes "£ódŸ". Where the readings tie, Windows-1252 is taken and the guess is unsure
    unless every reading is the same text.
    """
    readings = [(*_latin_score(raw, codec), name) for codec, name in _LATIN_CODECS]
    best = max(readings, key=lambda reading: reading[0])  # first of equals: cp1252
    others = [score for score, text, _ in readings if text != best[1]]
    enough = sum(1 for byte in raw if byte >= 128) >= SURE_BYTES
    sure = not others or (enough and best[0] > max(others))
    return LatinGuess(best[1], best[2], sure)


def guess_european(raw: bytes) -> str:
    """Decode bytes that are not UTF-8 in the Latin code page they read best in."""
    return guess_latin(raw).text


def _japanese_share(text: str) -> float:
    """Share of non-ASCII characters that are kana, kanji or full-width forms."""
    wide = [ch for ch in text if ord(ch) >= 128]
    if not wide:
        return 0.0
    japanese = sum(
        1 for ch in wide
        if "\u3000" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"
    )
    return japanese / len(wide)


def _latin_letter_share(text: str) -> float:
    wide = [ch for ch in text if ord(ch) >= 128]
    if not wide:
        return 1.0
    letters = sum(1 for ch in wide if "\u00c0" <= ch <= "\u017f" and ch not in "×÷")
    return letters / len(wide)


class LegacyText(NamedTuple):
    """A legacy-encoded file's text, the code page it was read in, whether bytes were
    replaced, and whether the code page is a safe guess (else the report says to check it)."""

    text: str
    codec: str
    replaced: bool
    sure: bool


def decode_legacy_csv(raw: bytes) -> LegacyText:
    """The text of a CSV file that is not UTF-8, in the code page it reads best in."""
    try:
        japanese = raw.decode("cp932")
    except UnicodeDecodeError:
        japanese = None
    if japanese is not None and _japanese_share(japanese) > 0.95:
        western = guess_latin(raw).text
        if "\ufffd" in western or _latin_letter_share(western) < 0.9:
            return LegacyText(japanese, "shift_jis", False, True)
    other = guess_non_latin(raw)
    if other is not None and other.sure:  # a whole file: unsure means too little to go on
        return LegacyText(raw.decode(other.codec, errors="replace"), other.name, False, True)
    latin = guess_latin(raw)
    return LegacyText(latin.text, latin.name, "\ufffd" in latin.text, latin.sure)


# Single-byte code pages an address book is written in, for charset-normalizer to choose from
_LEGACY_CODECS = ["cp1252", "iso8859_2", "cp1250", "cp1251", "koi8_r", "iso8859_5", "cp1253",
                  "iso8859_7", "cp1254", "cp1257", "cp1255", "cp1256"]
# Below this many non-ASCII bytes, different readings are too close to call with certainty
SURE_BYTES = 12


@dataclass(frozen=True)
class LegacyGuess:
    """A non-Latin code page the bytes read best in, and whether the guess is safe."""

    codec: str
    sure: bool

    @property
    def name(self) -> str:
        return codecs.lookup(self.codec).name


def _latin_share(text: str) -> float:
    letters = [ch for ch in text if ord(ch) >= 128 and ch.isalpha()]
    if not letters:
        return 1.0
    return sum(1 for ch in letters if ch <= "\u024f") / len(letters)


def guess_non_latin(raw: bytes) -> LegacyGuess | None:
    """The Cyrillic, Greek, ... code page ``raw`` (not UTF-8) is written in; None when it
    reads as Latin text, where the caller chooses between the Latin code pages."""
    if raw.isascii():
        return None
    results = from_bytes(raw, cp_isolation=_LEGACY_CODECS)
    best = results.best()
    if best is None or _latin_share(str(best)) >= 0.5:
        return None
    readings = {str(result) for result in results}
    high = sum(1 for byte in raw if byte >= 128)
    return LegacyGuess(best.encoding, sure=high >= SURE_BYTES or len(readings) == 1)
