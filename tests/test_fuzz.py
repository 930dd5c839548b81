"""Bad input, fuzzed: whatever is thrown at a cursor, only PEP 249 errors come back, in Dave's words.

Hypothesis throws SQL fragments, garbage text, English-like noise, very long statements and oddly
typed parameters at `execute`, `executemany`, `executescript` and `callproc`. The properties:

- what escapes is a `humandb.Error` (never a `TypeError`, `UnicodeEncodeError`, ... nor a Warning),
  with Dave's words in `.dave` and the technical cause in `.cause`;
- after a failure the data is exactly as before it and the connection still answers.

Each example gets a fresh connection whose data is committed, so "as before" is the committed data
(a statement such as ``INSERT OR ROLLBACK`` may rightly throw away an open transaction's work).
The runs are derandomized: the same examples every time, and no example database is kept.
"""

from __future__ import annotations

import datetime
import decimal
import functools
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import humandb
from humandb.stage.clock import FakeClock
from tests.conftest import TODAY

FUZZ = settings(derandomize=True, database=None, deadline=None, max_examples=120,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture(autouse=True, scope="module")
def _elsewhere(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Fuzzed SQL runs in a scratch directory: an ATTACH or a CSV name it happens to write stays there."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(tmp_path_factory.mktemp("fuzz"))
        yield


# -- the databases under attack -----------------------------------------------------------------

LEDGER = "CREATE TABLE ledger (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, amount REAL, paid_on DATE)"
LEDGER_ROWS = [(1, "rent", 1200.0, "2026-11-01"), (2, "coffee", 3.5, "2026-11-02"), (3, "stapler", None, None)]


def _ledger(**options: Any) -> humandb.Connection:
    """A small known table in memory, committed."""
    connection = humandb.connect(":memory:", exact=True, show=False, sound=False, seed=3,
                                 clock=FakeClock(TODAY), **{"sla": "instant", **options})
    connection.execute(LEDGER)
    connection.commit()
    connection.cursor().executemany("INSERT INTO ledger VALUES (?, ?, ?, ?)", LEDGER_ROWS)
    connection.commit()
    return connection


def _sample(accuracy: float = 0.8) -> humandb.Connection:
    """Dave's company, with his rounded answers and his words (not exact: his report is worked out too)."""
    return humandb.connect(":dave:", sla="instant", show=False, sound=False, seed=7, clock=FakeClock(TODAY),
                           accuracy=accuracy)


TARGETS: dict[str, Callable[[], humandb.Connection]] = {
    "memory": _ledger,
    "eventual": lambda: _ledger(sla=0.001, consistency="eventual"),
    "performed": lambda: _ledger(sla=0.001, consistency="strong"),  # a real SLA: each answer is played
    "dave": _sample,
}


def fingerprint(connection: humandb.Connection) -> int:
    """Every table's rows, the schema and Dave's post-its, read through the connection itself, hashed
    (hashes of text differ between processes, never within one)."""
    tables = tuple((table, tuple(connection.execute(f'SELECT * FROM "{table}"').exact_rows))
                   for table in sorted(connection.tables()))
    return hash((tuple(connection.schema()), tables, connection.postits))


def still_answers(connection: humandb.Connection) -> None:
    assert connection.execute("SELECT 1 + 1").exact_rows == [(2,)]  # exact: Dave himself may slip


# -- what is thrown ---------------------------------------------------------------------------

class Stranger:
    """An object nobody taught SQLite to store."""


_ODD_TEXT = st.text(st.characters(exclude_categories=()) | st.characters(categories=["Cs"]) | st.just("\x00"),
                    max_size=12)
VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**63), 2**63 - 1),
    st.integers(2**63, 2**80), st.integers(-(2**80), -(2**63) - 1),  # beyond SQLite's INTEGER
    st.floats(allow_nan=True, allow_infinity=True), _ODD_TEXT, st.binary(max_size=8),
    st.dates(), st.datetimes(), st.times(), st.timedeltas(),
    st.decimals(allow_nan=True), st.complex_numbers(max_magnitude=10),
    st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
    st.builds(Stranger), st.just(Ellipsis), st.just(bytearray(b"\x00\xff")), st.just(memoryview(b"mv")),
)
NAMES = st.sampled_from(["a", "b", "name", "amount", "1", "", "x y", "é"])
PARAMS = st.one_of(
    st.none(),
    st.lists(VALUES, max_size=4).map(tuple),
    st.lists(VALUES, max_size=4),
    st.dictionaries(NAMES, VALUES, max_size=3),
    VALUES,  # a bare value where a sequence or a mapping belongs
)
MANY = st.one_of(st.lists(PARAMS, max_size=4), st.lists(PARAMS, max_size=3).map(tuple), VALUES)

