"""Post mailings: mail-merge letters and address labels as PDF, for eligible contacts only
(express consent for post, no opt-out, a usable postal address; see ``eligibility``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from contactweb.errors import BadInput, Refused
from contactweb.formats.pdf.data import Letter, LetterSender, MailRecipient, ReportMeta
from contactweb.formats.pdf.labels import AVERY_5160, AVERY_L7160, render_labels
from contactweb.formats.pdf.letters import render_letters
from contactweb.formats.pdf.regional import document_locale
from contactweb.i18n import N_, _
from contactweb.models import Contact
from contactweb.services import audit, settings
from contactweb.services.activity import communications
from contactweb.services.activity.communications import CommunicationInput
from contactweb.services.contacts.contact_language import language_in
from contactweb.services.eligibility.eligibility import (
    ALL_CONTACTS,
    Eligibility,
    Excluded,
    Recipient,
    Selection,
    eligible_in_session,
)
from contactweb.services.mailing import merge
from contactweb.services.mailing.postal_address import envelope_name
from contactweb.services.reports.report_meta import report_meta
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

LABEL_LAYOUTS = {"5160": AVERY_5160, "L7160": AVERY_L7160}
MAX_TEMPLATE_CHARS = 100_000


class NobodyMayReceivePost(Refused):
    """No one in the selection may receive post: nothing was made, and ``excluded`` says
    who was left out and why, as a made PDF's result does."""

    def __init__(self, message: str, excluded: list[Excluded]) -> None:
        super().__init__(message)
        self.excluded = excluded


@dataclass(frozen=True)
class PostResult:
    pdf: bytes
    included: int
    excluded: list[Excluded] = field(default_factory=list)


def split_template(template: str) -> tuple[str, str]:
    """A letter template is plain text; a first line 'Subject: ...' gives the subject line."""
    text = template.replace("\r\n", "\n").lstrip("\ufeff")
    first, _newline, rest = text.partition("\n")
    if first.lower().startswith("subject:"):
        return first[len("subject:"):].strip(), rest.lstrip("\n")
    return "", text


def check_letter_template(template: str) -> tuple[str, str]:
    if len(template) > MAX_TEMPLATE_CHARS:
        raise BadInput(_("The letter template is longer than 100,000 characters."))
    subject, body = split_template(template)
    if not body.strip():
        raise BadInput(_("The letter template has no text."))
    merge.check_template(subject, _("letter subject"))
    merge.check_template(body, _("letter template"))
    return subject, body


def _meta(ws: Workspace, title: str, paper: str | None = None) -> ReportMeta:
    return report_meta(ws, title, page_size=paper)  # type: ignore[arg-type]


def _envelope_names(session: Session, included: list[Recipient]) -> dict[int, str]:
    """Each recipient's name in the order their country's post expects (envelope_name)."""
    countries = {r.contact_id: (r.postal[4] or r.postal[5]) if len(r.postal) > 5 else ""
                 for r in included}
    names: dict[int, str] = {}
    ids = list(countries)
    for start in range(0, len(ids), 500):
        for contact_id, first, last in session.execute(
                select(Contact.id, Contact.first_name, Contact.last_name)
                .where(Contact.id.in_(ids[start:start + 500]))):
            names[contact_id] = envelope_name(first, last, countries[contact_id])
    return names


def _eligible(ws: Workspace, selection: Selection) -> tuple[Eligibility, str]:
    with ws.session(readonly=True) as session:
        result = eligible_in_session(session, ws, "post", selection)
        region = str(settings.read(session, "default_region") or "").upper()
        # Printed by name. The names and addresses are read here, in the decision's own
        # transaction (a result reads them when first read).
        included = sorted(result.included, key=lambda r: (r.name.casefold(), r.contact_id))
        result.read_shown()
    if not included:
        raise NobodyMayReceivePost(_("No one selected ({value}) may receive post "
                                     "({count} left out); nothing was made.").format(
            value=selection.describe(), count=len(result.excluded)),
                                   list(result.excluded))
    result.included = included
    return result, region


