"""A plain database (quiet, exact: no paperwork) takes a short path for a statement it has read before.
The short path must hand over what sqlite3 hands over, whatever else is going on on the connection."""

from __future__ import annotations

import datetime
import sqlite3

import humandb


def _pair() -> tuple[humandb.Connection, sqlite3.Connection]:
    plain = humandb.connect(":memory:", sla="instant", exact=True, show=False, sound=False)
    reference = sqlite3.connect(":memory:")
    for con in (plain, reference):
        con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, price REAL, day TEXT)")
        con.executemany("INSERT INTO t VALUES (?, ?, ?, ?)",
                        [(n, f"n{n}", n / 4 if n % 7 else None, f"2024-01-{n % 28 + 1:02d}") for n in range(1, 3001)])
        con.commit()
    return plain, reference


def test_a_streaming_result_keeps_its_place_while_other_statements_run() -> None:
    plain, reference = _pair()
    big = "SELECT id, name FROM t ORDER BY id"
    plain.execute(big).fetchall()  # read before: the next run takes the short path
    streaming = plain.execute(big)
    head = streaming.fetchmany(20)
    for n in range(1, 50):  # point SELECTs in between, on the same connection
        assert plain.execute("SELECT * FROM t WHERE id = ?", (n,)).fetchall() == \
            reference.execute("SELECT * FROM t WHERE id = ?", (n,)).fetchall()
    assert head + streaming.fetchall() == reference.execute(big).fetchall()
    assert streaming.rowcount == -1  # as sqlite3 says for a result it has not seen the end of


def test_descriptions_follow_the_values_and_the_columns() -> None:
    plain, _ = _pair()
    query = "SELECT * FROM t WHERE id = ?"
    with_price = plain.execute(query, (1,)).description
    without_price = plain.execute(query, (7,)).description  # price is NULL: the declared type says REAL
    assert [column[:2] for column in with_price or ()] == [("id", "INTEGER"), ("name", "TEXT"), ("price", "REAL"),
                                                          ("day", "TEXT")]
    assert [column[:2] for column in without_price or ()] == [column[:2] for column in with_price or ()]
    plain.execute("ALTER TABLE t RENAME COLUMN name TO label")
    assert [column[0] for column in plain.execute(query, (1,)).description or ()] == ["id", "label", "price", "day"]


def test_dates_as_parameters_are_bound_as_iso_text_on_the_short_path() -> None:
    plain, _ = _pair()
    query = "SELECT id FROM t WHERE day = ? ORDER BY id LIMIT 1"
    assert plain.execute(query, ("2024-01-05",)).fetchall() == [(4,)]
    assert plain.execute(query, (datetime.date(2024, 1, 5),)).fetchall() == [(4,)]
    assert plain.execute(query, [datetime.date(2024, 1, 5)]).fetchall() == [(4,)]


def test_the_short_path_still_counts_dave_s_turns_and_refuses_like_the_long_one() -> None:
    plain, _ = _pair()
    query = "SELECT * FROM t WHERE id = ?"
    first = plain.execute(query, (1,)).answer
    second = plain.execute(query, (2,)).answer
    assert first is not None and second is not None and second.turn == first.turn + 1
    assert second.report is None and second.words == ""
    try:
        plain.execute(query, (1, 2))
    except humandb.ProgrammingError as error:
        assert "binding" in error.cause.lower() or "parameter" in error.cause.lower()
    else:
        raise AssertionError("two parameters for one placeholder were accepted")
