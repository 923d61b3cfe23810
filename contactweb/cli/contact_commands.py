"""contact add | list | show | edit | close | reopen."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import TYPE_CHECKING

from contactweb.cli.context import CliContext, to_jsonable
from contactweb.errors import BadInput
from contactweb.i18n import _, active_language, with_colon

# The services load inside the commands that use them: ``contact list`` (the read command
# scripts call most) needs only the queries, not the contact writes, consent or validation.
if TYPE_CHECKING:
    from contactweb.services.contacts.contacts import AddressInput, ContactDetails, ContactInput


def _labelled(text: str) -> tuple[str, str]:
    """``work:ann@example.com`` -> (work, ann@...); a value without a known label is 'work'."""
    label, sep, value = text.partition(":")
    if sep and label.isalpha() and len(label) <= 20 and "@" not in label:
        return label.lower(), value
    return "work", text


def _address(text: str) -> AddressInput:
    """``[label:]street; city; region; postcode; country`` (trailing parts optional)."""
    label, value = _labelled(text)
    parts = [p.strip() for p in value.split(";")]
    if len(parts) > 5:
        raise BadInput(_("An address has at most five parts: street; city; region; postcode; "
                         "country."))
    parts += [""] * (5 - len(parts))
    from contactweb.services.contacts.contacts import AddressInput

    return AddressInput(*parts, label=label)


def _field_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--first", default=None)
    p.add_argument("--last", default=None)
    p.add_argument("--company", default=None)
    p.add_argument("--title", default=None)
    p.add_argument("--email", action="append", default=None, metavar="[LABEL:]ADDRESS")
    p.add_argument("--phone", action="append", default=None, metavar="[LABEL:]NUMBER")
    p.add_argument("--address", action="append", default=None,
                   metavar="[LABEL:]STREET;CITY;REGION;POSTCODE;COUNTRY")
    p.add_argument("--tag", action="append", default=None)
    p.add_argument("--notes", default=None)
    p.add_argument("--birthday", default=None, metavar="YYYY-MM-DD")
    vis = p.add_mutually_exclusive_group()
    vis.add_argument("--owner-only", action="store_true", default=None,
                     help="only you (and admins) can see this contact")
    vis.add_argument("--everyone", dest="owner_only", action="store_false",
                     help="everyone can see this contact")
    p.add_argument("--confirm-erased", action="store_true",
                   help="add a person erased before (they start opted out of everything)")


HELP_ORDER = 20


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    contact = sub.add_parser("contact", parents=[common], help="work with contacts")
    csub = contact.add_subparsers(dest="contact_command", metavar="ACTION", required=True)
    p = csub.add_parser("add", parents=[common], help="add a contact")
    _field_options(p)
    p.set_defaults(handler=cmd_add)
    p = csub.add_parser("list", parents=[common], help="list or search contacts")
    p.add_argument("--search", default="")
    p.add_argument("--tag", default="")
    p.add_argument("--status", choices=["active", "closed"], default="")
    p.add_argument("--sort", default="name")
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)
    p = csub.add_parser("show", parents=[common], help="every detail of one contact")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)
    p = csub.add_parser("edit", parents=[common],
                        help="change fields (a repeated option replaces the whole list)")
    p.add_argument("id", type=int)
    _field_options(p)
    p.add_argument("--expect-version", type=int, default=None, metavar="N",
                   help="the version 'contact show' printed: refused if someone saved the "
                        "contact since")
    p.set_defaults(handler=cmd_edit)
    for name, handler in (("close", cmd_close), ("reopen", cmd_reopen)):
        p = csub.add_parser(name, parents=[common], help=f"{name} a contact")
        p.add_argument("id", type=int)
        p.set_defaults(handler=handler)


def _apply_options(data: ContactInput, args: argparse.Namespace) -> ContactInput:
    from contactweb.services.contacts.contacts import EmailInput, PhoneInput
    from contactweb.services.validation import parse_date

    simple = {"first": "first_name", "last": "last_name", "company": "company",
              "title": "title", "notes": "notes"}
    for option, field in simple.items():
        if getattr(args, option) is not None:
            setattr(data, field, getattr(args, option))
    if args.email is not None:
        data.emails = [EmailInput(v, lbl) for lbl, v in map(_labelled, args.email)]
    if args.phone is not None:
        data.phones = [PhoneInput(v, lbl) for lbl, v in map(_labelled, args.phone)]
    if args.address is not None:
        data.addresses = [_address(a) for a in args.address]
    if args.tag is not None:
        data.tags = list(args.tag)
    if args.birthday is not None:
        data.birthday = parse_date(args.birthday, "birthday") if args.birthday else None
    if args.owner_only is not None:
        data.owner_only = args.owner_only
    return data


def cmd_add(ctx: CliContext) -> int:
    from contactweb.services.contacts import contacts
    from contactweb.services.contacts.contacts import ContactInput

    ws = ctx.sign_in()
    data = _apply_options(ContactInput(source="cli"), ctx.args)
    contact_id = contacts.create_contact(ws, data, confirm_erased=ctx.args.confirm_erased)
    print(contact_id)
    return 0


def cmd_edit(ctx: CliContext) -> int:
    from contactweb.services.contacts import contacts

    ws = ctx.sign_in()
    current = contacts.get_contact(ws, ctx.args.id, audit_view=False)
    data = _apply_options(current.to_input(), ctx.args)
    # Without --expect-version the edit begins from what was just read (a race only).
    if ctx.args.expect_version is not None:
        data = replace(data, version=ctx.args.expect_version)
    contacts.update_contact(ws, ctx.args.id, data)
    print(_("Updated contact {id}.").format(id=ctx.args.id))
    return 0


def cmd_close(ctx: CliContext) -> int:
    from contactweb.services.contacts import contacts

    contacts.close_contact(ctx.sign_in(), ctx.args.id)
    print(_("Closed contact {id}.").format(id=ctx.args.id))
    return 0


def cmd_reopen(ctx: CliContext) -> int:
    from contactweb.services.contacts import contacts

    contacts.reopen_contact(ctx.sign_in(), ctx.args.id)
    print(_("Reopened contact {id}.").format(id=ctx.args.id))
    return 0


def cmd_list(ctx: CliContext) -> int:
    ws = ctx.sign_in()  # first: it loads SQLAlchemy while the key is derived
    from contactweb.services.contacts.contact_queries import (
        ContactQuery,
        count_contacts,
        list_contacts,
    )

    query = ContactQuery(search=ctx.args.search, tag=ctx.args.tag, status=ctx.args.status,
                         sort=ctx.args.sort)
    rows = list_contacts(ws, query, limit=ctx.args.limit)
    if ctx.json:
        ctx.emit_json(rows)
        return 0
    ctx.table([_("ID"), _("NAME"), _("COMPANY"), _("EMAIL"), _("PHONE"), _("CITY"), _("STATUS"), _("TAGS")],
              [[r.id, r.name, r.company, r.email, r.phone, r.city, r.status, r.tags]
               for r in rows])
    if ctx.args.limit is not None:
        print(_("({shown} of {total})").format(shown=len(rows), total=count_contacts(ws, query)))
    return 0


def cmd_show(ctx: CliContext) -> int:
    ws = ctx.sign_in()  # first: it loads SQLAlchemy while the key is derived
    from contactweb.services.consent import consent
    from contactweb.services.contacts import contacts

    details = contacts.get_contact(ws, ctx.args.id)
    status = consent.status_by_channel(ws, ctx.args.id)
    if ctx.json:  # the stored codes, for scripts
        ctx.emit_json({**ctx_jsonable(details), "consent": status})
        return 0
    # The document catalogs come with the PDF package (reportlab): only the text needs them.
    from contactweb.formats.pdf.language import writing_in

    with writing_in(active_language()):  # stored codes as the reader's language says them
        _print_details(details, status)
    return 0


def _print_details(details: ContactDetails, status: dict[str, str]) -> None:
    from contactweb.formats.pdf.regional import country_name
    from contactweb.formats.pdf.vocabulary import channel_name, word

    print(_("{display_name}  (contact {id}, {status})").format(display_name=details.display_name, id=details.id, status=word(details.status)))
    visibility = _("owner only") if details.owner_only else _("everyone")
    for label, value in ((_("Company"), details.company), (_("Title"), details.title),
                         (_("Birthday"), details.birthday), (_("Owner"), details.owner),
                         (_("Visibility"), visibility),
                         (_("Tags"), ", ".join(details.tags)), (_("Source"), word(details.source))):
        if value:
            print(f"  {with_colon(label):12} {value}")
    # The words are looked up outside the f-strings: the extractor does not read calls
    # inside an f-string, and they would never reach the catalogs.
    email, phone, address, consent = (with_colon(text) for text in (
        _("Email"), _("Phone"), _("Address"), _("Consent")))
    for e in details.emails:
        print(f"  {email:12} {e.address} ({word(e.label)})")
    for ph in details.phones:
        print(f"  {phone:12} {ph.number} ({word(ph.label)})")
    for a in details.addresses:
        # The country by its name in the reader's language; the stored code is unchanged.
        shown = replace(a, country=country_name(a.country, active_language()))
        print(f"  {address:12} {shown.one_line()} ({word(a.label)})")
    print(f"  {consent:12} " + ", ".join(
        f"{channel_name(ch)} {word(st)}" for ch, st in status.items()))
    if details.notes:
        print(_("  Notes:       {notes}").format(notes=details.notes))
    print(_("  Version:     {version}  (for 'contact edit --expect-version')").format(version=details.version))


def ctx_jsonable(details: ContactDetails) -> dict:
    data = to_jsonable(details)
    data["display_name"] = details.display_name
    return data
