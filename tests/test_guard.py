"""The sandbox: SQL from strangers, on a real in-memory copy of Dave's company, one hostile input per guard.

After every refusal the same connection must still answer, with the data exactly as it was.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import humandb
from humandb.brain import store as brain
from humandb.brain.guard import Sandbox, sqlite_heap
from humandb.reading.sql import read
from humandb.stage.clock import FakeClock
from tests.conftest import TODAY, said_from

FOREVER = "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) "
ORDERS = 18_000


def visitor(sandbox: Sandbox | bool = True, **options: object) -> humandb.Connection:
    return humandb.connect(":dave:", sla="instant", show=False, sound=False, exact=True, seed=5, words=True,
                           sandbox=sandbox, **options)  # type: ignore[arg-type]


@pytest.fixture
def con() -> Iterator[humandb.Connection]:
    """A visitor's brain; afterwards it must still answer, with the orders untouched."""
    connection = visitor()
    before = fingerprint(connection)
    yield connection
    assert connection.execute("SELECT COUNT(*) FROM orders").fetchone() == (ORDERS,)
    assert fingerprint(connection) == before
    connection.close()


def fingerprint(connection: humandb.Connection) -> tuple[object, ...]:
    row = connection.execute("SELECT COUNT(*), SUM(amount), MAX(ordered_at) FROM orders").fetchone()
    assert row is not None
    return (*row, tuple(connection.schema()))


def refused(connection: humandb.Connection, sql: str, limit: str) -> humandb.Error:
    with pytest.raises(humandb.Error) as caught:
        connection.execute(sql)
    assert caught.value.limit == limit, caught.value
    assert caught.value.dave and caught.value.cause
    return caught.value


# -- forbidden: nothing outside the brain ---------------------------------------------------


def test_attach_is_forbidden(con: humandb.Connection, tmp_path: Path) -> None:
    refused(con, "ATTACH ':memory:' AS elsewhere", "forbidden")
    refused(con, f"ATTACH DATABASE '{tmp_path / 'stolen.db'}' AS elsewhere", "forbidden")
    refused(con, "DETACH DATABASE elsewhere", "forbidden")
    assert not (tmp_path / "stolen.db").exists()


def test_attach_is_refused_by_sqlite_itself() -> None:
    # The pipeline never hands ATTACH to SQLite (sqlglot cannot read it); the authorizer is the real wall.
    store = brain.Store(":dave:", sandbox=Sandbox())
    try:
        with pytest.raises(sqlite3.DatabaseError, match=r"not authorized|too many attached"):
            store.run("ATTACH ':memory:' AS elsewhere")
    finally:
        store.close()


@pytest.mark.parametrize("sql", [
    "PRAGMA writable_schema = 1",
    "PRAGMA journal_mode = OFF",
    "PRAGMA max_page_count = 1000000000",
    "PRAGMA schema_version = 1",
    "PRAGMA temp.max_page_count = 1000000000",
])
def test_pragmas_that_change_anything_are_forbidden(con: humandb.Connection, sql: str) -> None:
    error = refused(con, sql, "forbidden")
    assert said_from("error.forbidden", error.dave)


def test_pragmas_that_only_describe_are_allowed(con: humandb.Connection) -> None:
    assert ("amount",) in [(row[1],) for row in con.execute("PRAGMA table_info(orders)").fetchall()]
    assert con.execute("SELECT COUNT(*) FROM pragma_table_info('orders')").fetchone() == (7,)


