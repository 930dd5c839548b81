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
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any

from humandb import errors, sla
from humandb.brain.store import Outcome, Params, Store
from humandb.dave import words
from humandb.dave.desk import Desk
from humandb.reading.sql import Statement, UnreadableSQL, read
from humandb.settings import Settings

__all__ = ["Answer", "execute", "execute_many"]

Perform = Callable[["Answer"], None]


class Answer:
    """The exact outcome of one request and, on demand, Dave's report and SLA plan for it."""

    __slots__ = ("_report", "_work", "outcome", "statement")

    def __init__(self, statement: Statement, outcome: Outcome, work: Callable[[], tuple[Any, sla.Plan]]):
        self.statement = statement
        self.outcome = outcome
        self._work = work
        self._report: tuple[Any, sla.Plan] | None = None

    def _worked(self) -> tuple[Any, sla.Plan]:
        if self._report is None:
            self._report = self._work()
        return self._report

    @property
    def report(self) -> Any:  # humandb.dave.analyst.Report; imported lazily to keep connect() light
        return self._worked()[0]

    @property
    def plan(self) -> sla.Plan:
        return self._worked()[1]


@dataclass(frozen=True)
class Request:
    text: str
    params: Params | None
    now: datetime


def execute(
    request: Request, *, store: Store, desk: Desk, settings: Settings, perform: Perform | None = None
) -> Answer:
    """Run one request through the whole flow; `perform` (the stage) is called before returning."""
    statement = _read(request.text, settings, desk)
    guard = store.undoable() if perform is not None and statement.writes else nullcontext()
    with guard:
        outcome = _brain(statement, request.params, store, desk)
        work = partial(_dave, statement, outcome, request.now, store, desk, settings, desk.next_turn())
        answer = Answer(statement, outcome, work)
        if perform is not None:
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
        outcome = _guarded(desk, statement.text, lambda: store.run_many(statement.sql, seq_of_params))
        work = partial(_dave, statement, outcome, request.now, store, desk, settings, desk.next_turn())
        answer = Answer(statement, outcome, work)
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
    control = _TRANSACTIONS.get(statement.kind)
    if control is not None:
        return _guarded(desk, statement.text, lambda: (control(store), Outcome(None, [], -1, None))[1])
    run = partial(store.run, statement.sql, params or (), writes=statement.writes)
    return _guarded(desk, statement.text, run)


def _guarded(desk: Desk, text: str, work: Callable[[], Outcome]) -> Outcome:
    """Run brain work, turning every failure into a PEP 249 error in Dave's words."""
    try:
        return work()
    except (sqlite3.Error, OverflowError, ValueError, TypeError, MemoryError) as error:
        kind, section = _classify_error(error)
        raise desk.refuse(kind, section, f"{type(error).__name__}: {error}", about=text) from error


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
