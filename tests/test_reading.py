"""Reading: dialects, the gaps sqlglot leaves for SQLite, errors with positions, the parse cache."""

from __future__ import annotations

import pytest

import humandb
from humandb.reading.splitting import statements
from humandb.reading.sql import read

SAME_QUERY = {
    "duckdb": "SELECT department, COUNT(*)::INTEGER AS n FROM employees "
    "WHERE name ILIKE 'a%' GROUP BY ALL ORDER BY n DESC, department LIMIT 3",
    "postgres": "SELECT department, CAST(COUNT(*) AS INTEGER) AS n FROM employees "
    "WHERE name ILIKE 'a%' GROUP BY department ORDER BY n DESC, department LIMIT 3",
    "mysql": "SELECT department, COUNT(*) AS n FROM `employees` "
    "WHERE LOWER(name) LIKE 'a%' GROUP BY department ORDER BY n DESC, department LIMIT 3",
    "sqlite": "SELECT department, COUNT(*) AS n FROM employees "
    "WHERE name LIKE 'a%' GROUP BY department ORDER BY n DESC, department LIMIT 3",
}


def _rows(dialect: str, sql: str, params: object = None) -> list[tuple[object, ...]]:
    with humandb.connect(exact=True, sla="instant", dialect=dialect) as con:
        return con.execute(sql, params).fetchall()


def test_the_same_query_in_four_dialects_gives_the_same_rows() -> None:
    results = {dialect: _rows(dialect, sql) for dialect, sql in SAME_QUERY.items()}
    assert results["sqlite"], "the query should find someone whose name starts with A"
    assert all(rows == results["sqlite"] for rows in results.values()), results


@pytest.mark.parametrize(
    ("duckdb", "sqlite"),
    [
        ("SELECT status, COUNT(*) FROM orders GROUP BY ALL ORDER BY 1",
         "SELECT status, COUNT(*) FROM orders GROUP BY status ORDER BY 1"),
        ("SELECT median(price) FROM products", None),
        ("SELECT date_trunc('month', ordered_at) AS m, COUNT(*) FROM orders GROUP BY 1 ORDER BY 1 LIMIT 3",
         "SELECT strftime('%Y-%m-01 00:00:00', ordered_at) AS m, COUNT(*) FROM orders GROUP BY 1 ORDER BY 1 LIMIT 3"),
        ("SELECT name FROM products WHERE id = $1", "SELECT name FROM products WHERE id = ?"),
    ],
)
def test_duckdb_idioms_that_sqlite_lacks(duckdb: str, sqlite: str | None) -> None:
    params = (7,) if "$1" in duckdb else None
    got = _rows("duckdb", duckdb, params)
    if sqlite is None:  # median: compare with the middle value computed in Python
        prices = sorted(row[0] for row in _rows("sqlite", "SELECT price FROM products"))
        middle = len(prices) // 2
        expected = prices[middle] if len(prices) % 2 else (prices[middle - 1] + prices[middle]) / 2
        assert got == [(pytest.approx(expected),)]
    else:
        assert got == _rows("sqlite", sqlite, params)


def test_list_aggregates_into_a_json_array() -> None:
    (value,) = _rows("duckdb", "SELECT list(id) FROM products WHERE id <= 3")[0]
    assert sorted(__import__("json").loads(value)) == [1, 2, 3]


def test_create_index_without_nulls_last(memory: humandb.Connection) -> None:
    memory.execute("CREATE TABLE t (a INTEGER)")
    memory.execute("CREATE INDEX t_a ON t (a)")
    assert read("CREATE INDEX t_a ON t (a)").sql == "CREATE INDEX t_a ON t(a)"


def test_invalid_sql_says_where(memory: humandb.Connection) -> None:
    with pytest.raises(humandb.ProgrammingError) as caught:
        memory.execute("SELECT name FROM WHERE x = 1")
    error = caught.value
    assert error.dave and error.cause
    assert "line 1, column" in error.cause
    assert str(error).startswith(error.dave)


def test_unterminated_string_is_a_programming_error(memory: humandb.Connection) -> None:
    with pytest.raises(humandb.ProgrammingError, match="never closed"):
        memory.execute("SELECT 'oops")


@pytest.mark.parametrize(("sql", "plain", "caret"), [
    ("SELECT 1 +", "something is missing after '+'", "           ^"),
    ("SELECT 2 * FROM orders", "something is missing before 'FROM'", "             ^"),  # sqlglot stops at FROM
    ("SELECT * FORM orders", "'orders' was not expected here", "                ^"),
    ("SELECT (1", "a closing parenthesis is missing", "          ^"),
    ("CREATE TABLE", "a table name is missing", "         ^"),
])
def test_a_syntax_error_says_where_and_why_plainly(memory: humandb.Connection, sql: str, plain: str,
                                                  caret: str) -> None:
    with pytest.raises(humandb.ProgrammingError) as caught:
        memory.execute(sql)
    cause = caught.value.cause
    assert cause.startswith(plain) and cause.splitlines()[1:] == [f"  {sql}", caret]
    assert "<class" not in cause and "sqlglot" not in cause and caught.value.dave
    assert caught.value.__cause__ is None and caught.value.__suppress_context__  # the traceback starts with Dave


def test_a_missing_table_traceback_starts_with_daves_error(memory: humandb.Connection) -> None:
    with pytest.raises(humandb.ProgrammingError) as caught:
        memory.execute("SELECT * FROM nowhere")
    assert "no such table" in caught.value.cause and caught.value.__cause__ is None


def test_two_statements_in_one_execute_are_refused(memory: humandb.Connection) -> None:
    with pytest.raises(humandb.ProgrammingError, match="2 statements"):
        memory.execute("CREATE TABLE a (x INTEGER); CREATE TABLE b (y INTEGER)")
    assert memory.execute("SELECT COUNT(*) FROM sqlite_master").fetchone() == (0,)


def test_a_bare_expression_is_not_a_statement() -> None:
    with pytest.raises(humandb.ProgrammingError, match="not a statement"):
        read("1 + 1")


def test_the_parse_is_cached_by_text() -> None:
    read.cache_clear()
    first = read("SELECT 1 AS one")
    assert read("SELECT 1 AS one") is first
    assert read.cache_info().hits == 1


def test_statement_kinds_and_shape() -> None:
    statement = read("SELECT d, AVG(salary) FROM employees e JOIN x ON e.id = x.id WHERE a > 1 GROUP BY d ORDER BY 2")
    assert statement.kind == "select"
    assert statement.tables == ("employees", "x")
    assert (statement.joins, statement.grouped, statement.ordered, statement.filtered) == (1, True, True, True)
    assert statement.computed == (False, True)
    assert statement.subjects == ("d", "salary")
    assert read("EXPLAIN SELECT * FROM t").kind == "explain"
    kinds = {sql: read(sql).kind for sql in ("INSERT INTO t VALUES (1)", "UPDATE t SET a = 1",
                                             "DELETE FROM t", "DROP TABLE t", "COMMIT")}
    assert list(kinds.values()) == ["insert", "update", "delete", "drop", "commit"]


def test_script_splitting_respects_strings_and_comments() -> None:
    script = "INSERT INTO t VALUES ('a;b'); -- a comment; with a semicolon\nSELECT 2;\n;"
    assert statements(script) == ["INSERT INTO t VALUES ('a;b')", "-- a comment; with a semicolon\nSELECT 2"]
