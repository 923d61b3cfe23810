"""One email to one recipient: merged subject and body, the business's postal address, a
footer saying how to opt out, and a mailto ``List-Unsubscribe`` header.

A message never names anyone but its one recipient: no shared To, no Cc, no Bcc.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP, SMTPUTF8
from email.utils import format_datetime, make_msgid
from urllib.parse import quote

from contactweb.errors import BadInput
from contactweb.i18n import N_, _, translated_in
from contactweb.services.mailing import merge, mime_writer

MAX_SUBJECT = 300


@dataclass(frozen=True)
class Draft:
    subject: str
    body_text: str
    body_html: str = ""

    def check(self) -> None:
        """Everything that can be wrong with a draft, found when it is composed."""
        if not self.subject.strip():
            raise BadInput(_("The mailing needs a subject."))
        if len(self.subject) > MAX_SUBJECT:
            raise BadInput(_("The subject is longer than {max_subject} characters.").format(
                max_subject=MAX_SUBJECT))
        if not self.body_text.strip():
            raise BadInput(_("The mailing needs a plain-text body (an HTML body is optional)."))
        merge.check_template(self.subject, _("subject"))
        merge.check_template(self.body_text, _("plain-text body"))
        merge.check_template(self.body_html, _("HTML body"))


@dataclass(frozen=True)
class SenderIdentity:
    name: str
    address: str
    business_name: str
    postal_address: str  # lines separated by newlines

    @property
    def postal_lines(self) -> list[str]:
        return [line.strip() for line in self.postal_address.splitlines() if line.strip()]


@dataclass(frozen=True)
class RenderedMessage:
    """What a recipient will see; the preview shows exactly this."""

    to_name: str
    to_address: str
    subject: str
    text: str
    html: str


def unsubscribe_mailto(sender: SenderIdentity) -> str:
    """The RFC 2369 ``List-Unsubscribe`` target, a mailto URI (RFC 6068): characters an
    address may hold but a URI may not (%, /, ?, #, non-ASCII) are percent-encoded, so the
    header stays ASCII and every mail program reads the same address."""
    return f"mailto:{quote(sender.address, safe=_MAILTO_SAFE)}?subject=unsubscribe"


# RFC 6068: addr-spec characters allowed in a mailto URI's "to" without encoding.
_MAILTO_SAFE = "@!$'()*+,;=-._~"


# The footer speaks the recipient's language (contact_language); the reply word stays
# "unsubscribe" in every language, as the replies scanner knows it.
FOOTER_TEXT = N_("You receive this email because you agreed to hear from {business}. To stop "
                 "receiving these emails, reply with the word \"unsubscribe\" or write to "
                 "{address}.")
FOOTER_HTML = N_("You receive this email because you agreed to hear from {business}. To stop "
                 "receiving these emails, {link_start}unsubscribe{link_end} or reply with the "
                 "word \"unsubscribe\" ({address}).")


def footer_text(sender: SenderIdentity, language: str = "en") -> str:
    lines = ["", "-- ", sender.business_name, *sender.postal_lines, "",
             translated_in(language, FOOTER_TEXT).format(business=sender.business_name,
                                                         address=sender.address)]
    return "\n".join(lines)


def footer_html(sender: SenderIdentity, language: str = "en") -> str:
    address = "<br>".join(html.escape(line) for line in sender.postal_lines)
    link = html.escape(unsubscribe_mailto(sender), quote=True)
    wording = translated_in(language, FOOTER_HTML).format(
        business=html.escape(sender.business_name), link_start=f'<a href="{link}">',
        link_end="</a>", address=html.escape(sender.address))
    return ('<hr style="border:none;border-top:1px solid #ccc;margin-top:2em">'
            '<p style="font-size:small;color:#555">'
            f"{html.escape(sender.business_name)}<br>{address}</p>"
            f'<p style="font-size:small;color:#555">{wording}</p>')


def render(draft: Draft, sender: SenderIdentity, values: Mapping[str, str], to_name: str,
           to_address: str, language: str = "en") -> RenderedMessage:
    """``language``: the recipient's (contact_language), for the footer."""
    subject = merge.render_line(draft.subject, values)
    text = merge.render(draft.body_text, values).rstrip() + "\n" + \
        footer_text(sender, language) + "\n"
    body_html = ""
    if draft.body_html.strip():
        merged = merge.render(draft.body_html, values, as_html=True)
        closing = re.search(r"</body\s*>", merged, re.IGNORECASE)
        if closing:
            body_html = merged[:closing.start()] + footer_html(sender, language) + \
                merged[closing.start():]
        else:
            body_html = merged + footer_html(sender, language)
    return RenderedMessage(to_name, to_address, subject, text, body_html)


def new_message_id(sender_address: str) -> str:
    domain = sender_address.rpartition("@")[2] or "contactweb.invalid"
    return make_msgid(domain=domain.encode("idna").decode("ascii")
                      if not domain.isascii() else domain)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def build(rendered: RenderedMessage, sender: SenderIdentity, message_id: str,
          date_header: str | None = None) -> EmailMessage:
    """The MIME message. Header values are single lines, so nothing a contact typed can add a
    header."""
    needs_utf8 = not (rendered.to_address.isascii() and sender.address.isascii())
    message = EmailMessage(policy=SMTPUTF8 if needs_utf8 else SMTP)
    message["From"] = _address(sender.name or sender.business_name, sender.address)
    message["To"] = _address(rendered.to_name, rendered.to_address)
    message["Subject"] = _one_line(rendered.subject)
    message["Date"] = date_header or format_datetime_now()
    message["Message-ID"] = message_id
    message["List-Unsubscribe"] = f"<{unsubscribe_mailto(sender)}>"
    message["Auto-Submitted"] = "no"
    message.set_content(rendered.text)
    if rendered.html:
        message.add_alternative(rendered.html, subtype="html")
    return message


def _address(name: str, address: str) -> Address:
    local, _at, domain = address.rpartition("@")
    if not local or not domain or _one_line(address) != address:
        raise BadInput(_("{address!r} is not an email address a message can go to.").format(
            address=address))
    return Address(display_name=_one_line(name), username=local, domain=domain)


def format_datetime_now() -> str:
    return format_datetime(datetime.now(UTC))


def to_bytes(rendered: RenderedMessage, sender: SenderIdentity, message_id: str) -> bytes:
    """The message as sent. ASCII addresses take the fast writer; others need SMTPUTF8 and
    go through EmailMessage."""
    if not (rendered.to_address.isascii() and sender.address.isascii()):
        return build(rendered, sender, message_id).as_bytes()
    for address in (rendered.to_address, sender.address):
        _address("", address)  # the same checks as the slow path
    headers = [
        ("From", mime_writer.address_header(sender.name or sender.business_name,
                                            sender.address)),
        ("To", mime_writer.address_header(rendered.to_name, rendered.to_address)),
        ("Subject", mime_writer.header_text(rendered.subject, len("Subject"))),
        ("Date", format_datetime_now()),
        ("Message-ID", message_id),
        ("List-Unsubscribe", f"<{unsubscribe_mailto(sender)}>"),
        ("Auto-Submitted", "no"),
    ]
    return mime_writer.write(headers, rendered.text, rendered.html)
