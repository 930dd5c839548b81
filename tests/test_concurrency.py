"""Concurrency: processes and threads sharing one database file.

- Another process holding the write lock makes a HumanDB write wait for the connection's `timeout`
  and then fail with an OperationalError in Dave's words ("database is locked"); nothing is damaged
  and, once the lock is gone, the same connection writes.
- threadsafety = 1: a connection (or its cursor) used from a thread that did not create it is a
  ProgrammingError; connections of their own in several threads work side by side and lose nothing.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

import humandb
from humandb.stage.clock import FakeClock
from tests.conftest import TODAY

TIMEOUT = 0.2  # seconds a connection waits for another's lock: long enough to see it wait, short for a test

# Holds the write lock (BEGIN IMMEDIATE and an uncommitted row) until told to commit or roll back.
HOLDER = r"""
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
db.execute("INSERT INTO notes (body) VALUES ('from the other process')")
print("locked", flush=True)
db.execute(sys.stdin.readline().strip())
print("released", flush=True)
"""


def notes(tmp_path: Path) -> Path:
    path = tmp_path / "shared.brain"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
    db.commit()
    db.close()
    return path


def rows(path: Path) -> list[tuple[Any, ...]]:
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return db.execute("SELECT body FROM notes ORDER BY id").fetchall()
    finally:
        db.close()


@contextmanager
def locked(path: Path, release: str = "COMMIT") -> Iterator[Callable[[], None]]:
    """Another process holds the database's write lock; call the yielded function to make it `release`."""
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdin is not None and holder.stdout is not None
    try:
        assert holder.stdout.readline().strip() == "locked"

        def let_go() -> None:
            assert holder.stdin is not None and holder.stdout is not None
            holder.stdin.write(release + "\n")
            holder.stdin.flush()
            assert holder.stdout.readline().strip() == "released"

        yield let_go
    finally:
        holder.stdin.close()  # if nobody let go: end of input, and the holder's empty statement lets go
        try:
            holder.wait(10)
        except subprocess.TimeoutExpired:
            holder.kill()
            holder.wait()
        holder.stdout.close()


def refused_as_locked(call: Callable[[], object]) -> float:
    """The call fails with OperationalError "database is locked", in Dave's words; returns how long it waited."""
    start = time.monotonic()
    with pytest.raises(humandb.OperationalError) as caught:
        call()
    waited = time.monotonic() - start
    assert "database is locked" in caught.value.cause
    assert caught.value.dave and "locked" not in caught.value.dave  # Dave's words, not SQLite's
    return waited


# -- two processes, one write lock ----------------------------------------------------------------


@pytest.mark.parametrize("release", ["COMMIT", "ROLLBACK"])
def test_a_write_waits_for_the_lock_then_gives_up_and_succeeds_once_it_is_gone(
    tmp_path: Path, release: str
) -> None:
    path = notes(tmp_path)
    con = humandb.connect(path, sla="instant", exact=True, timeout=TIMEOUT)
    with locked(path, release) as let_go:
        assert con.execute("SELECT COUNT(*) FROM notes").fetchone() == (0,)  # reading is never blocked
        waited = refused_as_locked(lambda: con.execute("INSERT INTO notes (body) VALUES ('mine')"))
        assert TIMEOUT <= waited < TIMEOUT + 2  # it waited for the lock, as long as it was told
        # The connection still answers, and that read holds no lock: the failed write left no transaction
        # open behind it, or the other process could not commit (it would wait for us, then give up).
        assert con.execute("SELECT COUNT(*) FROM notes").fetchone() == (0,)
        assert not con.store.in_transaction
        let_go()
    con.execute("INSERT INTO notes (body) VALUES ('mine')")
    con.commit()
    theirs = [("from the other process",)] if release == "COMMIT" else []
    assert rows(path) == [*theirs, ("mine",)]


