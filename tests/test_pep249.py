"""Every PEP 249 (DB-API 2.0) behaviour, on real SQLite: in memory or in a file under tmp_path."""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import humandb
from humandb import errors
from humandb.dave import words

TODAY = datetime.datetime(2026, 11, 18, 10, 0)  # an ordinary Wednesday morning, far from quarter-end


def connect(database: str | Path = ":memory:", **options: Any) -> humandb.Connection:
    # PEP 249 as plain SQLite has it: strong consistency even where the SLA makes Dave take his time.
    settings: dict[str, Any] = {"sla": "instant", "exact": True, "show": False, "sound": False,
                                "consistency": "strong"}
    return humandb.connect(database, **{**settings, **options})


@pytest.fixture
def con() -> Iterator[humandb.Connection]:
    connection = connect()
    yield connection
    if not connection.closed:
        connection.close()


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    path = tmp_path / "dave.db"
    with_table = connect(path)
    with_table.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    with_table.execute("INSERT INTO notes (body) VALUES ('committed')")
    with_table.commit()
    with_table.close()
    return path


def bodies(connection: humandb.Connection) -> list[str]:
    return [row[0] for row in connection.execute("SELECT body FROM notes ORDER BY id").fetchall()]


# -- module globals ----------------------------------------------------------------------------


def test_module_globals() -> None:
    assert humandb.apilevel == "2.0"
    assert humandb.threadsafety == 1
    assert humandb.paramstyle == "qmark"


# -- exceptions --------------------------------------------------------------------------------

HIERARCHY = {
    "Warning": Exception,
    "Error": Exception,
    "InterfaceError": errors.Error,
    "DatabaseError": errors.Error,
    "DataError": errors.DatabaseError,
    "OperationalError": errors.DatabaseError,
    "IntegrityError": errors.DatabaseError,
    "InternalError": errors.DatabaseError,
    "ProgrammingError": errors.DatabaseError,
    "NotSupportedError": errors.DatabaseError,
}


@pytest.mark.parametrize(("name", "parent"), HIERARCHY.items())
def test_exception_hierarchy_is_the_peps(name: str, parent: type[Exception], con: humandb.Connection) -> None:
    exception = getattr(humandb, name)
    assert exception.__bases__ == (parent,)
    assert getattr(con, name) is exception  # the optional extension: exceptions on the connection


def test_warning_is_not_an_error() -> None:
    assert not issubclass(humandb.Warning, humandb.Error)
    assert not issubclass(humandb.Warning, Warning)  # PEP 249's Warning, not Python's warning category


# -- type objects and constructors -------------------------------------------------------------


def test_date_time_constructors() -> None:
    assert humandb.Date(2026, 11, 18) == datetime.date(2026, 11, 18)
    assert humandb.Time(10, 30, 5) == datetime.time(10, 30, 5)
    assert humandb.Timestamp(2026, 11, 18, 10, 30, 5) == datetime.datetime(2026, 11, 18, 10, 30, 5)


def test_from_ticks_constructors_use_local_time() -> None:
    ticks = time.mktime((2026, 11, 18, 10, 30, 5, 0, 0, -1))
    assert humandb.DateFromTicks(ticks) == datetime.date(2026, 11, 18)
    assert humandb.TimeFromTicks(ticks) == datetime.time(10, 30, 5)
    assert humandb.TimestampFromTicks(ticks) == datetime.datetime(2026, 11, 18, 10, 30, 5)


def test_binary_round_trips_through_a_blob(con: humandb.Connection) -> None:
    assert humandb.Binary("héllo") == "héllo".encode()
    blob = humandb.Binary(bytearray(b"\x00\xffDave"))
    assert type(blob) is bytes
    con.execute("CREATE TABLE files (data BLOB)")
    con.execute("INSERT INTO files VALUES (?)", (blob,))
    assert con.execute("SELECT data FROM files").fetchone() == (b"\x00\xffDave",)


def test_dates_are_stored_as_iso_text(con: humandb.Connection) -> None:
    values = (humandb.Date(2026, 11, 18), humandb.Time(9, 5), humandb.Timestamp(2026, 11, 18, 9, 5))
    row = con.execute("SELECT ?, ?, ?", values).fetchone()
    assert row == ("2026-11-18", "09:05:00", "2026-11-18 09:05:00")


