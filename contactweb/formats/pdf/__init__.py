"""PDF reports: plain input records in, PDF bytes (and optionally a file) out.

Every renderer takes a `ReportMeta` plus the records of `data.py`, returns the PDF as bytes
and, given `out` (a path or a binary file object), also writes it there. No renderer reads
the database; the services that run the queries fill the records.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from contactweb.formats.pdf.activity import render_activity_report
    from contactweb.formats.pdf.directory import render_directory
    from contactweb.formats.pdf.dossier import render_dossier, render_dossiers
    from contactweb.formats.pdf.labels import AVERY_5160, AVERY_L7160, LabelSheet, render_labels
    from contactweb.formats.pdf.letters import render_letters
    from contactweb.formats.pdf.privacy import render_access_summary, render_erasure_receipt
    from contactweb.formats.pdf.resources import resources_dir
    from contactweb.formats.pdf.sales import render_sales_report
    from contactweb.formats.pdf.statistics import render_statistics

# Each name's module, loaded when the name is first used: the renderers load reportlab, and
# the light helpers of this package (language, regional, vocabulary) are read without it, by
# `contact show` for one.
_HOMES = {
    "AVERY_5160": "labels", "AVERY_L7160": "labels", "LabelSheet": "labels",
    "render_access_summary": "privacy", "render_activity_report": "activity",
    "render_directory": "directory", "render_dossier": "dossier", "render_dossiers": "dossier",
    "render_erasure_receipt": "privacy", "render_labels": "labels", "render_letters": "letters",
    "render_sales_report": "sales", "render_statistics": "statistics",
    "resources_dir": "resources",
}


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # looked up once
    return value


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
