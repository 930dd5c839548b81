"""The brain: where the data really lives. SQLite through the standard library.

The store runs statements exactly and reports exact rows; it knows nothing of Dave. Transactions
follow PEP 249: the first statement that changes anything opens a transaction (DDL included, so a
rollback really undoes a CREATE TABLE), `commit` makes it durable and `rollback` throws it away.

Every store has SQLite's authorizer (guard.Authorizer): HumanDB's own tables (post-its, birthdays,
facts) are read-only to SQL, whatever SQL reaches SQLite and whatever triggers it fires; the store's
bookkeeping lifts that only around its own writes.

A store opened with a `Sandbox` runs SQL from strangers: SQLite's guards are installed (see guard.py),
each statement runs on a time budget and hands over at most `max_rows` rows, files are not read, and
everything the store does on the visitor's behalf (Dave's looks, the post-its, reading the schema)
runs under a budget too.

Results stream, as sqlite3's do: a statement's first rows (at most `LOOK_ROWS`, `LOOK_BYTES`) are read
when it runs — Dave's look, which is what he reports on — and the rest stay in SQLite until someone
fetches them (`Outcome.rest`), so a result of a billion rows costs what its first thousand cost.

Errors: every method raises sqlite3.Error subclasses (guard.OutOfBounds among them) for whatever the
database, a damaged file or a full disk does — never OSError, ValueError or TypeError — so a caller maps
them in one place. `run` and `run_many` also raise what Python's sqlite3 raises for bad parameters
(ValueError, TypeError, OverflowError), `load_csv` files.CsvProblem; MemoryError and RecursionError
may come from anywhere.
"""

from __future__ import annotations

import datetime
import functools
import math
import operator
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext, suppress
from pathlib import Path
from typing import Any, Concatenate, NamedTuple, NoReturn, ParamSpec, TypeVar

from humandb.brain import catalog, facts, files, functions, metadata
from humandb.brain.catalog import Catalog
from humandb.brain.facts import Oddity
from humandb.brain.guard import FORBIDDEN, WRITES, Authorizer, Guard, OutOfBounds, Sandbox
from humandb.brain.names import quote

__all__ = ["GLANCE_ROWS", "LOOK_BYTES", "LOOK_ROWS", "Outcome", "Params", "Rest", "Store"]

Params = Sequence[Any] | Mapping[str, Any]

SAMPLE = ":dave:"
MEMORY = ":memory:"

# Every fresh ":dave:" brain of one sample (seed and scale) starts as the same data, so what is odd in it
# is the same too: read once per process from the facts the sample keeps (facts.recall) and shared,
# until a brain's own writes make its facts its own. This is what keeps a new web visitor's first answer
# from scanning the sample again, and a scale-100 brain's first remark from scanning 1.8 million orders.
SampleKey = tuple[int, float]  # (seed, scale)
_PRISTINE_ODDITIES: dict[tuple[int, float, str], tuple[Oddity, ...]] = {}
_PRISTINE_CATALOG: dict[SampleKey, Catalog] = {}

# After the user's writes, a table with more rows than this is not looked over again for oddities:
# the look would scan it on the next question after every write. Counted in rows, not seconds, so
# Dave says the same thing on a fast machine and a slow one. (The sample's 1.8 million orders at scale
# 100 are over it; its 18,000 at scale 1 are far under.)
RECHECK_ROWS = 250_000


# Dave's look at a result: the rows read when the statement runs (the rest stream when fetched).
LOOK_ROWS = 1000
LOOK_BYTES = 2**20
_CHUNK = 64  # rows read from SQLite at a time while looking
GLANCE_ROWS = 16  # what a plain database's cursor (no paperwork: nobody looks) reads when the statement runs

Row = tuple[Any, ...]
_DATES = (datetime.date, datetime.time)  # datetime.datetime is a date too
_PLAIN = frozenset({int, float, str, bytes, type(None)})  # parameter types that are surely no date


