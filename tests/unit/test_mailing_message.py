"""Merge fields and the message itself: one recipient, footer, postal address, headers."""

from __future__ import annotations

import email
from email.policy import default

import pytest

from contactweb.errors import BadInput
from contactweb.services.mailing import merge, message
from contactweb.services.mailing.message import Draft, SenderIdentity
from contactweb.services.mailing.postal_address import postal_lines
from contactweb.services.mailing.smtp_transport import dot_stuffed

SENDER = SenderIdentity("Lindenhof News", "news@lindenhof.example", "Lindenhof Tools",
                        "12 Mill Lane\nSpringfield, IL 62701")
VALUES = {"first_name": "Zoë", "last_name": "O'Neil", "company": "Acme & Sons", "city": ""}


def test_merge_fields_with_fallbacks_and_literal_braces() -> None:
    text = merge.render("Dear {first_name}, {company} in {city|your town} {{x}} "
                        "a{color:red} {First_Name}", VALUES)
    assert text == "Dear Zoë, Acme & Sons in your town {x} a{color:red} Zoë"


def test_html_merge_escapes_values() -> None:
    assert merge.render("<b>{company}</b>", VALUES, as_html=True) == "<b>Acme &amp; Sons</b>"


def test_unknown_field_is_an_error_at_compose_time() -> None:
    with pytest.raises(BadInput, match=r"Unknown merge field \{firstname\} \(subject\)"):
        Draft("Hi {firstname}", "body").check()
    with pytest.raises(BadInput, match="HTML body"):
        Draft("Hi", "body", "<p>{nickname}</p>").check()
    with pytest.raises(BadInput, match="needs a subject"):
        Draft(" ", "body").check()


def test_message_has_one_recipient_footer_and_unsubscribe_header() -> None:
    draft = Draft("Spring — news for {first_name}", "Hello {first_name},\n.Dotted line\n",
                  "<html><body><p>Hi {first_name}</p></body></html>")
    rendered = message.render(draft, SENDER, VALUES, "Zoë O'Neil\r\nBcc: x@evil.example",
                              "zoe@example.org")
    raw = message.to_bytes(rendered, SENDER, "<id-1@lindenhof.example>")
    parsed = email.message_from_bytes(raw, policy=default)
    assert [a.addr_spec for a in parsed["To"].addresses] == ["zoe@example.org"]
    assert parsed["Bcc"] is None and parsed["Cc"] is None
    assert parsed["Subject"] == "Spring — news for Zoë"
    assert parsed["List-Unsubscribe"] == "<mailto:news@lindenhof.example?subject=unsubscribe>"
    assert parsed["Message-ID"] == "<id-1@lindenhof.example>"
    text = parsed.get_body(("plain",)).get_content().replace("\r\n", "\n")  # wire CRLF
    assert text.startswith("Hello Zoë,\n.Dotted line\n")
    assert "12 Mill Lane\nSpringfield, IL 62701" in text and "unsubscribe" in text
    html_part = parsed.get_body(("html",)).get_content()
    assert html_part.index("unsubscribe") < html_part.index("</body>")
    assert b"\n" not in raw.replace(b"\r\n", b"")  # CRLF line ends throughout


def test_non_ascii_address_takes_the_smtputf8_path() -> None:
    rendered = message.render(Draft("Hi", "Hello"), SENDER, {}, "Jürgen", "jürgen@example.de")
    raw = message.to_bytes(rendered, SENDER, "<a@b>")
    parsed = email.message_from_string(raw.decode("utf-8"), policy=default)  # SMTPUTF8: raw
    assert parsed["To"].addresses[0].addr_spec == "jürgen@example.de"


def test_dot_stuffing_and_line_endings() -> None:
    assert dot_stuffed(b"a\n.b\r\n..c") == b"a\r\n..b\r\n...c\r\n"


@pytest.mark.parametrize(("country", "home", "expected"), [
    # Google's address data: the town in capitals where the post asks for it; a region only
    # where the country writes one.
    ("US", "US", ("1 Main St", "SPRINGFIELD, IL 62701")),
    ("DE", "US", ("1 Main St", "62701 SPRINGFIELD", "GERMANY")),
    ("GB", "GB", ("1 Main St", "SPRINGFIELD", "62701")),
    ("Narnia", "US", ("1 Main St", "62701 Springfield", "IL", "NARNIA")),
])
def test_postal_lines(country: str, home: str, expected: tuple[str, ...]) -> None:
    assert postal_lines("1 Main St", "Springfield", "IL", "62701", country, home) == expected
