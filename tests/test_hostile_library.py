"""Hostile SQL against the library side (brain and reading), each attack as a class with several variants.

Real SQLite, real files; the store is driven directly where the point is that SQLite itself is the wall
(no reading of the SQL text in between), and through humandb.connect where the point is the whole path.
"""

from __future__ import annotations

import gc
import json
import sqlite3
import statistics
import subprocess
import sys
import textwrap
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

import humandb
from humandb.brain import functions
from humandb.brain.guard import FORBIDDEN, SIZE, TIME, Sandbox, breach, sqlite_heap
from humandb.brain.store import Store
from humandb.reading.sql import LONGEST_KEPT, UnreadableSQL, _footprint, _Reader, read

FOREVER = "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) "
HIDDEN_TABLES = ("humandb_facts", "humandb_postits", "humandb_birthdays")
POSTIT = ("ix_amount", "orders", "amount", "yellow", "amounts", "top left", "2026-11-18")


def quiet(database: str = ":dave:", **options: object) -> humandb.Connection:
    return humandb.connect(database, sla="instant", show=False, sound=False, exact=True, seed=3,
                           **options)  # type: ignore[arg-type]


@pytest.fixture(params=[False, True], ids=["library", "sandbox"])
def brain(request: pytest.FixtureRequest) -> Iterator[Store]:
    """The sample company with a post-it and a birthday kept, in a plain store and in a sandboxed one."""
    store = Store(":dave:", sandbox=Sandbox() if request.param else None)
    store.run("CREATE INDEX ix_amount ON orders (amount)", writes=True)
    store.stick(POSTIT)
    store.commit()
    store.remember_birthday("ada", "1815-12-10")
    yield store
    store.close()


def hidden_state(store: Store) -> tuple[object, ...]:
    """Everything in and about HumanDB's own tables, to compare before and after an attack."""
    db = store._db
    objects = db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name LIKE 'humandb%' "
                         "OR tbl_name LIKE 'humandb%' ORDER BY name").fetchall()
    temp = db.execute("SELECT name FROM sqlite_temp_master WHERE name LIKE 'humandb%'").fetchall()
    rows = tuple(tuple(db.execute(f"SELECT * FROM main.{table} ORDER BY 1").fetchall()) for table in HIDDEN_TABLES)
    return objects, temp, rows


# -- (2) HumanDB's own tables: read-only on every write path ---------------------------------------

WRITES_TO_HIDDEN = [
    "INSERT INTO humandb_postits (index_name) VALUES ('fake')",
    "REPLACE INTO humandb_birthdays VALUES ('ada', '2000-01-01')",
    "INSERT INTO humandb_birthdays SELECT name, '2000-01-01' FROM customers",
    "UPDATE humandb_facts SET count = 0",
    "UPDATE main.humandb_postits SET label = 'mine'",
    "DELETE FROM humandb_facts",
    'DELETE FROM "HUMANDB_FACTS"',
    "DELETE FROM [HumanDB_Postits]",
    "INSERT INTO humandb_postits (index_name) VALUES ('x') ON CONFLICT DO UPDATE SET label = 'y'",
    "DROP TABLE humandb_facts",
    "DROP TABLE IF EXISTS main.humandb_birthdays",
    "ALTER TABLE humandb_facts RENAME TO facts",
    "ALTER TABLE humandb_postits ADD COLUMN extra TEXT",
    "ALTER TABLE humandb_postits RENAME COLUMN label TO note",
    "CREATE INDEX by_kind ON humandb_facts (kind)",
    "CREATE TABLE humandb_mine (x)",
    "CREATE TABLE humandb_copy AS SELECT * FROM orders",
    "CREATE TEMP TABLE humandb_postits (index_name)",  # a TEMP table would shadow the real one for unqualified SQL
    "CREATE TEMP VIEW humandb_facts AS " + FOREVER + "SELECT x FROM r",
    "CREATE VIEW humandb_view AS SELECT 1",
    "CREATE VIRTUAL TABLE humandb USING fts5(a)",  # its shadow tables would be humandb_data, humandb_idx, ...
    "ALTER TABLE orders RENAME TO humandb_postits_too",
    'ALTER TABLE orders RENAME TO "HUMANDB_X"',
    "ALTER TABLE orders RENAME TO [humandb_y]",
    "SAVEPOINT humandb_request",
    "RELEASE humandb_request",
    "ROLLBACK TO humandb_request",
]