@pytest.fixture
def typed(con: humandb.Connection) -> humandb.Connection:
    con.execute("CREATE TABLE typed (i INTEGER, r REAL, t TEXT, b BLOB, d DATE, ts TIMESTAMP)")
    return con


def test_type_objects_equal_the_type_codes_of_values(typed: humandb.Connection) -> None:
    typed.execute("INSERT INTO typed (i, r, t, b) VALUES (1, 2.5, 'x', ?)", (b"\x00",))
    cursor = typed.execute("SELECT i, r, t, b, rowid FROM typed")
    codes = [column[1] for column in cursor.description]
    assert codes == ["INTEGER", "REAL", "TEXT", "BLOB", "ROWID"]
    expected = [humandb.NUMBER, humandb.NUMBER, humandb.STRING, humandb.BINARY, humandb.ROWID]
    type_objects = [humandb.STRING, humandb.BINARY, humandb.NUMBER, humandb.DATETIME, humandb.ROWID]
    for code, type_object in zip(codes, expected, strict=True):
        assert code == type_object
        assert [other for other in type_objects if other == code] == [type_object]


def test_declared_date_columns_are_described_as_the_text_sqlite_keeps(typed: humandb.Connection) -> None:
    # SQLite hands dates back as ISO text; the description says what the values are, so polars and pandas
    # build columns that hold them (a DATE type code over str values broke polars).
    typed.execute("INSERT INTO typed (d, ts) VALUES ('2026-04-01', '2026-04-01 09:30:00')")
    cursor = typed.execute("SELECT d, ts FROM typed WHERE d IS NOT NULL")
    assert [column[1] for column in cursor.description] == ["TEXT", "TEXT"]
    assert all(column[1] == humandb.STRING and isinstance(value, str)
               for column, value in zip(cursor.description, cursor.fetchone(), strict=True))
    empty = typed.execute("SELECT d, i FROM typed WHERE 0")
    assert [column[1] for column in empty.description] == ["NUMERIC", "INTEGER"]  # the declared affinity


# -- description -------------------------------------------------------------------------------


def test_description_of_rows(typed: humandb.Connection) -> None:
    typed.execute("INSERT INTO typed (i, r, t, b) VALUES (1, 2.5, 'x', ?)", (b"\x00",))
    cursor = typed.execute("SELECT i AS number, r, t, b FROM typed")
    assert cursor.description == (
        ("number", "INTEGER", None, None, None, None, None),
        ("r", "REAL", None, None, None, None, None),
        ("t", "TEXT", None, None, None, None, None),
        ("b", "BLOB", None, None, None, None, None),
    )


def test_description_of_an_empty_result_uses_declared_types(typed: humandb.Connection) -> None:
    cursor = typed.execute("SELECT i, r, t, b FROM typed")
    assert cursor.fetchall() == []
    assert [(column[0], column[1]) for column in cursor.description] == [
        ("i", "INTEGER"), ("r", "REAL"), ("t", "TEXT"), ("b", "BLOB"),
    ]
    assert all(len(column) == 7 for column in cursor.description)


@pytest.mark.parametrize(
    "statement",
    [
        "CREATE TABLE more (x)",
        "INSERT INTO typed (i) VALUES (1)",
        "UPDATE typed SET i = 2",
        "DELETE FROM typed",
        "DROP TABLE typed",
    ],
)
def test_description_is_none_after_ddl_and_dml(typed: humandb.Connection, statement: str) -> None:
    cursor = typed.cursor()
    assert cursor.description is None  # nothing executed yet
    cursor.execute("SELECT i FROM typed")
    assert cursor.description is not None
    cursor.execute(statement)
    assert cursor.description is None


# -- rowcount and lastrowid --------------------------------------------------------------------


