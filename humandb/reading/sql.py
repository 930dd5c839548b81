"""SQL in any sqlglot dialect → one parsed, classified statement that SQLite can run.

Parsing is the expensive part of a repeated statement, so `read` keeps what it read by (text, dialect):
the second execution of the same text never pays sqlglot again. What it keeps is bounded in bytes, not
in entries (a statement is kept without sqlglot's tree, which is a hundred times its text), and a text
longer than `LONGEST_KEPT` is never kept at all; neither is one that could not be read.

In DuckDB, HumanDB's default dialect, SQLite's ``x'00ff'`` blob literals are read too (DuckDB has
none): they are how HumanDB writes blobs in JSON, so an answer's values can be sent back as SQL.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import re
import sys
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from humandb.errors import ProgrammingError
from humandb.reading import habits
from humandb.reading.declared import keep_declared_types
from humandb.reading.habits import Copy
from humandb.reading.splitting import is_trigger

if TYPE_CHECKING:
    from sqlglot import exp

__all__ = ["KEPT_BYTES", "LONGEST_KEPT", "ROW_KINDS", "WRITE_KINDS", "Statement", "SyntaxProblem", "from_tree", "read"]

# Statement kinds whose execution can return rows, and those that change data or schema.
ROW_KINDS = frozenset({"select", "explain", "pragma", "summarize"})
WRITE_KINDS = frozenset({"insert", "update", "delete", "create", "drop", "alter"})

_EXPLAIN = re.compile(r"^\s*explain(\s+query\s+plan)?\s+", re.IGNORECASE)
# SQLite statements sqlglot cannot read (or reads as something else: ROLLBACK TO as a whole ROLLBACK).
# They are handed to SQLite as written; "savepoint" ones stay inside the transaction PEP 249 keeps open.
_VERBATIM = re.compile(
    r"^\s*(?:(?P<savepoint>savepoint|release|rollback(?:\s+transaction)?\s+to)|attach|detach)\b", re.IGNORECASE
)
_FILE_SUFFIXES = (".csv", ".tsv")
_READ_CSV = ("read_csv", "read_csv_auto")
_AGGREGATES = ("count", "sum", "avg", "min", "max", "median", "group_concat", "total")


@dataclass(frozen=True)
class Statement:
    """One statement as Dave reads it: the SQLite SQL to run plus what kind of work it is."""

    text: str
    sql: str
    kind: str
    tables: tuple[str, ...] = ()
    files: tuple[str, ...] = ()  # CSV/TSV paths it reads; the brain loads each as a table named by the path
    joins: int = 0
    grouped: bool = False
    ordered: bool = False
    distinct: bool = False
    aggregates: tuple[str, ...] = ()
    computed: tuple[bool, ...] = ()  # per result column: did the query compute it (vs. a stored value)
    subjects: tuple[str, ...] = ()  # per result column: the column it is about ("salary" for AVG(salary))
    filtered: bool = False
    aliases: tuple[tuple[str, str], ...] = ()  # (alias, table): SQLite's plan names tables by alias
    index: str = ""  # the index a CREATE INDEX or DROP INDEX is about
    index_columns: tuple[str, ...] = ()
    read_as: str = ""  # for an English question: how Dave read it ("average salary of employees ...")
    where: str = ""  # the WHERE, GROUP BY and ORDER BY as SQL text, for Dave to read out in a plan
    group_by: str = ""
    order_by: str = ""
    # Kind "other" (text HumanDB could not read, run as written): whether SQLite says it writes; None until
    # asked (see `undecided`). Asked of the brain, never kept in read's cache: it depends on the schema.
    sqlite_writes: bool | None = None
    copy: Copy | None = None  # kind "copy": DuckDB's COPY to or from a CSV file (see habits.py)

    @property
    def returns_rows(self) -> bool:
        return self.kind in ROW_KINDS

    @property
    def writes(self) -> bool:
        """Whether it changes data or schema, so it runs inside the transaction."""
        return self.kind in WRITE_KINDS or bool(self.sqlite_writes) or bool(self.copy is not None and self.copy.into)

    @property
    def undecided(self) -> bool:
        """Run as written without being read: only SQLite can say whether it writes (Store.writes)."""
        return self.kind == "other" and self.sqlite_writes is None

    def decided(self, writes: bool) -> Statement:
        """This statement with SQLite's word on whether it writes::

            if statement.undecided:
                statement = statement.decided(store.writes(statement.sql))
        """
        return dataclasses.replace(self, sqlite_writes=writes)

    @functools.cached_property
    def plain(self) -> bool:
        """A read with nothing around it (no files to load, no post-its, no plan to rewrite): the hot path."""
        return self.kind in ("select", "pragma") and not self.files

    def table_named(self, name: str) -> str:
        """The table behind a name SQLite's plan uses (an alias or the table itself)."""
        return dict(self.aliases).get(name, name)