def make_letters(ws: Workspace, template: str, out: Path | None = None,
                 selection: Selection = ALL_CONTACTS, letter_date: date | None = None,
                 log_on_timeline: bool = True) -> PostResult:
    """One letter per eligible contact, merge fields applied. Each letter is logged on the
    contact's timeline once the PDF exists."""
    ws.require(Action.MAILING_SEND)
    subject_template, body_template = check_letter_template(template)
    profile = settings.business_profile(ws)
    if not profile.postal_address.strip():
        raise Refused(_("The letterhead needs the business's postal address (mailing config "
                        "--postal-address)."))
    result, region = _eligible(ws, selection)
    sender = LetterSender(profile.name, [line for line in profile.postal_address.splitlines()
                                         if line.strip()],
                          [v for v in (profile.phone, profile.email) if v])
    today = letter_date or date.today()
    country = settings.business_country(ws)
    # The address block is read by the post, first the business's: its language names a
    # foreign country; the letter itself is in its reader's language.
    post_language = profile.language
    letters, merged = [], []
    with ws.session(readonly=True) as session:
        names = _envelope_names(session, result.included)
        for recipient in result.included:
            values = merge.contact_fields(session, recipient.contact_id, profile.name)
            subject = merge.render_line(subject_template, values)
            body = merge.render(body_template, values)
            # Each letter in its reader's language and date format (else the business's).
            language = language_in(session, recipient.contact_id)
            name = names.get(recipient.contact_id) or recipient.name
            envelope = MailRecipient(name, recipient.envelope_lines(post_language))
            letters.append(Letter(envelope, body, today, subject, language=language,
                                  locale=document_locale(language, country)))
            merged.append((recipient.contact_id, subject, body))
    pdf = render_letters(_meta(ws, N_("Letters")), sender, letters, out)
    with ws.session() as session:
        if log_on_timeline:
            for contact_id, subject, body in merged:
                communications.log_in_session(session, ws, contact_id, CommunicationInput(
                    kind="letter", direction="out", subject=subject or "Letter", body=body))
        audit.record(session, ws, "mailing.letters", "mailing", "",
                     {"letters": len(letters), "excluded": len(result.excluded),
                      "reasons": result.counts_by_reason()})
    return PostResult(pdf, len(letters), result.excluded)


def make_labels(ws: Workspace, out: Path | None = None, layout: str = "L7160",
                selection: Selection = ALL_CONTACTS, first_position: int = 1) -> PostResult:
    """Address labels for every eligible contact on an Avery 5160 or L7160 sheet."""
    ws.require(Action.MAILING_SEND)
    sheet = LABEL_LAYOUTS.get(layout.upper().removeprefix("AVERY").strip())
    if sheet is None:
        raise BadInput(_("Unknown label layout {layout!r}; choose 5160 or L7160.").format(
            layout=layout))
    if not 1 <= first_position <= sheet.per_page:
        raise BadInput(_("The first label is between 1 and {per_page} on {name}.").format(
            per_page=sheet.per_page, name=sheet.name))
    result, _excluded = _eligible(ws, selection)
    with ws.session(readonly=True) as session:
        names = _envelope_names(session, result.included)
    # A foreign country in the language of the business, whose post reads it first.
    post_language = settings.business_profile(ws).language
    recipients = [MailRecipient(names.get(r.contact_id) or r.name, r.envelope_lines(post_language))
                  for r in result.included]
    paper = "Letter" if sheet is AVERY_5160 else "A4"
    pdf = render_labels(_meta(ws, N_("Address labels"), paper), recipients, sheet, out,
                        first_position=first_position)
    audit.record_now(ws, "mailing.labels", "mailing", "",
                     {"labels": len(recipients), "excluded": len(result.excluded),
                      "layout": sheet.name, "reasons": result.counts_by_reason()})
    return PostResult(pdf, len(recipients), result.excluded)