def _iso(value: Any) -> Any:
    """A date, time or datetime as the ISO text SQLite keeps; anything else as it is."""
    if isinstance(value, datetime.datetime):
        return value.isoformat(" ")
    return value.isoformat() if isinstance(value, _DATES) else value


def _bindable(params: Params) -> Params:
    """Parameters with dates turned into ISO text, as sqlite3's old default adapters did. Done here, for
    this connection only: registering adapters with sqlite3 would change them for the whole process."""
    kind = type(params)
    if kind is tuple or kind is list:  # the usual case first: isinstance(params, Mapping) costs more
        return params if _PLAIN.issuperset(map(type, params)) or not _dated(params) else [_iso(v) for v in params]
    if isinstance(params, Mapping):
        if any(isinstance(value, _DATES) for value in params.values()):
            return {name: _iso(value) for name, value in params.items()}
        return params
    if isinstance(params, (list, tuple)) and _dated(params):
        return [_iso(value) for value in params]
    return params


def _dated(values: Iterable[Any]) -> bool:
    return any(isinstance(value, _DATES) for value in values)


class Rest:
    """The rows of a result beyond Dave's look: still in SQLite, read only as they are fetched."""

    __slots__ = ("_cursor", "_first")

    def __init__(self, cursor: sqlite3.Cursor, first: Row) -> None:
        self._cursor: sqlite3.Cursor | None = cursor
        self._first: Row | None = first

    def take(self, count: int | None = None) -> list[Row]:
        """Up to `count` more rows (all that are left when None); [] once the result is done."""
        cursor = self._cursor
        if cursor is None or (count is not None and count <= 0):
            return []
        taken = [] if self._first is None else [self._first]
        self._first = None
        if count is None:
            taken += cursor.fetchall()
            self.close()
            return taken
        taken += cursor.fetchmany(count - len(taken))
        if len(taken) < count:  # SQLite ran out: the result is done
            self.close()
        return taken

    def close(self) -> None:
        """Stop reading: SQLite works out no more of the result (and lets go of its read lock)."""
        if self._cursor is not None:
            self._cursor.close()
            self._cursor = None
        self._first = None

_P = ParamSpec("_P")
_R = TypeVar("_R")


