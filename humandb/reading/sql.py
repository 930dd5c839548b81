"""SQL in any sqlglot dialect → one parsed, classified statement that SQLite can run.

Parsing is the expensive part of a repeated statement, so `read` is cached by (text, dialect):
the second execution of the same text never pays sqlglot again.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from humandb.errors import ProgrammingError

if TYPE_CHECKING:
    from sqlglot import exp

__all__ = ["ROW_KINDS", "WRITE_KINDS", "Statement", "SyntaxProblem", "read"]

# Statement kinds whose execution can return rows, and those that change data or schema.
ROW_KINDS = frozenset({"select", "explain", "pragma"})
WRITE_KINDS = frozenset({"insert", "update", "delete", "create", "drop", "alter"})

_EXPLAIN = re.compile(r"^\s*explain(\s+query\s+plan)?\s+", re.IGNORECASE)
_AGGREGATES = ("count", "sum", "avg", "min", "max", "median", "group_concat", "total")


@dataclass(frozen=True)
class Statement:
    """One statement as Dave reads it: the SQLite SQL to run plus what kind of work it is."""

    text: str
    sql: str
    kind: str
    tables: tuple[str, ...] = ()
    joins: int = 0
    grouped: bool = False
    ordered: bool = False
    distinct: bool = False
    aggregates: tuple[str, ...] = ()
    computed: tuple[bool, ...] = ()  # per result column: did the query compute it (vs. a stored value)
    subjects: tuple[str, ...] = ()  # per result column: the column it is about ("salary" for AVG(salary))
    filtered: bool = False
    aliases: tuple[tuple[str, str], ...] = ()  # (alias, table): SQLite's plan names tables by alias
    expression: exp.Expr | None = field(default=None, compare=False, repr=False)

    @property
    def returns_rows(self) -> bool:
        return self.kind in ROW_KINDS

    @property
    def writes(self) -> bool:
        return self.kind in WRITE_KINDS

    def table_named(self, name: str) -> str:
        """The table behind a name SQLite's plan uses (an alias or the table itself)."""
        return dict(self.aliases).get(name, name)


@dataclass(frozen=True)
class SyntaxProblem:
    """Where and why sqlglot could not read the text."""

    description: str
    line: int = 0
    column: int = 0
    near: str = ""

    def __str__(self) -> str:
        where = f" at line {self.line}, column {self.column}" if self.line else ""
        near = f" near {self.near!r}" if self.near else ""
        return f"{self.description}{where}{near}"


class UnreadableSQL(ProgrammingError):  # noqa: N818 - it is a ProgrammingError, named for the cause
    """The text is not SQL that sqlglot can read; carries the precise problem."""

    def __init__(self, problem: SyntaxProblem, dave: str = "") -> None:
        self.problem = problem
        super().__init__(dave or "Dave squints at the query and puts it back in the in-tray.", str(problem))


@functools.lru_cache(maxsize=2048)
def read(text: str, dialect: str = "duckdb") -> Statement:
    """Parse `text` written in `dialect` into one Statement with SQLite SQL.

    >>> read("SELECT COUNT(*) FROM orders").sql
    'SELECT COUNT(*) FROM orders'
    """
    explained = _EXPLAIN.match(text)
    if explained:
        inner = read(text[explained.end() :], dialect)
        return dataclasses.replace(inner, text=text, sql=f"EXPLAIN QUERY PLAN {inner.sql}", kind="explain",
                                   computed=(), subjects=())
    tree = _parse_one(text, dialect)
    _rewrite_for_sqlite(tree)
    return _classify(text, tree)


def _parse_one(text: str, dialect: str) -> exp.Expr:
    import sqlglot
    from sqlglot.errors import ParseError, TokenError

    _quiet_sqlglot()
    try:
        trees = [tree for tree in sqlglot.parse(text, read=dialect) if tree is not None]
    except ParseError as error:
        first = error.errors[0] if error.errors else {}
        raise UnreadableSQL(SyntaxProblem(
            str(first.get("description", error)), int(first.get("line") or 0),
            int(first.get("col") or 0), str(first.get("highlight") or ""),
        )) from error
    except TokenError as error:
        raise UnreadableSQL(SyntaxProblem(f"could not split the text into tokens ({error})")) from error
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
    for trunc in list(tree.find_all(exp.TimestampTrunc, exp.DateTrunc)):
        unit = trunc.args.get("unit")
        trunc.replace(exp.Anonymous(this="date_trunc", expressions=[
            exp.Literal.string(unit.name.lower() if unit is not None else "day"), trunc.this,
        ]))


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
    "Insert": "insert", "Update": "update", "Delete": "delete", "Merge": "update",
    "Create": "create", "Drop": "drop", "Alter": "alter",
    "Transaction": "begin", "Commit": "commit", "Rollback": "rollback",
    "Pragma": "pragma", "Command": "other", "Analyze": "other",
}


def _classify(text: str, tree: exp.Expr) -> Statement:
    from sqlglot import exp

    kind = _KINDS.get(type(tree).__name__)
    if kind is None:
        raise UnreadableSQL(SyntaxProblem(
            f"{tree.sql()!r} is an expression, not a statement (did you mean SELECT {tree.sql()}?)"
        ), "Dave reads it twice. It looks like part of a question, not a whole one.")
    # A bare Command is text sqlglot did not understand: hand SQLite the user's own words.
    sql = text.strip().rstrip(";") if kind == "other" else tree.sql(dialect="sqlite")
    ctes = {cte.alias for cte in tree.find_all(exp.CTE)}
    tables = tuple(dict.fromkeys(t.name for t in tree.find_all(exp.Table) if t.name and t.name not in ctes))
    select = tree if isinstance(tree, exp.Select) else tree.find(exp.Select)
    aggregates = tuple(dict.fromkeys(
        type(fn).__name__.lower() for fn in tree.find_all(exp.AggFunc)
    ))
    return Statement(
        text=text,
        sql=sql,
        kind=kind,
        tables=tables,
        joins=len(list(tree.find_all(exp.Join))),
        grouped=tree.find(exp.Group) is not None,
        ordered=tree.find(exp.Order) is not None,
        distinct=bool(select is not None and select.args.get("distinct")),
        aggregates=tuple(a for a in aggregates if a in _AGGREGATES) or aggregates,
        computed=tuple(_is_computed(item) for item in _selects(tree)),
        subjects=tuple(_subject(item) for item in _selects(tree)),
        filtered=tree.find(exp.Where) is not None,
        aliases=tuple((t.alias, t.name) for t in tree.find_all(exp.Table) if t.alias),
        expression=tree,
    )


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
