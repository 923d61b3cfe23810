"""Whole columns read as one JSON array each (SQLite's ``json_group_array``; PostgreSQL's
``json_agg`` as text, ``[]`` for no rows), kept here so the services never write either.

For 100,000 rows, stepping the cursor and making a tuple per row costs more than the query:
one row of arrays, decoded with ``json.loads``, does not (benchmarks/bench_mailing.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, Select, String, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from contactweb.store.dialect_sql import POSTGRESQL


class json_group_array(FunctionElement[str]):  # noqa: N801 - the SQL function it stands for
    """``json_group_array(column)``, with ``where`` as its FILTER when given."""

    type = String()
    inherit_cache = True
    name = "json_group_array"


def _parts(element: json_group_array, compiler, **kw) -> tuple[str, str]:  # noqa: ANN001
    column, *where = element.clauses.clauses
    condition = f" FILTER (WHERE {compiler.process(where[0], **kw)})" if where else ""
    return compiler.process(column, **kw), condition


@compiles(json_group_array)
def _compile_sqlite(element: json_group_array, compiler, **kw) -> str:  # noqa: ANN001
    column, condition = _parts(element, compiler, **kw)
    return f"json_group_array({column}){condition}"


@compiles(json_group_array, POSTGRESQL)
def _compile_postgresql(element: json_group_array, compiler, **kw) -> str:  # noqa: ANN001
    # json_agg gives NULL for no rows where SQLite gives '[]'.
    column, condition = _parts(element, compiler, **kw)
    return f"coalesce(CAST(json_agg({column}){condition} AS TEXT), '[]')"


def json_array(column: ColumnElement, where: ColumnElement[bool] | None = None,
               ) -> ColumnElement[str]:
    """Every value of the column, in row order, as one JSON array (text); ``where`` keeps only
    the rows it holds for (an aggregate FILTER)."""
    return json_group_array(column) if where is None else json_group_array(column, where)


def json_arrays(columns: Iterable[ColumnElement]) -> Select:
    """One row: a JSON array for each of the columns, row for row."""
    return select(*(json_array(column) for column in columns))
