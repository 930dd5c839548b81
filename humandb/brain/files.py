"""Bring your own data: Dave prints out a CSV (or TSV) file and files it in the brain as a table.

The table is named by the path exactly as the user wrote it (``'data/sales.csv'`` becomes the table
``"data/sales.csv"``), so the SQL that reads it is the same text every time and stays cacheable.

Loaded tables are TEMP tables: they belong to this connection and vanish when it closes, so a query
over a CSV never writes into the user's database file (and works on a read-only one). To keep a copy,
``CREATE TABLE kept AS SELECT * FROM 'sales.csv'``. A file is read again only when its modification
time or size changed since it was last loaded on this connection; the stamps live in the TEMP table
``humandb_files``, so a rollback that undoes a load also forgets it.

>>> import pathlib, sqlite3, tempfile
>>> folder = tempfile.TemporaryDirectory()
>>> path = pathlib.Path(folder.name) / "pets.csv"
>>> _ = path.write_text("name,legs\\nRex,4\\nPolly,2\\n")
>>> db = sqlite3.connect(":memory:")
>>> load_csv(db, str(path), "pets")
'pets'
>>> db.execute("SELECT name, legs FROM pets ORDER BY legs").fetchall()
[('Polly', 2), ('Rex', 4)]
>>> db.close(); folder.cleanup()
"""

from __future__ import annotations

import contextlib
import csv
import os
import re
import sqlite3
from collections.abc import Iterator, Sequence
from typing import NamedTuple, Protocol

from humandb.brain.names import quote

__all__ = ["CsvProblem", "load_csv", "write_csv"]

REGISTRY = "humandb_files"

_INTEGER = re.compile(r"[+-]?(0|[1-9][0-9]*)")
_REAL = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")
# "007", "02134": leading zeros mean an identifier (zip code, part number); as a number they would be lost.
_LEADING_ZERO = re.compile(r"[+-]?0[0-9]")

Cell = str | int | float | None


class CsvProblem(ValueError):  # noqa: N818 - the name the pipeline and users know it by
    """A file Dave cannot print out: missing, empty, without a header, or with a ragged row.

    `path` and `line` say where (line 0: the file as a whole); `missing` is true when there is no such file.
    """

    def __init__(self, path: str, reason: str, line: int = 0, *, missing: bool = False) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        self.missing = missing
        where = f"{path}, line {line}" if line else path
        super().__init__(f"{where}: {reason}")


class _LineReader(Protocol):
    """What csv.reader returns: rows, and how many lines of the file it has read so far."""

    line_num: int

    def __next__(self) -> list[str]: ...


class _Stamp(NamedTuple):
    mtime_ns: int
    size: int


def load_csv(db: sqlite3.Connection, path: str, table: str | None = None) -> str:
    """(Re)create the TEMP table `table` (default: the path text) from a CSV/TSV file; return its name.

    Does nothing when the file is unchanged since this connection last loaded it into that table.
    Raises CsvProblem for a missing or malformed file; the database is then left as it was.
    """
    name = path if table is None else table
    stamp = _stamp(path)
    if _is_current(db, path, name, stamp):
        return name
    header, rows = _read(path)
    _write(db, path, name, stamp, header, rows)
    return name


def write_csv(cursor: sqlite3.Cursor, path: str, *, header: bool = True, delimiter: str = ",") -> int:
    """Write a result to a CSV file as it streams from SQLite (COPY ... TO); return how many rows.

    Written to a temporary file beside `path` and renamed into place, so a COPY that fails halfway leaves
    whatever was at `path` before. Raises CsvProblem when the file cannot be written.
    """
    import tempfile

    target = os.path.abspath(path)
    count = 0
    try:
        handle, temporary = tempfile.mkstemp(dir=os.path.dirname(target), prefix=".humandb-copy-", suffix=".csv")
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
            if header:
                writer.writerow([column[0] for column in cursor.description or ()])
            while chunk := cursor.fetchmany(500):
                writer.writerows(chunk)
                count += len(chunk)
        os.replace(temporary, target)
    except OSError as error:
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(temporary)
        raise CsvProblem(path, (error.strerror or str(error)).lower()) from None
    return count


# -- the file ---------------------------------------------------------------------------------


def _stamp(path: str) -> _Stamp:
    try:
        status = os.stat(path)
    except FileNotFoundError:
        raise CsvProblem(path, "no such file", missing=True) from None
    except OSError as error:
        raise CsvProblem(path, (error.strerror or str(error)).lower()) from None
    return _Stamp(status.st_mtime_ns, status.st_size)


def _read(path: str) -> tuple[list[str], list[list[str]]]:
    """The header and the rows; every row checked to have as many fields as the header."""
    delimiter = "\t" if path.lower().endswith(".tsv") else ","
    try:
        # utf-8-sig: spreadsheets put a byte-order mark before the first column name.
        with open(path, newline="", encoding="utf-8-sig") as handle:
            return _records(path, csv.reader(handle, delimiter=delimiter))
    except OSError as error:  # a directory, no permission: the stat above could not tell
        raise CsvProblem(path, (error.strerror or str(error)).lower()) from None


