"""Odd things in the data that Dave notices: a date decades before the rest, negative amounts,
a few missing values, two rows sharing what should be unique.

Works over any schema from the declared column types and names, in one or two passes per table;
the store caches the result until the data changes, so a remark never costs a scan per query. The
sample company keeps its own facts in a hidden table, worked out once when it is built (`remember`,
`recall`), so that even a fresh 1.8-million-order brain remarks at once. Whatever changes what
`oddities` finds must bump sample.SAMPLE_FORMAT, or cached samples would remember the old findings.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from humandb.brain.names import quote

__all__ = ["FACTS", "Oddity", "oddities", "recall", "remember"]

FACTS = "humandb_facts"  # humandb_*: out of the user's table list, like Dave's post-its
_FEW_NULLS = 0.05  # up to 5% missing is "a few"; more than that is the column's normal


@dataclass(frozen=True)
class Oddity:
    """One thing worth a remark: `kind` is old_date, negative, nulls or duplicate."""

    kind: str
    table: str
    column: str
    count: int
    value: str = ""


def _is_key(name: str, primary: bool) -> bool:
    return primary or name.lower() == "id" or name.lower().endswith("_id")


def _is_date(name: str, declared: str) -> bool:
    lowered, upper = name.lower(), declared.upper()
    return "DATE" in upper or "TIME" in upper or lowered.endswith(("_at", "_on", "_date"))


def oddities(db: sqlite3.Connection, table: str) -> tuple[Oddity, ...]:
    """Everything odd in one table (empty for tables that do not exist or are empty).

    One pass over the table counts every column's nulls and negatives and finds its dates' first
    year; a second pass, over tables with dates only, finds the next year and who is in the first.
    """
    try:
        columns = [_Column(str(name), str(declared or ""), bool(primary))
                   for _, name, declared, _, _, primary in db.execute(f"PRAGMA table_info({quote(table)})")]
        looked = [column for column in columns if not _is_key(column.name, column.primary)]
        total, *counts = db.execute(
            f"SELECT {', '.join(['COUNT(*)', *(part for c in looked for part in c.counted())])} FROM {quote(table)}"
        ).fetchone()
    except sqlite3.Error:
        return ()
    if not columns or not total:
        return ()
    firsts: dict[str, int] = {}
    for column, (_, _, first) in zip(looked, _triples(counts), strict=True):
        if column.dated and first is not None:
            firsts[column.name] = int(first)
    old = _old_dates(db, table, firsts, total)
    found: list[Oddity] = []
    for column, (nulls, negatives, _) in zip(looked, _triples(counts), strict=True):
        if nulls and nulls <= max(1, total * _FEW_NULLS):
            found.append(Oddity("nulls", table, column.name, int(nulls)))
        if negatives and negatives <= total * _FEW_NULLS:
            found.append(Oddity("negative", table, column.name, int(negatives)))
        found.extend(odd for odd in old if odd.column == column.name)
        if "email" in column.name.lower():
            found.extend(_duplicates(db, table, column.name))
    return tuple(found)


def _triples(counts: list[Any]) -> Iterator[tuple[Any, Any, Any]]:
    return zip(counts[0::3], counts[1::3], counts[2::3], strict=True)


@dataclass(frozen=True)
class _Column:
    name: str
    declared: str
    primary: bool

    @property
    def dated(self) -> bool:
        return _is_date(self.name, self.declared)

    def counted(self) -> tuple[str, str, str]:
        """The aggregates of the first pass: nulls, negatives, first year (NULL where not a date)."""
        column = quote(self.name)
        # Only numbers count as negative, and a column with TEXT affinity holds none (it stores them as
        # text). Elsewhere typeof() is asked of the rare rows below zero alone.
        negatives = "0" if _text_affinity(self.declared) else (
            f"SUM(CASE WHEN {column} < 0 THEN typeof({column}) IN ('integer', 'real') END)")
        return f"COUNT(*) - COUNT({column})", negatives, f"MIN({_year(self.name)})" if self.dated else "NULL"


def _text_affinity(declared: str) -> bool:
    # SQLite's rules for a column's affinity, in their order: INT first, then the words of text.
    upper = declared.upper()
    return "INT" not in upper and any(word in upper for word in ("CHAR", "CLOB", "TEXT"))


def _year(name: str) -> str:
    # Never NULL for a value that is not NULL: CAST makes 0 of text that is no year.
    return f"CAST(substr({quote(name)}, 1, 4) AS INTEGER)"


def _old_dates(db: sqlite3.Connection, table: str, firsts: dict[str, int], total: int) -> list[Oddity]:
    """A handful of rows years before all the others: the 1987 order."""
    if not firsts:
        return []
    years = ", ".join(f"{_year(name)} AS year{number}" for number, name in enumerate(firsts))
    parts = ", ".join(f"MIN(CASE WHEN year{number} > {first} THEN year{number} END), SUM(year{number} = {first})"
                      for number, first in enumerate(firsts.values()))
    # The LIMIT keeps SQLite from flattening the subquery: each year is worked out once per row, not thrice.
    row = db.execute(f"SELECT {parts} FROM (SELECT {years} FROM {quote(table)} LIMIT -1)").fetchone()
    found = []
    for (name, first), second, count in zip(firsts.items(), row[::2], row[1::2], strict=True):
        if second is not None and second - first >= 5 and count <= max(1, total * 0.001):
            found.append(Oddity("old_date", table, name, int(count), str(first)))
    return found


def _duplicates(db: sqlite3.Connection, table: str, name: str) -> list[Oddity]:
    rows = db.execute(
        f"SELECT {quote(name)}, COUNT(*) FROM {quote(table)} WHERE {quote(name)} IS NOT NULL "
        f"GROUP BY {quote(name)} HAVING COUNT(*) > 1 ORDER BY 2 DESC, 1 LIMIT 3"
    ).fetchall()
    return [Oddity("duplicate", table, name, int(count), str(value)) for value, count in rows]


def remember(db: sqlite3.Connection, tables: Iterable[str]) -> None:
    """Work out what is odd in `tables` and keep it in the `FACTS` table (which must not exist yet)."""
    db.execute(f"CREATE TABLE {FACTS} (table_name TEXT, kind TEXT, column_name TEXT, count INTEGER, value TEXT)")
    db.executemany(f"INSERT INTO {FACTS} VALUES (?, ?, ?, ?, ?)", [
        (odd.table, odd.kind, odd.column, odd.count, odd.value) for table in tables for odd in oddities(db, table)
    ])


def recall(db: sqlite3.Connection) -> dict[str, tuple[Oddity, ...]] | None:
    """What `remember` kept, by table name in lower case, for every table of the database (None if
    nothing was kept). True only while the data is as it was: the caller knows whether it is."""
    try:
        kept = db.execute(
            f"SELECT table_name, kind, column_name, count, value FROM main.{FACTS} ORDER BY rowid"
        ).fetchall()
        names = db.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
            "AND name NOT LIKE 'humandb\\_%' ESCAPE '\\'"
        ).fetchall()
    except sqlite3.Error:
        return None
    found: dict[str, list[Oddity]] = {str(name).lower(): [] for (name,) in names}
    for table, kind, column, count, value in kept:
        if not isinstance(count, int):  # not a fact HumanDB kept (the file was written by something else)
            return None
        odd = Oddity(str(kind), str(table), str(column), count, str(value))
        found.setdefault(odd.table.lower(), []).append(odd)
    return {table: tuple(odds) for table, odds in found.items()}
