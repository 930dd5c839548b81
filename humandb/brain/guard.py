"""SQLite's own guards around a brain: an authorizer on every brain, and a sandbox for SQL from strangers.

Every brain gets the `Authorizer`: HumanDB's hidden tables (``humandb_*``: post-its, birthdays, facts)
are read-only to SQL on every write path SQLite has, since SQLite asks it about each action while it
compiles a statement — the statement itself, every trigger it fires, the nested statements of ALTER
TABLE and CREATE VIRTUAL TABLE. Only HumanDB's own bookkeeping, inside `Authorizer.own`, writes them.
Nothing depends on reading the SQL text, so a statement HumanDB could not read is held to the same rule.

A visitor of the web server gets a private in-memory copy of Dave's sample company and may type
anything. What keeps the server safe is SQLite itself, not a reading of the SQL text:

- the authorizer also refuses what reaches outside the brain: ATTACH and DETACH (so VACUUM INTO too),
  every PRAGMA that changes something, functions that load code or touch files; and what would run
  code later, outside any statement's time budget: triggers;
- the progress handler stops a statement (and Dave's looks and bookkeeping on the visitor's behalf)
  that runs past its time budget, or that makes SQLite's heap grow by more than `max_work_bytes`;
- run-time limits cap the size of a value, of the SQL, of an expression and of a result, and
  ``max_page_count`` caps how big the brain and its TEMP side may grow;
- ``temp_store = MEMORY``: TEMP tables, sorts and the scratch tables of a query live in SQLite's heap,
  where the progress handler sees them, never in temp files on the server's disk.

`breach` tells, from a failure, which of these rules was hit, so callers can answer accordingly
(the web server picks an HTTP status by it).

>>> import sqlite3
>>> db = sqlite3.connect(":memory:")
>>> guard, authorizer = Guard(db, Sandbox()), Authorizer(db, sandboxed=True)
>>> try:
...     db.execute("ATTACH ':memory:' AS elsewhere")
... except sqlite3.DatabaseError as error:
...     breach(error)
'forbidden'
>>> db.close()
"""

from __future__ import annotations

import functools
import math
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Any

__all__ = ["FORBIDDEN", "SIZE", "TIME", "WRITES", "Authorizer", "Guard", "OutOfBounds", "Overspent", "Sandbox",
           "breach", "hidden"]

# The rules, as callers see them on a refusal (errors.Error.limit).
FORBIDDEN = "forbidden"  # reaches outside the brain: other files, extensions, settings; or HumanDB's own tables
TIME = "time"  # ran past its time budget
SIZE = "size"  # too big: a value, the SQL, the result of nesting, the brain itself, or the memory a statement took

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
    max_brain_bytes: int = 16 * 2**20  # the brain's size cap (PRAGMA main.max_page_count)
    max_temp_bytes: int = 4 * 2**20  # its TEMP tables' size cap (PRAGMA temp.max_page_count), kept in memory
    # What one statement may take on while it runs, on top of what it keeps: SQLite's sorts and scratch
    # tables (its heap's growth) and each of HumanDB's Python aggregates (array_agg, median).
    max_work_bytes: int = 64 * 2**20


class OutOfBounds(sqlite3.DatabaseError):
    """A rule HumanDB enforces itself beside SQLite's (reading a file in a sandbox); `limit` names it."""

    def __init__(self, limit: str, message: str) -> None:
        super().__init__(message)
        self.limit = limit


class Overspent(OutOfBounds, sqlite3.OperationalError):
    """A statement stopped for the memory its work took (SIZE), as an interrupted one stops for time."""