@pytest.mark.parametrize("sql", WRITES_TO_HIDDEN)
def test_hidden_tables_are_read_only_to_every_write(brain: Store, sql: str) -> None:
    before = hidden_state(brain)
    with pytest.raises(sqlite3.DatabaseError) as caught:
        brain.run(sql, writes=True)
    assert breach(caught.value) == FORBIDDEN and "not authorized" in str(caught.value)
    brain.rollback()
    assert hidden_state(brain) == before
    assert brain.postit_rows()[0][0] == "ix_amount" and brain.birthdays() == {"ada": "1815-12-10"}


def test_a_trigger_cannot_write_them_either(tmp_path: Path) -> None:
    # Outside a sandbox a trigger may be made; the write it would do is refused when the statement that
    # fires it is compiled, whatever table fired it. So is one planted in the file by another program.
    path = tmp_path / "planted.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE humandb_birthdays (user TEXT PRIMARY KEY, birthday TEXT NOT NULL)")
        db.execute("CREATE TABLE planted (x)")
        db.execute("CREATE TRIGGER sly AFTER INSERT ON planted BEGIN DELETE FROM humandb_birthdays; END")
    db.close()
    store = Store(str(path))
    store.remember_birthday("ada", "1815-12-10")
    store.run("CREATE TABLE t (x)", writes=True)
    store.run("CREATE TRIGGER wipe AFTER INSERT ON t BEGIN DELETE FROM humandb_birthdays; "
              "INSERT INTO humandb_birthdays VALUES ('eve', 'today'); END", writes=True)
    for sql in ("INSERT INTO t VALUES (1)", "INSERT INTO planted VALUES (1)"):
        with pytest.raises(sqlite3.DatabaseError) as caught:
            store.run(sql, writes=True)
        assert breach(caught.value) == FORBIDDEN
    store.commit()
    assert store.birthdays() == {"ada": "1815-12-10"}
    store.close()


def test_a_statement_prepared_for_bookkeeping_is_checked_again_for_a_visitor(brain: Store) -> None:
    # sqlite3 keeps prepared statements by their text; the authorizer is consulted when one is prepared.
    # Switching modes makes SQLite prepare them again, so HumanDB's own text typed by a visitor is refused.
    brain.stick(("ix2", "orders", "status", "pink", "status", "top right", "2026-11-18"))
    own = ("INSERT OR REPLACE INTO main.humandb_postits (index_name, table_name, columns, colour, label, place, "
           "stuck_on) VALUES (?, ?, ?, ?, ?, ?, ?)")
    with pytest.raises(sqlite3.DatabaseError) as caught:
        brain.run(own, POSTIT, writes=True)
    assert breach(caught.value) == FORBIDDEN
    brain.rollback()


def test_through_the_public_face_nothing_reaches_them() -> None:
    con = quiet()
    con.execute("CREATE INDEX ix ON orders (status)")
    con.commit()
    def kept() -> tuple[object, ...]:
        return tuple(con.execute(f"SELECT * FROM {table}").fetchall() for table in ("humandb_postits", "humandb_facts"))

    before = kept()
    assert before[0] and before[1]
    for sql in ("DELETE FROM humandb_facts", "CREATE TRIGGER t AFTER INSERT ON humandb_postits BEGIN SELECT 1; END",
                "ALTER TABLE orders RENAME TO humandb_orders", "CREATE TEMP TABLE humandb_postits (x)"):
        with pytest.raises(humandb.ProgrammingError):
            con.execute(sql)
    with pytest.raises(humandb.ProgrammingError):  # a statement sqlglot cannot read, split where SQLite splits
        con.cursor().executescript("CREATE TRIGGER t2 AFTER INSERT ON customers BEGIN DELETE FROM humandb_facts; END; "
                          "INSERT INTO customers (name) VALUES ('x')")
    con.rollback()
    assert kept() == before
    con.close()


