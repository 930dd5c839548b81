"""DuckDB habits: the statements of the default dialect that have no SQLite twin, read into what the brain
can do, or refused plainly.

- ``DESCRIBE t`` becomes a query over SQLite's ``pragma_table_info``, shaped like DuckDB's answer.
- ``SUMMARIZE t`` (or ``SUMMARIZE SELECT ...``) is a read whose SQL the pipeline writes once it knows the
  columns (kind "summarize"): Dave loves summarising.
- ``COPY (query) TO 'file.csv'`` and ``COPY t FROM 'file.csv'`` carry a `Copy`, which the brain carries out.
- ``SET``, ``USE``, ``CALL``, ``INSTALL``, ``LOAD``, ``EXPORT``, ``IMPORT``, ``SHOW``, ``PIVOT``, ``MERGE`` and
  their kind are DuckDB's own: refused as not supported here, with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from humandb.errors import NotSupportedError

if TYPE_CHECKING:
    from sqlglot import exp

__all__ = ["Copy", "NotHere", "describe_sql", "refused_keyword", "refused_tree"]

# Statements DuckDB (and others) have that SQLite has none of, by the first word of the text.
_NOT_HERE = frozenset({
    "set", "reset", "use", "call", "install", "load", "export", "import", "show", "pivot", "unpivot", "merge",
    "checkpoint", "force", "grant", "revoke", "truncate",
})
_NOT_HERE_TREES = frozenset({"Set", "Use", "Install", "Show", "Pivot", "Unpivot", "Merge", "Grant", "Revoke",
                             "TruncateTable"})


@dataclass(frozen=True)
class Copy:
    """A COPY: to a CSV file (`query` is the SQLite SQL whose rows are written) or from one into `table`."""

    path: str
    into: str = ""  # COPY table FROM path: the table
    query: str = ""  # COPY (query) / table TO path: what is written
    header: bool = True
    delimiter: str = ","


class NotHere(NotSupportedError):  # noqa: N818 - a NotSupportedError, named for what it says
    """A statement of another database that SQLite (Dave's brain) has nothing like."""

    def __init__(self, keyword: str) -> None:
        super().__init__(
            f"Dave has heard of {keyword.upper()}. His filing cabinet is SQLite, and it doesn't do that here.",
            f"{keyword.upper()} is not supported here: HumanDB's brain is SQLite (see README: DuckDB habits)",
        )


def refused_keyword(text: str) -> str | None:
    """The statement's first word if no SQLite statement starts with it (DuckDB's SET, USE, CALL, …); None
    otherwise. Asked of SQL text before it is parsed: sqlglot cannot read some of these at all."""
    words = text.strip().split(None, 2)
    first = words[0].lower().rstrip(";") if words else ""
    return first if first in _NOT_HERE else None


def refused_tree(tree: exp.Expr) -> str | None:
    """The keyword of a parsed statement SQLite has no counterpart for (however it was spelled); None
    otherwise."""
    name = type(tree).__name__
    if name in _NOT_HERE_TREES:
        return name.lower()
    if name == "Command" and str(tree.this).lower() in _NOT_HERE:
        return str(tree.this).lower()
    return None


def describe_sql(table: str) -> str:
    """DESCRIBE t as a query over SQLite's own schema, with DuckDB's columns."""
    from sqlglot import exp

    name = exp.Literal.string(table).sql(dialect="sqlite")
    return ("SELECT name AS column_name, type AS column_type, CASE WHEN \"notnull\" THEN 'NO' ELSE 'YES' END AS "
            "\"null\", CASE WHEN pk THEN 'PRI' END AS \"key\", dflt_value AS \"default\", NULL AS extra "
            f"FROM pragma_table_info({name}) ORDER BY cid")


def copy_of(tree: exp.Expr) -> Copy:
    """The COPY a tree asks for; NotSupportedError for the forms the brain does not do (several files,
    credentials, formats other than CSV)."""
    from sqlglot import exp

    files = tree.args.get("files") or []
    if len(files) != 1 or not (isinstance(files[0], exp.Literal) and files[0].is_string):
        raise NotHere("copy to or from anything but one CSV file")
    path = str(files[0].this)
    options = {str(param.this.name).lower(): param.args.get("expression") for param in tree.args.get("params") or []}
    if str(options.get("format") or "csv").strip("'\"").lower() not in ("csv", "'csv'"):
        raise NotHere("copy in a format other than CSV")
    header_value = options.get("header")
    header = True if header_value is None else str(header_value.sql()).lower() not in ("false", "0")
    delimiter = options.get("delimiter") or options.get("delim") or options.get("sep")
    separator = str(delimiter.this) if isinstance(delimiter, exp.Literal) else ","
    source = tree.this
    if tree.args.get("kind"):  # FROM: into a table
        if not isinstance(source, exp.Table):
            raise NotHere("copy from a file into anything but a table")
        return Copy(path, into=source.name, header=header, delimiter=separator)
    query = source.this if isinstance(source, exp.Subquery) else exp.select("*").from_(source)
    return Copy(path, query=query.sql(dialect="sqlite"), header=header, delimiter=separator)


SUMMARY_COLUMNS = ("column_name", "column_type", "min", "max", "approx_unique", "avg", "count", "null_percentage")


def summarize_sql(sql: str, columns: list[tuple[str, str]]) -> str:
    """SUMMARIZE as one query over `sql`: a row per column (name, declared type) with DuckDB's figures
    (min, max, distinct values, the average of the numbers, the count, how many are NULL)."""
    from sqlglot import exp

    def literal(text: str) -> str:
        return str(exp.Literal.string(text).sql(dialect="sqlite"))

    def name(text: str) -> str:
        return '"' + text.replace('"', '""') + '"'

    rows = [
        f"SELECT {literal(column)} AS column_name, {literal(kind)} AS column_type, MIN({name(column)}) AS min, "
        f"MAX({name(column)}) AS max, COUNT(DISTINCT {name(column)}) AS approx_unique, "
        f"AVG(CASE WHEN typeof({name(column)}) IN ('integer', 'real') THEN {name(column)} END) AS avg, "
        f"COUNT(*) AS count, ROUND(100.0 * (COUNT(*) - COUNT({name(column)})) / MAX(COUNT(*), 1), 1) "
        f"AS null_percentage FROM summarized"
        for column, kind in columns
    ]
    return f"WITH summarized AS ({sql}) " + " UNION ALL ".join(rows)