# SQL words and pieces. No RECURSIVE, zeroblob or randomblob: unsandboxed, they can run or allocate
# for ever, which is SQLite doing as told rather than HumanDB breaking.
_TOKENS = [*"""
SELECT INSERT INTO VALUES UPDATE SET DELETE FROM WHERE AND OR NOT NULL CREATE TABLE INDEX VIEW TRIGGER ON
DROP ALTER ADD COLUMN RENAME BEGIN COMMIT ROLLBACK SAVEPOINT RELEASE TO EXPLAIN QUERY PLAN PRAGMA WITH AS
UNION ALL GROUP BY ORDER LIMIT OFFSET JOIN LEFT USING HAVING CAST CASE WHEN THEN ELSE END IN BETWEEN LIKE
GLOB IS DISTINCT RETURNING DEFAULT PRIMARY KEY UNIQUE IF EXISTS REPLACE IGNORE ABORT FAIL CONFLICT
DESC ASC COUNT(*) SUM( AVG( MIN( MAX( abs( length( upper( coalesce( date( strftime( json( date_trunc(
read_csv( id name amount paid_on rowid _rowid_ * ( ) , ; . = == != <> < > <= >= + - / % || & | ~ << >>
? ?1 ?2 :a :name $1 @a 1 0 -1 2.5 9223372036854775807 9223372036854775808 1e999 'x' 'it''s' '' x'00'
'ledger.csv' "ledger" [ledger] `ledger` -- /* */ TRUE FALSE CURRENT_DATE now
""".split(), "'", '"', "\n", "\t", "humandb_postits", "sqlite_master", "nothing"]
# One table name at most: a cross join of Dave's tables with themselves is a real, very long query.
_TABLES = st.sampled_from(["ledger", "orders", "products", "customers", "employees", "humandb_postits"])


@st.composite
def sql_fragments(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_TOKENS), max_size=14))
    table = draw(st.none() | _TABLES)
    if table is not None:
        words.insert(draw(st.integers(0, len(words))), table)
    return draw(st.sampled_from([" ", "", "\n"])).join(words)


_STATEMENTS = [
    "SELECT * FROM ledger WHERE id = ?", "SELECT name, amount FROM ledger WHERE name = :name",
    "INSERT INTO ledger (name, amount) VALUES (?, ?)", "UPDATE ledger SET amount = ? WHERE id = ?",
    "DELETE FROM ledger WHERE id = ?", "CREATE INDEX ledger_by_name ON ledger (name)",
    "SELECT COUNT(*), SUM(amount) FROM ledger GROUP BY paid_on ORDER BY 2 DESC",
    "INSERT OR ROLLBACK INTO ledger (id, name) VALUES (1, 'rent')", "SELECT * FROM 'ledger.csv'",
    "EXPLAIN SELECT * FROM orders WHERE amount > 100", "SELECT AVG(price) FROM products WHERE category = ?",
    "WITH big AS (SELECT * FROM orders WHERE amount > ?) SELECT COUNT(*) FROM big",
    "SAVEPOINT s", "ROLLBACK TO s", "RELEASE s", "BEGIN", "COMMIT", "ROLLBACK", "DROP TABLE ledger",
    "ALTER TABLE ledger ADD COLUMN note TEXT", "PRAGMA table_info(ledger)", "SELECT date_trunc('month', paid_on)",
]


@st.composite
def mangled_statements(draw: st.DrawFn) -> str:
    """A statement that works, cut short or with something spliced in."""
    text = draw(st.sampled_from(_STATEMENTS))
    cut = draw(st.integers(0, len(text)))
    splice = draw(st.sampled_from(_TOKENS) | _ODD_TEXT)
    return draw(st.sampled_from([text[:cut], text[:cut] + splice + text[cut:], text + splice, text]))


_ENGLISH = """
how many what is the average total sum of biggest largest smallest top 5 10 per by in for each show me list
which who where when orders order products customers employees salary amount price category city country
department name last month year 2026 this week returned shipped more than less than over under and or not
were was are is there please ? ! ledger rent coffee Gary Dave
""".split()
english_noise = st.lists(st.sampled_from(_ENGLISH), min_size=1, max_size=10).map(" ".join)
garbage = st.text(st.characters(exclude_categories=()) | st.characters(categories=["Cs"]), max_size=40)


