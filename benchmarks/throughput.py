"""Steady-state costs: a repeated point SELECT and a bulk executemany, humandb beside sqlite3."""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from report import Goal, Result

import humandb

TABLE_ROWS = 10_000
ROUND = 2_000  # point SELECTs in one timed round
ROUNDS = 15
INSERTS = 100_000
REPEATS = 3

_POINT_SELECT = "SELECT * FROM items WHERE id = ?"
Row = tuple[Any, ...]


class _Connection(Protocol):
    """What sqlite3 and humandb connections share and the benchmarks use."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...

    def cursor(self) -> Any: ...

    def commit(self) -> None: ...

    def close(self) -> None: ...


def _humandb_memory() -> _Connection:
    # The settings under test: nothing shown, played or waited for, rows exactly as SQLite returns them.
    return humandb.connect(":memory:", sla="instant", exact=True, show=False, sound=False)


def _sqlite_memory() -> _Connection:
    return sqlite3.connect(":memory:")


OPENERS: dict[str, Callable[[], _Connection]] = {"sqlite3": _sqlite_memory, "humandb": _humandb_memory}


def _humandb_words() -> _Connection:
    # The default: Dave rounds the way people do (exact=False); quiet, so nobody reads his words.
    return humandb.connect(":memory:", sla="instant", show=False, sound=False)


def point_select() -> list[Result]:
    """Per-statement time of a parameterised point SELECT + fetchall, in rounds of 2,000 statements that
    take turns (the best round counts: a round is short enough to miss most of a loaded machine's noise);
    exact=True, and the default exact=False on fewer rounds. DuckDB in the note when it is installed."""
    items = [(number, f"item {number}", number * 0.25) for number in range(1, TABLE_ROWS + 1)]
    rng = random.Random(42)
    ids = [rng.randint(1, TABLE_ROWS) for _ in range(ROUND)]
    openers = {**OPENERS, "default": _humandb_words}
    connections = {name: _filled(open_(), items) for name, open_ in openers.items()}
    duck = _duckdb_items(items)
    loops = {name: _select_loop(con, ids) for name, con in connections.items()}
    if duck is not None:
        loops["duckdb"] = _select_loop(duck, ids[:200])
    try:
        best = interleaved_best(loops, rounds=ROUNDS)
    finally:
        for con in connections.values():
            con.close()
    per = {name: seconds / (200 if name == "duckdb" else ROUND) * 1e6 for name, seconds in best.items()}
    duck_note = f"DuckDB {per['duckdb']:.3g} µs/stmt" if "duckdb" in per else "DuckDB not installed"
    return [
        Result(f"point SELECT + fetchall, exact=True (best of {ROUNDS} rounds of {ROUND:,})", "µs/stmt",
               per["sqlite3"], per["humandb"], Goal(1.5, on_ratio=True), note=duck_note),
        Result(f"point SELECT + fetchall, default exact=False (best of {ROUNDS} rounds of {ROUND:,})", "µs/stmt",
               per["sqlite3"], per["default"], Goal(3.0, on_ratio=True),
               note="Dave's full report (rounding, words, script, effort) for every statement"),
    ]


def _duckdb_items(items: Sequence[Row]) -> Any:
    """The same table in DuckDB (in memory), or None when DuckDB is not installed."""
    try:
        import duckdb
        import pandas
    except ImportError:
        return None
    con = duckdb.connect()
    frame = pandas.DataFrame(items, columns=["id", "name", "price"])
    con.register("frame", frame)
    con.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT, price REAL)")
    con.execute("INSERT INTO items SELECT * FROM frame")
    return con


def bulk_insert() -> Result:
    """executemany of 100,000 rows into a fresh table, then commit; best of 3, the two interleaved."""
    rows = [(number, f"row {number}", number * 0.5) for number in range(INSERTS)]
    best = interleaved_best({name: _insert_once(open_, rows) for name, open_ in OPENERS.items()})
    return Result(f"executemany {INSERTS:,} rows + commit (best of 3)", "ms", best["sqlite3"] * 1e3,
                  best["humandb"] * 1e3, Goal(1.5, on_ratio=True))


def interleaved_best(runs: dict[str, Callable[[], float]], rounds: int = REPEATS) -> dict[str, float]:
    """The best seconds of each run, over `rounds` rounds that take turns: alternating within each round
    spreads any drift (CPU boost, other load) over all of them."""
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(rounds):
        for name, run in runs.items():
            best[name] = min(best[name], run())
    return best


def _filled(con: _Connection, items: Sequence[Row]) -> _Connection:
    con.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT, price REAL)")
    con.cursor().executemany("INSERT INTO items VALUES (?, ?, ?)", items)
    con.commit()
    return con


def _select_loop(con: _Connection, ids: Sequence[int]) -> Callable[[], float]:
    def run() -> float:
        execute = con.execute
        start = time.perf_counter()
        for item_id in ids:
            execute(_POINT_SELECT, (item_id,)).fetchall()
        return time.perf_counter() - start

    return run


def _insert_once(open_: Callable[[], _Connection], rows: Sequence[Row]) -> Callable[[], float]:
    def run() -> float:
        con = open_()
        try:
            con.execute("CREATE TABLE t (a INTEGER, b TEXT, c REAL)")
            con.commit()  # the table exists before the clock starts: only the insert is timed
            cursor = con.cursor()
            start = time.perf_counter()
            cursor.executemany("INSERT INTO t VALUES (?, ?, ?)", rows)
            con.commit()
            return time.perf_counter() - start
        finally:
            con.close()

    return run

