"""The sandbox: SQLite's own guards around a brain that runs SQL typed by strangers.

A visitor of the web server gets a private in-memory copy of Dave's sample company and may type
anything. What keeps the server safe is SQLite itself, not a reading of the SQL text:

- the authorizer refuses what reaches outside the brain: ATTACH and DETACH (so VACUUM INTO too),
  every PRAGMA that changes something, and functions that load code or touch files;
- the progress handler stops a statement that runs past its time budget;
- run-time limits cap the size of a value, of the SQL, of an expression and of a result, and
  ``max_page_count`` caps how big the brain (and its TEMP side) may grow.

`breach` tells, from a failure, which of these rules was hit, so callers can answer accordingly
(the web server picks an HTTP status by it).

>>> import sqlite3
>>> db = sqlite3.connect(":memory:")
>>> guard = Guard(db, Sandbox())
>>> try:
...     db.execute("ATTACH ':memory:' AS elsewhere")
... except sqlite3.DatabaseError as error:
...     breach(error)
'forbidden'
>>> db.close()
"""

from __future__ import annotations

import math
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

__all__ = ["FORBIDDEN", "SIZE", "TIME", "Guard", "OutOfBounds", "Sandbox", "breach"]

# The rules, as callers see them on a refusal (errors.Error.limit).
FORBIDDEN = "forbidden"  # reaches outside the brain: other files, extensions, settings
TIME = "time"  # ran past its time budget
SIZE = "size"  # too big: a value, the SQL, the result of nesting, or the brain itself

Row = tuple[Any, ...]


@dataclass(frozen=True)
class Sandbox:
    """How much one stranger's statement may take. ``connect(sandbox=True)`` uses these defaults.

    Python 3.10's sqlite3 cannot set SQLite's run-time limits: there the authorizer, the time budget,
    the row cut-off and the brain's size cap still hold, but values and SQL are only as limited as
    SQLite's compiled-in defaults (a gigabyte).
    """

    statement_seconds: float = 0.5  # time budget of one statement
    dave_seconds: float = 0.5  # Dave's own look at the data after it (remarks, plan): over budget, no remark
    max_sql_chars: int = 10_000  # a longer text is refused before it is read
    max_rows: int = 500  # rows handed over per statement; more are cut off (Outcome.truncated)
    max_result_bytes: int = 4 * 2**20  # text and blobs handed over per statement; past it, cut off too
    max_value_bytes: int = 100_000  # the largest string or blob (SQLITE_LIMIT_LENGTH)
    max_brain_bytes: int = 16 * 2**20  # the brain's size cap, on main and TEMP alike (PRAGMA max_page_count)


class OutOfBounds(sqlite3.DatabaseError):
    """A rule HumanDB enforces itself beside SQLite's (reading a file in a sandbox); `limit` names it."""

    def __init__(self, limit: str, message: str) -> None:
        super().__init__(message)
        self.limit = limit


# How SQLite (and Python's sqlite3) word each guard's refusal.
_MESSAGES = (
    (FORBIDDEN, ("not authorized", "authorization denied", "too many attached databases")),
    (TIME, ("interrupted",)),
    (SIZE, ("database or disk is full", "string or blob too big", "query string is too large",
            "statement too long", "expression tree is too large", "too many terms in compound select",
            "too many columns", "pattern too complex", "too many levels of trigger recursion")),
)


def breach(error: BaseException) -> str | None:
    """Which rule a failure broke: FORBIDDEN, TIME, SIZE, or None for an ordinary error."""
    if isinstance(error, OutOfBounds):
        return error.limit
    if isinstance(error, (MemoryError, RecursionError)):
        return SIZE
    if not isinstance(error, sqlite3.Error):
        return None
    message = str(error).lower()
    return next((rule for rule, markers in _MESSAGES if any(marker in message for marker in markers)), None)


# -- the authorizer ---------------------------------------------------------------------------

# Read-only PRAGMAs a visitor (and HumanDB itself) may run without an argument; with one, most
# of these would change something (schema_version = 1 corrupts the schema), so none is allowed.
_READ_PRAGMAS = frozenset({
    "application_id", "collation_list", "compile_options", "data_version", "database_list", "encoding",
    "foreign_keys", "freelist_count", "function_list", "journal_mode", "max_page_count", "module_list",
    "page_count", "page_size", "pragma_list", "schema_version", "table_list", "user_version",
})
# PRAGMAs whose argument only names what to describe.
_DESCRIBING_PRAGMAS = frozenset({
    "foreign_key_list", "index_info", "index_list", "index_xinfo", "table_info", "table_xinfo",
})
# Functions that load code or reach the file system (most exist only in SQLite's shell, but a build
# may have them), and fts3_tokenizer, which can hand SQLite a pointer to call.
_FORBIDDEN_FUNCTIONS = frozenset({
    "edit", "fts3_tokenizer", "load_extension", "lsmode", "readfile", "sqlar_compress", "sqlar_uncompress",
    "writefile", "zipfile",
})


