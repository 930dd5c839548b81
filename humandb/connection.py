"""PEP 249 Connection: Dave's desk, the brain and the stage for one session, and the one request loop.

Thin: the work is in the pipeline. A connection composes it — read, run, then perform the answer on its
stage — for each statement its cursors execute, and `ask` is the loop every face uses for a whole
input: split the way SQLite splits, run as one transaction, answers back complete.
"""

from __future__ import annotations

import dataclasses
import datetime
import os
import sqlite3
import sys
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager, nullcontext
from types import TracebackType
from typing import Any, NamedTuple

from humandb import errors, pipeline
from humandb.answer import Answer, Request
from humandb.brain.store import LOOK_ROWS, Params, Store
from humandb.cursor import Cursor
from humandb.dave.bezel import PostIt, from_row
from humandb.dave.desk import Desk
from humandb.reading.sql import read as read_sql
from humandb.settings import Settings, resolve
from humandb.stage.clock import Clock, RealClock
from humandb.stage.performance import Stage

__all__ = ["Connection", "Mood"]

# What configure() may change on a live connection; the rest (the database, its sandbox) is the session.
_LIVE = frozenset({"sla", "sound", "show", "exact", "tier", "accuracy", "consistency", "voice", "dialect"})


class Mood(NamedTuple):
    """How Dave is holding up: his energy (0 to 1) and whether he is tired enough to say so."""

    energy: float
    tired: bool