@dataclass(frozen=True)
class SyntaxProblem:
    """Where and why the text could not be read: a plain description, and the line with a caret under the spot.

    >>> print(SyntaxProblem("something is missing after '+'", 1, 10, "+", "SELECT 1 +"))
    something is missing after '+' at line 1, column 10:
      SELECT 1 +
               ^
    """

    description: str
    line: int = 0
    column: int = 0
    near: str = ""
    source: str = ""  # the line of the statement the problem is on

    def __str__(self) -> str:
        if not self.line:
            return self.description
        where = f"{self.description} at line {self.line}, column {self.column}"
        if not self.source or len(self.source) > 200:
            return where + (f" near {self.near!r}" if self.near else "")
        return f"{where}:\n  {self.source}\n  {' ' * max(self.column - 1, 0)}^"


# What sqlglot says about a statement it cannot read, in the words a person would use. Its own messages
# name its classes ("missing for <class 'sqlglot.expressions.core.Add'>"), which mean nothing to a user.
_PLAIN = (
    (re.compile(r"^Required keyword: '\w+' missing for"), "something is missing {side} {near}"),
    (re.compile(r"^Invalid expression / Unexpected token"), "{near} was not expected here"),
    (re.compile(r"^Expecting \)"), "a closing parenthesis is missing"),
    (re.compile(r"^Expected table name"), "a table name is missing"),
    (re.compile(r"^Expected "), "something is missing before {near}"),
)


def _plain(description: str, near: str, *, last: bool = True) -> str:
    """sqlglot's description of a problem, said plainly (the caret shows where). `last`: sqlglot stopped at
    the text's last word, so what is missing comes after it ('SELECT 1 +'); else before ('SELECT 1 * FROM')."""
    quoted = repr(near) if near else "this point"
    for pattern, plain in _PLAIN:
        if pattern.search(description):
            return plain.format(near=quoted, side="after" if last else "before")
    return re.sub(r"<[^<>]*>", "it", description)  # no class or token reprs in the words


class UnreadableSQL(ProgrammingError):  # noqa: N818 - it is a ProgrammingError, named for the cause
    """The text is not SQL that sqlglot can read; carries the precise problem."""

    def __init__(self, problem: SyntaxProblem, dave: str = "") -> None:
        self.problem = problem
        super().__init__(dave or "Dave squints at the query and puts it back in the in-tray.", str(problem))


KEPT_BYTES = 4 * 2**20  # what read keeps, in all (an honest estimate: Statement.__sizeof__ and its strings)
LONGEST_KEPT = 20_000  # characters: a longer text is read every time, never kept


class CacheInfo(NamedTuple):
    hits: int
    misses: int
    maxsize: int  # in bytes
    currsize: int  # in statements
    bytes: int


