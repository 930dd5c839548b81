"""The terminal stage: Dave's transcript, a spinner with his ETA, the rows, and his quoted words.

Rendered with rich to stderr, so stdout stays clean for the program's own output. A broken pipe or a
closed stream silences the terminal; it never fails the query.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import IO, Any

__all__ = ["Terminal"]

MAX_ROWS = 20  # Dave copies out the first twenty rows; the rest are "in the binder"


class Terminal:
    """Renders beats as they arrive; falls silent for good after the first output error."""

    def __init__(self, file: IO[str] | None = None, *, width: int | None = None) -> None:
        console = _console_class()
        self.console = console(file=file or sys.stderr, width=width, highlight=False, soft_wrap=False)
        self._status: Any = None
        self.broken = False
        # False when the rows are printed on this same screen in another form (the shell's .mode csv,
        # `humandb query --format json`): Dave's table would show them twice.
        self.tables = True

    def _safely(self, action: Any, *args: Any, **kwargs: Any) -> None:
        if self.broken:
            return
        try:
            action(*args, **kwargs)
        except Exception:  # noqa: BLE001 - a closed pipe or odd stream must not fail the query
            self.broken = True

    def begin(self, waiting: str) -> None:
        def start() -> None:
            self._status = self.console.status(waiting, spinner="dots")
            self._status.start()

        self._safely(start)

    def line(self, text: str) -> None:
        self._safely(self.console.print, text, markup=False)

    def answer(self, words: str, columns: Sequence[str] | None, rows: Sequence[Sequence[Any]]) -> None:
        self.stop()
        if columns and self.tables:
            self._safely(self.console.print, _table(columns, rows))
        self._safely(self.console.print, f"[bold]{_escape(words)}[/bold]")

    def bezel(self, postits: Sequence[Any]) -> None:
        """Draw Dave's monitor with its post-its (humandb.dave.bezel.PostIt values)."""
        from humandb.stage.monitor import draw

        self._safely(self.console.print, draw(postits))

    def cancelled(self) -> None:
        self.stop()
        self.line("✋ Dave puts his pencil down. (cancelled)")

    def stop(self) -> None:
        if self._status is not None:
            status, self._status = self._status, None
            self._safely(status.stop)


def _console_class() -> Any:
    from rich.console import Console

    class QuietOnBrokenPipe(Console):
        # rich's default answer to a broken pipe is to redirect stdout and exit the program;
        # a database must not do that to its host, so the terminal just goes quiet.
        def on_broken_pipe(self) -> None:
            self.quiet = True
            raise BrokenPipeError("the transcript's reader went away")

    return QuietOnBrokenPipe


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def _table(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> Any:
    from rich.table import Table

    table = Table(show_header=True, header_style="bold", caption=_caption(len(rows)))
    for column in columns:
        table.add_column(str(column), overflow="fold")
    for row in rows[:MAX_ROWS]:
        table.add_row(*(_shown(value) for value in row))
    return table


def _shown(value: Any) -> str:
    """A cell as a person reads it: Dave's rounded 87000.0 is 87000 beside his "$87,000"."""
    if value is None:
        return "NULL"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def _caption(count: int) -> str | None:
    if count <= MAX_ROWS:
        return None
    return f"… and {count - MAX_ROWS:,} more rows in the binder"
