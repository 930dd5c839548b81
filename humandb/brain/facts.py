"""Odd things in the data that Dave notices: a date decades before the rest, negative amounts,
a few missing values, two rows sharing what should be unique.

Works over any schema from the declared column types and names, in one or two aggregate queries per
table; the store caches the result until the data changes, so a remark never costs a scan per query.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

__all__ = ["Oddity", "oddities"]

_FEW_NULLS = 0.05  # up to 5% missing is "a few"; more than that is the column's normal


@dataclass(frozen=True)
class Oddity:
    """One thing worth a remark: `kind` is old_date, negative, nulls or duplicate."""

    kind: str
    table: str
    column: str
    count: int
    value: str = ""


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _is_key(name: str, primary: bool) -> bool:
    return primary or name.lower() == "id" or name.lower().endswith("_id")


def _is_date(name: str, declared: str) -> bool:
    lowered, upper = name.lower(), declared.upper()
    return "DATE" in upper or "TIME" in upper or lowered.endswith(("_at", "_on", "_date"))


def oddities(db: sqlite3.Connection, table: str) -> tuple[Oddity, ...]:
    """Everything odd in one table (empty for tables that do not exist or are empty)."""
    try:
        columns = db.execute(f"PRAGMA table_info({_q(table)})").fetchall()
        total = db.execute(f"SELECT COUNT(*) FROM {_q(table)}").fetchone()[0]
    except sqlite3.Error:
        return ()
    if not columns or not total:
        return ()
    found: list[Oddity] = []
    for _, name, declared, _, _, primary in columns:
        found.extend(_column_oddities(db, table, str(name), str(declared or ""), bool(primary), total))
    return tuple(found)


def _column_oddities(
    db: sqlite3.Connection, table: str, name: str, declared: str, primary: bool, total: int
) -> list[Oddity]:
    if _is_key(name, primary):
        return []
    column, source = _q(name), _q(table)
    found: list[Oddity] = []
    nulls, negatives = db.execute(
        f"SELECT SUM({column} IS NULL), SUM(typeof({column}) IN ('integer', 'real') AND {column} < 0) "
        f"FROM {source}"
    ).fetchone()
    if nulls and nulls <= max(1, total * _FEW_NULLS):
        found.append(Oddity("nulls", table, name, int(nulls)))
    if negatives and negatives <= total * _FEW_NULLS:
        found.append(Oddity("negative", table, name, int(negatives)))
    if _is_date(name, declared):
        found.extend(_old_dates(db, table, name, total))
    if "email" in name.lower():
        found.extend(_duplicates(db, table, name))
    return found


def _old_dates(db: sqlite3.Connection, table: str, name: str, total: int) -> list[Oddity]:
    """A handful of rows years before all the others: the 1987 order."""
    year = f"CAST(substr({_q(name)}, 1, 4) AS INTEGER)"
    rows = db.execute(
        f"SELECT {year} AS y, COUNT(*) FROM {_q(table)} WHERE {_q(name)} IS NOT NULL "
        f"GROUP BY y ORDER BY y LIMIT 2"
    ).fetchall()
    if len(rows) < 2 or rows[0][0] is None or rows[1][0] is None:
        return []
    (first, count), (second, _) = rows
    if second - first >= 5 and count <= max(1, total * 0.001):
        return [Oddity("old_date", table, name, int(count), str(first))]
    return []


def _duplicates(db: sqlite3.Connection, table: str, name: str) -> list[Oddity]:
    rows = db.execute(
        f"SELECT {_q(name)}, COUNT(*) FROM {_q(table)} WHERE {_q(name)} IS NOT NULL "
        f"GROUP BY {_q(name)} HAVING COUNT(*) > 1 ORDER BY 2 DESC, 1 LIMIT 3"
    ).fetchall()
    return [Oddity("duplicate", table, name, int(count), str(value)) for value, count in rows]
