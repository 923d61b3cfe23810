"""Decoding vCard property values: quoted-printable, character sets, escapes, photos."""

from __future__ import annotations

import binascii
import codecs
import re
from collections.abc import Callable
from dataclasses import dataclass

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
    warning = ""
    declared = "" if utf8_file else line.param("CHARSET")
    codec = _charset_codec(declared) if declared else None
    if declared and codec is None:
        warning = f"unknown character set {declared!r}; the text was guessed"
    if codec is not None:
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            text = raw.decode(codec, errors="replace")
            warning = (f"text is not valid {declared}; unreadable characters were replaced "
                       "with \ufffd and the rest kept")
    else:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text, warning = _legacy_text(raw, version, warning,
                                         _charset_codec(card_charset) if card_charset else None,
                                         guess)
    return DecodedText(_LINE_BREAKS.sub("\n", text), warning)


def _legacy_text(raw: bytes, version: str, warning: str, card_codec: str | None,
                 guess: Callable[[], LegacyGuess | None] | None) -> tuple[str, str]:
    if card_codec is not None and card_codec != "utf-8":
        return raw.decode(card_codec, errors="replace"), warning
    damaged = mostly_utf8(raw)
    if damaged is not None:
        return damaged, ("text is damaged UTF-8; unreadable characters were replaced with "
                         "\ufffd and the rest kept")
    other = guess() if guess is not None else guess_non_latin(raw)
    if other is not None:
        text, unsure, name = raw.decode(other.codec, errors="replace"), not other.sure, other.name
    else:
        text, name = guess_european(raw), "a Western or Central European code page"
        unsure = sum(1 for byte in raw if byte >= 128) < SURE_BYTES
    if version in ("3.0", "4.0"):
        warning = warning or (f"text is not UTF-8 as vCard {version} requires; read as "
                              f"{name}")
    elif unsure:
        warning = warning or f"no character set given; read as {name}"
    if unsure:
        warning += ", which is a guess from little text: check it"
    return text, warning


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
        return Photo(None, "", f"photo of about {size_kib} KiB dropped (larger than 1 MiB)")
    try:
        data = binascii.a2b_base64(compact, strict_mode=False)
    except binascii.Error:
        return Photo(None, "", "photo could not be decoded (damaged base64)")
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
        return Photo(None, "", "photo dropped (larger than 1 MiB)")
    mime = _declared_mime(line)
    if line.encoding in ("B", "BASE64"):
        return _decode_base64(line.value, mime)
    # a 3.0 writer escapes the comma of "data:image/png;base64\\,..." as it would in text
    value = line.value.strip().replace(b"\\,", b",", 1)
    text = value[:200].decode("ascii", errors="replace")
    match = _DATA_URI.match(text)
    if match:
        if not (match.group(2) or "").lower().endswith("base64"):
            return Photo(None, "", "photo data URI is not base64; it was skipped")
        return _decode_base64(value[match.end():], (match.group(1) or mime).lower())
    if not value:
        return Photo(None, "")
    if line.param("VALUE").lower() in ("uri", "url") or re.match(r"^[a-z]+://", text):
        return Photo(None, "", "photo is a web link; it was not downloaded")
    return _decode_base64(value, mime)  # base64 without an ENCODING parameter
