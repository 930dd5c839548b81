"""Types are stored as declared: what a CREATE TABLE says is what SQLite keeps, and what tools read back.

Tools that don't hear Dave (SQLAlchemy, pandas) must get exactly what they get from sqlite3 for the same
DDL, so each check here runs the same thing on ``sqlite://`` and on ``humandb://`` and compares.
"""

from __future__ import annotations

import datetime
import decimal
import sqlite3
from pathlib import Path

import pandas
import pytest
import sqlalchemy
from sqlalchemy import Boolean, Column, DateTime, Integer, MetaData, Numeric, String, Table, create_engine, inspect

import humandb


def _columns(con: humandb.Connection, table: str) -> list[tuple[str, str]]:
    return [(row[1], row[2]) for row in con.execute(f"PRAGMA table_info({table})").fetchall()]


@pytest.mark.parametrize(("dialect", "ddl", "declared"), [
    ("duckdb", "CREATE TABLE t (ok BOOLEAN, at TIMESTAMP, born DATE, price DECIMAL(18,3), name VARCHAR(20) NOT NULL, "
               "big HUGEINT, doc JSON, ratio DOUBLE PRECISION)",
     ["BOOLEAN", "TIMESTAMP", "DATE", "DECIMAL(18,3)", "VARCHAR(20)", "HUGEINT", "JSON", "DOUBLE PRECISION"]),
    ("postgres", "CREATE TABLE t (ok boolean DEFAULT false, at timestamp with time zone, code varchar (8) UNIQUE)",
     ["boolean", "timestamp with time zone", "varchar (8)"]),
    ("sqlite", "CREATE TABLE t (ok BOOLEAN, at DATETIME, anything whatever, untyped)",
     ["BOOLEAN", "DATETIME", "whatever", ""]),
    ("mysql", "CREATE TABLE t (flag TINYINT(1), at DATETIME, body LONGTEXT)", ["TINYINT(1)", "DATETIME", "LONGTEXT"]),
])
def test_create_table_keeps_each_type_as_written(dialect: str, ddl: str, declared: list[str]) -> None:
    con = humandb.connect(":memory:", sla="instant", exact=True, dialect=dialect)
    con.execute(ddl)
    assert [kind for _, kind in _columns(con, "t")] == declared
    reference = sqlite3.connect(":memory:")
    if dialect == "sqlite":  # the same DDL, word for word, gives the same schema as sqlite3's
        reference.execute(ddl)
        assert con.schema() == [row[0] for row in reference.execute("SELECT sql FROM sqlite_master")]


def test_add_column_keeps_its_type_as_written(memory: humandb.Connection) -> None:
    memory.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)")
    memory.execute("ALTER TABLE t ADD COLUMN code VARCHAR(3)")
    memory.execute("ALTER TABLE t ADD COLUMN live BOOLEAN NOT NULL DEFAULT false")
    assert _columns(memory, "t") == [("id", "INTEGER"), ("code", "VARCHAR(3)"), ("live", "BOOLEAN")]


@pytest.mark.parametrize(("written", "stored"), [("STRING", "TEXT"), ("BYTEA", "BLOB")])
def test_a_name_sqlite_would_store_differently_gets_the_standard_spelling(written: str, stored: str) -> None:
    # DuckDB's STRING is text; kept as written, SQLite would give it NUMERIC affinity and turn '007' into 7.
    con = humandb.connect(":memory:", sla="instant", exact=True, dialect="postgres" if written == "BYTEA" else "duckdb")
    con.execute(f"CREATE TABLE t (v {written})")
    assert _columns(con, "t") == [("v", stored)]
    if written == "STRING":
        con.execute("INSERT INTO t VALUES ('007')")
        assert con.execute("SELECT v, typeof(v) FROM t").fetchall() == [("007", "text")]


def _table(metadata: MetaData) -> Table:
    return Table("accounts", metadata, Column("id", Integer, primary_key=True), Column("active", Boolean),
                 Column("joined", DateTime), Column("balance", Numeric(18, 3)), Column("code", String(20)))


def _round_trip(url: str) -> tuple[list[tuple[str, str]], list[tuple[object, ...]], dict[str, str]]:
    engine = create_engine(url)
    metadata = MetaData()
    table = _table(metadata)
    metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(sqlalchemy.insert(table), [
            {"active": True, "joined": datetime.datetime(2026, 4, 1, 9, 30), "balance": decimal.Decimal("12.345"),
             "code": "A-1"},
            {"active": False, "joined": datetime.datetime(2025, 1, 2, 17, 0), "balance": decimal.Decimal("0.5"),
             "code": "B-2"},
        ])
    reflected = [(column["name"], repr(column["type"])) for column in inspect(engine).get_columns("accounts")]
    with engine.connect() as connection:
        rows = [tuple(row) for row in connection.execute(sqlalchemy.select(Table("accounts", MetaData(),
                                                                                 autoload_with=engine)))]
        frame = pandas.read_sql_table("accounts", connection)
    engine.dispose()
    return reflected, rows, {name: str(kind) for name, kind in frame.dtypes.items()}


def test_booleans_timestamps_and_decimals_round_trip_as_on_sqlite(tmp_path: Path) -> None:
    theirs = _round_trip(f"sqlite:///{tmp_path / 'plain.db'}")
    ours = _round_trip(f"humandb:///{tmp_path / 'dave.brain'}?sla=instant&exact=true")
    assert ours == theirs
    reflected, rows, dtypes = ours
    assert dict(reflected)["active"] == "BOOLEAN()" and dtypes["joined"].startswith("datetime64")
    assert rows[0][1] is True and rows[0][2] == datetime.datetime(2026, 4, 1, 9, 30)
