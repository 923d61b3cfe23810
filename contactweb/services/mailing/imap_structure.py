"""Reading IMAP responses: the parenthesised lists of FETCH and LIST, a message's
BODYSTRUCTURE as a list of parts with their section numbers, and a readable message rebuilt
from the header and the text parts alone (RFC 3501 sections 6.4.5, 7.2.2, 7.4.2)."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from typing import TypeAlias

Item: TypeAlias = bytes | None | list["Item"]

# Parts worth reading in a reply or a bounce; everything else is an attachment to skip.
READABLE_TYPES = {("text", "plain"), ("text", "html"), ("text", "rfc822-headers"),
                  ("message", "delivery-status"), ("message", "global-delivery-status")}


# An atom, where BODY[1.MIME] and BODY[]<0> count as one, brackets included.
_ATOM = re.compile(rb'(?:[^ ()\r\n"{\[\]]+|\[[^\]]*\])+')


class ResponseError(ValueError):
    """The server's answer is not well-formed IMAP."""


def response_bytes(data: list) -> bytes:
    """imaplib's pieces (bytes, and (prefix, literal) tuples) joined back into the wire form,
    each literal after its ``{n}`` announcement."""
    out = bytearray()
    for piece in data:
        if isinstance(piece, tuple):
            out += b" " + piece[0] + b"\r\n" + piece[1]
        elif isinstance(piece, bytes):
            out += b" " + piece
    return bytes(out)


def parse(text: bytes) -> list[Item]:
    """Every item on the line: atoms and strings as bytes, NIL as None, lists as lists."""
    stack: list[list[Item]] = [[]]
    i, n = 0, len(text)
    while i < n:
        ch = text[i:i + 1]
        if ch in b" \r\n":
            i += 1
        elif ch == b"(":
            stack.append([])
            i += 1
        elif ch == b")":
            if len(stack) < 2:
                raise ResponseError("unbalanced ')'")
            done = stack.pop()
            stack[-1].append(done)
            i += 1
        elif ch == b'"':
            i, value = _quoted(text, i + 1)
            stack[-1].append(value)
        elif ch == b"{":
            close = text.find(b"}", i)
            if close < 0 or not text[i + 1:close].isdigit():
                raise ResponseError("bad literal")
            size = int(text[i + 1:close])
            start = close + 1 + (2 if text[close + 1:close + 3] == b"\r\n" else 0)
            stack[-1].append(text[start:start + size])
            i = start + size
        else:
            match = _ATOM.match(text, i)
            if not match:
                raise ResponseError(f"unexpected {ch!r}")
            atom = match.group(0)
            stack[-1].append(None if atom.upper() == b"NIL" else atom)
            i = match.end()
    if len(stack) != 1:
        raise ResponseError("unbalanced '('")
    return stack[0]


def _quoted(text: bytes, i: int) -> tuple[int, bytes]:
    out = bytearray()
    while i < len(text):
        ch = text[i]
        if ch == 0x5C:  # backslash
            out.append(text[i + 1])
            i += 2
        elif ch == 0x22:
            return i + 1, bytes(out)
        else:
            out.append(ch)
            i += 1
    raise ResponseError("unfinished quoted string")


def fetch_items(data: list) -> dict[bytes, Item]:
    """The name/value pairs of a FETCH response (``UID``, ``RFC822.SIZE``, ``BODY[1]``...),
    names upper-cased, ``BODY.PEEK`` answered as ``BODY``."""
    found: dict[bytes, Item] = {}
    items = parse(response_bytes(data))
    # imaplib hands over "17 (UID 5 ...)": the "* " and "FETCH" are already gone.
    for item in items:
        if isinstance(item, list):
            for name, value in zip(item[0::2], item[1::2], strict=False):
                if isinstance(name, bytes):
                    found[re.sub(rb"<\d+>$", b"", name.upper())] = value
    return found


@dataclass(frozen=True)
class Part:
    section: str  # "1", "2.1"...; "TEXT" for the body of a message that is not multipart
    mime_type: str
    size: int
    filename: str
    attachment: bool

    @property
    def readable(self) -> bool:
        return tuple(self.mime_type.split("/", 1)) in READABLE_TYPES and not self.attachment

    def describe(self) -> str:
        name = f"{self.filename!r} " if self.filename else ""
        return f"{name}({self.mime_type}, {human_size(self.size)})"


def human_size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.1f} kB"


def _text(value: Item) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else ""


def _params(value: Item) -> dict[str, str]:
    if not isinstance(value, list):
        return {}
    return {_text(k).lower(): _text(v) for k, v in zip(value[0::2], value[1::2], strict=False)}


def parts(structure: Item, prefix: str = "") -> list[Part]:
    """The leaf parts of a BODYSTRUCTURE; a message/rfc822 part counts as one leaf."""
    if not isinstance(structure, list) or not structure:
        raise ResponseError("empty BODYSTRUCTURE")
    if isinstance(structure[0], list):  # multipart: the children, then the subtype
        children = []
        for child in structure:  # the children come first; then subtype and parameters
            if not isinstance(child, list):
                break
            children.append(child)
        result: list[Part] = []
        for number, child in enumerate(children, start=1):
            result += parts(child, f"{prefix}{number}.")
        return result
    kind = f"{_text(structure[0])}/{_text(structure[1])}".lower()
    size = int(structure[6]) if len(structure) > 6 and isinstance(structure[6], bytes) and \
        structure[6].isdigit() else 0
    # Where the disposition sits depends on the type (text and message/rfc822 have extra
    # fields before the extension data).
    at = {"text": 9, "message/rfc822": 11}.get(kind if kind == "message/rfc822"
                                                else kind.split("/")[0], 8)
    disposition = structure[at] if len(structure) > at else None
    how, how_params = "", {}
    if isinstance(disposition, list) and disposition:
        how, how_params = _text(disposition[0]).lower(), _params(disposition[1:2][0]
                                                                 if len(disposition) > 1 else None)
    filename = how_params.get("filename") or _params(structure[2]).get("name", "")
    section = prefix.rstrip(".") or "TEXT"
    return [Part(section, kind, size, filename, how == "attachment")]


def _header_fields(header: bytes) -> list[bytes]:
    fields: list[bytes] = []
    for line in header.replace(b"\r\n", b"\n").split(b"\n"):
        if not line:
            continue
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1] += b"\r\n" + line
        else:
            fields.append(line)
    return fields


def rebuild(header: bytes, sections: list[tuple[bytes, bytes]]) -> bytes:
    """A message with the original header and only the given parts (MIME header, body).
    An empty list gives the header alone; so does a message whose only part was skipped."""
    if not sections:
        kept = [f for f in _header_fields(header)
                if not f.lower().startswith((b"content-type:", b"content-transfer-encoding:"))]
        return b"\r\n".join(kept) + b"\r\n\r\n"
    kept = [f for f in _header_fields(header)
            if not f.lower().startswith((b"content-type:", b"content-transfer-encoding:"))]
    boundary = b"=_contactweb_" + secrets.token_hex(12).encode()
    out = [b"\r\n".join(kept), b"\r\nContent-Type: multipart/mixed; boundary=\"", boundary,
           b"\"\r\n\r\n"]
    for mime, body in sections:
        mime_text = b"\r\n".join(_header_fields(mime))
        out += [b"--", boundary, b"\r\n", mime_text, b"\r\n\r\n", body, b"\r\n"]
    out += [b"--", boundary, b"--\r\n"]
    return b"".join(out)