@st.composite
def long_statements(draw: st.DrawFn) -> str:
    n = draw(st.integers(200, 6000))
    return draw(st.sampled_from([
        "SELECT " + "+".join(["1"] * n),
        "SELECT " + "(" * n + "1" + ")" * n,
        "SELECT " + ", ".join(["1"] * n),
        "SELECT 1 WHERE 1 IN (" + ", ".join(map(str, range(n))) + ")",
        "SELECT '" + "x" * (n * 100) + "'",
        "SELECT " + " AND ".join(["?"] * n),
        "SELECT * FROM ledger WHERE " + " OR ".join(f"id = {i}" for i in range(n)),
        "SELECT 1 " + "-- a comment\n" * n,
        " " * n * 10 + "SELECT 1",
    ]))


OPERATIONS = st.one_of(sql_fragments(), mangled_statements(), english_noise, garbage,
                       st.none(), st.binary(max_size=8), st.integers())


# -- the property -------------------------------------------------------------------------------


@functools.cache
def pristine(target: str) -> int:
    """The fingerprint of a fresh connection to a target: every fresh one holds the same data."""
    return fingerprint(TARGETS[target]())


def attempt(
    connection: humandb.Connection, call: Callable[[humandb.Cursor], object], before: int, *, undone: bool = True
) -> None:
    """Make one call; a failure must be a PEP 249 error in Dave's words that (if `undone`) left the data
    with the fingerprint it had `before`."""
    cursor = connection.cursor()
    try:
        call(cursor)
        if cursor.description is not None:
            cursor.fetchall()  # Dave's rounding of whatever came back
        _ = cursor.messages  # and his words about it
        connection.commit()  # the in-tray lands: an eventual write's failure surfaces here
    except humandb.Error as error:
        assert error.dave.strip() and error.cause.strip(), repr(error)
        connection.rollback()
        assert not undone or fingerprint(connection) == before, f"a failed call changed the data: {error!r}"
    still_answers(connection)


@pytest.mark.parametrize("target", TARGETS)
@FUZZ
@given(operation=OPERATIONS, params=PARAMS)
def test_execute_survives_anything(target: str, operation: Any, params: Any) -> None:
    connection = TARGETS[target]()
    attempt(connection, lambda cursor: cursor.execute(operation, params), pristine(target))


@pytest.mark.parametrize("target", TARGETS)
@settings(FUZZ, max_examples=40)
@given(operation=mangled_statements() | sql_fragments() | st.none(), many=MANY)
def test_executemany_survives_anything(target: str, operation: Any, many: Any) -> None:
    connection = TARGETS[target]()
    attempt(connection, lambda cursor: cursor.executemany(operation, many), pristine(target))


@pytest.mark.parametrize("target", TARGETS)
@settings(FUZZ, max_examples=40)
@given(script=st.lists(OPERATIONS, max_size=4).map(lambda parts: ";".join(map(str, parts))) | OPERATIONS)
def test_executescript_survives_anything(target: str, script: Any) -> None:
    """A script runs statement by statement, as sqlite3's does: what it committed before failing stays."""
    connection = TARGETS[target]()
    commits = isinstance(script, str) and re.search(r"\b(commit|end|release)\b", script, re.IGNORECASE)
    attempt(connection, lambda cursor: cursor.executescript(script), pristine(target), undone=not commits)


@pytest.mark.parametrize("target", ["memory", "dave"])
@settings(FUZZ, max_examples=40)
@given(procname=st.sampled_from(["abs", "upper", "length", "nope", "", "abs(1); --", "date_trunc"]) | garbage
       | st.none() | st.integers(), params=PARAMS)
def test_callproc_survives_anything(target: str, procname: Any, params: Any) -> None:
    connection = TARGETS[target]()
    attempt(connection, lambda cursor: cursor.callproc(procname, params), pristine(target))


@pytest.mark.parametrize("target", ["memory", "dave"])
@settings(FUZZ, max_examples=25)
@given(operation=long_statements())
def test_very_long_statements_are_read_or_refused(target: str, operation: str) -> None:
    connection = TARGETS[target]()
    attempt(connection, lambda cursor: cursor.execute(operation), pristine(target))


@settings(FUZZ, max_examples=40)
@given(calls=st.lists(st.tuples(OPERATIONS | st.sampled_from(_STATEMENTS), PARAMS), min_size=2, max_size=6))
def test_one_connection_outlives_a_string_of_bad_calls(calls: list[tuple[Any, Any]]) -> None:
    """Failures one after another on one connection: each leaves the data as the call before left it."""
    connection = _ledger()
    for operation, params in calls:

        def call(cursor: humandb.Cursor, operation: Any = operation, params: Any = params) -> object:
            return cursor.execute(operation, params)

        attempt(connection, call, fingerprint(connection))


