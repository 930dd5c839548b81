"""Bring your own data: CSV and TSV files read as tables named by their path."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

import humandb
from humandb.brain.files import CsvProblem, load_csv
from humandb.brain.store import Store
from humandb.reading.sql import read

SALES = 'id,customer,amount,note\n1,"Smith, Jane",10.5,"first line\nsecond line"\n2,Bob,,plain\n3,Ann,3,\n'



@pytest.fixture
def store() -> Iterator[Store]:
    brain = Store(":memory:")
    yield brain
    brain.close()


def write(path: Path, text: str) -> str:
    """Write the file byte for byte (newline="" keeps embedded newlines as written) and return its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        handle.write(text)
    return str(path)


def rows(store: Store, sql: str) -> list[tuple[object, ...]]:
    return store.run(sql).rows


# -- reading the SQL -------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "sql", "files"), [
    ("SELECT * FROM 'sales.csv'", 'SELECT * FROM "sales.csv"', ("sales.csv",)),
    ("SELECT * FROM 'data/Sales.CSV'", 'SELECT * FROM "data/Sales.CSV"', ("data/Sales.CSV",)),
    ("SELECT * FROM 'sales.tsv'", 'SELECT * FROM "sales.tsv"', ("sales.tsv",)),
    ("SELECT s.id FROM read_csv('sales.csv') AS s", 'SELECT s.id FROM "sales.csv" AS s', ("sales.csv",)),
    ("SELECT * FROM read_csv_auto('a.csv', header = true)", 'SELECT * FROM "a.csv"', ("a.csv",)),
    ("SELECT * FROM 'a.csv' JOIN read_csv('b.csv') b ON 1 = 1", 'SELECT * FROM "a.csv" JOIN "b.csv" AS b ON 1 = 1',
     ("a.csv", "b.csv")),
    ("SELECT * FROM orders", "SELECT * FROM orders", ()),
    ('SELECT * FROM main."kept.csv"', 'SELECT * FROM main."kept.csv"', ()),
    ('WITH "c.csv" AS (SELECT 1) SELECT * FROM "c.csv"', 'WITH "c.csv" AS (SELECT 1) SELECT * FROM "c.csv"', ()),
])
def test_files_are_found_and_read_csv_becomes_a_table(text: str, sql: str, files: tuple[str, ...]) -> None:
    statement = read(text)
    assert statement.sql == sql
    assert statement.files == files
    assert set(files) <= set(statement.tables)


def test_a_read_csv_alias_names_the_file_table() -> None:
    statement = read("SELECT s.customer FROM read_csv('sales.csv') AS s")
    assert statement.table_named("s") == "sales.csv"


def test_the_table_a_create_or_drop_is_about_is_not_loaded_first() -> None:
    assert read("DROP TABLE \"sales.csv\"").files == ()
    assert read("CREATE TABLE \"copy.csv\" AS SELECT * FROM 'sales.csv'").files == ("sales.csv",)


def test_explain_reads_the_same_files() -> None:
    assert read("EXPLAIN SELECT * FROM 'sales.csv'").files == ("sales.csv",)


def test_read_csv_needs_a_literal_path() -> None:
    with pytest.raises(humandb.ProgrammingError, match="read_csv takes one file path"):
        read("SELECT * FROM read_csv(?)")


# -- loading ---------------------------------------------------------------------------------


def test_round_trip_with_a_comma_and_a_newline_inside_quotes(tmp_path: Path, store: Store) -> None:
    path = write(tmp_path / "sales.csv", SALES)
    assert store.load_csv(path) == path
    assert rows(store, f'SELECT * FROM "{path}" ORDER BY id') == [
        (1, "Smith, Jane", 10.5, "first line\nsecond line"),
        (2, "Bob", None, "plain"),
        (3, "Ann", 3.0, None),
    ]


def test_types_are_inferred_from_the_values(tmp_path: Path, store: Store) -> None:
    path = write(tmp_path / "types.csv", "n,x,word,zip,blank,signed\n1,1.5,a,02134,,-3\n2,2,b,10001,,+4\n,1e3,7,,,\n")
    store.load_csv(path, "types")
    assert store.declared_types("types") == {
        "n": "INTEGER", "x": "REAL", "word": "TEXT", "zip": "TEXT", "blank": "TEXT", "signed": "INTEGER",
    }
    assert rows(store, "SELECT n, x, word, zip, blank, signed FROM types") == [
        (1, 1.5, "a", "02134", None, -3),
        (2, 2.0, "b", "10001", None, 4),
        (None, 1000.0, "7", None, None, None),
    ]


def test_integers_too_wide_for_sqlite_stay_text(tmp_path: Path, store: Store) -> None:
    path = write(tmp_path / "cards.csv", "card,n\n12345678901234567890,9223372036854775807\n")
    store.load_csv(path, "cards")
    assert rows(store, "SELECT card, n FROM cards") == [("12345678901234567890", 2**63 - 1)]


