"""HumanDB: the world's first human-powered analytical database. Blazingly slow. Emotionally consistent.

    >>> import humandb
    >>> con = humandb.connect(sla="instant", show=False, sound=False)
    >>> con.execute("SELECT COUNT(*) FROM employees").fetchone()[0] > 200
    True

Everything is imported lazily (PEP 562), so ``import humandb`` costs about as much as ``import sqlite3``.
"""

from __future__ import annotations

import importlib

from humandb.version import __version__

# typing costs more to import than sqlite3 itself; the annotations here are only for type checkers.
TYPE_CHECKING = False

# PEP 249 module globals.
apilevel = "2.0"
threadsafety = 1  # threads may share the module, but not connections
paramstyle = "qmark"  # named :name parameters are accepted too

_LAZY = {
    # PEP 249 exceptions
    **dict.fromkeys(
        ("Warning", "Error", "InterfaceError", "DatabaseError", "DataError", "OperationalError",
         "IntegrityError", "InternalError", "ProgrammingError", "NotSupportedError"),
        "humandb.errors",
    ),
    # PEP 249 type objects and constructors
    **dict.fromkeys(
        ("Date", "Time", "Timestamp", "DateFromTicks", "TimeFromTicks", "TimestampFromTicks", "Binary",
         "STRING", "BINARY", "NUMBER", "DATETIME", "ROWID"),
        "humandb.types",
    ),
    "Connection": "humandb.connection",
    "Cursor": "humandb.cursor",
    "connect": "humandb.api",
    "query": "humandb.api",
    "Answer": "humandb.answer",
    "QueryResult": "humandb.answer",
    "Stage": "humandb.stage.performance",
    "FakeClock": "humandb.stage.clock",
    "RealClock": "humandb.stage.clock",
    "Sandbox": "humandb.brain.guard",
}

__all__ = [
    "BINARY", "DATETIME", "NUMBER", "ROWID", "STRING", "Answer", "Binary", "Connection", "Cursor", "DataError",
    "DatabaseError", "Date", "DateFromTicks", "Error", "FakeClock", "IntegrityError", "InterfaceError",
    "InternalError", "NotSupportedError", "OperationalError", "ProgrammingError", "QueryResult", "RealClock",
    "Sandbox", "Stage", "Time", "TimeFromTicks", "Timestamp", "TimestampFromTicks", "Warning", "__version__",
    "apilevel", "connect", "paramstyle", "query", "threadsafety",
]

if TYPE_CHECKING:
    from typing import Any

    from humandb.answer import Answer, QueryResult
    from humandb.api import connect, query
    from humandb.brain.guard import Sandbox
    from humandb.connection import Connection
    from humandb.cursor import Cursor
    from humandb.errors import (
        DatabaseError,
        DataError,
        Error,
        IntegrityError,
        InterfaceError,
        InternalError,
        NotSupportedError,
        OperationalError,
        ProgrammingError,
        Warning,  # noqa: A004 - the PEP 249 name
    )
    from humandb.stage.clock import FakeClock, RealClock
    from humandb.stage.performance import Stage
    from humandb.types import (
        BINARY,
        DATETIME,
        NUMBER,
        ROWID,
        STRING,
        Binary,
        Date,
        DateFromTicks,
        Time,
        TimeFromTicks,
        Timestamp,
        TimestampFromTicks,
    )


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'humandb' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # the next lookup is a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


def load_ipython_extension(ipython: Any) -> None:
    """``%load_ext humandb``: the ``%dave`` and ``%%dave`` magics (see humandb/integrations/ipython.py)."""
    from humandb.integrations.ipython import load_ipython_extension as load

    load(ipython)