def test_bookkeeping_still_writes_them(tmp_path: Path) -> None:
    path = tmp_path / "kept.db"
    con = quiet(str(path), user="ada", birthday="1815-12-10")
    con.execute("CREATE TABLE t (a, b)")
    con.execute("CREATE INDEX t_a ON t (a)")
    con.execute("CREATE INDEX t_b ON t (b)")
    con.execute("DROP INDEX t_a")
    assert [postit.index for postit in con.postits] == ["t_b"]
    csv = tmp_path / "sales.csv"
    csv.write_text("region,amount\nNorth,10\n")
    assert con.execute(f"SELECT SUM(amount) FROM '{csv}'").fetchone() == (10,)
    con.commit()
    con.close()
    again = quiet(str(path), user="ada")
    assert [postit.index for postit in again.postits] == ["t_b"] and again.desk.birthday is not None
    again.close()


# -- (3) statements HumanDB cannot read: SQLite says whether they write -------------------------------

@pytest.fixture
def plain() -> Iterator[Store]:
    store = Store(":memory:")
    store.run("CREATE TABLE t (a)", writes=True)
    store.run("CREATE INDEX t_a ON t (a)", writes=True)
    store.commit()
    yield store
    store.close()


@pytest.mark.parametrize(("sql", "writes"), [
    ("CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END", True),
    ("CREATE TEMP TRIGGER tr AFTER DELETE ON t BEGIN DELETE FROM t; END", True),
    ("CREATE VIRTUAL TABLE v USING fts5(a)", True),
    ("ANALYZE", True),
    ("ALTER TABLE t ADD COLUMN b", True),
    ("INSERT INTO t VALUES (1)", True),
    ("CREATE TABLE z (a)", True),
    ("VACUUM", False),  # SQLite runs it outside a transaction, and refuses it inside one
    ("ATTACH ':memory:' AS other", False),
    ("PRAGMA user_version = 7", False),
    ("SELECT 1", False),
    ("EXPLAIN SELECT 1", False),
    ("SELECT ?", False),
    ("not even SQL", False),
])
def test_sqlite_says_whether_an_unread_statement_writes(plain: Store, sql: str, writes: bool) -> None:
    before = plain._db.execute("SELECT sql FROM sqlite_master").fetchall()
    assert plain.writes(sql) is writes
    assert plain.writes(sql) is writes  # asked again (prepared statements are kept: it must not matter)
    assert plain._db.execute("SELECT sql FROM sqlite_master").fetchall() == before  # nothing ran
    assert plain._db.execute("SELECT COUNT(*) FROM t").fetchone() == (0,)
    assert plain._db.execute("PRAGMA user_version").fetchone() == (0,)
    assert plain.run("SELECT COUNT(*) FROM t").rows == [(0,)]  # and the visitor's mode is back


def test_an_unread_statement_decided_by_sqlite_runs_in_the_transaction(plain: Store) -> None:
    statement = read("CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END")
    assert statement.kind == "other" and statement.undecided and not statement.writes
    decided = statement.decided(plain.writes(statement.sql))
    assert decided.writes and not decided.undecided
    assert read(statement.text).undecided  # the decision is the brain's, never kept in the reader's cache
    plain.run(decided.sql, writes=decided.writes)
    plain.rollback()
    assert plain._db.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'").fetchone() == (0,)


def test_an_unread_write_is_undone_by_rollback() -> None:
    con = quiet(":memory:")
    con.execute("CREATE TABLE t (a)")
    con.commit()
    con.execute("CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END")
    con.rollback()
    assert con.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'").fetchone() == (0,)
    con.close()


# -- (4) a sandbox runs nothing later: no triggers ------------------------------------------------------

@pytest.mark.parametrize("sql", [
    "CREATE TRIGGER tr AFTER INSERT ON orders BEGIN SELECT 1; END",
    "CREATE TEMP TRIGGER tr AFTER UPDATE ON orders BEGIN SELECT 1; END",
    "CREATE TEMPORARY TRIGGER IF NOT EXISTS tr BEFORE DELETE ON customers BEGIN SELECT 1; END",
    "CREATE TRIGGER tr AFTER INSERT ON humandb_postits BEGIN SELECT 1; END",
    "CREATE TRIGGER tr INSTEAD OF INSERT ON busy BEGIN SELECT 1; END",
    "CREATE TRIGGER slow AFTER INSERT ON humandb_postits BEGIN SELECT count(*) FROM (" + FOREVER
    + "SELECT x FROM r) /* /* */ ; END -- */",
])
def test_a_sandbox_makes_no_triggers(sql: str) -> None:
    con = quiet(sandbox=True)
    con.execute("CREATE INDEX ix ON orders (status)")  # a post-it, so that humandb_postits exists
    con.execute("CREATE VIEW busy AS SELECT * FROM orders")  # views are fine: they run inside a budgeted query
    con.commit()
    with pytest.raises(humandb.Error) as caught:
        con.cursor().executescript(sql)
    assert caught.value.limit == FORBIDDEN and "trigger" in caught.value.cause
    con.rollback()
    triggers = "SELECT COUNT(*) FROM (SELECT name FROM sqlite_master UNION ALL SELECT name FROM sqlite_temp_master) " \
               "WHERE name = 'tr' OR name = 'slow'"
    assert con.execute(triggers).fetchone() == (0,)
    con.execute("CREATE TEMP TABLE scratch AS SELECT * FROM orders LIMIT 5")  # TEMP tables are only storage
    assert con.execute("SELECT COUNT(*) FROM scratch").fetchone() == (5,)
    con.close()


