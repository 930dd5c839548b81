"""The interactive shell, ``humandb shell [DATABASE]``, in the spirit of the sqlite3 and DuckDB shells.

A thin layer over the public API: it reads lines, hands each finished input (statements, or an English
question) to ``connection.ask`` — the one request loop, one transaction per input — and prints the
rows in the chosen mode on stdout. Dave's transcript and spinner are the connection's own business (on
stderr, when it shows them). With a terminal and prompt_toolkit it has history and completion; with
piped input it runs the input as a script.
"""

from __future__ import annotations

import contextlib
import os
import re
import shlex
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import humandb
from humandb import formats
from humandb.reading.requests import complete, requests
from humandb.settings import Preset, Tier

if TYPE_CHECKING:
    from prompt_toolkit.completion import Completer

__all__ = ["main"]

PROMPT, CONTINUE = "humandb> ", "    ...> "
MODES = formats.FORMATS
DOT_COMMANDS = (".help", ".tables", ".schema", ".postits", ".mood", ".snack", ".sla", ".sound", ".exact", ".mode",
                ".read", ".import", ".quit", ".exit")
KEYWORDS = tuple("""
    SELECT FROM WHERE GROUP BY ORDER HAVING LIMIT OFFSET JOIN LEFT RIGHT INNER OUTER FULL CROSS ON USING AS
    AND OR NOT IN IS NULL LIKE BETWEEN EXISTS CASE WHEN THEN ELSE END DISTINCT ALL UNION INTERSECT EXCEPT
    INSERT INTO VALUES UPDATE SET DELETE CREATE TABLE INDEX VIEW DROP ALTER ADD COLUMN PRIMARY KEY
    REFERENCES DEFAULT UNIQUE CHECK IF BEGIN COMMIT ROLLBACK EXPLAIN WITH ASC DESC COUNT SUM AVG MIN MAX
    INTEGER TEXT REAL DATE TIMESTAMP GUT_FEELING VIBES
""".split())
HELP = """\
Statements end with ';' and may span lines. A question in English ends at the end of its line.
.help                     this text
.tables                   the tables Dave keeps
.schema [TABLE]           the CREATE statements (of one table)
.postits                  Dave's monitor and the post-its on it (one per index)
.mood                     how Dave is holding up
.snack NAME               offer Dave a snack (coffee, donut, bagel, pizza, ...)
.sla [PRESET|SECONDS]     show the SLA, or switch (instant, demo, realistic, or seconds per business hour)
.sound on|off             Dave's office sounds
.exact on|off             exact values instead of Dave's rounding
.mode table|csv|json|markdown
                          how results are printed (csv and json carry the exact values)
.read FILE                run a script of statements, questions and dot-commands
.import FILE.csv TABLE    copy a CSV file into a table (created if it is missing)
.quit, .exit              leave (Ctrl-D too); Ctrl-C cancels the query Dave is working on
"""
Row = tuple[Any, ...]
Reader = Callable[[str], str]


class Misuse(Exception):  # noqa: N818 - named for what happened, like the library's NotUnderstood
    """A dot-command used wrongly: one friendly line, and the shell goes on."""


