"""The import's quicker ways give what the plain ways give: a batch's rows, a thousand to a
statement and the values they share bound once, are stored as an insert of one row stores
them; the CSV row builder reads every row, real or random, as the builder
before it did; an email address checked by its domain's cached lengths is refused exactly
when the validator refuses it; the garbage collector's settings come back after an import; the created ids, kept compactly,
read as a list."""

from __future__ import annotations

import datetime
import gc
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Engine,
    Float,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    insert,
    text,
)
from sqlalchemy.types import NullType

from contactweb import collector
from contactweb.cli.context import to_jsonable
from contactweb.formats.interchange import csv_reader, read_csv
from contactweb.formats.interchange.csv_reader import _recognise
from contactweb.formats.interchange.csv_rows import RowBuilder
from contactweb.services.importing import importer
from contactweb.services.importing.import_validation import fast_normalise_email
from contactweb.services.validation import normalise_email
from contactweb.store import bulk_insert
from contactweb.store.bulk_insert import insert_rows
from tests.support import csv_rows_before
from tests.unit.test_import_fast_path import (
    BIRTHDAYS,
    CITIES,
    COMPANIES,
    COUNTRIES,
    EMAILS,
    HEADER,
    LABELS,
    NAMES,
    NOTES,
    PHONES,
    POSTCODES,
    PREFIXES,
    REGIONS,
    STREETS,
    TAGS,
    WEBSITES,
)
from tests.unit.test_import_validation import outcome

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "realworld" / "csv"

# --- rows a thousand to a statement, shared values bound once ----------------------------------------------

SAMPLE = Table(
    "sample", MetaData(), Column("id", Integer, primary_key=True), Column("number", Integer),
    Column("flag", Boolean), Column("word", String(300)), Column("body", Text),
    Column("day", Date), Column("moment", DateTime), Column("picture", LargeBinary),
    Column("ratio", Float), Column("loose", NullType))
# "loose" has no declared type, so SQLite stores 1, 1.0 and True as given: a literal for one
# of them would store another
_DDL = ("CREATE TABLE sample (id INTEGER PRIMARY KEY, number INTEGER, flag BOOLEAN, "
        "word VARCHAR(300), body TEXT, day DATE, moment DATETIME, picture BLOB, ratio FLOAT, "
        "loose)")
_VALUES = {
    "number": st.integers(-(2 ** 63), 2 ** 63 - 1) | st.sampled_from([0, 1, -1]),
    "flag": st.booleans() | st.none(),
    "word": st.text(max_size=12) | st.sampled_from(["", "active", "it's", "O''Brien", "é",
                                                     "a\x00b", "x" * 201]),
    "body": st.text(max_size=30) | st.none(),
    "day": st.dates() | st.none(),
    "moment": st.datetimes() | st.sampled_from([datetime.datetime(2026, 1, 1)]) | st.none(),
    "picture": st.binary(max_size=8) | st.none(),
    "ratio": st.floats(allow_nan=False) | st.sampled_from([0, 1, 1.0]) | st.none(),
    "loose": st.sampled_from([0, 1, 1.0, True, False, "1", None, b"1", 2 ** 62]),
}


def _engine():  # noqa: ANN202 - an in-memory SQLite engine with the sample table
    engine = create_engine("sqlite://")
    with engine.begin() as connection:
        connection.exec_driver_sql(_DDL)
    return engine


def _stored(engine) -> list[tuple]:  # noqa: ANN001
    columns = ", ".join(f"typeof({name}), {name}" for name in SAMPLE.c.keys())
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(
            f"SELECT {columns} FROM sample ORDER BY id"))]


_NUMBERS = ("number", "flag", "ratio", "loose")


@st.composite
def batches(draw: st.DrawFn) -> list[tuple]:
    """1 to 20 rows; each column one value in every row, a value per row, or values that
    are equal without being alike (1, 1.0 and True)."""
    count = draw(st.integers(1, 20))
    columns = [list(range(count))]
    for name in list(SAMPLE.c.keys())[1:]:
        way = draw(st.sampled_from(["one", "each", "alike"] if name in _NUMBERS
                                   else ["one", "each"]))
        if way == "one":
            columns.append([draw(_VALUES[name])] * count)
        elif way == "each":
            columns.append([draw(_VALUES[name]) for _ in range(count)])
        else:
            alike = draw(st.sampled_from([(1, 1.0, True), (0, 0.0, False)]))
            columns.append([draw(st.sampled_from(alike)) for _ in range(count)])
    return list(zip(*columns, strict=True))


def _insert_one_by_one(engine: Engine, batch: list[tuple]) -> None:
    with engine.begin() as connection:
        for row in batch:
            connection.execute(insert(SAMPLE).values(dict(zip(SAMPLE.c.keys(), row,
                                                              strict=True))))