def test_rowcount(con: humandb.Connection) -> None:
    cursor = con.cursor()
    assert cursor.rowcount == -1
    cursor.execute("CREATE TABLE scores (name TEXT, points INTEGER)")
    assert cursor.rowcount == -1
    cursor.execute("INSERT INTO scores VALUES ('a', 1), ('b', 2), ('c', 3)")
    assert cursor.rowcount == 3
    cursor.execute("UPDATE scores SET points = points + 10 WHERE points >= 2")
    assert cursor.rowcount == 2
    cursor.execute("UPDATE scores SET points = 0 WHERE name = 'nobody'")
    assert cursor.rowcount == 0
    cursor.execute("SELECT * FROM scores WHERE points > 5")
    assert cursor.rowcount == 2
    cursor.execute("DELETE FROM scores WHERE name <> 'a'")
    assert cursor.rowcount == 2
    cursor.execute("SELECT * FROM scores")
    assert cursor.rowcount == 1


def test_lastrowid(con: humandb.Connection) -> None:
    cursor = con.cursor()
    assert cursor.lastrowid is None
    cursor.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT)")
    cursor.execute("INSERT INTO people (id, name) VALUES (41, 'Gary')")
    assert cursor.lastrowid == 41
    cursor.execute("INSERT INTO people (name) VALUES ('Dave')")
    assert cursor.lastrowid == 42
    assert con.execute("SELECT name FROM people WHERE id = ?", (cursor.lastrowid,)).fetchone() == ("Dave",)


# -- fetching ----------------------------------------------------------------------------------


@pytest.fixture
def numbers(con: humandb.Connection) -> humandb.Cursor:
    con.execute("CREATE TABLE numbers (n INTEGER)")
    con.cursor().executemany("INSERT INTO numbers VALUES (?)", [(n,) for n in range(1, 8)])
    return con.execute("SELECT n FROM numbers ORDER BY n")


def test_fetchone(numbers: humandb.Cursor) -> None:
    assert [numbers.fetchone() for _ in range(7)] == [(n,) for n in range(1, 8)]
    assert numbers.fetchone() is None
    assert numbers.fetchone() is None


def test_fetchmany_honours_arraysize_and_size(numbers: humandb.Cursor) -> None:
    assert numbers.arraysize == 1
    assert numbers.fetchmany() == [(1,)]
    numbers.arraysize = 3
    assert numbers.fetchmany() == [(2,), (3,), (4,)]
    assert numbers.fetchmany(2) == [(5,), (6,)]
    assert numbers.fetchmany(5) == [(7,)]
    assert numbers.fetchmany() == []


def test_fetchall_returns_the_rest(numbers: humandb.Cursor) -> None:
    assert numbers.fetchone() == (1,)
    assert numbers.fetchall() == [(n,) for n in range(2, 8)]
    assert numbers.fetchall() == []


def test_iteration(numbers: humandb.Cursor) -> None:
    assert iter(numbers) is numbers
    assert next(numbers) == (1,)
    assert list(numbers) == [(n,) for n in range(2, 8)]


def test_fetching_without_a_result_set_raises(con: humandb.Connection) -> None:
    cursor = con.cursor()
    with pytest.raises(humandb.ProgrammingError):
        cursor.fetchone()  # nothing executed
    cursor.execute("CREATE TABLE empty (x)")
    for fetch in (cursor.fetchone, cursor.fetchmany, cursor.fetchall, cursor.nextset):
        with pytest.raises(humandb.ProgrammingError):
            fetch()


# -- executemany and parameters ----------------------------------------------------------------


def test_executemany_with_qmark_parameters(con: humandb.Connection) -> None:
    con.execute("CREATE TABLE pets (name TEXT, legs INTEGER)")
    cursor = con.cursor()
    cursor.executemany("INSERT INTO pets VALUES (?, ?)", iter([("cat", 4), ("bird", 2), ("snake", 0)]))
    assert cursor.rowcount == 3
    assert cursor.description is None
    assert con.execute("SELECT name, legs FROM pets ORDER BY legs").fetchall() == [
        ("snake", 0), ("bird", 2), ("cat", 4),
    ]


def test_executemany_with_named_parameters(con: humandb.Connection) -> None:
    con.execute("CREATE TABLE pets (name TEXT, legs INTEGER)")
    cursor = con.cursor()
    cursor.executemany("INSERT INTO pets (legs, name) VALUES (:legs, :name)",
                       [{"name": "cat", "legs": 4}, {"name": "bird", "legs": 2}])
    assert cursor.rowcount == 2
    cursor.executemany("UPDATE pets SET legs = legs + 1 WHERE name = :name",
                       [{"name": "cat"}, {"name": "bird"}])
    assert cursor.rowcount == 2
    assert con.execute("SELECT name, legs FROM pets ORDER BY legs").fetchall() == [("bird", 3), ("cat", 5)]