def main(
    database: str = ":dave:",
    *,
    sla: Preset | float | None = None,
    seed: int | None = None,
    sound: bool | None = None,
    tier: Tier = "free",
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the shell on `database` until the input ends or `.quit`; the exit status.

    With a terminal on stdin it prompts; otherwise it runs the piped input as a script and returns 1
    if any statement failed (it keeps going after a failure), else 0.
    """
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    interactive = _isatty(stdin)
    try:
        connection = humandb.connect(database, sla=sla, seed=seed, sound=sound, tier=tier)
        shell = Shell(connection, database, stdout, stderr, interactive=interactive)
    except humandb.Error as error:
        print(error, file=stderr)
        return 1
    try:
        if interactive:
            _prompt_loop(shell, _reader(shell, stdin, stdout, stderr))
        else:
            shell.run_script(stdin.read())
    except KeyboardInterrupt:  # only a script gets here: at the prompt Ctrl-C cancels one query
        print("Cancelled.", file=stderr)
        shell.close()
        return 130
    except BrokenPipeError:  # the reader of the results went away (| head): stop quietly, like a filter
        _silence(stdout)
        shell.close()
        return 1
    shell.close()
    return 1 if shell.failures and not interactive else 0


class Shell:
    """One session at the prompt: the connection, the output mode, and the lines of an open statement."""

    def __init__(
        self, connection: humandb.Connection, database: str, out: TextIO, err: TextIO, *, interactive: bool = False
    ) -> None:
        self.connection, self.database = connection, database
        self.out, self.err = out, err
        self.interactive = interactive
        self.mode = "table"
        self.failures = 0
        self.finished = False
        self._lines: list[str] = []
        self._schema: dict[str, tuple[str, ...]] | None = None
        self._reading: set[Path] = set()

    # -- input -----------------------------------------------------------------------------

    @property
    def continuing(self) -> bool:
        """A statement is open: the next line continues it."""
        return bool(self._lines)

    def feed(self, line: str) -> None:
        """One line typed or read; runs what it completes: a dot-command, a question, or statements."""
        if not self._lines and line.lstrip().startswith("."):
            self._attempt(self._dot, line.strip())
            return
        if not self._lines and not requests(line, self._dialect):
            return  # blank lines and lone comments, as sqlite3 skips them
        self._lines.append(line)
        text = "\n".join(self._lines)
        if complete(text):
            self._lines = []
            self._attempt(self._ask, text)

    def discard(self) -> None:
        """Forget the open statement (Ctrl-C at the prompt)."""
        self._lines = []

    def finish(self) -> None:
        """The input ended: a last statement without its ';' still runs."""
        text, self._lines = "\n".join(self._lines), []
        if text.strip():
            self._attempt(self._ask, text)

    def run_script(self, text: str) -> None:
        for line in text.splitlines():
            if self.finished:
                return
            self.feed(line)
        self.finish()

    def close(self) -> None:
        """Dave finishes his in-tray (so eventual writes are kept), then says goodbye if he is shown."""
        try:
            self.connection.commit()
        except humandb.Error as error:
            self._fail(str(error))
        except KeyboardInterrupt:
            self._fail("Not waiting for Dave's in-tray: the writes still in it are dropped.")
        self.connection.close()

    # -- running ---------------------------------------------------------------------------

    def _attempt(self, action: Callable[[str], None], text: str) -> None:
        """Run one request; Dave's refusals and a Ctrl-C end that request, not the shell."""
        try:
            action(text)
        except (humandb.Error, Misuse) as error:
            self._fail(str(error))
        except KeyboardInterrupt:
            if not self.interactive:
                raise
            self._fail("Query cancelled.")

    def _ask(self, text: str) -> None:
        formats.one_table(self.connection, self.mode, self.out)  # the stage is made again when settings change
        answers = self.connection.ask(text)
        if any(answer.outcome.columns is None for answer in answers):
            self._schema = None  # DDL, an import, a write: the table and column names may have changed
        formats.write_answers(answers, self.mode, self.out, shown=self.connection.settings.show)

    @property
    def _dialect(self) -> str:
        return self.connection.settings.dialect

    def _fail(self, message: str) -> None:
        self.failures += 1
        print(message, file=self.err, flush=True)

    def _say(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    # -- what completion knows ---------------------------------------------------------------

    def schema(self) -> dict[str, tuple[str, ...]]:
        """Table (and view) names with their columns, looked up again after anything that may change them."""
        if self._schema is None:
            self._schema = self.connection.tables()
        return self._schema

    def words(self) -> list[str]:
        """What Tab may complete outside a dot-command: keywords, tables and columns."""
        try:
            schema = self.schema()
        except humandb.Error:
            schema = {}  # a lookup that fails must not break typing
        names = {*schema, *(column for columns in schema.values() for column in columns)}
        return [*KEYWORDS, *sorted(names)]

    # -- dot-commands ------------------------------------------------------------------------

    def _dot(self, line: str) -> None:
        try:
            name, *args = shlex.split(line)
        except ValueError as error:
            raise Misuse(f"Dave can't read that command ({error}).") from None
        command = self.commands().get(name.lower())
        if command is None:
            raise Misuse(f"Dave doesn't know the command {name}. Try .help.")
        command(args)

    def commands(self) -> dict[str, Callable[[list[str]], None]]:
        """The dot-commands, by name; each takes its arguments as words."""
        return {
            ".help": self._help, ".tables": self._tables, ".schema": self._schema_of, ".postits": self._postits,
            ".mood": self._mood, ".snack": self._snack, ".sla": self._sla, ".sound": self._sound,
            ".exact": self._exact, ".read": self._read, ".import": self._import, ".mode": self._mode,
            ".quit": self._quit, ".exit": self._quit,
        }

    def _help(self, args: list[str]) -> None:
        self.out.write(HELP)

    def _tables(self, args: list[str]) -> None:
        _arguments(args, 0, ".tables")
        for table in sorted(self.schema(), key=str.lower):
            self._say(table)

    def _schema_of(self, args: list[str]) -> None:
        named = _arguments(args, 0, ".schema [TABLE]", optional=1)
        table = named[0] if named else None
        found = self.connection.schema(table)
        if table is not None and not found:
            raise Misuse(f"Dave has no table called {table}.")
        for sql in found:
            self._say(f"{sql};")

    def _postits(self, args: list[str]) -> None:
        from humandb.stage.terminal import Terminal

        _arguments(args, 0, ".postits")
        Terminal(self.out).bezel(self.connection.postits)
        waiting = self.connection.pending
        if waiting:  # inside BEGIN ... COMMIT a CREATE INDEX waits in the in-tray with the other writes
            writes = "one write" if waiting == 1 else f"{waiting} writes"
            self._say(f"Dave's in-tray still holds {writes}: a post-it goes up when its CREATE INDEX lands "
                      "(COMMIT waits for them).")

    def _mood(self, args: list[str]) -> None:
        _arguments(args, 0, ".mood")
        mood = self.connection.mood
        state = "tired: a .snack coffee would help" if mood.tired else "holding up"
        bar = "█" * round(mood.energy * 10)
        self._say(f"Dave's energy: {bar:░<10} {mood.energy:.0%} ({state})")

    def _snack(self, args: list[str]) -> None:
        name = " ".join(args).strip()
        if not name:
            raise Misuse("Usage: .snack NAME (coffee, donut, bagel, pizza, ...)")
        reply = self.connection.offer_snack(name)
        if not self.connection.settings.show:  # when shown, the connection already printed his reply
            self._say(reply)

    def _sla(self, args: list[str]) -> None:
        if not args:
            settings = self.connection.settings
            self._say(f"SLA: {settings.sla} (one business hour takes {settings.seconds_per_hour:g} real seconds)")
            return
        self.connection.configure(sla=_arguments(args, 1, ".sla [instant|demo|realistic|SECONDS]")[0])
        self._say(f"SLA: {self.connection.settings.sla}")

    def _sound(self, args: list[str]) -> None:
        self.connection.configure(sound=_switch(args, ".sound on|off"))

    def _exact(self, args: list[str]) -> None:
        self.connection.configure(exact=_switch(args, ".exact on|off"))

    def _mode(self, args: list[str]) -> None:
        if not args:
            self._say(f"mode: {self.mode}")
            return
        mode = _arguments(args, 1, ".mode " + "|".join(MODES))[0].lower()
        if mode not in MODES:
            raise Misuse(f"Dave only writes results as {', '.join(MODES)}.")
        self.mode = mode

    def _read(self, args: list[str]) -> None:
        path = Path(_arguments(args, 1, ".read FILE")[0]).expanduser()
        if path.resolve() in self._reading:
            raise Misuse(f"Dave is already reading {path}: a script can't read itself.")
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise Misuse(f"Dave can't read {path} ({error}).") from None
        self._reading.add(path.resolve())
        try:
            self.run_script(text)
        finally:
            self._reading.discard(path.resolve())

    def _import(self, args: list[str]) -> None:
        path, table = _arguments(args, 2, ".import FILE.csv TABLE")
        self.connection.import_csv(os.path.expanduser(path), table)
        self._schema = None

    def _quit(self, args: list[str]) -> None:
        self.finished = True


# -- reading input ------------------------------------------------------------------------------


def _prompt_loop(shell: Shell, read: Reader) -> None:
    while not shell.finished:
        try:
            line = read(CONTINUE if shell.continuing else PROMPT)
        except KeyboardInterrupt:
            shell.discard()  # Ctrl-C while typing drops the statement, as in sqlite3
            continue
        except EOFError:
            return
        shell.feed(line)


def _reader(shell: Shell, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> Reader:
    """prompt_toolkit when it is installed; else plain lines with a printed prompt."""
    # The banner and prompts belong on the terminal even when the results go to a file.
    screen = stdout if _isatty(stdout) else stderr
    print(f"humandb {humandb.__version__}: Dave is at his desk with {shell.database}. "
          "Enter .help for help, Ctrl-D to leave.", file=screen, flush=True)
    try:
        from prompt_toolkit import PromptSession
        from prompt_toolkit.input import create_input
        from prompt_toolkit.output import create_output
    except ImportError:
        return _plain_reader(stdin, screen)
    session: PromptSession[str] = PromptSession(
        history=_history(), completer=completer(shell), complete_while_typing=False,
        input=create_input(stdin), output=create_output(screen),
    )
    return session.prompt


def _plain_reader(stdin: TextIO, stdout: TextIO) -> Reader:
    def read(prompt: str) -> str:
        stdout.write(prompt)
        stdout.flush()
        line = stdin.readline()
        if not line:
            raise EOFError
        return line.rstrip("\n")

    return read


def data_dir() -> Path:
    """Where the shell keeps its history: HUMANDB_DATA_DIR, else the XDG data directory."""
    if os.environ.get("HUMANDB_DATA_DIR"):
        return Path(os.environ["HUMANDB_DATA_DIR"])
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "humandb"


def _history() -> Any:
    from prompt_toolkit.history import FileHistory, InMemoryHistory

    try:
        data_dir().mkdir(parents=True, exist_ok=True)
    except OSError:
        return InMemoryHistory()  # a read-only home still gets a working shell, just no memory of it
    return FileHistory(str(data_dir() / "history"))


def completer(shell: Shell) -> Completer:
    """Tab completion: dot-commands at the start of a line, else SQL keywords, tables and columns."""
    from prompt_toolkit.completion import Completer, Completion
    from prompt_toolkit.document import Document

    class Words(Completer):
        def get_completions(self, document: Document, complete_event: Any) -> Iterator[Completion]:
            before = document.text_before_cursor
            names: Sequence[str]
            if not shell.continuing and re.fullmatch(r"\s*\.\w*", before):
                word, names = before.strip(), DOT_COMMANDS
            else:
                word, names = _last_word(before), shell.words()
            for name in _matching(word, names):
                yield Completion(name, -len(word))

    return Words()


def _last_word(text: str) -> str:
    match = re.search(r"\w+$", text)  # after "orders." too: columns complete after their table
    return match.group() if match else ""


def _matching(word: str, names: Iterable[str]) -> Iterator[str]:
    for name in names:
        if name.lower().startswith(word.lower()) and name.lower() != word.lower():
            # Keywords follow the case being typed; table and column names keep their own.
            yield name.lower() if name in KEYWORDS and word.islower() else name


# -- dot-command arguments --------------------------------------------------------------------


def _arguments(args: list[str], count: int, usage: str, *, optional: int = 0) -> list[str]:
    if not count <= len(args) <= count + optional:
        raise Misuse(f"Usage: {usage}")
    return args


def _switch(args: list[str], usage: str) -> bool:
    word = _arguments(args, 1, usage)[0].lower()
    if word not in ("on", "off"):
        raise Misuse(f"Usage: {usage}")
    return word == "on"


def _silence(stream: TextIO) -> None:
    # Python would report the broken pipe again when it flushes the stream at exit.
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a replaced or closed stream
        return False


