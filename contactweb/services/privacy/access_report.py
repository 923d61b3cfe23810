"""The access report: everything the business holds about one contact, as JSON (schema in
``access_report.schema.json``, documented in docs/access-report-schema.md), with attachments
as files beside it, and a "What we hold about you" PDF summary."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

from contactweb.errors import BadInput
from contactweb.formats.pdf.data import ACCESS_SUMMARY_TITLE
from contactweb.i18n import _
from contactweb.models import utcnow
from contactweb.services import audit, settings
from contactweb.services.contacts.contact_access import load_visible_contact
from contactweb.services.contacts.contact_language import language_for
from contactweb.services.privacy.access_collect import attachment_bytes, audit_events, collect
from contactweb.services.reports.report_meta import report_meta
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

SCHEMA_ID = "https://contactweb.app/schemas/access-report/v1.json"
SCHEMA_VERSION = 1
SCHEMA_PATH = Path(__file__).with_name("access_report.schema.json")
JSON_NAME = "access-report.json"
PDF_NAME = "what-we-hold-about-you.pdf"


def load_schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text("utf-8"))


def _prepare_folder(out_dir: Path) -> bool:
    """Returns True when the folder was created here. A report never shares a folder with
    anything else, so one person's data cannot end up beside another's."""
    if out_dir.exists():
        if not out_dir.is_dir():
            raise BadInput(_("{out_dir} is a file; give a folder for the access report.").format(
                out_dir=out_dir))
        if any(out_dir.iterdir()):
            raise BadInput(_("The folder {out_dir} is not empty; give a new or empty folder.").format(
                out_dir=out_dir))
        return False
    if not out_dir.parent.is_dir():
        raise BadInput(_("The folder {parent} does not exist.").format(parent=out_dir.parent))
    out_dir.mkdir()
    return True


def _write(path: Path, data: bytes) -> None:
    """Owner-only (0600), like the PDFs: the report is one person's data."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def build_report(ws: Workspace, contact_id: int) -> tuple[dict, list]:
    """The JSON document and the files it references, without writing anything (attachment
    checksums are filled in as the files are written)."""
    with ws.session(readonly=True) as session:
        contact = load_visible_contact(session, ws, contact_id)
        collected = collect(session, ws, contact)
    profile = settings.business_profile(ws)
    document = {
        "schema": SCHEMA_ID,
        "schema_version": SCHEMA_VERSION,
        "generated_at": utcnow().isoformat(timespec="seconds"),
        "generated_by": ws.username,
        "business": {"name": profile.name, "email": profile.email, "phone": profile.phone,
                     "postal_address": profile.postal_address},
        **collected.sections,
        "audit_events": audit_events(ws, contact_id),
    }
    return document, collected.files


def export_access_report(ws: Workspace, contact_id: int, out_dir: Path,
                         with_pdf: bool = True) -> Path:
    """Write the report into ``out_dir`` (new or empty); return the JSON file's path."""
    ws.require(Action.EXPORT)
    out_dir = Path(out_dir)
    document, files = build_report(ws, contact_id)
    created = _prepare_folder(out_dir)
    json_path = out_dir / JSON_NAME
    try:
        for item in files:
            data = item.data if item.data is not None else \
                attachment_bytes(ws, item.attachment_id)
            _write(out_dir / item.relative_path, data)
            if item.entry is not None:
                item.entry["sha256"] = hashlib.sha256(data).hexdigest()
                item.entry["size"] = len(data)
            del data  # one attachment in memory at a time
        _write(json_path, json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8"))
        if with_pdf:
            from contactweb.services.privacy.access_pdf import write_summary_pdf

            # Addressed to the person: in their language, else the business's.
            write_summary_pdf(document, out_dir / PDF_NAME,
                              report_meta(ws, ACCESS_SUMMARY_TITLE,
                                          language=language_for(ws, contact_id)))
    except OSError as exc:
        _remove_partial(out_dir, created)
        raise BadInput(_("Cannot write the access report to {out_dir}: {strerror}").format(
            out_dir=out_dir, strerror=exc.strerror)) from None
    except BaseException:
        _remove_partial(out_dir, created)
        raise
    audit.record_now(ws, "privacy.export", "contact", contact_id,
                     {"files": len(files), "pdf": with_pdf})
    return json_path


def _remove_partial(out_dir: Path, created: bool) -> None:
    if created:
        shutil.rmtree(out_dir, ignore_errors=True)
        return
    for child in out_dir.iterdir():
        if child.is_dir():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)
