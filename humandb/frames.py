"""DataFrames in and out, for the tools data people already use: pandas, polars and Arrow.

Rows leave a cursor as DuckDB's client hands them over (`df()`, `pl()`, `arrow()`), and a DataFrame
comes in as a table of its own (`Connection.register`). Each library is optional: a missing one is an
InterfaceError naming the extra that brings it.
"""

from __future__ import annotations

import datetime
import importlib
import math
from collections.abc import Sequence
from typing import Any

from humandb import errors

__all__ = ["arrow_table", "library", "pandas_frame", "polars_frame", "table_of"]

_EXTRAS = {"pandas": "pandas", "polars": "polars", "pyarrow": "arrow"}

Row = tuple[Any, ...]


def library(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:
        raise errors.InterfaceError(
            f"Dave only works on paper. For that he needs {name}.",
            f"{name} is not installed: pip install 'humandb-dave[{_EXTRAS[name]}]'",
        ) from None


def pandas_frame(columns: Sequence[str], rows: list[Row]) -> Any:
    """The rows as a pandas DataFrame."""
    return library("pandas").DataFrame.from_records(rows, columns=list(columns))


def polars_frame(columns: Sequence[str], rows: list[Row]) -> Any:
    """The rows as a polars DataFrame (each column's type read from all its values)."""
    polars = library("polars")
    return polars.DataFrame(rows, schema=list(columns), orient="row", infer_schema_length=None)


def arrow_table(columns: Sequence[str], rows: list[Row]) -> Any:
    """The rows as a pyarrow Table."""
    pyarrow = library("pyarrow")
    return pyarrow.table({name: [row[index] for row in rows] for index, name in enumerate(columns)})


def table_of(frame: Any) -> tuple[list[str], list[tuple[str, str]], list[Row]]:
    """A pandas or polars DataFrame, or a pyarrow Table, as (column names, (name, SQLite type) pairs, rows)."""
    module = type(frame).__module__.split(".")[0]
    if module == "pandas":
        names = [str(name) for name in frame.columns]
        rows = [tuple(_plain(value) for value in row) for row in frame.itertuples(index=False, name=None)]
    elif module == "polars":
        names = [str(name) for name in frame.columns]
        rows = [tuple(_plain(value) for value in row) for row in frame.iter_rows()]
    elif module == "pyarrow":
        names = [str(name) for name in frame.column_names]
        columns = [frame.column(index).to_pylist() for index in range(frame.num_columns)]
        rows = [tuple(_plain(value) for value in row) for row in zip(*columns, strict=True)]
    else:
        raise errors.ProgrammingError("Dave can file a DataFrame, not that.",
                                      f"register() takes a pandas or polars DataFrame or a pyarrow Table, "
                                      f"not {type(frame).__name__}")
    kinds = [(name, _kind([row[index] for row in rows])) for index, name in enumerate(names)]
    return names, kinds, rows


def _plain(value: Any) -> Any:
    """A frame's value as SQLite keeps it: numbers, text, bytes or NULL (missing values are NULL)."""
    if value is None or type(value).__name__ in ("NaTType", "NAType"):  # pandas' missing values
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):  # numpy scalars
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime.datetime):
        return value.isoformat(" ")
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, (int, float, str, bytes)):
        return value
    return str(value)


def _kind(values: list[Any]) -> str:
    present = [value for value in values if value is not None]
    if present and all(isinstance(value, int) for value in present):
        return "INTEGER"
    if present and all(isinstance(value, (int, float)) for value in present):
        return "REAL"
    if present and all(isinstance(value, bytes) for value in present):
        return "BLOB"
    return "TEXT"
