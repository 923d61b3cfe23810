"""vCard bytes to content lines: line breaks, unfolding, names and parameters.

Works on bytes, not text, because vCard 2.1 declares a character set per property and
exporters fold lines by octets, even in the middle of a UTF-8 character; values are decoded
only after unfolding. Everything here is a single pass over the input with bounded state.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

#: a logical line longer than this is dropped (a 1 MiB photo in base64 needs about 1.4 MB)
MAX_LINE_BYTES = 2 * 1024 * 1024
_MAX_HEAD_BYTES = 4096
_MAX_NAME_BYTES = 200

_NAME = re.compile(rb"[ \t]*([A-Za-z0-9_\-]+(?:\.[A-Za-z0-9_\-]+)*)")
_CARD_BOUNDARY = re.compile(rb"[ \t]*(?:BEGIN|END)[ \t]*:[ \t]*VCARD", re.IGNORECASE)
_QUOTED_PRINTABLE = re.compile(rb"QUOTED-PRINTABLE", re.IGNORECASE)
_BASE64_PARAM = re.compile(rb";[ \t]*(?:ENCODING[ \t]*=[ \t]*)?(?:BASE64|B)[ \t]*[;:]", re.IGNORECASE)
_BASE64_ONLY = re.compile(rb"[A-Za-z0-9+/=]+")
_PROPERTY_START = re.compile(rb"[ \t]*([A-Za-z0-9_\-]+(?:\.[A-Za-z0-9_\-]+)*)[ \t]*[;:]")
_PROPERTY_NAMES = frozenset(
    b"BEGIN END VERSION N FN NICKNAME PHOTO BDAY ANNIVERSARY GENDER ADR LABEL TEL EMAIL IMPP "
    b"LANG TZ GEO TITLE ROLE LOGO ORG MEMBER RELATED CATEGORIES NOTE PRODID REV SOUND UID "
    b"CLIENTPIDMAP URL KEY FBURL CALADRURI CALURI XML KIND SOURCE NAME PROFILE MAILER CLASS "
    b"AGENT SORT-STRING".split())
# vCard 2.1 allows parameters without a name ("TEL;WORK;FAX"); these ones are encodings
_BARE_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})
# RFC 6868 escapes inside parameter values
_CARET = re.compile(r"\^([n'^])")
_CARET_CHARS = {"n": "\n", "'": '"', "^": "^"}


@dataclass
class ContentLine:
    """One property of a card, with its value still raw (escaped and encoded)."""

    name: str
    group: str = ""
    params: dict[str, list[str]] = field(default_factory=dict)
    value: bytes = b""
    line_number: int = 0
    oversize: bool = False

    def param(self, name: str) -> str:
        values = self.params.get(name)
        return values[0] if values else ""

    @property
    def types(self) -> list[str]:
        return [value.lower() for value in self.params.get("TYPE", [])]

    @property
    def encoding(self) -> str:
        return self.param("ENCODING").upper()


def _head(line: bytes) -> bytes:
    colon = line.find(b":")
    return line if colon < 0 else line[:colon]


class _LogicalLine:
    """The physical lines of one property while they are being joined."""

    def __init__(self, first: bytes, line_number: int) -> None:
        head = _head(first)
        self.head = head[:_MAX_HEAD_BYTES]
        self.chunks = [first]
        self.size = len(first)
        self.line_number = line_number
        self.oversize = self.size > MAX_LINE_BYTES
        if self.oversize:
            self.chunks = [self.head]
        self.quoted_printable = bool(_QUOTED_PRINTABLE.search(head))
        self.base64 = bool(_BASE64_PARAM.search(head + b":"))

    def append(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > MAX_LINE_BYTES:
            self.oversize = True  # keep consuming its lines, but keep none of the value
            return
        self.chunks.append(chunk)

    def ends_with_soft_break(self) -> bool:
        return self.quoted_printable and not self.oversize and self.chunks[-1].endswith(b"=")

    def continues_with_backslash(self) -> bool:
        if self.base64 or self.oversize or b":" not in self.chunks[0]:
            return False
        last = self.chunks[-1]
        trailing = len(last) - len(last.rstrip(b"\\"))
        return trailing % 2 == 1

    def join(self) -> bytes:
        # an oversize property keeps its name and parameters only, so it can be reported
        return self.head + b":" if self.oversize else b"".join(self.chunks)


def _starts_property(line: bytes) -> bool:
    """Whether a line begins a property of its own (a known name, or an X- one)."""
    match = _PROPERTY_START.match(line)
    if not match:
        return False
    name = match.group(1).rpartition(b".")[2].upper()
    return name in _PROPERTY_NAMES or name.startswith(b"X-")


def logical_lines(data: bytes) -> Iterator[tuple[int, bytes, bool]]:
    """(first line number, unfolded bytes, oversize) for each non-blank logical line."""
    # LF (with any CRs before it) ends a line; a lone CR then stays in the value, as
    # Thunderbird writes it. A file without any LF is old Mac style and ends lines with CR.
    separator = b"\n" if b"\n" in data else b"\r"
    block_end = re.compile(re.escape(separator) + rb"(?![ \t])")
    length = len(data)
    start = 0
    number = 0
    current: _LogicalLine | None = None
    while start < length:
        end = data.find(separator, start)
        if end < 0:
            end = length
        line = data[start:end].rstrip(b"\r")
        number += 1
        start = end + 1
        if current is not None:
            if current.ends_with_soft_break() and not _CARD_BOUNDARY.match(line):
                # quoted-printable soft break: the next line continues the value as it is
                current.chunks[-1] = current.chunks[-1][:-1]
                current.append(line)
                continue
            if line[:1] in (b" ", b"\t"):
                current.append(line[1:])
                if current.oversize:
                    # skip the rest of the folded block at C speed (a 50 MB photo)
                    match = block_end.search(data, end)
                    stop = match.start() if match else length
                    number += data.count(separator, end, stop)
                    start = stop + 1
                continue
            if current.base64 and line and _BASE64_ONLY.fullmatch(line):
                current.append(line)  # vCard 2.1 base64 continued without indentation
                continue
            if line and current.continues_with_backslash() and not _starts_property(line):
                # 2.1 writers that end a line with a backslash go on with the same value on
                # the next line (an ADR's second street line, then city, postcode ...)
                current.append(b"n" + line)
                continue
            if current.size:
                yield current.line_number, current.join(), current.oversize
        current = _LogicalLine(line, number)
    if current is not None and current.size:
        yield current.line_number, current.join(), current.oversize


def _decode_param_value(raw: bytes) -> str:
    text = raw.decode("utf-8", errors="replace").strip()
    if len(text) >= 2 and text[0] == '"' and text[-1] == '"':
        text = text[1:-1]
    return _CARET.sub(lambda m: _CARET_CHARS[m.group(1)], text)


def _split_param_values(raw: bytes) -> list[bytes]:
    """Split "a,b" and '"x,y",z' on commas outside quotes."""
    values: list[bytes] = []
    start = 0
    quoted = False
    for index, byte in enumerate(raw):
        if byte == 0x22:
            quoted = not quoted
        elif byte == 0x2C and not quoted:
            values.append(raw[start:index])
            start = index + 1
    values.append(raw[start:])
    return values


def parse_content_line(raw: bytes, line_number: int = 0, oversize: bool = False) -> ContentLine | None:
    """Split "group.NAME;PARAM=a,b;BARE:value"; None when the line is not a property."""
    match = _NAME.match(raw)
    if not match or match.end() > _MAX_NAME_BYTES:
        return None
    full_name = match.group(1).decode("ascii")
    group, _, name = full_name.rpartition(".")
    line = ContentLine(name=name.upper(), group=group.lower(), line_number=line_number,
                       oversize=oversize)
    position = match.end()
    length = len(raw)
    while position < length and raw[position:position + 1] in (b" ", b"\t"):
        position += 1
    while position < length and raw[position] == 0x3B:  # ";" starts a parameter
        position += 1
        start = position
        quoted = False
        while position < length:
            byte = raw[position]
            if byte == 0x22:
                quoted = not quoted
            elif not quoted and byte in (0x3B, 0x3A):  # ";" or ":"
                break
            position += 1
        _add_param(line, raw[start:position])
    if position >= length:
        return line  # "FN" with no colon at all: an empty value
    if raw[position] != 0x3A:
        return None
    line.value = raw[position + 1:]
    return line


def _add_param(line: ContentLine, raw: bytes) -> None:
    name_part, equals, value_part = raw.partition(b"=")
    name = name_part.decode("utf-8", errors="replace").strip().upper()
    if not name:
        return
    if not equals:
        # vCard 2.1 bare parameter: an encoding, or a type such as HOME, CELL, JPEG
        key = "ENCODING" if name in _BARE_ENCODINGS else "TYPE"
        line.params.setdefault(key, []).append(name)
        return
    values = [_decode_param_value(part) for part in _split_param_values(value_part)]
    if name == "TYPE":
        values = [piece.strip() for value in values for piece in value.split(",")]
    line.params.setdefault(name, []).extend(value for value in values if value != "")