class _Reader:
    """`read`, and what it keeps: the most recently read statements, least recently used out first,
    as many as fit in `budget` bytes. Safe to call from several threads at once."""

    def __init__(self, budget: int, longest: int) -> None:
        self.budget = budget
        self.longest = longest
        self._kept: OrderedDict[tuple[str, str], tuple[Statement, int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def __call__(self, text: str, dialect: str = "duckdb") -> Statement:
        """Parse `text` written in `dialect` into one Statement with SQLite SQL.

        >>> read("SELECT COUNT(*) FROM orders").sql
        'SELECT COUNT(*) FROM orders'
        >>> read("SELECT x'00ff' AS blob").sql
        "SELECT x'00ff' AS blob"
        """
        key = (text, dialect)
        kept = self._kept.get(key)
        if kept is not None:  # the hot path: no lock, as each of these steps is atomic
            self.hits += 1
            try:  # noqa: SIM105 - contextlib.suppress costs more than the rest of a hit
                self._kept.move_to_end(key)
            except KeyError:  # another thread has just let it go
                pass
            return kept[0]
        self.misses += 1
        statement = _read(text, dialect)
        if len(text) <= self.longest:
            self._keep(key, statement)
        return statement

    def _keep(self, key: tuple[str, str], statement: Statement) -> None:
        size = _footprint(statement) + sys.getsizeof(key)
        with self._lock:
            if key in self._kept or size > self.budget:
                return
            self._kept[key] = (statement, size)
            self._bytes += size
            while self._bytes > self.budget:
                _, (_, dropped) = self._kept.popitem(last=False)
                self._bytes -= dropped

    def kept(self, text: str, dialect: str = "duckdb") -> Statement | None:
        """The statement read from `text` before, if it is still kept (a dictionary lookup, nothing more)."""
        kept = self._kept.get((text, dialect))
        return kept[0] if kept is not None else None

    def cache_info(self) -> CacheInfo:
        return CacheInfo(self.hits, self.misses, self.budget, len(self._kept), self._bytes)

    def cache_clear(self) -> None:
        with self._lock:
            self._kept.clear()
            self._bytes = 0
            self.hits = self.misses = 0


def _footprint(statement: Statement) -> int:
    """About the bytes a kept statement holds: the object, its field table and what the fields hold."""
    return sys.getsizeof(statement) + sys.getsizeof(vars(statement)) + sum(
        _sized(value) for value in vars(statement).values()
    )


def _sized(value: Any) -> int:
    if isinstance(value, tuple):
        return sys.getsizeof(value) + sum(_sized(item) for item in value)
    return sys.getsizeof(value) if isinstance(value, str) and value else 0  # small ints, bools, "" are shared


read = _Reader(KEPT_BYTES, LONGEST_KEPT)


def _read(text: str, dialect: str) -> Statement:
    explained = _EXPLAIN.match(text)
    if explained:
        inner = read(text[explained.end() :], dialect)
        return dataclasses.replace(inner, text=text, sql=f"EXPLAIN QUERY PLAN {inner.sql}", kind="explain",
                                   computed=(), subjects=())
    verbatim = _VERBATIM.match(text)
    if verbatim:
        kind = "savepoint" if verbatim["savepoint"] else "other"
        return Statement(text=text, sql=text.strip().rstrip(";"), kind=kind)
    if ";" in text and is_trigger(text):  # one statement to SQLite, several to sqlglot: SQLite's reading wins
        return Statement(text=text, sql=text.strip().rstrip(";"), kind="other")
    from sqlglot import exp

    dialect = _with_blobs(dialect)
    keyword = habits.refused_keyword(text)
    if keyword is not None:  # DuckDB's own statements: said plainly, before sqlglot stumbles on some of them
        raise habits.NotHere(keyword)
    tree = _parse_one(text, dialect)
    _rewrite_for_sqlite(tree)
    if isinstance(tree, (exp.Create, exp.Alter)):
        keep_declared_types(tree, text, dialect)  # types as declared, not as sqlglot would spell them for SQLite
    return _classify(text, tree)


def from_tree(text: str, tree: exp.Expr, *, read_as: str = "") -> Statement:
    """The Statement for a tree built elsewhere (the English reader's), already in SQLite's terms: read once,
    never written out and parsed again. `text` is what the user typed; `read_as` how Dave read it."""
    return dataclasses.replace(_classify(text, tree), read_as=read_as)


@functools.cache
def _with_blobs(dialect: str) -> str:
    """The dialect to read `dialect` with: DuckDB as sqlglot knows it plus SQLite's x'…' blob literals
    (sqlglot registers the subclass under its own name, "duckdbwithblobs"); any other dialect as it is."""
    if dialect.lower() != "duckdb":
        return dialect
    from sqlglot.dialects.duckdb import DuckDB

    class DuckDBWithBlobs(DuckDB):
        class Tokenizer(DuckDB.Tokenizer):
            HEX_STRINGS = [("x'", "'"), ("X'", "'")]  # noqa: RUF012 - sqlglot's own attribute, a list there too

    return DuckDBWithBlobs.__name__.lower()


def _parse_one(text: str, dialect: str) -> exp.Expr:
    import sqlglot
    from sqlglot.errors import ParseError, TokenError

    _quiet_sqlglot()
    try:
        trees = [tree for tree in sqlglot.parse(text, read=dialect) if tree is not None]
    except ParseError as error:
        first = error.errors[0] if error.errors else {}
        line, column, near = int(first.get("line") or 0), int(first.get("col") or 0), str(first.get("highlight") or "")
        lines = text.splitlines()
        source = lines[line - 1] if 0 < line <= len(lines) else ""
        # sqlglot counts the column at the end of the token it stopped at: the caret goes under its start.
        start = column - len(near) + 1 if near and source[column - len(near):column] == near else column
        last = not (source[column:].strip() or any(rest.strip() for rest in lines[line:]))
        raise UnreadableSQL(SyntaxProblem(_plain(str(first.get("description", error)), near, last=last), line, start,
                                          near, source)) from None
    except TokenError:
        raise UnreadableSQL(SyntaxProblem("a quoted string, a quoted name or a comment is never closed")) from None
    if not trees:
        raise UnreadableSQL(SyntaxProblem("there is no statement in the text"))
    if len(trees) > 1:
        raise UnreadableSQL(SyntaxProblem(
            f"{len(trees)} statements in one execute(); send them one at a time or use executescript()"
        ))
    return trees[0]


@functools.cache
def _quiet_sqlglot() -> None:
    # sqlglot logs "falling back to Command" warnings; without a handler Python prints them to
    # stderr, which would break a clean stdout/stderr contract. We report problems ourselves.
    logging.getLogger("sqlglot").addHandler(logging.NullHandler())


def _rewrite_for_sqlite(tree: exp.Expr) -> None:
    """Close the gaps where sqlglot's SQLite output is not what SQLite needs (see SQLGLOT-NOTES)."""
    from sqlglot import exp

    for placeholder in list(tree.find_all(exp.Placeholder)):
        name = placeholder.name
        if name.isdigit():  # DuckDB/PostgreSQL $1 → SQLite's numbered ?1
            placeholder.replace(exp.var(f"?{name}"))
    for index in tree.find_all(exp.Index):
        for ordered in index.find_all(exp.Ordered):
            # Null ordering means nothing in an index column and SQLite rejects NULLS LAST there.
            ordered.set("nulls_first", not ordered.args.get("desc"))
    for group in tree.find_all(exp.Group):
        if group.args.get("all") and isinstance(group.parent, exp.Select):
            _expand_group_by_all(group.parent)
    _read_csv_as_table(tree)
    for trunc in list(tree.find_all(exp.TimestampTrunc, exp.DateTrunc)):
        unit = trunc.args.get("unit")
        trunc.replace(exp.Anonymous(this="date_trunc", expressions=[
            exp.Literal.string(unit.name.lower() if unit is not None else "day"), trunc.this,
        ]))


def _read_csv_as_table(tree: exp.Expr) -> None:
    """DuckDB's ``FROM read_csv('x.csv')`` becomes ``FROM "x.csv"``: the brain loads a file as a table
    named by its path, so the SQL stays the same text on every run (options such as header= are ignored:
    Dave reads every file the same way)."""
    from sqlglot import exp

    for table in list(tree.find_all(exp.Table)):
        call = table.this
        if isinstance(call, exp.ReadCSV) or (isinstance(call, exp.Anonymous) and call.name.lower() in _READ_CSV):
            table.set("this", exp.to_identifier(_csv_path(call), quoted=True))


def _csv_path(call: exp.Expr) -> str:
    from sqlglot import exp

    path = call.this if isinstance(call, exp.ReadCSV) else (call.expressions or [None])[0]
    if not (isinstance(path, exp.Literal) and path.is_string):
        # The path names the table, so it must be known before the statement runs: no parameters, no lists.
        raise UnreadableSQL(SyntaxProblem("read_csv takes one file path as a string, e.g. read_csv('sales.csv')"))
    return str(path.this)


def _expand_group_by_all(select: exp.Select) -> None:
    from sqlglot import exp

    keys = [
        item.this.copy() if isinstance(item, exp.Alias) else item.copy()
        for item in select.selects
        if not item.find(exp.AggFunc)
    ]
    select.set("group", exp.Group(expressions=keys) if keys else None)


_KINDS = {
    "Select": "select", "Union": "select", "Intersect": "select", "Except": "select",
    "Insert": "insert", "Update": "update", "Delete": "delete",
    "Create": "create", "Drop": "drop", "Alter": "alter",
    "Transaction": "begin", "Commit": "commit", "Rollback": "rollback",
    "Pragma": "pragma", "Command": "other", "Analyze": "other",
}


def _classify(text: str, tree: exp.Expr) -> Statement:
    from sqlglot import exp

    habit = _habit(text, tree)
    if habit is not None:
        return habit
    kind = _KINDS.get(type(tree).__name__)
    if kind is None:
        raise UnreadableSQL(SyntaxProblem(
            f"{tree.sql()!r} is an expression, not a statement (did you mean SELECT {tree.sql()}?)"
        ), "Dave reads it twice. It looks like part of a question, not a whole one.")
    # A bare Command is text sqlglot did not understand: hand SQLite the user's own words.
    sql = text.strip().rstrip(";") if kind == "other" else tree.sql(dialect="sqlite")
    ctes = {cte.alias for cte in tree.find_all(exp.CTE)}
    tables = tuple(dict.fromkeys(t.name for t in tree.find_all(exp.Table) if t.name and t.name not in ctes))
    index, index_columns = _index(tree)
    if isinstance(tree, exp.Drop) and index:
        tables = ()  # DROP INDEX names the index where a table would be
    select = tree if isinstance(tree, exp.Select) else tree.find(exp.Select)
    aggregates = tuple(dict.fromkeys(
        type(fn).__name__.lower() for fn in tree.find_all(exp.AggFunc)
    ))
    return Statement(
        text=text,
        sql=sql,
        kind=kind,
        tables=tables,
        files=_files(tree, ctes),
        joins=len(list(tree.find_all(exp.Join))),
        grouped=tree.find(exp.Group) is not None,
        ordered=tree.find(exp.Order) is not None,
        distinct=bool(select is not None and select.args.get("distinct")),
        aggregates=tuple(a for a in aggregates if a in _AGGREGATES) or aggregates,
        computed=tuple(_is_computed(item) for item in _selects(tree)),
        subjects=tuple(_subject(item) for item in _selects(tree)),
        filtered=tree.find(exp.Where) is not None,
        aliases=tuple((t.alias, t.name) for t in tree.find_all(exp.Table) if t.alias),
        index=index,
        index_columns=index_columns,
        where=_clause(tree, exp.Where),
        group_by=_clause(tree, exp.Group),
        order_by=_clause(tree, exp.Order),
    )


def _habit(text: str, tree: exp.Expr) -> Statement | None:
    """DuckDB's statements without a SQLite twin: DESCRIBE, SUMMARIZE and COPY read into what the brain does,
    the rest refused as not supported here (see habits.py)."""
    from sqlglot import exp

    keyword = habits.refused_tree(tree)
    if keyword is not None:
        raise habits.NotHere(keyword)
    if isinstance(tree, exp.Describe):
        if not isinstance(tree.this, exp.Table):
            raise habits.NotHere("describe of anything but a table")
        return Statement(text=text, sql=habits.describe_sql(tree.this.name), kind="select", tables=(tree.this.name,))
    if isinstance(tree, exp.Summarize):
        source = tree.this
        query = source if not isinstance(source, exp.Table) else exp.select("*").from_(source.copy())
        inner = _classify(text, query)
        return dataclasses.replace(inner, kind="summarize", computed=(), subjects=())
    if isinstance(tree, exp.Copy):
        copy = habits.copy_of(tree)
        tables = (copy.into,) if copy.into else tuple(dict.fromkeys(t.name for t in tree.find_all(exp.Table)))
        return Statement(text=text, sql=copy.query, kind="copy", tables=tables, copy=copy)
    return None


def _index(tree: exp.Expr) -> tuple[str, tuple[str, ...]]:
    """The index name (and its columns) of CREATE INDEX / DROP INDEX; empty for anything else."""
    from sqlglot import exp

    if str(tree.args.get("kind") or "").upper() != "INDEX":
        return "", ()
    if isinstance(tree, exp.Create) and isinstance(tree.this, exp.Index):
        return tree.this.name, tuple(column.name for column in tree.this.find_all(exp.Column))
    if isinstance(tree, exp.Drop):
        target = tree.find(exp.Table)
        return (target.name if target is not None else ""), ()
    return "", ()


def _clause(tree: exp.Expr, kind: type[exp.Expr]) -> str:
    """One clause of the outermost query, as SQL without its keyword ("amount > 100")."""
    clause = tree.args.get(kind.key)
    if clause is None:
        return ""
    if kind.key == "where":
        return str(clause.this.sql(dialect="sqlite"))
    return ", ".join(item.sql(dialect="sqlite") for item in clause.expressions)


def _files(tree: exp.Expr, ctes: set[str]) -> tuple[str, ...]:
    """The CSV/TSV files a statement reads: unqualified table names that end like a file (DuckDB style).

    The table a CREATE, ALTER or DROP is about is not read, so its file is not loaded first (dropping
    the table of a deleted file must still work); ``main."x.csv"`` names a real table, never a file.
    """
    from sqlglot import exp

    if isinstance(tree, exp.Drop):
        return ()
    target = tree.this.this if isinstance(tree.this, exp.Schema) else tree.this
    skipped = target if isinstance(tree, (exp.Create, exp.Alter)) else None
    return tuple(dict.fromkeys(
        table.name for table in tree.find_all(exp.Table)
        if table is not skipped and not table.db and table.name not in ctes
        and table.name.lower().endswith(_FILE_SUFFIXES)
    ))


def _selects(tree: exp.Expr) -> list[exp.Expr]:
    from sqlglot import exp

    if not isinstance(tree, exp.Select) or any(isinstance(item, exp.Star) for item in tree.selects):
        return []  # a star or a set operation: the columns are not knowable from the text alone
    return list(tree.selects)


def _is_computed(item: exp.Expr) -> bool:
    from sqlglot import exp

    inner = item.this if isinstance(item, exp.Alias) else item
    return not isinstance(inner, (exp.Column, exp.Literal, exp.Null, exp.Boolean))


def _subject(item: exp.Expr) -> str:
    from sqlglot import exp

    column = item.find(exp.Column)
    return column.name if column is not None else ""
