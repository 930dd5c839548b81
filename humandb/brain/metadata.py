"""HumanDB's own tables inside the user's database: post-its and birthdays.

They are named ``humandb_*`` so they stay out of the user's table list and are read-only to SQL;
living in the same SQLite file means they are saved and rolled back together with the user's data.
"""

from __future__ import annotations

import sqlite3

__all__ = ["POSTITS", "birthdays", "index_is_unique", "peel", "postit_rows", "remember", "stick"]

POSTITS = "humandb_postits"
BIRTHDAYS = "humandb_birthdays"

_POSTIT_COLUMNS = "index_name, table_name, columns, colour, label, place, stuck_on"
_SCHEMA = {
    POSTITS: f"CREATE TABLE IF NOT EXISTS {POSTITS} (stuck INTEGER PRIMARY KEY, index_name TEXT UNIQUE NOT NULL, "
    "table_name TEXT, columns TEXT, colour TEXT, label TEXT, place TEXT, stuck_on TEXT)",
    BIRTHDAYS: f"CREATE TABLE IF NOT EXISTS {BIRTHDAYS} (user TEXT PRIMARY KEY, birthday TEXT NOT NULL)",
}


def _exists(db: sqlite3.Connection, table: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone() is not None


# Whether an index enforces uniqueness is SQLite's to say, not a note of ours: asked each time, never stored.
_UNIQUE = ('COALESCE((SELECT listed."unique" FROM pragma_index_list(table_name) AS listed '
           "WHERE listed.name = index_name), 0)")


def postit_rows(db: sqlite3.Connection) -> list[tuple[str, ...]]:
    """The post-its of indexes that still exist, oldest first (a dropped table takes its post-its along),
    each with a last column saying whether its index is UNIQUE ("1" or "0")."""
    if not _exists(db, POSTITS):
        return []
    return db.execute(
        f"SELECT {_POSTIT_COLUMNS}, CAST({_UNIQUE} AS TEXT) FROM {POSTITS} "
        "WHERE index_name IN (SELECT name FROM sqlite_master WHERE type = 'index') ORDER BY stuck"
    ).fetchall()


def index_is_unique(db: sqlite3.Connection, index: str) -> bool:
    row = db.execute("SELECT sql, tbl_name FROM sqlite_master WHERE type = 'index' AND name = ?", (index,)).fetchone()
    if row is None:
        return False
    if row[0] is None:  # an index SQLite made itself, for a PRIMARY KEY or UNIQUE constraint
        return True
    return any(name == index and unique for _, name, unique, *_ in db.execute(
        "SELECT * FROM pragma_index_list(?)", (row[1],)))


def stick(db: sqlite3.Connection, row: tuple[str, ...]) -> None:
    db.execute(_SCHEMA[POSTITS])
    db.execute(f"DELETE FROM {POSTITS} WHERE index_name NOT IN (SELECT name FROM sqlite_master WHERE type = 'index')")
    db.execute(f"INSERT OR REPLACE INTO {POSTITS} ({_POSTIT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)", row)


def peel(db: sqlite3.Connection, index: str) -> None:
    if _exists(db, POSTITS):
        db.execute(f"DELETE FROM {POSTITS} WHERE index_name = ?", (index,))


def remember(db: sqlite3.Connection, user: str, birthday: str) -> None:
    db.execute(_SCHEMA[BIRTHDAYS])
    db.execute(f"INSERT OR REPLACE INTO {BIRTHDAYS} (user, birthday) VALUES (?, ?)", (user, birthday))


def birthdays(db: sqlite3.Connection) -> dict[str, str]:
    if not _exists(db, BIRTHDAYS):
        return {}
    return {str(user): str(day) for user, day in db.execute(f"SELECT user, birthday FROM {BIRTHDAYS}")}
