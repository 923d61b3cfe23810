"""Importing contact files into the vault: all or nothing, duplicates handled as the user
chooses, erased people flagged, progress and cancel for the GUI.

An entry ("row": a CSV row, a vCard, a JSON object) is *bad* when it cannot be imported as
the file has it: the reader could not read it or had to drop part of it (a photo over the
size cap, characters that are not text), or the vault's rules refuse it. By default one bad
row stops the whole import and nothing is written; with ``skip_bad_rows`` the good rows are
imported and the report lists the bad ones with their reasons. Smaller things (an email
address kept in the notes because it is not valid, a photo given as a web link) are notes in
``problems`` and never stop an import.
"""

from __future__ import annotations

import logging
import re
import threading
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from contactweb.collector import fewer_collections, no_collections
from contactweb.errors import BadInput, ContactWebError
from contactweb.formats.interchange import (
    ContactRecord,
    ImportProblem,
    InterchangeError,
    ParseResult,
    ParseStream,
    read_csv,
    read_json,
    read_ldif,
    read_vcards,
    stream_csv,
)
from contactweb.i18n import _, ngettext
from contactweb.services import audit
from contactweb.services.backup.backup_transfer import paused_notice, transfer_basis_needed
from contactweb.services.importing.import_choices import DUPLICATE_CHOICES, IMPORT_FORMATS
from contactweb.services.importing.import_consent import ConsentFromFile
from contactweb.services.importing.import_run import ImportRun
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 200 * 1024 * 1024
#: a CSV file read as a stream is never in memory whole: a million contacts is ~150 MB, and
#: a file beyond this is no address book
MAX_STREAMED_BYTES = 8 * 1024 * 1024 * 1024


def checked_duplicate_choices(on_duplicate: str, duplicate_choices: dict[str, str] | None
                              ) -> dict[str, str]:
    """A copy of the per-entry choices, once the default and each of them is a known one."""
    choices = dict(duplicate_choices or {})
    for choice in (on_duplicate, *choices.values()):
        if choice not in DUPLICATE_CHOICES:
            raise BadInput(_("A duplicate is handled by one of {items}.").format(
                items=', '.join(DUPLICATE_CHOICES)))
    return choices
_PROGRESS_EVERY = 200
_UNDECODED = "\ufffd"


class ImportCancelled(ContactWebError):
    """The user cancelled; nothing was imported."""


