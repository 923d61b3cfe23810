"""Decoding vCard property values: quoted-printable, character sets, escapes, photos."""

from __future__ import annotations

import binascii
import codecs
import re
from collections.abc import Callable
from dataclasses import dataclass

from contactweb.i18n import _

from .record import MAX_PHOTO_BYTES
from .text_decoding import (
    SURE_BYTES,
    LegacyGuess,
    guess_european,
    guess_non_latin,
    mostly_utf8,
)
from .vcard_lines import ContentLine

# CR LF is a line break; a lone CR is kept as the character it is (Thunderbird writes one
# raw inside a value, and its round trip through a vCard must not turn it into a LF)
_LINE_BREAKS = re.compile(r"\r\n")
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_ESCAPED_CHARS = {"n": "\n", "N": "\n", ",": ",", ";": ";", ":": ":", "\\": "\\"}
_WHITESPACE = re.compile(rb"\s+")
_DATA_URI = re.compile(r"^data:([\w.+\-]+/[\w.+\-]+)?(;[^,]*)?,", re.IGNORECASE)
_MIME_BY_TYPE = {"jpeg": "image/jpeg", "jpg": "image/jpeg", "png": "image/png",
                 "gif": "image/gif", "bmp": "image/bmp", "webp": "image/webp",
                 "tiff": "image/tiff", "heic": "image/heic"}


@dataclass
class DecodedText:
    text: str
    #: why the value may not read as intended ("" when it decoded cleanly)
    warning: str = ""
    #: bytes that were not text were replaced by U+FFFD
    replaced: bool = False


def _charset_codec(name: str) -> str | None:
    try:
        return codecs.lookup(name.strip()).name
    except LookupError:
        return None


def raw_text(line: ContentLine) -> bytes:
    """The value's bytes with any quoted-printable encoding undone."""
    return binascii.a2b_qp(line.value) if line.encoding == "QUOTED-PRINTABLE" else line.value


def decode_text(line: ContentLine, *, version: str, utf8_file: bool, card_charset: str = "",
                guess: Callable[[], LegacyGuess | None] | None = None) -> DecodedText:
    """The property value as text, with line breaks as "\\n" but escapes still in place.

    A value without a CHARSET of its own that is not UTF-8 is read in the character set
    another property of the same card declares (a 2.1 card often declares it only where a
    program thought it mattered), else in the code page ``guess`` finds for the card.
    """
    raw = raw_text(line)
    warning, replaced = "", False
    declared = "" if utf8_file else line.param("CHARSET")
    codec = _charset_codec(declared) if declared else None
    unknown = repr(declared) if declared and codec is None else ""
    warning = _guessed_note(unknown)
    if codec is not None:
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            text, replaced = raw.decode(codec, errors="replace"), True
            warning = _("text is not valid {charset}; unreadable characters were replaced "
                        "with \ufffd and the rest kept").format(charset=declared)
    else:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text, warning, replaced = _legacy_text(
                raw, version, unknown, _charset_codec(card_charset) if card_charset else None,
                guess)
    return DecodedText(_LINE_BREAKS.sub("\n", text), warning, replaced)


def _guessed_note(unknown: str) -> str:
    """What is said of a value whose CHARSET (``unknown``, quoted) is no known one."""
    if not unknown:
        return ""
    return _("unknown character set {charset}; the text was guessed").format(charset=unknown)


def _legacy_text(raw: bytes, version: str, unknown: str, card_codec: str | None,
                 guess: Callable[[], LegacyGuess | None] | None) -> tuple[str, str, bool]:
    """The text, the warning and whether bytes were replaced (only damaged UTF-8 says so,
    as before: a code page's own gaps are named by the warning on the code page).
    ``unknown`` is the value's own CHARSET, quoted, when it is no known one, else ""."""
    warning = _guessed_note(unknown)
    if card_codec is not None and card_codec != "utf-8":
        return raw.decode(card_codec, errors="replace"), warning, False
    damaged = mostly_utf8(raw)
    if damaged is not None:
        return damaged, _("text is damaged UTF-8; unreadable characters were replaced with "
                          "\ufffd and the rest kept"), True
    other = guess() if guess is not None else guess_non_latin(raw)
    if other is not None:
        text, unsure, name = raw.decode(other.codec, errors="replace"), not other.sure, other.name
    else:
        text, name = guess_european(raw), _("a Western or Central European code page")
        unsure = sum(1 for byte in raw if byte >= 128) < SURE_BYTES
    if unknown:
        if unsure:  # one sentence: a translation cannot join two of them in its own order
            warning = _("unknown character set {charset}; the text was read as {name}, which "
                        "is a guess from little text: check it").format(charset=unknown,
                                                                        name=name)
    elif version in ("3.0", "4.0"):
        warning = (_("text is not UTF-8 as vCard {version} requires; read as {name}, which is "
                     "a guess from little text: check it") if unsure else
                   _("text is not UTF-8 as vCard {version} requires; read as {name}")).format(
            version=version, name=name)
    elif unsure:
        warning = _("no character set given; read as {name}, which is a guess from little "
                    "text: check it").format(name=name)
    return text, warning, False


