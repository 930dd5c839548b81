"""The tools data people already use: polars, pandas, Arrow, jupysql, a real notebook kernel, mypy, DuckDB's
habits and DuckDB itself — each on the real thing, getting what sqlite3 would give them."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pandas as pd
import polars as pl
import pyarrow as pa
import pytest
import sqlalchemy

import humandb
from humandb.brain.sample_cache import cached_sample

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def plain() -> humandb.Connection:
    """Dave's company, instant and exact: what a tool talks to."""
    return humandb.connect(sla="instant", exact=True, show=False, sound=False)


@pytest.fixture
def reference() -> sqlite3.Connection:
    return sqlite3.connect(cached_sample())


# -- polars and pandas read what sqlite3 would give them ------------------------------------------------


def test_polars_reads_every_column_of_orders_as_sqlite3_gives_it(plain: humandb.Connection,
                                                                  reference: sqlite3.Connection) -> None:
    query = "SELECT * FROM orders ORDER BY id LIMIT 500"
    ours = pl.read_database(query, plain)
    theirs = pl.read_database(query, reference)
    assert ours.schema == theirs.schema and ours.equals(theirs)
    assert ours.schema["ordered_at"] == pl.String


def test_polars_reads_through_the_engine_too(tmp_path: Path) -> None:
    engine = sqlalchemy.create_engine("humandb://?sla=instant&exact=true")
    with engine.connect() as connection:
        frame = pl.read_database("SELECT id, signed_up_on FROM customers ORDER BY id LIMIT 5", connection)
    assert frame.height == 5 and frame.schema["signed_up_on"] == pl.String
    engine.dispose()


def test_pandas_gets_the_same_types_as_from_sqlite3(reference: sqlite3.Connection) -> None:
    query = "SELECT * FROM orders ORDER BY id LIMIT 200"
    engine = sqlalchemy.create_engine("humandb://?sla=instant&exact=true")
    ours = pd.read_sql(query, engine)
    theirs = pd.read_sql(query, reference)
    pd.testing.assert_frame_equal(ours, theirs)
    engine.dispose()


def test_a_cursor_hands_rows_over_as_duckdbs_client_does(plain: humandb.Connection) -> None:
    sql = "SELECT id, name, price FROM products ORDER BY id LIMIT 4"
    expected = plain.execute(sql).fetchall()
    frame = plain.execute(sql).df()
    assert list(frame.columns) == ["id", "name", "price"] and [tuple(row) for row in frame.itertuples(index=False)] \
        == expected
    assert plain.execute(sql).pl().rows() == expected
    table = plain.execute(sql).arrow()
    assert isinstance(table, pa.Table) and table.column_names == ["id", "name", "price"]
    assert table.to_pylist()[0]["name"] == expected[0][1]
    assert plain.execute(sql).fetch_arrow_table().num_rows == 4