# How SQLite (and Python's sqlite3) word each guard's refusal.
_MESSAGES = (
    (FORBIDDEN, ("not authorized", "authorization denied", "too many attached databases")),
    (TIME, ("interrupted",)),
    (SIZE, ("database or disk is full", "string or blob too big", "query string is too large",
            "statement too long", "expression tree is too large", "too many terms in compound select",
            "too many columns", "pattern too complex", "too many levels of trigger recursion", "out of memory")),
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

_A = sqlite3
# Actions that write, with whether their first and second arguments name the object written to
# (an index and its table, a trigger and its table, a table, a savepoint...).
_NAMED_WRITES: dict[int, tuple[bool, bool]] = {
    _A.SQLITE_CREATE_INDEX: (True, True), _A.SQLITE_CREATE_TEMP_INDEX: (True, True),
    _A.SQLITE_CREATE_TABLE: (True, False), _A.SQLITE_CREATE_TEMP_TABLE: (True, False),
    _A.SQLITE_CREATE_TRIGGER: (True, True), _A.SQLITE_CREATE_TEMP_TRIGGER: (True, True),
    _A.SQLITE_CREATE_VIEW: (True, False), _A.SQLITE_CREATE_TEMP_VIEW: (True, False),
    _A.SQLITE_CREATE_VTABLE: (True, False), _A.SQLITE_DROP_VTABLE: (True, False),
    _A.SQLITE_DROP_INDEX: (True, True), _A.SQLITE_DROP_TEMP_INDEX: (True, True),
    _A.SQLITE_DROP_TABLE: (True, False), _A.SQLITE_DROP_TEMP_TABLE: (True, False),
    _A.SQLITE_DROP_TRIGGER: (True, True), _A.SQLITE_DROP_TEMP_TRIGGER: (True, True),
    _A.SQLITE_DROP_VIEW: (True, False), _A.SQLITE_DROP_TEMP_VIEW: (True, False),
    _A.SQLITE_INSERT: (True, False), _A.SQLITE_UPDATE: (True, False), _A.SQLITE_DELETE: (True, False),
    _A.SQLITE_ALTER_TABLE: (False, True),  # (database, table)
}
# Actions that change data or schema: a statement compiling to any of them belongs in the transaction.
WRITES = frozenset({*_NAMED_WRITES, _A.SQLITE_REINDEX, _A.SQLITE_ANALYZE})
# Asked about most often (every column a query reads) and never refused.
_HARMLESS = frozenset({_A.SQLITE_READ, _A.SQLITE_SELECT, _A.SQLITE_RECURSIVE})
_TRIGGERS = frozenset({_A.SQLITE_CREATE_TRIGGER, _A.SQLITE_CREATE_TEMP_TRIGGER})
# VACUUM copies the whole database, HumanDB's tables included, into a scratch schema of this name.
_VACUUM_COPY = "vacuum_db"

# Read-only PRAGMAs a visitor (and HumanDB itself) may run without an argument; with one, most
# of these would change something (schema_version = 1 corrupts the schema), so none is allowed.
_READ_PRAGMAS = frozenset({
    "application_id", "collation_list", "compile_options", "data_version", "database_list", "encoding",
    "foreign_keys", "freelist_count", "function_list", "journal_mode", "max_page_count", "module_list",
    "page_count", "page_size", "pragma_list", "schema_version", "table_list", "temp_store", "user_version",
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
HIDDEN = "humandb_"

Callback = Callable[[int, "str | None", "str | None", "str | None", "str | None"], int]


def hidden(name: str | None) -> bool:
    """Whether a name is HumanDB's own (``humandb_*``, in any case: SQLite's names ignore ASCII case)."""
    return name is not None and name[: len(HIDDEN)].lower() == HIDDEN


def _sandbox_refusal(action: int, first: str | None, second: str | None) -> str:
    """Why a sandbox refuses an action, or "" when it does not."""
    if action in (_A.SQLITE_ATTACH, _A.SQLITE_DETACH):  # VACUUM INTO attaches its target
        return "a sandbox reaches no other database file (ATTACH, DETACH, VACUUM INTO)"
    if action == _A.SQLITE_PRAGMA:
        name = (first or "").lower()
        if name in _DESCRIBING_PRAGMAS or (name in _READ_PRAGMAS and second is None):
            return ""
        return f"a sandbox changes no settings (PRAGMA {first})"
    if action == _A.SQLITE_FUNCTION and (second or "").lower() in _FORBIDDEN_FUNCTIONS:
        return f"a sandbox calls no {second}(): it loads code or reaches files"
    if action in _TRIGGERS:
        return "a sandbox makes no triggers: a trigger runs later, outside the time budget of any statement"
    return ""


class Authorizer:
    """SQLite's authorizer on one connection, in one of three modes (each set with set_authorizer, which
    makes SQLite recompile every statement it kept prepared, so none outlives the mode it was checked in):

    - a visitor's (the default): HumanDB's tables are read-only, and a sandbox's rules hold;
    - `own`: HumanDB's bookkeeping may write its tables (a sandbox's rules still hold);
    - `recording`: as a visitor's, noting every action, to learn what a statement would do.

    `statement` is the SQL being run: SQLite names the table an ALTER TABLE renames but not its new name,
    so an ALTER TABLE whose text mentions ``humandb_`` is refused (a name SQLite reads is in the text as
    written, quotes aside). `refused` says why the last refusal was made, in words.
    """

    def __init__(self, db: sqlite3.Connection, *, sandboxed: bool) -> None:
        self._db = db
        self._sandboxed = sandboxed
        self.statement = ""
        self.refused = ""
        self._mode: Callback = self._visitor
        db.set_authorizer(self._visitor)

    def _visitor(self, action: int, first: str | None, second: str | None, database: str | None,
                 source: str | None) -> int:
        if action in _HARMLESS:
            return _A.SQLITE_OK
        refusal = self._refusal(action, first, second, database)
        if refusal:
            self.refused = refusal
            return _A.SQLITE_DENY
        return _A.SQLITE_OK

    def _refusal(self, action: int, first: str | None, second: str | None, database: str | None) -> str:
        refusal = _sandbox_refusal(action, first, second) if self._sandboxed else ""
        if refusal:
            return refusal
        names = _NAMED_WRITES.get(action)
        if names is not None and database != _VACUUM_COPY:
            for names_it, name in zip(names, (first, second), strict=True):
                if names_it and hidden(name):
                    return f"{name} is HumanDB's own: read-only to SQL"
        if action == _A.SQLITE_SAVEPOINT and hidden(second):
            return f"{second} is HumanDB's own savepoint"
        if action == _A.SQLITE_ALTER_TABLE and (not self.statement or HIDDEN in self.statement.lower()):
            return "an ALTER TABLE that names humandb_… could rename a table into HumanDB's own"
        return ""

    def _own(self, action: int, first: str | None, second: str | None, database: str | None,
             source: str | None) -> int:
        if source is not None:  # HumanDB's bookkeeping names no view and fires no trigger of its own
            self.refused = f"{source} fired inside HumanDB's own bookkeeping"
            return _A.SQLITE_DENY
        refusal = _sandbox_refusal(action, first, second) if self._sandboxed else ""
        if refusal:
            self.refused = refusal
            return _A.SQLITE_DENY
        return _A.SQLITE_OK

    @contextmanager
    def _switched(self, mode: Callback) -> Iterator[None]:
        previous, self._mode = self._mode, mode
        self._db.set_authorizer(mode)
        try:
            yield
        finally:
            self._mode = previous
            self._db.set_authorizer(previous)

    def own(self) -> AbstractContextManager[None]:
        """HumanDB's own bookkeeping (post-its, birthdays, CSV stamps): its hidden tables are writable."""
        return self._switched(self._own)

    @contextmanager
    def recording(self) -> Iterator[set[int]]:
        """Yield the set of actions SQLite asks about while statements compile (as a visitor's, refusals
        included). PRAGMAs, ATTACH and DETACH stop the compiling at once: some PRAGMAs act while compiled."""
        seen: set[int] = set()

        def record(action: int, first: str | None, second: str | None, database: str | None,
                   source: str | None) -> int:
            seen.add(action)
            if action in (_A.SQLITE_PRAGMA, _A.SQLITE_ATTACH, _A.SQLITE_DETACH):
                return _A.SQLITE_DENY
            return self._visitor(action, first, second, database, source)

        with self._switched(record):
            yield seen

    def refusal(self, error: sqlite3.Error) -> OutOfBounds | None:
        """The authorizer's refusal behind `error`, in words (FORBIDDEN); None when it was not one."""
        if self.refused and "not authorized" in str(error):
            return OutOfBounds(FORBIDDEN, f"not authorized: {self.refused}")
        return None


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

    Nothing runs against a deadline unless a `visitor` statement, one of Dave's `look`s or a `chore`
    (HumanDB's bookkeeping on a visitor's behalf) is under way; transactions are never interrupted.
    """

    def __init__(self, db: sqlite3.Connection, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.deadline = math.inf
        self.tripped = False  # the last budget ran out (a query was interrupted)
        self.overspent = False  # ... and it was SQLite's heap that grew too much, not the clock
        self.look_left = sandbox.dave_seconds  # what is left of Dave's budget for the last statement
        self._heap = sqlite_heap()
        self._heap_ceiling = math.inf
        self._install(db)

    def _install(self, db: sqlite3.Connection) -> None:
        # Set before the authorizer, which refuses every PRAGMA that changes something, these included.
        # temp_store first: changing it empties the TEMP schema, and there is nothing in it yet.
        db.execute("PRAGMA temp_store = MEMORY")
        for schema, size in (("main", self.sandbox.max_brain_bytes), ("temp", self.sandbox.max_temp_bytes)):
            page_size = int(db.execute(f"PRAGMA {schema}.page_size").fetchone()[0])
            db.execute(f"PRAGMA {schema}.max_page_count = {max(1, size // page_size)}")
        setlimit = getattr(db, "setlimit", None)  # Python 3.11+
        if setlimit is not None:
            for category, value in self._limits().items():
                setlimit(category, value)
        if hasattr(db, "enable_load_extension"):  # absent when Python was built without it
            db.enable_load_extension(False)
        db.set_progress_handler(self._tick, _STEPS)

    def _limits(self) -> dict[int, int]:
        # SQLite counts SQL in bytes, of sqlglot's rewrite of what the visitor typed (which may spell
        # things out at more length): headroom over the characters the pipeline allows.
        return {**_FIXED_LIMITS, _LENGTH: self.sandbox.max_value_bytes,
                _SQL_LENGTH: max(4 * self.sandbox.max_sql_chars, 100_000)}

    def expired(self) -> bool:
        """Whether the budget under way has run out (for Python loops of many small queries, each too quick
        for the progress handler to stop): counts as a stop, like an interrupted statement."""
        if time.monotonic() >= self.deadline:
            self.tripped = True
            return True
        return False

    def _tick(self) -> int:
        if self.deadline == math.inf:
            return 0
        if time.monotonic() >= self.deadline:
            self.tripped = True
            return 1  # SQLite stops the statement: OperationalError("interrupted")
        if self._heap is not None and self._heap() > self._heap_ceiling:
            self.tripped = self.overspent = True
            return 1
        return 0

    @contextmanager
    def _budget(self, seconds: float) -> Iterator[None]:
        saved = self.deadline, self._heap_ceiling
        self.tripped = self.overspent = False
        self.deadline = time.monotonic() + seconds
        if self._heap is not None:
            self._heap_ceiling = self._heap() + self.sandbox.max_work_bytes
        try:
            yield
        except sqlite3.OperationalError as error:
            if self.overspent and "interrupted" in str(error):
                mib = self.sandbox.max_work_bytes // 2**20
                raise Overspent(SIZE, f"interrupted: its sorting and scratch tables took more than {mib} MiB "
                                      "of memory") from error
            raise
        finally:
            self.deadline, self._heap_ceiling = saved

    @contextmanager
    def visitor(self) -> Iterator[None]:
        """A visitor's statement: on the statement budget; Dave's look at it afterwards gets a fresh one.
        Hold it for as long as the statement is stepped (its rows fetched)."""
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

    def chore(self) -> AbstractContextManager[None]:
        """HumanDB's own bookkeeping on a visitor's behalf (post-its, birthdays, reading the schema): a budget
        of its own, Dave's, which such small work never comes near unless something is wrong."""
        return self._budget(self.sandbox.dave_seconds)

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


# -- SQLite's heap ----------------------------------------------------------------------------


@functools.cache
def sqlite_heap() -> Callable[[], int] | None:
    """SQLite's own count of the bytes it holds (sqlite3_memory_used), from the very library Python's
    sqlite3 runs on; None where that cannot be reached or does not count (then time alone bounds work).

    The count is the process's: statements running at once in several threads share one ceiling.
    """
    try:
        import _sqlite3
        import ctypes

        library = ctypes.CDLL(_sqlite3.__file__)
        used = library.sqlite3_memory_used
    except (ImportError, OSError, AttributeError):
        return None
    used.restype, used.argtypes = ctypes.c_int64, []

    def heap() -> int:
        return int(used())

    # The same library, counting: a megabyte put into a fresh database must show up in the count.
    probe = sqlite3.connect(":memory:")
    try:
        before = heap()
        probe.execute("CREATE TABLE probe AS SELECT zeroblob(1000000) AS b")
        grew = heap() - before
    finally:
        probe.close()
    return heap if grew >= 500_000 else None