class Connection:
    """A session with Dave. Create one with :func:`humandb.connect`."""

    # PEP 249 optional extension: the exceptions as attributes, for code juggling several drivers.
    Warning = errors.Warning
    Error = errors.Error
    InterfaceError = errors.InterfaceError
    DatabaseError = errors.DatabaseError
    DataError = errors.DataError
    OperationalError = errors.OperationalError
    IntegrityError = errors.IntegrityError
    InternalError = errors.InternalError
    ProgrammingError = errors.ProgrammingError
    NotSupportedError = errors.NotSupportedError

    _plain = False  # a plain database: no paperwork, no sandbox (set with the settings)

    def __init__(
        self, settings: Settings, *, clock: Clock | None = None, stage: Stage | bool | None = None,
        options: Mapping[str, Any] | None = None,
    ) -> None:
        self.settings = settings
        self._options = dict(options or {})  # what connect() was given: configure() starts from it
        if clock is not None and not all(callable(getattr(clock, name, None)) for name in ("now", "sleep")):
            raise errors.InterfaceError("Dave looks at the thing you gave him for a clock. It has no hands.",
                                        f"a clock needs now() and sleep(); got {type(clock).__name__}")
        from humandb.sla import tier

        self.desk = Desk(seed=settings.seed, mood_bonus=tier(settings.tier).mood_bonus)
        self.clock: Clock = clock or (stage.clock if isinstance(stage, Stage) else RealClock())
        if isinstance(stage, Stage) and clock is not None:
            stage = dataclasses.replace(stage, clock=clock)  # one clock for "now" and for the waits
        self._own_stage = stage is None  # made from the settings, so made again when they change
        self.stage: Stage | None = _stage(stage, self.clock, settings)
        self._thread = threading.get_ident()
        self._explicit = False  # the user said BEGIN: ask() leaves their transaction to them
        _check_dialect(settings.dialect)
        try:
            self.store = Store(settings.database, seed=settings.seed, sandbox=settings.sandbox, scale=settings.scale,
                               timeout=settings.timeout)
        except (sqlite3.Error, OSError) as error:  # the file cannot be opened
            cause = f"cannot open database {settings.database!r}: {error}"
            raise self.desk.refuse(errors.OperationalError, "error.operational", cause) from None
        self._closed = False
        self._meet(settings.user, settings.birthday)

    @property
    def settings(self) -> Settings:
        """The session's settings (frozen; `configure` replaces them)."""
        return self._settings

    @settings.setter
    def settings(self, settings: Settings) -> None:
        self._settings = settings
        # Worked out once per settings rather than on every statement: the hot path asks for it.
        self._plain = not settings.paperwork and settings.sandbox is None

    def _meet(self, user: str | None, birthday: str | None) -> None:
        """Dave learns who he works for; a birthday given now is remembered in the database for good."""
        self.desk.user = user
        if user is None:
            return
        if birthday is not None:
            self.remember_birthday(user, birthday)
        known = self._brain(self.store.birthdays).get(user)
        self.desk.birthday = _birthday(known) if known else None

    # -- the one request loop ---------------------------------------------------------------

    def ask(self, text: str, params: Params | None = None, *, commit: bool = True,
            max_statements: int | None = None) -> list[Answer]:
        """Ask Dave everything in `text`, in order, as one transaction; his answers, complete.

        SQL statements end at their semicolons (where SQLite would end them); an English question is
        a line of its own. On a connection with no transaction open, the request is committed when all
        of it succeeds (with ``commit=False`` left open), unless it opened one itself with BEGIN; inside
        an open transaction it becomes part of it. A statement that fails undoes the whole request and
        raises its PEP 249 error; the connection stays usable. Each answer is played on the
        connection's stage as it comes. `params` go with a single statement. The last answer's rows
        beyond Dave's look stream from SQLite while you read them (`Answer.outcome.rest`).

        >>> import humandb
        >>> con = humandb.connect(sla="instant", show=False, sound=False, seed=1)
        >>> [answer.statement.kind for answer in con.ask("CREATE TABLE t (x INT); INSERT INTO t VALUES (1)")]
        ['create', 'insert']
        >>> con.ask("SELECT COUNT(*) FROM t")[0].rows
        [(1,)]
        """
        from humandb.reading.requests import requests

        self._check()
        texts = requests(pipeline.check(text, settings=self.settings, desk=self.desk), self.settings.dialect)
        if max_statements is not None and len(texts) > max_statements:
            cause = f"{len(texts)} statements in one request; the limit is {max_statements}"
            refused = self.desk.refuse(errors.DataError, "web.too_many", cause)
            refused.limit = "size"
            raise refused
        if params is not None and len(texts) != 1:
            cause = f"parameters go with one statement; this request has {len(texts)}"
            raise self.desk.refuse(errors.ProgrammingError, "error.parameters", cause)
        answers: list[Answer] = []
        idle = not self.store.in_transaction and not self.desk.intray
        try:
            with nullcontext() if idle else self._undoable(self.store.undoable()):
                for piece in texts:
                    answers.append(self._execute(piece, params))
        except BaseException:
            if idle:
                self.rollback()  # everything since the request began, and nothing from before it
            raise
        if idle and commit and not self._explicit:
            self.commit()
        return answers

    @contextmanager
    def _undoable(self, undo: Any) -> Iterator[None]:
        with self._guarded(), undo:
            yield

    def _execute(self, text: str, params: Any, look: int = LOOK_ROWS) -> Answer:
        """One statement: read, run, performed on the stage (a Ctrl-C during the performance undoes a write).
        `look`: the rows a plain database reads at once for a statement it has read before (a cursor, which
        streams the rest, asks for a glance; the faces that show `Answer.rows` for Dave's whole look)."""
        if self._closed or threading.get_ident() != self._thread:
            self._check()
        settings = self.settings
        if self._plain and not self.desk.intray.items:  # (an eventual write waiting in it lands first)
            # A plain database (no paperwork, so nothing to perform): a statement read before that only
            # reads goes straight to the brain, without the clock or a Request. A sandbox reads afresh.
            known = read_sql.kept(text, settings.dialect)
            if known is not None and known.plain:
                try:
                    return pipeline.run_plain(known, params, store=self.store, desk=self.desk, look=look)
                except (sqlite3.Error, OSError) as error:  # the brain's bookkeeping: a damaged file
                    raise pipeline.refusal(self.desk, "", error) from None
        now = self.clock.now()
        # try/except rather than _guarded(): this is every statement's path, and a context manager costs more.
        try:
            statement = pipeline.read(text, settings=settings, desk=self.desk, store=self.store, now=now)
            if statement.kind == "commit":
                self._await_intray()
                now = self.clock.now()
            request = Request(text, params, now)
            if self.stage is None or settings.quiet or not statement.writes:
                answer = pipeline.run(statement, request, store=self.store, desk=self.desk, settings=settings)
                self._perform(answer, now)
            else:
                with self.store.undoable():
                    answer = pipeline.run(statement, request, store=self.store, desk=self.desk, settings=settings)
                    self._perform(answer, now)
        except (sqlite3.Error, OSError) as error:  # the brain's bookkeeping: a full disk, a damaged file
            raise pipeline.refusal(self.desk, "", error) from None
        if statement.kind == "begin":
            self._explicit = True  # the user's own transaction: ask() leaves it to them
        elif statement.kind in ("commit", "rollback"):
            self._explicit = False
        return answer

    def _execute_many(self, text: str, seq_of_params: Iterable[Params]) -> Answer:
        self._check()
        now = self.clock.now()
        with self._guarded():
            statement = pipeline.read(text, settings=self.settings, desk=self.desk, store=self.store, now=now)
        request = Request(text, None, now)
        staged = self.stage is not None and not self.settings.quiet
        # run_many undoes a failed batch by itself; the outer savepoint is for a cancelled performance.
        with self._guarded(), self.store.undoable() if staged else nullcontext():
            answer = pipeline.run_many(statement, seq_of_params, request, store=self.store, desk=self.desk,
                                       settings=self.settings)
            self._perform(answer, now)
        return answer

    def _perform(self, answer: Answer, started: datetime.datetime) -> None:
        stage = self.stage
        if stage is None or self.settings.quiet or answer.report is None or answer.timing is None:
            return
        stage.play(answer.report.script, answer.timing.wall_seconds, started=started,
                   columns=answer.outcome.columns, rows=answer.rows)

    @contextmanager
    def _guarded(self) -> Iterator[None]:
        """sqlite3's own errors from the brain's bookkeeping (a full disk, a damaged file) as Dave's."""
        try:
            yield
        except (sqlite3.Error, OSError) as error:
            raise pipeline.refusal(self.desk, "", error) from None

    def _brain(self, action: Any, *args: Any) -> Any:
        with self._guarded():
            return action(*args)

    def _await_intray(self) -> None:
        """Before a commit: wait (on the stage's clock) until the last write in Dave's in-tray lands."""
        last = pipeline.landing(self.desk)
        now = self.clock.now()
        if last is not None and last > now and self.stage is not None:
            self.stage.wait((last - now).total_seconds(), "📥 Waiting for Dave to get through his in-tray…")

    # -- PEP 249 -------------------------------------------------------------------------

    def cursor(self) -> Cursor:
        self._check()
        return Cursor(self)

    def commit(self) -> None:
        """Make every write durable. With consistency="eventual" this first waits (on the clock) until
        Dave's in-tray is empty; a write that failed when it landed is raised here, and nothing is
        committed until it is dealt with."""
        self._check()
        self._await_intray()
        with self._guarded():
            pipeline.settle(store=self.store, desk=self.desk, settings=self.settings, now=self.clock.now())
            self.store.commit()
        self._explicit = False

    def rollback(self) -> None:
        """Throw away the transaction and everything still in Dave's in-tray."""
        self._check()
        self.desk.intray.empty()
        self._brain(self.store.rollback)
        self._explicit = False

    def close(self) -> None:
        """Close the connection; uncommitted changes are rolled back, as PEP 249 asks."""
        self._check()
        self._closed = True
        self.desk.intray.empty()
        self._brain(self.store.close)
        if self.stage is not None and self.desk.greeted:
            from humandb.dave import words

            section = "goodbye.named" if self.desk.user else "goodbye"  # never "Bye, there."
            goodbye = words.say(section, self.desk.rng_for("goodbye"), user=self.desk.user or "")
            self.stage.say(f'👋 "{goodbye}"')

    # -- conveniences ----------------------------------------------------------------------

    def execute(self, operation: str, parameters: Any = None) -> Cursor:
        """Shortcut: a new cursor that has executed `operation` (like sqlite3's)."""
        return Cursor(self).execute(operation, parameters)  # the cursor's execute checks the connection

    def executemany(self, operation: str, seq_of_parameters: Iterable[Any]) -> Cursor:
        """Shortcut: a new cursor that has executed `operation` once per parameter set (like sqlite3's)."""
        return self.cursor().executemany(operation, seq_of_parameters)

    def configure(self, **changes: Any) -> None:
        """Change settings of the live session — ``sla``, ``sound``, ``show``, ``exact``, ``tier``,
        ``accuracy``, ``consistency``, ``voice``, ``dialect`` — keeping its data, desk and transaction.

        Refused (InterfaceError) for an unknown or invalid setting, and while writes are still in Dave's
        in-tray (commit first): they were filed under the old terms.
        """
        self._check()
        unknown = sorted(set(changes) - _LIVE)
        if unknown:
            raise errors.InterfaceError("Dave can't change that without starting a new session.",
                                        f"configure() changes {', '.join(sorted(_LIVE))}; not {', '.join(unknown)}")
        if self.desk.intray:
            raise self.desk.refuse(errors.ProgrammingError, "error.misuse",
                                   "writes are still in Dave's in-tray: commit() or rollback() first")
        options = {**self._options, **changes}
        settings = resolve(self.settings.database, options)
        _check_dialect(settings.dialect)
        self.settings, self._options = settings, options
        from humandb.sla import tier

        self.desk.mood_bonus = tier(settings.tier).mood_bonus
        if self._own_stage:
            self.stage = _stage(None, self.clock, settings)

    @property
    def mood(self) -> Mood:
        """How Dave is holding up right now."""
        return Mood(round(self.desk.energy, 2), self.desk.tired)

    def offer_snack(self, name: str) -> str:
        """Offer Dave a snack. Known ones (coffee, donut, bagel, pizza, …) make his next answers quicker;
        he says by how much. Anything else gets a polite refusal."""
        from humandb.dave.snacks import offer

        self._check()
        reply = offer(self.desk, name, self.desk.rng_for(f"snack {name}"))
        if self.stage is not None:
            self.stage.say(f'🍩 "{reply}"')
        return reply

    def remember_birthday(self, user: str, birthday: str | datetime.date) -> None:
        """Tell Dave someone's birthday. Kept in the database file, so he remembers next time too."""
        self._check()
        day = _birthday(birthday)
        self._brain(self.store.remember_birthday, self._text(user, "the user"), day.isoformat())
        if user == self.desk.user:
            self.desk.birthday = day

    def load_csv(self, path: str | os.PathLike[str], table: str | None = None) -> str:
        """Print out a CSV file into the brain as a TEMP table (named by the path unless `table` is given);
        returns the table name. The same happens by itself for ``SELECT * FROM 'sales.csv'``."""
        self._check()
        try:
            name: object = os.fsdecode(path)
        except TypeError:
            name = path  # not a path at all: _text says so
        table = None if table is None else self._text(table, "the table name")
        with self._guarded():
            return pipeline.load_file(self._text(name, "the path"), table, store=self.store, desk=self.desk)

    def import_csv(self, path: str | os.PathLike[str], table: str) -> list[Answer]:
        """Copy a CSV file into a table of the database (created if it is missing, appended to if not)."""
        from humandb.brain.names import quote

        loaded = self.load_csv(path)
        named = self._text(table, "the table name")
        exists = named.lower() in (name.lower() for name in self.tables())
        copy = "INSERT INTO {} SELECT * FROM {}" if exists else "CREATE TABLE {} AS SELECT * FROM {}"
        return self.ask(copy.format(quote(named), quote(loaded)))

    def register(self, name: str, frame: Any) -> None:
        """Make a pandas or polars DataFrame (or a pyarrow Table) a table you can query by `name` (DuckDB's
        ``register``): its rows are copied into a TEMP table of that name, gone with the connection."""
        from humandb.brain.names import quote
        from humandb.frames import table_of

        self._check()
        named = self._text(name, "the table name")
        names, kinds, rows = table_of(frame)
        columns = ", ".join(f"{quote(column)} {kind}" for column, kind in kinds)
        self.ask(f"DROP TABLE IF EXISTS temp.{quote(named)}; CREATE TEMP TABLE {quote(named)} ({columns})",
                 commit=False)
        if rows:
            marks = ", ".join("?" * len(names))
            self.executemany(f"INSERT INTO temp.{quote(named)} VALUES ({marks})", rows)

    def tables(self) -> dict[str, tuple[str, ...]]:
        """The user's tables and their columns, looked up without troubling Dave (for shells and tools)."""
        self._check()
        catalog = self._brain(self.store.catalog)
        return {name: tuple(column.name for column in table.columns) for name, table in catalog.tables.items()}

    def schema(self, table: str | None = None) -> list[str]:
        """The CREATE statements of the user's tables and indexes (one table's, if named), without Dave."""
        self._check()
        return list(self._brain(self.store.schema_sql, None if table is None else self._text(table, "the table name")))

    @property
    def postits(self) -> tuple[PostIt, ...]:
        """The post-its on Dave's monitor bezel, oldest first: one per index he was asked to create."""
        self._check()
        return tuple(from_row(row) for row in self._brain(self.store.postit_rows))

    @property
    def pending(self) -> int:
        """Writes acknowledged but still in Dave's in-tray (consistency="eventual"): commit() lands them."""
        return len(self.desk.intray.items)

    @property
    def closed(self) -> bool:
        return self._closed

    def __enter__(self) -> Connection:
        self._check()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        """Commit when the block succeeds, roll back when it raises; the connection stays open."""
        if self._closed:
            return
        if kind is None:
            self.commit()
        else:
            self.rollback()

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open"
        return f"<humandb.Connection {self.settings.database!r} sla={self.settings.sla!r} {state}>"

    # -- inside ----------------------------------------------------------------------------

    def _text(self, value: object, what: str) -> str:
        """A name the caller handed in (a path, a table, a user), refused unless it is text SQLite can keep."""
        if not isinstance(value, str):
            cause = f"{what} must be a str, not {type(value).__name__}"
            raise self.desk.refuse(errors.ProgrammingError, "error.misuse", cause)
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            cause = f"{what} {value!r} holds a lone surrogate, which UTF-8 cannot keep"
            raise self.desk.refuse(errors.ProgrammingError, "error.misuse", cause) from None
        return value

    def _check(self) -> None:
        if self._closed:
            raise self.desk.refuse(errors.ProgrammingError, "error.closed", "the connection is closed")
        if threading.get_ident() != self._thread:
            cause = "a connection may only be used in the thread that created it (threadsafety = 1)"
            raise self.desk.refuse(errors.ProgrammingError, "error.misuse", cause)