def _records(path: str, reader: _LineReader) -> tuple[list[str], list[list[str]]]:
    lines = _numbered(path, reader)
    first = next(lines, None)
    if first is None:
        raise CsvProblem(path, "the file is empty")
    line, header = first
    if not any(field.strip() for field in header):
        raise CsvProblem(path, "no header (the first line should name the columns)", line)
    if all(_kind(field) != "TEXT" for field in header):
        raise CsvProblem(path, f"no header (the first line looks like data: {', '.join(header)})", line)
    rows = []
    for line, row in lines:
        if len(row) != len(header):
            raise CsvProblem(path, f"expected {len(header)} fields, found {len(row)}", line)
        rows.append(row)
    return _column_names(header), rows


def _numbered(path: str, reader: _LineReader) -> Iterator[tuple[int, list[str]]]:
    """Records with the line each starts on (a quoted field may span lines); blank lines skipped."""
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise CsvProblem(path, f"cannot read the text ({error})", start) from None
        except UnicodeDecodeError:
            # Text is decoded a block at a time, so the line being read is not where the bad byte is.
            raise CsvProblem(path, "not UTF-8 text (save it as UTF-8 and Dave will try again)") from None
        if row:
            yield start, row


def _column_names(header: Sequence[str]) -> list[str]:
    """Header fields as column names: trimmed, blanks named by position, repeats numbered."""
    names: list[str] = []
    taken: set[str] = set()
    for position, field in enumerate(header, start=1):
        base = field.strip() or f"column{position}"
        name, copy = base, 1
        while name.lower() in taken:  # SQLite column names ignore case
            copy += 1
            name = f"{base}_{copy}"
        taken.add(name.lower())
        names.append(name)
    return names


# -- the types --------------------------------------------------------------------------------


def _kind(value: str) -> str:
    text = value.strip()
    if _LEADING_ZERO.match(text):
        return "TEXT"
    if _INTEGER.fullmatch(text):
        # Wider than SQLite's 64 bits (a card or account number): keep every digit as text.
        return "INTEGER" if -(2**63) <= int(text) < 2**63 else "TEXT"
    return "REAL" if _REAL.fullmatch(text) else "TEXT"


def _column_type(values: Iterator[str]) -> str:
    """INTEGER if every non-empty value is an integer, REAL if every one is a number, else TEXT."""
    kinds = {_kind(value) for value in values if value != ""}
    if not kinds or "TEXT" in kinds:
        return "TEXT"
    return "INTEGER" if kinds == {"INTEGER"} else "REAL"


def _cell(value: str, kind: str) -> Cell:
    if value == "":
        return None
    if kind == "INTEGER":
        return int(value)
    return float(value) if kind == "REAL" else value


# -- the brain --------------------------------------------------------------------------------


def _is_current(db: sqlite3.Connection, path: str, table: str, stamp: _Stamp) -> bool:
    """Loaded from this very file version, and the table is still there (nobody dropped it)."""
    try:
        row = db.execute(
            f"SELECT 1 FROM temp.{REGISTRY} AS f JOIN temp.sqlite_master AS m ON m.name = f.name "
            "WHERE f.name = ? AND f.path = ? AND f.mtime_ns = ? AND f.size = ? AND m.type = 'table'",
            (table, path, *stamp),
        ).fetchone()
    except sqlite3.OperationalError:  # no registry yet: nothing loaded on this connection
        return False
    return row is not None


def _write(
    db: sqlite3.Connection, path: str, table: str, stamp: _Stamp, header: list[str], rows: list[list[str]]
) -> None:
    """Replace the table in one savepoint: inside the caller's transaction if one is open, else on its own."""
    types = [_column_type(row[index] for row in rows) for index in range(len(header))]
    columns = ", ".join(f"{quote(name)} {kind}" for name, kind in zip(header, types, strict=True))
    db.execute("SAVEPOINT humandb_load")
    try:
        db.execute(f"DROP TABLE IF EXISTS temp.{quote(table)}")
        db.execute(f"CREATE TEMP TABLE {quote(table)} ({columns})")
        db.executemany(
            f"INSERT INTO temp.{quote(table)} VALUES ({', '.join('?' * len(header))})",
            ([_cell(value, kind) for value, kind in zip(row, types, strict=True)] for row in rows),
        )
        _remember(db, path, table, stamp)
    except BaseException:
        db.execute("ROLLBACK TO humandb_load")
        db.execute("RELEASE humandb_load")
        raise
    db.execute("RELEASE humandb_load")


def _remember(db: sqlite3.Connection, path: str, table: str, stamp: _Stamp) -> None:
    db.execute(
        f"CREATE TEMP TABLE IF NOT EXISTS {REGISTRY} "
        "(name TEXT PRIMARY KEY COLLATE NOCASE, path TEXT NOT NULL, mtime_ns INTEGER, size INTEGER)"
    )
    db.execute(f"INSERT OR REPLACE INTO temp.{REGISTRY} VALUES (?, ?, ?, ?)", (table, path, *stamp))
