"""Reading contact CSV files: encoding, delimiter and layout are detected from the file.

Known layouts (Google, Outlook, Thunderbird, Windows Live Mail, LinkedIn, a generic English
vocabulary) are recognised by their header row. Any other CSV is read with a column mapping
chosen by the user (see ``MAPPABLE_FIELDS`` and ``detect_headers`` for the GUI step).
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterator

from contactweb.i18n import _, number_text

from .csv_columns import (
    ADDRESS,
    BIRTHDAY,
    DETAIL,
    EMAIL,
    FIELD,
    FULL_NAME,
    PHONE,
    PHOTO,
    TAGS,
    WEBSITE,
    Column,
    normalise_header,
)
from .csv_detection import MIN_SCORE, UnstoredColumns, candidates, refusal
from .csv_dialects import DIALECTS, THUNDERBIRD_LAYOUT, Dialect
from .csv_rows import RowBuilder
from .csv_text import CsvText, Opener, bytes_opener
from .dates import parse_birthday
from .labels import OTHER, normalise_label
from .overflow import restore
from .record import ContactRecord, ImportProblem, InterchangeError, ParseResult, ParseStream

#: field names a column mapping may use; email, phone and the address parts take an optional
#: label after a colon ("phone:mobile", "street:work")
MAPPABLE_FIELDS: tuple[str, ...] = (
    "prefix", "first_name", "middle_name", "last_name", "suffix", "full_name", "company",
    "title", "department", "nickname", "email", "phone", "website", "street", "extended",
    "po_box", "city", "region", "postcode", "country", "address", "notes", "tags", "birthday",
    "language", "ignore",
)
#: a contact file with more columns than this is refused (Google's widest export has ~200)
MAX_COLUMNS = 1000
#: a row with a cell longer than this (characters; a photo column may hold more) is refused
#: whole, never imported without that cell
MAX_CELL_CHARS = 1_000_000
#: the csv module's own cap: a photo of 1 MiB travels as a data: URI of ~1.4 million
#: characters. A longer field ends that row with a csv.Error (a bad row), in bounded memory.
MAX_FIELD_CHARS = 1_500_000
_HEADER_SEARCH_ROWS = 10
_SNIFF_LINES = 50
_SNIFF_CHARS = 256 * 1024
_MAX_PROBLEMS = 200
_DELIMITERS = (",", ";", "\t")
_TEXT_FIELDS = ("prefix", "first_name", "middle_name", "last_name", "suffix", "company",
                "title", "notes", "language")
_LABELLED_FIELDS = frozenset({"email", "phone", "street", "extended", "po_box", "city",
                              "region", "postcode", "country", "address"})

csv.field_size_limit(MAX_FIELD_CHARS)


def _dominant_delimiter(line: str) -> str | None:
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else None


def _sniff(text: CsvText) -> tuple[str, bool]:
    """The delimiter of the first line, and whether later lines use another one."""
    head = text.lines()
    try:
        sample = "".join(itertools.islice(head, _SNIFF_LINES))
    finally:
        head.close()  # type: ignore[attr-defined]
    lines = sample[:_SNIFF_CHARS].splitlines()[:_SNIFF_LINES]
    found = [d for d in map(_dominant_delimiter, lines) if d]
    if not found:
        return ",", False
    return found[0], len(set(found)) > 1


def _parsed_rows(text: CsvText, delimiter: str) -> Iterator[tuple[int, list[str] | None, str]]:
    """(row number, cells or None, csv error) with row 1 the first row of the file."""
    reader = csv.reader(text.lines(), delimiter=delimiter)
    for number in itertools.count(1):
        try:
            yield number, next(reader), ""
        except StopIteration:
            return
        except csv.Error as error:
            yield number, None, str(error)


def _rows_line_by_line(text: CsvText) -> Iterator[tuple[int, list[str] | None, str]]:
    # Thunderbird reads a file whose lines use different delimiters line by line
    split = (part for line in text.lines() for part in line.splitlines())
    for number, line in enumerate(split, 1):
        delimiter = _dominant_delimiter(line) or ","
        yield number, next(csv.reader([line], delimiter=delimiter), []), ""


def _recognise(cells: list[str]) -> tuple[Dialect, list[Column | None]] | None:
    # A layout that explains under half of the named columns is a guess: a wrong guess
    # files a country as a company and a street as a website, so it is not taken.
    best = next(iter(candidates(cells)), None)
    if best is None or best.matched < 2 or best.score < MIN_SCORE:
        return None
    return best.dialect, best.columns


def _format_name(dialect: Dialect, cells: list[str]) -> str:
    headers = {normalise_header(cell) for cell in cells}
    if dialect.key == "google" and ("given name" in headers or any(h.endswith(" - type") for h in headers)):
        return "csv google (legacy)"
    if dialect.key == "outlook":
        if headers & {"given name yomi", "given yomi", "imaddress"}:
            return "csv outlook.com"
        if "business web page" in headers and "name" in headers:
            return "csv windows live mail"
    return dialect.format_name


def _thunderbird_layout(rows: list[list[str]]) -> bool:
    """Rows without a header that put the email in the fifth column, as Thunderbird does.

    A first row with no address and no digit where the later rows have addresses is a
    header row of some other program (Yahoo's also puts "Email" fifth), not a contact.
    """
    filled = [row for row in rows if any(cell.strip() for cell in row)]
    hits = [len(row) > 4 and "@" in row[4] and not any("@" in cell for cell in row[:4])
            for row in filled]
    if not filled or sum(hits) * 2 < len(filled):
        return False
    first = filled[0]
    looks_like_header = not hits[0] and not any(ch.isdigit() for cell in first for ch in cell)
    return not looks_like_header


def _column_for(field: str, label: str, index: int) -> Column | None:
    label = normalise_label(label) if label else OTHER
    if field in _TEXT_FIELDS:
        return Column(FIELD, field)
    simple = {"full_name": Column(FULL_NAME), "birthday": Column(BIRTHDAY),
              "tags": Column(TAGS, ""), "department": Column(DETAIL, "Department"),
              "nickname": Column(DETAIL, "Nickname"),
              "website": Column(WEBSITE, "value", f"column {index}")}
    if field in simple:
        return simple[field]
    if field in ("email", "phone"):
        return Column(EMAIL if field == "email" else PHONE, "value", f"column {index}", label)
    if field == "ignore":
        return None
    part = "formatted" if field == "address" else field
    return Column(ADDRESS, part, label, label)


def _looks_like_data(column: Column, cell: str) -> bool:
    if column.kind == EMAIL:
        return "@" in cell
    if column.kind == PHONE:
        return sum(ch.isdigit() for ch in cell) >= 5
    return column.kind == BIRTHDAY and parse_birthday(cell)[0] is not None


def _is_header_row(cells: list[str], columns: list[Column | None]) -> bool:
    """Whether the first row of a file mapped by column numbers is a header."""
    pairs = [(column, cell.strip()) for column, cell in zip(columns, cells, strict=False)
             if column is not None and cell.strip()]
    if any(_looks_like_data(column, cell) for column, cell in pairs):
        return False
    if any(dialect.resolve(normalise_header(cell)) for _, cell in pairs for dialect in DIALECTS):
        return True
    return any(column.kind in (EMAIL, PHONE, BIRTHDAY) for column, _ in pairs)


def _mapped_columns(mapping: dict[str, str], head: list[tuple[int, list[str]]],
                    source_name: str) -> tuple[list[Column | None], int | None]:
    """Columns from a user's mapping, and the number of the header row (None: no header)."""
    header_number: int | None = None
    positions: dict[str, int] = {}
    named = [key for key in mapping if not key.strip().isdigit()]
    if named:
        wanted = {normalise_header(key) for key in named}
        for number, cells in head:
            found = {normalise_header(cell): i for i, cell in reversed(list(enumerate(cells)))}
            if wanted <= found.keys():
                header_number, positions = number, found
                break
        else:
            missing = sorted(named, key=str.lower)[0]
            raise InterchangeError(_("{name} has no header row with the column '{column}'")
                                   .format(name=source_name, column=missing))
    assigned: dict[int, Column | None] = {}
    for key, target in mapping.items():
        field, _colon, label = target.strip().partition(":")
        if field not in MAPPABLE_FIELDS or (label and field not in _LABELLED_FIELDS):
            raise InterchangeError(_("unknown field '{field}' in the column mapping; use one "
                                     "of {fields}").format(field=target,
                                                           fields=", ".join(MAPPABLE_FIELDS)))
        index = int(key) if key.strip().isdigit() else positions[normalise_header(key)]
        if index >= MAX_COLUMNS:
            raise InterchangeError(_("column {key} is beyond the {limit} columns supported").format(
                key=key, limit=MAX_COLUMNS))
        assigned[index] = _column_for(field, label, index)
    columns: list[Column | None] = [None] * (max(assigned, default=-1) + 1)
    for index, column in assigned.items():
        columns[index] = column
    if header_number is None and head and _is_header_row(head[0][1], columns):
        header_number = head[0][0]
    return columns, header_number


def _head_rows(rows: Iterator[tuple[int, list[str] | None, str]],
               source_name: str) -> tuple[list[tuple[int, list[str] | None, str]], list[tuple[int, list[str]]]]:
    taken = list(itertools.islice(rows, _HEADER_SEARCH_ROWS * 3))
    head = [(number, cells) for number, cells, _ in taken
            if cells is not None and any(cell.strip() for cell in cells)][:_HEADER_SEARCH_ROWS]
    if head and len(head[0][1]) > MAX_COLUMNS:
        raise InterchangeError(_("{name} has {count} columns; a contact file has at most {limit}")
                               .format(name=source_name, count=len(head[0][1]), limit=MAX_COLUMNS))
    return taken, head


def detect_headers(data: bytes) -> list[str]:
    """The header row a GUI shows for a column mapping (a recognised one if there is one)."""
    text = CsvText(bytes_opener(data), "the file", [])
    delimiter, _ = _sniff(text)
    _, head = _head_rows(_parsed_rows(text, delimiter), "the file")
    for _, cells in head:
        if _recognise(cells):
            return [cell.strip() for cell in cells]
    return [cell.strip() for cell in head[0][1]] if head else []


def read_csv(data: bytes, source_name: str, mapping: dict[str, str] | None = None) -> ParseResult:
    """All contacts of a CSV file; rows that cannot be read are listed in ``problems``.

    Raises InterchangeError for a file that is not CSV text, or whose layout is not known
    when no ``mapping`` (header name or 0-based column number -> field name) is given.
    """
    stream = stream_csv(data, source_name, mapping)
    records = list(stream.records)
    return ParseResult(records, stream.problems, stream.format_name)


def stream_csv(source: bytes | Opener, source_name: str,
               mapping: dict[str, str] | None = None) -> ParseStream:
    """``read_csv`` one row at a time: the layout is found (or refused) here, the rows are
    read and decoded as the stream's records are taken (see csv_text). ``source``: the
    file's bytes, or a function that opens it (a fresh binary file each call), so that a
    file of any size is never in memory whole."""
    problems: list[ImportProblem] = []
    text = CsvText(bytes_opener(source) if isinstance(source, bytes) else source,
                   source_name, problems)
    delimiter, mixed = _sniff(text)
    parsed = _parsed_rows(text, delimiter)
    taken, head = _head_rows(parsed, source_name)
    rows: Iterator[tuple[int, list[str] | None, str]] = itertools.chain(taken, parsed)
    month_first = True
    header_cells: list[str] = []
    if mapping:
        columns, header_number = _mapped_columns(mapping, head, source_name)
        header_cells = next((c for n, c in head if n == header_number), [])
        format_name = "csv (column mapping)"
    else:
        found = next(((n, c, _recognise(c)) for n, c in head if _recognise(c)), None)
        if found is not None:
            header_number, header_cells, (dialect, columns) = found
            format_name, month_first = _format_name(dialect, header_cells), dialect.month_first
        else:
            if mixed:
                rows = _rows_line_by_line(text)
                head = [(n, c) for n, c, _ in itertools.islice(_rows_line_by_line(text), 50) if c]
            if not _thunderbird_layout([cells for _, cells in head]):
                raise InterchangeError(refusal(source_name, head[0][1] if head else []))
            columns, header_number = list(THUNDERBIRD_LAYOUT), None
            format_name = "csv thunderbird (no header)"
    unstored = UnstoredColumns(header_cells, columns)
    builder = RowBuilder(columns, month_first=month_first)
    records = _records(rows, source_name, header_number, columns, builder, unstored, problems)
    return ParseStream(records, problems, format_name,
                       rows_expected=max(1, text.expected_lines - (header_number or 0)))


def _records(rows: Iterator[tuple[int, list[str] | None, str]], source_name: str,
             header_number: int | None, columns: list[Column | None], builder: RowBuilder,
             unstored: UnstoredColumns, problems: list[ImportProblem]
             ) -> Iterator[ContactRecord]:
    for number, cells, error in rows:
        location = f"{source_name}:row {number}"
        if cells is None:
            if "field larger than field limit" in error:
                error = f"a cell is longer than {MAX_FIELD_CHARS:,} characters"
            _add_problem(problems, location,
                         _("row could not be read ({error})").format(error=error), refused=True)
            continue
        if header_number is not None and number <= header_number:
            continue
        if len(cells) > MAX_COLUMNS:
            _add_problem(problems, location, _("row has {count} cells; skipped").format(
                count=len(cells)), refused=True)
            continue
        # one string for the row's two checks: any text at all, and no cell over the cap
        # (a row shorter than the cap cannot have such a cell)
        joined = "".join(cells)
        if not joined.strip():
            continue
        oversize = _oversize_cell(cells, columns) if len(joined) > MAX_CELL_CHARS else None
        if oversize is not None:
            _add_problem(problems, location, _(
                "row refused: its cell {number} is longer than {count} characters; contact "
                "skipped").format(number=oversize, count=number_text(MAX_CELL_CHARS)),
                refused=True)
            continue
        unstored.note(cells)
        outcome = builder.build(cells)
        restore(outcome.record)  # what a fixed-column export kept in its notes
        for reason in outcome.problems:
            _add_problem(problems, location, reason, refused=outcome.refused)
        if outcome.record.has_content():
            outcome.record.source = f"csv:{location}"
            yield outcome.record
    problems.extend(unstored.problems(source_name))


def _oversize_cell(cells: list[str], columns: list[Column | None]) -> int | None:
    """The 1-based number of the first cell over the cap (photo cells have their own)."""
    if max(map(len, cells), default=0) <= MAX_CELL_CHARS:  # nearly every row
        return None
    for index, cell in enumerate(cells):
        if len(cell) > MAX_CELL_CHARS:
            column = columns[index] if index < len(columns) else None
            if column is None or column.kind != PHOTO:
                return index + 1
    return None


def _add_problem(problems: list[ImportProblem], location: str, reason: str, *,
                 refused: bool = False) -> None:
    if len(problems) < _MAX_PROBLEMS:
        problems.append(ImportProblem(location, reason, refused=refused))
    elif len(problems) == _MAX_PROBLEMS:
        problems.append(ImportProblem(location, _("further problems not listed"), refused=True))
