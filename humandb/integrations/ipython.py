"""``%dave`` and ``%%dave``: ask Dave from IPython and Jupyter (``%load_ext humandb``).

In a notebook::

    %load_ext humandb
    %dave SELECT COUNT(*) FROM orders
    %dave how many customers are in Berlin?
    top = %dave --seed 7 SELECT name, price FROM products ORDER BY price DESC LIMIT 5

    %%dave --exact
    CREATE INDEX ix_city ON customers(city);
    SELECT city, COUNT(*) FROM customers GROUP BY city

Each magic returns a `humandb.QueryResult` (Dave's words as a str, carrying `.rows`, `.columns`,
`.exact_rows`, `.remarks`, `.postits`, `.audio`); Jupyter shows it as a table with his words, his
bezel and his voice. SQL statements end at their semicolons and a question is one line; they run in
order and the last one's result is returned. A failure raises its PEP 249 error, Dave's words and
the cause in its message, with the frames inside HumanDB left out of the traceback.

The session's connection (opened on first use) is ``humandb.connect(":dave:", sla="instant",
show=False, sound=False)``. Instant, because a waiting cell blocks the kernel and a notebook shows no
transcript while it waits: Dave's time is reported in the output (business minutes) instead of
sat through; ``--sla demo`` sits through it, and HUMANDB_SLA changes the default. Sound is always off
on the kernel's side: the voice plays in the browser, from the output's ``<audio>`` element. Each
magic is one transaction on the session's connection, committed when it succeeds and rolled back
when a statement fails. A connection of your own (``--con NAME``) is used as it is, and its
transactions are yours.
"""

from __future__ import annotations

import os
import re
import shlex
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, cast

from humandb import errors
from humandb.reading.requests import requests

if TYPE_CHECKING:
    from IPython.core.interactiveshell import InteractiveShell

    from humandb.answer import QueryResult
    from humandb.connection import Connection

__all__ = ["DaveMagic", "Setup", "load_ipython_extension"]


@dataclass(frozen=True)
class Setup:
    """The session connection the options describe: opened again only when one of these changes."""

    database: str = ":dave:"
    sla: str = "instant"
    seed: int = 0
    exact: bool = False


@dataclass(frozen=True)
class Options:
    """What a magic's line asked for; None means "as before"."""

    con: str | None = None
    database: str | None = None
    sla: str | None = None
    seed: int | None = None
    exact: bool = False
    mute: bool = False


_VALUED = {"con", "connect", "sla", "seed"}
_OPTION = re.compile(r"\s*--([a-z]+)")
_VALUE = re.compile(r"""(?:\s+|=)("[^"]*"|'[^']*'|\S+)""")


def parse(line: str) -> tuple[Options, str]:
    """The options at the start of a magic's line, and the rest of it (the SQL or question, verbatim).

    >>> parse("--seed 7 --exact SELECT 'a -- b'")
    (Options(con=None, database=None, sla=None, seed=7, exact=True, mute=False), "SELECT 'a -- b'")
    >>> parse('--connect "my company.brain"')[0].database
    'my company.brain'
    """
    found: dict[str, str] = {}
    rest = line
    while match := _OPTION.match(rest):
        name, rest = match.group(1), rest[match.end():]
        if name in ("exact", "mute"):
            found[name] = "yes"
            continue
        value = _VALUE.match(rest)
        if name not in _VALUED:
            raise _usage(f"%dave has no option --{name}; it knows --con, --connect, --sla, --seed, --exact and "
                         "--mute")
        if value is None:
            raise _usage(f"--{name} needs a value, as in %dave --{name} VALUE SELECT ...")
        found[name], rest = shlex.split(value.group(1))[0], rest[value.end():]
    seed = found.get("seed")
    if seed is not None and not seed.lstrip("-").isdigit():
        raise _usage(f"--seed takes a whole number, not {seed!r}")
    options = Options(con=found.get("con"), database=found.get("connect"), sla=found.get("sla"),
                      seed=None if seed is None else int(seed), exact="exact" in found, mute="mute" in found)
    return options, rest.strip()


def _muted_by_environment() -> bool:
    """HUMANDB_SOUND=0 (or off, false, no) keeps Dave's voice out of every output of the session."""
    return os.environ.get("HUMANDB_SOUND", "").strip().lower() in ("0", "false", "no", "off")


def _usage(message: str) -> Exception:
    """IPython's error for a mistyped magic: shown as one line, without a traceback."""
    from IPython.core.error import UsageError

    return UsageError(message)


def _defaults() -> Setup:
    """The session's first connection: instant unless HUMANDB_SLA says otherwise (see the module's docstring)."""
    return Setup(sla=os.environ.get("HUMANDB_SLA") or "instant")


