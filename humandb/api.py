"""The public face's two functions: `connect` and `query`."""

from __future__ import annotations

import os
from datetime import date
from os import PathLike
from typing import Any

from humandb import errors
from humandb.answer import QueryResult
from humandb.brain.guard import Sandbox
from humandb.connection import Connection
from humandb.settings import Consistency, Dialect, Preset, Tier, Voice, resolve
from humandb.stage.clock import Clock
from humandb.stage.performance import Stage

__all__ = ["connect", "query"]


def connect(
    database: str | PathLike[str] = ":dave:",
    *,
    sla: Preset | float | None = None,
    sound: bool | None = None,
    show: bool | None = None,
    exact: bool = False,
    seed: int | None = None,
    tier: Tier = "free",
    dialect: Dialect = "duckdb",
    user: str | None = None,
    birthday: str | date | None = None,
    accuracy: float = 0.8,
    consistency: Consistency | None = None,
    voice: Voice = "mumble",
    sandbox: Sandbox | bool | None = None,
    scale: float = 1.0,
    timeout: float = 5.0,
    words: bool | None = None,
    clock: Clock | None = None,
    stage: Stage | bool | None = None,
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
    the birthday in a file database. ``clock``: where "now" and the waiting come from. ``stage``: where
    Dave performs — a ``humandb.Stage(clock, terminal, speaker)`` of your own (a terminal means he is
    shown, a speaker that he is heard), ``False`` when you perform his answers yourself (nothing waits:
    each answer carries its script and timing), or None for one made from ``show`` and ``sound``.
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
    before giving up with an OperationalError (default 5.0). ``words``: Dave's report (his words,
    remarks, script and timing) with every answer; by default he writes one unless the connection is
    quiet (instant, nothing shown or played) and exact, which makes it a plain database for tools.

    >>> con = connect(sla="instant", show=False, exact=True)
    >>> con.execute("SELECT COUNT(*) FROM products").fetchone()
    (120,)
    """
    if isinstance(stage, Stage):  # a stage with a terminal shows Dave, one with a speaker lets him be heard
        show = stage.terminal is not None if show is None else show
        sound = stage.speaker is not None if sound is None else sound
    options: dict[str, Any] = {
        "sla": sla, "sound": sound, "show": show, "exact": exact, "seed": seed, "tier": tier, "dialect": dialect,
        "user": user, "birthday": None if birthday is None else str(birthday), "accuracy": accuracy,
        "consistency": consistency, "voice": voice, "sandbox": sandbox, "scale": scale, "timeout": timeout,
        "words": words,
    }
    return Connection(resolve(_path(database), options), clock=clock, stage=stage, options=options)


def _path(database: object) -> str:
    """":dave:", ":memory:" or a file's path; anything else would quietly become a file named after it."""
    try:
        path = os.fspath(database)  # type: ignore[call-overload]  # checked here, at run time
    except TypeError:
        path = None
    if not isinstance(path, str):
        from humandb.errors import InterfaceError

        raise InterfaceError("Dave needs a name on the folder: a path, \":memory:\" or \":dave:\".",
                             f"database must be a str or path, not {type(database).__name__}")
    return path


def query(sql: str, params: Any = None, **connect_kwargs: Any) -> QueryResult:
    """Ask Dave one thing (or several, separated by semicolons) on a fresh connection and get his answer
    as a str: the last statement's, committed.

    >>> answer = query("SELECT COUNT(*) FROM orders", sla="instant", show=False, seed=1)
    >>> "orders" in answer, answer.exact_rows[0][0] > 17000
    (True, True)
    """
    # His words are the answer: always written, and (unless asked, or HUMANDB_SHOW says so) not also shown,
    # or print() would say them twice.
    quiet = {} if "HUMANDB_SHOW" in os.environ else {"show": False}
    connection = connect(**{"words": True, **quiet, **connect_kwargs})
    try:
        answers = connection.ask(sql, params)
        if not answers:
            raise errors.ProgrammingError("Dave reads the page top to bottom. There's no question on it.",
                                          "there is no statement in the text")
        result = QueryResult.from_answer(answers[-1], answers[-1].rows)
        result.postits = connection.postits  # after the commit: an eventual CREATE INDEX sticks its post-it as it lands
        return result
    finally:
        connection.close()
