"""SQL written once per database dialect, chosen when a statement is compiled.

The services build one statement; whether it runs on SQLite (the desktop vault) or PostgreSQL
(a team vault) decides, at compile time, which text it becomes. SQLAlchemy caches compiled
statements per engine, so each dialect's text is compiled once.

- ``dialect_text(sqlite, postgresql)``: a ``text()`` clause with a variant per dialect; both
  variants take the same bind parameters.
- ``likely(condition)``: SQLite's planner hint, the bare condition elsewhere.
- ``probed(x IN (subquery))``: the bare condition on SQLite; on PostgreSQL one kept as a
  filter probing a hashed subquery (not a semi-join).
- ``json_id_list(json_text)``: a table-valued function whose ``value`` column holds the ids of
  a JSON array (SQLite's ``json_each``).
- ``func.lower``: SQLite's ASCII-only lower() on PostgreSQL too.
- ``byte_order(column)``: text ordered by its UTF-8 bytes (code points) on every dialect,
  whatever collation a PostgreSQL database was created with.
- ``not_blank(column)``: ``trim(column) != ''``, trimming only the rows that need it on SQLite.
"""

from __future__ import annotations

import string
from typing import Any

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import TextClause
from sqlalchemy.sql.functions import FunctionElement, GenericFunction
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import NullType

POSTGRESQL = "postgresql"


def dialect_name(bind: Any) -> str:  # noqa: ANN401 - a Session, Connection or Engine
    """'sqlite' or 'postgresql' for whatever a session or connection is bound to."""
    get_bind = getattr(bind, "get_bind", None)
    if get_bind is not None:
        bind = get_bind()
    return bind.dialect.name


class DialectText(TextClause):
    """A ``text()`` whose SQL is the SQLite text unless the dialect has its own."""

    __visit_name__ = "dialect_text"
    inherit_cache = True
    _traverse_internals = [*TextClause._traverse_internals,
                           ("postgresql_text", InternalTraversal.dp_string)]

    def __init__(self, sqlite: str, postgresql: str) -> None:
        super().__init__(sqlite)
        self.postgresql_text = postgresql


def dialect_text(sqlite: str, postgresql: str) -> DialectText:
    return DialectText(sqlite, postgresql)


@compiles(DialectText)
def _compile_sqlite_text(element: DialectText, compiler, **kw) -> str:  # noqa: ANN001
    return compiler.visit_textclause(element, **kw)


@compiles(DialectText, POSTGRESQL)
def _compile_postgresql_text(element: DialectText, compiler, **kw) -> str:  # noqa: ANN001
    variant = TextClause(element.postgresql_text)
    variant._bindparams = element._bindparams
    return compiler.visit_textclause(variant, **kw)


class likely(FunctionElement[bool]):  # noqa: N801 - reads as the SQL function it is
    type = Boolean()
    inherit_cache = True
    name = "likely"


@compiles(likely)
def _compile_likely(element: likely, compiler, **kw) -> str:  # noqa: ANN001
    return f"likely({compiler.process(element.clauses, **kw)})"


@compiles(likely, POSTGRESQL)
def _compile_likely_postgresql(element: likely, compiler, **kw) -> str:  # noqa: ANN001
    return f"({compiler.process(element.clauses, **kw)})"


class probed(FunctionElement):  # noqa: N801
    """A membership test (``x IN (subquery)``) that PostgreSQL keeps as a filter:
    ``coalesce(x IN (...), false)`` is not turned into a semi-join, so the subquery runs once
    into a hash table and the contacts walked in display order are probed until a page is
    full. As a semi-join planned to stop early, a search matching 4,471 of 100,000 contacts
    compared 81 million pairs (6.8 s). On SQLite the bare condition."""

    type = NullType()  # SQLite: no "= 1" after it; its SQL stays the bare condition
    inherit_cache = True
    name = "probed"