class DaveMagic:
    """``%dave`` and ``%%dave`` for one IPython session, with the session's own connection."""

    def __init__(self, shell: InteractiveShell) -> None:
        self.shell = shell
        self.connection: Connection | None = None
        self.setup = _defaults()

    def dave(self, line: str, cell: str | None = None) -> QueryResult | None:
        """Ask Dave: SQL or an English question; returns his answer (a humandb.QueryResult).

        %dave [options] SQL or question
        %%dave [options]  (then statements and questions, one or more lines)

        --con NAME          use the humandb connection in variable NAME, as it is
        --connect DATABASE  open DATABASE (":dave:", ":memory:" or a file) for this and later magics
        --sla SLA           instant (the default here), demo, realistic, or seconds per business hour
        --seed N            Dave's mood and wording follow the seed
        --exact             no rounding, no slips
        --mute              leave Dave's voice out of the output (HUMANDB_SOUND=0 does it for every magic)

        --connect, --sla, --seed and --exact describe the session's connection and stay until changed;
        --connect starts again from the defaults. A change opens a new connection: a fresh copy of
        Dave's company for ":dave:", the same data for a file. Statements end at their semicolons; a
        question is one line; the last result is returned. The magic commits when all went well and
        rolls back when a statement failed (a --con connection's transactions are left to you).
        """
        __tracebackhide__ = True  # IPython leaves this frame out of tracebacks
        options, text = parse(line)
        if cell is not None:
            text = f"{text}\n{cell}" if text else cell
        connection, ours = self._connection(options)
        if not requests(text, connection.settings.dialect):
            if options == Options():
                raise _usage("Ask Dave something: %dave SELECT COUNT(*) FROM orders, or %dave how many orders?")
            return None
        return self._ask(connection, text, ours, muted=options.mute or _muted_by_environment())

    def _ask(self, connection: Connection, text: str, ours: bool, *, muted: bool = False) -> QueryResult:
        from humandb.answer import QueryResult

        try:
            # The magic is one transaction: all of it, or none of it (committed when it is the session's own).
            answers = connection.ask(text, commit=ours)
        except errors.Error as error:
            # Dave's words and the cause are the whole story: the frames inside HumanDB, and the sqlite3
            # error the cause already names, would only bury them under the cell.
            raise error.with_traceback(None) from None
        result = QueryResult.from_answer(answers[-1], answers[-1].rows)
        result.postits = connection.postits  # after the commit: an eventual CREATE INDEX lands with it
        result.muted = muted
        return result

    def _connection(self, options: Options) -> tuple[Connection, bool]:
        """The connection to ask, and whether it is the session's own (to commit and roll back)."""
        if options.con is not None:
            return self._theirs(options), False
        base = _defaults() if options.database else self.setup
        wanted = replace(
            base,
            database=options.database or base.database,
            sla=options.sla or base.sla,
            seed=base.seed if options.seed is None else options.seed,
            exact=options.exact or base.exact,
        )
        if self.connection is None or self.connection.closed or wanted != self.setup:
            return self._open(wanted), True
        return self.connection, True

    def _theirs(self, options: Options) -> Connection:
        from humandb.connection import Connection

        if replace(options, con=None, mute=False) != Options():
            raise _usage("--con uses your connection as it is: --connect, --sla, --seed and --exact "
                         "describe the magic's own")
        value = self.shell.user_ns.get(str(options.con))
        if not isinstance(value, Connection):
            raise _usage(f"{options.con!r} is not a humandb connection in this session "
                         f"(con = humandb.connect(...), then %dave --con con SELECT ...)")
        return value

    def _open(self, setup: Setup) -> Connection:
        import humandb

        # Opened before the old one closes: a bad option leaves the session where it was.
        # The magic's options are text from the cell: connect() checks them at run time.
        opened = humandb.connect(setup.database, sla=cast(Any, setup.sla), seed=setup.seed, exact=setup.exact,
                                 show=False, sound=False, words=True)
        if self.connection is not None and not self.connection.closed:
            self.connection.close()
        self.connection, self.setup = opened, setup
        return opened

    def close(self) -> None:
        """Close the session's connection (each magic has committed its own work already)."""
        if self.connection is not None and not self.connection.closed:
            self.connection.close()
        self.connection = None


# `%dave how many orders?`: IPython reads a line ending in "?" as a request for help on an object, before any
# magic sees it. A question for Dave ends that way more often than not, so his lines are turned into the
# call the magic would have been, ahead of that reading.
_QUESTION_LINE = re.compile(r"^(?P<indent>\s*)(?P<assign>(?:[A-Za-z_]\w*\s*=\s*)?)%dave\b(?P<rest>.*\?)\s*$")


def questions_kept(lines: list[str]) -> list[str]:
    """IPython's cleanup step: a `%dave` line ending in "?" as the magic's call, so the "?" reaches Dave.

    >>> questions_kept(["%dave how many orders?\\n", "top = %dave who earns the most?", "%dave SELECT 1"])[1:]
    ["top = get_ipython().run_line_magic('dave', 'who earns the most?')", '%dave SELECT 1']
    """
    kept = []
    for line in lines:
        match = _QUESTION_LINE.match(line.rstrip("\n"))
        if match is None:
            kept.append(line)
            continue
        call = f"get_ipython().run_line_magic('dave', {match['rest'].strip()!r})"
        kept.append(f"{match['indent']}{match['assign']}{call}" + ("\n" if line.endswith("\n") else ""))
    return kept


def load_ipython_extension(ipython: InteractiveShell) -> None:
    """Register ``%dave`` and ``%%dave`` (``%load_ext humandb`` calls this)."""
    magic = DaveMagic(ipython)
    # IPython types this method with functools.wraps of MagicsManager.register_function, `self` and all.
    ipython.register_magic_function(magic.dave, magic_kind="line_cell", magic_name="dave")  # type: ignore[call-arg, arg-type]
    if questions_kept not in ipython.input_transformers_cleanup:
        ipython.input_transformers_cleanup.append(questions_kept)
