"""The flow: request text + params + desk → an Answer, worked out at once and complete.

    reading  `read`: SQL in any dialect, or an English question → one parsed Statement (cached by text)
    brain    `run`:  SQLite runs it exactly → the rows Dave looks at (the rest stream), rowcount, plan
    dave     `run`:  the rows as he reports them, his words, a script in business minutes
    sla      `run`:  business minutes → an ETA and a real wait

Nothing here waits, prints or plays: the answer carries its script and timing, and the face that
asked (a connection's stage, the web's timeline, a notebook) decides how to perform it. Nothing here
reads the wall clock: "now" comes in with the request.

The connection (PEP 249) composes the steps: `read`, then `run` (or `run_many`) inside whatever
undo its stage needs; `settle` lands Dave's in-tray before a commit.
"""

from __future__ import annotations

import dataclasses
import functools
import sqlite3
from collections.abc import Iterable
from datetime import datetime
from types import ModuleType
from typing import Any

from humandb import errors, sla
from humandb.answer import Answer, Description, Request
from humandb.brain import guard
from humandb.brain.files import CsvProblem
from humandb.brain.store import LOOK_ROWS, RECHECK_ROWS, Outcome, Params, Store
from humandb.dave import bezel, explain, words
from humandb.dave.bezel import BezelChange, PostIt
from humandb.dave.desk import Desk
from humandb.dave.effort import Effort, estimate
from humandb.dave.intray import Pending
from humandb.dave.team import TeamWork, assemble
from humandb.reading import habits
from humandb.reading.sql import Statement, UnreadableSQL, from_tree
from humandb.reading.sql import read as read_sql
from humandb.reading.sql_or_english import is_english
from humandb.settings import Settings
from humandb.types import affinity, type_code_for_value

__all__ = ["check", "landing", "load_file", "read", "refusal", "run", "run_many", "run_plain", "settle"]


# -- reading ---------------------------------------------------------------------------------


def check(text: object, *, settings: Settings, desk: Desk) -> str:
    """The text of a request, refused before anything reads it if it isn't text SQLite can keep (or, in a
    sandbox, is longer than a stranger may send)."""
    if not isinstance(text, str):
        cause = f"the operation must be a str, not {type(text).__name__}"
        raise desk.refuse(errors.ProgrammingError, "error.misuse", cause)
    if settings.sandbox is not None and len(text) > settings.sandbox.max_sql_chars:
        # Refused unread: parsing a stranger's novel costs time, and the reader's cache would keep it.
        cause = f"the text is {len(text):,} characters long; a sandbox reads at most {settings.sandbox.max_sql_chars:,}"
        raise _breached(desk, errors.DataError, "error.too_big", cause, guard.SIZE)
    if not text.isascii():
        _check_encodable(text, desk)
    return text


def read(text: str, *, settings: Settings, desk: Desk, store: Store, now: datetime) -> Statement:
    """The statement a request's text asks for: SQL in the connection's dialect, or English read into SQL."""
    known = read_sql.kept(text, settings.dialect) if settings.sandbox is None else None
    if known is not None and not known.undecided:  # read before, so SQL (English is never kept there)
        return known
    check(text, settings=settings, desk=desk)
    try:
        if is_english(text):  # Dave learned SQL first, then English
            from humandb.reading import questions  # the reader is imported by the first question, not by SQL

            reading = questions.translate(text, store.catalog(), now.date())
            return from_tree(text, reading.expression, read_as=reading.read_as)
        try:
            statement = read_sql(text, settings.dialect)
        except UnreadableSQL as error:
            raise UnreadableSQL(error.problem, words.say("error.syntax", desk.rng_for(text))) from None
        # What sqlglot cannot read, SQLite decides: a write among them runs inside the transaction.
        return statement.decided(store.writes(statement.sql)) if statement.undecided else statement
    except RecursionError:  # sqlglot reads nesting recursively: a few hundred parentheses are too deep
        cause = "the statement is nested too deeply to read"
        raise _breached(desk, errors.DataError, "error.too_big", cause, guard.SIZE) from None


