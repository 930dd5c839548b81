"""PEP 249 Connection: Dave's desk, the brain, and the stage for one session. Thin: the work is in
the pipeline."""

from __future__ import annotations

import threading
from types import TracebackType
from typing import TYPE_CHECKING, Any

from humandb import errors
from humandb.brain.store import Store
from humandb.cursor import Cursor
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
        self.clock: Clock = clock or RealClock()
        self.desk = Desk(seed=settings.seed)
        self._thread = threading.get_ident()
        self._speaker = speaker
        self._terminal = terminal
        _check_dialect(settings.dialect)
        try:
            self.store = Store(settings.database)
        except Exception as error:  # sqlite3.Error, OSError: the file cannot be opened
            cause = f"cannot open database {settings.database!r}: {error}"
            raise self.desk.refuse(errors.OperationalError, "error.operational", cause) from error
        self._closed = False
        # Decided once: a quiet connection has nothing to perform, and its hot path skips the stage.
        self.perform: Perform | None = None if settings.quiet else self._perform

    # -- PEP 249 -------------------------------------------------------------------------

    def cursor(self) -> Cursor:
        self._check()
        return Cursor(self)

    def commit(self) -> None:
        self._check()
        self.store.commit()

    def rollback(self) -> None:
        self._check()
        self.store.rollback()

    def close(self) -> None:
        """Close the connection; uncommitted changes are rolled back, as PEP 249 asks."""
        self._check()
        self._closed = True
        self.store.close()

    # -- conveniences ----------------------------------------------------------------------

    def execute(self, operation: str, parameters: Any = None) -> Cursor:
        """Shortcut: a new cursor that has executed `operation` (like sqlite3's)."""
        return self.cursor().execute(operation, parameters)

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

            self._speaker = speaker(True)
        return self._speaker

    def _check(self) -> None:
        if self._closed:
            raise self.desk.refuse(errors.ProgrammingError, "error.closed", "the connection is closed")
        if threading.get_ident() != self._thread:
            cause = "a connection may only be used in the thread that created it (threadsafety = 1)"
            raise self.desk.refuse(errors.ProgrammingError, "error.misuse", cause)


def _check_dialect(dialect: str) -> None:
    from sqlglot.dialects.dialect import Dialect

    try:
        Dialect.get_or_raise(dialect)
    except ValueError as error:
        raise errors.InterfaceError("Dave doesn't speak that dialect.", str(error)) from None