def test_qmark_and_named_parameters(con: humandb.Connection) -> None:
    con.execute("CREATE TABLE pets (name TEXT, legs INTEGER)")
    con.execute("INSERT INTO pets VALUES (?, ?)", ("it's a cat; really?", 4))
    con.execute("INSERT INTO pets VALUES (:name, :legs)", {"legs": 2, "name": ":bird"})
    assert con.execute("SELECT name FROM pets WHERE legs = ?", (4,)).fetchall() == [("it's a cat; really?",)]
    assert con.execute("SELECT legs FROM pets WHERE name = :name", {"name": ":bird"}).fetchall() == [(2,)]
    # A ? or :name inside a string literal is text, not a parameter.
    assert con.execute("SELECT '?', ':name', ?", ("x",)).fetchone() == ("?", ":name", "x")


def test_numbered_parameters_in_the_duckdb_dialect() -> None:
    connection = connect(dialect="duckdb")
    try:
        assert connection.execute("SELECT $2, $1, $2", ("first", "second")).fetchone() == (
            "second", "first", "second",
        )
    finally:
        connection.close()


# -- closing -----------------------------------------------------------------------------------

CONNECTION_CALLS: dict[str, Callable[[humandb.Connection], object]] = {
    "cursor": lambda c: c.cursor(),
    "commit": lambda c: c.commit(),
    "rollback": lambda c: c.rollback(),
    "close": lambda c: c.close(),
    "execute": lambda c: c.execute("SELECT 1"),
    "with": lambda c: c.__enter__(),
}

CURSOR_CALLS: dict[str, Callable[[humandb.Cursor], object]] = {
    "execute": lambda c: c.execute("SELECT 1"),
    "executemany": lambda c: c.executemany("SELECT ?", [(1,)]),
    "executescript": lambda c: c.executescript("SELECT 1;"),
    "callproc": lambda c: c.callproc("lower", ("A",)),
    "fetchone": lambda c: c.fetchone(),
    "fetchmany": lambda c: c.fetchmany(),
    "fetchall": lambda c: c.fetchall(),
    "nextset": lambda c: c.nextset(),
    "next": lambda c: next(c),
}


@pytest.mark.parametrize("call", CONNECTION_CALLS.values(), ids=CONNECTION_CALLS.keys())
def test_closed_connection_raises(call: Callable[[humandb.Connection], object]) -> None:
    connection = connect()
    connection.close()
    assert connection.closed
    with pytest.raises(humandb.ProgrammingError) as raised:
        call(connection)
    assert isinstance(raised.value, humandb.Error)
    assert raised.value.dave and raised.value.cause == "the connection is closed"


@pytest.mark.parametrize("call", CURSOR_CALLS.values(), ids=CURSOR_CALLS.keys())
def test_cursor_of_a_closed_connection_raises(call: Callable[[humandb.Cursor], object]) -> None:
    connection = connect()
    cursor = connection.execute("SELECT 1")
    connection.close()
    with pytest.raises(humandb.ProgrammingError):
        call(cursor)


@pytest.mark.parametrize("call", CURSOR_CALLS.values(), ids=CURSOR_CALLS.keys())
def test_closed_cursor_raises(con: humandb.Connection, call: Callable[[humandb.Cursor], object]) -> None:
    cursor = con.execute("SELECT 1")
    cursor.close()
    with pytest.raises(humandb.ProgrammingError) as raised:
        call(cursor)
    assert raised.value.cause == "the cursor is closed"
    assert con.execute("SELECT 2").fetchone() == (2,)  # the connection is fine


# -- transactions ------------------------------------------------------------------------------


def test_uncommitted_changes_are_invisible_to_others_and_lost_on_close(db_file: Path) -> None:
    writer, reader = connect(db_file), connect(db_file)
    writer.execute("INSERT INTO notes (body) VALUES ('draft')")
    assert bodies(writer) == ["committed", "draft"]
    assert bodies(reader) == ["committed"]
    writer.close()
    reader.close()
    again = connect(db_file)
    assert bodies(again) == ["committed"]
    again.close()


