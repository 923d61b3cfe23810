"""Whole columns read as one JSON array each (SQLite's ``json_group_array``), kept here so the
services never write SQLite syntax.

For 100,000 rows, stepping the cursor and making a tuple per row costs more than the query:
one row of arrays, decoded with ``json.loads``, does not (benchmarks/bench_mailing.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.sql import func


def json_array(column: ColumnElement, where: ColumnElement[bool] | None = None,
               ) -> ColumnElement[str]:
    """Every value of the column, in row order, as one JSON array (text); ``where`` keeps only
    the rows it holds for (an aggregate FILTER)."""
    array = func.json_group_array(column)
    return array if where is None else array.filter(where)


def json_arrays(columns: Iterable[ColumnElement]) -> Select:
    """One row: a JSON array for each of the columns, row for row."""
    return select(*(json_array(column) for column in columns))