def _sqlite_errors(method: Callable[Concatenate[Store, _P], _R]) -> Callable[Concatenate[Store, _P], _R]:
    """The store's promise (see the module docstring): what a damaged file or a full disk makes Python
    raise besides sqlite3's own errors comes out as a sqlite3.DatabaseError naming it."""

    @functools.wraps(method)
    def kept(store: Store, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return method(store, *args, **kwargs)
        except (OSError, ValueError, TypeError, ArithmeticError, LookupError) as error:
            raise sqlite3.DatabaseError(f"{type(error).__name__}: {error}") from error

    return kept


class Outcome(NamedTuple):
    """What the brain did: the exact rows Dave looked at (if any), their column names, and the counts PEP 249
    wants.

    `truncated`: a sandbox cut the rows off at its limit; there were more, and nobody gets them.
    `rest`: the rows after the look, still in SQLite (None when the look is the whole result).
    """

    columns: tuple[str, ...] | None
    rows: list[Row]
    rowcount: int
    lastrowid: int | None
    truncated: bool = False
    rest: Rest | None = None

    @property
    def whole(self) -> bool:
        """The look is the whole result: Dave saw every row."""
        return self.rest is None


# Outcome from a 6-tuple in one C call: NamedTuple's own __new__ is a Python function, and a point
# SELECT pays for it on every statement.
_outcome: Callable[[tuple[Any, ...]], Outcome] = functools.partial(tuple.__new__, Outcome)
_NAME = operator.itemgetter(0)  # a column's name in sqlite3's description


class Store:
    """One SQLite connection: ``":dave:"`` (the sample company in memory), ``":memory:"`` or a file."""

    def __init__(
        self, database: str | Path = SAMPLE, *, timeout: float = 5.0, seed: int = 0, sandbox: Sandbox | None = None,
        scale: float = 1.0,
    ) -> None:
        """`timeout`: seconds SQLite waits for another connection's lock. `seed`: Dave's own functions'
        randomness (the sample itself is always the same company). `scale`: the size of the ``":dave:"``
        sample (see sample.build); 100 is about 1.8 million orders and ~110 MB of memory per brain."""
        name = str(database)
        self.database = name
        target = MEMORY if name in (SAMPLE, MEMORY) else name
        self._db = sqlite3.connect(target, timeout=timeout, isolation_level=None)
        functions.register(self._db, seed=seed, **_function_caps(sandbox))
        self._sample: SampleKey | None = None
        if name == SAMPLE:
            from humandb.brain.sample import SAMPLE_SEED
            from humandb.brain.sample_cache import open_sample

            open_sample(self._db, scale=scale)
            self._sample = (SAMPLE_SEED, float(scale))
        # Guarded last: copying the sample in is HumanDB's own work, not a stranger's.
        self.sandbox = sandbox
        self._guard = None if sandbox is None else Guard(self._db, sandbox)
        self._authorizer = Authorizer(self._db, sandboxed=sandbox is not None)  # last: it refuses the PRAGMAs above
        self._plans: dict[tuple[str, int], tuple[str, ...]] = {}
        self._oddities: dict[str, tuple[tuple[int, int], tuple[Oddity, ...]]] = {}
        self._catalog: tuple[tuple[int, int, int], Catalog] | None = None
        self._changes = 0  # bumped on every write or rollback of ours; keys the caches of facts
        # In memory, nobody else can write: our own changes are every change (no PRAGMA data_version to ask).
        self._private = target == MEMORY
        # What Dave asks of the brain about every statement (table sizes, the post-its, the schema's version),
        # kept until the data changes: (the data's version, what was asked → the answer).
        self._facts: tuple[tuple[int, int], dict[Any, Any]] = ((-1, -1), {})
        self._spare: sqlite3.Cursor | None = None  # a cursor whose result was read to its end (see run)

    # -- running statements ---------------------------------------------------------------

    def run(self, sql: str, params: Params = (), writes: bool = False, look: int = LOOK_ROWS) -> Outcome:
        """Run one statement; a statement that `writes` opens the implicit transaction first. `look`: the
        rows read now (the rest stream); a plain database, where nobody looks, reads a few (GLANCE_ROWS)."""
        if writes:
            self.begin()
            self._changes += 1
        kind = type(params)
        if not ((kind is tuple or kind is list) and _PLAIN.issuperset(map(type, params))):  # surely no date
            params = _bindable(params)
        self._authorizer.statement = sql
        if self._guard is not None:
            try:
                return self._run_guarded(self._guard, sql, params)
            except sqlite3.DatabaseError as error:
                self._refuse(error)
        cursor = self._executed(sql, params)
        description = cursor.description
        if description is None:
            return self._no_rows(cursor)
        rows, rest = _look(cursor, look)
        if rest is None:
            self._spare = cursor  # read to its end: SQLite has reset it
        # PEP 249's rowcount for a result: known once Dave has seen it all, else -1 (as sqlite3 says).
        columns = tuple(map(_NAME, description))  # the names, in C
        return _outcome((columns, rows, len(rows) if rest is None else -1, cursor.lastrowid, False, rest))

    def glance(self, sql: str, params: Params, look: int = GLANCE_ROWS) -> Outcome:
        """`run` for a read nobody looks over (a plain database's cursor): the same outcome, with its first
        `look` rows read now and the rest left in SQLite. A point SELECT pays for every step of `run`, so
        this one takes the fewest: no write, no sandbox (a sandboxed store goes through `run`)."""
        if self._guard is not None or look > _CHUNK:
            return self.run(sql, params, look=look)
        kind = type(params)
        if not ((kind is tuple or kind is list) and _PLAIN.issuperset(map(type, params))):
            params = _bindable(params)
        self._authorizer.statement = sql
        cursor = self._executed(sql, params)
        description = cursor.description
        if description is None:
            return self._no_rows(cursor)
        rows = cursor.fetchmany(look)  # what _look reads first, and with `look` ≤ its chunk, all it reads
        columns = tuple(map(_NAME, description))
        if len(rows) < look:  # SQLite has no more: read to its end, and reset
            self._spare = cursor
            return _outcome((columns, rows, len(rows), cursor.lastrowid, False, None))
        following = cursor.fetchone()
        if following is None:
            self._spare = cursor
            return _outcome((columns, rows, len(rows), cursor.lastrowid, False, None))
        return _outcome((columns, rows, -1, cursor.lastrowid, False, Rest(cursor, following)))

    def _executed(self, sql: str, params: Params) -> sqlite3.Cursor:
        """`sql` run on the spare cursor when the last result was read to its end (sqlite3 makes a new one per
        Connection.execute, which is a fair share of a point SELECT's cost)."""
        cursor = self._spare or self._db.cursor()
        self._spare = None
        try:
            cursor.execute(sql, params)
        except sqlite3.DatabaseError as error:
            self._refuse(error)
        return cursor

    def _no_rows(self, cursor: sqlite3.Cursor) -> Outcome:
        """A statement that returns no result: its cursor is spare at once."""
        self._spare = cursor
        return _outcome((None, [], cursor.rowcount, cursor.lastrowid, False, None))

    def _refuse(self, error: sqlite3.DatabaseError) -> NoReturn:
        """SQLite's error, or HumanDB's refusal in Dave's words where the authorizer stopped the statement."""
        refusal = self._authorizer.refusal(error)
        if refusal is None:
            raise error
        raise refusal from error

    def _run_guarded(self, guard: Guard, sql: str, params: Params) -> Outcome:
        """A stranger's statement: on the clock, and handing over only what the sandbox allows.

        An interrupted write (or one that filled the brain without a statement journal) makes SQLite
        roll back the whole open transaction; the data is then as it was at the last commit.
        """
        with guard.visitor():
            cursor = self._db.execute(sql, params)
            try:
                description = cursor.description
                if description is None:
                    return Outcome(None, [], cursor.rowcount, cursor.lastrowid)
                rows, truncated = guard.take(cursor)
                columns = tuple([column[0] for column in description])
                return Outcome(columns, rows, len(rows), cursor.lastrowid, truncated)
            finally:
                cursor.close()  # a result cut off stops here: SQLite works out no more of it

    def run_many(self, sql: str, seq_of_params: Iterable[Params]) -> Outcome:
        """Run one statement once per parameter set, inside the transaction."""
        self.begin()
        self._changes += 1
        self._authorizer.statement = sql
        try:
            with self._guard.visitor() if self._guard is not None else nullcontext():
                cursor = self._db.executemany(sql, (_bindable(params) for params in seq_of_params))
        except sqlite3.DatabaseError as error:
            refusal = self._authorizer.refusal(error)
            if refusal is None:
                raise
            raise refusal from error
        try:
            return Outcome(None, [], cursor.rowcount, cursor.lastrowid)
        finally:
            cursor.close()

    def load_csv(self, path: str, table: str | None = None) -> str:
        """Print out a CSV/TSV file as a TEMP table named by the path (see brain/files.py); return the name.

        Unchanged files are not read again. The load joins the open transaction if there is one (a
        rollback undoes it), else commits on its own: a SELECT over a file does not leave a transaction open.
        Raises files.CsvProblem for a missing or malformed file, guard.OutOfBounds in a sandbox (the
        server's disk is not the visitor's).
        """
        if self.sandbox is not None:
            raise OutOfBounds(FORBIDDEN, f"{path}: a sandbox reads no files")
        before = self._db.total_changes
        with self._authorizer.own():  # its stamps live in HumanDB's own TEMP table
            name = files.load_csv(self._db, path, table)
        if self._db.total_changes != before:  # really reloaded: the facts Dave remembers are stale
            self._changes += 1
        return name

    def copy_to(self, sql: str, path: str, *, header: bool = True, delimiter: str = ",") -> int:
        """Write a query's rows to a CSV file (DuckDB's COPY ... TO); return how many. Refused in a sandbox."""
        if self.sandbox is not None:
            raise OutOfBounds(FORBIDDEN, f"{path}: a sandbox writes no files")
        self._authorizer.statement = sql
        cursor = self._db.execute(sql)
        try:
            return files.write_csv(cursor, path, header=header, delimiter=delimiter)
        finally:
            cursor.close()

    def copy_from(self, table: str, path: str) -> int:
        """Append a CSV file's rows to a table (DuckDB's COPY ... FROM); return how many. Refused in a sandbox."""
        loaded = self.load_csv(path)
        return self.run(f"INSERT INTO {quote(table)} SELECT * FROM temp.{quote(loaded)}", writes=True).rowcount

    def result_columns(self, sql: str) -> tuple[str, ...]:
        """The column names a query would return, found without reading a row of it."""
        cursor = self._db.execute(f"SELECT * FROM ({sql}) LIMIT 0")
        try:
            return tuple(str(column[0]) for column in cursor.description or ())
        finally:
            cursor.close()

    # -- transactions ---------------------------------------------------------------------

    @property
    def in_transaction(self) -> bool:
        return self._db.in_transaction

    @_sqlite_errors
    def begin(self) -> None:
        if not self._db.in_transaction:
            self._db.execute("BEGIN")

    @_sqlite_errors
    def commit(self) -> None:
        if self._db.in_transaction:
            self._db.execute("COMMIT")

    @_sqlite_errors
    def rollback(self) -> None:
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")
            self._changes += 1

    @contextmanager
    def undoable(self) -> Iterator[None]:
        """Run a block inside a savepoint so that a cancelled request leaves no trace."""
        self.begin()  # outside a transaction, RELEASE would commit: keep it inside ours
        self._own_statement("SAVEPOINT humandb_request")  # HumanDB's own name: no visitor's SQL can release it
        try:
            yield
        except BaseException:
            # An interrupted write or a full brain may have made SQLite roll everything back already,
            # savepoint included: then there is nothing left to undo (and ROLLBACK TO would fail).
            if self._db.in_transaction:
                self._own_statement("ROLLBACK TO humandb_request")
                self._own_statement("RELEASE humandb_request")
            self._changes += 1
            raise
        if self._db.in_transaction:  # a COMMIT inside the block has released the savepoint already
            self._own_statement("RELEASE humandb_request")

    def _own_statement(self, sql: str) -> None:
        with self._authorizer.own():
            self._db.execute(sql)

    def close(self) -> None:
        try:
            self.rollback()
        finally:  # a rollback that fails (a damaged file, a vanished disk) must not leave the file open
            self._db.close()

    # -- what Dave looks at besides the rows ----------------------------------------------

    def _data_version(self) -> tuple[int, int]:
        """Changes by this connection and (PRAGMA data_version) by others: the key of every cache of facts."""
        if self._private:
            return self._changes, 0
        return self._changes, int(self._db.execute("PRAGMA data_version").fetchone()[0])

    def _kept_facts(self) -> dict[Any, Any] | None:
        """The facts asked since the data last changed (None in a sandbox: a look cut short by its budget
        must not be kept). Asked of a file, this costs one PRAGMA; in memory, nothing."""
        if self._guard is not None:
            return None
        if self._private and self._facts[0][0] == self._changes:  # _data_version, without the call or the tuple
            return self._facts[1]
        version = self._data_version()
        if self._facts[0] != version:
            self._facts = (version, {})
        return self._facts[1]

    @property
    def _pristine(self) -> bool:
        """Still exactly the sample it was opened as: nothing written, no CSV printed out."""
        return self.database == SAMPLE and self._changes == 0

    @_sqlite_errors
    def schema_version(self) -> int:
        kept = self._kept_facts() if self._private else None  # a file's schema may change without its data
        if kept is not None and "schema_version" in kept:
            return int(kept["schema_version"])
        version = int(self._db.execute("PRAGMA schema_version").fetchone()[0])
        if kept is not None:
            kept["schema_version"] = version
        return version

    def query_plan(self, sql: str, params: Params = ()) -> tuple[str, ...]:
        """SQLite's query plan, one detail line per step (cached per schema version)."""
        key = (sql, self.schema_version())
        cached = self._plans.get(key)
        if cached is None:
            self._authorizer.statement = f"EXPLAIN QUERY PLAN {sql}"
            with self._looking():
                try:
                    rows = self._db.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
                except sqlite3.Error:
                    rows = []
            cached = tuple(str(row[3]) for row in rows)
            if not self._out_of_time:
                self._plans[key] = cached
        return cached

    @_sqlite_errors
    def oddities(self, table: str) -> tuple[Oddity, ...]:
        """What is odd in a table, recomputed only after the data changed (and then only in tables of at
        most `RECHECK_ROWS` rows: Dave makes no remark on a bigger one until he has time, which is never)."""
        if self._sample is not None and self._pristine:
            return self._pristine_oddities(self._sample, table)
        version = self._data_version()
        cached = self._oddities.get(table.lower())
        if cached is None or cached[0] != version:
            found = self._noticed(table) if self.row_estimate(table) <= RECHECK_ROWS else ()
            if self._out_of_time:
                return found
            cached = self._oddities[table.lower()] = (version, found)
        return cached[1]

    def _pristine_oddities(self, sample: SampleKey, table: str) -> tuple[Oddity, ...]:
        seed, scale = sample
        shared = _PRISTINE_ODDITIES.get((seed, scale, table.lower()))
        if shared is not None:
            return shared
        kept = facts.recall(self._db) or {}
        for name, found in kept.items():
            _PRISTINE_ODDITIES.setdefault((seed, scale, name), found)
        shared = kept.get(table.lower())
        if shared is None:  # not one of the sample's tables (a view, a typo): looked at as it is
            shared = self._noticed(table)
            if not self._out_of_time:  # a look cut short is this visitor's, never everybody's
                _PRISTINE_ODDITIES[seed, scale, table.lower()] = shared
        return shared

    def _noticed(self, table: str) -> tuple[Oddity, ...]:
        # A remark is a bonus: a query that fails or runs out of time means no remark, never a failed answer.
        with self._looking():
            try:
                return facts.oddities(self._db, table)
            except sqlite3.Error:
                return ()

    @_sqlite_errors
    def schema_sql(self, table: str | None = None) -> list[str]:
        """CREATE statements of the user's tables and indexes (one table's, if named), HumanDB's own left out."""
        with self._chore():
            rows = self._db.execute(
                "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'humandb\\_%' ESCAPE '\\' "
                "AND tbl_name NOT LIKE 'humandb\\_%' ESCAPE '\\' AND (? IS NULL OR lower(tbl_name) = lower(?)) "
                "ORDER BY tbl_name, type DESC, name", (table, table),
            ).fetchall()
        return [str(row[0]) for row in rows]

    @_sqlite_errors
    def catalog(self) -> Catalog:
        """The tables, columns, links and category values, for reading English (cached until data changes)."""
        sample = self._sample if self._pristine else None
        if sample is not None and sample in _PRISTINE_CATALOG:
            return _PRISTINE_CATALOG[sample]
        version = (*self._data_version(), self.schema_version())
        if self._catalog is not None and self._catalog[0] == version and sample is None:
            return self._catalog[1]
        described = self._described()
        if described is None:  # no time to read the data: the outline, and another try next time
            return self._outline()
        if sample is not None:
            _PRISTINE_CATALOG[sample] = described
        else:
            self._catalog = (version, described)
        return described

    def _described(self) -> Catalog | None:
        """The whole catalog, or None when a sandbox's budget ran out while counting and reading values."""
        guard = self._guard
        with self._looking(fresh=True):
            try:
                return catalog.describe(self._db, out_of_time=guard.expired if guard is not None else lambda: False)
            except sqlite3.Error:
                if not self._out_of_time:
                    raise
        return None

    def _outline(self) -> Catalog:
        """Tables and columns from the schema alone (no counts, no values, no links): quick whatever the data,
        and in a sandbox as much of it as fits in a budget of its own."""
        tables: dict[str, catalog.Table] = {}
        with self._chore():
            try:
                names = [str(row[0]) for row in self._db.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                    "AND name NOT LIKE 'humandb_%' ORDER BY name"
                )]
                for name in names:
                    tables[name] = catalog.Table(name, tuple(
                        catalog.Column(name, str(row[1]), str(row[2] or "").upper())
                        for row in self._db.execute(f'PRAGMA table_info({quote(name)})')
                    ), 0)
            except sqlite3.Error:
                if not self._out_of_time:
                    raise
        return Catalog(tables)

    # -- a sandbox's budgets for Dave's own queries ---------------------------------------------

    def _looking(self, *, fresh: bool = False) -> AbstractContextManager[None]:
        return nullcontext() if self._guard is None else self._guard.look(fresh=fresh)

    def _chore(self) -> AbstractContextManager[None]:
        return nullcontext() if self._guard is None else self._guard.chore()

    @contextmanager
    def _bookkeeping(self) -> Iterator[None]:
        """HumanDB writing its own tables: the authorizer lets it, and a sandbox still times it."""
        with self._authorizer.own(), self._chore():
            yield

    def on_the_clock(self) -> AbstractContextManager[None]:
        """The budget a visitor's statement runs under (time, and in a sandbox SQLite's memory); nothing
        outside a sandbox. Whoever steps a statement's rows after `run` (a streaming cursor) holds it meanwhile."""
        return nullcontext() if self._guard is None else self._guard.visitor()

    @_sqlite_errors
    def writes(self, sql: str) -> bool:
        """Whether SQLite would change data or schema running `sql`, asked of SQLite itself: it compiles
        ``EXPLAIN sql`` (which runs nothing) while the authorizer notes every action. For the statements
        HumanDB cannot read (a trigger, ANALYZE): a write runs inside the transaction like any other.
        ATTACH, DETACH, VACUUM and PRAGMAs are not writes here: SQLite runs them outside a transaction.
        A statement that does not compile is not a write either: running it will fail the same way.
        """
        with self._authorizer.recording() as seen, self._chore():
            self._authorizer.statement = f"EXPLAIN {sql}"
            # Refused, unbound parameters, not SQL at all: whatever it compiled so far is noted.
            with suppress(sqlite3.Error, ValueError):
                self._db.execute(f"EXPLAIN {sql}").close()
        return not seen.isdisjoint(WRITES)

    @property
    def _out_of_time(self) -> bool:
        """Dave's last look was cut short by the sandbox's budget (what he found is incomplete)."""
        return self._guard is not None and self._guard.tripped

    # -- Dave's own tables (post-its, birthdays) -----------------------------------------------

    @_sqlite_errors
    def postit_rows(self) -> list[tuple[str, ...]]:
        kept = self._kept_facts()
        if kept is not None and "postits" in kept:
            return list(kept["postits"])
        with self._chore():
            rows = metadata.postit_rows(self._db)
        if kept is not None:
            kept["postits"] = tuple(rows)
        return rows

    @_sqlite_errors
    def stick(self, row: tuple[str, ...]) -> None:
        """Keep a post-it, in the same transaction as the CREATE INDEX it belongs to."""
        self.begin()
        self._changes += 1  # the bezel changed: what was kept about it is stale
        with self._bookkeeping():
            metadata.stick(self._db, row)

    @_sqlite_errors
    def index_is_unique(self, index: str) -> bool:
        """Whether an index enforces uniqueness (a constraint, never only a speed-up), as SQLite says."""
        with self._chore():
            return metadata.index_is_unique(self._db, index)

    @_sqlite_errors
    def peel(self, index: str) -> None:
        self.begin()
        self._changes += 1
        with self._bookkeeping():
            metadata.peel(self._db, index)

    @_sqlite_errors
    def remember_birthday(self, user: str, birthday: str) -> None:
        """Remember a birthday for good: committed at once, like writing it in a diary."""
        with self._bookkeeping(), self._db:
            metadata.remember(self._db, user, birthday)

    @_sqlite_errors
    def birthdays(self) -> dict[str, str]:
        with self._chore():
            return metadata.birthdays(self._db)

    def row_estimate(self, table: str) -> int:
        """About how many rows a table holds, without scanning it (rowid tables: the largest rowid)."""
        try:
            kept = self._kept_facts()
        except sqlite3.Error:
            kept = None
        if kept is not None:
            estimate = kept.get(("rows", table))
            if estimate is None:
                estimate = kept[("rows", table)] = self._row_estimate(table)
            return int(estimate)
        return self._row_estimate(table)

    def _row_estimate(self, table: str) -> int:
        try:
            with self._looking():  # a view can name a column _rowid_ and compute it for ever
                row = self._db.execute(f'SELECT MAX(_rowid_) FROM {quote(table)}').fetchone()
        except (sqlite3.Error, ValueError):
            return 0
        largest = row[0]  # a view's _rowid_ may be anything, text included
        return max(0, int(largest)) if isinstance(largest, (int, float)) and math.isfinite(largest) else 0

    @_sqlite_errors
    def declared_types(self, table: str) -> dict[str, str]:
        """Column name (lower case) → declared type, for describing empty results (kept until the data changes:
        a lookup that finds nothing asks for them on every statement)."""
        kept = self._kept_facts()
        declared = kept.get(("declared", table)) if kept is not None else None
        if declared is None:
            try:
                with self._looking():
                    rows = self._db.execute(f'PRAGMA table_info({quote(table)})').fetchall()
            except sqlite3.Error:
                return {}
            declared = {str(row[1]).lower(): str(row[2]) for row in rows}
            if kept is not None:
                kept[("declared", table)] = declared
        return dict(declared)


def _look(cursor: sqlite3.Cursor, limit: int = LOOK_ROWS) -> tuple[list[Row], Rest | None]:
    """Dave's look at a result: its first rows, up to `limit` and about LOOK_BYTES; the rest left in SQLite."""
    rows: list[Row] = []
    size = 0
    while len(rows) < limit and size < LOOK_BYTES:
        wanted = min(_CHUNK, limit - len(rows))
        chunk = cursor.fetchmany(wanted)
        rows += chunk
        if len(chunk) < wanted:
            return rows, None  # SQLite has no more: the look is the whole result
        size += sum(len(value) if isinstance(value, (str, bytes)) else 8 for row in chunk for value in row)
    following = cursor.fetchone()
    if following is None:
        return rows, None
    return rows, Rest(cursor, following)


def _function_caps(sandbox: Sandbox | None) -> dict[str, int]:
    """What HumanDB's Python functions may hold (functions.register): a sandbox's work and value caps;
    elsewhere as much as SQLite lets one value be."""
    if sandbox is None:
        return {}
    return {"max_bytes": sandbox.max_work_bytes, "max_text": sandbox.max_value_bytes}

