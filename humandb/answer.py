"""What a request gets back: an `Answer`, complete when it is made, and `QueryResult`, Dave's answer as a str.

An answer is a value. The pipeline works it out once, when the request runs: the statement as Dave
read it, what the brain did, the rows as Dave reports them, his words and the script of his
performance, and how long it all takes on the SLA. Reading any of it never computes or changes
anything, so the order in which (or whether) a caller reads answers cannot change what Dave said.

The one live part is a big result's tail (`outcome.rest`): rows after Dave's look stay in SQLite until
someone fetches them, as with sqlite3.
"""

from __future__ import annotations

import datetime
import os
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from humandb.errors import OperationalError

if TYPE_CHECKING:
    from humandb.brain.store import Outcome, Params
    from humandb.dave.analyst import Report
    from humandb.dave.bezel import PostIt
    from humandb.reading.sql import Statement
    from humandb.sla import Timing

__all__ = ["Answer", "Description", "QueryResult", "Request", "Row"]

Row = tuple[Any, ...]
_CHUNK = 500  # rows read from SQLite at a time while streaming
Description = tuple[tuple[str, Any, None, None, None, None, None], ...]


@dataclass(frozen=True)
class Request:
    """What the user asked: the text, its parameters, and when (the connection's clock's "now")."""

    text: str
    params: Params | None
    now: datetime.datetime


@dataclass(frozen=True, eq=False)
class Answer:
    """One statement, answered.

    `rows`: the rows of Dave's look as they are handed out (his rounding, or the exact ones with
    ``exact=True``); `outcome.rows` are the exact ones. `report` (his words, remarks and script) and
    `timing` (the SLA) are None when Dave did no paperwork: a quiet, exact connection is a plain database.
    `queued`: an eventual write, acknowledged now and done when its time comes (see dave/intray.py).
    `rounded`: rows after the look are rounded as they are fetched, the way the look was.
    `postits`: the post-its on Dave's bezel as the statement left them (with his report).
    """

    statement: Statement
    outcome: Outcome
    rows: list[Row]
    turn: int
    report: Report | None = None
    timing: Timing | None = None
    description: Description | None = None
    queued: bool = False
    rounded: bool = False
    postits: tuple[PostIt, ...] = ()  # Dave's bezel as the statement left it (with his report)

    @classmethod
    def plain(cls, statement: Statement, outcome: Outcome, turn: int, description: Description | None) -> Answer:
        """The answer of a plain database (no paperwork): the exact rows, nothing else.

        The same value the constructor makes, made in one step: a frozen dataclass sets its fields one
        by one through object.__setattr__, and a point SELECT would pay for that on every statement.
        """
        answer = object.__new__(cls)
        # The fields left at their defaults are read from the class, where a dataclass keeps them.
        object.__setattr__(answer, "__dict__", {
            "statement": statement, "outcome": outcome, "rows": outcome.rows, "turn": turn, "description": description,
        })
        return answer

    @property
    def words(self) -> str:
        """What Dave said ("" when he did no paperwork)."""
        return self.report.words if self.report is not None else ""

    @property
    def messages(self) -> list[str]:
        """His words, then (for an English question) the SQL he would have written."""
        said = [self.report.words] if self.report is not None else []
        if self.statement.read_as:
            said.append(f"SQL: {self.statement.sql}")
        return said

    @property
    def audio(self) -> bytes:
        """Dave saying his answer, mumbled: a WAV file (8 kHz, 8-bit). Same words, same bytes."""
        from humandb.stage.voice import telephone

        return telephone(self.words, energy=self.report.script.mood if self.report is not None else 1.0)

    def save_audio(self, path: str | os.PathLike[str]) -> None:
        """Write Dave's mumbled answer to a WAV file at `path` (only when asked: nothing is left behind)."""
        Path(path).write_bytes(self.audio)

    def stream(self, *, exact: bool = False) -> Iterator[Row]:
        """Every row of the result, in order: Dave's look, then the rest read from SQLite as you go (once:
        the rest is not kept). `exact`: the values SQLite returned, not Dave's rounding."""
        yield from self.outcome.rows if exact else self.rows
        rest = self.outcome.rest
        while rest is not None:
            try:
                chunk = rest.take(_CHUNK)
            except sqlite3.Error as error:  # stepping on failed: an interrupt, a rollback meanwhile
                rest.close()
                raise OperationalError("Dave lost his place in the binder.", f"{type(error).__name__}: {error}") \
                    from None
            if not chunk:
                return
            if self.rounded and not exact:
                from humandb.dave.rounding import human_row

                chunk = [human_row(row, self.statement.computed) for row in chunk]
            yield from chunk

    def __repr__(self) -> str:
        headline = self.words.split(". ")[0][:80]
        return f"<humandb.Answer {self.statement.text[:60]!r}: {headline!r}>"

    def _repr_html_(self) -> str:
        """How Jupyter shows an answer: drawn at the edge, by humandb/stage/notebook.py."""
        from humandb.stage.notebook import html

        return html(QueryResult.from_answer(self, self.rows, self.postits))