def test_a_write_waits_as_long_as_the_lock_is_held_within_the_timeout(tmp_path: Path) -> None:
    """The lock is released while the write waits for it: the write goes through, late but whole."""
    path = notes(tmp_path)
    con = humandb.connect(path, sla="instant", exact=True, timeout=10)
    with locked(path) as let_go:
        threading.Timer(0.3, let_go).start()
        start = time.monotonic()
        con.execute("INSERT INTO notes (body) VALUES ('mine')")
        assert time.monotonic() - start >= 0.25
    con.commit()
    assert rows(path) == [("from the other process",), ("mine",)]


def test_an_eventual_write_that_meets_the_lock_fails_at_commit(tmp_path: Path) -> None:
    """Dave's in-tray lands at commit(): that is where the lock is met, and where it is reported."""
    path = notes(tmp_path)
    con = humandb.connect(path, sla=0.001, consistency="eventual", exact=True, show=False, sound=False,
                          timeout=TIMEOUT, clock=FakeClock(TODAY))
    with locked(path) as let_go:
        con.execute("INSERT INTO notes (body) VALUES ('first')")  # acknowledged: it is only in the in-tray
        con.execute("INSERT INTO notes (body) VALUES ('second')")
        refused_as_locked(con.commit)
        con.rollback()
        let_go()
    assert rows(path) == [("from the other process",)]  # nothing of ours half-landed
    con.execute("INSERT INTO notes (body) VALUES ('first')")
    con.execute("INSERT INTO notes (body) VALUES ('second')")
    con.commit()
    assert rows(path) == [("from the other process",), ("first",), ("second",)]


def test_a_full_in_tray_meets_the_lock_once(tmp_path: Path) -> None:
    """Ten writes in the in-tray and the file locked: commit() waits out the lock once, not ten times."""
    path = notes(tmp_path)
    con = humandb.connect(path, sla=0.001, consistency="eventual", exact=True, show=False, sound=False,
                          timeout=TIMEOUT, clock=FakeClock(TODAY))
    with locked(path) as let_go:
        for n in range(10):
            con.execute("INSERT INTO notes (body) VALUES (?)", (f"note {n}",))
        waited = refused_as_locked(con.commit)
        assert waited < 3 * TIMEOUT
        con.rollback()
        let_go()
    assert rows(path) == [("from the other process",)]
    for n in range(10):
        con.execute("INSERT INTO notes (body) VALUES (?)", (f"note {n}",))
    con.commit()
    assert len(rows(path)) == 11


def test_humandb_against_humandb_in_another_process(tmp_path: Path) -> None:
    """The lock holder is HumanDB too: an uncommitted write in a process that then sleeps."""
    path = notes(tmp_path)
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, humandb\n"
        "con = humandb.connect(sys.argv[1], sla='instant')\n"
        "con.execute(\"INSERT INTO notes (body) VALUES ('theirs')\")\n"
        "print('locked', flush=True)\n"
        "sys.stdin.readline()\n"
        "con.commit()\n"
    ), str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdin is not None and holder.stdout is not None
    assert holder.stdout.readline().strip() == "locked"
    con = humandb.connect(path, sla="instant", exact=True, timeout=TIMEOUT)
    refused_as_locked(lambda: con.cursor().executemany("INSERT INTO notes (body) VALUES (?)", [("a",), ("b",)]))
    holder.stdin.write("commit\n")
    holder.stdin.close()
    assert holder.wait(30) == 0
    holder.stdout.close()
    con.cursor().executemany("INSERT INTO notes (body) VALUES (?)", [("a",), ("b",)])
    con.commit()
    assert rows(path) == [("theirs",), ("a",), ("b",)]


# -- threads ----------------------------------------------------------------------------------------


def in_thread(call: Callable[[], object]) -> BaseException | None:
    """Run `call` in another thread; what it raised, if anything."""
    raised: list[BaseException] = []

    def run() -> None:
        try:
            call()
        except BaseException as error:  # noqa: BLE001 - handed over to the test's own thread
            raised.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(30)
    return raised[0] if raised else None


