"""IMAP's modified UTF-7 for folder names (RFC 3501 section 5.1.3).

Servers speaking IMAP4rev1 name folders in this form only: "Réponses clients" travels as
"R&AOk-ponses clients". Printable ASCII stands for itself except "&", written "&-"; every other
run of characters is UTF-16 (surrogate pairs for characters beyond the BMP), base64 with ","
for "/" and no padding, between "&" and "-".
"""

from __future__ import annotations

import base64
import binascii

from contactweb.errors import BadInput
from contactweb.i18n import _


def _printable(ch: str) -> bool:
    return 0x20 <= ord(ch) <= 0x7E


def _encode_run(run: str) -> str:
    data = base64.b64encode(run.encode("utf-16-be")).decode("ascii")
    return "&" + data.rstrip("=").replace("/", ",") + "-"


def encode(name: str) -> str:
    """The wire form of a folder name."""
    out: list[str] = []
    run: list[str] = []
    for ch in name:
        if _printable(ch):
            if run:
                out.append(_encode_run("".join(run)))
                run = []
            out.append("&-" if ch == "&" else ch)
        else:
            run.append(ch)
    if run:
        out.append(_encode_run("".join(run)))
    return "".join(out)


def decode(wire: str | bytes) -> str:
    """The folder name a person reads; BadInput when ``wire`` is not modified UTF-7."""
    text = wire.decode("ascii", "strict") if isinstance(wire, bytes) else wire
    out: list[str] = []
    index = 0
    while index < len(text):
        ch = text[index]
        if not _printable(ch):
            raise BadInput(_("The folder name {text!r} is not in IMAP's modified UTF-7.").format(
                text=text))
        if ch != "&":
            out.append(ch)
            index += 1
            continue
        end = text.find("-", index + 1)
        if end < 0:
            raise BadInput(_("The folder name {text!r} has an unfinished '&' sequence.").format(
                text=text))
        chunk = text[index + 1:end]
        out.append("&" if not chunk else _decode_run(text, chunk))
        index = end + 1
    return "".join(out)


def _decode_run(text: str, chunk: str) -> str:
    padded = chunk.replace(",", "/") + "=" * (-len(chunk) % 4)
    try:
        run = base64.b64decode(padded, validate=True).decode("utf-16-be")
    except (binascii.Error, UnicodeDecodeError):
        raise BadInput(_("The folder name {text!r} is not in IMAP's modified UTF-7.").format(
            text=text)) from None
    # The form is unique: a shifted run never holds what could have stood for itself.
    if not run or any(_printable(ch) for ch in run):
        raise BadInput(_("The folder name {text!r} is not in IMAP's modified UTF-7.").format(
            text=text))
    return run


def decode_or_raw(wire: bytes) -> str:
    """For listing: a server that sends a name outside the standard still gets it shown."""
    try:
        return decode(wire)
    except (BadInput, UnicodeDecodeError):
        return wire.decode("utf-8", "replace")
