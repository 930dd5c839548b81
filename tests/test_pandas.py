"""pandas: read_sql and to_sql through the SQLAlchemy dialect, and Cursor.fetchdf()."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal
from sqlalchemy import Engine, create_engine

import humandb
from humandb.brain import sample_cache

QUICK = "sla=instant&show=false&sound=false"
BY_STATUS = "SELECT status, COUNT(*) AS orders, SUM(amount) AS total FROM orders GROUP BY status ORDER BY status"


@pytest.fixture
def reference() -> Iterator[sqlite3.Connection]:
    """Dave's sample company, straight from sqlite3."""
    connection = sqlite3.connect(sample_cache.cached_sample())
    yield connection
    connection.close()


def engine(url: str) -> Iterator[Engine]:
    made = create_engine(url)
    yield made
    made.dispose()  # closes its connections


@pytest.fixture
def brain(tmp_path: Path) -> Iterator[Engine]:
    """A file database in tmp_path, exact."""
    yield from engine(f"humandb:///{tmp_path / 'frames.brain'}?{QUICK}&exact=true")


@pytest.fixture
def exact() -> Iterator[Engine]:
    """Dave's sample company, exact."""
    yield from engine(f"humandb://?{QUICK}&exact=true")


@pytest.fixture
def daves() -> Iterator[Engine]:
    """Dave's sample company, as Dave reports it."""
    yield from engine(f"humandb://?{QUICK}&seed=7")


def test_read_sql_through_an_exact_engine_equals_sqlite3(exact: Engine, reference: sqlite3.Connection) -> None:
    assert_frame_equal(pd.read_sql(BY_STATUS, exact), pd.read_sql(BY_STATUS, reference))


def test_read_sql_through_daves_engine_gives_his_figures(daves: Engine, reference: sqlite3.Connection) -> None:
    reported, exact = pd.read_sql(BY_STATUS, daves), pd.read_sql(BY_STATUS, reference)
    assert list(reported.columns) == list(exact.columns) and list(reported["status"]) == list(exact["status"])
    assert not reported["total"].equals(exact["total"])
    assert ((reported["total"] - exact["total"]).abs() < 0.35 * exact["total"]).all()


def test_to_sql_writes_a_table_that_reads_back(brain: Engine, tmp_path: Path) -> None:
    frame = pd.DataFrame({"name": ["Pat", "Sam", None], "score": [1.5, 2.25, None], "visits": [3, 1, 4]})
    assert frame.to_sql("scores", brain, index=False) == 3
    assert_frame_equal(pd.read_sql("SELECT * FROM scores", brain), frame)
    assert_frame_equal(pd.read_sql_table("scores", brain), frame)
    stored = sqlite3.connect(tmp_path / "frames.brain")  # in the file, for anyone to read
    assert stored.execute("SELECT SUM(visits) FROM scores").fetchone() == (8,)
    stored.close()


def test_to_sql_replaces_and_appends(brain: Engine) -> None:
    frame = pd.DataFrame({"n": [1, 2]})
    frame.to_sql("numbers", brain, index=False)
    frame.to_sql("numbers", brain, index=False, if_exists="append")
    assert pd.read_sql("SELECT n FROM numbers", brain)["n"].tolist() == [1, 2, 1, 2]
    pd.DataFrame({"n": [7]}).to_sql("numbers", brain, index=False, if_exists="replace")
    assert pd.read_sql("SELECT n FROM numbers", brain)["n"].tolist() == [7]


def test_read_sql_on_a_raw_connection_works_with_pandas_warning(reference: sqlite3.Connection) -> None:
    connection = humandb.connect(sla="instant", exact=True, show=False, sound=False)
    with pytest.warns(UserWarning, match="SQLAlchemy"):  # pandas tests only sqlite3 among the DBAPIs
        frame = pd.read_sql(BY_STATUS, connection)
    assert_frame_equal(frame, pd.read_sql(BY_STATUS, reference))
    connection.close()


# -- Cursor.fetchdf() -------------------------------------------------------------------------------


def test_fetchdf_hands_over_the_remaining_rows_with_the_cursors_columns(memory: humandb.Connection) -> None:
    memory.execute("CREATE TABLE t (a INTEGER, b TEXT)")
    memory.cursor().executemany("INSERT INTO t VALUES (?, ?)", [(1, "x"), (2, "y"), (3, None)])
    cursor = memory.execute("SELECT a, b AS label FROM t ORDER BY a")
    assert cursor.fetchone() == (1, "x")
    frame = cursor.fetchdf()
    assert_frame_equal(frame, pd.DataFrame({"a": [2, 3], "label": ["y", None]}))
    assert list(cursor.fetchdf().columns) == ["a", "label"] and cursor.fetchdf().empty


def test_fetchdf_gives_daves_rows_unless_exact(dave: humandb.Connection, reference: sqlite3.Connection) -> None:
    frame = dave.execute("SELECT SUM(amount) AS total FROM orders").fetchdf()
    (exact,) = reference.execute("SELECT SUM(amount) FROM orders").fetchone()
    assert list(frame.columns) == ["total"] and frame["total"][0] != exact


def test_fetchdf_without_a_result_set_is_a_programming_error(memory: humandb.Connection) -> None:
    cursor = memory.execute("CREATE TABLE t (a INTEGER)")
    with pytest.raises(humandb.ProgrammingError):
        cursor.fetchdf()


def test_fetchdf_without_pandas_says_which_extra(memory: humandb.Connection, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # as if pandas were not installed
    with pytest.raises(humandb.InterfaceError, match=r"pip install 'humandb-dave\[pandas\]'") as refused:
        memory.execute("SELECT 1").fetchdf()
    assert refused.value.dave.startswith("Dave")
