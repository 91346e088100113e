"""Many rows in one statement, on SQLite and PostgreSQL (the filing's batches).

On PostgreSQL one array a column (unnest, = ANY): psycopg turns a statement's
placeholders into PostgreSQL's in Python, and a batch's VALUES list has thousands (half
the store thread's time); the query stays the same, its conversion cached. On SQLite a
VALUES list, in chunks under its limit of bound parameters.
"""

from __future__ import annotations

import sqlite3


class ManyRows:
    """TicketStore mixin (uses `self.db`, `self.opened`)."""

    @property
    def _params_per_statement(self) -> int:
        """SQLite before 3.32 allowed 999 bound parameters; PostgreSQL's arrays have no limit here."""
        if self.opened.is_postgres:
            return 1_000_000
        return 999 if sqlite3.sqlite_version_info < (3, 32) else 32_000

    def _among(self, values: list) -> tuple[str, tuple]:
        """`IN (…)` over `values`: (the condition after the column, its parameters)."""
        if self.opened.is_postgres:
            return "= ANY(%s)", (list(values),)
        return f"IN ({', '.join('?' * len(values))})", tuple(values)

    def _table(self, rows: list[tuple], pg_types: tuple[str, ...]) -> tuple[str, list]:
        """`rows` as a table v(column1, …) to select or update from, and its parameters;
        on PostgreSQL with a `position` column (the row's place in `rows`)."""
        if self.opened.is_postgres:
            arrays = ", ".join(f"%s::{kind}[]" for kind in pg_types)
            return (f"unnest({arrays}) WITH ORDINALITY AS v({_names(len(pg_types))}, position)",
                    [list(column) for column in zip(*rows)])
        values, params = _values(rows)
        return f"({values}) AS v", params

    def _insert_new(self, table: str, columns: tuple[str, ...], pg_types: tuple[str, ...], rows: list[tuple],
                    returning: str) -> list[tuple]:
        """INSERT … ON CONFLICT DO NOTHING of `rows` in their order (ids are given in
        it, on both engines); the `returning` columns of the rows inserted."""
        out = []
        for chunk in chunks(rows, self._params_per_statement // len(columns)):
            if self.opened.is_postgres:
                source, params = self._table(chunk, pg_types)
                values = f"SELECT {_names(len(pg_types))} FROM {source} ORDER BY position"
            else:
                values, params = _values(chunk)
            out += self.db.execute_sql(f"INSERT INTO {table} ({', '.join(columns)}) {values} "
                                       f"ON CONFLICT DO NOTHING RETURNING {returning}", params).fetchall()
        return out


def chunks(values: list, size: int):
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _names(width: int) -> str:
    return ", ".join(f"column{i}" for i in range(1, width + 1))


def _values(rows: list[tuple]) -> tuple[str, list]:
    """SQLite's `VALUES (?, …), …` for `rows`, and its parameters (its columns are
    column1, column2, …)."""
    one = f"({', '.join('?' * len(rows[0]))})"
    return f"VALUES {', '.join([one] * len(rows))}", [value for row in rows for value in row]