def _stage(given: Stage | bool | None, clock: Clock, settings: Settings) -> Stage | None:
    """The stage a connection performs on: the one given, none (False: the caller performs), or one made from
    the settings: a terminal when Dave is shown, a speaker when he is heard."""
    if given is False:
        return None
    if isinstance(given, Stage):
        return given
    if given not in (None, True):
        raise errors.InterfaceError("Dave looks for the stage. That isn't one.",
                                    f"stage must be a humandb.Stage, True, False or None, not {type(given).__name__}")
    terminal = speaker = None
    if settings.show:
        from humandb.stage.terminal import Terminal

        terminal = Terminal()
    if settings.sound:
        from humandb.stage.sound import speaker as make_speaker

        speaker = make_speaker(True, explicit=settings.sound_asked, voice=settings.voice)
    return Stage(clock, terminal, speaker, notice=None if terminal is not None else sys.stderr)


def _birthday(value: str | datetime.date) -> datetime.date:
    try:
        return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(str(value))
    except ValueError:
        raise errors.InterfaceError("Dave can't find that day on his calendar.",
                                    f"birthday must be a date or 'YYYY-MM-DD', got {value!r}") from None


def _check_dialect(dialect: str) -> None:
    from sqlglot.dialects.dialect import Dialect

    try:
        Dialect.get_or_raise(dialect)
    except ValueError as error:
        raise errors.InterfaceError("Dave doesn't speak that dialect.", str(error)) from None