class ContactIds(array):
    """The ids of the contacts an import made, eight bytes each (a list of ints takes about
    forty: 40 MB at a million rows). Compares equal to a list of the same ids."""

    def __new__(cls, ids: Iterable[int] = ()) -> ContactIds:
        return super().__new__(cls, "q", ids)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, list):
            return self.tolist() == other
        return super().__eq__(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"ContactIds({self.tolist()!r})"


@dataclass
class ImportReport:
    format_name: str = ""
    records: int = 0
    created: ContactIds = field(default_factory=ContactIds)
    updated: list[int] = field(default_factory=list)
    skipped_duplicates: list[tuple[str, int, str]] = field(default_factory=list)
    # Entries like an earlier entry of the same file: entry -> that earlier entry.
    repeated_in_file: dict[str, str] = field(default_factory=dict)
    # Like a contact by name or phone, but with other email addresses: created, not skipped
    # nor folded into it, unless a choice says otherwise (source, contact, reason).
    distinct_emails: list[tuple[str, int, str]] = field(default_factory=list)
    erased_matches: list[str] = field(default_factory=list)
    bad_rows: list[ImportProblem] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    opt_outs: list[tuple[str, int, str]] = field(default_factory=list)  # source, contact, channel
    dry_run: bool = False
    # Said at once when the import paused the backups (EEA addresses, no transfer basis).
    backups_paused: str = ""


class ImportFailed(BadInput):
    """Bad rows and no permission to skip them: nothing was imported."""

    def __init__(self, report: ImportReport) -> None:
        first = report.bad_rows[0]
        super().__init__(ngettext(
            "{n} entry cannot be imported (first: {location}: {reason}). Nothing was imported; "
            "fix the file or choose to skip bad rows.",
            "{n} entries cannot be imported (first: {location}: {reason}). Nothing was "
            "imported; fix the file or choose to skip bad rows.", len(report.bad_rows)).format(
                n=len(report.bad_rows), location=first.location, reason=first.reason))
        self.report = report


def parse_file(path: Path, fmt: str | None = None,
               mapping: dict[str, str] | None = None) -> ParseResult:
    """Read a contact file (format guessed from its name and content when not given)."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise BadInput(_("{name} is larger than 200 MB; split it first.").format(
                name=path.name))
        data = path.read_bytes()
    except OSError as exc:
        raise BadInput(_("Cannot read {path}: {strerror}").format(
            path=path, strerror=exc.strerror)) from None
    return parse_bytes(data, path.name, fmt or guess_format(path, data), mapping)


def stream_file(path: Path, fmt: str | None = None,
                mapping: dict[str, str] | None = None) -> ParseResult | ParseStream:
    """``parse_file`` for an import that reads as it writes: a CSV file is read and decoded
    a block at a time while its records are imported, so neither its text nor its records
    are ever all in memory (a CSV file may therefore be far larger than MAX_FILE_BYTES; the
    other formats are read whole, as ``parse_file`` reads them)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as file:
            head = file.read(4096)
    except OSError as exc:
        raise BadInput(_("Cannot read {path}: {strerror}").format(
            path=path, strerror=exc.strerror)) from None
    fmt = fmt or guess_format(path, head)
    if fmt != "csv":
        return parse_file(path, fmt, mapping)
    if size > MAX_STREAMED_BYTES:
        raise BadInput(_("{name} is larger than 8 GB; that is no contact file.").format(
            name=path.name))
    try:
        stream = stream_csv(lambda: path.open("rb"), path.name, mapping)
    except InterchangeError as exc:
        raise BadInput(str(exc)) from None
    except OSError as exc:
        raise BadInput(_("Cannot read {path}: {strerror}").format(
            path=path, strerror=exc.strerror)) from None
    stream.source_name = path.name
    return stream


def parse_bytes(data: bytes, name: str, fmt: str,
                mapping: dict[str, str] | None = None) -> ParseResult:
    readers = {"vcard": lambda: read_vcards(data, name), "json": lambda: read_json(data, name),
               "csv": lambda: read_csv(data, name, mapping), "ldif": lambda: read_ldif(data, name)}
    if fmt not in readers:
        raise BadInput(_("Unknown format {fmt!r}; use {items}.").format(
            fmt=fmt, items=', '.join(IMPORT_FORMATS)))
    try:
        with no_collections():  # a reader builds many small acyclic objects
            parsed = readers[fmt]()
        parsed.source_name = name
        return parsed
    except InterchangeError as exc:
        raise BadInput(str(exc)) from None
    except (ValueError, LookupError, RecursionError, MemoryError) as exc:
        # A reader bug must not become a traceback for the user; the log keeps the details.
        log.exception("reading %s failed", fmt)
        raise BadInput(_("{name} could not be read as {fmt} ({kind}).").format(
            name=name, fmt=fmt, kind=exc.__class__.__name__)) from None


def guess_format(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix in (".vcf", ".vcard"):
        return "vcard"
    if suffix == ".json":
        return "json"
    if suffix == ".csv":
        return "csv"
    if suffix in (".ldif", ".ldi"):
        return "ldif"
    # A ".txt" or nameless export: look at the start (UTF-16 text has NULs between letters).
    head = data[:4096].replace(b"\x00", b"").upper()
    if b"BEGIN:VCARD" in head:
        return "vcard"
    if re.search(rb"(?m)^DN::? ", head) and re.search(rb"(?m)^OBJECTCLASS:", head):
        return "ldif"
    return "json" if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[") else "csv"


def import_records(ws: Workspace, parsed: ParseResult | ParseStream,
                   on_duplicate: str = "skip",
                   dry_run: bool = False, skip_bad_rows: bool = False,
                   confirm_erased: bool = False,
                   progress: Callable[[int, int], None] | None = None,
                   cancel: threading.Event | None = None,
                   duplicate_choices: dict[str, str] | None = None) -> ImportReport:
    """Import in ONE transaction: bad rows (unless ``skip_bad_rows``), a cancel or any error
    roll everything back, so a failed import leaves the vault exactly as before.

    ``on_duplicate`` applies to every entry that matches an existing contact, unless
    ``duplicate_choices`` (entry source -> skip/update/create) says otherwise for it.
    ``parsed`` may be a stream (``stream_file``): its records are read as they are written,
    and ``progress`` then counts against the file's lines.
    """
    ws.require(Action.IMPORT)
    choices = checked_duplicate_choices(on_duplicate, duplicate_choices)
    report = ImportReport(format_name=parsed.format_name, dry_run=dry_run)
    refused = _ParserProblems(parsed, report)
    paused_before = transfer_basis_needed(ws)
    with fewer_collections():
        _import_all(ws, parsed, report, refused, on_duplicate, choices, dry_run,
                    skip_bad_rows, confirm_erased, progress, cancel)
    if not dry_run:
        report.backups_paused = paused_notice(ws, paused_before)
    return report


def _import_all(ws: Workspace, parsed: ParseResult | ParseStream, report: ImportReport,
                refused: _ParserProblems,
                on_duplicate: str, choices: dict[str, str], dry_run: bool,
                skip_bad_rows: bool, confirm_erased: bool,
                progress: Callable[[int, int], None] | None,
                cancel: threading.Event | None) -> ImportReport:
    records = parsed.records
    streamed = isinstance(parsed, ParseStream)
    total = parsed.rows_expected if streamed else len(parsed.records)
    with ws.session() as session:
        run = ImportRun(session, ws, report, on_duplicate, choices, confirm_erased,
                        ConsentFromFile(parsed.source_name))
        index = -1
        try:
            for index, record in enumerate(records):
                if cancel is not None and cancel.is_set():
                    raise ImportCancelled(_("Import cancelled; nothing was imported."))
                if not refused.refuses(record):
                    run.import_one(record)
                if progress is not None and (index % _PROGRESS_EVERY == 0
                                             or index + 1 == total):
                    progress(index + 1, max(total, index + 1))
            report.records = index + 1
            if streamed:
                refused.take_new()  # what the reader says at the end (unstored columns)
                if progress is not None:
                    progress(report.records, report.records)
            run.finish()
        finally:
            run.batch.stop()  # never roll back or commit under the indexer's feet
        if cancel is not None and cancel.is_set():
            raise ImportCancelled(_("Import cancelled; nothing was imported."))
        if report.bad_rows and not skip_bad_rows:
            raise ImportFailed(report)
        audit.record(session, ws, "import", "file", "", {
            "format": parsed.format_name, "created": len(report.created),
            "updated": len(report.updated), "skipped": len(report.skipped_duplicates),
            "erased_matches": len(report.erased_matches), "bad_rows": len(report.bad_rows),
            "opt_outs": len(report.opt_outs), "dry_run": dry_run})
        if dry_run:
            session.rollback()
    return report


class _ParserProblems:
    """The reader's problems split into bad rows and notes; ``refuses`` says whether a record
    is bad (the reader kept it, but without something the file has). A record with
    characters that could not be decoded is imported, and named in a note. A whole file's
    problems are sorted at once; a stream's as they come, each entry's before its record.

    Only the readers' flags decide, never a note's words (which are in the reader's
    language): ``refused`` for an entry left out, or part of one; ``replaced`` for bytes that
    were not text (one damaged byte in one property keeps the rest of that contact, with
    U+FFFD where the byte was, and a note)."""

    def __init__(self, parsed: ParseResult | ParseStream, report: ImportReport) -> None:
        self._problems, self._report = parsed.problems, report
        self._prefix = parsed.format_name.split(" ")[0]
        self._seen = 0
        self._refused: set[str] = set()
        self._replaced = False
        self.take_new()
        if not isinstance(parsed, ParseStream) and self._replaced:
            for record in parsed.records:  # notes in file order, before the import's own
                self._note_undecoded(record)
            self._replaced = False

    def take_new(self) -> None:
        for problem in self._problems[self._seen:]:
            if problem.refused:
                self._report.bad_rows.append(problem)
                self._refused.add(f"{self._prefix}:{problem.location}")
            else:
                self._report.problems.append(problem)
            # Readers say when they replaced bytes that were not text; only then look.
            self._replaced = self._replaced or problem.replaced
        self._seen = len(self._problems)

    def refuses(self, record: ContactRecord) -> bool:
        if len(self._problems) > self._seen:
            self.take_new()
        if record.source in self._refused:
            return True
        if self._replaced:
            self._note_undecoded(record)
        return False

    def _note_undecoded(self, record: ContactRecord) -> None:
        if record.source not in self._refused and _has_undecoded_text(record):
            self._report.problems.append(ImportProblem(
                record.source, _("some characters could not be decoded; imported with "
                                 "\ufffd in their place")))


def _has_undecoded_text(record: ContactRecord) -> bool:
    texts = [record.prefix, record.first_name, record.middle_name, record.last_name,
             record.suffix, record.company, record.title, record.notes, *record.tags,
             *record.websites, *(e.value for e in record.emails),
             *(p.value for p in record.phones),
             *(part for a in record.addresses for part in
               (a.street, a.city, a.region, a.postcode, a.country, a.po_box, a.extended))]
    return any(_UNDECODED in text for text in texts)
