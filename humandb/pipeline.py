"""The one entry point of the flow: request text + params + desk → answer (+ a performance).

    reading  → one parsed statement (cached by text)
    brain    → exact rows from SQLite
    dave     → the rows he reports, his words, a script in business minutes
    sla      → business minutes → ETA and a real wait
    stage    → plays the script on a clock (the caller's, passed in as `perform`)

The cursor and the web app both call `execute`. Dave's report is worked out on first use: a quiet
connection (instant SLA, nothing shown or played) that never asks for his words never pays for them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from datetime import datetime
from typing import Any, NamedTuple

from humandb import errors, sla
from humandb.brain.store import Outcome, Params, Store
from humandb.dave import words
from humandb.dave.desk import Desk
from humandb.reading.sql import Statement, UnreadableSQL, read
from humandb.settings import Settings

__all__ = ["Answer", "execute", "execute_many"]

Perform = Callable[["Answer"], None]
# When and where a request ran: what Dave needs to write his report later (now, store, desk, settings, turn).
_Context = tuple[datetime, Store, Desk, Settings, int]


class Request(NamedTuple):
    """What the user asked: the text, its parameters, and when (from the connection's clock)."""

    text: str
    params: Params | None
    now: datetime


class Answer:
    """The exact outcome of one request and, on demand, Dave's report and SLA plan for it."""

    __slots__ = ("_context", "_worked", "outcome", "statement")

    def __init__(self, statement: Statement, outcome: Outcome, context: _Context) -> None:
        self.statement = statement
        self.outcome = outcome
        self._context = context
        self._worked: tuple[Any, sla.Plan] | None = None

    def _work(self) -> tuple[Any, sla.Plan]:
        if self._worked is None:
            self._worked = _dave(self.statement, self.outcome, *self._context)
        return self._worked

    @property
    def report(self) -> Any:  # humandb.dave.analyst.Report; imported lazily to keep connect() light
        return self._work()[0]

    @property
    def plan(self) -> sla.Plan:
        return self._work()[1]


def execute(
    request: Request, *, store: Store, desk: Desk, settings: Settings, perform: Perform | None = None
) -> Answer:
    """Run one request through the whole flow; `perform` (the stage) is called before returning."""
    statement = _read(request.text, settings, desk)
    if perform is None:  # the quiet path: nothing to play, so nothing that could need undoing
        outcome = _brain(statement, request.params, store, desk)
        return Answer(statement, outcome, (request.now, store, desk, settings, desk.next_turn()))
    with store.undoable() if statement.writes else nullcontext():
        outcome = _brain(statement, request.params, store, desk)
        answer = Answer(statement, outcome, (request.now, store, desk, settings, desk.next_turn()))
        perform(answer)
    return answer


def execute_many(
    request: Request, seq_of_params: Iterable[Params], *, store: Store, desk: Desk, settings: Settings,
    perform: Perform | None = None,
) -> Answer:
    """Run one statement once per parameter set (executemany)."""
    statement = _read(request.text, settings, desk)
    # Always a savepoint: a batch that fails halfway leaves nothing behind, at every SLA alike.
    with store.undoable():
        try:
            outcome = store.run_many(statement.sql, seq_of_params)
        except _BRAIN_ERRORS as error:
            raise _refusal(desk, statement.text, error) from error
        answer = Answer(statement, outcome, (request.now, store, desk, settings, desk.next_turn()))
        if perform is not None:
            perform(answer)
    return answer


# -- reading ---------------------------------------------------------------------------------


def _read(text: str, settings: Settings, desk: Desk) -> Statement:
    if not isinstance(text, str):
        cause = f"the operation must be a str, not {type(text).__name__}"
        raise desk.refuse(errors.ProgrammingError, "error.misuse", cause)
    try:
        return read(text, settings.dialect)
    except UnreadableSQL as error:
        raise UnreadableSQL(error.problem, words.say("error.syntax", desk.rng_for(text))) from None


# -- brain -----------------------------------------------------------------------------------

_TRANSACTIONS = {"begin": Store.begin, "commit": Store.commit, "rollback": Store.rollback}


def _brain(statement: Statement, params: Params | None, store: Store, desk: Desk) -> Outcome:
    try:
        control = _TRANSACTIONS.get(statement.kind)
        if control is not None:
            control(store)
            return Outcome(None, [], -1, None)
        return store.run(statement.sql, params or (), statement.writes)
    except _BRAIN_ERRORS as error:
        raise _refusal(desk, statement.text, error) from error


# Everything sqlite3 raises for bad SQL or bad parameters, plus what Python raises while binding them.
_BRAIN_ERRORS = (sqlite3.Error, OverflowError, ValueError, TypeError, MemoryError)


def _refusal(desk: Desk, text: str, error: BaseException) -> errors.Error:
    """A failure of the brain as a PEP 249 error in Dave's words."""
    kind, section = _classify_error(error)
    return desk.refuse(kind, section, f"{type(error).__name__}: {error}", about=text)


_MISSING = ("no such table", "no such column", "no such function", "no such index", "has no column")
_USER_MISTAKES = ("syntax error", "already exists", "incomplete input", "near ", "ambiguous", "misuse")


def _classify_error(error: BaseException) -> tuple[type[errors.Error], str]:
    message = str(error).lower()
    if isinstance(error, sqlite3.IntegrityError):
        return errors.IntegrityError, "error.integrity"
    if isinstance(error, (sqlite3.DataError, OverflowError)):
        return errors.DataError, "error.data"
    if isinstance(error, sqlite3.NotSupportedError):
        return errors.NotSupportedError, "error.misuse"
    if isinstance(error, sqlite3.InternalError):
        return errors.InternalError, "error.operational"
    if any(marker in message for marker in _MISSING):
        return errors.ProgrammingError, "error.missing"
    if "not supported" in message or "unsupported type" in message:
        return errors.ProgrammingError, "error.type"
    if "binding" in message or "parameter" in message:
        return errors.ProgrammingError, "error.parameters"
    if isinstance(error, sqlite3.OperationalError) and not any(m in message for m in _USER_MISTAKES):
        return errors.OperationalError, "error.operational"
    if isinstance(error, (sqlite3.DatabaseError, sqlite3.ProgrammingError, sqlite3.Warning)):
        return errors.ProgrammingError, "error.syntax" if "syntax" in message else "error.misuse"
    if isinstance(error, MemoryError):
        return errors.OperationalError, "error.operational"
    return errors.ProgrammingError, "error.misuse"


# -- dave and the sla ------------------------------------------------------------------------


def _dave(
    statement: Statement, outcome: Outcome, now: datetime, store: Store, desk: Desk, settings: Settings,
    turn: int,
) -> tuple[Any, sla.Plan]:
    from humandb.dave import analyst, effort

    plan_lines = store.plan(statement.sql) if statement.kind in ("select", "update", "delete") else ()
    table_rows = {table.lower(): store.row_estimate(table) for table in statement.tables}
    work = effort.estimate(statement, plan_lines, table_rows, max(outcome.rowcount, 0))
    timing = sla.plan(work.total, now=now, tier=sla.tier(settings.tier),
                      seconds_per_hour=settings.seconds_per_hour)
    oddities = [odd for table in statement.tables for odd in store.oddities(table)]
    said = analyst.report(
        statement, outcome, desk=desk, effort=work, eta=sla.eta_words(now, timing.eta),
        oddities=oddities, exact=settings.exact, accuracy=settings.accuracy, turn=turn,
    )
    return said, timing
