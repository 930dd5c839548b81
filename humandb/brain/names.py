"""SQL identifiers: one way to quote a name, whatever it holds (spaces, quotes, a keyword)."""

from __future__ import annotations

__all__ = ["quote"]


def quote(name: str) -> str:
    """The name as an SQL identifier, double-quoted with inner quotes doubled.

    >>> quote('my "odd" table')
    '"my ""odd"" table"'
    """
    return '"' + name.replace('"', '""') + '"'
