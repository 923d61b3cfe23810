"""PDF reports: plain input records in, PDF bytes (and optionally a file) out.

Every renderer takes a `ReportMeta` plus the records of `data.py`, returns the PDF as bytes
and, given `out` (a path or a binary file object), also writes it there. No renderer reads
the database; the services that run the queries fill the records.
"""

from contactweb.formats.pdf.activity import render_activity_report
from contactweb.formats.pdf.directory import render_directory
from contactweb.formats.pdf.dossier import render_dossier, render_dossiers
from contactweb.formats.pdf.labels import AVERY_5160, AVERY_L7160, LabelSheet, render_labels
from contactweb.formats.pdf.letters import render_letters
from contactweb.formats.pdf.privacy import render_access_summary, render_erasure_receipt
from contactweb.formats.pdf.resources import resources_dir
from contactweb.formats.pdf.sales import render_sales_report
from contactweb.formats.pdf.statistics import render_statistics

__all__ = [
    "AVERY_5160",
    "AVERY_L7160",
    "LabelSheet",
    "render_access_summary",
    "render_activity_report",
    "render_directory",
    "render_dossier",
    "render_dossiers",
    "render_erasure_receipt",
    "render_labels",
    "render_letters",
    "render_sales_report",
    "render_statistics",
    "resources_dir",
]