def test_empty_fields_are_null(tmp_path: Path, store: Store) -> None:
    path = write(tmp_path / "gaps.csv", "a,b\n1,\n,x\n")
    store.load_csv(path, "gaps")
    assert rows(store, "SELECT COUNT(*), COUNT(a), COUNT(b), SUM(a IS NULL), SUM(b IS NULL) FROM gaps") == [
        (2, 1, 1, 1, 1)
    ]


def test_a_tsv_is_split_on_tabs(tmp_path: Path, store: Store) -> None:
    path = write(tmp_path / "pets.tsv", "name\tlegs\nRex, the dog\t4\n")
    store.load_csv(path, "pets")
    assert rows(store, "SELECT name, legs FROM pets") == [("Rex, the dog", 4)]


def test_header_names_are_trimmed_and_made_unique(tmp_path: Path, store: Store) -> None:
    path = write(tmp_path / "odd.csv", "\ufeff id , Name,name,\n1,a,b,c\n")  # a BOM, as spreadsheets write
    store.load_csv(path, "odd")
    assert store.run("SELECT * FROM odd").columns == ("id", "Name", "name_2", "column4")


def test_a_relative_path_names_the_table_as_written(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "data" / "sales.csv", SALES)
    monkeypatch.chdir(tmp_path)
    statement = read("SELECT COUNT(*) FROM 'data/sales.csv'")
    for path in statement.files:
        store.load_csv(path)
    assert rows(store, statement.sql) == [(3,)]


def test_read_csv_with_an_alias_runs(tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "sales.csv", SALES)
    monkeypatch.chdir(tmp_path)
    statement = read("SELECT s.customer FROM read_csv('sales.csv') AS s WHERE s.amount > 5")
    for path in statement.files:
        store.load_csv(path)
    assert rows(store, statement.sql) == [("Smith, Jane",)]


def test_a_changed_file_is_loaded_again(tmp_path: Path, store: Store) -> None:
    path = write(tmp_path / "sales.csv", "id,amount\n1,10\n")
    store.load_csv(path)
    write(tmp_path / "sales.csv", "id,amount\n1,10\n2,20\n")
    os.utime(path, ns=(1, 1))  # a different mtime even on a file system with coarse timestamps
    store.load_csv(path)
    assert rows(store, f'SELECT SUM(amount) FROM "{path}"') == [(30,)]


def test_an_unchanged_file_is_not_read_again(tmp_path: Path, store: Store) -> None:
    path = write(tmp_path / "sales.csv", "id,amount\n1,10\n")
    store.load_csv(path)
    store.run(f'INSERT INTO "{path}" VALUES (2, 20)', writes=True)
    store.load_csv(path)
    assert rows(store, f'SELECT COUNT(*) FROM "{path}"') == [(2,)]


def test_a_dropped_table_is_loaded_again(tmp_path: Path, store: Store) -> None:
    path = write(tmp_path / "sales.csv", SALES)
    store.load_csv(path)
    store.run(f'DROP TABLE "{path}"', writes=True)
    store.load_csv(path)
    assert rows(store, f'SELECT COUNT(*) FROM "{path}"') == [(3,)]


def test_a_rollback_undoes_the_load_and_its_memory(tmp_path: Path, store: Store) -> None:
    path = write(tmp_path / "sales.csv", SALES)
    store.begin()
    store.load_csv(path)
    store.rollback()
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        store.run(f'SELECT * FROM "{path}"')
    store.load_csv(path)
    assert rows(store, f'SELECT COUNT(*) FROM "{path}"') == [(3,)]


def test_a_load_outside_a_transaction_leaves_none_open(tmp_path: Path, store: Store) -> None:
    store.load_csv(write(tmp_path / "sales.csv", SALES))
    assert not store.in_transaction


def test_loaded_tables_stay_out_of_the_database_file(tmp_path: Path) -> None:
    path = write(tmp_path / "sales.csv", SALES)
    brain = Store(tmp_path / "company.db")
    brain.load_csv(path)
    brain.commit()
    brain.close()
    db = sqlite3.connect(tmp_path / "company.db")
    try:
        assert db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone() == (0,)
    finally:
        db.close()


def test_load_csv_works_on_a_plain_sqlite_connection(tmp_path: Path) -> None:
    db = sqlite3.connect(":memory:")
    try:
        assert load_csv(db, write(tmp_path / "sales.csv", SALES), "sales") == "sales"
        assert db.execute("SELECT COUNT(*) FROM sales").fetchone() == (3,)
    finally:
        db.close()


# -- problems --------------------------------------------------------------------------------


def test_a_missing_file_names_the_file(tmp_path: Path, store: Store) -> None:
    path = str(tmp_path / "nope.csv")
    with pytest.raises(CsvProblem, match=r"nope\.csv: no such file") as caught:
        store.load_csv(path)
    assert caught.value.missing
    assert caught.value.path == path


