"""Eventually consistent: writes wait in Dave's in-tray until their business time has passed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import humandb
from humandb.stage.clock import FakeClock
from tests.conftest import TODAY, said_from


def _office(path: Path, clock: FakeClock, **options: object) -> humandb.Connection:
    with humandb.connect(path, sla="instant") as setup:
        setup.execute("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, body TEXT UNIQUE)")
    settings: dict[str, object] = {"sla": "demo", "show": False, "sound": False, "exact": True, "clock": clock}
    return humandb.connect(path, **{**settings, **options})  # type: ignore[arg-type]


def _count(con: humandb.Connection) -> int:
    return int(con.execute("SELECT COUNT(*) FROM notes").fetchone()[0])


def test_eventual_is_the_default_outside_instant(tmp_path: Path, clock: FakeClock) -> None:
    assert _office(tmp_path / "a.brain", clock).settings.eventual
    assert not humandb.connect(":memory:", sla="instant").settings.eventual
    assert not humandb.connect(":memory:", sla="instant", consistency="eventual").settings.eventual
    with pytest.raises(humandb.InterfaceError, match="consistency"):
        humandb.connect(":memory:", consistency="sometimes")


def test_a_write_returns_at_once_and_lands_after_its_business_time(tmp_path: Path, clock: FakeClock) -> None:
    con = _office(tmp_path / "a.brain", clock)
    cursor = con.execute("INSERT INTO notes (body) VALUES ('call Gary')")
    assert cursor.rowcount == -1 and cursor.answer is not None and cursor.answer.queued
    assert said_from("answer.queued", cursor.messages[0][1])
    assert clock.elapsed == 0  # nobody waited for the acknowledgement
    minutes = cursor.business_minutes
    assert minutes is not None and minutes > 0
    landing = con.desk.intray.last_landing()
    assert landing is not None
    assert (landing - TODAY).total_seconds() == pytest.approx(minutes / 60)  # demo SLA: an hour a second
    assert _count(con) == 0  # read at once: not landed yet
    clock.sleep((landing - clock.now()).total_seconds() + 0.01)
    assert _count(con) == 1  # its business time has passed


def test_commit_waits_for_the_in_tray_and_makes_it_durable(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "a.brain"
    con = _office(path, clock)
    for n in range(3):
        con.execute("INSERT INTO notes (body) VALUES (?)", (f"note {n}",))
    landing = con.desk.intray.last_landing()
    assert landing is not None
    before = clock.now()
    con.commit()
    assert clock.now() >= landing > before  # commit waited on the clock until the last write landed
    code = f"import humandb; print(humandb.connect({str(path)!r}).execute('SELECT COUNT(*) FROM notes').fetchone()[0])"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "3"


def test_rollback_empties_the_in_tray(tmp_path: Path, clock: FakeClock) -> None:
    con = _office(tmp_path / "a.brain", clock)
    con.execute("INSERT INTO notes (body) VALUES ('never')")
    con.rollback()
    clock.sleep(3600)
    assert _count(con) == 0
    con.commit()
    assert _count(con) == 0


def test_a_failing_write_surfaces_at_commit_and_leaves_the_rest(tmp_path: Path, clock: FakeClock) -> None:
    con = _office(tmp_path / "a.brain", clock)
    con.execute("INSERT INTO notes (body) VALUES ('first')")
    con.execute("INSERT INTO notes (body) VALUES ('first')")  # a UNIQUE violation, found when it lands
    con.execute("INSERT INTO notes (body) VALUES ('second')")
    with pytest.raises(humandb.IntegrityError) as caught:
        con.commit()
    assert caught.value.dave and "UNIQUE" in caught.value.cause
    assert _count(con) == 2  # the other writes landed and the connection works
    con.commit()
    other = humandb.connect(tmp_path / "a.brain", sla="instant")
    assert sorted(row[0] for row in other.execute("SELECT body FROM notes").fetchall()) == ["first", "second"]


def test_executemany_goes_through_the_in_tray_too(tmp_path: Path, clock: FakeClock) -> None:
    con = _office(tmp_path / "a.brain", clock)
    rows = [[f"n{n}"] for n in range(5)]
    con.cursor().executemany("INSERT INTO notes (body) VALUES (?)", rows)
    rows.clear()  # Dave filed a copy
    assert _count(con) == 0
    con.commit()
    assert _count(con) == 5


def test_writes_land_in_order(tmp_path: Path, clock: FakeClock) -> None:
    con = _office(tmp_path / "a.brain", clock)
    con.execute("CREATE TABLE later (x INTEGER)")
    con.execute("INSERT INTO later VALUES (1)")
    with pytest.raises(humandb.ProgrammingError, match="no such table"):
        con.execute("SELECT * FROM later")  # Dave hasn't got to the CREATE TABLE yet
    con.commit()
    assert con.execute("SELECT x FROM later").fetchall() == [(1,)]


def test_strong_consistency_behaves_like_sqlite(tmp_path: Path, clock: FakeClock) -> None:
    con = _office(tmp_path / "a.brain", clock, consistency="strong")
    cursor = con.execute("INSERT INTO notes (body) VALUES ('now')")
    assert cursor.rowcount == 1 and _count(con) == 1
    with pytest.raises(humandb.IntegrityError):
        con.execute("INSERT INTO notes (body) VALUES ('now')")


def test_sql_commit_and_rollback_statements_use_the_in_tray(tmp_path: Path, clock: FakeClock) -> None:
    con = _office(tmp_path / "a.brain", clock)
    con.execute("INSERT INTO notes (body) VALUES ('a')")
    con.execute("COMMIT")
    assert _count(con) == 1
    con.execute("INSERT INTO notes (body) VALUES ('b')")
    con.execute("ROLLBACK")
    clock.sleep(3600)
    assert _count(con) == 1
