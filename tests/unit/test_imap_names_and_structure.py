"""IMAP folder names in modified UTF-7 both ways, BODYSTRUCTURE read into parts, and the
check that keeps plain IMAP on this computer unless a person confirms it."""

from __future__ import annotations

import email
from email.policy import default

import pytest

from contactweb.errors import BadInput
from contactweb.services.mailing import imap_utf7
from contactweb.services.mailing.imap_reader import check_plain, quoted
from contactweb.services.mailing.imap_structure import parse, parts, rebuild
from contactweb.services.mailing.reply_sources import ImapSource
from contactweb.services.tls_trust import is_this_computer, normalise_fingerprint

WIRE_FORMS = [
    ("INBOX", "INBOX"),
    ("Réponses clients", "R&AOk-ponses clients"),
    ("Tom & Jerry", "Tom &- Jerry"),
    ("&", "&-"),
    ("~peter/mail/台北/日本語", "~peter/mail/&U,BTFw-/&ZeVnLIqe-"),  # RFC 3501's example
    ("Archiv 😀", "Archiv &2D3eAA-"),  # beyond the BMP: a surrogate pair
    ("Entwürfe/Ärger", "Entw&APw-rfe/&AMQ-rger"),
]


@pytest.mark.parametrize(("name", "wire"), WIRE_FORMS)
def test_folder_names_encode_and_decode(name: str, wire: str) -> None:
    assert imap_utf7.encode(name) == wire
    assert imap_utf7.decode(wire) == name
    assert imap_utf7.decode(wire.encode("ascii")) == name


@pytest.mark.parametrize("bad", ["R&AOk", "&AGE-", "&Jjo", "caf\u00e9", "&!!!-"])
def test_names_that_are_not_modified_utf7_are_refused(bad: str) -> None:
    with pytest.raises(BadInput):
        imap_utf7.decode(bad)


def test_a_folder_is_sent_encoded_and_quoted() -> None:
    assert quoted('Réponses "clients"') == '"R&AOk-ponses \\"clients\\""'
    with pytest.raises(BadInput):
        quoted("INBOX\r\nA1 DELETE INBOX")


LARGE = (b'(("text" "plain" ("charset" "utf-8") NIL NIL "7bit" 60 2 NIL NIL NIL NIL)'
         b'("text" "html" ("charset" "utf-8") NIL NIL "7bit" 40 1 NIL NIL NIL NIL) '
         b'"alternative" ("boundary" "b1") NIL NIL NIL)'
         b'("application" "pdf" NIL NIL NIL "base64" 42000000 NIL '
         b'("attachment" ("filename" {13}\r\ncatalogue.pdf)) NIL NIL) '
         b'"mixed" ("boundary" "b0") NIL NIL NIL')


def test_bodystructure_gives_sections_types_sizes_and_attachments() -> None:
    [structure] = parse(b"(" + LARGE + b")")
    found = parts(structure)
    assert [(p.section, p.mime_type, p.size, p.filename, p.readable) for p in found] == [
        ("1.1", "text/plain", 60, "", True),
        ("1.2", "text/html", 40, "", True),
        ("2", "application/pdf", 42000000, "catalogue.pdf", False)]
    [single] = parse(b'("TEXT" "PLAIN" ("CHARSET" "us-ascii") NIL NIL "7BIT" 12 1 NIL NIL NIL)')
    assert [(p.section, p.mime_type) for p in parts(single)] == [("TEXT", "text/plain")]


def test_a_message_rebuilt_from_header_and_text_parts_reads_as_mail() -> None:
    header = (b"From: lars@example.org\r\nSubject: Re: news\r\nContent-Type: multipart/mixed;"
              b"\r\n boundary=b0\r\nMIME-Version: 1.0\r\n\r\n")
    raw = rebuild(header, [(b"Content-Type: text/plain; charset=utf-8\r\n\r\n",
                            b"Unsubscribe, please.")])
    message = email.message_from_bytes(raw, policy=default)
    assert message["From"] == "lars@example.org"
    assert message.get_body(("plain",)).get_content().strip() == "Unsubscribe, please."
    assert b"boundary=b0" not in raw


def test_plain_imap_to_another_computer_needs_a_yes() -> None:
    far = ImapSource("192.0.2.10", 143, "plain", "u", "p")
    with pytest.raises(BadInput, match="--allow-plain"):
        check_plain(far)
    check_plain(ImapSource("192.0.2.10", 143, "plain", "u", "p", allow_plain=True))
    check_plain(ImapSource("127.0.0.1", 143, "plain", "u", "p"))
    check_plain(ImapSource("192.0.2.10", 993, "ssl", "u", "p"))
    assert is_this_computer("::1") and not is_this_computer("192.0.2.10")


def test_fingerprints_are_read_in_the_usual_spellings() -> None:
    digest = "ab" * 32
    assert normalise_fingerprint(":".join(["AB"] * 32)) == digest
    assert normalise_fingerprint("SHA256=" + "AB" * 32) == digest
    assert normalise_fingerprint("ab" * 31) is None