# -- Dave's report on whatever comes back, and the rest of the surface -----------------------------


_REPORTED = [
    "SELECT ?", "SELECT ? AS amount, ? AS salary", "SELECT ? AS price FROM products LIMIT 3",
    "SELECT COUNT(*), SUM(?) FROM orders", "SELECT AVG(?) AS total FROM employees GROUP BY department",
    "SELECT ? AS ordered_at, ? AS birthday", "SELECT ? AS name, ? AS amount UNION ALL SELECT ?, ?",
    "SELECT MAX(?) AS revenue", "SELECT ? AS id, ? AS quantity ORDER BY 1",
]


STORABLE = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**63), 2**63 - 1), st.sampled_from([2**63 - 1, -(2**63), 10**18]),
    st.floats(), st.sampled_from([float("inf"), float("-inf"), -0.0, 5e-324, 1.7976931348623157e308, 1e-300]),
    st.text(max_size=8), st.binary(max_size=8), st.dates(), st.datetimes(),
)


@settings(FUZZ, max_examples=100)
@given(operation=st.sampled_from(_REPORTED), values=st.lists(STORABLE, min_size=4, max_size=4))
def test_dave_reports_any_value_sqlite_hands_back(operation: str, values: list[Any]) -> None:
    """Whatever SQLite returns (huge, tiny, infinite, negative zero, bytes, odd text), Dave can round and tell
    it, even on a day when every answer has a slip in it."""
    connection = _sample(accuracy=0.0)
    attempt(connection, lambda cursor: cursor.execute(operation, values[: operation.count("?")]), pristine("dave"))


@pytest.mark.parametrize("target", ["memory", "dave"])
@settings(FUZZ, max_examples=40)
@given(use=st.sampled_from(["fetchmany", "arraysize", "load_csv", "load_csv_as", "schema", "remember_birthday",
                            "offer_snack", "birthday"]),
       value=VALUES | garbage | st.sampled_from(["ledger", "orders", "nothing.csv", ".", "/", "2026-11-18"]))
def test_the_rest_of_the_surface_survives_anything(target: str, use: str, value: Any) -> None:
    """The conveniences and fetch sizes take what they are given without a TypeError or worse."""
    connection = TARGETS[target]()

    def sized(cursor: humandb.Cursor) -> object:
        cursor.execute("SELECT 1")
        cursor.arraysize = value
        return cursor.fetchmany()

    uses: dict[str, Callable[[humandb.Cursor], object]] = {
        "fetchmany": lambda cursor: cursor.execute("SELECT 1 UNION SELECT 2").fetchmany(value),
        "arraysize": sized,
        "load_csv": lambda cursor: connection.load_csv(value),
        "load_csv_as": lambda cursor: connection.load_csv("nothing.csv", value),
        "schema": lambda cursor: connection.schema(value),
        "remember_birthday": lambda cursor: connection.remember_birthday(value, "2000-01-01"),
        "offer_snack": lambda cursor: connection.offer_snack(value),
        "birthday": lambda cursor: connection.remember_birthday("Sam", value),
    }
    attempt(connection, uses[use], pristine(target))


# -- cases worth naming ---------------------------------------------------------------------------


@pytest.mark.parametrize("value", [2**63, -(2**63) - 1, 2**200])
def test_an_integer_beyond_sqlite_is_a_data_error(memory: humandb.Connection, value: int) -> None:
    with pytest.raises(humandb.DataError) as caught:
        memory.execute("SELECT ?", (value,))
    assert "too large" in caught.value.cause and caught.value.dave


@pytest.mark.parametrize("operation", ["SELECT '\ud800'", "\udcff", "SELECT 1; SELECT '\udfff'"])
def test_a_lone_surrogate_in_the_text_is_a_programming_error(memory: humandb.Connection, operation: str) -> None:
    for call in (memory.cursor().execute, memory.cursor().executescript):
        with pytest.raises(humandb.ProgrammingError) as caught:
            call(operation)
        assert caught.value.dave and "surrogate" in caught.value.cause
    still_answers(memory)


def test_a_lone_surrogate_in_a_parameter_is_a_data_error(memory: humandb.Connection) -> None:
    with pytest.raises(humandb.DataError) as caught:
        memory.execute("SELECT ?", ("\ud800",))
    assert caught.value.dave and "surrogate" in caught.value.cause


@pytest.mark.parametrize("value", [[1, 2], {"a": 1}, Stranger(), 1j, decimal.Decimal("1.5")])
def test_a_value_sqlite_cannot_store_is_a_programming_error(memory: humandb.Connection, value: object) -> None:
    with pytest.raises(humandb.ProgrammingError) as caught:
        memory.execute("SELECT ?", (value,))
    assert caught.value.dave and "not supported" in caught.value.cause