def test_vacuum_into_a_file_is_forbidden(con: humandb.Connection, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    refused(con, f"VACUUM INTO '{copy}'", "forbidden")
    assert not copy.exists()


def test_extensions_are_forbidden(con: humandb.Connection) -> None:
    refused(con, "SELECT load_extension('/usr/lib/evil.so')", "forbidden")


def test_files_are_not_read(con: humandb.Connection, tmp_path: Path) -> None:
    secret = tmp_path / "secret.csv"
    secret.write_text("name,password\nroot,hunter2\n")
    refused(con, f"SELECT * FROM '{secret}'", "forbidden")
    refused(con, f"SELECT * FROM read_csv('{secret}')", "forbidden")
    with pytest.raises(humandb.ProgrammingError) as caught:
        con.load_csv(secret)
    assert caught.value.limit == "forbidden"
    assert "secret" not in " ".join(con.tables())


# -- time ------------------------------------------------------------------------------------


def test_a_statement_that_runs_for_ever_is_stopped(con: humandb.Connection) -> None:
    started = time.monotonic()
    error = refused(con, FOREVER + "SELECT COUNT(*) FROM r", "time")
    assert time.monotonic() - started < 2.0
    assert isinstance(error, humandb.OperationalError)
    assert said_from("error.time", error.dave)


def test_a_write_that_runs_for_ever_is_stopped_and_undone(con: humandb.Connection) -> None:
    refused(con, "UPDATE orders SET amount = 0 WHERE (" + FOREVER + "SELECT COUNT(*) FROM r) > 0", "time")


def test_an_interrupted_write_is_undone_while_dave_performs_too() -> None:
    # A performing connection runs each write in a savepoint; SQLite rolls the whole transaction back
    # on an interrupt, savepoint and all, and the refusal must still come out as Dave's.
    connection = humandb.connect(":dave:", sla="demo", show=False, sound=False, exact=True, consistency="strong",
                                 clock=FakeClock(TODAY), sandbox=True)
    before = fingerprint(connection)
    refused(connection, "DELETE FROM orders WHERE (" + FOREVER + "SELECT COUNT(*) FROM r) > 0", "time")
    assert fingerprint(connection) == before
    assert connection.execute("SELECT COUNT(*) FROM orders").fetchone() == (ORDERS,)
    connection.close()


def test_dave_stops_looking_when_his_own_queries_would_run_for_ever(con: humandb.Connection) -> None:
    # A view that never ends: his remarks about it (counting it, for one) would never end either.
    con.execute("CREATE VIEW endless AS " + FOREVER + "SELECT x AS amount, x AS _rowid_ FROM r")
    started = time.monotonic()
    cursor = con.execute("SELECT * FROM endless LIMIT 3")
    assert cursor.fetchall() == [(1, 1), (2, 2), (3, 3)]
    assert cursor.answer is not None and cursor.answer.report.words
    assert time.monotonic() - started < 3.0
    con.rollback()


def test_out_of_time_dave_still_reads_english_and_remembers_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    # No time at all for Dave's own queries: an outline of the tables instead of the catalog, and nothing
    # from a look cut short kept in the facts every fresh sample brain shares (what the sample stored
    # when it was built is complete, and may be shared).
    monkeypatch.setattr(brain, "_PRISTINE_ODDITIES", {})
    monkeypatch.setattr(brain, "_PRISTINE_CATALOG", [])
    hurried = visitor(Sandbox(dave_seconds=0.0))
    assert hurried.execute("SELECT COUNT(*) FROM orders WHERE amount < 0").answer is not None
    assert "amount" in hurried.tables()["orders"]
    assert hurried.execute("how many orders are there?").fetchone() == (ORDERS,)
    stored = {"customers", "employees", "orders", "products"}  # the tables whose facts the sample keeps
    assert {table for _, _, table in brain._PRISTINE_ODDITIES} <= stored and brain._PRISTINE_CATALOG == []
    hurried.close()


# -- size ------------------------------------------------------------------------------------


@pytest.mark.parametrize("sql", [
    "SELECT randomblob(100000000)",
    "SELECT length(zeroblob(100000000))",
    "SELECT length(group_concat(c.name)) FROM customers AS c, products AS p",
])
def test_values_too_big_are_refused(con: humandb.Connection, sql: str) -> None:
    error = refused(con, sql, "size")
    assert said_from("error.too_big", error.dave)


def test_sql_too_long_is_refused_unread(con: humandb.Connection) -> None:
    misses = read.cache_info().misses
    refused(con, "SELECT 1" + " " * 20_000, "size")
    assert read.cache_info().misses == misses  # never reached the reader (nor its cache)


def test_sql_nested_too_deeply_is_refused(con: humandb.Connection) -> None:
    refused(con, "SELECT " + "(" * 500 + "1" + ")" * 500, "size")


def test_the_brain_cannot_grow_past_its_cap(con: humandb.Connection) -> None:
    con.execute("CREATE TABLE big (stuff BLOB)")
    con.commit()
    grow = "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r WHERE x < 100000) "
    error = refused(con, grow + "INSERT INTO big SELECT randomblob(1000) FROM r", "size")
    assert said_from("error.full", error.dave)
    refused(con, "CREATE TEMP TABLE scratch AS " + grow + "SELECT randomblob(1000) FROM r", "size")
    assert con.execute("SELECT COUNT(*) FROM big").fetchone() == (0,)
    con.execute("INSERT INTO big VALUES (randomblob(10))")  # room for sensible work is still there
    assert con.execute("SELECT COUNT(*) FROM big").fetchone() == (1,)
    con.execute("DROP TABLE big")
    con.commit()


@pytest.mark.skipif(sqlite_heap() is None, reason="SQLite's heap count is out of reach: time alone bounds work")
@pytest.mark.parametrize("sql", [
    FOREVER + "SELECT x, printf('%.*c', 40000, 'x') AS s FROM r ORDER BY s",
    FOREVER + "SELECT COUNT(*) FROM (SELECT DISTINCT x, printf('%.*c', 40000, 'y') FROM r)",
    FOREVER + "SELECT COUNT(*) FROM (SELECT x, printf('%.*c', 40000, 'z') FROM r UNION SELECT 1, 2)",
])
def test_work_that_takes_too_much_memory_is_stopped(sql: str) -> None:
    # Sorts and scratch tables live in SQLite's heap (temp_store = MEMORY): past max_work_bytes, stopped.
    # The time budget is raised so that the memory cap, not the clock, is what stops it, however busy the
    # machine is (with the default 0.5 s, a loaded machine reaches the time limit first).
    connection = visitor(Sandbox(statement_seconds=30.0))
    before = fingerprint(connection)
    started = time.monotonic()
    error = refused(connection, sql, "size")
    assert time.monotonic() - started < 30.0 and "MiB of memory" in error.cause
    assert fingerprint(connection) == before
    assert connection.execute("SELECT COUNT(*) FROM orders").fetchone() == (ORDERS,)
    connection.close()


def test_rows_are_cut_off_at_max_rows(con: humandb.Connection) -> None:
    cursor = con.execute("SELECT * FROM orders")
    assert len(cursor.fetchall()) == 500 and cursor.rowcount == 500
    assert cursor.answer is not None and cursor.answer.outcome.truncated
    cursor = con.execute("SELECT * FROM orders LIMIT 500")
    assert cursor.answer is not None and not cursor.answer.outcome.truncated


def test_a_sandbox_of_your_own() -> None:
    connection = visitor(Sandbox(max_rows=3, max_sql_chars=40))
    cursor = connection.execute("SELECT id FROM orders ORDER BY id")
    assert cursor.fetchall() == [(1,), (2,), (3,)]
    assert cursor.answer is not None and cursor.answer.outcome.truncated
    refused(connection, "SELECT id FROM orders WHERE id = 1 -- a long comment", "size")
    connection.close()
    with pytest.raises(humandb.InterfaceError):
        visitor("yes")  # type: ignore[arg-type]


def test_big_results_are_cut_off_before_they_fill_memory(con: humandb.Connection) -> None:
    cursor = con.execute("SELECT zeroblob(99000) FROM orders")
    rows = cursor.fetchall()
    assert 0 < len(rows) < 500 and sum(len(row[0]) for row in rows) <= 4 * 2**20
    assert cursor.answer is not None and cursor.answer.outcome.truncated


# -- everything else still works ---------------------------------------------------------------


def test_ordinary_errors_name_no_limit(con: humandb.Connection) -> None:
    refused(con, "SELECT * FROM nowhere", None)  # type: ignore[arg-type]


def test_post_its_still_work(con: humandb.Connection) -> None:
    con.execute("CREATE INDEX orders_by_amount ON orders (amount)")
    assert [postit.index for postit in con.postits] == ["orders_by_amount"]
    con.execute("DROP INDEX orders_by_amount")
    assert con.postits == ()
    con.rollback()


def test_dave_says_the_same_in_a_sandbox() -> None:
    # English, remarks, the plan: an innocent session reads word for word as it does outside one.
    questions = ["how many orders are there?", "SELECT * FROM orders WHERE amount < 0 LIMIT 5",
                 "SELECT country, COUNT(*) FROM customers GROUP BY country",
                 "EXPLAIN SELECT * FROM orders WHERE id = 3"]
    sessions = []
    for sandbox in (True, False):
        connection = visitor(sandbox)
        sessions.append([(cursor.fetchall(), cursor.answer.report.words, cursor.answer.report.remarks)
                         for cursor in map(connection.execute, questions) if cursor.answer is not None])
        connection.close()
    assert sessions[0] == sessions[1]
    assert any(remarks for _, _, remarks in sessions[0])  # Dave noticed something in the data


def test_outside_a_sandbox_nothing_changes(tmp_path: Path) -> None:
    sales = tmp_path / "sales.csv"
    sales.write_text("region,amount\nNorth,10\nSouth,20\n")
    connection = visitor(False)
    assert connection.execute(f"SELECT SUM(amount) FROM '{sales}'").fetchone() == (30,)
    cursor = connection.execute("SELECT * FROM orders")
    assert len(cursor.fetchall()) == ORDERS
    assert cursor.answer is not None and not cursor.answer.outcome.truncated
    connection.close()


def test_the_sandbox_is_part_of_the_public_face() -> None:
    connection = humandb.connect(":dave:", sla="instant", show=False, sandbox=humandb.Sandbox(max_rows=3))
    try:
        cursor = connection.execute("SELECT * FROM products")
        assert len(cursor.fetchall()) == 3 and cursor.answer is not None and cursor.answer.outcome.truncated
    finally:
        connection.close()


def test_dave_says_when_a_sandbox_cut_the_rows_off() -> None:
    from conftest import said_from

    connection = humandb.connect(":dave:", sla="instant", show=False, sandbox=True, seed=2)
    try:
        cut = connection.execute("SELECT * FROM orders").answer
        whole = connection.execute("SELECT * FROM products").answer
        assert cut is not None and whole is not None
        assert said_from("answer.truncated", cut.report.words) and "500" in cut.report.words
        assert not said_from("answer.truncated", whole.report.words)
    finally:
        connection.close()
