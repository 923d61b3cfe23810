"""Data protection documents: the access-request summary and the erasure receipt."""

from __future__ import annotations

import dataclasses

from reportlab.platypus import Flowable, ListFlowable, ListItem

from contactweb.formats.pdf.contact_sections import (
    communications_section,
    consent_section,
    contact_name,
    details_section,
    reminders_section,
    sales_section,
    table_section,
)
from contactweb.formats.pdf.data import AccessSummaryData, ErasureReceiptData, ReportMeta
from contactweb.formats.pdf.fonts import FONT_REGULAR
from contactweb.formats.pdf.formatting import (
    format_count,
    format_date,
    format_datetime,
    format_size,
    localised,
)
from contactweb.formats.pdf.language import _
from contactweb.formats.pdf.styles import STYLES
from contactweb.formats.pdf.text import para
from contactweb.formats.pdf.toolkit import (
    Output,
    build_pdf,
    content_width,
    data_table,
    heading,
    key_value_table,
    title_block,
)


def _bullets(items: list[str]) -> ListFlowable:
    return ListFlowable(
        [ListItem(para(item, STYLES.body), leftIndent=12) for item in items],
        bulletType="bullet", start="•", leftIndent=12, bulletFontSize=9,
        bulletFontName=FONT_REGULAR,
    )


def _files(data: AccessSummaryData, width: float) -> list[Flowable]:
    if not data.attachments:
        return [*heading(_("Files we keep")), para(_("None."), STYLES.body)]
    rows = [[item.file_name, item.kind, format_size(item.size_bytes),
             format_datetime(item.added_at),
             format_date(item.retain_until) or _("until you ask us to erase it")]
            for item in data.attachments]
    return [*heading(_("Files we keep")),
            data_table((_("File"), _("Kind"), _("Size"), _("Added"), _("Kept until")), rows,
                       [width * s for s in (0.32, 0.13, 0.13, 0.18, 0.24)],
                       numeric_columns=(2,))]


@localised
def render_access_summary(
    meta: ReportMeta, data: AccessSummaryData, out: Output = None
) -> bytes:
    """"What we hold about you": every record about one contact, addressed to that person."""
    width = content_width(meta)
    details = data.dossier.details
    name = contact_name(details)
    made_on = format_date(meta.made_at.date())
    if data.request_received:
        prepared = _("Prepared for {name} on {date}, in answer to the request received on "
                     "{received}").format(name=name, date=made_on,
                                          received=format_date(data.request_received))
    else:
        prepared = _("Prepared for {name} on {date}").format(name=name, date=made_on)
    story: list[Flowable] = [
        *title_block(meta, prepared),
        para(_("This is a copy of the personal data that {business} holds about you in its "
               "customer records, and of what we use it for. Nothing has been left out.")
             .format(business=meta.business_name), STYLES.body),
        *details_section(details, width, _("Your details"), data.more_details),
        *consent_section(data.dossier.consent_history, width,
                         _("How you agreed to be contacted"), _("History of your choices")),
        *communications_section(data.dossier.communications, width,
                                _("Our communications with you")),
        *sales_section(data.dossier.sales, width, _("Your purchases")),
    ]
    if data.sections:  # the caller lays out every remaining record itself
        for section in data.sections:
            story += table_section(section, width)
    else:
        story += [*reminders_section(data.dossier.reminders, width,
                                     _("Follow-ups we have planned")), *_files(data, width)]
    story += [*heading(_("Why we hold this data")),
              _bullets([_(purpose) for purpose in data.purposes])]
    rights = [
        _("You may ask us to correct anything above that is wrong or incomplete."),
        _("You may withdraw your consent for any channel at any time; we will stop using it."),
        _("You may ask us to erase all of this data. We then keep only a receipt that holds "
          "no personal data."),
    ]
    if data.contact_point:
        rights.append(_("To do any of this, or if you have questions, contact {contact}.")
                      .format(contact=data.contact_point))
    story += [*heading(_("Your rights")), _bullets(rights)]
    return build_pdf(meta, story, out)


@localised
def render_erasure_receipt(
    meta: ReportMeta, data: ErasureReceiptData, out: Output = None
) -> bytes:
    """Proof of an erasure. Holds no personal data, so it can be kept indefinitely."""
    meta = dataclasses.replace(meta, confidential=False)
    width = content_width(meta)
    pairs = [
        (_("Erased on"), format_datetime(data.erased_at)),
        (_("Carried out by"), data.erased_by),
        (_("Erasure record"), data.record_id),
        (_("Request reference"), data.request_reference),
    ]
    total = sum(row.count for row in data.removed)
    rows = [[_(row.label), format_count(row.count)] for row in data.removed]
    rows.append([_("Total records removed"), format_count(total)])
    story: list[Flowable] = [
        *title_block(meta, _("Erasure record {id}").format(id=data.record_id)),
        key_value_table(pairs, width),
        *heading(_("What was removed")),
        data_table((_("Kind of record"), _("Removed")), rows, [width * 0.7, width * 0.3],
                   numeric_columns=(1,), total_row=True),
        *heading(_("What remains")),
        para(_("The contact and everything attached to it were removed from the vault, "
               "including the search index. ContactWeb keeps only a keyed fingerprint of the "
               "erased identifiers, so that restoring an older backup erases the contact "
               "again. The fingerprint cannot be turned back into the erased data."),
             STYLES.body),
    ]
    return build_pdf(meta, story, out)