@settings(max_examples=300, deadline=None)
@given(batch=batches())
def test_a_batch_stores_what_one_insert_per_row_stores(batch: list[tuple]) -> None:
    quick, plain = _engine(), _engine()
    with quick.begin() as connection:
        insert_rows(connection, SAMPLE, tuple(SAMPLE.c.keys()), batch)
    _insert_one_by_one(plain, batch)
    assert _stored(quick) == _stored(plain)


def test_values_every_row_shares_are_bound_once_before_the_rows() -> None:
    engine = _engine()
    executed: list[tuple[str, tuple]] = []
    event.listen(engine, "before_cursor_execute",
                 lambda _conn, _cursor, statement, parameters, *_args:
                 executed.append((statement, parameters)))
    moment = datetime.datetime(2026, 12, 7, 14, 0)
    batch = [(i, 7, False, "it's", f"row {i}", None, moment, None, 1.5, 1)
             for i in range(bulk_insert._SHARED_VALUES_FROM)]
    with engine.begin() as connection:
        insert_rows(connection, SAMPLE, tuple(SAMPLE.c.keys()), batch)
    ((statement, parameters),) = [(s, p) for s, p in executed if s.startswith("INSERT")]
    # the id and the body differ; the rest is bound once (a REAL too: bound, it is never
    # rounded through text), before the rows
    assert statement.startswith(
        "INSERT INTO sample (id, number, flag, word, body, day, moment, picture, ratio, loose) "
        "SELECT column1, ?, ?, ?, column2, ?, ?, ?, ?, ? FROM (VALUES (?, ?), (?, ?), ")
    assert statement.count("(?, ?)") == len(batch)
    assert parameters[:8] == (7, 0, "it's", None, "2026-12-07 14:00:00.000000", None, 1.5, 1)
    assert parameters[8:12] == (0, "row 0", 1, "row 1")
    assert len(parameters) == 8 + 2 * len(batch)
    # the time is stored as an insert of one row stores it, seconds' fraction and all
    assert _stored(engine)[0][13] == "2026-12-07 14:00:00.000000"
    # fewer rows than that: every value bound for each row
    few = _engine()
    executed.clear()
    event.listen(few, "before_cursor_execute",
                 lambda _conn, _cursor, statement, parameters, *_args:
                 executed.append((statement, parameters)))
    with few.begin() as connection:
        insert_rows(connection, SAMPLE, tuple(SAMPLE.c.keys()), batch[:2])
    assert [s for s, _p in executed if s.startswith("INSERT")][0].endswith(
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def test_many_rows_go_a_thousand_to_a_statement_and_store_what_rows_one_by_one_store(
        ) -> None:
    """2,500 rows: three statements, none over SQLite's parameter limit, and the rows stored
    as inserts of one row each store them (some columns shared, some not)."""
    quick, plain = _engine(), _engine()
    statements: list[str] = []
    event.listen(quick, "before_cursor_execute",
                 lambda _conn, _cursor, statement, *_args: statements.append(statement))
    moment = datetime.datetime(2026, 12, 7, 14, 0, 1, 250)
    batch = [(i, i % 3, True, "same", f"row {i}", datetime.date(2026, 1, 1 + i % 28),
              moment, b"\x00", 0.5 * i, None) for i in range(1, 2501)]
    with quick.begin() as connection:
        insert_rows(connection, SAMPLE, tuple(SAMPLE.c.keys()), batch)
    _insert_one_by_one(plain, batch)
    inserts = [s for s in statements if s.startswith("INSERT")]
    assert [s.count("), (") + 1 for s in inserts] == [1000, 1000, 500]
    assert _stored(quick) == _stored(plain)


# --- the CSV row builder -----------------------------------------------------------------

class _TwinBuilder(RowBuilder):
    """Today's builder that also builds every row with the builder before it and holds the
    two to the same record and problems."""

    def __init__(self, columns: list, *, month_first: bool) -> None:
        super().__init__(columns, month_first=month_first)
        self.before = csv_rows_before.RowBuilder(columns, month_first=month_first)
        self.rows = 0

    def build(self, cells: list[str]):  # noqa: ANN201
        expected = self.before.build(list(cells))
        built = super().build(cells)
        assert (built.record, built.problems) == (expected.record, expected.problems), cells
        self.rows += 1
        return built


@pytest.fixture
def twin_builders(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[_TwinBuilder]]:
    made: list[_TwinBuilder] = []

    def builder(columns: list, *, month_first: bool) -> _TwinBuilder:
        made.append(_TwinBuilder(columns, month_first=month_first))
        return made[-1]

    monkeypatch.setattr(csv_reader, "RowBuilder", builder)
    yield made


def test_every_row_of_the_real_world_files_reads_as_before(
        twin_builders: list[_TwinBuilder]) -> None:
    files = sorted(CORPUS.glob("*.csv"))
    assert files
    for path in files:
        read_csv(path.read_bytes(), path.name)
    assert sum(builder.rows for builder in twin_builders) > 30


_CELLS = sorted({cell for column in (PREFIXES, NAMES, COMPANIES, LABELS, EMAILS, PHONES,
                                     STREETS, CITIES, REGIONS, POSTCODES, COUNTRIES, WEBSITES,
                                     BIRTHDAYS, NOTES, TAGS) for cell in column} | {
    "data:image/png;base64,iVBORw0KGgo=", "data:image/png;base64,%%%", "granted", "no",
    "Work ::: Home ::: Other", "a ::: ::: b", "  ", "Phone ::: ", "1984", "5", "June",
    "'@x", "x\r\ny\r\nz"})


def _corpus_layouts() -> list[list]:
    """The columns of every recognised header among the real-world files, and Google's."""
    layouts = [_recognise(HEADER)[1]]  # type: ignore[index]
    for path in sorted(CORPUS.glob("*.csv")):
        stream = csv_reader.stream_csv(path.read_bytes(), path.name)
        layouts.append(stream.records.gi_frame.f_locals["columns"])  # type: ignore[attr-defined]
    return layouts


LAYOUTS = _corpus_layouts()


@settings(max_examples=400, deadline=None)
@given(layout=st.sampled_from(LAYOUTS), month_first=st.booleans(),
       cells=st.lists(st.sampled_from(_CELLS), max_size=110))
def test_random_rows_of_any_layout_read_as_before(layout: list, month_first: bool,
                                                  cells: list[str]) -> None:
    builder = RowBuilder(layout, month_first=month_first)
    before = csv_rows_before.RowBuilder(layout, month_first=month_first)
    built, expected = builder.build(list(cells)), before.build(list(cells))
    assert (built.record, built.problems) == (expected.record, expected.problems)


def test_one_column_per_field_or_several_the_first_with_a_value_wins() -> None:
    google = _recognise(HEADER)[1]  # type: ignore[index]
    twice = [google[1], google[1], *google[2:]]  # two first-name columns
    for cells in (["", "Ann", "Bea"], ["Ann", "Bea"], ["", "", "Bea"]):
        for layout in (google, twice):
            built = RowBuilder(layout, month_first=True).build(list(cells))
            expected = csv_rows_before.RowBuilder(layout, month_first=True).build(list(cells))
            assert built.record == expected.record


# --- email lengths -----------------------------------------------------------------------

@pytest.mark.parametrize("domain", ["example.com", "bücher.de", "xn--bcher-kva.de",
                                    "ドメイン.テスト", "Example.COM"])
@pytest.mark.parametrize("length", range(244, 262))
def test_an_address_near_the_length_limit_is_refused_as_the_validator_refuses_it(
        domain: str, length: int) -> None:
    """As written, normalised or in ASCII (an international domain is longer in ASCII),
    an address of over 254 bytes is refused, by both."""
    for local in ("a" * 64, "a" * 40):
        room = length - len(local) - 1 - len(domain)
        labels = []
        while room > 1:
            labels.append("b" * min(63, room - 1))
            room -= len(labels[-1]) + 1
        address = f"{local}@{'.'.join([*labels, domain])}"
        assert outcome(fast_normalise_email, address, "e") == \
            outcome(normalise_email, address, "e"), address


# --- the collector ------------------------------------------------------------------------

def test_the_collector_is_as_it_was_after_an_import_even_a_failed_one() -> None:
    threshold, frozen = gc.get_threshold(), gc.get_freeze_count()
    with collector.fewer_collections():
        assert gc.get_threshold() == (collector.RARE_YOUNG_COLLECTIONS, *threshold[1:])
    assert (gc.get_threshold(), gc.get_freeze_count()) == (threshold, frozen)
    with pytest.raises(RuntimeError), collector.fewer_collections():
        raise RuntimeError("an error during the import")
    assert (gc.get_threshold(), gc.get_freeze_count()) == (threshold, frozen)


# --- the created ids -----------------------------------------------------------------------

def test_the_created_ids_read_and_compare_as_a_list_and_go_out_as_json() -> None:
    ids = importer.ContactIds()
    ids.append(7)
    ids += importer.ContactIds([8, 9])
    assert ids == [7, 8, 9] and [7, 8, 9] == ids and ids != [7, 8] and ids != [9, 8, 7]
    assert (len(ids), ids[0], max(ids), list(ids[1:])) == (3, 7, 9, [8, 9])
    del ids[1:]  # a batched import forgets what a rolled-back batch made
    assert ids == [7]
    report = importer.ImportReport(format_name="csv google", records=1, created=ids)
    assert json.loads(json.dumps(to_jsonable(report)))["created"] == [7]
    assert importer.ImportReport().created == []
    with pytest.raises(OverflowError):
        ids.append(2 ** 63)  # no id is that large: a wrong value is refused, never cut