def test_commit_is_visible_to_another_connection_and_process(db_file: Path) -> None:
    writer, reader = connect(db_file), connect(db_file)
    writer.execute("INSERT INTO notes (body) VALUES ('final')")
    writer.commit()
    assert bodies(reader) == ["committed", "final"]
    writer.close()
    reader.close()
    script = (
        "import sys, humandb\n"
        "c = humandb.connect(sys.argv[1], sla='instant', exact=True, show=False, sound=False)\n"
        "print(c.execute('SELECT body FROM notes ORDER BY id').fetchall())\n"
    )
    environment = {**os.environ, "HUMANDB_SLA": "instant", "HUMANDB_SHOW": "0", "HUMANDB_SOUND": "0"}
    done = subprocess.run([sys.executable, "-c", script, str(db_file)], capture_output=True, text=True,
                          check=True, timeout=60, env=environment)
    assert done.stdout.strip() == "[('committed',), ('final',)]"


def test_rollback_undoes_an_insert(db_file: Path) -> None:
    connection = connect(db_file)
    connection.execute("INSERT INTO notes (body) VALUES ('oops')")
    connection.execute("UPDATE notes SET body = 'changed'")
    connection.rollback()
    assert bodies(connection) == ["committed"]
    connection.rollback()  # nothing to roll back: still fine
    connection.close()


def test_rollback_undoes_a_create_table(con: humandb.Connection) -> None:
    con.execute("CREATE TABLE fleeting (x)")
    con.execute("INSERT INTO fleeting VALUES (1)")
    assert con.execute("SELECT x FROM fleeting").fetchall() == [(1,)]
    con.rollback()
    with pytest.raises(humandb.ProgrammingError, match="no such table: fleeting"):
        con.execute("SELECT x FROM fleeting")


def test_context_manager_commits_on_success(db_file: Path) -> None:
    connection = connect(db_file)
    with connection as entered:
        assert entered is connection
        connection.execute("INSERT INTO notes (body) VALUES ('kept')")
    assert not connection.closed
    other = connect(db_file)
    assert bodies(other) == ["committed", "kept"]
    other.close()
    connection.close()


def test_context_manager_rolls_back_on_exception(db_file: Path) -> None:
    class SpilledCoffeeError(Exception):
        pass

    connection = connect(db_file)
    with pytest.raises(SpilledCoffeeError), connection:
        connection.execute("INSERT INTO notes (body) VALUES ('lost')")
        raise SpilledCoffeeError
    assert not connection.closed
    assert bodies(connection) == ["committed"]
    connection.close()


# -- errors ------------------------------------------------------------------------------------

ERROR_CASES = [
    pytest.param("INSERT INTO t (name) VALUES ('first')", None, humandb.IntegrityError,
                 "UNIQUE constraint failed", id="unique"),
    pytest.param("INSERT INTO t (name) VALUES (NULL)", None, humandb.IntegrityError,
                 "NOT NULL constraint failed", id="not-null"),
    pytest.param("SELECT * FROM missing", None, humandb.ProgrammingError, "no such table",
                 id="missing-table"),
    pytest.param("SELECT name FROM t WHERE name = ?", ("a", "b"), humandb.ProgrammingError,
                 "Incorrect number of bindings", id="bindings"),
    pytest.param("INSERT INTO t (name) VALUES (?)", (2**70,), humandb.DataError, "too large", id="huge-int"),
    pytest.param("INSERT INTO t (name) VALUES (?)", ([1, 2],), humandb.ProgrammingError, "'list'",
                 id="list-param"),
    pytest.param("SELEC name FROM t", None, humandb.ProgrammingError, "line 1, column", id="syntax"),
    pytest.param("SELECT 1; SELECT 2", None, humandb.ProgrammingError, "2 statements", id="two-statements"),
]