def test_threadsafety_is_one() -> None:
    assert humandb.threadsafety == 1


def test_a_connection_belongs_to_the_thread_that_made_it(memory: humandb.Connection) -> None:
    memory.execute("CREATE TABLE notes (body TEXT)")
    cursor = memory.execute("SELECT 1")
    uses: list[Callable[[], object]] = [
        lambda: memory.execute("INSERT INTO notes VALUES ('from elsewhere')"),
        memory.cursor, memory.commit, memory.rollback, memory.close, lambda: memory.tables(),
        lambda: cursor.execute("SELECT 2"), lambda: cursor.executemany("INSERT INTO notes VALUES (?)", [("x",)]),
        cursor.fetchone, cursor.fetchall, lambda: cursor.executescript("SELECT 1; SELECT 2"),
    ]
    for use in uses:
        error = in_thread(use)
        assert isinstance(error, humandb.ProgrammingError), error
        assert error.dave and "thread" in error.cause
    # Nothing was done from the other thread, and the connection still works where it belongs.
    assert cursor.fetchone() == (1,)
    assert memory.execute("SELECT COUNT(*) FROM notes").fetchone() == (0,)
    assert not memory.closed


def test_threads_with_connections_of_their_own_share_a_file(tmp_path: Path) -> None:
    path = notes(tmp_path)
    per_thread = 40
    errors: list[BaseException] = []

    def clerk(name: str) -> None:
        try:
            con = humandb.connect(path, sla="instant", exact=True)
            for n in range(per_thread):
                con.execute("INSERT INTO notes (body) VALUES (?)", (f"{name} {n}",))
                if n % 4 == 3:
                    con.commit()
                seen = con.execute("SELECT COUNT(*) FROM notes WHERE body LIKE ?", (f"{name} %",)).fetchone()
                assert seen == (n + 1,)  # its own writes, committed or not, and nobody else's in its name
            con.commit()
            con.close()
        except BaseException as error:  # noqa: BLE001 - handed over to the test's own thread
            errors.append(error)

    clerks = [threading.Thread(target=clerk, args=(f"clerk{i}",)) for i in range(4)]
    for thread in clerks:
        thread.start()
    for thread in clerks:
        thread.join(60)
    assert not errors, errors
    landed = [body for (body,) in rows(path)]
    assert sorted(landed) == sorted(f"clerk{i} {n}" for i in range(4) for n in range(per_thread))


QUESTIONS = [
    "how many orders are there?", "what is the average salary of employees by department",
    "SELECT category, COUNT(*) FROM products GROUP BY category", "show me the biggest customer",
    "SELECT COUNT(*) FROM orders WHERE amount > 100", "EXPLAIN SELECT * FROM orders WHERE customer_id = 7",
    "CREATE INDEX orders_by_customer ON orders (customer_id)", "SELECT SUM(amount) FROM orders",
]


def conversation() -> list[tuple[str, list[tuple[Any, ...]]]]:
    """Dave's words and rows for the same questions on a fresh sample company, seed 7, on a fixed day."""
    con = humandb.connect(":dave:", sla="instant", show=False, sound=False, seed=7, clock=FakeClock(TODAY))
    said = []
    for question in QUESTIONS:
        cursor = con.execute(question)
        said.append((cursor.messages[0][1], cursor.fetchall() if cursor.description else []))
    con.close()
    return said


def test_daves_in_several_threads_say_what_one_dave_says() -> None:
    """Emotional consistency survives threads: the caches they share change nobody's words."""
    alone = conversation()
    heard: list[list[tuple[str, list[tuple[Any, ...]]]]] = []
    errors: list[BaseException] = []

    def listen() -> None:
        try:
            heard.append(conversation())
        except BaseException as error:  # noqa: BLE001 - handed over to the test's own thread
            errors.append(error)

    threads = [threading.Thread(target=listen) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors, errors
    assert heard == [alone] * 4
