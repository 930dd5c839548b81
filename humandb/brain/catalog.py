"""What the brain holds, described for the English reader: tables, columns, inferred foreign keys, and
the small set of text values a question may name ("Engineering", "returned", "Germany").

Built from SQLite's own schema and a few aggregate queries; the store caches it until the data changes.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

__all__ = ["Catalog", "Column", "Link", "Table", "describe"]

_MAX_VALUES = 300  # a text column with more distinct values than this is names or free text, not categories
_MAX_NAMES = 20_000  # but names and titles are how people point at rows ("Erik Black's email")
_NAMES = ("name", "title")


@dataclass(frozen=True)
class Column:
    table: str
    name: str
    type: str  # the declared type, upper case ("INTEGER", "TEXT", "DATE", ...)

    @property
    def numeric(self) -> bool:
        return any(word in self.type for word in ("INT", "REAL", "FLOA", "DOUB", "NUM", "DEC"))

    @property
    def temporal(self) -> bool:
        return "DATE" in self.type or "TIME" in self.type

    @property
    def key(self) -> bool:
        return self.name.lower() == "id" or self.name.lower().endswith("_id")


@dataclass(frozen=True)
class Link:
    """A foreign key inferred from a `<table>_id` column: child.column → parent.id."""

    child: str
    column: str
    parent: str


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    rows: int
    values: tuple[tuple[str, str], ...] = ()  # (column, value) for category-like text columns

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name.lower() == name.lower()), None)


@dataclass(frozen=True, eq=False)  # compared (and hashed) by identity: the store hands out one per version
class Catalog:
    tables: dict[str, Table] = field(default_factory=dict)
    links: tuple[Link, ...] = ()


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def describe(db: sqlite3.Connection) -> Catalog:
    """The user's tables (not HumanDB's own), with their columns, links and category values."""
    names = [row[0] for row in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'humandb_%' ORDER BY name"
    )]
    tables = {name: _table(db, name) for name in names}
    return Catalog(tables, _links(tables))


def _table(db: sqlite3.Connection, name: str) -> Table:
    columns = tuple(
        Column(name, str(row[1]), str(row[2] or "").upper()) for row in db.execute(f"PRAGMA table_info({_q(name)})")
    )
    rows = int(db.execute(f"SELECT COUNT(*) FROM {_q(name)}").fetchone()[0])
    values: list[tuple[str, str]] = []
    for column in columns:
        if column.numeric or column.temporal or column.key or "EMAIL" in column.name.upper():
            continue
        limit = _MAX_NAMES if column.name.lower() in _NAMES else _MAX_VALUES
        found = db.execute(
            f"SELECT DISTINCT {_q(column.name)} FROM {_q(name)} WHERE {_q(column.name)} IS NOT NULL "
            f"AND typeof({_q(column.name)}) = 'text' LIMIT {limit + 1}"
        ).fetchall()
        if len(found) <= limit:
            values += [(column.name, str(value)) for (value,) in found]
    return Table(name, columns, rows, tuple(values))


def _links(tables: dict[str, Table]) -> tuple[Link, ...]:
    links = []
    for table in tables.values():
        for column in table.columns:
            stem = column.name.lower().removesuffix("_id")
            if column.name.lower() == stem:
                continue
            parent = next((t for t in tables if t.lower() in (stem, stem + "s", stem + "es")), None)
            if parent is not None and parent != table.name:
                links.append(Link(table.name, column.name, parent))
    return tuple(links)
