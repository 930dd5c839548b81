"""Column types kept as the user declared them.

SQLite accepts any type name and only derives an *affinity* from it; tools that read the schema back
(SQLAlchemy reflection, pandas, sqlite-utils, datasette) go by the name itself. sqlglot's SQLite output
renames types (BOOLEAN → INTEGER, TIMESTAMP → TIMESTAMPNTZ, VARCHAR(20) → TEXT, DECIMAL(18,3) → REAL),
so a CREATE TABLE or ADD COLUMN keeps the user's own spelling of each column's type, exactly as
sqlite3 would, unless SQLite would then store the values differently from what the type means in the
dialect it was written in (DuckDB's STRING would get NUMERIC affinity and turn '007' into 7): then
sqlglot's SQLite spelling stands.

    >>> import sqlglot
    >>> text = "CREATE TABLE t (ok BOOLEAN, at TIMESTAMP, name VARCHAR(20) NOT NULL, code STRING)"
    >>> tree = sqlglot.parse_one(text, read="duckdb")
    >>> keep_declared_types(tree, text, "duckdb")
    >>> tree.sql(dialect="sqlite")
    'CREATE TABLE t (ok BOOLEAN, at TIMESTAMP, name VARCHAR(20) NOT NULL, code TEXT)'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from humandb.types import affinity

if TYPE_CHECKING:
    from sqlglot import Token, exp

__all__ = ["keep_declared_types"]

# Words that end a type name and begin a column constraint (SQLite's grammar, and DuckDB's and PostgreSQL's).
_CONSTRAINT_WORDS = frozenset({
    "CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK", "DEFAULT", "COLLATE", "REFERENCES", "GENERATED",
    "AS", "AUTOINCREMENT", "ON",
})
# One word, or several that the tokenizer keeps as one token ("DOUBLE PRECISION").
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?: [A-Za-z_][A-Za-z0-9_]*)*\Z")


def _storage(declared: str) -> str:
    """How values are kept: as text, as bytes, or as numbers where they look like numbers (INTEGER, REAL and
    NUMERIC differ only in how they keep 1.0 and in CAST, never in what a value means)."""
    kind = affinity(declared)
    return kind if kind in ("TEXT", "BLOB") else "NUMBER"


def keep_declared_types(tree: exp.Expr, text: str, dialect: str) -> None:
    """Give every column definition of a CREATE TABLE or ALTER TABLE its type as written in `text`."""
    from sqlglot import exp
    from sqlglot.dialects.dialect import Dialect

    definitions = [d for d in tree.find_all(exp.ColumnDef) if d.args.get("kind") is not None and d.this.meta]
    if not definitions:
        return
    tokens = Dialect.get_or_raise(dialect).tokenize(text)
    ends = {token.end: position for position, token in enumerate(tokens)}
    for definition in definitions:
        after = ends.get(definition.this.meta.get("end", -1))
        written = _type_text(tokens, after + 1, text) if after is not None else None
        kind = definition.args["kind"]
        if written and _storage(written) == _storage(kind.sql(dialect="sqlite")):
            definition.set("kind", exp.DataType(this=exp.DataType.Type.USERDEFINED, kind=written))


def _type_text(tokens: list[Token], start: int, text: str) -> str | None:
    """The type name written from token `start` on: words, then perhaps (n) or (n, m), as SQLite reads a type.

    None when what follows the column name is anything else (an array, a struct): sqlglot's spelling stays.
    """
    at = start
    while at < len(tokens) and _is_word(tokens[at], text):
        at += 1
    if at == start:
        return None
    last = at - 1
    if at < len(tokens) and tokens[at].text == "(":
        close = _size_end(tokens, at + 1)
        if close is None:
            return None
        last, at = close, close + 1
    if at < len(tokens) and not (tokens[at].text in (",", ")") or _begins_constraint(tokens[at])):
        return None
    return text[tokens[start].start : tokens[last].end + 1]


def _is_word(token: Token, text: str) -> bool:
    return bool(_WORD.match(token.text)) and not _begins_constraint(token) and text[token.start] not in "\"'`["


def _begins_constraint(token: Token) -> bool:
    # The tokenizer keeps some pairs as one token ("PRIMARY KEY", "NOT NULL"): its first word decides.
    words = token.text.split()
    return bool(words) and words[0].upper() in _CONSTRAINT_WORDS


def _size_end(tokens: list[Token], at: int) -> int | None:
    """The position of the ')' closing a size such as (20), (18, 3) or (18,-3); None if it is not one."""
    for _ in range(2):
        if at < len(tokens) and tokens[at].text in ("-", "+"):
            at += 1
        if not (at < len(tokens) and tokens[at].text.isdigit()):
            return None
        at += 1
        if at < len(tokens) and tokens[at].text == ")":
            return at
        if not (at < len(tokens) and tokens[at].text == ","):
            return None
        at += 1
    return None
