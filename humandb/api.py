"""The public face's two functions: `connect` and `query`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from os import PathLike
from typing import TYPE_CHECKING, Any

from humandb.brain.guard import Sandbox
from humandb.connection import Connection
from humandb.settings import resolve
from humandb.stage.clock import Clock

if TYPE_CHECKING:
    from humandb.dave.bezel import PostIt
    from humandb.pipeline import Answer

__all__ = ["QueryResult", "connect", "query"]


def connect(
    database: str | PathLike[str] = ":dave:",
    *,
    sla: str | float | None = None,
    sound: bool | None = None,
    show: bool | None = None,
    exact: bool = False,
    seed: int | None = None,
    tier: str = "free",
    dialect: str = "duckdb",
    user: str | None = None,
    birthday: str | date | None = None,
    accuracy: float = 0.8,
    consistency: str | None = None,
    voice: str = "mumble",
    clock: Clock | None = None,
    sandbox: Sandbox | bool | None = None,
    scale: float = 1.0,
    timeout: float = 5.0,
) -> Connection:
    """Open a session with Dave.

    ``database``: ``":dave:"`` (a fresh in-memory copy of Dave's sample company), ``":memory:"``
    (empty, in memory) or a file path (created if missing, kept across processes).
    ``sla``: ``"instant"``, ``"demo"`` (one business hour = one real second; the default),
    ``"realistic"`` or real seconds per business hour. ``sound``/``show``: play sounds / show the
    transcript (default: only when interactive; HUMANDB_SOUND, HUMANDB_SHOW, HUMANDB_SLA set the
    defaults). ``exact=True``: no rounding, no slips. ``seed``: reproducible mood and wording.
    ``consistency``: ``"eventual"`` (the default unless ``sla="instant"``: writes are acknowledged at
    once and land when Dave gets to them; ``commit()`` waits for them) or ``"strong"`` (plain SQLite).
    ``dialect``: the sqlglot dialect you write in. ``user``/``birthday``: who is asking; Dave remembers
    the birthday in a file database. ``clock``: where "now" and the waiting come from.
    ``sandbox``: for SQL typed by strangers (the web server's visitors): ``True`` for the default
    limits or a ``humandb.brain.guard.Sandbox`` of your own. SQLite's guards then refuse ATTACH,
    PRAGMAs that change anything, VACUUM INTO, extensions and reading files; each statement gets a
    time budget (0.5 s) and hands over at most 500 rows (``cursor.answer.outcome.truncated`` says
    when more were cut off); values, the SQL text and the brain itself have size caps. A refusal is
    a PEP 249 error whose ``limit`` names the rule: ``"forbidden"``, ``"time"`` or ``"size"``. The
    statement is undone and the connection stays usable.
    ``scale``: the size of Dave's sample company (``":dave:"`` only): customers and orders grow with
    it, the staff and the catalogue do not. ``scale=100`` is 200,000 customers and 1.8 million
    orders, built once in the cache (a few seconds) and then copied into memory (~110 MB) for each
    connection. ``timeout``: seconds SQLite waits for another process's lock on a file database
    before giving up with an OperationalError (default 5.0).

    >>> con = connect(sla="instant", show=False, exact=True)
    >>> con.execute("SELECT COUNT(*) FROM products").fetchone()
    (120,)
    """
    settings = resolve(
        _path(database), sla=sla, sound=sound, show=show, exact=exact, seed=seed, tier=tier,
        dialect=dialect, user=user, birthday=None if birthday is None else str(birthday), accuracy=accuracy,
        consistency=consistency, voice=voice, sandbox=sandbox, scale=scale, timeout=timeout,
    )
    return Connection(settings, clock=clock)


def _path(database: object) -> str:
    """":dave:", ":memory:" or a file's path; anything else would quietly become a file named after it."""
    import os

    try:
        path = os.fspath(database)  # type: ignore[call-overload]  # checked here, at run time
    except TypeError:
        path = None
    if not isinstance(path, str):
        from humandb.errors import InterfaceError

        raise InterfaceError("Dave needs a name on the folder: a path, \":memory:\" or \":dave:\".",
                             f"database must be a str or path, not {type(database).__name__}")
    return path


class QueryResult(str):
    """Dave's words as a str, carrying the rows he reported, the columns and the exact rows.

    Also: his `remarks` (what he noticed; the words end with them), the `postits` on his bezel once
    he was done, the `sql` he wrote for an English question ("" for SQL), and his `mood` (energy, 0
    to 1) as he answered, which is how his voice sounds: `audio` is his answer, mumbled, as a WAV
    file. Jupyter shows a result as a table with his words, bezel and voice (`_repr_html_`); IPython's
    terminal and rich as text (see humandb/integrations/display.py).
    """

    rows: list[tuple[Any, ...]]
    columns: tuple[str, ...]
    exact_rows: list[tuple[Any, ...]]
    business_minutes: float
    remarks: tuple[str, ...]
    postits: tuple[PostIt, ...]
    sql: str
    mood: float

    def __new__(
        cls, words: str, rows: list[tuple[Any, ...]], columns: tuple[str, ...],
        exact_rows: list[tuple[Any, ...]], business_minutes: float, *, remarks: Sequence[str] = (),
        postits: Sequence[PostIt] = (), sql: str = "", mood: float = 1.0,
    ) -> QueryResult:
        result = super().__new__(cls, words)
        result.rows, result.columns, result.exact_rows = rows, columns, exact_rows
        result.business_minutes = business_minutes
        result.remarks, result.postits, result.sql, result.mood = tuple(remarks), tuple(postits), sql, mood
        return result

    @classmethod
    def from_answer(
        cls, answer: Answer, rows: list[tuple[Any, ...]], postits: Sequence[PostIt] = ()
    ) -> QueryResult:
        """Dave's report on a pipeline answer, with the `rows` its cursor handed out and the bezel after it."""
        report = answer.report
        return cls(report.words, rows, answer.outcome.columns or (), list(answer.outcome.rows),
                   answer.plan.business_minutes, remarks=report.remarks, postits=postits,
                   sql=answer.statement.sql if answer.statement.read_as else "", mood=report.script.mood)

    @property
    def audio(self) -> bytes:
        """Dave's answer, mumbled: a WAV file (8 kHz, 8-bit, as the notebook plays it). Same words, same bytes."""
        from humandb.integrations.display import voice

        return voice(self, self.mood)

    def _repr_html_(self) -> str:
        from humandb.integrations.display import html

        return html(self)

    def __rich__(self) -> Any:
        from humandb.integrations.display import renderable

        return renderable(self)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        """IPython's text view: the rows, the words, the remarks and the bezel rather than a quoted str."""
        from humandb.integrations.display import text

        printer.text(text(self, printer.max_width))


def query(sql: str, params: Any = None, **connect_kwargs: Any) -> QueryResult:
    """Ask Dave one thing on a fresh connection and get his answer as a str.

    >>> answer = query("SELECT COUNT(*) FROM orders", sla="instant", show=False, seed=1)
    >>> "orders" in answer, answer.exact_rows[0][0] > 17000
    (True, True)
    """
    connection = connect(**connect_kwargs)
    try:
        cursor = connection.execute(sql, params)
        answer = cursor.answer
        assert answer is not None  # execute() always leaves an answer behind
        rows = cursor.fetchall() if answer.outcome.columns is not None else []
        result = QueryResult.from_answer(answer, rows)
        connection.commit()
        result.postits = connection.postits  # after the commit: an eventual CREATE INDEX sticks its post-it as it lands
        return result
    finally:
        connection.close()
