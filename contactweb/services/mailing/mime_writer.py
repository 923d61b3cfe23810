"""A fast writer for the one message shape a mailing uses: text/plain, optionally with a
text/html alternative, UTF-8 quoted-printable, ASCII addresses.

The standard library's EmailMessage takes several milliseconds per message (it parses every
header it is given); this writes the same bytes directly, so 10,000 messages are not held up
by formatting. Addresses outside ASCII (which need SMTPUTF8) go through EmailMessage instead.
"""

from __future__ import annotations

import binascii
import secrets
from email.header import Header
from email.utils import formataddr

CRLF = "\r\n"


def header_text(value: str, name_length: int) -> str:
    """One header value: plain when it is short ASCII, else RFC 2047 encoded and folded.
    Whitespace (line breaks included) is collapsed, so no value can start a new header."""
    value = " ".join(value.split())
    if value.isascii() and len(value) + name_length + 2 <= 78:
        return value
    return Header(value, "utf-8", header_name="x" * name_length).encode(linesep=CRLF)


def address_header(name: str, address: str) -> str:
    name = " ".join(name.split())
    return formataddr((name, address), charset="utf-8")


def _quoted_printable(text: str) -> str:
    data = text.replace("\r\n", "\n").encode("utf-8")
    encoded = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
    return encoded.decode("ascii").replace("\n", CRLF)


def _text_part(subtype: str, text: str) -> str:
    return (f'Content-Type: text/{subtype}; charset="utf-8"{CRLF}'
            f"Content-Transfer-Encoding: quoted-printable{CRLF}{CRLF}"
            f"{_quoted_printable(text)}")


def write(headers: list[tuple[str, str]], text: str, html: str = "") -> bytes:
    """``headers`` are (name, already formatted value) pairs, in order."""
    lines = [f"{name}: {value}" for name, value in headers]
    lines.append("MIME-Version: 1.0")
    if not html:
        body = _text_part("plain", text)
        return (CRLF.join(lines) + CRLF + body).encode("ascii")
    boundary = "=_cw_" + secrets.token_hex(12)
    lines.append(f'Content-Type: multipart/alternative; boundary="{boundary}"')
    parts = [CRLF.join(lines), "", f"--{boundary}", _text_part("plain", text).rstrip(CRLF),
             f"--{boundary}", _text_part("html", html).rstrip(CRLF), f"--{boundary}--", ""]
    return CRLF.join(parts).encode("ascii")