def _authorize(action: int, first: str | None, second: str | None, database: str | None, source: str | None) -> int:
    if action in (sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH):  # VACUUM INTO attaches its target
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_PRAGMA:
        name = (first or "").lower()
        allowed = name in _DESCRIBING_PRAGMAS or (name in _READ_PRAGMAS and second is None)
        return sqlite3.SQLITE_OK if allowed else sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_FUNCTION and (second or "").lower() in _FORBIDDEN_FUNCTIONS:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


# -- the limits -------------------------------------------------------------------------------

# sqlite3.h's limit categories (a stable ABI); Python's sqlite3 only names them from 3.11 on.
_LENGTH, _SQL_LENGTH, _COLUMN, _EXPR_DEPTH, _COMPOUND_SELECT = 0, 1, 2, 3, 4
_FUNCTION_ARG, _ATTACHED, _LIKE_PATTERN_LENGTH, _VARIABLE_NUMBER, _TRIGGER_DEPTH = 6, 7, 8, 9, 10

# Below SQLite's defaults, still far above anything the sample or a sensible question needs.
_FIXED_LIMITS = {
    _ATTACHED: 0,  # no second database at all, so not even VACUUM INTO could write one
    _COLUMN: 100,  # columns in a table, an index or a result (default 2,000)
    _EXPR_DEPTH: 250,  # default 1,000
    _COMPOUND_SELECT: 50,  # terms of a UNION (default 500)
    _FUNCTION_ARG: 32,  # default 127
    _LIKE_PATTERN_LENGTH: 1_000,  # default 50,000
    _VARIABLE_NUMBER: 999,  # default 32,766
    _TRIGGER_DEPTH: 10,  # default 1,000
}

# The progress handler runs every this many virtual-machine steps: about every few microseconds of
# work, so a statement overruns its budget by no more than that (a Python call each time).
_STEPS = 1_000


class Guard:
    """The guards installed on one sqlite3 connection, and the clock statements are held to.

    Nothing runs against a deadline unless a `visitor` statement or one of Dave's `look`s is under way;
    HumanDB's own bookkeeping (transactions, post-its) is never interrupted.
    """

    def __init__(self, db: sqlite3.Connection, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.deadline = math.inf
        self.tripped = False  # the last budget ran out (a query was interrupted)
        self.look_left = sandbox.dave_seconds  # what is left of Dave's budget for the last statement
        self._install(db)

    def _install(self, db: sqlite3.Connection) -> None:
        page_size = int(db.execute("PRAGMA page_size").fetchone()[0])
        pages = max(1, self.sandbox.max_brain_bytes // page_size)
        # Set before the authorizer, which refuses every PRAGMA that changes something, these included.
        db.execute(f"PRAGMA main.max_page_count = {pages}")
        db.execute(f"PRAGMA temp.max_page_count = {pages}")
        setlimit = getattr(db, "setlimit", None)  # Python 3.11+
        if setlimit is not None:
            for category, value in self._limits().items():
                setlimit(category, value)
        if hasattr(db, "enable_load_extension"):  # absent when Python was built without it
            db.enable_load_extension(False)
        db.set_authorizer(_authorize)
        db.set_progress_handler(self._tick, _STEPS)

    def _limits(self) -> dict[int, int]:
        # SQLite counts SQL in bytes, of sqlglot's rewrite of what the visitor typed (which may spell
        # things out at more length): headroom over the characters the pipeline allows.
        return {**_FIXED_LIMITS, _LENGTH: self.sandbox.max_value_bytes,
                _SQL_LENGTH: max(4 * self.sandbox.max_sql_chars, 100_000)}

    def _tick(self) -> int:
        if time.monotonic() < self.deadline:
            return 0
        self.tripped = True
        return 1  # SQLite stops the statement: OperationalError("interrupted")

    @contextmanager
    def _budget(self, seconds: float) -> Iterator[None]:
        self.tripped = False
        self.deadline = time.monotonic() + seconds
        try:
            yield
        finally:
            self.deadline = math.inf

    @contextmanager
    def visitor(self) -> Iterator[None]:
        """A visitor's statement: on the statement budget; Dave's look at it afterwards gets a fresh one."""
        self.look_left = self.sandbox.dave_seconds
        with self._budget(self.sandbox.statement_seconds):
            yield

    @contextmanager
    def look(self, *, fresh: bool = False) -> Iterator[None]:
        """Dave's own queries over a visitor's data. All his looks after one statement share one budget,
        so a statement naming fifty tables cannot make him spend fifty budgets; `fresh` gets a whole one
        (the catalog, read before a question rather than after a statement)."""
        budget = self.sandbox.dave_seconds if fresh else self.look_left
        started = time.monotonic()
        try:
            with self._budget(budget):
                yield
        finally:
            if not fresh:
                self.look_left = max(0.0, budget - (time.monotonic() - started))

    def take(self, cursor: sqlite3.Cursor) -> tuple[list[Row], bool]:
        """The rows a visitor may have (max_rows, max_result_bytes) and whether more were left behind.

        One row at a time, so a result of huge values stops at the cap instead of past it in memory.
        """
        rows: list[Row] = []
        room = self.sandbox.max_result_bytes
        for row in cursor:
            size = sum(len(value) if isinstance(value, (str, bytes)) else 8 for value in row)
            if len(rows) == self.sandbox.max_rows or size > room:
                return rows, True
            room -= size
            rows.append(row)
        return rows, False