def test_a_short_row_names_the_file_and_its_line(tmp_path: Path, store: Store) -> None:
    # The quoted newline makes record 2 span lines 2 and 3, so the short row starts on line 4.
    path = write(tmp_path / "sales.csv", 'id,name,amount\n1,"two\nlines",3\n2,short\n')
    with pytest.raises(CsvProblem) as caught:
        store.load_csv(path)
    assert str(caught.value) == f"{path}, line 4: expected 3 fields, found 2"
    assert (caught.value.line, caught.value.missing) == (4, False)


def test_a_long_row_is_refused_and_nothing_is_loaded(tmp_path: Path, store: Store) -> None:
    path = write(tmp_path / "sales.csv", "a,b\n1,2\n3,4,5\n")
    with pytest.raises(CsvProblem, match=r"line 3: expected 2 fields, found 3"):
        store.load_csv(path)
    assert rows(store, "SELECT COUNT(*) FROM sqlite_temp_master") == [(0,)]


@pytest.mark.parametrize(("text", "problem"), [
    ("", "the file is empty"),
    ("\n\n", "the file is empty"),
    (",,\n1,2,3\n", "line 1: no header"),
    ("1,2,3\n4,5,6\n", "line 1: no header"),
])
def test_a_file_without_a_header_is_refused(tmp_path: Path, store: Store, text: str, problem: str) -> None:
    path = write(tmp_path / "bare.csv", text)
    with pytest.raises(CsvProblem, match=problem):
        store.load_csv(path)


def test_a_file_that_is_not_utf8_is_refused(tmp_path: Path, store: Store) -> None:
    (tmp_path / "latin.csv").write_bytes("name\ncaf\u00e9\n".encode("latin-1"))
    with pytest.raises(CsvProblem, match=r"latin\.csv: not UTF-8 text"):
        store.load_csv(str(tmp_path / "latin.csv"))


def test_a_directory_is_not_a_file(tmp_path: Path, store: Store) -> None:
    (tmp_path / "folder.csv").mkdir()
    with pytest.raises(CsvProblem, match=r"folder\.csv"):
        store.load_csv(str(tmp_path / "folder.csv"))


def test_a_csv_problem_is_a_value_error() -> None:
    assert issubclass(CsvProblem, ValueError)


# -- end to end (the pipeline loads statement.files before running) ------------------------------


def test_select_from_a_file(tmp_path: Path, memory: humandb.Connection, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "sales.csv", SALES)
    monkeypatch.chdir(tmp_path)
    result = memory.execute("SELECT customer, amount FROM 'sales.csv' ORDER BY id").fetchall()
    assert result == [("Smith, Jane", 10.5), ("Bob", None), ("Ann", 3.0)]


def test_select_from_read_csv_with_an_alias(
    tmp_path: Path, memory: humandb.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "data" / "sales.csv", SALES)
    monkeypatch.chdir(tmp_path)
    cursor = memory.execute("SELECT s.id FROM read_csv('data/sales.csv') AS s WHERE s.amount IS NOT NULL ORDER BY 1")
    assert cursor.fetchall() == [(1,), (3,)]


def test_a_file_is_read_again_after_it_changes(
    tmp_path: Path, memory: humandb.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "sales.csv", "id\n1\n")
    monkeypatch.chdir(tmp_path)
    assert memory.execute("SELECT COUNT(*) FROM 'sales.csv'").fetchone() == (1,)
    write(tmp_path / "sales.csv", "id\n1\n2\n")
    os.utime(tmp_path / "sales.csv", ns=(1, 1))
    assert memory.execute("SELECT COUNT(*) FROM 'sales.csv'").fetchone() == (2,)


def test_a_missing_file_is_a_programming_error(
    tmp_path: Path, memory: humandb.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(humandb.ProgrammingError, match=r"nope\.csv: no such file"):
        memory.execute("SELECT * FROM 'nope.csv'")


def test_a_malformed_file_is_a_programming_error(
    tmp_path: Path, memory: humandb.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "bad.csv", "a,b\n1,2\n3\n")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(humandb.ProgrammingError, match=r"bad\.csv, line 3: expected 2 fields, found 1"):
        memory.execute("SELECT * FROM 'bad.csv'")


def test_connection_load_csv_names_the_table_and_reports_bad_files(tmp_path: Path) -> None:
    path = tmp_path / "team.csv"
    path.write_text('name,role\nDave,"analyst, senior"\nGary,ledger keeper\n', encoding="utf-8")
    con = humandb.connect(":memory:", sla="instant", exact=True)
    assert con.load_csv(path, table="team") == "team"
    assert con.execute("SELECT role FROM team ORDER BY name").fetchall() == [("analyst, senior",), ("ledger keeper",)]
    with pytest.raises(humandb.ProgrammingError, match=r"nope\.csv"):
        con.load_csv(tmp_path / "nope.csv")
    (tmp_path / "ragged.csv").write_text("a,b\n1,2\n3\n", encoding="utf-8")
    with pytest.raises(humandb.ProgrammingError, match="line 3") as caught:
        con.load_csv(tmp_path / "ragged.csv")
    assert caught.value.dave
    assert con.execute("SELECT COUNT(*) FROM team").fetchone() == (2,)