def _check_encodable(text: str, desk: Desk) -> None:
    """SQLite keeps text as UTF-8, which has no room for a lone surrogate ("\\ud800"): refuse it before
    anything reads it, where it is still clear that the text itself is at fault."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        cause = (f"the text holds a lone surrogate {text[error.start]!r} at position {error.start}, "
                 "which UTF-8 cannot keep")
        raise desk.refuse(errors.ProgrammingError, "error.syntax", cause, about=text) from None


# -- one statement, answered -------------------------------------------------------------------


def run(statement: Statement, request: Request, *, store: Store, desk: Desk, settings: Settings) -> Answer:
    """Run one read statement through the brain, Dave and the SLA: the complete answer.

    With consistency="eventual" a write is acknowledged at once and filed in Dave's in-tray; writes
    already due land first. A COMMIT lands everything in the in-tray (the caller waits for it first).
    """
    if statement.kind == "summarize":
        statement = _summarized(statement, store, desk)
    if statement.plain and not settings.paperwork and not desk.intray.items:  # the hot path: just run it
        return run_plain(statement, request.params, store=store, desk=desk)
    if desk.intray.items:
        _land(desk.intray.due(request.now), store, desk, settings, request.now)
    if settings.eventual and statement.writes:
        return _queue(statement, request.params, False, request.now, store, desk, settings)
    if statement.kind == "commit":
        settle(store=store, desk=desk, settings=settings, now=request.now)
    elif statement.kind == "rollback":
        desk.intray.empty()
    opens = not store.in_transaction
    try:
        return _answer(statement, request, store, desk, settings, paperwork=settings.paperwork)
    except BaseException:
        _close_if_empty(store, opens)
        raise


def _summarized(statement: Statement, store: Store, desk: Desk) -> Statement:
    """SUMMARIZE, written as the query of one row per column once the brain says which columns there are."""
    try:
        names = store.result_columns(statement.sql)
    except _BRAIN_ERRORS as error:
        raise refusal(desk, statement.text, error) from None
    declared = store.declared_types(statement.tables[0]) if len(statement.tables) == 1 else {}
    columns = [(name, declared.get(name.lower(), "")) for name in names]
    computed = tuple(name not in ("column_name", "column_type") for name in habits.SUMMARY_COLUMNS)
    return dataclasses.replace(statement, sql=habits.summarize_sql(statement.sql, columns), kind="select",
                               computed=computed, subjects=habits.SUMMARY_COLUMNS, aggregates=())


def run_plain(
    statement: Statement, params: Params | None, *, store: Store, desk: Desk, look: int = LOOK_ROWS
) -> Answer:
    """A plain statement (`Statement.plain`) on a connection that does no paperwork, with nothing in
    Dave's in-tray: the brain's exact answer, nothing more. The hot path of a plain database: a point
    SELECT pays for every step here, so there are few. `look`: the rows read now (the rest stream)."""
    try:
        outcome = store.glance(statement.sql, params or (), look)
    except _BRAIN_ERRORS as error:
        raise refusal(desk, statement.text, error) from None  # the cause names it: the traceback starts with Dave
    desk.turn += 1  # desk.next_turn(), without the call
    return Answer.plain(statement, outcome, desk.turn, _describe(statement, outcome, store))


def run_many(
    statement: Statement, seq_of_params: Iterable[Params], request: Request, *, store: Store, desk: Desk,
    settings: Settings,
) -> Answer:
    """Run one statement once per parameter set (executemany), as one batch: all of it or none."""
    try:
        seq_of_params = iter(seq_of_params)
    except TypeError:  # checked before anything runs: the in-tray would otherwise take it as it is
        cause = f"executemany() wants a sequence of parameter sets, not {type(seq_of_params).__name__}"
        raise desk.refuse(errors.ProgrammingError, "error.parameters", cause, about=statement.text) from None
    if desk.intray.items:
        _land(desk.intray.due(request.now), store, desk, settings, request.now)
    if settings.eventual and statement.writes:
        return _queue(statement, list(seq_of_params), True, request.now, store, desk, settings)
    opens = not store.in_transaction
    try:
        outcome = _run_many(statement, seq_of_params, store, desk)
    except BaseException:
        _close_if_empty(store, opens)
        raise
    return _reported(statement, outcome, request.now, store, desk, settings, desk.next_turn(), settings.paperwork)


def _close_if_empty(store: Store, opened: bool) -> None:
    """A request that opened the transaction and then failed has left it empty (SQLite undid the statement):
    close it. Left open, the next read in it would keep a lock on the file that stops other processes
    from committing, as if the failed write were still holding the drawer shut."""
    if opened and store.in_transaction:
        store.rollback()


def _answer(
    statement: Statement, request: Request, store: Store, desk: Desk, settings: Settings, *, paperwork: bool
) -> Answer:
    # The bezel as it was before the statement: a DROP INDEX takes its post-it's index away.
    on_bezel = [bezel.from_row(row) for row in store.postit_rows()] if statement.index else []
    if paperwork and statement.writes:
        _known_before(statement, store, desk)
    outcome = _brain(statement, request.params, store, desk)
    if statement.kind == "explain":
        outcome = _explained(statement, outcome, store)
    turn = desk.next_turn()
    change = _bezel(statement, on_bezel, store, desk, request.now, turn) if statement.index else None
    return _reported(statement, outcome, request.now, store, desk, settings, turn, paperwork, change)


def _known_before(statement: Statement, store: Store, desk: Desk) -> None:
    """Before a write, what is odd in its tables (once a table: then Dave's desk keeps track), so that
    fixing a planted oddity pays off even when the fix is the first thing anyone does to the table."""
    for table in statement.tables:
        if table.lower() not in desk.known and store.row_estimate(table) <= RECHECK_ROWS:
            desk.known[table.lower()] = store.oddities(table)


def _reported(
    statement: Statement, outcome: Outcome, now: datetime, store: Store, desk: Desk, settings: Settings, turn: int,
    paperwork: bool, change: BezelChange | None = None,
) -> Answer:
    """The answer with Dave's report and timing worked out now (when he does paperwork at all)."""
    description = _describe(statement, outcome, store)
    if not paperwork:
        return Answer(statement, outcome, outcome.rows, turn, description=description)
    report, timing = _dave(statement, outcome, now, store, desk, settings, turn, change)
    exact = settings.exact or outcome.columns is None
    # Every field in order, none by keyword (which costs more, on every statement): queued, rounded, postits.
    return Answer(statement, outcome, outcome.rows if exact else report.rows, turn, report, timing, description,
                  False, not exact and outcome.rest is not None and any(statement.computed),
                  tuple(bezel.from_row(row) for row in store.postit_rows()))


def _run_many(statement: Statement, seq_of_params: Iterable[Params], store: Store, desk: Desk) -> Outcome:
    # Always in a savepoint: a batch that fails halfway leaves nothing behind, at every SLA alike.
    with store.undoable():
        if statement.files:
            _load_files(statement, store, desk)
        try:
            return store.run_many(statement.sql, seq_of_params)
        except _BRAIN_ERRORS as error:
            raise refusal(desk, statement.text, error) from None  # the cause names it: the traceback starts with Dave


# -- the in-tray (consistency="eventual") ------------------------------------------------------


def _queue(
    statement: Statement, params: Any, many: bool, now: datetime, store: Store, desk: Desk, settings: Settings,
) -> Answer:
    """Acknowledge a write at once and file it in Dave's in-tray, to land when its business time has passed."""
    work, timing, crew, picked_up = _effort(statement, store, desk, settings, now, len(params) if many else 1)
    desk.intray.put(statement, params, many, now, timing.wall_seconds)
    turn = desk.next_turn()
    outcome = Outcome(None, [], -1, None)
    acknowledged = dataclasses.replace(timing, wall_seconds=0.0)  # the work happens later, in the in-tray
    report = _said(statement, outcome, store, desk, settings, turn, None, work, acknowledged, crew, picked_up,
                   queued=True)
    return Answer(statement, outcome, [], turn, report, acknowledged, queued=True)


def _land(landing: list[Pending], store: Store, desk: Desk, settings: Settings, now: datetime) -> None:
    """Do the writes whose time has come, in order; a failure is kept for commit() to report.

    A write that found the file locked by another process stops the landing: each write behind it would
    wait out the same lock (the connection's timeout) only to fail the same way, so they fail with it.
    """
    for position, pending in enumerate(landing):
        opens = not store.in_transaction
        try:
            if pending.many:
                _run_many(pending.statement, pending.params, store, desk)
            else:
                _answer(pending.statement, Request(pending.statement.text, pending.params, now), store, desk, settings,
                        paperwork=False)
        except errors.Error as error:
            _close_if_empty(store, opens)
            desk.intray.failures.append(error)
            behind = len(landing) - position - 1
            if behind and isinstance(error, errors.OperationalError) and "database is locked" in error.cause:
                _amend(error, f"{behind} more write(s) behind it in the in-tray were not tried")
                return


def landing(desk: Desk) -> datetime | None:
    """When the last write in Dave's in-tray lands (None when it is empty): what a commit waits for."""
    return desk.intray.last_landing()


def settle(*, store: Store, desk: Desk, settings: Settings, now: datetime) -> None:
    """Land everything in the in-tray, due or not (the caller has waited as long as it will).

    Raises the first write that failed when it landed; the others stay done, so the connection and
    the rest of the transaction remain usable.
    """
    last = desk.intray.last_landing()
    _land(list(desk.intray.items), store, desk, settings, max(last, now) if last else now)
    desk.intray.items.clear()
    if desk.intray.failures:
        first, *others = desk.intray.failures
        desk.intray.failures.clear()
        if others:
            _amend(first, f"and {len(others)} more write(s) in the in-tray failed")
        raise first


def _amend(error: errors.Error, note: str) -> None:
    """Add a note to an error's cause (and to its message, which was made from the cause)."""
    error.cause += f" ({note})"
    error.args = (f"{error.dave} — cause: {error.cause}",)


# -- brain -----------------------------------------------------------------------------------

_TRANSACTIONS = {"begin": Store.begin, "commit": Store.commit, "rollback": Store.rollback}


def _brain(statement: Statement, params: Params | None, store: Store, desk: Desk) -> Outcome:
    # HumanDB's own tables are read-only to SQL: SQLite's authorizer refuses every write to them.
    if statement.files:
        _load_files(statement, store, desk)
    if statement.copy is not None:
        return _copied(statement, statement.copy, store, desk)
    try:
        control = _TRANSACTIONS.get(statement.kind)
        if control is not None:
            control(store)
            return Outcome(None, [], -1, None)
        if statement.kind == "savepoint":  # inside the transaction PEP 249 keeps open, never a commit of its own
            return store.run(statement.sql, (), writes=True)
        return store.run(statement.sql, params or (), statement.writes)
    except _BRAIN_ERRORS as error:
        raise refusal(desk, statement.text, error) from None  # the cause names it: the traceback starts with Dave


def _copied(statement: Statement, copy: habits.Copy, store: Store, desk: Desk) -> Outcome:
    """DuckDB's COPY: a query's rows written to a CSV file, or a CSV file's rows appended to a table."""
    try:
        if copy.into:
            count = store.copy_from(copy.into, copy.path)
        else:
            count = store.copy_to(copy.query, copy.path, header=copy.header, delimiter=copy.delimiter)
    except CsvProblem as problem:
        section = "error.missing" if problem.missing else "error.file"
        raise desk.refuse(errors.ProgrammingError, section, str(problem), about=copy.path) from None
    except _BRAIN_ERRORS as error:
        raise refusal(desk, statement.text, error) from None
    return Outcome(None, [], count, None)


def _load_files(statement: Statement, store: Store, desk: Desk) -> None:
    """Dave prints out the CSV files the statement reads, before it runs (unchanged files are skipped)."""
    for path in statement.files:
        load_file(path, store=store, desk=desk)


def load_file(path: str, table: str | None = None, *, store: Store, desk: Desk) -> str:
    """Load a CSV file as a table (named by the path unless `table` is given); PEP 249 errors in Dave's words."""
    try:
        return store.load_csv(path, table)
    except CsvProblem as problem:
        section = "error.missing" if problem.missing else "error.file"
        raise desk.refuse(errors.ProgrammingError, section, str(problem), about=path) from problem
    except sqlite3.Error as error:
        raise refusal(desk, path, error) from None


_ROWID_NAMES = frozenset({"rowid", "oid", "_rowid_"})  # SQLite's names for a table's row id


def _describe(statement: Statement, outcome: Outcome, store: Store) -> Description | None:
    """PEP 249's description: each column's name and a type code that tells the truth about the values handed
    over — the type of the first value Dave saw in it, else (an empty or all-NULL column) the affinity its
    table declares. A column declared DATE holds text in SQLite, so it is described as text, as the values
    are: tools that read the description (polars, pandas) then get what sqlite3 would give them."""
    columns = outcome.columns
    if columns is None:
        return None
    rows = outcome.rows
    if rows and None not in rows[0]:
        # Every column's code comes from the first row's values: the same columns, statement and value
        # types always give the same description, so it is worked out once (every statement asks).
        types = tuple(map(type, rows[0]))
        # First the statement's last description: a statement read before is the same object each time,
        # and a str's hash is kept, so this costs less than building and hashing the key below.
        last = _LAST_DESCRIBED.get(statement.text)
        if last is not None and last[0] is statement and last[1] == columns and last[2] == types:
            return last[3]
        key = (columns, statement.subjects, statement.computed, types)
        known = _DESCRIBED.get(key)
        if known is None:
            known = _described(statement, outcome, store)
            if not _ROWID_NAMES.isdisjoint(subject.lower() for subject in statement.subjects):
                return known  # the schema says which is SQLite's own row id: asked again every time
            if len(_DESCRIBED) >= _DESCRIBED_KEPT:
                _DESCRIBED.clear()
            _DESCRIBED[key] = known
        if len(_LAST_DESCRIBED) >= _DESCRIBED_KEPT:
            _LAST_DESCRIBED.clear()
        _LAST_DESCRIBED[statement.text] = (statement, columns, types, known)
        return known
    return _described(statement, outcome, store)


_DESCRIBED: dict[tuple[Any, ...], Description] = {}
_LAST_DESCRIBED: dict[str, tuple[Statement, tuple[str, ...], tuple[type, ...], Description]] = {}
_DESCRIBED_KEPT = 512  # descriptions kept; a program asks a few kinds of statement, a server's visitors more


def _described(statement: Statement, outcome: Outcome, store: Store) -> Description:
    columns = outcome.columns or ()
    declared: dict[str, str] | None = None  # looked up only for a column Dave saw no value in (rare)
    described = []
    for index, name in enumerate(columns):
        computed = index < len(statement.computed) and statement.computed[index]
        subject = statement.subjects[index].lower() if index < len(statement.subjects) else ""
        code: str | None = None
        if subject in _ROWID_NAMES and not computed:
            declared = declared if declared is not None else _declared(statement, store)
            if subject not in declared:
                code = "ROWID"  # SQLite's own row id, not a column someone declared with that name
        if code is None:
            code = next((type_code_for_value(row[index]) for row in outcome.rows if row[index] is not None), None)
        if code is None and not computed:
            declared = declared if declared is not None else _declared(statement, store)
            code = affinity(declared[name.lower()]) if name.lower() in declared else None
        described.append((name, code, None, None, None, None, None))
    return tuple(described)


def _declared(statement: Statement, store: Store) -> dict[str, str]:
    declared: dict[str, str] = {}
    for table in statement.tables:
        for name, kind in store.declared_types(table).items():
            declared.setdefault(name, kind)
    return declared


# Everything sqlite3 raises for bad SQL or bad parameters, plus what Python raises while binding them.
_BRAIN_ERRORS = (sqlite3.Error, OverflowError, ValueError, TypeError, MemoryError)


def refusal(desk: Desk, text: str, error: BaseException) -> errors.Error:
    """A failure of the brain as a PEP 249 error in Dave's words; a sandbox's refusal names its rule."""
    kind, section = _classify_error(error)
    limit = guard.breach(error)
    if limit is not None:
        section = _BREACH_SECTIONS[limit]
        if limit == guard.SIZE and "full" in str(error):
            section = "error.full"
        elif limit == guard.FORBIDDEN and "humandb_" in str(error):
            section = "error.hands_off"  # HumanDB's own tables: Dave's desk, not the user's
    return _breached(desk, kind, section, f"{type(error).__name__}: {error}", limit, about=text)


_BREACH_SECTIONS = {guard.FORBIDDEN: "error.forbidden", guard.TIME: "error.time", guard.SIZE: "error.too_big"}


def _breached(
    desk: Desk, kind: type[errors.Error], section: str, cause: str, limit: str | None, about: str = ""
) -> errors.Error:
    refused = desk.refuse(kind, section, cause, about=about)
    refused.limit = limit
    return refused


_MISSING = ("no such table", "no such column", "no such function", "no such index", "has no column")
_USER_MISTAKES = ("syntax error", "already exists", "incomplete input", "near ", "ambiguous", "misuse")


def _classify_error(error: BaseException) -> tuple[type[errors.Error], str]:
    message = str(error).lower()
    if isinstance(error, sqlite3.IntegrityError):
        return errors.IntegrityError, "error.integrity"
    if isinstance(error, UnicodeEncodeError):  # a parameter with a lone surrogate: no UTF-8 for it
        return errors.DataError, "error.type"
    if isinstance(error, (sqlite3.DataError, OverflowError)):
        return errors.DataError, "error.data"
    if isinstance(error, sqlite3.NotSupportedError):
        return errors.NotSupportedError, "error.misuse"
    if isinstance(error, sqlite3.InternalError):
        return errors.InternalError, "error.operational"
    if any(marker in message for marker in _MISSING):
        return errors.ProgrammingError, "error.missing"
    if "already exists" in message:  # a table, an index: Dave points at the one already there
        return errors.ProgrammingError, "error.exists"
    if "not supported" in message or "unsupported type" in message:
        return errors.ProgrammingError, "error.type"
    if "binding" in message or "parameter" in message:
        return errors.ProgrammingError, "error.parameters"
    if isinstance(error, sqlite3.OperationalError) and not any(m in message for m in _USER_MISTAKES):
        return errors.OperationalError, "error.operational"
    if isinstance(error, (sqlite3.DatabaseError, sqlite3.ProgrammingError, sqlite3.Warning)):
        return errors.ProgrammingError, "error.syntax" if "syntax" in message else "error.misuse"
    if isinstance(error, (MemoryError, OSError)):
        return errors.OperationalError, "error.operational"
    return errors.ProgrammingError, "error.misuse"


# -- dave and the sla ------------------------------------------------------------------------


def _explained(statement: Statement, outcome: Outcome, store: Store) -> Outcome:
    """SQLite's query plan (the brain's EXPLAIN QUERY PLAN rows) rewritten as Dave's plan."""
    plan = [str(row[3]) for row in outcome.rows]
    tables = {statement.table_named(name) for name in statement.tables}
    table_rows = {table.lower(): store.row_estimate(table) for table in tables}
    postits = [bezel.from_row(row) for row in store.postit_rows()]
    rows = explain.plan_rows(statement, plan, table_rows, postits)
    return Outcome(explain.COLUMNS, rows, len(rows), None)


def _bezel(
    statement: Statement, on_bezel: list[PostIt], store: Store, desk: Desk, now: datetime, turn: int
) -> BezelChange:
    """CREATE INDEX sticks a post-it on Dave's bezel (the oldest may fall off); DROP INDEX peels one."""
    if statement.kind == "drop":
        store.peel(statement.index)
        return BezelChange(peeled=next((p for p in on_bezel if p.index == statement.index), None))
    on_bezel = [postit for postit in on_bezel if postit.index != statement.index]
    table = statement.tables[0] if statement.tables else ""
    postit = bezel.write(statement.index, table, statement.index_columns, on_bezel=on_bezel, desk=desk,
                         rng=desk.rng_for(f"post-it {statement.index}", turn), today=now.date().isoformat(),
                         laminated=store.index_is_unique(statement.index))
    store.stick(bezel.to_row(postit))
    fallen = bezel.crowded_out(on_bezel, postit)
    if fallen is None:
        return BezelChange(stuck=postit)
    # The oldest slides off behind the desk, and its index goes with it. Asked of SQLite once more
    # right before: an index that enforces a constraint is never dropped, whatever the bezel says.
    if not store.index_is_unique(fallen.index):
        store.run(f'DROP INDEX IF EXISTS "{fallen.index}"', writes=True)
    store.peel(fallen.index)
    return BezelChange(stuck=postit, fallen=fallen)


def _effort(
    statement: Statement, store: Store, desk: Desk, settings: Settings, now: datetime, rows: int,
    plan_lines: tuple[str, ...] = (),
) -> tuple[Effort, sla.Timing, TeamWork | None, datetime]:
    """Dave's effort in business minutes (at his current pace), the team an enterprise customer gets
    for it, what the SLA makes of it all, and when Dave picks it up (his "now"). The work starts when Dave
    is free (`desk.day`): after what he has already promised, behind the paid tickets still in his pile;
    he is busy until its ETA."""
    table_rows = {table.lower(): store.row_estimate(table) for table in statement.tables}
    work = estimate(statement, plan_lines, table_rows, rows)
    tier = sla.tier(settings.tier)
    start = desk.day.clock_in(now)
    picked_up = _calendar(tier).add_business_minutes(start, 0)
    minutes = work.total * desk.pace(picked_up.date())
    crew = assemble(minutes, settings.seed) if tier.unlimited_analysts else None
    tickets = desk.day.paid_ahead(picked_up, _morning_pile(settings.tier, settings.seed), settings.seed)
    timing = sla.schedule(crew.elapsed_minutes if crew else minutes, now=start, tier=tier,
                          seconds_per_hour=settings.seconds_per_hour, seed=settings.seed, tickets=tickets)
    desk.day.clock_out(timing.eta)
    return work, timing, crew, picked_up


@functools.lru_cache(maxsize=256)
def _morning_pile(tier: str, seed: int) -> int:
    """The paid tickets ahead of the tier's first request of a day (a seeded Random each time, otherwise).
    Kept by the tier's name: a Tier's own hash is worked out field by field, in Python."""
    return sla.tier(tier).tickets_ahead(seed)


def _calendar(tier: sla.Tier) -> sla.Calendar:
    return sla.ON_CALL if tier.around_the_clock else sla.DEFAULT_CALENDAR


def _dave(
    statement: Statement, outcome: Outcome, now: datetime, store: Store, desk: Desk, settings: Settings,
    turn: int, change: BezelChange | None = None,
) -> tuple[Any, sla.Timing]:
    plan_lines = store.query_plan(statement.sql) if statement.kind in ("select", "update", "delete") else ()
    work, timing, crew, picked_up = _effort(statement, store, desk, settings, now,
                                            max(len(outcome.rows), outcome.rowcount, 0), plan_lines)
    report = _said(statement, outcome, store, desk, settings, turn, change, work, timing, crew, picked_up)
    return report, timing


# humandb.dave.analyst, imported where Dave first speaks (connect() stays light) and kept here: an import
# statement costs a microsecond or more on every call, even of a module already imported.
_analyst: ModuleType | None = None


def _first_words() -> ModuleType:
    global _analyst
    from humandb.dave import analyst

    _analyst = analyst
    return analyst


def _said(
    statement: Statement, outcome: Outcome, store: Store, desk: Desk, settings: Settings, turn: int,
    change: BezelChange | None, work: Effort, timing: sla.Timing, crew: TeamWork | None, picked_up: datetime, *,
    queued: bool = False,
) -> Any:  # humandb.dave.analyst.Report
    analyst = _analyst or _first_words()
    oddities = [odd for table in statement.tables for odd in store.oddities(table)]
    # Tables whose odd things are worked out afresh after a change: only there can Dave tell one was fixed.
    looked = tuple(table for table in statement.tables if store.row_estimate(table) <= RECHECK_ROWS)
    used = work.indexes
    postits = [postit for row in store.postit_rows() if (postit := bezel.from_row(row)).index in used] if used else []
    tier = sla.tier(settings.tier)
    return analyst.report(
        statement, outcome, desk=desk, effort=work, crew=crew,
        timeline=analyst.Timeline(timing.business_minutes, sla.eta_words(timing.start, timing.eta),
                                  timing.queue_minutes, timing.tickets_ahead, timing.reason,
                                  tier.max_tickets_ahead > 0),  # pile
        oddities=oddities, looked=looked, exact=settings.exact, accuracy=settings.accuracy, turn=turn,
        bezel=change, postits_used=postits, now=picked_up, queued=queued,
    )