def _unescape_one(match: re.Match[str]) -> str:
    ch = match.group(1)
    if ch in _ESCAPED_CHARS:
        return _ESCAPED_CHARS[ch]
    # Apple escapes quotes (\"); a backslash before a letter or digit is kept (vCard 2.1
    # has no such escapes, so "A\C" means a backslash)
    return match.group(0) if ch.isalnum() or ch.isspace() else ch


def unescape(text: str) -> str:
    """Undo vCard escapes; an escape such as "\\C" is kept as written."""
    return _ESCAPE.sub(_unescape_one, text)


def split_unescaped(text: str, separator: str) -> list[str]:
    """Split on separators that are not escaped by a backslash, then unescape each part."""
    parts: list[str] = []
    current: list[str] = []
    index = 0
    while index < len(text):
        ch = text[index]
        if ch == "\\" and index + 1 < len(text):
            current.append(text[index:index + 2])
            index += 2
            continue
        if ch == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
        index += 1
    parts.append("".join(current))
    return [unescape(part) for part in parts]


def strip_uri_scheme(value: str, scheme: str) -> str:
    return value[len(scheme):] if value.lower().startswith(scheme) else value


@dataclass
class Photo:
    data: bytes | None
    mime: str
    problem: str = ""
    #: the card is refused for it (the importer lists it with the bad rows)
    refused: bool = False


def sniff_mime(data: bytes) -> str:
    if data.startswith(b"\xff\xd8"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG"):
        return "image/png"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return "application/octet-stream"


def _declared_mime(line: ContentLine) -> str:
    declared = line.param("MEDIATYPE").lower()
    if "/" in declared:
        return declared
    for kind in line.types:
        if "/" in kind:
            return kind
        if kind in _MIME_BY_TYPE:
            return _MIME_BY_TYPE[kind]
    return ""


def _decode_base64(payload: bytes, mime: str) -> Photo:
    compact = _WHITESPACE.sub(b"", payload)
    if len(compact) * 3 // 4 > MAX_PHOTO_BYTES:
        size_kib = len(compact) * 3 // 4 // 1024
        return Photo(None, "", _("photo of about {size} KiB dropped (larger than 1 MiB)").format(
            size=size_kib), refused=True)
    try:
        data = binascii.a2b_base64(compact, strict_mode=False)
    except binascii.Error:
        return Photo(None, "", _("photo could not be decoded (damaged base64)"))
    if not data:
        return Photo(None, "")
    return Photo(data, photo_type(data, mime))


def photo_type(data: bytes, declared: str) -> str:
    """The bytes say what the picture is; a TYPE that says otherwise (JPEG on a PNG) is
    wrong. Only a full signature counts: two bytes alone could begin anything."""
    sniffed = sniff_mime(data)
    certain = data.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a")) or (
        sniffed == "image/webp")
    return sniffed if certain else declared or sniffed


def decode_photo(line: ContentLine) -> Photo:
    """Inline photo bytes (base64 or data: URI); a web link is reported, not fetched."""
    if line.oversize:
        return Photo(None, "", _("photo dropped (larger than 1 MiB)"), refused=True)
    mime = _declared_mime(line)
    if line.encoding in ("B", "BASE64"):
        return _decode_base64(line.value, mime)
    # a 3.0 writer escapes the comma of "data:image/png;base64\\,..." as it would in text
    value = line.value.strip().replace(b"\\,", b",", 1)
    text = value[:200].decode("ascii", errors="replace")
    match = _DATA_URI.match(text)
    if match:
        if not (match.group(2) or "").lower().endswith("base64"):
            return Photo(None, "", _("photo data URI is not base64; it was skipped"))
        return _decode_base64(value[match.end():], (match.group(1) or mime).lower())
    if not value:
        return Photo(None, "")
    if line.param("VALUE").lower() in ("uri", "url") or re.match(r"^[a-z]+://", text):
        return Photo(None, "", _("photo is a web link; it was not downloaded"))
    return _decode_base64(value, mime)  # base64 without an ENCODING parameter
