"""Contact dossier: everything ContactWeb holds on one contact, for internal use."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, PageBreak

from contactweb.formats.pdf.contact_sections import (
    communications_section,
    consent_section,
    contact_name,
    details_section,
    reminders_section,
    sales_section,
)
from contactweb.formats.pdf.data import ContactDossier, ReportMeta
from contactweb.formats.pdf.formatting import localised
from contactweb.formats.pdf.language import _
from contactweb.formats.pdf.toolkit import Output, build_pdf, content_width, title_block


@localised
def render_dossier(meta: ReportMeta, dossier: ContactDossier, out: Output = None) -> bytes:
    return build_pdf(meta, _dossier_story(meta, dossier), out)


@localised
def render_dossiers(meta: ReportMeta, dossiers: Sequence[ContactDossier],
                    out: Output = None) -> bytes:
    """Several contacts in one PDF, each starting on a new page."""
    story: list[Flowable] = []
    for index, dossier in enumerate(dossiers):
        if index:
            story.append(PageBreak())
        story += _dossier_story(meta, dossier)
    return build_pdf(meta, story, out)


def _dossier_story(meta: ReportMeta, dossier: ContactDossier) -> list[Flowable]:
    width = content_width(meta)
    details = dossier.details
    subtitle = " · ".join(
        part for part in (contact_name(details), details.title, details.company) if part
    )
    return [
        *title_block(meta, subtitle),
        *details_section(details, width, _("Details")),
        *consent_section(dossier.consent_history, width, _("Consent by channel"),
                         _("Consent history")),
        *communications_section(dossier.communications, width, _("Communications")),
        *sales_section(dossier.sales, width, _("Sales")),
        *reminders_section(dossier.reminders, width, _("Open reminders")),
    ]
