"""Every way a connection changes its schema is seen at once by everything that reads the schema: the
tables it lists, Dave's post-its, the declared types and the English reader's catalog. The brain keeps
these until the data changes, so each write path must say that it changed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import humandb
from humandb.stage.clock import FakeClock
from tests.conftest import TODAY


@pytest.fixture
def con() -> Iterator[humandb.Connection]:
    connection = humandb.connect(":memory:", sla="instant", exact=True, show=False, sound=False,
                                 clock=FakeClock(TODAY))
    connection.execute("CREATE TABLE kites (id INTEGER PRIMARY KEY, colour TEXT, price REAL)")
    connection.executemany("INSERT INTO kites (colour, price) VALUES (?, ?)", [("red", 3.5), ("blue", 4.0)])
    connection.commit()
    connection.execute("how many kites are there").fetchall()  # the catalog is read (and kept) before the change
    yield connection
    connection.close()


def _count(connection: humandb.Connection, question: str) -> object:
    return connection.execute(question).fetchall()[0][0]


def test_a_new_table_is_seen(con: humandb.Connection) -> None:
    con.execute("CREATE TABLE spools (id INTEGER PRIMARY KEY, metres INTEGER)")
    con.execute("INSERT INTO spools (metres) VALUES (30), (50)")
    assert "spools" in con.tables()
    assert _count(con, "how many spools are there") == 2


def test_a_new_column_is_seen(con: humandb.Connection) -> None:
    con.execute("ALTER TABLE kites ADD COLUMN tail_length INTEGER")
    con.execute("UPDATE kites SET tail_length = 12")
    assert "tail_length" in con.tables()["kites"]
    assert _count(con, "what is the total tail length of kites") == 24


def test_a_dropped_table_is_gone(con: humandb.Connection) -> None:
    con.execute("CREATE TABLE spools (id INTEGER PRIMARY KEY)")
    con.commit()
    con.execute("DROP TABLE spools")
    assert "spools" not in con.tables()
    with pytest.raises(humandb.Error):
        con.execute("how many spools are there")


def test_a_rolled_back_table_is_gone(con: humandb.Connection) -> None:
    con.execute("CREATE TABLE spools (id INTEGER PRIMARY KEY)")
    assert "spools" in con.tables()
    con.rollback()
    assert "spools" not in con.tables()


def test_an_index_and_its_removal_are_seen_on_the_bezel(con: humandb.Connection) -> None:
    con.execute("CREATE INDEX kites_by_colour ON kites (colour)")
    con.commit()
    assert [postit.index for postit in con.postits] == ["kites_by_colour"]
    con.execute("DROP INDEX kites_by_colour")
    con.commit()
    assert con.postits == ()


def test_tables_made_by_the_helpers_are_seen(con: humandb.Connection, tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas")
    csv = tmp_path / "reels.csv"
    csv.write_text("id,size\n1,4\n2,6\n3,8\n", encoding="utf-8")
    con.import_csv(csv, "reels")
    assert "reels" in con.tables()
    assert _count(con, "how many reels are there") == 3
    con.register("winds", pandas.DataFrame({"speed": [5, 9]}))
    assert con.execute("SELECT COUNT(*) FROM winds").fetchone() == (2,)


@pytest.mark.parametrize("change", [
    lambda c: c.ask("CREATE TABLE spools (id INTEGER PRIMARY KEY); INSERT INTO spools VALUES (1), (2)"),
    lambda c: c.cursor().executemany("INSERT INTO kites (colour, price) VALUES (?, ?)", [("green", 1.0)]) and
    c.execute("CREATE TABLE spools AS SELECT 1 AS id UNION ALL SELECT 2"),
], ids=["ask", "executemany then CREATE AS"])
def test_scripts_and_batches_are_seen(con: humandb.Connection, change: Callable[[humandb.Connection], object]) -> None:
    change(con)
    assert _count(con, "how many spools are there") == 2


def test_another_connection_s_change_to_the_file_is_seen(tmp_path: Path) -> None:
    path = str(tmp_path / "kites.db")
    options = {"sla": "instant", "exact": True, "show": False, "sound": False, "clock": FakeClock(TODAY)}
    mine, theirs = humandb.connect(path, **options), humandb.connect(path, **options)  # type: ignore[arg-type]
    mine.execute("CREATE TABLE kites (id INTEGER PRIMARY KEY, colour TEXT)")
    mine.commit()
    assert _count(mine, "how many kites are there") == 0
    theirs.execute("CREATE TABLE spools (id INTEGER PRIMARY KEY)")
    theirs.execute("INSERT INTO spools VALUES (1), (2), (3)")
    theirs.execute("CREATE INDEX kites_by_colour ON kites (colour)")
    theirs.commit()
    assert "spools" in mine.tables()
    assert _count(mine, "how many spools are there") == 3
    assert [postit.index for postit in mine.postits] == ["kites_by_colour"]
    mine.close()
    theirs.close()