@compiles(probed)
def _compile_probed(element: probed, compiler, **kw) -> str:  # noqa: ANN001
    return f"({compiler.process(element.clauses, **kw)})"


@compiles(probed, POSTGRESQL)
def _compile_probed_postgresql(element: probed, compiler, **kw) -> str:  # noqa: ANN001
    return f"coalesce(({compiler.process(element.clauses, **kw)}), false)"


class json_id_list(FunctionElement[int]):  # noqa: N801
    """``json_each(:ids)`` on SQLite; on PostgreSQL the array's elements as BIGINT, in a
    column named ``value`` like SQLite's."""

    type = Integer()
    inherit_cache = True
    name = "json_each"


@compiles(json_id_list)
def _compile_json_id_list(element: json_id_list, compiler, **kw) -> str:  # noqa: ANN001
    return f"json_each({compiler.process(element.clauses, **kw)})"


@compiles(json_id_list, POSTGRESQL)
def _compile_json_id_list_postgresql(element: json_id_list, compiler,  # noqa: ANN001
                                     **kw) -> str:
    return ("(SELECT CAST(value AS BIGINT) AS value FROM json_array_elements_text("
            f"CAST({compiler.process(element.clauses, **kw)} AS JSON)))")


class lower(GenericFunction[str]):  # noqa: N801
    """``func.lower(x)`` as SQLite has it on every dialect: ASCII letters only. The services
    rely on that (tag and mailbox matching say so and decide the rest in Python), and
    PostgreSQL's lower() would fold 'É' too. Registered under the name ``lower``, so every
    ``func.lower`` in the services is this one once this module is loaded (the PostgreSQL
    engine loads it)."""

    type = String()
    inherit_cache = True
    name = "lower"


@compiles(lower, POSTGRESQL)
def _compile_lower_postgresql(element: lower, compiler, **kw) -> str:  # noqa: ANN001
    return (f"translate({compiler.process(element.clauses, **kw)}, "
            f"'{string.ascii_uppercase}', '{string.ascii_lowercase}')")


class byte_order(FunctionElement[str]):  # noqa: N801 - reads as the SQL it becomes
    """A text column to sort by, ordered by its UTF-8 bytes on every dialect. SQLite's
    default (BINARY) collation compares the bytes; a PostgreSQL database sorts with the
    collation it was created with (en_US puts 'b' before 'C', skips spaces and punctuation
    at first, weighs accents), so a list would come out in another order there. ``COLLATE
    "C"`` compares the bytes as SQLite does, so both backends give the same order."""

    type = String()
    inherit_cache = True
    name = "byte_order"


@compiles(byte_order)
def _compile_byte_order(element: byte_order, compiler, **kw) -> str:  # noqa: ANN001
    return compiler.process(element.clauses, **kw)


@compiles(byte_order, POSTGRESQL)
def _compile_byte_order_postgresql(element: byte_order, compiler,  # noqa: ANN001
                                   **kw) -> str:
    return f'({compiler.process(element.clauses, **kw)} COLLATE "C")'


class not_blank(FunctionElement):  # noqa: N801 - reads as the condition it is
    """``trim(column) != ''`` (SQL's trim(): spaces only), written on SQLite so that most
    rows need no function call: a text whose first byte is above the space (``>= '!'`` under
    the BINARY collation) holds something else than spaces; only the rest are trimmed. On
    PostgreSQL, whose collation need not compare bytes, the plain condition."""

    type = NullType()  # no "= 1" after it, as ``probed``
    inherit_cache = True
    name = "not_blank"


@compiles(not_blank)
def _compile_not_blank(element: not_blank, compiler, **kw) -> str:  # noqa: ANN001
    column = compiler.process(element.clauses, **kw)
    return f"({column} >= '!' OR trim({column}) != '')"


@compiles(not_blank, POSTGRESQL)
def _compile_not_blank_postgresql(element: not_blank, compiler, **kw) -> str:  # noqa: ANN001
    return f"(trim({compiler.process(element.clauses, **kw)}) <> '')"
