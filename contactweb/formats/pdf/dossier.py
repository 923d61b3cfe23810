"""Contact dossier: everything ContactWeb holds on one contact, for internal use."""

from __future__ import annotations

from reportlab.platypus import Flowable

from contactweb.formats.pdf.contact_sections import (
    communications_section,
    consent_section,
    contact_name,
    details_section,
    reminders_section,
    sales_section,
)
from contactweb.formats.pdf.data import ContactDossier, ReportMeta
from contactweb.formats.pdf.toolkit import Output, build_pdf, content_width, title_block


def render_dossier(meta: ReportMeta, dossier: ContactDossier, out: Output = None) -> bytes:
    width = content_width(meta)
    details = dossier.details
    subtitle = " · ".join(
        part for part in (contact_name(details), details.title, details.company) if part
    )
    story: list[Flowable] = [
        *title_block(meta, subtitle),
        *details_section(details, width, "Details"),
        *consent_section(dossier.consent_history, width, "Consent by channel",
                         "Consent history"),
        *communications_section(dossier.communications, width, "Communications"),
        *sales_section(dossier.sales, width, "Sales"),
        *reminders_section(dossier.reminders, width, "Open reminders"),
    ]
    return build_pdf(meta, story, out)
