"""CSV injection: cells a spreadsheet would run as a formula are written with a leading '."""

from __future__ import annotations

import csv
import io

import pytest

from contactweb.formats.interchange import (
    ContactRecord,
    LabelledValue,
    neutralise_cell,
    read_csv,
    write_csv,
)

DANGEROUS = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1 555 0100", "-2+3", "@SUM(A1:A9)",
             "\t=cmd|' /C calc'!A0", "\r=1+1", "'=already quoted", "''-two quotes"]


def cells(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize("flavour", ["google", "outlook"])
@pytest.mark.parametrize("value", DANGEROUS)
def test_formula_cells_are_neutralised_and_read_back_unchanged(flavour, value):
    record = ContactRecord(first_name="Eve", notes=value, phones=[LabelledValue("work", value)])
    data = write_csv([record], flavour)
    header, row = cells(data)
    written = dict(zip(header, row, strict=True))
    assert written["Notes"] == "'" + value
    assert "'" + value in row  # the phone cell too
    (back,) = read_csv(data, "out.csv").records
    assert (back.notes, back.phones[0].value) == (value, value)


@pytest.mark.parametrize("value", ["Ann", "'quoted name'", "a=b", "555-0100", "x@example.org", ""])
def test_harmless_cells_are_written_as_they_are(value):
    assert neutralise_cell(value) == value


def test_every_cell_of_the_file_is_checked():
    record = ContactRecord(first_name="=A", last_name="+B", company="-C", title="@D",
                           emails=[LabelledValue("=label", "=x@example.org")], tags=["=tag"],
                           websites=["=http://x"])
    data = write_csv([record], "google")
    header, row = cells(data)
    assert all(not cell or cell[0] not in "=+-@\t\r" for cell in row)
    (back,) = read_csv(data, "out.csv").records
    assert (back.first_name, back.last_name, back.company, back.title) == ("=A", "+B", "-C", "@D")
    assert [(e.label, e.value) for e in back.emails] == [("=label", "=x@example.org")]
    assert (back.tags, back.websites) == (["=tag"], ["=http://x"])


def test_a_neutralised_cell_from_another_program_is_read_as_meant():
    data = b"First Name,Mobile Phone\r\nAnn,'+49 170 1234567\r\nBo,'not a formula\r\n"
    ann, bo = read_csv(data, "other.csv").records
    assert ann.phones[0].value == "+49 170 1234567"
    assert bo.first_name == "Bo" and bo.phones[0].value == "'not a formula"