def test_a_missing_library_is_named_with_its_extra(plain: humandb.Connection,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    for module, extra in (("polars", "polars"), ("pyarrow", "arrow")):
        monkeypatch.setitem(sys.modules, module, None)
        cursor = plain.execute("SELECT 1")
        with pytest.raises(humandb.InterfaceError, match=rf"humandb-dave\[{extra}\]"):
            cursor.pl() if module == "polars" else cursor.arrow()
        assert cursor.fetchall() == [(1,)]  # a refusal costs no rows


@pytest.mark.parametrize("frame", [
    pd.DataFrame({"city": ["Leeds", "York", None], "visits": [3, 1, 4], "when": pd.to_datetime(
        ["2026-04-01", "2026-04-02", None])}),
    pl.DataFrame({"city": ["Leeds", "York", None], "visits": [3, 1, 4], "when": ["2026-04-01", "2026-04-02", None]}),
    pa.table({"city": ["Leeds", "York", None], "visits": [3, 1, 4], "when": ["2026-04-01", "2026-04-02", None]}),
], ids=["pandas", "polars", "arrow"])
def test_register_makes_a_frame_a_table(plain: humandb.Connection, frame: object) -> None:
    plain.register("visits", frame)
    rows = plain.execute('SELECT city, visits, substr("when", 1, 10) FROM visits ORDER BY visits').fetchall()
    assert rows == [("York", 1, "2026-04-02"), ("Leeds", 3, "2026-04-01"), (None, 4, None)]
    plain.register("visits", frame)  # again: replaced, not doubled
    assert plain.execute("SELECT COUNT(*) FROM visits").fetchone() == (3,)
    with pytest.raises(humandb.ProgrammingError, match="DataFrame"):
        plain.register("nope", [1, 2, 3])


# -- DuckDB habits ------------------------------------------------------------------------------------------


def test_describe_and_summarize(plain: humandb.Connection) -> None:
    described = plain.execute("DESCRIBE products").fetchall()
    assert [row[:2] for row in described] == [("id", "INTEGER"), ("name", "TEXT"), ("category", "TEXT"),
                                              ("price", "REAL")]
    assert described[0][3] == "PRI"
    summary = {row[0]: row for row in plain.execute("SUMMARIZE products").fetchall()}
    columns = [column[0] for column in plain.execute("SUMMARIZE products").description or ()]
    assert columns == ["column_name", "column_type", "min", "max", "approx_unique", "avg", "count",
                       "null_percentage"]
    low, high, average = plain.execute("SELECT MIN(price), MAX(price), AVG(price) FROM products").fetchone()
    assert summary["price"][2:4] == (low, high) and summary["price"][5] == pytest.approx(average)
    assert summary["category"][4] == plain.execute("SELECT COUNT(DISTINCT category) FROM products").fetchone()[0]
    of_query = plain.execute("SUMMARIZE SELECT salary FROM employees").fetchall()
    assert len(of_query) == 1 and of_query[0][0] == "salary" and of_query[0][7] > 0  # some salaries are NULL


def test_copy_to_and_from_a_csv_file(plain: humandb.Connection, tmp_path: Path) -> None:
    out = tmp_path / "cheap.csv"
    cursor = plain.execute(f"COPY (SELECT name, price FROM products WHERE price < 10 ORDER BY id) TO '{out}' "
                           "(HEADER, DELIMITER ';')")
    expected = plain.execute("SELECT name, price FROM products WHERE price < 10 ORDER BY id").fetchall()
    lines = out.read_text(encoding="utf-8").splitlines()
    assert cursor.rowcount == len(expected) == len(lines) - 1 and lines[0] == "name;price"
    plain.execute("COPY products TO '" + str(tmp_path / "all.csv") + "'")
    plain.execute("CREATE TABLE restock (name TEXT, price REAL)")
    (tmp_path / "in.csv").write_text("name,price\nPen,1.5\nCup,2\n", encoding="utf-8")
    assert plain.execute(f"COPY restock FROM '{tmp_path / 'in.csv'}'").rowcount == 2
    assert plain.execute("SELECT * FROM restock").fetchall() == [("Pen", 1.5), ("Cup", 2.0)]
    sandboxed = humandb.connect(sla="instant", sandbox=True)
    with pytest.raises(humandb.Error) as caught:
        sandboxed.execute(f"COPY products TO '{tmp_path / 'stolen.csv'}'")
    assert caught.value.limit == "forbidden" and not (tmp_path / "stolen.csv").exists()


@pytest.mark.parametrize("sql", ["SET threads = 4", "USE company", "CALL pragma_version()", "INSTALL httpfs",
                                 "LOAD httpfs", "EXPORT DATABASE 'out'", "SHOW TABLES", "PIVOT orders ON status",
                                 "MERGE INTO products USING products AS p ON products.id = p.id "
                                 "WHEN MATCHED THEN DELETE"])
def test_duckdbs_other_statements_are_refused_plainly(plain: humandb.Connection, sql: str) -> None:
    with pytest.raises(humandb.NotSupportedError) as caught:
        plain.execute(sql)
    assert "not supported here" in caught.value.cause and caught.value.dave
    assert plain.execute("SELECT COUNT(*) FROM products").fetchone() == (120,)


def test_bench_measures_duckdb_on_data_it_loaded_itself() -> None:
    pytest.importorskip("duckdb")
    from humandb.bench import measure

    results = measure(seed=1)
    assert results["duckdb_seconds"] is not None and results["duckdb_seconds"] > 0


# -- type checkers, jupysql and a real kernel -------------------------------------------------------------


def test_a_type_checker_catches_a_tier_that_does_not_exist(tmp_path: Path) -> None:
    script = tmp_path / "gold.py"
    script.write_text("import humandb\nhumandb.connect(tier='gold')\nhumandb.connect(tier='pro', sla='demo')\n",
                      encoding="utf-8")
    checked = subprocess.run([sys.executable, "-m", "mypy", "--no-incremental", str(script)], capture_output=True,
                             text=True, timeout=300, cwd=tmp_path)
    assert checked.returncode == 1 and "gold.py:2:" in checked.stdout and "gold.py:3:" not in checked.stdout


def test_jupysql_talks_to_dave_through_the_sqlalchemy_dialect() -> None:
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    try:
        shell.run_line_magic("load_ext", "sql")
        shell.run_line_magic("sql", "humandb://?sla=instant&exact=true")
        result = shell.run_line_magic("sql", "SELECT COUNT(*) AS n FROM products")
        assert list(result.dict()["n"]) == [120]
    finally:
        InteractiveShell.clear_instance()


NOTEBOOK_CELLS = ["%load_ext humandb", "%dave SELECT COUNT(*) AS n FROM products",
                  "%dave --mute how many customers are there?"]


def test_a_notebook_runs_in_a_real_kernel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nbformat = pytest.importorskip("nbformat")
    monkeypatch.delenv("HUMANDB_SOUND", raising=False)  # the kernel inherits it: HUMANDB_SOUND=0 mutes outputs
    from nbclient import NotebookClient

    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(cell) for cell in NOTEBOOK_CELLS])
    NotebookClient(notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
                   ).execute()
    answered, muted = notebook.cells[1].outputs, notebook.cells[2].outputs
    assert [output["output_type"] for output in answered] == ["execute_result"]  # no empty display first
    html = answered[0]["data"]["text/html"]
    assert "<table" in html and "120" in html and "data:audio/wav;base64," in html
    assert "data:audio/wav;base64," not in muted[0]["data"]["text/html"]
    assert "data:audio" not in answered[0]["data"]["text/plain"]
