"""HumanDB's own tables inside the user's database: post-its and birthdays.

They are named ``humandb_*`` so they stay out of the user's table list; SQLite's authorizer keeps them
read-only to SQL (guard.Authorizer), and the store writes them only in its own bookkeeping mode. Living
in the same SQLite file means they are saved and rolled back together with the user's data.

Every statement here names the ``main`` schema and asks SQLite with PRAGMA statements rather than
table-valued functions: a TEMP table or a table called ``pragma_index_list`` cannot stand in for them.
"""

from __future__ import annotations

import sqlite3

from humandb.brain.names import quote

__all__ = ["POSTITS", "birthdays", "index_is_unique", "peel", "postit_rows", "remember", "stick"]

POSTITS = "humandb_postits"
BIRTHDAYS = "humandb_birthdays"

_POSTIT_COLUMNS = "index_name, table_name, columns, colour, label, place, stuck_on"
_SCHEMA = {
    POSTITS: f"CREATE TABLE IF NOT EXISTS main.{POSTITS} (stuck INTEGER PRIMARY KEY, index_name TEXT UNIQUE NOT NULL, "
    "table_name TEXT, columns TEXT, colour TEXT, label TEXT, place TEXT, stuck_on TEXT)",
    BIRTHDAYS: f"CREATE TABLE IF NOT EXISTS main.{BIRTHDAYS} (user TEXT PRIMARY KEY, birthday TEXT NOT NULL)",
}


def _exists(db: sqlite3.Connection, table: str) -> bool:
    return db.execute(
        "SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone() is not None


def _unique_indexes(db: sqlite3.Connection, table: str) -> set[str]:
    """The names of a table's indexes that enforce uniqueness, as SQLite says (asked each time, never stored)."""
    return {str(name) for _, name, unique, *_ in db.execute(f"PRAGMA main.index_list({quote(table)})") if unique}


def postit_rows(db: sqlite3.Connection) -> list[tuple[str, ...]]:
    """The post-its of indexes that still exist, oldest first (a dropped table takes its post-its along),
    each with a last column saying whether its index is UNIQUE ("1" or "0")."""
    if not _exists(db, POSTITS):
        return []
    rows = db.execute(
        f"SELECT {_POSTIT_COLUMNS}, (SELECT tbl_name FROM main.sqlite_master AS m WHERE m.type = 'index' "
        f"AND m.name = p.index_name) AS indexed FROM main.{POSTITS} AS p WHERE indexed IS NOT NULL ORDER BY stuck"
    ).fetchall()
    unique: dict[str, set[str]] = {}
    found = []
    for *postit, table in rows:
        if table not in unique:
            unique[table] = _unique_indexes(db, str(table))
        found.append((*postit, "1" if postit[0] in unique[table] else "0"))
    return found


def index_is_unique(db: sqlite3.Connection, index: str) -> bool:
    row = db.execute(
        "SELECT sql, tbl_name FROM main.sqlite_master WHERE type = 'index' AND name = ?", (index,)
    ).fetchone()
    if row is None:
        return False
    if row[0] is None:  # an index SQLite made itself, for a PRIMARY KEY or UNIQUE constraint
        return True
    return index in _unique_indexes(db, str(row[1]))


def stick(db: sqlite3.Connection, row: tuple[str, ...]) -> None:
    db.execute(_SCHEMA[POSTITS])
    db.execute(f"DELETE FROM main.{POSTITS} WHERE index_name NOT IN "
               "(SELECT name FROM main.sqlite_master WHERE type = 'index')")
    db.execute(f"INSERT OR REPLACE INTO main.{POSTITS} ({_POSTIT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)", row)


def peel(db: sqlite3.Connection, index: str) -> None:
    if _exists(db, POSTITS):
        db.execute(f"DELETE FROM main.{POSTITS} WHERE index_name = ?", (index,))


def remember(db: sqlite3.Connection, user: str, birthday: str) -> None:
    db.execute(_SCHEMA[BIRTHDAYS])
    db.execute(f"INSERT OR REPLACE INTO main.{BIRTHDAYS} (user, birthday) VALUES (?, ?)", (user, birthday))


def birthdays(db: sqlite3.Connection) -> dict[str, str]:
    if not _exists(db, BIRTHDAYS):
        return {}
    return {str(user): str(day) for user, day in db.execute(f"SELECT user, birthday FROM main.{BIRTHDAYS}")}
