"""PEP 249 Connection: Dave's desk, the brain, and the stage for one session. Thin: the work is in
the pipeline."""

from __future__ import annotations

import datetime
import os
import threading
from types import TracebackType
from typing import TYPE_CHECKING, Any

from humandb import errors
from humandb.brain.store import Store
from humandb.cursor import Cursor
from humandb.dave.bezel import PostIt, from_row
from humandb.dave.desk import Desk
from humandb.settings import Settings
from humandb.stage.clock import Clock, RealClock

if TYPE_CHECKING:
    from humandb.pipeline import Answer, Perform
    from humandb.stage.sound import Speaker
    from humandb.stage.terminal import Terminal

__all__ = ["Connection"]


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

    def __init__(
        self,
        settings: Settings,
        *,
        clock: Clock | None = None,
        speaker: Speaker | None = None,
        terminal: Terminal | None = None,
    ) -> None:
        self.settings = settings
        if clock is not None and not all(callable(getattr(clock, name, None)) for name in ("now", "sleep")):
            raise errors.InterfaceError("Dave looks at the thing you gave him for a clock. It has no hands.",
                                        f"a clock needs now() and sleep(); got {type(clock).__name__}")
        self.clock: Clock = clock or RealClock()
        from humandb.sla import tier

        self.desk = Desk(seed=settings.seed, mood_bonus=tier(settings.tier).mood_bonus)
        self._thread = threading.get_ident()
        self._speaker = speaker
        self._terminal = terminal
        _check_dialect(settings.dialect)
        try:
            self.store = Store(settings.database, seed=settings.seed, sandbox=settings.sandbox, scale=settings.scale,
                               timeout=settings.timeout)
        except Exception as error:  # sqlite3.Error, OSError: the file cannot be opened
            cause = f"cannot open database {settings.database!r}: {error}"
            raise self.desk.refuse(errors.OperationalError, "error.operational", cause) from error
        self._closed = False
        self._meet(settings.user, settings.birthday)
        # Decided once: a quiet connection has nothing to perform, and its hot path skips the stage.
        self.perform: Perform | None = None if settings.quiet else self._perform

    def _meet(self, user: str | None, birthday: str | None) -> None:
        """Dave learns who he works for; a birthday given now is remembered in the database for good."""
        self.desk.user = user
        if user is None:
            return
        if birthday is not None:
            self.remember_birthday(user, birthday)
        known = self.store.birthdays().get(user)
        self.desk.birthday = _birthday(known) if known else None

    # -- PEP 249 -------------------------------------------------------------------------

    def cursor(self) -> Cursor:
        self._check()
        return Cursor(self)

    def commit(self) -> None:
        """Make every write durable. With consistency="eventual" this first waits (on the clock) until
        Dave's in-tray is empty; a write that failed when it landed is raised here, and nothing is
        committed until it is dealt with."""
        from humandb.pipeline import settle

        self._check()
        settle(store=self.store, desk=self.desk, settings=self.settings, now=self.clock.now(), wait=self.wait)
        self.store.commit()

    def rollback(self) -> None:
        """Throw away the transaction and everything still in Dave's in-tray."""
        self._check()
        self.desk.intray.empty()
        self.store.rollback()

    def close(self) -> None:
        """Close the connection; uncommitted changes are rolled back, as PEP 249 asks."""
        self._check()
        self._closed = True
        self.desk.intray.empty()
        self.store.close()
        if self.settings.show and self.desk.greeted:
            from humandb.dave import words

            goodbye = words.say("goodbye", self.desk.rng_for("goodbye"), user=self.desk.user or "there")
            self._terminal_for_show().line(f'👋 "{goodbye}"')

    def wait(self, seconds: float) -> None:
        """Wait on this connection's clock while Dave works through his in-tray."""
        if self.settings.show:
            self._terminal_for_show().line("📥 Waiting for Dave to get through his in-tray…")
        self.clock.sleep(seconds)

    # -- conveniences ----------------------------------------------------------------------

    def execute(self, operation: str, parameters: Any = None) -> Cursor:
        """Shortcut: a new cursor that has executed `operation` (like sqlite3's)."""
        return self.cursor().execute(operation, parameters)

    def offer_snack(self, name: str) -> str:
        """Offer Dave a snack. Known ones (coffee, donut, bagel, pizza, …) make his next answers quicker;
        he says by how much. Anything else gets a polite refusal."""
        from humandb.dave.snacks import offer

        self._check()
        reply = offer(self.desk, name, self.desk.rng_for(f"snack {name}"))
        if self.settings.show:
            self._terminal_for_show().line(f'🍩 "{reply}"')
        return reply

    def remember_birthday(self, user: str, birthday: str | datetime.date) -> None:
        """Tell Dave someone's birthday. Kept in the database file, so he remembers next time too."""
        self._check()
        day = _birthday(birthday)
        self.store.remember_birthday(self._text(user, "the user"), day.isoformat())
        if user == self.desk.user:
            self.desk.birthday = day

    def load_csv(self, path: str | os.PathLike[str], table: str | None = None) -> str:
        """Print out a CSV file into the brain as a table (named by the path unless `table` is given);
        returns the table name. The same happens by itself for ``SELECT * FROM 'sales.csv'``."""
        from humandb.pipeline import load_file

        self._check()
        try:
            name: object = os.fsdecode(path)
        except TypeError:
            name = path  # not a path at all: _text says so
        table = None if table is None else self._text(table, "the table name")
        return load_file(self._text(name, "the path"), table, store=self.store, desk=self.desk)

    def tables(self) -> dict[str, tuple[str, ...]]:
        """The user's tables and their columns, looked up without troubling Dave (for shells and tools)."""
        self._check()
        return {name: tuple(column.name for column in table.columns)
                for name, table in self.store.catalog().tables.items()}

    def schema(self, table: str | None = None) -> list[str]:
        """The CREATE statements of the user's tables and indexes (one table's, if named), without Dave."""
        self._check()
        return self.store.schema_sql(None if table is None else self._text(table, "the table name"))

    @property
    def postits(self) -> tuple[PostIt, ...]:
        """The post-its on Dave's monitor bezel, oldest first: one per index he was asked to create."""
        self._check()
        return tuple(from_row(row) for row in self.store.postit_rows())

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

    # -- the stage -------------------------------------------------------------------------

    def _perform(self, answer: Answer) -> None:
        """Play Dave's script for an answer on this connection's clock, terminal and speaker."""
        from humandb.stage.performance import perform

        report = answer.report
        terminal = self._terminal_for_show() if self.settings.show else None
        speaker = self._speaker_for_sound() if self.settings.sound else None
        rows = answer.outcome.rows if self.settings.exact else report.rows
        perform(report.script, answer.plan.wall_seconds, clock=self.clock, terminal=terminal,
                speaker=speaker, columns=answer.outcome.columns, rows=rows)

    def _terminal_for_show(self) -> Terminal:
        if self._terminal is None:
            from humandb.stage.terminal import Terminal

            self._terminal = Terminal()
        return self._terminal

    def _speaker_for_sound(self) -> Speaker:
        if self._speaker is None:
            from humandb.stage.sound import speaker

            self._speaker = speaker(True, explicit=self.settings.sound_asked, voice=self.settings.voice)
        return self._speaker

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
