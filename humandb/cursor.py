"""PEP 249 Cursor: sends one request at a time through the pipeline and hands back what Dave reports."""

from __future__ import annotations

import operator
from collections.abc import Iterable, Iterator, Sequence
from threading import get_ident
from typing import TYPE_CHECKING, Any

from humandb import errors, pipeline
from humandb.types import type_code_for_declared, type_code_for_value

if TYPE_CHECKING:
    from pandas import DataFrame

    from humandb.connection import Connection
    from humandb.pipeline import Answer

__all__ = ["Cursor"]

Row = tuple[Any, ...]
Description = tuple[tuple[str, Any, None, None, None, None, None], ...]

_ROWID_NAMES = frozenset({"rowid", "oid", "_rowid_"})  # SQLite's names for a table's row id


class Cursor:
    """Executes statements (SQL or, later, English) and fetches Dave's rows."""

    arraysize: int = 1

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self._answer: Answer | None = None
        self._rows: list[Row] = []
        self._position = 0
        self._messages: list[tuple[type[errors.Warning], str]] | None = []
        self._description: Description | None = None
        self._closed = False
        self.rowcount = -1
        self.lastrowid: int | None = None

    # -- executing -------------------------------------------------------------------------

    def execute(self, operation: str, parameters: Any = None) -> Cursor:
        """Execute one statement. Parameters use ``?`` (a sequence) or ``:name`` (a mapping)."""
        connection = self._ready()
        request = pipeline.Request(operation, parameters, connection.clock.now())
        try:
            answer = pipeline.execute(request, store=connection.store, desk=connection.desk,
                                      settings=connection.settings, perform=connection.perform,
                                      wait=connection.wait)
        except BaseException:
            self._forget()
            raise
        self._take(answer)
        return self

    def executemany(self, operation: str, seq_of_parameters: Iterable[Any]) -> Cursor:
        """Execute one statement once for every parameter set; Dave does it as one batch."""
        connection = self._ready()
        request = pipeline.Request(operation, None, connection.clock.now())
        try:
            answer = pipeline.execute_many(request, seq_of_parameters, store=connection.store,
                                           desk=connection.desk, settings=connection.settings,
                                           perform=connection.perform)
        except BaseException:
            self._forget()
            raise
        self._take(answer)
        return self

    def executescript(self, script: str) -> Cursor:
        """Execute several statements separated by semicolons, one after another."""
        from humandb.reading.script import statements

        self._ready()
        if not isinstance(script, str):
            cause = f"the script must be a str, not {type(script).__name__}"
            raise self.connection.desk.refuse(errors.ProgrammingError, "error.misuse", cause)
        for statement in statements(script, self.connection.settings.dialect):
            self.execute(statement)
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
        self._ready()
        self._result_rows()
        return None

    def setinputsizes(self, sizes: Any) -> None:
        """Accepted and ignored: SQLite sizes its own values."""

    def setoutputsize(self, size: Any, column: int | None = None) -> None:
        """Accepted and ignored: SQLite sizes its own values."""

    def close(self) -> None:
        self._closed = True
        self._answer = None
        self._rows = []

    # -- fetching --------------------------------------------------------------------------

    def fetchone(self) -> Row | None:
        rows = self._result_rows()
        if self._position >= len(rows):
            return None
        self._position += 1
        return rows[self._position - 1]

    def fetchmany(self, size: int | None = None) -> list[Row]:
        rows = self._result_rows()
        wanted = self.arraysize if size is None else size
        try:
            count = operator.index(wanted)
        except TypeError:
            cause = f"fetchmany() wants a whole number of rows, not {type(wanted).__name__}"
            raise self.connection.desk.refuse(errors.ProgrammingError, "error.misuse", cause) from None
        chunk = rows[self._position : self._position + max(count, 0)]
        self._position += len(chunk)
        return chunk

    def fetchall(self) -> list[Row]:
        rows = self._result_rows()
        chunk = rows[self._position :]
        self._position = len(rows)
        return chunk

    def fetchdf(self) -> DataFrame:
        """The remaining rows as a pandas DataFrame, named by the cursor's columns (like DuckDB's ``df()``).

        The rows are the ones ``fetchall()`` would hand over: Dave's, or the exact ones with ``exact=True``.
        Needs ``pip install 'humandb[pandas]'``.
        """
        try:
            import pandas
        except ImportError:
            raise errors.InterfaceError("Dave only works on paper. For a DataFrame he needs pandas.",
                                        "pandas is not installed: pip install 'humandb[pandas]'") from None
        rows = self.fetchall()
        return pandas.DataFrame.from_records(rows, columns=[column[0] for column in self.description or ()])

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
        if self._description is None and self._answer is not None and self._answer.outcome.columns:
            self._description = self._describe(self._answer)
        return self._description

    @property
    def messages(self) -> list[tuple[type[errors.Warning], str]]:
        """PEP 249 extension: (Warning, text) for Dave's words and each remark about the last statement."""
        if self._messages is None:
            report = self._answer.report if self._answer is not None else None
            said = [report.words] if report is not None else []
            if self._answer is not None and self._answer.statement.read_as:
                said.append(f"SQL: {self._answer.statement.sql}")  # the SQL Dave would have written
            self._messages = [(errors.Warning, text) for text in said]
        return self._messages

    @property
    def answer(self) -> Answer | None:
        """The last answer: exact outcome, Dave's report, the SLA plan."""
        return self._answer

    @property
    def business_minutes(self) -> float | None:
        """How long Dave worked on the last statement, in business minutes."""
        return self._answer.plan.business_minutes if self._answer is not None else None

    @property
    def wait_seconds(self) -> float | None:
        """The real wait the connection's SLA planned for the last statement."""
        return self._answer.plan.wall_seconds if self._answer is not None else None

    @property
    def exact_rows(self) -> list[Row]:
        """The rows SQLite really returned for the last statement, before Dave's rounding."""
        return list(self._answer.outcome.rows) if self._answer is not None else []

    # -- inside ----------------------------------------------------------------------------

    def _ready(self) -> Connection:
        connection = self.connection
        if not (self._closed or connection._closed or get_ident() != connection._thread):
            return connection  # the usual case, checked without a call
        if self._closed:
            raise self.connection.desk.refuse(errors.ProgrammingError, "error.closed", "the cursor is closed")
        self.connection._check()
        return self.connection

    def _forget(self) -> None:
        # PEP 249 clears the last result before a new call, so a call that fails leaves none behind.
        self._answer = None
        self._rows = []
        self._position = 0
        self._description = None
        self._messages = []
        self.rowcount = -1

    def _take(self, answer: Answer) -> None:
        self._answer = answer
        outcome = answer.outcome
        exact = self.connection.settings.exact
        self._rows = outcome.rows if exact or outcome.columns is None else answer.report.rows
        self._position = 0
        self._description = None
        self._messages = None  # filled from Dave's report on first look
        self.rowcount = outcome.rowcount
        self.lastrowid = outcome.lastrowid

    def _result_rows(self) -> list[Row]:
        self._ready()
        if self._answer is None or self._answer.outcome.columns is None:
            cause = "no result set: the last statement returned no rows (or nothing was executed)"
            raise self.connection.desk.refuse(errors.ProgrammingError, "error.misuse", cause)
        return self._rows

    def _describe(self, answer: Answer) -> Description:
        columns = answer.outcome.columns or ()
        declared: dict[str, str] = {}
        for table in answer.statement.tables:
            for name, kind in self.connection.store.declared_types(table).items():
                declared.setdefault(name, kind)
        described = []
        statement = answer.statement
        for index, name in enumerate(columns):
            subject = statement.subjects[index].lower() if index < len(statement.subjects) else ""
            code: str | None = None
            if subject in _ROWID_NAMES and not statement.computed[index] and subject not in declared:
                code = "ROWID"  # SQLite's own row id, not a column someone declared with that name
            if code is None and not (index < len(statement.computed) and statement.computed[index]):
                # A stored column: its declared type says DATE where the value is only TEXT.
                code = type_code_for_declared(declared.get(name.lower(), ""))
            if code is None:
                code = next((type_code_for_value(row[index]) for row in answer.outcome.rows
                             if row[index] is not None), None)
            described.append((name, code, None, None, None, None, None))
        return tuple(described)
