"""What one input asks, in order: its SQL statements and English questions.

One way to read an input, for every face (the shell, ``humandb query``, ``humandb.query()``, the web
and the notebook magics all go through ``Connection.ask``, which reads with this): SQL statements end
at their semicolons, where SQLite would end them (see script.py); an English question ends with its
line, since a question has no semicolon to wait for.

    >>> requests("CREATE INDEX ix ON orders(customer_id);\\nhow many orders are there?\\nSELECT 1; SELECT 2")
    ['CREATE INDEX ix ON orders(customer_id)', 'how many orders are there?', 'SELECT 1', 'SELECT 2']
    >>> requests("how many orders; were returned?")
    ['how many orders; were returned?']
"""

from __future__ import annotations

import sqlite3

from humandb.reading.splitting import statements
from humandb.reading.sql import UnreadableSQL
from humandb.reading.sql_or_english import is_english

__all__ = ["complete", "requests"]


def requests(text: str, dialect: str = "duckdb") -> list[str]:
    """The requests of `text`, each as written (without its semicolon)."""
    if is_english(text) and "\n" not in text.strip():
        return [text.strip().rstrip(";").rstrip()]
    found: list[str] = []
    sql: list[str] = []
    for line in text.splitlines():
        if not sql and is_english(line):
            found.append(line.strip().rstrip(";").rstrip())
        elif sql or line.strip():
            sql.append(line)
            if _complete_sql("\n".join(sql)):
                found.extend(_split("\n".join(sql), dialect))
                sql = []
    if sql:
        found.extend(_split("\n".join(sql), dialect))  # a last statement without its ';' still counts
    return [request for request in found if request]


def complete(text: str) -> bool:
    """The text is a whole request: a question (at its line's end), or SQL that SQLite would call complete
    (it ends at a ';' outside any string, comment or trigger body)."""
    return is_english(text) or _complete_sql(text)


def _complete_sql(text: str) -> bool:
    # SQLite's C API reads up to a NUL; sqlite3 refuses one outright. A NUL is never a statement's end.
    return sqlite3.complete_statement(text.replace("\x00", " "))


def _split(text: str, dialect: str) -> list[str]:
    try:
        return statements(text, dialect)
    except UnreadableSQL:
        return [text.strip()]  # Dave says what he cannot read when he tries to run it