class QueryResult(str):
    """Dave's words as a str, carrying the rows he reported, the columns and the exact rows.

    Also: his `remarks` (what he noticed; the words end with them), the `postits` on his bezel once
    he was done, the `sql` he wrote for an English question ("" for SQL), his `mood` (energy, 0 to 1)
    as he answered, which is how his voice sounds, and `truncated` when the result had more rows than
    Dave copied out (his look; fetch through a cursor for all of them). `audio` is his answer,
    mumbled, as a WAV file. Jupyter shows a result as a table with his words, bezel and voice
    (`_repr_html_`); IPython's terminal and rich as text (see humandb/stage/notebook.py).
    """

    rows: list[Row]
    columns: tuple[str, ...]
    exact_rows: list[Row]
    business_minutes: float
    remarks: tuple[str, ...]
    postits: tuple[PostIt, ...]
    sql: str
    mood: float
    truncated: bool
    muted: bool  # drawn without the voice (a notebook kept small)

    def __new__(
        cls, words: str, rows: list[Row], columns: tuple[str, ...], exact_rows: list[Row], business_minutes: float,
        *, remarks: Sequence[str] = (), postits: Sequence[PostIt] = (), sql: str = "", mood: float = 1.0,
        truncated: bool = False,
    ) -> QueryResult:
        result = super().__new__(cls, words)
        result.rows, result.columns, result.exact_rows = rows, columns, exact_rows
        result.business_minutes = business_minutes
        result.remarks, result.postits, result.sql, result.mood = tuple(remarks), tuple(postits), sql, mood
        result.truncated = truncated
        result.muted = False
        return result

    @classmethod
    def from_answer(cls, answer: Answer, rows: list[Row], postits: Sequence[PostIt] = ()) -> QueryResult:
        """Dave's report on an answer, with the `rows` handed out and the bezel after it."""
        report = answer.report
        return cls(
            answer.words, rows, answer.outcome.columns or (), list(answer.outcome.rows),
            answer.timing.business_minutes if answer.timing is not None else 0.0,
            remarks=report.remarks if report is not None else (), postits=postits,
            sql=answer.statement.sql if answer.statement.read_as else "",
            mood=report.script.mood if report is not None else 1.0,
            truncated=answer.outcome.truncated or answer.outcome.rest is not None,
        )

    @property
    def audio(self) -> bytes:
        """Dave's answer, mumbled: a WAV file (8 kHz, 8-bit, as the notebook plays it). Same words, same bytes."""
        from humandb.stage.voice import telephone

        return telephone(str(self) or "Hm.", energy=self.mood)

    def save_audio(self, path: str | os.PathLike[str]) -> None:
        """Write Dave's mumbled answer to a WAV file at `path` (only when asked: nothing is left behind)."""
        Path(path).write_bytes(self.audio)

    def _repr_html_(self) -> str:
        from humandb.stage.notebook import html

        return html(self)

    def __rich__(self) -> Any:
        from humandb.stage.notebook import renderable

        return renderable(self)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        """IPython's text view: the rows, the words, the remarks and the bezel rather than a quoted str."""
        from humandb.stage.notebook import text

        printer.text(text(self, printer.max_width))