@pytest.mark.parametrize("sla", ["instant", "demo"])
@pytest.mark.parametrize(("sql", "params", "kind", "cause"), ERROR_CASES)
def test_errors_are_mapped_in_daves_words_and_leave_the_connection_working(
    sql: str, params: Any, kind: type[humandb.Error], cause: str, sla: str,
) -> None:
    # "demo" performs (on a fake clock) inside a savepoint; "instant" runs bare: both must survive.
    connection = connect(sla=sla, clock=humandb.FakeClock(TODAY))
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)")
    connection.execute("INSERT INTO t (name) VALUES ('first')")
    connection.commit()
    connection.execute("INSERT INTO t (name) VALUES ('second')")  # uncommitted, and must survive too
    cursor = connection.execute("SELECT name FROM t ORDER BY id")
    with pytest.raises(kind) as raised:
        cursor.execute(sql, params)
    error = raised.value
    assert kind in (type(error), *type(error).__bases__)
    assert error.dave and error.cause and cause in error.cause
    assert str(error) == f"{error.dave} — cause: {error.cause}"
    assert cursor.description is None and cursor.rowcount == -1 and cursor.messages == []
    with pytest.raises(humandb.ProgrammingError):
        cursor.fetchall()  # the failed call left no stale result behind
    assert cursor.execute("SELECT name FROM t ORDER BY id").fetchall() == [("first",), ("second",)]
    connection.execute("INSERT INTO t (name) VALUES ('third')")
    connection.commit()
    assert len(connection.execute("SELECT * FROM t").fetchall()) == 3
    connection.close()


def test_syntax_error_names_line_and_column(con: humandb.Connection) -> None:
    with pytest.raises(humandb.ProgrammingError) as raised:
        con.execute("SELECT name\nFROM WHERE x = 1")
    error = raised.value
    assert "line 2, column" in error.cause
    assert error.dave in words.lines("error.syntax")
    assert str(error) == f"{error.dave} — cause: {error.cause}"


@pytest.mark.parametrize("sla", ["instant", "demo"])
def test_a_failing_executemany_leaves_nothing_behind_at_any_sla(sla: str) -> None:
    connection = connect(sla=sla, clock=humandb.FakeClock(TODAY))
    connection.execute("CREATE TABLE t (name TEXT UNIQUE)")
    connection.execute("INSERT INTO t VALUES ('a')")
    with pytest.raises(humandb.IntegrityError):
        connection.cursor().executemany("INSERT INTO t VALUES (?)", [("b",), ("a",)])
    assert connection.execute("SELECT name FROM t ORDER BY name").fetchall() == [("a",)]
    connection.close()


# -- scripts and procedures --------------------------------------------------------------------


def test_two_statements_need_executescript(con: humandb.Connection) -> None:
    two = "CREATE TABLE s (x); INSERT INTO s VALUES ('a;b');"
    with pytest.raises(humandb.ProgrammingError):
        con.execute(two)
    with pytest.raises(humandb.ProgrammingError, match="no such table"):
        con.execute("SELECT x FROM s")  # nothing of the two ran
    cursor = con.cursor()
    assert cursor.executescript(two) is cursor
    assert con.execute("SELECT x FROM s").fetchall() == [("a;b",)]


def test_callproc_calls_a_function(con: humandb.Connection) -> None:
    cursor = con.cursor()
    assert cursor.callproc("lower", ("FOO",)) == ("FOO",)
    assert cursor.fetchall() == [("foo",)]
    with pytest.raises(humandb.ProgrammingError):
        cursor.callproc("lower); DROP TABLE x; --", ("FOO",))


# -- threads -----------------------------------------------------------------------------------


def run_in_thread(work: Callable[[], object]) -> object:
    outcome: list[object] = []

    def target() -> None:
        try:
            outcome.append(work())
        except humandb.Error as error:
            outcome.append(error)

    thread = threading.Thread(target=target)
    thread.start()
    thread.join(timeout=30)
    return outcome[0]


def test_a_connection_stays_in_its_thread(con: humandb.Connection) -> None:
    cursor = con.cursor()
    for work in (con.cursor, con.commit, lambda: cursor.execute("SELECT 1")):
        error = run_in_thread(work)
        assert isinstance(error, humandb.ProgrammingError)
        assert "threadsafety = 1" in error.cause
    assert cursor.execute("SELECT 1").fetchone() == (1,)  # still fine in its own thread