def test_dates_and_odd_floats_go_in_and_come_back(dave: humandb.Connection) -> None:
    row = dave.execute("SELECT ?, ?, ?, ?", (datetime.date(2026, 11, 18), datetime.datetime(2026, 11, 18, 10, 0),
                                             float("inf"), float("nan"))).fetchone()
    assert row == ("2026-11-18", "2026-11-18 10:00:00", float("inf"), None)  # SQLite stores NaN as NULL
    cursor = dave.execute("SELECT ?, ?", (float("-inf"), 2**62))
    assert cursor.fetchall() and cursor.messages  # Dave rounds and reports the extremes too


@pytest.mark.parametrize(("operation", "params"), [
    ("SELECT ?", (1, 2)), ("SELECT ?", ()), ("SELECT ?", [None, None, None]), ("SELECT ?", {"a": 1}),
    ("SELECT ?", 5), ("SELECT ?, ?, ?", "ab"), ("SELECT * FROM ledger WHERE name = :name", {"nom": "rent"}),
])
def test_parameters_that_do_not_fit_are_a_programming_error(operation: str, params: Any) -> None:
    connection = _ledger()
    with pytest.raises(humandb.ProgrammingError) as caught:
        connection.execute(operation, params)
    assert caught.value.dave and caught.value.cause


@pytest.mark.parametrize("target", ["memory", "eventual", "performed"])
@pytest.mark.parametrize("many", [5, None, Stranger(), [5], [None]])
def test_executemany_wants_a_sequence_of_parameter_sets(target: str, many: Any) -> None:
    connection = TARGETS[target]()
    before = fingerprint(connection)
    with pytest.raises(humandb.ProgrammingError) as caught:
        connection.cursor().executemany("INSERT INTO ledger (name) VALUES (?)", many)
        connection.commit()
    assert caught.value.dave and caught.value.cause
    connection.rollback()
    assert fingerprint(connection) == before


@pytest.mark.parametrize("target", ["memory", "eventual"])
def test_a_parameter_iterator_that_raises_leaves_no_half_batch(target: str) -> None:
    """The caller's own exception comes back as it was (it is theirs, not the database's); nothing lands."""
    connection = TARGETS[target]()
    before = fingerprint(connection)

    def sets() -> Iterator[tuple[str]]:
        yield ("first",)
        raise KeyError("the caller's own bug")

    with pytest.raises(KeyError, match="the caller's own bug"):
        connection.cursor().executemany("INSERT INTO ledger (name) VALUES (?)", sets())
    connection.commit()
    assert fingerprint(connection) == before


@pytest.mark.parametrize("script", [5, None, b"SELECT 1", ["SELECT 1"]])
def test_executescript_wants_a_str(memory: humandb.Connection, script: Any) -> None:
    with pytest.raises(humandb.ProgrammingError) as caught:
        memory.cursor().executescript(script)
    assert caught.value.dave and "str" in caught.value.cause


@pytest.mark.parametrize(("procname", "params"), [(5, ()), (None, ()), ("abs", 5), ("abs", None), ("abs", Stranger())])
def test_callproc_wants_a_name_and_a_sequence(memory: humandb.Connection, procname: Any, params: Any) -> None:
    with pytest.raises(humandb.ProgrammingError) as caught:
        memory.cursor().callproc(procname, params)
    assert caught.value.dave and caught.value.cause
    still_answers(memory)


# connect() and its options are checked in api.py and settings.py; until they check these, the tests say so.
@pytest.mark.parametrize("database", [None, 5, Stranger()])
def test_connect_wants_a_path(database: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Not a file named "None" in the working directory: a database is a path, ":memory:" or ":dave:"."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(humandb.InterfaceError) as caught:
        humandb.connect(database, sla="instant")
    assert caught.value.dave and caught.value.cause
    assert not list(tmp_path.iterdir())


def test_connect_wants_a_clock_that_is_a_clock() -> None:
    with pytest.raises(humandb.InterfaceError) as caught:
        humandb.connect(":memory:", sla="instant", clock=5)  # type: ignore[arg-type]
    assert caught.value.dave and "now()" in caught.value.cause


@pytest.mark.parametrize("option", [{"seed": "x"}, {"tier": None}, {"accuracy": "x"}])
def test_connect_refuses_options_of_the_wrong_kind(option: dict[str, Any]) -> None:
    with pytest.raises(humandb.InterfaceError) as caught:
        humandb.connect(":memory:", sla="instant", **option)
    assert caught.value.dave and caught.value.cause
