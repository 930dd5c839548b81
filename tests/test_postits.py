"""Post-it indexing: real indexes, a bezel of twelve, persistence, and Dave's words about them."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

import humandb
from humandb.dave.bezel import CAPACITY, COLOURS, PLACES
from humandb.stage.terminal import Terminal
from tests.conftest import said_from


def _indexes(con: humandb.Connection) -> list[str]:
    rows = con.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
    return [row[0] for row in rows.fetchall()]


def test_create_index_makes_a_real_index_and_a_postit(dave: humandb.Connection) -> None:
    cursor = dave.execute("CREATE INDEX orders_by_customer ON orders (customer_id)")
    assert _indexes(dave) == ["orders_by_customer"]
    (postit,) = dave.postits
    assert (postit.index, postit.table, postit.columns) == ("orders_by_customer", "orders", ("customer_id",))
    assert postit.colour in COLOURS and postit.place in PLACES
    assert "customer" in postit.label and postit.stuck_on == "2026-11-18"
    said = cursor.messages[0][1]
    assert postit.colour in said and postit.label in said


def test_postits_spread_around_the_bezel(dave: humandb.Connection) -> None:
    for n, column in enumerate(("customer_id", "product_id", "status")):
        dave.execute(f"CREATE INDEX ix{n} ON orders ({column})")
    assert sorted(p.place for p in dave.postits) == sorted(PLACES)


def test_the_thirteenth_postit_knocks_the_oldest_behind_the_desk(memory: humandb.Connection) -> None:
    memory.execute("CREATE TABLE t (" + ", ".join(f"c{n} INTEGER" for n in range(CAPACITY + 1)) + ")")
    memory.execute("INSERT INTO t VALUES (" + ", ".join(str(n) for n in range(CAPACITY + 1)) + ")")
    for n in range(CAPACITY):
        memory.execute(f"CREATE INDEX ix{n:02} ON t (c{n})")
    assert len(memory.postits) == CAPACITY
    cursor = memory.execute(f"CREATE INDEX ix{CAPACITY} ON t (c{CAPACITY})")
    assert "ix00" not in _indexes(memory) and f"ix{CAPACITY}" in _indexes(memory)
    assert [p.index for p in memory.postits] == [f"ix{n:02}" for n in range(1, CAPACITY)] + [f"ix{CAPACITY}"]
    assert "ix00" in cursor.messages[0][1] and said_from("postit.fell", cursor.messages[0][1])
    assert memory.execute("SELECT c0 FROM t WHERE c0 = 0").fetchall() == [(0,)]  # correctness never changes


def test_drop_index_peels_the_postit(dave: humandb.Connection) -> None:
    dave.execute("CREATE INDEX ix ON orders (status)")
    colour = dave.postits[0].colour
    cursor = dave.execute("DROP INDEX ix")
    assert dave.postits == () and _indexes(dave) == []
    assert colour in cursor.messages[0][1] and "ix" in cursor.messages[0][1]


def test_an_index_makes_dave_faster_and_he_credits_the_postit(dave: humandb.Connection) -> None:
    query = "SELECT COUNT(*) FROM orders WHERE customer_id = 42"
    before = dave.execute(query)
    without = before.business_minutes
    dave.execute("CREATE INDEX orders_by_customer ON orders (customer_id)")
    after = dave.execute(query)
    assert after.business_minutes is not None and without is not None
    assert after.business_minutes < without
    assert dave.postits[0].label in after.messages[0][1]
    assert after.exact_rows == before.exact_rows


def test_postits_are_a_read_only_system_table(dave: humandb.Connection) -> None:
    dave.execute("CREATE INDEX ix ON products (category)")
    rows = dave.execute("SELECT index_name, table_name, colour, place FROM humandb_postits").fetchall()
    assert rows == [("ix", "products", dave.postits[0].colour, dave.postits[0].place)]
    for sql in ("DELETE FROM humandb_postits", "DROP TABLE humandb_postits",
                "INSERT INTO humandb_postits (index_name) VALUES ('x')"):
        with pytest.raises(humandb.ProgrammingError, match="read-only"):
            dave.execute(sql)
    assert len(dave.postits) == 1


def test_rollback_takes_the_postit_back_too(tmp_path: Path) -> None:
    con = humandb.connect(tmp_path / "office.brain", sla="instant")
    con.execute("CREATE TABLE t (a INTEGER)")
    con.commit()
    con.execute("CREATE INDEX t_a ON t (a)")
    con.rollback()
    assert con.postits == () and _indexes(con) == []


def test_postits_persist_with_a_file_database(tmp_path: Path) -> None:
    path = tmp_path / "office.brain"
    with humandb.connect(path, sla="instant") as con:
        con.execute("CREATE TABLE t (a INTEGER)")
        con.execute("CREATE INDEX t_a ON t (a)")
        label = con.postits[0].label
    code = f"import humandb; print(humandb.connect({str(path)!r}).postits[0].label)"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == label


def test_a_dropped_table_takes_its_postits_along(memory: humandb.Connection) -> None:
    memory.execute("CREATE TABLE t (a INTEGER)")
    memory.execute("CREATE INDEX t_a ON t (a)")
    memory.execute("DROP TABLE t")
    assert memory.postits == ()


def test_the_terminal_draws_the_bezel(dave: humandb.Connection) -> None:
    for n, column in enumerate(("customer_id", "product_id", "status", "amount")):
        dave.execute(f"CREATE INDEX ix{n} ON orders ({column})")
    out = io.StringIO()
    Terminal(out, width=100).bezel(dave.postits)
    drawing = out.getvalue()
    assert "Dave's monitor" in drawing and "4/12 post-its" in drawing
    from humandb.stage.monitor import _note

    for postit in dave.postits:  # each note's label, wrapped onto its lines, is drawn
        for line in _note(postit, 16 if postit.place == "top" else 18).plain.splitlines():
            assert line.strip() in drawing, (line, drawing)


@pytest.mark.parametrize("width", [16, 18])
def test_a_post_it_s_label_is_never_cut_mid_word_without_saying_so(dave: humandb.Connection, width: int) -> None:
    from humandb.stage.monitor import _note

    for n, column in enumerate(("customer_id", "product_id", "status", "amount", "ordered_at")):
        dave.execute(f"CREATE INDEX cut{n} ON orders ({column})")
    for postit in dave.postits:
        lines = [line.strip() for line in _note(postit, width).plain.splitlines()]
        assert 1 <= len(lines) <= 2 and all(len(line) <= width - 2 for line in lines)
        drawn = " ".join(lines)
        assert drawn == postit.label or (drawn.endswith("…") and postit.label.startswith(drawn[:-1])), drawn
