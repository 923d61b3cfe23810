"""Importing contact files into the vault: all or nothing, duplicates handled as the user
chooses, erased people flagged, progress and cancel for the GUI."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from contactweb.errors import BadInput, ContactWebError
from contactweb.services import audit, duplicates, settings
from contactweb.services.contact_access import load_visible_contact
from contactweb.services.contacts import ContactInput, create_in_session, details_of
from contactweb.services.contacts import _apply as apply_contact
from contactweb.services.contacts import _validated as validated
from contactweb.services.erasure_match import ErasedContactMatch
from contactweb.services.interchange import (
    ContactRecord,
    ImportProblem,
    InterchangeError,
    ParseResult,
    read_csv,
    read_json,
    read_vcards,
)
from contactweb.services.record_mapping import record_to_input
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

MAX_FILE_BYTES = 200 * 1024 * 1024
DUPLICATE_CHOICES = ("skip", "update", "create")


class ImportCancelled(ContactWebError):
    """The user cancelled; nothing was imported."""


@dataclass
class ImportReport:
    format_name: str = ""
    records: int = 0
    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    skipped_duplicates: list[tuple[str, int, str]] = field(default_factory=list)
    erased_matches: list[str] = field(default_factory=list)
    bad_rows: list[ImportProblem] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    dry_run: bool = False


def parse_file(path: Path, fmt: str | None = None,
               mapping: dict[str, str] | None = None) -> ParseResult:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise BadInput(f"{path.name} is larger than 200 MB; split it first.")
        data = path.read_bytes()
    except OSError as exc:
        raise BadInput(f"Cannot read {path}: {exc.strerror}") from None
    fmt = fmt or guess_format(path, data)
    try:
        if fmt == "vcard":
            return read_vcards(data, path.name)
        if fmt == "json":
            return read_json(data, path.name)
        if fmt == "csv":
            return read_csv(data, path.name, mapping)
    except InterchangeError as exc:
        raise BadInput(str(exc)) from None
    raise BadInput(f"Unknown format {fmt!r}; use csv, vcard or json.")


def guess_format(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix in (".vcf", ".vcard"):
        return "vcard"
    if suffix == ".json":
        return "json"
    if suffix in (".csv", ".tsv", ".txt"):
        return "csv"
    head = data[:4096].replace(b"\x00", b"").upper()
    return "vcard" if b"BEGIN:VCARD" in head else "csv"


def import_records(ws: Workspace, parsed: ParseResult, on_duplicate: str = "skip",
                   dry_run: bool = False, skip_bad_rows: bool = False,
                   confirm_erased: bool = False,
                   progress: Callable[[int, int], None] | None = None,
                   cancel: threading.Event | None = None) -> ImportReport:
    """Import in ONE transaction: a bad row (unless ``skip_bad_rows``), a cancel or any error
    rolls everything back, so a failed import leaves the vault exactly as before."""
    ws.require(Action.IMPORT)
    if on_duplicate not in DUPLICATE_CHOICES:
        raise BadInput(f"--on-duplicate is one of {', '.join(DUPLICATE_CHOICES)}.")
    report = ImportReport(format_name=parsed.format_name, records=len(parsed.records),
                          problems=list(parsed.problems), dry_run=dry_run)
    total = len(parsed.records)
    with ws.session() as session:
        region = settings.read(session, "default_region") or "US"
        for index, record in enumerate(parsed.records):
            if cancel is not None and cancel.is_set():
                raise ImportCancelled("Import cancelled; nothing was imported.")
            _import_one(session, ws, record, region, on_duplicate, skip_bad_rows,
                        confirm_erased, report)
            if progress is not None and (index % 100 == 0 or index + 1 == total):
                progress(index + 1, total)
        if report.bad_rows and not skip_bad_rows:
            session.rollback()
            raise ImportFailed(report)
        audit.record(session, ws, "import", "file", "", {
            "format": parsed.format_name, "created": len(report.created),
            "updated": len(report.updated), "skipped": len(report.skipped_duplicates),
            "bad_rows": len(report.bad_rows), "dry_run": dry_run})
        if dry_run:
            session.rollback()
    return report


class ImportFailed(BadInput):
    def __init__(self, report: ImportReport) -> None:
        first = report.bad_rows[0]
        super().__init__(
            f"{len(report.bad_rows)} row(s) cannot be imported (first: {first.location}: "
            f"{first.reason}). Nothing was imported; fix the file or choose to skip bad rows.")
        self.report = report


def _import_one(session, ws: Workspace, record: ContactRecord, region: str,  # noqa: ANN001
                on_duplicate: str, skip_bad_rows: bool, confirm_erased: bool,
                report: ImportReport) -> None:
    if not record.has_content():
        report.problems.append(ImportProblem(record.source, "empty entry skipped"))
        return
    notes: list[ImportProblem] = []
    data = record_to_input(record, region, notes)
    try:
        clean = validated(session, data)
    except BadInput as exc:
        report.bad_rows.append(ImportProblem(record.source, str(exc)))
        return
    report.problems.extend(notes)
    existing = duplicates.find_existing(session, ws, clean)
    if existing is not None and on_duplicate != "create":
        contact_id, reason = existing
        if on_duplicate == "skip":
            report.skipped_duplicates.append((record.source, contact_id, reason))
            return
        _update_existing(session, ws, contact_id, clean)
        report.updated.append(contact_id)
        return
    savepoint = session.begin_nested()
    try:
        report.created.append(create_in_session(session, ws, clean, confirm_erased))
        savepoint.commit()
    except ErasedContactMatch:
        savepoint.rollback()
        report.erased_matches.append(record.source)


def _update_existing(session, ws: Workspace, contact_id: int,  # noqa: ANN001
                     new: ContactInput) -> None:
    """Add what the file knows and the vault does not; never overwrite what is there."""
    contact = load_visible_contact(session, ws, contact_id)
    current = details_of(session, contact)
    for name in ("prefix", "first_name", "middle_name", "last_name", "suffix", "company",
                 "title", "birthday", "photo", "photo_mime"):
        if not getattr(current, name) and getattr(new, name):
            setattr(current, name, getattr(new, name))
    if new.notes and new.notes not in current.notes:
        current.notes = "\n".join(p for p in (current.notes, new.notes) if p)
    current.emails += [e for e in new.emails
                       if e.address.lower() not in {x.address.lower() for x in current.emails}]
    current.phones += [p for p in new.phones
                       if p.number not in {x.number for x in current.phones}]
    current.addresses += [a for a in new.addresses if a.one_line().casefold() not in
                          {x.one_line().casefold() for x in current.addresses}]
    current.tags = sorted(set(current.tags) | set(new.tags), key=str.casefold)
    apply_contact(session, ws, contact, validated(session, current.to_input()))
    audit.record(session, ws, "contact.update", "contact", contact_id, {"source": "import"})
