"""PEP 249 Cursor: sends one statement at a time to its connection and hands back what Dave reports.

Rows stream: the first ones (Dave's look) come with the answer, the rest are read from SQLite as they
are fetched, so `fetchmany` over a billion-row join costs what sqlite3's does.
"""

from __future__ import annotations

import itertools
import operator
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from threading import get_ident
from typing import TYPE_CHECKING, Any

from humandb import errors, pipeline
from humandb.answer import Description, Row
from humandb.brain.store import GLANCE_ROWS
from humandb.reading.sql import read as read_sql

if TYPE_CHECKING:
    from pandas import DataFrame

    from humandb.answer import Answer
    from humandb.connection import Connection

__all__ = ["Cursor"]

_KEPT = read_sql._kept  # the statements the reader keeps, by (text, dialect)


class Cursor:
    """Executes statements (SQL or English questions) and fetches Dave's rows."""

    arraysize: int = 1
    # A new cursor's state, kept on the class until the cursor has some of its own: connection.execute()
    # makes a cursor for every statement, and setting each of these on it would cost more than the lookup.
    _answer: Answer | None = None
    _rows: Iterator[Row] = iter(())  # the answer's rows not handed out yet (an exhausted iterator: shareable)
    _closed = False
    rowcount = -1
    lastrowid: int | None = None

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    # -- executing -------------------------------------------------------------------------

    def execute(self, operation: str, parameters: Any = None) -> Cursor:
        """Execute one statement. Parameters use ``?`` (a sequence) or ``:name`` (a mapping)."""
        connection = self.connection
        if self._closed or connection._closed or get_ident() != connection._thread:
            self._ready()  # raises
        if self._answer is not None:
            self._forget()
        if connection._plain and not connection.desk.intray.items:
            # A plain database's hot path (Connection._execute's first step, here to save a call or two on
            # every point SELECT): a read seen before goes straight to the brain.
            kept = _KEPT.get((operation, connection._settings.dialect))  # read_sql.kept, without the call
            if kept is not None and (known := kept[0]).plain:
                try:
                    answer = pipeline.run_plain(known, parameters, store=connection.store, desk=connection.desk,
                                                look=GLANCE_ROWS)
                except (sqlite3.Error, OSError) as error:  # the brain's bookkeeping: a damaged file
                    raise pipeline.refusal(connection.desk, "", error) from None
                outcome = answer.outcome
                self._answer = answer
                self._rows = iter(outcome.rows) if outcome.rest is None else answer.stream(exact=True)
                self.rowcount = outcome.rowcount
                self.lastrowid = outcome.lastrowid
                return self
        # A glance: the cursor streams every row after it, so reading Dave's whole look first is waste.
        self._take(connection._execute(operation, parameters, GLANCE_ROWS))
        return self

    def executemany(self, operation: str, seq_of_parameters: Iterable[Any]) -> Cursor:
        """Execute one statement once for every parameter set; Dave does it as one batch."""
        self._ready()
        self._forget()
        self._take(self.connection._execute_many(operation, seq_of_parameters))
        return self

    def executescript(self, script: str) -> Cursor:
        """Execute several statements separated by semicolons, in order, as one unit: a statement that
        fails undoes the script. The transaction stays open (PEP 249: commit() makes it durable); the
        cursor holds the last statement's result."""
        self._ready()
        self._forget()
        answers = self.connection.ask(script, commit=False)
        if answers:
            self._take(answers[-1])
        return self

    def callproc(self, procname: str, parameters: Sequence[Any] = ()) -> Sequence[Any]:
        """SQLite has no stored procedures: call the SQL function `procname` with the parameters.

        The function's result is the result set; the parameters come back unchanged, as PEP 249
        describes for procedures without output parameters.
        """
        self._ready()
        if not (isinstance(procname, str) and procname.replace("_", "").isalnum()):
            cause = f"{procname!r} is not a function name"
            raise self.connection.desk.refuse(errors.ProgrammingError, "error.misuse", cause)
        if not isinstance(parameters, Sequence) or isinstance(parameters, (str, bytes, bytearray)):
            # A str is a sequence too, but abs('1', '2') is never what was meant.
            cause = f"the parameters must be a sequence (a list or a tuple), not {type(parameters).__name__}"
            raise self.connection.desk.refuse(errors.ProgrammingError, "error.parameters", cause)
        placeholders = ", ".join("?" * len(parameters))
        self.execute(f"SELECT {procname}({placeholders})", tuple(parameters))
        return parameters

    def nextset(self) -> None:
        """SQLite returns one result set per statement: there is never a next one."""
        self._result()
        return None

    def setinputsizes(self, sizes: Any) -> None:
        """Accepted and ignored: SQLite sizes its own values."""

    def setoutputsize(self, size: Any, column: int | None = None) -> None:
        """Accepted and ignored: SQLite sizes its own values."""

    def close(self) -> None:
        """Close the cursor: the rest of its result is let go (rowcount and lastrowid stay, as in sqlite3)."""
        rowcount = self.rowcount
        self._closed = True
        self._forget()
        self.rowcount = rowcount

    # -- fetching --------------------------------------------------------------------------

    def fetchone(self) -> Row | None:
        rows = self._fetch(1)
        return rows[0] if rows else None

    def fetchmany(self, size: int | None = None) -> list[Row]:
        wanted = self.arraysize if size is None else size
        try:
            count = operator.index(wanted)
        except TypeError:
            cause = f"fetchmany() wants a whole number of rows, not {type(wanted).__name__}"
            raise self.connection.desk.refuse(errors.ProgrammingError, "error.misuse", cause) from None
        return self._fetch(max(count, 0))

    def fetchall(self) -> list[Row]:
        answer = self._answer
        if answer is not None and answer.outcome.columns is not None and not self._closed:
            connection = self.connection
            if not connection._closed and get_ident() == connection._thread:  # _fetch's checks, inline
                return list(self._rows)
        return self._fetch(None)

    def fetchdf(self) -> DataFrame:
        """The remaining rows as a pandas DataFrame, named by the cursor's columns (DuckDB's ``df()``).

        The rows are the ones ``fetchall()`` would hand over: Dave's, or the exact ones with ``exact=True``.
        Needs ``pip install 'humandb-dave[pandas]'``.
        """
        from humandb.frames import library, pandas_frame

        library("pandas")  # said before the rows are taken: a missing library costs no rows
        return pandas_frame(self._columns(), self.fetchall())

    df = fetchdf

    def pl(self) -> Any:
        """The remaining rows as a polars DataFrame (DuckDB's ``pl()``). Needs ``humandb-dave[polars]``."""
        from humandb.frames import library, polars_frame

        library("polars")
        return polars_frame(self._columns(), self.fetchall())

    def arrow(self) -> Any:
        """The remaining rows as a pyarrow Table (DuckDB's ``arrow()``). Needs ``humandb-dave[arrow]``."""
        from humandb.frames import arrow_table, library

        library("pyarrow")
        return arrow_table(self._columns(), self.fetchall())

    fetch_arrow_table = arrow

    def _columns(self) -> list[str]:
        return [column[0] for column in self._result().description or ()]

    def __iter__(self) -> Iterator[Row]:
        return self

    def __next__(self) -> Row:
        row = self.fetchone()
        if row is None:
            raise StopIteration
        return row

    # -- what Dave said about the last statement ---------------------------------------------

    @property
    def description(self) -> Description | None:
        return self._answer.description if self._answer is not None else None

    @property
    def messages(self) -> list[tuple[type[errors.Warning], str]]:
        """PEP 249 extension: (Warning, text) for Dave's words about the last statement (and, for an English
        question, the SQL he would have written). Empty when he did no paperwork (a quiet, exact connection)."""
        return [(errors.Warning, text) for text in self._answer.messages] if self._answer is not None else []

    @property
    def answer(self) -> Answer | None:
        """The last answer: the statement, the exact outcome, Dave's report and the SLA's timing."""
        return self._answer

    @property
    def business_minutes(self) -> float | None:
        """How long Dave worked on the last statement, in business minutes (None: no paperwork, or nothing run)."""
        timing = self._answer.timing if self._answer is not None else None
        return timing.business_minutes if timing is not None else None

    @property
    def wait_seconds(self) -> float | None:
        """The real wait the connection's SLA planned for the last statement."""
        timing = self._answer.timing if self._answer is not None else None
        return timing.wall_seconds if timing is not None else None

    @property
    def exact_rows(self) -> list[Row]:
        """The rows SQLite really returned for the last statement, before Dave's rounding: those of his look
        (every row of a result up to a thousand rows; on a plain database, where he does no paperwork, the
        first 16 of a statement it has run before; fetch with ``exact=True`` for more)."""
        return list(self._answer.outcome.rows) if self._answer is not None else []

    def __repr__(self) -> str:
        if self._answer is None:
            return "<humandb.Cursor: nothing executed>" if not self._closed else "<humandb.Cursor: closed>"
        return f"<humandb.Cursor {self._answer!r}>"

    # -- inside ----------------------------------------------------------------------------

    def _ready(self) -> Connection:
        connection = self.connection
        if self._closed:
            raise connection.desk.refuse(errors.ProgrammingError, "error.closed", "the cursor is closed")
        if connection.closed or get_ident() != connection._thread:
            connection._check()
        return connection

    def _forget(self) -> None:
        # PEP 249 clears the last result before a new call, so a call that fails leaves none behind.
        if self._answer is not None and self._answer.outcome.rest is not None:
            self._answer.outcome.rest.close()
        self._answer = None
        self._rows = iter(())
        self.rowcount = -1

    def _take(self, answer: Answer) -> None:
        self._answer = answer
        outcome = answer.outcome
        if outcome.rest is None:  # the look is the whole result: no generator needed to hand it out
            self._rows = iter(outcome.rows if self.connection.settings.exact else answer.rows)
        else:
            self._rows = answer.stream(exact=self.connection.settings.exact)
        self.rowcount = outcome.rowcount
        self.lastrowid = outcome.lastrowid

    def _result(self) -> Answer:
        self._ready()
        if self._answer is None or self._answer.outcome.columns is None:
            cause = "no result set: the last statement returned no rows (or nothing was executed)"
            raise self.connection.desk.refuse(errors.ProgrammingError, "error.misuse", cause)
        return self._answer

    def _fetch(self, count: int | None) -> list[Row]:
        """Up to `count` rows (all that are left when None): Dave's look first, then on from SQLite."""
        self._result()
        return list(self._rows if count is None else itertools.islice(self._rows, count))
