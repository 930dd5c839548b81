"""SQLAlchemy dialect: ``create_engine("humandb://")`` puts Dave behind SQLAlchemy Core, the ORM and pandas.

It is SQLAlchemy's SQLite dialect (Dave's brain is SQLite) with humandb as the DBAPI, so every statement,
SQLAlchemy's own PRAGMAs and reflection queries included, goes through Dave. Needs ``pip install
'humandb-dave[sqlalchemy]'``; the dialect is registered as the ``humandb`` entry point, nothing to import.

URLs:

- ``humandb://``: Dave's sample company (``":dave:"``), a fresh copy in memory;
- ``humandb:///:memory:``: an empty database in memory;
- ``humandb:///company.brain`` (relative) or ``humandb:////srv/company.brain`` (absolute): a file.

The query string carries :func:`humandb.connect` options, converted to their types: ``sla`` (a preset or
real seconds per business hour), ``exact``, ``show``, ``sound``, ``sandbox`` (true/false), ``seed`` (int),
``accuracy``, ``scale`` and ``timeout`` (floats), ``tier``, ``dialect``, ``user``, ``birthday``,
``consistency``, ``voice``. An unknown option or a value of the wrong type is a
:class:`humandb.InterfaceError` from ``create_engine``. Options that are not text (a ``clock``, a
``Sandbox`` of your own) go in ``connect_args``.

The defaults are ``connect()``'s, so a script gets Dave's demo SLA (each statement takes him a second or
so, SQLAlchemy's own bookkeeping included: say ``?sla=instant`` to skip the wait) and shows or plays
nothing unless it runs in a terminal. Two defaults differ, because SQLAlchemy needs them:
``dialect=sqlite`` (SQLAlchemy writes SQLite's SQL; read as DuckDB's it could mean something else) and
``consistency=strong`` (the ORM reads back at once what it writes: RETURNING, rowcount, lastrowid, which
Dave's in-tray would only acknowledge; ``?consistency=eventual`` suits Core statements that need none
of those back).

Without ``exact=true``, what Dave computes (``COUNT``, ``SUM``, ``AVG``, …) comes back the way he reads
numbers out: two significant figures, and now and then a slip. Stored values pass through untouched, so the
ORM's keys and objects are the real ones. With ``exact=true`` every result equals SQLite's.

Pools: a database in memory lives in its connection, so ``humandb://`` and ``humandb:///:memory:`` keep
one connection per thread (``SingletonThreadPool``, as SQLAlchemy does for SQLite's ``:memory:``): writes
persist for the engine's life in that thread, and each engine, like each thread, has its own copy.
A humandb connection belongs to the thread that opened it (``threadsafety = 1``), so a file gets a fresh
connection for every checkout (``NullPool``) and works from any thread. ``poolclass=`` overrides both.

Savepoints (``begin_nested()``) work as in SQLite. SQLite's ``REGEXP`` (``regexp_match``) is missing:
Dave has no such function.

    >>> from sqlalchemy import create_engine, text
    >>> engine = create_engine("humandb://?sla=instant&exact=true&show=false&sound=false")
    >>> with engine.connect() as connection:
    ...     connection.execute(text("SELECT COUNT(*) FROM products")).scalar_one()
    120
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import pool, util
from sqlalchemy.dialects.sqlite.base import SQLiteDialect
from sqlalchemy.exc import ArgumentError

from humandb import errors

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.engine.interfaces import (
        ConnectArgsType,
        DBAPIConnection,
        DBAPICursor,
        DBAPIModule,
        IsolationLevel,
    )
    from sqlalchemy.engine.url import URL
    from sqlalchemy.pool import PoolProxiedConnection

__all__ = ["HumanDBDialect"]

SAMPLE = ":dave:"
MEMORY = ":memory:"

_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off")


def _flag(value: str) -> bool:
    if value.lower() in _TRUE:
        return True
    if value.lower() in _FALSE:
        return False
    raise ValueError(f"{value!r} is not one of {', '.join(_TRUE + _FALSE)}")


def _sla(value: str) -> str | float:
    """A preset by name, or real seconds per business hour."""
    try:
        return float(value)
    except ValueError:
        return value


# connect()'s options that fit in a URL, and how their text becomes a value.
OPTIONS: dict[str, Callable[[str], Any]] = {
    "sla": _sla, "exact": _flag, "show": _flag, "sound": _flag, "sandbox": _flag,
    "seed": int, "accuracy": float, "scale": float, "timeout": float, "words": _flag,
    "tier": str, "dialect": str, "user": str, "birthday": str, "consistency": str, "voice": str,
}

# Where an engine's defaults differ from connect()'s (see the module docstring for why).
ENGINE_DEFAULTS: dict[str, Any] = {"dialect": "sqlite", "consistency": "strong"}


def connect_options(url: URL) -> dict[str, Any]:
    """The URL's query string as connect() keyword arguments, with the engine's defaults filled in.

    >>> from sqlalchemy.engine import make_url
    >>> connect_options(make_url("humandb://?sla=instant&exact=true&seed=7"))
    {'sla': 'instant', 'exact': True, 'seed': 7, 'dialect': 'sqlite', 'consistency': 'strong'}
    """
    options: dict[str, Any] = {}
    for name, raw in url.query.items():
        convert = OPTIONS.get(name)
        if convert is None:
            raise errors.InterfaceError(
                "Dave reads the URL twice. He doesn't take that option.",
                f"unknown humandb URL option {name!r}; the options are {', '.join(sorted(OPTIONS))}",
            )
        if not isinstance(raw, str):  # ?seed=1&seed=2
            raise errors.InterfaceError("Dave needs one answer, not a list.", f"{name} is given {len(raw)} times")
        try:
            options[name] = convert(raw)
        except ValueError as error:
            raise errors.InterfaceError("Dave can't make that value out.", f"{name}={raw!r}: {error}") from None
    return {**options, **{name: value for name, value in ENGINE_DEFAULTS.items() if name not in options}}


def database_of(url: URL) -> str:
    """The database a URL names: Dave's sample when it names none, a file path made absolute once
    (so connections opened later, after a chdir, find the same file)."""
    database = url.database or SAMPLE
    return database if database in (SAMPLE, MEMORY) else os.path.abspath(database)


class HumanDBDialect(SQLiteDialect):
    """SQLite's dialect, with humandb (and so Dave) as the DBAPI."""

    name = "humandb"
    driver = "humandb"
    default_paramstyle = "qmark"
    supports_statement_cache = True  # SQLAlchemy asks each dialect class to say so itself
    returns_native_bytes = True  # sqlite3 hands BLOBs back as bytes, and Dave passes them on

    def __init__(self, **kwargs: Any) -> None:
        # SQLite's dialect reads the SQLite version off its DBAPI module (sqlite3.sqlite_version_info)
        # to decide on RETURNING, multi-row VALUES and the like. Dave's brain is the standard library's
        # sqlite3, so the dialect is set up against that module; humandb is the DBAPI from then on.
        dbapi = kwargs.pop("dbapi", None)
        super().__init__(dbapi=cast("DBAPIModule", sqlite3) if dbapi is not None else None, **kwargs)
        self.dbapi = dbapi

    @classmethod
    def import_dbapi(cls) -> DBAPIModule:
        import humandb

        return cast("DBAPIModule", humandb)

    def retrieve_dbapi_version(self, dbapi: DBAPIModule) -> util.VersionInfo:
        return util.parse_version_string(cast(ModuleType, dbapi).__version__)

    @classmethod
    def get_pool_class(cls, url: URL) -> type[pool.Pool]:
        if database_of(url) in (SAMPLE, MEMORY):
            return pool.SingletonThreadPool  # the database lives in the connection: keep it
        return pool.NullPool  # a connection stays in its thread; a file can be opened again anywhere

    def create_connect_args(self, url: URL) -> ConnectArgsType:
        if url.username or url.password or url.host or url.port:
            raise ArgumentError(
                f"Invalid humandb URL: {url}\nDave works locally: humandb:// (his sample company), "
                "humandb:///:memory: or humandb:///path/to/file.brain"
            )
        return [database_of(url)], connect_options(url)

    def _get_server_version_info(self, connection: Connection) -> tuple[int, ...]:
        return sqlite3.sqlite_version_info  # the brain's SQLite; no need to trouble Dave for it

    def get_default_isolation_level(self, dbapi_conn: DBAPIConnection) -> IsolationLevel:
        # A new connection is always SQLite's SERIALIZABLE (humandb never shares a cache), so the first
        # connect does not cost a PRAGMA's worth of Dave's time.
        return "SERIALIZABLE"

    def detect_autocommit_setting(self, dbapi_conn: DBAPIConnection) -> bool:
        return False  # humandb always runs PEP 249 transactions: the first write opens one

    def do_close(self, dbapi_connection: DBAPIConnection) -> None:
        # Closed already (PEP 249 lets a second close() raise, and humandb's does), or opened in another
        # thread (threadsafety = 1), which a pool's dispose() may reach: either way, nothing left to do.
        with contextlib.suppress(errors.ProgrammingError):
            dbapi_connection.close()

    def is_disconnect(
        self,
        e: DBAPIModule.Error,
        connection: PoolProxiedConnection | DBAPIConnection | None,
        cursor: DBAPICursor | None,
    ) -> bool:
        return isinstance(e, errors.ProgrammingError) and "connection is closed" in str(e)

    def get_table_names(
        self, connection: Connection, schema: str | None = None, sqlite_include_internal: bool = False, **kw: Any
    ) -> list[str]:
        # HumanDB's own tables (Dave's post-its, birthdays) are his desk, not the user's data.
        # (SQLAlchemy leaves the SQLite dialect's reflection methods unannotated.)
        names = super().get_table_names(  # type: ignore[no-untyped-call]
            connection, schema, sqlite_include_internal, **kw
        )
        return [str(name) for name in names if sqlite_include_internal or not str(name).startswith("humandb_")]

