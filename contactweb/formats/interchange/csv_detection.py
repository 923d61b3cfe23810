"""How sure the CSV reader is of a file's layout, and what it left out.

Each known layout is scored by the share of the named header cells it knows. A layout that
knows too few of them is not taken: the reader refuses and names the best candidates with a
column mapping to start from, because a wrong guess stores a country as a company and a
street as a website with nothing said. Columns that hold values but have no place in the
layout are counted, so the import report can name every one of them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from contactweb.i18n import _

from .csv_columns import (
    ADDRESS,
    BIRTHDAY,
    DETAIL,
    EMAIL,
    FIELD,
    FULL_NAME,
    PHONE,
    TAGS,
    WEBSITE,
    Column,
    normalise_header,
)
from .csv_dialects import DIALECTS, Dialect
from .labels import OTHER
from .record import ImportProblem, unstored_problems

#: a layout is taken without asking when it knows at least this share of the named columns
MIN_SCORE = 0.5
_SHOWN_CANDIDATES = 3
# Values programs write into every row whatever the person typed (Outlook's defaults): a
# column holding only these has nothing to lose.
_DEFAULT_VALUES = frozenset({"", "normal", "false", "unspecified", "smtp", "0/0/00",
                             "0/0/0000", "00.00.0000", "0.0.00"})
# Columns a program derives from others ("Ann Lee (ann@example.com)"): nothing of their own
_DERIVED = frozenset({"e-mail display name", "e-mail 2 display name", "e-mail 3 display name",
                      "e-mail type", "e-mail 2 type", "e-mail 3 type", "initials"})


@dataclass
class Candidate:
    """How well one known layout explains a header row."""

    dialect: Dialect
    columns: list[Column | None]
    matched: int
    named: int

    @property
    def score(self) -> float:
        return self.matched / self.named if self.named else 0.0


def candidates(cells: list[str]) -> list[Candidate]:
    """Every known layout scored against the header cells, best first."""
    headers = [normalise_header(cell) for cell in cells]
    named = sum(1 for header in headers if header)
    found = []
    for dialect in DIALECTS:
        columns = [dialect.resolve(header) if header else None for header in headers]
        found.append(Candidate(dialect, columns, sum(c is not None for c in columns), named))
    return sorted(found, key=lambda c: -c.matched)  # stable: DIALECTS order breaks ties


def _mappable(column: Column) -> str | None:
    """The --map field name that reads a column as this layout would, if there is one."""
    label = "" if column.label in ("", OTHER) else f":{column.label}"
    if column.kind == FIELD:
        return column.target
    if column.kind == FULL_NAME:
        return "full_name"
    if column.kind == BIRTHDAY:
        return "birthday"
    if column.kind == TAGS:
        return "tags"
    if column.kind == WEBSITE and column.target == "value":
        return "website"
    if column.kind in (EMAIL, PHONE) and column.target == "value":
        return f"{column.kind}{label}"
    if column.kind == ADDRESS and column.target != "label":
        part = "address" if column.target == "formatted" else column.target
        return f"{part}{label}"
    if column.kind == DETAIL and column.target in ("Nickname", "Department"):
        return column.target.lower()
    return None


def suggested_fields(cells: list[str]) -> list[str]:
    """For each header cell, the field the best layout that knows it reads it as, else
    "ignore": the mapping the refusal prints and the GUI's mapping page starts from."""
    ranked = [c for c in candidates(cells) if c.matched] if cells else []
    fields: list[str] = []
    for index in range(len(cells)):
        known = (c.columns[index] for c in ranked if index < len(c.columns))
        found = (_mappable(column) for column in known if column is not None)
        fields.append(next((f for f in found if f), "ignore"))
    return fields


def mapping_hint(cells: list[str]) -> dict[str, str]:
    """A column mapping for the header, by name, so that the person only has to correct it."""
    hint: dict[str, str] = {}
    for cell, suggested in zip(cells, suggested_fields(cells), strict=True):
        name = cell.strip()
        if name and name not in hint:
            hint[name] = suggested
    return hint


def refusal(source_name: str, cells: list[str]) -> str:
    """Why the file is not read without a column mapping, with the best guesses and a
    mapping to start from (the GUI shows its mapping page on "column mapping")."""
    ranked = [c for c in candidates(cells) if c.matched] if cells else []
    shown = ", ".join(f"{c.dialect.format_name.removeprefix('csv ')} "
                      f"({c.matched} of {c.named} columns)"
                      for c in ranked[:_SHOWN_CANDIDATES])
    guesses = f" Closest layouts: {shown}." if shown else ""
    hint = json.dumps(mapping_hint(cells), ensure_ascii=False)
    return (f"{source_name} has no header row I recognise; give a column mapping (nothing "
            f"was imported).{guesses} To start from: --map '{hint}'")


@dataclass
class UnstoredColumns:
    """Columns with values that no field takes, counted while the rows are read."""

    headers: list[str]
    columns: list[Column | None]
    counts: dict[int, int] = field(default_factory=dict)
    # row length -> the cells no field takes and that are not derived from others: worked
    # out once, not for every cell of every row (most files have every column mapped)
    _watched: dict[int, list[int]] = field(default_factory=dict)

    def note(self, cells: list[str]) -> None:
        watched = self._watched.get(len(cells))
        if watched is None:
            watched = self._watched[len(cells)] = [
                index for index in range(len(cells))
                if not (index < len(self.columns) and self.columns[index] is not None)
                and not (index < len(self.headers)
                         and normalise_header(self.headers[index]) in _DERIVED)]
        for index in watched:
            if cells[index].strip().casefold() in _DEFAULT_VALUES:
                continue
            self.counts[index] = self.counts.get(index, 0) + 1

    def problems(self, source_name: str) -> list[ImportProblem]:
        named: dict[str, int] = {}
        for index in sorted(self.counts):
            header = self.headers[index].strip() if index < len(self.headers) else ""
            named[repr(header) if header else
                  _("{number} (no header)").format(number=index + 1)] = self.counts[index]
        return unstored_problems(source_name, "column", named)