def test_separate_connections_in_separate_threads(db_file: Path) -> None:
    def work(label: str) -> object:
        connection = connect(db_file if label == "file" else ":memory:")
        try:
            if label == "file":
                return bodies(connection)
            connection.execute("CREATE TABLE mine (label TEXT)")
            connection.execute("INSERT INTO mine VALUES (?)", (label,))
            return connection.execute("SELECT label FROM mine").fetchall()
        finally:
            connection.close()

    labels = ["file", "one", "two", "three"]
    results: dict[str, object] = {}
    threads = [threading.Thread(target=lambda x=label: results.__setitem__(x, work(x))) for label in labels]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert results == {"file": ["committed"], "one": [("one",)], "two": [("two",)], "three": [("three",)]}


# -- Dave's extensions -------------------------------------------------------------------------


def test_a_quiet_exact_connection_is_a_plain_database(con: humandb.Connection) -> None:
    # Nobody watching, nothing rounded: Dave skips the paperwork, and his answers carry no words.
    cursor = con.execute("SELECT 1")
    assert cursor.fetchall() == [(1,)] and cursor.messages == [] and cursor.business_minutes is None


def test_messages_are_daves_words_and_reset_by_the_next_execute() -> None:
    con = connect(words=True)
    cursor = con.cursor()
    assert cursor.messages == []
    cursor.execute("SELECT 1")
    messages = cursor.messages
    assert messages
    assert all(kind is humandb.Warning and isinstance(text, str) and text for kind, text in messages)
    messages.append((humandb.Warning, "a stale note"))
    cursor.execute("SELECT 2")
    assert (humandb.Warning, "a stale note") not in cursor.messages
    assert cursor.messages


def test_business_minutes_and_no_wait_when_instant() -> None:
    cursor = connect(words=True).cursor()
    assert cursor.business_minutes is None and cursor.wait_seconds is None
    cursor.execute("SELECT 1")
    assert isinstance(cursor.business_minutes, float) and cursor.business_minutes > 0
    assert cursor.wait_seconds == 0.0


def test_demo_sla_waits_one_second_per_business_hour_on_the_clock() -> None:
    clock = humandb.FakeClock(TODAY)
    connection = connect(sla="demo", clock=clock)
    try:
        for statement in ("CREATE TABLE t (x)", "INSERT INTO t VALUES (1)", "SELECT x FROM t"):
            before = clock.elapsed
            cursor = connection.execute(statement)
            assert cursor.business_minutes > 0
            assert cursor.wait_seconds == pytest.approx(cursor.business_minutes / 60)
            assert clock.elapsed - before == pytest.approx(cursor.wait_seconds)  # the stage waited that long
        assert cursor.fetchall() == [(1,)]
    finally:
        connection.close()


# -- savepoints and attached databases: SQLite's own statements, handed over as written --------------


def test_savepoints_undo_their_part_and_release_never_commits(memory: humandb.Connection) -> None:
    memory.execute("CREATE TABLE t (x INTEGER)")
    memory.commit()
    memory.execute("INSERT INTO t VALUES (1)")
    memory.execute("SAVEPOINT before_two")
    memory.execute("INSERT INTO t VALUES (2)")
    memory.execute("ROLLBACK TO SAVEPOINT before_two")  # not a whole ROLLBACK: the 1 stays
    assert memory.execute("SELECT x FROM t").fetchall() == [(1,)]
    memory.execute("SAVEPOINT three")
    memory.execute("INSERT INTO t VALUES (3)")
    memory.execute("RELEASE SAVEPOINT three")
    memory.rollback()  # RELEASE kept the transaction open: rollback() still takes everything back
    assert memory.execute("SELECT x FROM t").fetchall() == []
    with pytest.raises(humandb.OperationalError, match="no such savepoint"):
        memory.execute("ROLLBACK TO nowhere")
    assert memory.execute("SELECT COUNT(*) FROM t").fetchone() == (0,)


def test_attach_reads_another_database_file(memory: humandb.Connection, tmp_path: Path) -> None:
    other = humandb.connect(tmp_path / "other.brain", sla="instant", exact=True)
    other.execute("CREATE TABLE notes (body TEXT)")
    other.execute("INSERT INTO notes VALUES ('call Gary')")
    other.commit()
    other.close()
    memory.execute(f"ATTACH DATABASE '{tmp_path / 'other.brain'}' AS other")
    assert memory.execute("SELECT body FROM other.notes").fetchall() == [("call Gary",)]
    memory.execute("DETACH DATABASE other")
    with pytest.raises(humandb.ProgrammingError):
        memory.execute("SELECT body FROM other.notes")