def test_the_reproduced_freeze_answers_at_once() -> None:
    # The three requests, in a process of their own: before, the last one never returned.
    script = textwrap.dedent("""
        import time, humandb
        con = humandb.connect(":dave:", sla="instant", show=False, sound=False, sandbox=True)
        con.cursor().executescript("CREATE TABLE t(x); CREATE INDEX i1 ON t(x)")
        try:
            con.cursor().executescript("CREATE TRIGGER slow AFTER INSERT ON humandb_postits BEGIN SELECT count(*) FROM "
                              "(WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM c) SELECT i FROM c) "
                              "/* /* */ ; END -- */")
        except humandb.Error as error:
            print(error.limit)
        started = time.monotonic()
        con.cursor().executescript("CREATE INDEX i2 ON t(x)")
        print(round(time.monotonic() - started, 1), sorted(p.index for p in con.postits))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True)
    refusal, timing = done.stdout.split("\n")[:2]
    seconds, postits = timing.split(" ", 1)
    assert refusal == "forbidden" and float(seconds) < 2 and postits == "['i1', 'i2']", done.stderr


# -- (5) HumanDB's own work on a visitor's behalf runs on a budget --------------------------------------

def test_bookkeeping_on_a_visitors_behalf_runs_on_a_budget(tmp_path: Path) -> None:
    # Another program filled HumanDB's own tables; in a sandbox, reading or keeping them stops in time.
    path = tmp_path / "crowded.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE humandb_postits (stuck INTEGER PRIMARY KEY, index_name TEXT UNIQUE NOT NULL, "
                   "table_name TEXT, columns TEXT, colour TEXT, label TEXT, place TEXT, stuck_on TEXT)")
        db.execute("CREATE TABLE humandb_birthdays (user TEXT PRIMARY KEY, birthday TEXT NOT NULL)")
        for table in ("humandb_postits (index_name)", "humandb_birthdays (user, birthday)"):
            values = "'n' || x" if "postits" in table else "'n' || x, 'today'"
            db.execute(f"INSERT INTO {table} WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r "
                       f"WHERE x < 300000) SELECT {values} FROM r")
    db.close()
    store = Store(str(path), sandbox=Sandbox(dave_seconds=0.01, max_brain_bytes=2**30))
    store.run("CREATE TABLE t (x)", writes=True)
    store.run("CREATE INDEX t_x ON t (x)", writes=True)
    for chore in (store.birthdays, store.postit_rows, lambda: store.stick(("t_x", "t", "x", "", "", "", ""))):
        started = time.monotonic()
        with pytest.raises(sqlite3.OperationalError) as caught:
            chore()
        assert breach(caught.value) == TIME and time.monotonic() - started < 0.5
    store.close()


def test_dave_stops_reading_a_schema_of_many_tables_in_time() -> None:
    store = Store(":memory:", sandbox=Sandbox(dave_seconds=0.05))
    store.run("CREATE TABLE seed (x)", writes=True)
    for n in range(1500):
        store.run(f"CREATE TABLE t{n} (a, b, c)", writes=True)
    store.commit()
    started = time.monotonic()
    store.schema_sql()
    store.catalog()
    assert time.monotonic() - started < 1.0
    store.close()


# -- (7) Python functions: bounded in memory and time ----------------------------------------------------

@pytest.mark.parametrize(("sql", "dialect"), [
    (FOREVER + "SELECT array_agg(printf('%.*c', 99000, 'x')) FROM r", "sqlite"),
    (FOREVER + "SELECT list(printf('%.*c', 99000, 'x')) FROM r", "duckdb"),
    (FOREVER + "SELECT array_agg(zeroblob(40000)) FROM r", "sqlite"),
    (FOREVER + "SELECT array_agg(x) FROM r", "sqlite"),
    (FOREVER + "SELECT x % 3, array_agg(x) FROM r GROUP BY 1", "sqlite"),
])
def test_array_agg_stops_at_its_cap(sql: str, dialect: str) -> None:
    con = quiet(sandbox=True, dialect=dialect)
    tracemalloc.start()
    started = time.monotonic()
    with pytest.raises(humandb.Error) as caught:
        con.execute(sql).fetchall()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert caught.value.limit in (SIZE, TIME) and time.monotonic() - started < 3
    assert peak < 16 * 2**20  # the sandbox's 100,000-byte value cap, not gigabytes
    assert con.execute("SELECT COUNT(*) FROM orders").fetchone() == (18_000,)
    con.close()


def test_median_stops_at_its_cap() -> None:
    # Time enough that only the cap can stop it, however loaded the machine: 131,072 values.
    con = quiet(sandbox=Sandbox(max_work_bytes=2**20, statement_seconds=60.0))
    for sql in (FOREVER + "SELECT median(x) FROM r", FOREVER + "SELECT quantile_cont(x, 0.9) FROM r"):
        with pytest.raises(humandb.Error) as caught:
            con.execute(sql)
        assert caught.value.limit == SIZE, caught.value
    assert con.execute(FOREVER.replace("FROM r)", "FROM r WHERE x < 99999)") + "SELECT median(x) FROM r").fetchone() \
        == (50_000.0,)
    con.close()


def test_python_aggregates_answer_as_before() -> None:
    con = quiet()
    amounts = [row[0] for row in con.execute("SELECT amount FROM orders WHERE amount IS NOT NULL").fetchall()]
    assert con.execute("SELECT median(amount) FROM orders").fetchone()[0] == pytest.approx(statistics.median(amounts))
    (listed,) = con.execute("SELECT list(id) FROM (SELECT id FROM products ORDER BY id LIMIT 3)").fetchone()
    assert json.loads(listed) == [1, 2, 3]
    con.close()
    db = sqlite3.connect(":memory:")
    functions.register(db, max_bytes=1_000)
    assert db.execute("SELECT array_agg(x) FROM (SELECT x'00ff' AS x UNION ALL SELECT 'é' UNION ALL SELECT NULL)"
                      ).fetchone() == ('["x\'00ff\'", "\\u00e9", null]',)
    with pytest.raises(sqlite3.DataError) as caught:
        db.execute(FOREVER + "SELECT array_agg(x) FROM r").fetchone()
    assert breach(caught.value) == SIZE  # "string or blob too big": Python's OverflowError, as SQLite says it
    db.close()


# -- (9) temp space: in memory, under a cap ----------------------------------------------------------------

def test_a_sandbox_keeps_temp_in_memory_under_caps() -> None:
    con = quiet(sandbox=True)
    assert con.execute("PRAGMA temp_store").fetchone() == (2,)
    with pytest.raises(humandb.Error) as caught:
        con.execute("CREATE TEMP TABLE big AS " + FOREVER + "SELECT randomblob(1000) FROM r")
    assert caught.value.limit == SIZE
    con.close()


@pytest.mark.skipif(sys.platform != "linux" or sqlite_heap() is None,
                    reason="reads /proc/self/fd and SQLite's heap count")
def test_a_hostile_sort_costs_no_disk_and_bounded_memory() -> None:
    # Sorting an endless stream of 40 KB rows (a sort, a DISTINCT, a UNION): before, hundreds of MB of
    # unlinked temp files within the half second. Now: in memory, stopped at max_work_bytes.
    script = textwrap.dedent("""
        import os, resource, threading, time, humandb
        con = humandb.connect(":dave:", sla="instant", show=False, sound=False, sandbox=True)
        peak, stop = [0], False
        def watch():
            while not stop:
                sizes = 0
                for fd in os.listdir("/proc/self/fd"):
                    try:
                        target = os.readlink(f"/proc/self/fd/{fd}")
                        if "(deleted)" in target or "etilqs" in target:
                            sizes += os.fstat(int(fd)).st_size
                    except OSError:
                        pass
                peak[0] = max(peak[0], sizes)
                time.sleep(0.002)
        watcher = threading.Thread(target=watch)
        watcher.start()
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        limits = []
        for sql in ("SELECT x, printf('%.*c', 40000, 'x') AS s FROM r ORDER BY s DESC, x",
                    "SELECT COUNT(*) FROM (SELECT DISTINCT x, printf('%.*c', 40000, 'z') FROM r)",
                    "SELECT COUNT(*) FROM (SELECT x, printf('%.*c', 40000, 'y') FROM r UNION SELECT 1, 2)"):
            try:
                con.execute("WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) " + sql).fetchall()
            except humandb.Error as error:
                limits.append(error.limit)
        stop = True
        watcher.join()
        grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
        print(limits, peak[0], grown // 1024)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True)
    limits, disk, grown_mib = done.stdout.rsplit("]", 1)[0] + "]", *done.stdout.rsplit("]", 1)[1].split()
    # Each is stopped, by its memory cap (or, on a machine loaded enough to be slow, by its time budget first).
    stopped = [limit.strip(" '") for limit in limits.strip("[]").split(",")]
    assert len(stopped) == 3 and set(stopped) <= {"size", "time"} and int(disk) == 0, done.stdout
    assert int(grown_mib) < Sandbox().max_work_bytes // 2**20 + 48, done.stdout


# -- (6) the parse cache is bounded in bytes -----------------------------------------------------------------

def test_the_parse_cache_is_bounded_in_bytes() -> None:
    reader = _Reader(budget=150_000, longest=5_000)
    texts = [f"SELECT id, {' + '.join(f'amount * {n}' for n in range(120))} AS s{i} FROM orders" for i in range(40)]
    for text in texts:
        reader(text)
    info = reader.cache_info()
    assert info.misses == 40 and 0 < info.bytes <= 150_000 and info.currsize < 40
    assert reader(texts[-1]) is reader(texts[-1]) and reader.cache_info().hits == 2  # the newest are kept
    reader(texts[0])  # the oldest were let go: read again
    assert reader.cache_info().misses == 41
    with pytest.raises(UnreadableSQL):
        reader("SELEC nothing")  # a text that could not be read is never kept
    long_text = "SELECT 1" + " " * 6_000
    reader(long_text)
    assert reader.cache_info().misses == 43 and reader(long_text) is not None and reader.cache_info().misses == 44
    assert read.cache_info().bytes <= read.cache_info().maxsize and Sandbox().max_sql_chars <= LONGEST_KEPT


def test_a_kept_statement_is_small_and_its_size_honest() -> None:
    text = f"SELECT id, {' + '.join(f'amount * {n}' for n in range(800))} AS s FROM orders WHERE id > 3"
    tracemalloc.start()
    statement = _Reader(budget=2**20, longest=LONGEST_KEPT)(text)
    gc.collect()  # sqlglot's tree is a web of parent links: the collector frees it
    held, _ = tracemalloc.get_traced_memory()  # what the reader keeps: no sqlglot tree
    tracemalloc.stop()
    assert held < 8 * len(text)  # sqlglot's tree was ~290 bytes a character
    assert held / 3 < _footprint(statement) < 3 * held


# -- (10) x'…' blobs, the API's own JSON form, read back in DuckDB ---------------------------------------------

def test_blob_literals_can_be_sent_back() -> None:
    assert read("SELECT x'00ff', X'AB' AS b, x''").sql == "SELECT x'00ff', x'AB' AS b, x''"
    con = quiet(":memory:")
    con.execute("CREATE TABLE files (data BLOB)")
    con.execute("INSERT INTO files VALUES (x'00ff'), (X''), (x'DEADbeef')")
    assert con.execute("SELECT data FROM files WHERE data = x'deadbeef'").fetchall() == [(b"\xde\xad\xbe\xef",)]
    assert [row[0] for row in con.execute("SELECT data FROM files ORDER BY rowid").fetchall()] == [
        b"\x00\xff", b"", b"\xde\xad\xbe\xef"]
    with pytest.raises(humandb.Error):
        con.execute("SELECT x'0'")  # odd length: SQLite's own error, in Dave's words
    con.close()
