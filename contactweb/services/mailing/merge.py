"""Merge fields in subjects, bodies and letter templates: ``{first_name}``, ``{company}``, ...

``{field|fallback}`` prints the fallback when the contact has no value ("Dear
{first_name|friend}"); ``{{word}}`` prints ``{word}`` as it is. Only ``{word}`` patterns are
fields, so CSS and other braces in an HTML body stay as they are. An unknown field is an error when the mailing is composed, never when it
is sent.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from contactweb.errors import BadInput
from contactweb.i18n import N_, _
from contactweb.models import Contact, ContactAddress
from contactweb.services.mailing.postal_address import usable

# What each field holds, as the compose page lists them (translated there).
MERGE_FIELDS: dict[str, str] = {
    "first_name": N_("first name"),
    "last_name": N_("last name"),
    "full_name": N_("first and last name (or the company)"),
    "prefix": N_("prefix (Dr., Ms., ...)"),
    "middle_name": N_("middle name"),
    "suffix": N_("suffix"),
    "company": N_("company"),
    "title": N_("job title"),
    "email": N_("email address"),
    "street": N_("street (first postal address)"),
    "city": N_("city"),
    "region": N_("state or region"),
    "postcode": N_("postcode"),
    "country": N_("country"),
    "business_name": N_("your business's name"),
}

_FIELD = re.compile(r"\{\{(\s*[A-Za-z_][A-Za-z0-9_]*\s*)\}\}"  # escaped: {{word}}
                    r"|\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:\|([^{}\n]*))?\}")


def fields_used(template: str) -> list[str]:
    return [m.group(2).lower() for m in _FIELD.finditer(template) if m.group(2)]


def check_template(template: str, where: str) -> None:
    """Raise BadInput naming the first unknown field and listing the known ones."""
    for name in fields_used(template):
        if name not in MERGE_FIELDS:
            raise BadInput(_("Unknown merge field {field} ({where}). Known fields: "
                             "{known}.").format(field="{" + name + "}", where=where,
                                                known=", ".join("{" + f + "}"
                                                                for f in MERGE_FIELDS)))


def render(template: str, values: Mapping[str, str], as_html: bool = False) -> str:
    def substitute(match: re.Match[str]) -> str:
        if match.group(1) is not None:
            return "{" + match.group(1) + "}"
        name = match.group(2).lower()
        if name not in MERGE_FIELDS:
            raise BadInput(_("Unknown merge field {{{name}}}.").format(name=name))
        value = (values.get(name) or "").strip() or (match.group(3) or "").strip()
        return html.escape(value) if as_html else value

    return _FIELD.sub(substitute, template)


def render_line(template: str, values: Mapping[str, str]) -> str:
    """For headers: merged and kept on one line."""
    return " ".join(render(template, values).split())


ADDRESS_FIELDS = frozenset({"street", "city", "region", "postcode", "country"})


def needs_address(*templates: str) -> bool:
    return any(name in ADDRESS_FIELDS for t in templates for name in fields_used(t))


def contact_fields(session: Session, contact_id: int, business_name: str = "",
                   with_address: bool = True) -> dict[str, str]:
    """The merge values of one contact, read now (a message reflects the contact's current
    details, not those at queueing time). Address fields only ``with_address``."""
    contact = session.execute(
        select(Contact.first_name, Contact.last_name, Contact.prefix, Contact.middle_name,
               Contact.suffix, Contact.company, Contact.title, Contact.primary_email)
        .where(Contact.id == contact_id)).first()
    if contact is None:
        return {}
    full = " ".join(p for p in (contact.first_name, contact.last_name) if p) or contact.company
    values = {
        "first_name": contact.first_name, "last_name": contact.last_name, "full_name": full,
        "prefix": contact.prefix, "middle_name": contact.middle_name, "suffix": contact.suffix,
        "company": contact.company, "title": contact.title, "email": contact.primary_email,
        "business_name": business_name,
    }
    address = None
    if with_address:
        addresses = list(session.execute(
            select(ContactAddress.street, ContactAddress.city, ContactAddress.region,
                   ContactAddress.postcode, ContactAddress.country)
            .where(ContactAddress.contact_id == contact_id)
            .order_by(ContactAddress.position, ContactAddress.id)))
        # The same address the post would use (see eligibility), else the first one.
        address = next((a for a in addresses if usable(a.street, a.city, a.postcode)),
                       addresses[0] if addresses else None)
    for name in ADDRESS_FIELDS:
        values[name] = getattr(address, name) if address is not None else ""
    return values
