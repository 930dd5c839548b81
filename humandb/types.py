"""PEP 249 type objects and constructors.

``cursor.description`` reports a type code per column: the SQLite storage class the value (or the
declared column type) has, such as ``"TEXT"`` or ``"INTEGER"``. The type objects compare equal to
every type code of their group, as the PEP asks::

    >>> from humandb.types import NUMBER, STRING
    >>> "INTEGER" == NUMBER, "TEXT" == STRING
    (True, True)
"""

from __future__ import annotations

import datetime
import time

__all__ = [
    "BINARY",
    "DATETIME",
    "NUMBER",
    "ROWID",
    "STRING",
    "Binary",
    "Date",
    "DateFromTicks",
    "Time",
    "TimeFromTicks",
    "Timestamp",
    "TimestampFromTicks",
    "affinity",
    "type_code_for_value",
]

Date = datetime.date
Time = datetime.time
Timestamp = datetime.datetime


def DateFromTicks(ticks: float) -> datetime.date:  # noqa: N802 - PEP 249 name
    return Date(*time.localtime(ticks)[:3])


def TimeFromTicks(ticks: float) -> datetime.time:  # noqa: N802 - PEP 249 name
    return Time(*time.localtime(ticks)[3:6])


def TimestampFromTicks(ticks: float) -> datetime.datetime:  # noqa: N802 - PEP 249 name
    return Timestamp(*time.localtime(ticks)[:6])


def Binary(string: bytes | bytearray | memoryview | str) -> bytes:  # noqa: N802 - PEP 249 name
    return string.encode() if isinstance(string, str) else bytes(string)


class DBAPITypeObject:
    """A type object that compares equal to each of its type codes."""

    def __init__(self, name: str, *codes: str) -> None:
        self.name = name
        self.codes = frozenset(codes)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, DBAPITypeObject):
            return self.codes == other.codes
        return other in self.codes

    def __hash__(self) -> int:
        return hash(self.codes)

    def __repr__(self) -> str:
        return f"<humandb type {self.name}>"


STRING = DBAPITypeObject("STRING", "TEXT")
BINARY = DBAPITypeObject("BINARY", "BLOB")
NUMBER = DBAPITypeObject("NUMBER", "INTEGER", "REAL", "NUMERIC")
DATETIME = DBAPITypeObject("DATETIME", "DATE", "TIME", "TIMESTAMP")
ROWID = DBAPITypeObject("ROWID", "ROWID")

_VALUE_CODES: dict[type, str] = {
    int: "INTEGER",
    bool: "INTEGER",
    float: "REAL",
    str: "TEXT",
    bytes: "BLOB",
    datetime.date: "DATE",
    datetime.datetime: "TIMESTAMP",
    datetime.time: "TIME",
}


def type_code_for_value(value: object) -> str | None:
    """The type code of a value as SQLite returned it, or None for NULL."""
    return None if value is None else _VALUE_CODES.get(type(value), "TEXT")


def affinity(declared: str) -> str:
    """SQLite's column affinity for a declared type name (the rules of "Datatypes In SQLite", 3.1).

    >>> affinity("VARCHAR(20)"), affinity("BOOLEAN"), affinity("DOUBLE PRECISION"), affinity("")
    ('TEXT', 'NUMERIC', 'REAL', 'BLOB')
    """
    name = declared.upper()
    if "INT" in name:
        return "INTEGER"
    if any(part in name for part in ("CHAR", "CLOB", "TEXT")):
        return "TEXT"
    if "BLOB" in name or not name.strip():
        return "BLOB"
    if any(part in name for part in ("REAL", "FLOA", "DOUB")):
        return "REAL"
    return "NUMERIC"
